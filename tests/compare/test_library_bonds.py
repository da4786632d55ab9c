"""A library's renovation bonds as a city council and the library's foundation write them (issue 11, round 33): minutes
with a roster's "(R, Ward 3)" and a bond sale expected "in late April", and the foundation's release with its total
"more than 80 percent of the goal" beside the council's bonds and the project's cost. Held against them: the other party
in a roster's tag, "in late May", "nearly 80 percent". Not held: the foundation's sum beside the council's bonds (another
order of size, framed by nothing the bonds' words say), the foundation's own name beside the council's, and the
council's vote dated by its minutes though a release reports it a week later.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """MARLOW FALLS CITY COUNCIL
MINUTES OF THE REGULAR MEETING
Tuesday, March 10, 2026

Present: Council President Denise Okafor (D, At-Large); Councilmember Gerald Pruitt (R, Ward 3); Councilmember Sam Brandt (D, Ward 5).

Councilmember Brandt moved to adopt Ordinance 2026-14, authorizing $14.2 million in bonds for the Carnegie library.
Councilmember Okafor seconded the motion. The ordinance was adopted, 2-1, Councilmember Pruitt voting no.

The bond sale is expected in late April 2026.
"""

RELEASE = """MARLOW FALLS LIBRARY FOUNDATION
FOR IMMEDIATE RELEASE

MARLOW FALLS, Ohio (March 17, 2026) - The Marlow Falls Library Foundation announced Tuesday that its Open Doors campaign
has raised $1,936,000 toward its $2.4 million goal. The announcement comes one week after the Marlow Falls City Council
voted 2-1 to approve $14.2 million in bonds for the $17.6 million project.

The total, more than 80 percent of the goal, comes from 612 donors.
"""


@pytest.fixture(scope="module")
def bonds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("bonds"),
        [
            ("council-minutes", MINUTES, own_corpus.meta("council-minutes", "Council minutes", "minutes", "Marlow Falls City Council", "2026-03-12")),
            (
                "foundation-release",
                RELEASE,
                own_corpus.meta("foundation-release", "Foundation release", "press release", "Marlow Falls Library Foundation", "2026-03-17"),
            ),
        ],
    )


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ("Councilmember Gerald Pruitt (D, Ward 3) voted no.", {"D"}),
        ("Councilmember Gerald Pruitt (R, Ward 3) voted no.", set()),
        ("The bond sale is expected in late May.", {"in late May"}),
        ("The bond sale is expected in late April.", set()),
        ("The total from 612 donors is nearly 80 percent of the goal.", {"nearly 80 percent"}),
        ("The total from 612 donors is more than 80 percent of the goal.", set()),
        ("News for friends and donors of the Marlow Falls Library Foundation", set()),
        (
            "On March 10 the council voted 2-1 to approve $14.2 million in bonds, and a week later the foundation said Open Doors had passed $1.9 million.",
            set(),
        ),
        ("The council adopted Ordinance 2026-14 on March 10 by a 2-1 vote.", set()),
    ],
)
def test_a_bonds_draft_against_the_sources(cli, bonds: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, bonds, text, "2026-04-02") == errors
