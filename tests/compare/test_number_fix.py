"""A wrong figure's suggested fix keeps the draft's own words and changes only the figure."""

from __future__ import annotations

import pytest

from factcheck.compare.numbers import replacement
from factcheck.mentions.numbers import detect


def _quantity(text: str):
    (mention,) = detect(text)
    return mention.text, mention.value


@pytest.mark.parametrize(
    ("drafted", "source", "expected"),
    [
        ("15 years old", "13 years old", "13 years old"),
        ("45 people died", "54 deaths", "54"),
        ("a four-day trip", "their three-day trip", "three-day"),
        ("an estimated 2 million people", "more than 20 million individuals", "more than 20 million"),
        ("all 25 women Senators", "all 20 women Senators", "20"),
        ("7,500 people", "7,000 people", "7,000"),
        ("Two senators", "three senators", "Three"),
    ],
)
def test_fix_puts_the_source_figure_in_the_draft_wording(drafted, source, expected):
    written, mine = _quantity(drafted)
    _, theirs = _quantity(source)
    assert replacement(written, mine, theirs) == expected


def test_a_wrong_tally_is_replaced_whole():
    written, mine = _quantity("voted 5-2")
    _, theirs = _quantity("voted 6-1")
    assert replacement(written, mine, theirs) == "6-1"
