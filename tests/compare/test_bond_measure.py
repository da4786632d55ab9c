"""A school bond's minutes and fact sheet, read for figures in their own places (issue 11): a table whose cells are
parted by bars, a part of a whole ("Seventeen of those speakers"), "and a half", an ordinal's digits, a
quotation a transcript's speaker credits to someone unnamed, a finer date the sentence states elsewhere, and a
fact sheet's field named in the writer's words.

Sources of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """BOARD OF EDUCATION, REGULAR MEETING
Tuesday, February 10, 2026

- Monday, June 2, 2025: Revised Board Policy 300.4, "Response to Resistance," took effect. It adds a duty to intervene, requires de-escalation "when time and circumstances reasonably permit," and requires staff to report every use of force.

Public comment. Twenty-three speakers addressed the Board, 17 in support and six opposed.

The district filed its bond application on Thursday, March 19, 2026. Staff said the plan assumes 3.5 percent annual growth in assessed value.

Superintendent Angela Whitcomb said: "Every dollar of Measure K stays in the valley."

Right-of-way clearing. Staff recommends allowing $620,000 of the proposed increase in right-of-way clearing and disallowing $480,000, because no crews are under contract.
"""

FACTS = """MEASURE K FACT SHEET

PROJECT LIST

Project | Estimated cost | Share of bond
Roof and HVAC replacement at 11 campuses | $54.2 million | 29.1%
Science building at the high school | $38.5 million | 20.7%
Replace 62 portable classrooms | $31.6 million | 17.0%
Total | $124.3 million | 100%
"""

SOURCES = [
    ("board-minutes", MINUTES, own_corpus.meta("board-minutes", "Minutes", "minutes", "Valley Unified", "2026-02-11")),
    ("fact-sheet", FACTS, own_corpus.meta("fact-sheet", "Fact sheet", "fact sheet", "Valley Unified", "2026-02-17")),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(tmp_path_factory.mktemp("bond"), SOURCES)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a table's row is its own claim: the draft's row is held against the same row
        ("| Replacing 62 portables | $31.6 million | 17.0% |", set()),
        ("| Replacing 62 portables | $31.6 million | 19.0% |", {"19.0%"}),
        # a part of the whole is no count of it
        ("After 23 speakers weighed in, seventeen of those speakers backed the bond.", set()),
        # "and a half"
        ("Staff built the plan on three and a half percent annual growth.", set()),
        ("Staff built the plan on four and a half percent annual growth.", {"four and a half percent"}),
        # a field's name in the writer's words: the claim is found by the field's value
        ("- **Tree trimming:** allow $620,000 of the proposed increase and disallow $408,000.", {"$408,000"}),
        # a transcript's speaker quoting someone unnamed is not credited with the words
        ('**FERREIRA:** As the superintendent put it, "Every dollar of Measure K stays in the valley."', set()),
    ],
)
def test_each_figure_in_its_own_place(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-03-12") == errors


def test_an_ordinals_digits_are_no_figure() -> None:
    from factcheck.mentions.numbers import detect

    assert [m.text for m in detect("The town hall is Thursday the 19th, 7 p.m.")] == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ('Policy 300.4 requires de-escalation "when time and circumstances reasonably permit."', False),
        ('Policy 300.4 requires de-escalation "when time and circumstances permit."', True),
    ],
)
def test_words_a_source_quotes_without_a_speaker_are_held_to_their_wording(cli, extracted: Path, text: str, wrong: bool) -> None:
    assert bool(own_corpus.errors(cli, extracted, text, "2026-03-12")) is wrong
