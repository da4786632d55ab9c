"""An aquatic center's report (issue 11, round 66).

A weekday written with a day but not its year. The day is the nearest one of that date before
or after the draft's own: "Thursday, Nov. 14" in an October 2025 draft is Friday, Nov. 14, 2025, and the Thursday of
November 2024, eleven months back, is no excuse for it. A day within half a year either way still may be the one
meant ("Tuesday, March 17" in October 2025 may be the Tuesday of March 2026 or a Monday of March 2025). The draft's
own day, with its weekday ("Today is Wednesday, Oct. 15"), is its dateline, not the claim's day of another year.

A name put for another of one make in the source's own words ("at Garfield Park, on the site of" for "at Riverside
Park, on the site of"), though the source also writes the draft's name as the start of a longer one ("a renovation of
Garfield Park Pool"): two parks, not a name written short.

A corpus of our own run through the real `extract` and `verify`. The rows marked "guard" pass on the code before these
changes too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

REPORT = """CALDER FALLS PARKS AND RECREATION
Report of the Parks Director
Date: Monday, September 29, 2025

On Tuesday, Oct. 15, 2024, the city council adopted the aquatics master plan for the Riverside Pool site.
The indoor pool will have 10 lanes and seat 400 spectators.
The swim club's fall invitational draws about 300 swimmers to the Riverside Pool each November.
The program builds the Community Aquatic Center at Riverside Park, on the site of the former Riverside Pool; a renovation of Garfield Park Pool; and a renovation of Eastgate Pool.
"""


@pytest.fixture(scope="module")
def parks(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted(
        tmp_path_factory.mktemp("weekday_year"),
        "report",
        REPORT,
        own_corpus.meta("report", "Report of the Parks Director", "report", "Calder Falls Parks and Recreation", "2025-09-29"),
    )


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the nearest Nov. 14 is a Friday; the Thursday of a year before is eleven months off the draft
        ("The fall invitational at the Riverside Pool is on Thursday, Nov. 14.", {"Thursday, Nov. 14"}),
        ("The fall invitational at the Riverside Pool is on Friday, Nov. 14.", set()),  # guard
        # within half a year either way: March 17 was a Monday in 2025 and is a Tuesday in 2026
        ("The indoor pool with 10 lanes breaks ground on Monday, March 17.", set()),  # guard
        ("The indoor pool with 10 lanes breaks ground on Tuesday, March 17.", set()),  # guard
        # the draft's own day: the council's day of 2024 was a Tuesday, today is a Wednesday
        ("Today is Wednesday, Oct. 15, a year after the city council adopted the aquatics master plan.", set()),
    ],
)
def test_a_weekday_with_a_day_written_without_its_year(cli, parks: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, parks, text, "2025-10-15") == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ("The center will rise at Garfield Park, on the site of the old Riverside Pool.", {"Garfield Park"}),
        ("The center will rise at Riverside Park, on the site of the old Riverside Pool.", set()),  # guard
        ("The program also renovates the Garfield Park Pool and the Eastgate Pool.", set()),  # guard
    ],
)
def test_a_park_put_for_another_in_the_sources_words(cli, parks: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, parks, text, "2025-10-15") == errors


def test_a_draft_dated_to_its_month_reads_from_the_middle_of_it(cli, parks: Path) -> None:
    # "--as-of 2025-10": no day to count half a year from, so the month's middle stands for it
    assert own_corpus.errors(cli, parks, "The fall invitational at the Riverside Pool is on Thursday, Nov. 14.", "2025-10") == {"Thursday, Nov. 14"}
