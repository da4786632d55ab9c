"""A county's ambulance contract as its EMS board, the winning bidder and the firefighters' union write them (issue 11,
round 37): minutes with a roll call of "Name -- Yes" lines, the union's statement two days later, and the bidder's
proposal. Not held: the board meeting's town against the town a company is "based in", a present passive's "today"
("where no ambulance is stationed today") against the proposal's day, a bare table figure against a measure its row
never names ("| 24-hour ambulances | 4 |" against a "five-year contract"), "Yesterday, the union released a statement"
against the vote it was about, and "six to one, with X the lone no" against another motion's 7-0. Held: a lone no given
to someone the roll call records voting yes.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """HARLOW COUNTY EMS BOARD
MINUTES OF REGULAR MEETING
Tuesday, February 10, 2026, 6:00 p.m.
Board Room B, Harlow County Courthouse, Carver Falls, Iowa

Fourteen people spoke during public comment, most of them from Carver Falls and Dunmore.

MEMBERS PRESENT: Chair Margaret Lindqvist; Vice Chair Daniel Okonkwo; Supervisor Theresa Vogel; Supervisor Curtis Brandvold; Supervisor Harold Ruiz-Bennett; Supervisor Joyce Whitlow; Supervisor Alan Pryor.

Supervisor Brandvold moved to award a five-year contract for emergency ambulance service to MedaLink Ambulance Services, LLC, at a total county cost not to exceed $14.6 million. Supervisor Ruiz-Bennett seconded the motion.

Roll call vote:
   Chair Lindqvist -- Yes
   Vice Chair Okonkwo -- Yes
   Supervisor Vogel -- Yes
   Supervisor Brandvold -- Yes
   Supervisor Ruiz-Bennett -- Yes
   Supervisor Pryor -- Yes
   Supervisor Whitlow -- No
The motion passed 6-1.

Supervisor Vogel moved to approve the audit engagement letter. Supervisor Whitlow seconded. The motion carried by voice vote, 7-0.
"""

STATEMENT = """HARLOW COUNTY PROFESSIONAL FIREFIGHTERS, IAFF LOCAL 2291
For immediate release: Thursday, February 12, 2026

The 86 members of Harlow County Professional Firefighters, IAFF Local 2291, are disappointed by the Harlow County EMS Board's 6-1 vote on Tuesday night to hand the county's emergency ambulance service to MedaLink Ambulance Services, LLC, a private company based in Davenport.
"""

PROPOSAL = """MEDALINK AMBULANCE SERVICES, LLC
Proposal Summary, submitted Friday, December 12, 2025

MedaLink will open a new ambulance post in Dunmore, where no ambulance is stationed today.
The county's current provider deploys four 24-hour ambulances.
"""


@pytest.fixture(scope="module")
def ems(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("ems"),
        [
            ("ems-minutes", MINUTES, own_corpus.meta("ems-minutes", "EMS Board minutes", "minutes", "Harlow County Auditor's Office", "2026-02-11")),
            (
                "local-statement",
                STATEMENT,
                own_corpus.meta(
                    "local-statement", "Statement on the vote", "press release", "Harlow County Professional Firefighters, IAFF Local 2291", "2026-02-12"
                ),
            ),
            ("proposal", PROPOSAL, own_corpus.meta("proposal", "MedaLink proposal summary", "report", "MedaLink Ambulance Services, LLC", "2025-12-12")),
        ],
    )


@pytest.mark.parametrize(
    ("text", "as_of", "errors"),
    [
        # where the meeting was is no company's home
        ("I spoke at the county EMS board meeting in Carver Falls on Tuesday, Feb. 10.", "2026-02-20", set()),
        ("That night the board voted 6-1 to give the job to MedaLink, a private company based in Davenport.", "2026-02-20", set()),
        # a present passive is now
        ("The best news is a new ambulance post in Dunmore, where no ambulance is stationed today.", "2026-02-20", set()),
        # a bare cell counts no measure its row never names
        ("| | Today | Under MedaLink |\n|---|---|---|\n| 24-hour ambulances in the county | 4 | 6 |", "2026-02-20", set()),
        # the release's own day
        ("Yesterday, the firefighters' union, IAFF Local 2291, released a statement on the vote.", "2026-02-13", set()),
        # the one motion with the tally, when the words tell of none
        ("DANA (VO): The vote was six to one, with Supervisor Joyce Whitlow the lone no.", "2026-02-20", set()),
        ("The vote was 6-1, with Supervisor Theresa Vogel voting no.", "2026-02-20", {"Theresa Vogel"}),
    ],
)
def test_ambulance_contract(cli, ems: Path, text: str, as_of: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, ems, text, as_of) == errors
