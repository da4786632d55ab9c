"""`factcheck config`: the configuration in force, each value with where it came from -> text or JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

from factcheck.errors import ExitCode
from factcheck.settings import find_config_dir, load


def run(start: Path, fmt: str, stream: TextIO) -> int:
    settings = load(start)
    folder = find_config_dir(start)
    values = settings.as_dict()
    if settings.baseline.is_relative_to(settings.base):
        values["baseline"] = settings.baseline.relative_to(settings.base).as_posix()  # as it would be written
    rows: list[tuple[str, object, str]] = []
    for key, value in values.items():
        if key == "severity":
            rows.extend((f"severity.{kind}", level, settings.origin[f"severity.{kind}"]) for kind, level in value.items())
        else:
            rows.append((key, value, settings.origin[key]))
    if fmt == "json":
        doc = {
            "schema": "factcheck-config/1",
            "folder": str(folder) if folder else None,
            "files": list(settings.files),
            "values": {key: {"value": value, "from": origin} for key, value, origin in rows},
        }
        stream.write(json.dumps(doc, indent=2) + "\n")
        return ExitCode.OK
    where = f"{folder} ({', '.join(settings.files)})" if folder else "no .factcheck.yaml or [tool.factcheck] found; defaults apply"
    stream.write(f"# configuration: {where}\n")
    width = max(len(key) for key, _, _ in rows)
    for key, value, origin in rows:
        shown = ", ".join(value) if isinstance(value, list) else ("-" if value is None else str(value))
        stream.write(f"{key:<{width}}  {shown}  # {origin}\n")
    return ExitCode.OK
