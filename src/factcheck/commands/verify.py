"""`factcheck verify FILE...`: run the pipeline, print its Report, exit 1 if any error (2 if a file could not be read)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from factcheck.errors import ExitCode, FactcheckError
from factcheck.report import Report, write

if TYPE_CHECKING:
    from factcheck.refine import Refiner


def check_as_of(as_of: str | None) -> str | None:
    from factcheck.mentions.dates import parse_iso

    if as_of is None:
        return None
    if parse_iso(as_of.strip()) is None:
        raise FactcheckError(f"--as-of {as_of!r} is not a date", hint="give YYYY-MM-DD, YYYY-MM or YYYY")
    return as_of.strip()


def run(root: Path, paths: list[Path], *, fmt: str, quiet: bool, stream: TextIO, color: bool, refiner: Refiner | None = None, as_of: str | None = None) -> int:
    """`refiner` (settings, suppressions, --since, baseline, --as-of) decides which files are drafts and which findings are shown;
    without one, `as_of` dates every draft."""
    from factcheck.pipeline import Options, verify

    report = verify(paths, root, Options(as_of=check_as_of(as_of), refiner=refiner, quiet=quiet))
    say(report)
    bad_input = any(f.error is not None for f in report.files)
    # A quiet run with nothing to say says nothing: the pre-commit hook's clean runs stay silent.
    if not (quiet and fmt == "text" and not bad_input and not any(r.findings for r in report.files)):
        write(report, fmt, stream, color=color)
    if bad_input:
        return ExitCode.USAGE
    return ExitCode.FINDINGS if report.count("error") else ExitCode.OK


def say(report: Report) -> None:
    """The run's notes and each unreadable file, one line each on stderr, the file named once in front."""
    for note in report.notes:
        print(f"factcheck: note: {note}", file=sys.stderr)
    for entry in report.files:
        if entry.error is not None:
            where = f"{entry.path}:{entry.error_line}" if entry.error_line else entry.path
            print(f"factcheck: {where}: {entry.error}", file=sys.stderr)
