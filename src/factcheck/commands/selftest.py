"""`factcheck selftest`: the project's claims -> mutated and faithful drafts -> verify -> a trust report (issue 10).

factcheck selftest                               every claim; a table per kind and operator, then the weakest examples
factcheck selftest --format json --seed 1        the factcheck-selftest/1 document
factcheck selftest --min-detection 0.8 --max-false-alarms 0.02    exit 1 when the corpus does worse: a CI gate
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from factcheck.errors import ExitCode, FactcheckError
from factcheck.selftest.cases import FAITHFUL, MUTATION_KINDS

KINDS = (*MUTATION_KINDS, FAITHFUL)


def check_rate(option: str, value: float | None) -> None:
    if value is not None and not 0 <= value <= 1:
        raise FactcheckError(f"{option} {value} is not a rate", hint="give a number from 0 to 1, e.g. 0.8")


def check_kinds(kinds: list[str]) -> tuple[str, ...]:
    for kind in kinds:
        if kind not in KINDS:
            raise FactcheckError(f"unknown --kind {kind!r}", hint=f"use one of: {', '.join(KINDS)}")
    return tuple(sorted(set(kinds), key=KINDS.index))


def run(
    root: Path,
    *,
    sample: int | None,
    seed: int,
    kinds: list[str],
    fmt: str,
    min_detection: float | None,
    max_false_alarms: float | None,
    stream: TextIO,
    err: TextIO,
    color: bool = False,
) -> int:
    from factcheck.corpus.cache import load_index
    from factcheck.selftest import report, runner

    check_rate("--min-detection", min_detection)
    check_rate("--max-false-alarms", max_false_alarms)
    if sample is not None and sample < 1:
        raise FactcheckError(f"--sample {sample} is not a number of claims", hint="give 1 or more")
    chosen = check_kinds(kinds)
    index = load_index(root)
    if not index.cards:
        raise FactcheckError("the project has no claims to test", path=str(root / "claims"), hint="add claims (factcheck extract SOURCE) first")
    progress = _progress(err) if getattr(err, "isatty", lambda: False)() else None
    claims, outcomes = runner.run(index, seed=seed, sample=sample, kinds=chosen, progress=progress)
    doc = report.document(outcomes, seed=seed, claims=claims, kinds=chosen)
    if fmt == "json":
        stream.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    else:
        report.write_text(doc, outcomes, stream, color=color)
    failed = []
    if min_detection is not None and doc["summary"]["detection"] < min_detection:
        failed.append(f"detection {doc['summary']['detection']:.3f} is below --min-detection {min_detection}")
    if max_false_alarms is not None and doc["summary"]["false_alarm_rate"] > max_false_alarms:
        failed.append(f"false alarm rate {doc['summary']['false_alarm_rate']:.3f} is above --max-false-alarms {max_false_alarms}")
    for line in failed:
        print(f"factcheck: selftest: {line}", file=err)
    return ExitCode.FINDINGS if failed else ExitCode.OK


def _progress(err: TextIO) -> Callable[[int, int], None]:
    """A counter on stderr, rewritten in place: only on a terminal (a CI log gets the result alone)."""

    def show(done: int, total: int) -> None:
        if done == total or done % 50 == 0:
            err.write(f"\rselftest: {done}/{total} cases" + ("\n" if done == total else ""))
            err.flush()

    return show
