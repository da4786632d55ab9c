"""What a figure is a rate of, read from the words around it: "$81 a year" is yearly, "$14.97 million ... over five
years" a sum over several, "a first-year cost of $2,847,300" the rate of one year; a rate is never held against a sum."""

from __future__ import annotations

import pytest

from factcheck.compare import figures
from factcheck.model import Claim, Mention, Quantity


@pytest.mark.parametrize(
    ("after", "period"),
    [
        (" a year", "year"),  # guard
        (" per month per commercial account", "month"),  # guard
        # another figure's rate in a parenthesis after it is not this one's
        (" (1,046,700 miles a year), a reduction of 1,125 miles a day", None),
        (" for the program", None),  # guard
    ],
)
def test_the_period_after_a_figure(after: str, period: str | None) -> None:
    assert figures.period(after, 0) == period


def _claim(statement: str) -> Claim:
    return Claim(id="c", kind="number", statement=statement, provenance=())


@pytest.mark.parametrize(
    ("statement", "shown", "other"),
    [
        # a rate of one period, however it is written, against a sum over five years
        ("The agreement runs five years at a first-year cost of $2,847,300.", "$2,847,300", True),
        ("The district paid $3,104,000 to Tri-County in the 2024-25 school year.", "$3,104,000", True),
        ("The subscription costs $38,400 a year.", "$38,400", True),
        # a sum over years too: the same kind of figure
        ("The Legislature set aside $85 million for the program over 10 years in 2020.", "$85 million", False),
        ("The contract is worth $14.2 million.", "$14.2 million", False),
    ],
)
def test_a_rate_is_no_sum_over_a_span(statement: str, shown: str, other: bool) -> None:
    q = Quantity(value=1.0, low=1.0, high=1.0, unit="dollar", shown=shown)
    assert figures.other_period(q, _claim(statement), figures.TOTAL) is other


def test_a_sum_over_a_span_is_read_after_its_figure() -> None:
    text = "$14.97 million: the most the contract can cost over five years"
    drafted = Quantity(value=14.97e6, low=14.97e6, high=14.97e6, unit="dollar", shown="$14.97 million")
    assert figures.drafted_period(drafted, text, [Mention("number", 0, 14, "$14.97 million", drafted)]) == figures.TOTAL


@pytest.mark.parametrize(
    ("drafted", "theirs", "agree"),
    [
        # a hedge's strict bound is the figure itself, however large: $51,198,000 is "just under $51.2 million"
        ("the board authorized just under $51.2 million in all", 51_198_000, True),
        ("the board authorized more than $51.2 million in all", 51_201_000, True),
        ("the board authorized just under $51.2 million in all", 51_200_000, False),  # guard
        ("the board authorized just under $51.2 million in all", 51_250_000, False),  # guard
    ],
)
def test_a_hedges_bound_is_its_figure(drafted: str, theirs: float, agree: bool) -> None:
    from factcheck.compare.agreement import agrees
    from factcheck.mentions import numbers

    [mention] = numbers.detect(drafted)
    claim = Quantity(value=theirs, low=theirs, high=theirs, unit="dollar", shown=f"${theirs:,}")
    assert agrees(claim, mention.value) is agree
