"""Minutes (issue 11, round 27): a motion carried on the day of the meeting the heading dates, though the minutes were
approved and published two weeks later and the motion's own line dates nothing ("Motion 2026-14" numbers a record, it
is no year); a roster's seats after a comma, with a party's letter and a town; a party's designee.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """KESTREL COUNTY BOARD OF SUPERVISORS
MINUTES OF THE REGULAR MEETING
Thursday, May 14, 2026

Present:
Chairman Rutherford "Rudy" Kesselring (R), District 1, Marlow Springs
Supervisor Annaliese Drummond (D), District 2, Pell Creek
Supervisor Bertram Nakagawa (R), District 3, Stony Ford

CONSENT AGENDA
Supervisor Nakagawa moved to approve the consent agenda, including the minutes of the April 30, 2026, regular meeting. The motion carried unanimously, 3-0.

ACTION ITEMS
Motion 2026-14: Resolution awarding the courthouse roof contract to Tamsin Roofing Co. in an amount not to exceed $1,240,000. Moved by Supervisor Drummond, seconded by Supervisor Kesselring.

The motion carried, 3-0.

Motion 2026-15: Supervisor Kesselring moved to adopt the building permit fee schedule recommended by staff.

The motion carried, 2-1.

Motion 2026-16: Supervisor Drummond moved to name the new riverside park for Edna Vasquez-Hale.

The motion failed, 1-2.

Treasurer Lucan Everhart reported that the county's reserve fund stands at $2.3 million.

The Board of Canvassers consisted of Auditor Minerva Tolliver, who served as chair; Desmond Achebe of Quarry Hill, the Democratic Party designee; and Rosalind Varga of Pell Creek, the Republican Party designee.
"""

MEMO = """TO: Kestrel County Board of Supervisors
FROM: County Engineer Ilse Marchetti
DATE: Monday, May 18, 2026

At its regular meeting on Tuesday, April 21, 2026, the Board of Supervisors adopted Resolution 2026-11, closing the Mill Creek bridge, on a 2-1 vote.
"""

NOTICE = """KESTREL COUNTY, May 20, 2026 -- Tamsin Roofing Co. will begin work on the courthouse roof on Monday, June 15, 2026, the county said.
"""

LETTER = """Dear neighbors: On May 14, the board voted 2-1 to raise building permit fees by a third. We will ask them to reconsider.
"""

SOURCES = [
    # published when the board approved them, two weeks after the meeting
    (
        "board-minutes",
        MINUTES,
        own_corpus.meta("board-minutes", "Minutes of the Regular Meeting", "minutes", "Kestrel County Board of Supervisors", "2026-05-28"),
    ),
    ("engineer-memo", MEMO, own_corpus.meta("engineer-memo", "Mill Creek Bridge", "memo", "Kestrel County Engineer", "2026-05-18")),
    ("builders-letter", LETTER, own_corpus.meta("builders-letter", "Letter on Permit Fees", "letter", "Kestrel Builders Association", "2026-05-18")),
    ("county-notice", NOTICE, own_corpus.meta("county-notice", "Roof Work Begins", "press release", "Kestrel County", "2026-05-20")),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(tmp_path_factory.mktemp("minutes-day"), SOURCES)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the vote was on the meeting's day, not a week later, nor on the day the minutes were approved
        ("Supervisors voted last Thursday to award the courthouse roof contract to Tamsin Roofing Co.", {"last Thursday"}),
        ("On May 28, supervisors voted 3-0 to award the courthouse roof contract to Tamsin Roofing Co.", {"May 28"}),
        ("On May 14, supervisors voted 3-0 to award the courthouse roof contract to Tamsin Roofing Co.", set()),
        # a report made at the meeting was made on its day
        ("Treasurer Lucan Everhart told supervisors last Thursday that the reserve fund stands at $2.3 million.", {"last Thursday"}),
        ("Treasurer Lucan Everhart told supervisors on May 14 that the reserve fund stands at $2.3 million.", set()),
        # a memo's one day for the vote whose tally it gives: that vote's day ("Resolution 2026-11" is no year)
        ("The board voted 2-1 earlier this week to close the Mill Creek bridge.", {"earlier this week"}),
        ("The board voted 2-1 on April 21 to close the Mill Creek bridge.", set()),
        # "This week's hour": the show's own time, no event
        ("This week's hour turned to the Mill Creek bridge, closed on a 2-1 vote.", set()),
        # the consent agenda's 3-0 shares the words, but the 2-1 a letter gives that day's fee vote is the vote meant
        ("The board approved the change at its regular meeting on Thursday, May 14, by a vote of 2-1.", set()),
        # a weekday's meeting, of the minutes the sentence is most about
        ("The courthouse roof contract for Tamsin Roofing Co. was awarded at Wednesday's regular meeting.", {"Wednesday"}),
        ("The courthouse roof contract for Tamsin Roofing Co. was awarded at Thursday's regular meeting.", set()),
        # a timeline's row: its tally is the motion's, whose day is the meeting's
        ("| Date | Event |\n| --- | --- |\n| Thursday, May 21, 2026 | Supervisors reject the park name, 1-2 |", {"May 21, 2026"}),
        ("| Date | Event |\n| --- | --- |\n| Thursday, May 14, 2026 | Supervisors reject the park name, 1-2 |", set()),
        # a day still ahead is another event; the work's start is the notice's day, no vote
        ("Work on the courthouse roof begins Monday, June 15.", set()),
        # the seat after a comma in the roster: its party, its town
        ("Supervisor Bertram Nakagawa (D-District 3) spoke about the roof contract.", {"D"}),
        ("Supervisor Bertram Nakagawa (R-District 3) spoke about the roof contract.", set()),
        ("Annaliese Drummond of Stony Ford moved the roof contract.", {"Stony Ford"}),
        ("Annaliese Drummond of Pell Creek moved the roof contract.", set()),
        # a party's designee, and the tag after the town
        ("The canvass board included Rosalind Varga of Pell Creek (D).", {"D"}),
        ("The canvass board included Rosalind Varga of Pell Creek (R).", set()),
    ],
)
def test_minutes(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-05-29") == errors


@pytest.mark.parametrize(
    "text",
    [
        "Supervisors voted last Thursday to award the courthouse roof contract to Tamsin Roofing Co.",
        "On May 28, supervisors voted 3-0 to award the courthouse roof contract to Tamsin Roofing Co.",
    ],
)
def test_the_vote_is_dated_by_the_meeting_not_by_another_documents_dateline(cli, extracted: Path, text: str) -> None:
    (found,) = [f for f in own_corpus.findings(cli, extracted, text, "2026-05-29") if f["severity"] == "error"]
    assert "May 14, 2026" in found["message"]
