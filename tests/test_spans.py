"""Spans: overlap tests against the spans already taken, as a list scan would answer them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.spans import Spans

SPAN = st.tuples(st.integers(0, 40), st.integers(0, 8)).map(lambda p: (p[0], p[0] + p[1]))


@pytest.mark.parametrize(
    ("taken", "query", "overlaps"),
    [
        ([], (0, 5), False),
        ([(2, 4)], (4, 6), False),  # touching is not overlapping
        ([(2, 4)], (3, 6), True),
        ([(2, 4), (4, 9)], (4, 5), True),
        ([(0, 10)], (3, 4), True),  # inside
        ([(3, 4)], (0, 10), True),  # around
        ([(5, 5)], (4, 6), True),  # an empty span strictly inside the query, as the list scan has it
    ],
)
def test_overlaps(taken: list[tuple[int, int]], query: tuple[int, int], overlaps: bool) -> None:
    assert Spans(taken).overlaps(*query) is overlaps


@settings(max_examples=300, deadline=None)
@given(taken=st.lists(SPAN, max_size=12), queries=st.lists(SPAN, max_size=12))
def test_spans_answer_as_a_list_scan_does(taken: list[tuple[int, int]], queries: list[tuple[int, int]]) -> None:
    spans = Spans()
    for span in taken:
        spans.add(*span)
    for start, end in queries:
        assert spans.overlaps(start, end) == any(start < e and s < end for s, e in taken)
