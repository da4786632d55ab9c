"""`factcheck baseline FILE...`: record today's errors and warnings -> `.factcheck-baseline.json`."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from factcheck import baseline
from factcheck.commands.verify import _check_as_of, _drafts
from factcheck.errors import ExitCode, FactcheckError
from factcheck.fileout import clean_stale
from factcheck.model import Finding
from factcheck.refine import Refiner
from factcheck.settings import Settings


def run(root: Path, settings: Settings, paths: list[Path], *, output: Path | None, as_of: str | None, stream: TextIO) -> int:
    from factcheck.corpus import index as claim_index
    from factcheck.corpus.load import load_corpus
    from factcheck.draft import read_draft
    from factcheck.pipeline import verify_draft

    target = output or settings.baseline
    baseline.check_target(target, root)  # before the slow part: a refused target is said at once
    # The same settings and suppressions as verify, and no baseline: the record is what verify would show without one.
    refiner = Refiner(settings, forced_as_of=_check_as_of(as_of), project=root)
    index = claim_index.build(load_corpus(root))
    found: list[Finding] = []
    for path, shown, problem in _drafts(paths):
        if problem is not None or path is None:
            raise FactcheckError(problem or "not a draft", path=shown)
        if not refiner.wanted(path):
            continue
        draft = read_draft(path, shown)
        found.extend(refiner.refine(draft, path, verify_draft(draft, index, refiner.as_of(draft, path))))
    clean_stale(target.parent)  # what a killed earlier run left
    count = baseline.write(target, found)
    stream.write(f"recorded {count} finding{'' if count == 1 else 's'} in {target}; `factcheck verify` now reports only new ones\n")
    return ExitCode.OK
