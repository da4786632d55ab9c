"""Extracting the five seed sources into an empty claims/ recovers what the curators wrote (issue 4).

Quotations count when a proposed quote claim from the same source has the curated words
(whitespace and quote marks aside; a passage the curators split counts if it is inside
one proposed passage) and the same speaker (a group's words: a group). Dates and figures
count when a proposed claim from the same source has the same typed value: a date's
value and precision, a figure's value. Both must reach 90%.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck.corpus.load import load_corpus
from factcheck.model import Corpus
from factcheck.textutil import normalize

ROOT = Path(__file__).resolve().parents[2]
TARGET = 0.9


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    from factcheck.cli import main

    root = tmp_path_factory.mktemp("seeds")
    shutil.copytree(ROOT / "sources", root / "sources")
    (root / "claims").mkdir()
    assert main(["extract", "--root", str(root), str(root / "sources")]) == 0
    return load_corpus(root)


@pytest.fixture(scope="module")
def curated() -> Corpus:
    return load_corpus(ROOT)


def _words(text: str | None) -> str:
    return normalize(text or "").strip(" ,.;:\"'")


def _same_speaker(mine: str | None, theirs: str | None, extracted: Corpus, curated: Corpus) -> bool:
    if mine == theirs:
        return True
    a, b = extracted.entities.get(mine or ""), curated.entities.get(theirs or "")
    return bool(a and b and a.type == b.type == "group")


def quote_recovery(extracted: Corpus, curated: Corpus) -> tuple[int, int, list[str]]:
    proposed = [c for c in extracted.claims.values() if c.kind == "quote"]
    found, missed = 0, []
    wanted = [c for c in curated.claims.values() if c.kind == "quote"]
    for claim in wanted:
        source = claim.provenance[0].source
        hit = any(
            p.provenance[0].source == source and _words(claim.words) in _words(p.words) and _same_speaker(p.speaker, claim.speaker, extracted, curated)
            for p in proposed
        )
        found += hit
        if not hit:
            missed.append(claim.id)
    return found, len(wanted), missed


def _typed(corpus: Corpus, kind: str) -> set[tuple[str, object]]:
    out: set[tuple[str, object]] = set()
    for claim in corpus.claims.values():
        for value in claim.values:
            if value.type == kind == "date":
                out.add((claim.provenance[0].source, (str(value.value), value.get("precision"))))
            elif value.type == kind == "number":
                out.add((claim.provenance[0].source, float(value.value)))
    return out


def value_recovery(extracted: Corpus, curated: Corpus) -> tuple[int, int, list[str]]:
    wanted = _typed(curated, "date") | _typed(curated, "number")
    have = _typed(extracted, "date") | _typed(extracted, "number")
    missed = sorted(str(item) for item in wanted - have)
    return len(wanted) - len(missed), len(wanted), missed


def test_quotations_are_recovered_verbatim_with_their_speakers(extracted: Corpus, curated: Corpus) -> None:
    found, total, missed = quote_recovery(extracted, curated)
    assert found / total >= TARGET, f"{found}/{total} quotations recovered; missed: {missed}"


def test_dates_and_figures_are_recovered_as_typed_values(extracted: Corpus, curated: Corpus) -> None:
    found, total, missed = value_recovery(extracted, curated)
    assert found / total >= TARGET, f"{found}/{total} dates and figures recovered; missed: {missed}"
