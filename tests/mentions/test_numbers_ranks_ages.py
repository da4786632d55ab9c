"""Ranks ("sixth-highest"), ages in apposition ("Mahoney, 62,") and spans of time ("over five years")."""

from __future__ import annotations

import pytest

from factcheck.mentions.numbers import detect


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Red River crested at 35.1 feet, the sixth-highest level on record.", [("35.1", "foot"), ("sixth-highest", "rank-highest")]),
        ("It is the state's 3rd-largest city.", [("3rd-largest", "rank-largest")]),
        ("He won for the third time.", [("third", "rank-time")]),
        # "first" and "second" alone are plain words
        ("She first met McCain in 2013 and wrote a second letter.", []),
        ("Fargo Mayor Tim Mahoney, 62, said the levees held.", [("62", "year")]),
        # a figure between commas after a name is not always an age: a unit makes it a count
        ("Senators, 14 of them, signed.", [("14", "")]),
        ("The program would cost about $11 billion over 10 years.", [("about $11 billion", "dollar"), ("10", "year")]),
    ],
)
def test_figures_with_their_units(text, expected):
    assert [(m.text, m.value.unit) for m in detect(text)] == expected


def test_over_before_a_span_of_time_is_no_hedge():
    (mention,) = detect("over five years")
    assert (mention.value.low, mention.value.high, mention.value.hedge) == (5.0, 5.0, "")


def test_over_before_a_count_is_a_hedge():
    (mention,) = detect("over 500 people")
    assert mention.value.hedge == "over" and mention.value.low > 500


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council voted 6-1 on Monday night.", [("6-1", 6001.0)]),
        ("It passed by a vote of 89 to 9.", [("89 to 9", 89009.0)]),
        ("The court issued a 5–4 ruling.", [("5–4", 5004.0)]),
    ],
)
def test_a_vote_tally_is_one_figure(text, expected):
    assert [(m.text, m.value.value) for m in detect(text) if m.value.unit == "tally"] == expected


def test_a_range_without_a_vote_is_no_tally():
    assert [m for m in detect("The camp takes children ages 5-12.") if m.value.unit == "tally"] == []
