"""A wrong figure's suggested fix keeps the draft's own words and changes only the figure."""

from __future__ import annotations

import pytest

from factcheck.compare.agreement import agrees
from factcheck.compare.figures import compatible, replacement
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


@pytest.mark.parametrize(
    ("source", "drafted", "agree"),
    [
        ("more than 20 million people", "more than 20 million people", True),
        ("more than 20 million people", "over 20 million people", True),  # another hedge, the same bound
        ("more than 20 million people", "more than 2 million people", False),  # the same bound, another figure
        ("more than 20 million people", "more than two million people", False),
        ("fewer than 20 deaths", "fewer than 30 deaths", False),
        ("fewer than 20 deaths", "under 20 deaths", True),
        ("more than 20 million people", "25 million people", True),  # a point inside the bound
        ("about 20 people", "22 people", True),
        ("nearly 20 people", "more than 20 people", False),
    ],
)
def test_open_bounds_agree_only_on_their_figure(source, drafted, agree):
    from factcheck.compare.agreement import agrees
    from factcheck.mentions import numbers

    (left,), (right,) = numbers.detect(source), numbers.detect(drafted)
    assert agrees(left.value, right.value) is agree


@pytest.mark.parametrize(
    ("drafted", "source", "expected"),
    [
        # an age and a span of years are both "years", and never the same count
        ("Lt. Elena Marsh, forty-one, of the fire department.", "She served the department for 16 years.", False),
        ("Lt. Elena Marsh, 41, of the fire department.", "Marsh, 44, a shop teacher.", True),
        ("The program ran for five years.", "It ran for 16 years.", True),
    ],
)
def test_ages_are_compared_only_with_ages(drafted, source, expected):
    [mine], [theirs] = detect(drafted), detect(source)
    assert compatible(mine.value, theirs.value) is expected


@pytest.mark.parametrize(
    ("drafted", "source", "expected"),
    [
        # a share is hedged by a point or two, not by a sixth of itself
        ("That is roughly 67% of the request.", "FEMA approved about 61% of the request.", False),
        ("That is roughly 62% of the request.", "FEMA approved about 61% of the request.", True),
        ("That is 61% of the request.", "FEMA approved 61% of the request.", True),
        ("That is 62% of the request.", "FEMA approved 61% of the request.", False),
    ],
)
def test_hedged_shares_agree_within_two_points(drafted, source, expected):
    [mine], [theirs] = detect(drafted), detect(source)
    assert agrees(theirs.value, mine.value) is expected
