"""A port's annual cargo report read as its writers mean it (issue 11): a date next to a figure dates that figure,
not the one the claim rose from; a rate's figures are no sums; a scale word in a table's label is no figure.

A report of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

REPORT = """KESTREL BAY PORT AUTHORITY
2025 Cargo Report

The port had a record year. Container volume rose 8.4 percent, to 512,300 TEUs from 472,600 TEUs in 2024.

Total tonnage rose 4.1 percent, to 9.32 million tons from 8.95 million tons in 2024.

The harbor fee is $3 for every $1,000 of cargo value, and a vessel pays $410 per call.

KESTREL BAY, March 10, 2026 -- The authority last raised the harbor fee in July 2015.
"""

META = own_corpus.meta("kbpa-2025-cargo", "2025 Cargo Report", "report", "Kestrel Bay Port Authority", "2026-03-10")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted(tmp_path_factory.mktemp("cargo"), "kbpa", REPORT, META)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the date next to the new figure dates it; the claim's 2024 dates the figure it rose from
        ("The port moved 512K TEUs last year (+8.4%).", set()),
        ("The port moved 512,300 TEUs last year, up 8.4 percent.", set()),
        ("The port moved 472,600 TEUs in 2023.", {"2023"}),
        # a scale word in a table's label is its unit
        ("| Total tonnage (million tons) | 9.32 | 8.95 |", set()),
        # a rate's figures are a rate, held against no sum of the report
        ("The fee works out to $3 of every $1,000 in cargo value.", set()),
        ("Each ship pays $3 for every $1,000 of cargo value.", set()),
        # a year holds the finer date of the claim its clause retrieved ("since 2015": July 2015)
        ("The authority raised the harbor fee for the first time since 2015.", set()),
        ("The authority raised the harbor fee for the first time since 2013.", {"2013"}),
    ],
)
def test_a_cargo_report_is_read_as_meant(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-05-18") == errors
