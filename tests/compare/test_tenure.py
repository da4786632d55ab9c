"""The years a person held a post (issue 11): a range of years held against the registry's `from` and `until` of
the post the sentence (or the one before it) names. Against the unit tests' own corpus: Kelly Ayotte was Attorney
General of New Hampshire from 2004 to 2009.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.compare import tenure
from factcheck.corpus import index as claim_index
from factcheck.corpus.load import load_corpus
from factcheck.pipeline import sentence_facts

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"


@pytest.fixture(scope="module")
def index():
    return claim_index.build(load_corpus(ROOT))


@pytest.mark.parametrize(
    ("text", "previous", "context", "seen"),
    [
        (
            "She held the office from 2004 to 2007.",
            "The article misstated Ayotte's tenure as the state's attorney general.",
            ("kelly-ayotte",),
            [(True, "2004 to 2009")],
        ),
        ("She held the office from 2004 to 2009.", "The article misstated Ayotte's tenure as the state's attorney general.", ("kelly-ayotte",), [(False, "")]),
        ("Kelly Ayotte was New Hampshire attorney general from 2003 to 2009.", "", (), [(True, "2004 to 2009")]),
        # no post of hers with both ends fits the words: a Senate term, a bill's years
        ("Kelly Ayotte served in the Senate from 2011 to 2017.", "", (), []),
        ("Kelly Ayotte backed the bill from 2013 to 2015.", "", (), []),
    ],
)
def test_a_range_of_years_is_the_posts(index, text: str, previous: str, context: tuple[str, ...], seen: list[tuple[bool, str]]) -> None:
    facts = sentence_facts(text, index, "2015-12-16", [], context, previous=previous)
    assert [(v.contradicts, v.expected) for v in tenure.compare(facts, index)] == seen
