"""A landfill's closing as a county commission and its solid waste department write it (issue 11, round 33): minutes
whose roster line ends on a town and a post, a roll call written one name a line ("Commissioner Kovach - No"), and a
report with a trust fund's balance and its shortfall in one sentence. Held against them: the lone no vote given to
another commissioner, the seconder of a motion the sentence before tells of, the seat before a title, a bound past the
shortfall ("more than $600,000"), and a day a week off whose weekday is right.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """ASHBY COUNTY BOARD OF COMMISSIONERS
MINUTES OF THE REGULAR MEETING
Tuesday, March 10, 2026

Present:
Commissioner Marjorie Tolland (D), District 1, of Ashby, Chair
Commissioner Dennis Kovach (R), District 2, of Pell Ridge, Vice Chair
Commissioner Harold Brisco (R), District 3, of Wendell Falls
Commissioner Anita Okafor-Reyes (D), District 4, of Millbrook

RESOLUTION 2026-14: AWARD OF CONTRACT, MILLBROOK TRANSFER STATION

MOTION: Commissioner Okafor-Reyes moved to adopt Resolution 2026-14, awarding the construction contract to Hollins
Construction Co. in the amount of $6,140,000. Commissioner Tolland seconded the motion.

Roll call on Resolution 2026-14:
Commissioner Brisco - Yes
Commissioner Kovach - No
Commissioner Okafor-Reyes - Yes
Commissioner Tolland - Yes
Resolution 2026-14 was adopted, 3-1.
"""

REPORT = """PELL RIDGE LANDFILL CLOSURE: OPERATIONS REPORT
Friday, February 27, 2026

Last day of waste acceptance at Pell Ridge: Friday, October 30, 2026

The county's closure trust fund held $3.35 million on December 31, 2025, leaving a shortfall of about $550,000.
"""


@pytest.fixture(scope="module")
def landfill(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("landfill"),
        [
            (
                "commission-minutes",
                MINUTES,
                own_corpus.meta("commission-minutes", "Commission minutes", "minutes", "Ashby County Board of Commissioners", "2026-03-12"),
            ),
            ("operations-report", REPORT, own_corpus.meta("operations-report", "Operations report", "report", "Ashby County Solid Waste", "2026-02-27")),
        ],
    )


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the roll call read a name a line
        ("The only no vote on the contract came from Commissioner Harold Brisco.", {"Harold Brisco"}),
        ("The only no vote on the contract came from Commissioner Dennis Kovach.", set()),
        # the motion the sentence before tells of; an appositive between the mover and "made the motion"
        (
            "The county awarded the transfer station contract.\nCommissioner Anita Okafor-Reyes, a Millbrook Democrat, made the motion, and Commissioner Harold Brisco seconded it.",
            {"Harold Brisco"},
        ),
        (
            "The county awarded the transfer station contract.\nCommissioner Anita Okafor-Reyes, a Millbrook Democrat, made the motion, and Commissioner Marjorie Tolland seconded it.",
            set(),
        ),
        # the roster line's post after its town
        ("Vice Chair Dennis Kovach cast the only vote against the contract.", set()),
        # the seat before the title
        ("District 5 Commissioner Harold Brisco voted for the contract.", {"District 5"}),
        ("District 3 Commissioner Harold Brisco voted for the contract.", set()),
        # a bound agrees with any figure past it, not the one the sentence states for itself
        ("The trust fund held $3.35 million at the end of 2025, which leaves it short by more than $600,000.", {"more than $600,000"}),
        ("The trust fund held $3.35 million at the end of 2025, which leaves it short by about $550,000.", set()),
        # a day a week off, its weekday right: the weekday is the date's own, no other day of the sentence
        ("Pell Ridge will take its last load of waste on Friday, Oct. 23.", {"Oct. 23"}),
        ("Pell Ridge will take its last load of waste on Friday, Oct. 30.", set()),
    ],
)
def test_a_landfill_draft_against_the_sources(cli, landfill: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, landfill, text, "2026-03-16") == errors
