"""One finding per line for editors and grep: Report -> `path:line:col: severity kind: message`.

No colour, no evidence, no summary. A file that could not be read is reported at 1:1 with
the kind `file`.
"""

from __future__ import annotations

from typing import TextIO

from factcheck.report import Report, one_line, printable

NAME = "line"


def write(report: Report, stream: TextIO, *, color: bool = False) -> None:
    for entry in report.files:
        path = printable(entry.path)
        if entry.error is not None:
            stream.write(f"{path}:1:1: error file: {printable(one_line(entry.error))}\n")
        for f in entry.findings:
            stream.write(f"{path}:{f.line}:{f.column}: {f.severity} {f.kind}: {printable(one_line(f.message))}\n")
