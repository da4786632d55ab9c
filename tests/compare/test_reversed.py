"""Reported words turned into their opposite are a quote error; the same words, or a writer's own, are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.compare import reversed as turned
from factcheck.corpus.index import build
from factcheck.corpus.load import load_corpus
from factcheck.pipeline import sentence_facts

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"  # the unit tests' own corpus (see its README)


@pytest.fixture(scope="module")
def index():
    return build(load_corpus(ROOT))


@pytest.mark.parametrize(
    ("sentence", "as_of", "expected"),
    [
        # reported speech with its key word turned
        (
            "More work needs to be done in both states, the senators say, though Heitkamp believes North Dakota is ahead of Minnesota.",
            "2015-12-20",
            ("ahead", "further behind"),
        ),
        # a quotation's words, reported, turned
        (
            "Klobuchar said the United States needs to follow the rest of the world in fighting crimes against women, including sex trafficking.",
            "2014-04-16",
            ("follow", "be a leader for"),
        ),
        # the same words, and other words of the same sense, are no reversal
        ("More work needs to be done in both states, they say, although Heitkamp said North Dakota is further behind.", "2015-12-20", None),
        ("Klobuchar said the United States needs to lead the rest of the world in fighting crimes against women.", "2014-04-16", None),
        # no opposite word at all
        ("Heitkamp said North Dakota has work to do.", "2015-12-20", None),
        # a negation put before the words both share, or taken from them, turns what was said
        (
            "Heitkamp told them that what looked like a spike in prostitution could not be human trafficking.",
            "2015-12-20",
            ("not", "may"),
        ),
        ("Klobuchar said, as a country, we're not really going after the people that are really doing these crimes.", "2014-04-16", None),
        # a table's cells are no one clause: "not quoted" in one cell turns nothing of the quotation in the next
        ('Amb. Wayne   not quoted   "the United States Government is committed to working with Mexico to stop this horrible crime"', "2016-02-08", None),
        # a negation the source's own words carry elsewhere is a paraphrase, no reversal
        ("Heitkamp said trafficking is not only happening abroad, but also in our own backyard.", "2015-12-20", None),
    ],
)
def test_reported_words_turned_into_their_opposite(index, sentence, as_of, expected):
    verdicts = turned.compare(sentence_facts(sentence, index, as_of, []), index)
    assert [(v.found, v.expected) for v in verdicts] == ([expected] if expected else [])
    assert all(v.kind == "quote" and v.contradicts for v in verdicts)
