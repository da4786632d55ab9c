"""`factcheck baseline FILE...`: record today's errors and warnings -> `.factcheck-baseline.json`."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from factcheck import baseline
from factcheck.commands.verify import check_as_of, say
from factcheck.errors import ExitCode, FactcheckError
from factcheck.fileout import clean_stale
from factcheck.refine import Refiner
from factcheck.settings import Settings


def run(root: Path, settings: Settings, paths: list[Path], *, output: Path | None, as_of: str | None, stream: TextIO) -> int:
    from factcheck.pipeline import Options, verify

    target = output or settings.baseline
    baseline.check_target(target, root)  # before the slow part: a refused target is said at once
    # The same pipeline, settings and suppressions as verify, and no baseline: the record is what verify would show without one.
    report = verify(paths, root, Options(refiner=Refiner(settings, forced_as_of=check_as_of(as_of), project=root)))
    unreadable = next((f for f in report.files if f.error is not None), None)
    if unreadable is not None:
        raise FactcheckError(f"{unreadable.error}; nothing was recorded", path=unreadable.path, line=unreadable.error_line)
    say(report)  # its notes: the unreadable files stopped the run above
    clean_stale(target.parent)  # what a killed earlier run left
    count = baseline.write(target, [f for entry in report.files for f in entry.findings])
    stream.write(f"recorded {count} finding{'' if count == 1 else 's'} in {target}; `factcheck verify` now reports only new ones\n")
    return ExitCode.OK
