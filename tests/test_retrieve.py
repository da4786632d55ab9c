"""Retrieval: the claims a sentence could be about, ranked by how much of it each accounts for."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.corpus import index as claim_index
from factcheck.corpus.load import load_corpus
from factcheck.retrieve import candidates, keys_for
from factcheck.textutil import content_stems

ROOT = Path(__file__).resolve().parent / "fixtures" / "corpus"


@pytest.fixture(scope="module")
def index():  # type: ignore[no-untyped-def]
    return claim_index.build(load_corpus(ROOT))


def _coverage(index, keys: set[str], optional: frozenset[str] = frozenset()) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return {c.card.claim.id: c.coverage for c in candidates(keys, index, optional=optional)}


def test_who_the_sentence_before_named_helps_a_claim_that_names_them_and_never_hurts_one_that_does_not(index) -> None:  # type: ignore[no-untyped-def]
    keys = keys_for(content_stems("heroin epidemic border interdiction"), set())
    plain = _coverage(index, keys)
    helped = _coverage(index, keys, frozenset({"@amy-klobuchar"}))
    rose = 0
    for claim_id, coverage in plain.items():
        if claim_id not in helped:
            continue
        if "amy-klobuchar" in index.cards[claim_id].entities and coverage < 1.0:
            assert helped[claim_id] > coverage
            rose += 1
        else:
            assert helped[claim_id] == pytest.approx(coverage)
    assert rose >= 2, "claims naming her are among those the words retrieve"


def test_coverage_stays_a_share(index) -> None:  # type: ignore[no-untyped-def]
    keys = keys_for(["heroin"], {"amy-klobuchar"})
    for coverage in _coverage(index, keys, frozenset({"@heidi-heitkamp"})).values():
        assert 0.0 < coverage <= 1.0
