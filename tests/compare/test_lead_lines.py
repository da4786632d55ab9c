"""A water utility's quarterly report and a council's minutes, read for figures tied to an identifier
(issue 11): a report's row ("Ward 5: 203 lines") is what a sentence about Ward 5's figure restates, not the
quarter's total a closer claim gives.

Sources of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

REPORT = """QUARTERLY PROGRESS REPORT: FIRST QUARTER 2026

Contractor crews working for the Millbrook Water Utility replaced 812 lead service lines between January 1 and March 31, 2026, the highest total for any quarter.

REPLACEMENTS BY WARD, FIRST QUARTER 2026

Ward 1: 140 lines
Ward 2: 61 lines
Ward 3: 188 lines
Ward 4: 423 lines
Total: 812 lines

Ward 4 led all wards for the second consecutive quarter.
"""

SOURCES = [("q1-report", REPORT, own_corpus.meta("q1-report", "Quarterly Progress Report", "report", "Millbrook Water Utility", "2026-04-14"))]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(tmp_path_factory.mktemp("lead-lines"), SOURCES)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the ward's row states the figure: the quarter's total is about all wards
        ("Good news for our side of town: crews replaced 423 lead lines in Ward 4 from January through March, and Ward 4 has led for two quarters.", set()),
        ("In the first three months of 2026, crews replaced just 61 lead lines in Ward 2, fewer than any ward except Ward 1.", set()),
        # and it is the row a wrong figure is held against, not the total
        ("In the first three months of 2026, crews replaced just 16 lead lines in Ward 2, fewer than any ward except Ward 1.", {"16"}),
        # the quarter's total is still the total's
        ("Crews replaced 821 lead lines between January and March.", {"821"}),
    ],
)
def test_a_figure_tied_to_its_identifier_is_its_rows(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-05-01") == errors
