"""A jail referendum as a county commission and a civil-liberties group write it (issue 11, round 32): minutes whose
roster gives each commissioner's party and town in one parenthesis, and a group's release that names its officers
by town and post. A radio script's "three to two", "an Oakmont Democrat", "in a statement on Wednesday" and a
quotation given to the group's legal director are held against them; the legal director is not taken for the group's
policy director, whose post is another.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """MARLOW COUNTY BOARD OF COMMISSIONERS
MINUTES OF THE REGULAR MEETING
Tuesday, June 9, 2026

Present: Commissioner Ruth Delacroix, District 1 (Republican, Brisco), Chair; Commissioner Eugene "Gene" Pahlke, District 3 (Republican, Oakmont); Commissioner Teresa Vance, District 4 (Democrat, Fairlee).

Also present: County Health Commissioner Dr. Lorraine Webb. The Commission received a letter from state health director Dr. Marcus Hale.

Commissioner Pahlke moved to adopt Resolution 2026-41, placing a sales tax for the jail on the November ballot. Commissioner Vance seconded the motion. Resolution 2026-41 was adopted, 2-1.
"""

RELEASE = """MARLOW COUNTY CIVIL LIBERTIES ALLIANCE
FOR IMMEDIATE RELEASE

HALDEN, Ind., Thursday, June 11, 2026 -- The Marlow County Civil Liberties Alliance today called on voters to reject the jail tax. The Commission voted 2-1 on Tuesday evening to put a half-cent sales tax for the jail on the ballot.

"A half-cent tax for fifteen years is not a temporary fix. It is a permanent bill," said Howard Lindqvist of Oakmont, the Alliance's treasurer.

"Holding someone for three weeks because they cannot post a bond is not public safety," said Priya Raman of Halden, the Alliance's legal director.

Media contact: Janelle Ruiz, Policy Director
"""


@pytest.fixture(scope="module")
def referendum(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("referendum"),
        [
            (
                "commission-minutes",
                MINUTES,
                own_corpus.meta("commission-minutes", "Commission minutes", "minutes", "Marlow County Board of Commissioners", "2026-06-09"),
            ),
            (
                "alliance-release",
                RELEASE,
                own_corpus.meta("alliance-release", "Alliance release", "press release", "Marlow County Civil Liberties Alliance", "2026-06-11"),
            ),
        ],
    )


def test_extract_reads_the_roster_and_the_officers(referendum: Path) -> None:
    people = {e["id"]: {(a["attribute"], a["value"]) for a in e.get("attributes", [])} for e in own_corpus.proposed(referendum, "entities", "entities")}
    # "District 3 (Republican, Oakmont)": the party, then the town, in one parenthesis
    assert {("district", "District 3"), ("party", "Republican"), ("home", "Oakmont")} <= people["eugene-pahlke"]
    # "Priya Raman of Halden, the Alliance's legal director": the town between the name and the post
    assert ("role", "Alliance's legal director") in people["priya-raman"]


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ("The vote was three to two for a half-cent tax.", {"three to two"}),
        ("The vote was two to one for a half-cent tax.", set()),
        ("Commissioner Gene Pahlke, an Oakmont Democrat, made the motion.", {"Democrat"}),
        ("Commissioner Gene Pahlke, an Oakmont Republican, made the motion.", set()),
        # a weekday alone, dated by the one source whose publisher the sentence names
        ("The Marlow County Civil Liberties Alliance came out against it in a statement on Wednesday.", {"Wednesday"}),
        ("The Marlow County Civil Liberties Alliance came out against it in a statement on Thursday.", set()),
        # the appositive's speaker, after the role and its comma
        ('"It is a permanent bill," the Alliance\'s legal director, Priya Raman, says of the tax.', {"Priya Raman"}),
        ('"It is a permanent bill," the Alliance\'s treasurer, Howard Lindqvist, says of the tax.', set()),
        # a legal director is no policy director; the state health director is Hale, a courtesy title between
        ("Speakers include legal director Priya Raman of Halden.", set()),
        ("State health director Dr. Lorraine Webb spoke to the board.", {"State health director"}),
        ("County Health Commissioner Dr. Lorraine Webb spoke to the board.", set()),
    ],
)
def test_a_radio_script_against_the_sources(cli, referendum: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, referendum, text, "2026-06-12") == errors
