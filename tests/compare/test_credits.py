"""Who took the photograph, who wrote the story (issue 11): a credit after "by" held against the roles the sources
give, and a cited work's byline after its quoted title held against the source's author. Against the unit tests'
own corpus (tests/fixtures/corpus): Amy Dalrymple wrote the Forum News Service article, Ryan Babb took its photo.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.compare import cited, credits
from factcheck.corpus import index as claim_index
from factcheck.corpus.load import load_corpus
from factcheck.pipeline import sentence_facts

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"


@pytest.fixture(scope="module")
def index():
    return claim_index.build(load_corpus(ROOT))


def _wrong(index, module, text: str) -> list[tuple[str, str]]:
    facts = sentence_facts(text, index, "2016-01-15", [])
    return [(v.found, v.expected) for v in module.compare(facts, index) if v.contradicts]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The photograph was taken by Amy Dalrymple of Forum News Service.", [("Amy Dalrymple", "Ryan Babb")]),
        ("The photograph was taken by Ryan Babb of Forum News Service.", []),
        ("Photo credit: Amy Dalrymple / Forum News Service.", [("Amy Dalrymple", "Ryan Babb")]),
        ("The article, written by Ryan Babb, ran on Dec. 9.", [("Ryan Babb", "Amy Dalrymple")]),
        ("The article, written by Amy Dalrymple, ran on Dec. 9.", []),
        # "by" with no photograph or story asked about is no credit; nor is a credit of someone with no such role
        ("The hearing was requested by Heidi Heitkamp.", []),
        ("The photograph was taken by Heidi Heitkamp's staff.", []),
    ],
)
def test_a_credit_is_the_role_the_sources_give(index, text: str, wrong: list[tuple[str, str]]) -> None:
    assert _wrong(index, credits, text) == wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            '| December 9, 2015 | Forum News Service publishes "Day 7 – Heitkamp, Klobuchar team up to battle human trafficking" by Ryan Babb |',
            [("Ryan Babb", "Amy Dalrymple")],
        ),
        ('Forum News Service published "Day 7 – Heitkamp, Klobuchar team up to battle human trafficking" by Amy Dalrymple.', []),
    ],
)
def test_the_name_after_a_cited_title_is_its_byline(index, text: str, wrong: list[tuple[str, str]]) -> None:
    assert _wrong(index, cited, text) == wrong
