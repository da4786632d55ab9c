"""A run of days (issue 11, round 28): "July 18-25" is a span of days, which a draft's day inside it agrees with and
one past its end does not; a draft that writes either end retrieves it.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

PLAN = """PEMBERTON COUNTY, April 15, 2026 -- The county announced its grandstand plan.

For the 2026 fair, July 18-25, the Agricultural Society will rent 2,400 temporary bleacher seats for $185,000.

Substantial completion of the new grandstand is due Tuesday, June 1, 2027.
"""

SOURCES = [("county-plan", PLAN, own_corpus.meta("county-plan", "Grandstand Plan", "press release", "Pemberton County", "2026-04-15"))]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(tmp_path_factory.mktemp("fair-dates"), SOURCES)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ("The 2026 fair, with 2,400 rented bleacher seats, runs from July 18 through July 25.", set()),
        ("The 2026 fair, with 2,400 rented bleacher seats, opens July 21.", set()),
        ("The 2026 fair, with 2,400 rented bleacher seats, runs from July 18 through July 26.", {"July 26"}),
    ],
)
def test_a_run_of_days(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-04-24") == errors
