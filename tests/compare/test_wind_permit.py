"""A county's wind farm permit (issue 11, round 25): conditions lettered a. to e. on lines of their own, each a claim; a
cap ("capped at 50 dBA") stated exactly; two limits put in each other's place; a setback raised "from 1,500 feet to
2,000 feet" restated in the other order; a main motion whose roll call comes after an amendment's; a member's township
from the roster's parenthesis; residents counted by their signatures; a release's dateline is not the day of the vote it reports.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """ALDER COUNTY BOARD OF ADJUSTMENT
PUBLIC HEARING MINUTES
Tuesday, April 7, 2026

MEMBERS PRESENT: Rolf Engstrom, Chair (Linden Township); Ines Marwick, Vice Chair (Ashgrove Township); Dario Castell (Prairie Township).

PUBLIC COMMENT
The Linden Landowners Coalition presented a petition with 1,164 signatures from Alder County residents asking for a half-mile setback.

MOTION AND VOTE
Vice Chair Marwick moved to approve Case No. CUP-2026-09 with the conditions recommended by staff, as amended by the board to raise the setback from non-participating residences from 1,500 feet to 2,000 feet. Mr. Castell seconded the motion.

Mr. Engstrom moved to amend the motion to require a setback of 2,640 feet; no member seconded, and the amendment failed 1-2.

Roll call on the main motion: Marwick, aye; Castell, aye; Engstrom, nay. The motion carried 2-1.

CONDITIONS OF APPROVAL
a. Turbines shall be set back at least 2,000 feet from any non-participating residence.
b. Turbines shall be set back at least 1.1 times total tip height (549 feet) from non-participating property lines and public roads.
c. Turbine noise shall not exceed 45 A-weighted decibels (dBA) at any non-participating residence or 50 dBA at any participating residence.
"""

RELEASE = """ALDER, Wednesday, April 8, 2026 -- Corvid Renewables Inc. today announced that the Alder County Board of Adjustment voted 2-1 on Tuesday, April 7, to grant a conditional use permit for its Sandhill Wind Project.
"""

SOURCES = [
    ("board-minutes", MINUTES, own_corpus.meta("board-minutes", "Public Hearing Minutes", "minutes", "Alder County Board of Adjustment", "2026-04-08")),
    ("corvid-release", RELEASE, own_corpus.meta("corvid-release", "Corvid Wins Permit", "press release", "Corvid Renewables", "2026-04-08")),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(tmp_path_factory.mktemp("wind-permit"), SOURCES)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a lettered condition is a claim of its own: the property-line setback is 549 feet
        ("Turbines must stand at least 594 feet from neighboring property lines and public roads.", {"at least 594"}),
        ("Turbines must stand at least 549 feet from neighboring property lines and public roads.", set()),
        # a cap is its figure: 45 at non-participating homes, 50 at participating ones, not the other way round
        ("Noise is capped at 50 dBA at non-participating homes and 45 dBA at participating homes.", {"capped at 50"}),
        ("Noise is capped at 45 dBA at non-participating homes and 50 dBA at participating homes.", set()),
        # the raise from 1,500 feet to 2,000 feet, written the other way round
        ("Turbines must stand at least 2,000 feet from any non-participating home (the old minimum was 1,500 feet).", set()),
        # the main motion's roll call, after the amendment's: its mover and its tally
        ("The motion to approve, made by Chair Rolf Engstrom, passed 2-1.", {"Rolf Engstrom"}),
        ("The motion to approve, made by Vice Chair Ines Marwick, passed 2-1.", set()),
        # the release's own date is not the vote's, which it gives too
        ("When the board voted 2-1 on Wednesday, April 8, to approve the Sandhill permit, I drove home.", {"April 8"}),
        ("When the board voted 2-1 on Tuesday, April 7, to approve the Sandhill permit, I drove home.", set()),
        # the residents who signed are the signatures' people
        ("Nearly 1,100 county residents signed the coalition's petition for a half-mile setback.", {"Nearly 1,100"}),
        ("More than 1,100 county residents signed the coalition's petition for a half-mile setback.", set()),
        # the roster's parenthesis gives the township
        ("Vice Chair Ines Marwick of Linden Township moved to approve the permit.", {"Linden Township"}),
        ("Vice Chair Ines Marwick of Ashgrove Township moved to approve the permit.", set()),
    ],
)
def test_a_wind_farm_permit(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-04-10") == errors
