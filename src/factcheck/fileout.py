"""Writing files: YAML as the claims database keeps it, and atomically (never half a file).

Dates stay quoted so that any YAML reader keeps them strings, as the schemas ask. libyaml's
emitter is used where present: the pure-Python one is most of an extract run's time.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import Any

import yaml

_BaseDumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_BaseDumper):  # type: ignore[misc,valid-type]
    pass


def _str(dumper: Any, value: str) -> Any:
    if re.fullmatch(r"\d{4}(-\d{2}){0,2}", value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="'")
    return dumper.represent_str(value)


_Dumper.add_representer(str, _str)


def plain(node: Any) -> Any:
    """Plain dicts and lists with string keys (the loader's line-numbered mappings are subclasses)."""
    if isinstance(node, dict):
        return {str(k): plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    return node


def dump_yaml(data: Any) -> str:
    return yaml.dump(plain(data), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)


def write_atomic(path: Path, text: str) -> None:
    """Write beside the target and rename over it: a killed run leaves the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
