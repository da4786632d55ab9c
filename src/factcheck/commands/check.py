"""`factcheck check`: validate claims and sources, print the findings, exit 1 if any is an error."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import TextIO

from factcheck.corpus.validate import validate
from factcheck.errors import ExitCode
from factcheck.report import Report, write


def run(root: Path, fmt: str, stream: TextIO, *, color: bool = False) -> int:
    files, summary = validate(Path(root))
    report = Report(files=tuple(files), extra={"checked": asdict(summary)})
    if fmt == "text":
        # Says what was looked at, so a clean result on an empty or wrong folder is not mistaken for a pass.
        counts = ", ".join(_count(n, noun) for n, noun in ((summary.claims, "claim"), (summary.entities, "entity"), (summary.sources, "source")))
        stream.write(f"checked {_count(summary.files, 'file')}: {counts}\n")
    write(report, fmt, stream, color=color)
    return ExitCode.FINDINGS if report.count("error") else ExitCode.OK


def _count(number: int, noun: str) -> str:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{number} {noun if number == 1 else plural}"
