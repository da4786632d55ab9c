"""A dispatch authority's annual report (issue 11, round 27): "one-time" counts nothing, so the figures after it keep
their own words; an age after "retired at"; a state that holds "today" is no event; a meeting "next Tuesday" is not
the one seven weeks ago whose minutes were approved.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

REPORT = """LARCH COUNTY EMERGENCY COMMUNICATIONS AUTHORITY
2025 ANNUAL REPORT

The Authority answered 91.2 percent of 911 calls within 15 seconds, above the 90 percent standard, and 97.1 percent within 20 seconds, above the 95 percent standard.

The one-time capital cost of the merger is $6.2 million: $4.2 million for the new records system, $1.7 million to renovate the annex, and $300,000 for radio consoles.

On Thursday, October 9, 2025, the Authority signed a $4.2 million contract with Quillon Systems for a records system that will replace the two systems now in use.

Retirement: Odile Varga, 64, retired on Friday, December 12, 2025, after 38 years at the communications center.
"""

MINUTES = """LARCH COUNTY BOARD OF COMMISSIONERS
MINUTES OF THE REGULAR MEETING
Tuesday, February 3, 2026

On a motion by Commissioner Pell, seconded by Commissioner Arkwright, the minutes of the January 13, 2026 regular meeting were approved 5-0.
"""

SOURCES = [
    (
        "annual-report",
        REPORT,
        own_corpus.meta("annual-report", "2025 Annual Report", "report", "Larch County Emergency Communications Authority", "2026-02-20"),
    ),
    ("commission-minutes", MINUTES, own_corpus.meta("commission-minutes", "Minutes", "minutes", "Larch County Board of Commissioners", "2026-02-17")),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(tmp_path_factory.mktemp("dispatch-report"), SOURCES)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ("The one-time cost is $6.2 million, including $4.2 million for the new records system and $300,000 for radio consoles.", set()),
        # ... but a figure the sentence frames by words the claim gives it is that figure ("within 20 seconds")
        ("- **Within 20 seconds:** 97.1%, against a 95% standard", set()),
        # an age after "retired at"
        ("Odile Varga retired at 65 after 38 years on the floor.", {"65"}),
        ("Odile Varga retired at 64 after 38 years on the floor.", set()),
        # "today" closing what can or cannot be is no event of the sources
        ("The Quillon records system will replace the two systems that can't talk to each other today.", set()),
        # a meeting still ahead is not the January one whose minutes were approved
        ("Commissioners can take this up at their regular meeting next Tuesday.", set()),
    ],
)
def test_a_dispatch_report(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-03-18") == errors
