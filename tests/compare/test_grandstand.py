"""A county's fairgrounds grandstand as its commission's minutes, its fair manager's report and a parents' letter write
it (issue 11, rounds 54-55): "better than half"; "X is Y's father"; a county counselor; a season's talk anchors no other
date; a body named with "4-H"; a title opening the sentence in sentence case; words the sentence gives nobody are the
paragraph's person's; a sentence about an amendment is about the motions that amend; a run of days
across two months; four digits turned round in a claim about whom the paragraph names; a roster backs only names; a
weekday against a day of a document the sentence is about; the names listed before the one a verb follows.

A corpus of our own run through the real `extract` and `verify`. The rows marked "guard" pass on the code before these
fixes too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """BRECKEN COUNTY BOARD OF COMMISSIONERS
MINUTES OF THE REGULAR MEETING
Tuesday, June 10, 2025

Present: Chairman Otto Vance; Vice Chair Irma Lund; Commissioners Ned Pryor, Sasha Obi and Carl Dietz.
Also present: County Administrator Jo Park; County Counselor Lee Quist.
Commissioner Carl Dietz (R-At Large) arrived at 7:10 p.m.

Fair Manager Hal Reeves summarized his report of June 2, 2025. The present grandstand was built in 1961 and seats 1,800. Reeves told the commission that repair was estimated at $1.2 million and would add "eight years at best."

Mia Sorensen of Tarrant, president of the Brecken County 4-H Parents' Association, spoke in support of a new grandstand. She presented the association's pledge of $40,000.

ACTION ITEM: AWARD OF CONSTRUCTION CONTRACT
Four sealed bids were opened on Thursday, May 29, 2025. The low bid was submitted by Keystone Builders Inc. at $3,150,000; the high bid was $3,700,000.
Commissioner Pryor moved to award the construction contract for the grandstand to Keystone Builders Inc. at its base bid of $3,150,000. Commissioner Obi seconded.
Amendment. Commissioner Dietz moved to amend the motion to add a shaded seating deck for $96,000, bringing the contract total to $3,246,000. Vice Chair Lund seconded the amendment.
Roll call on the amendment: Vance - yes; Lund - yes; Pryor - no; Obi - no; Dietz - yes.
The amendment carried 3-2.
Roll call on the main motion as amended: Vance - yes; Lund - no; Pryor - yes; Obi - yes; Dietz - yes.
The motion as amended carried 4-1.

ACTION ITEM: DESIGN SERVICES
Commissioner Obi moved to authorize a contract with Hale & Rourke Architects of Wichita for design services in an amount not to exceed $187,300. Commissioner Dietz seconded. Motion carried 5-0.
"""

REPORT = """BRECKEN COUNTY FAIR
Report of the Fair Manager
From: Hal Reeves, Fair Manager
Date: Monday, June 2, 2025

FUNDING
- State Fair Facilities Grant (application filed May 1, 2025; decision expected in September): $900,000
State Rep. Nell Ames (D-Tarrant) and State Sen. Paul Greer (R-Brecken) wrote letters in support of the grant application.
- Phase 2 (grandstand): construction contract of $3,150,000
A loan of $2.1 million from the Kansas Development Finance Authority, at 1.5 percent interest, pays for Phase 2.

The new grandstand will open with the 2026 fair, July 27 through Aug. 1, 2026.

SCHEDULE
Season-ticket holders would be notified by mail no later than Friday, June 27, 2025. Demolition of the old stands is scheduled to begin on Monday, Aug. 4, 2025.

The grandstand campaign's goal is $300,000. As of today, $171,000 has been given or pledged, 57 percent of the goal.
"""

LETTER = """Brecken County 4-H Parents' Association
June 4, 2025

Dear Commissioners,

We ask one thing. Do not begin demolition until the 2025 fair is over, so this summer's exhibitors can show in the arena one last time.

Tom Sorensen is Mia Sorensen's father.

Mia Sorensen, President
"""


@pytest.fixture(scope="module")
def fair(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("grandstand"),
        [
            ("minutes", MINUTES, own_corpus.meta("minutes", "Commission minutes", "minutes", "Brecken County", "2025-06-16")),
            ("report", REPORT, own_corpus.meta("report", "Fair manager's report", "report", "Brecken County Fair", "2025-06-02")),
            ("letter", LETTER, own_corpus.meta("letter", "Parents' letter", "letter", "Brecken County 4-H Parents' Association", "2025-06-04")),
        ],
    )


def test_a_body_named_with_4_h(fair: Path) -> None:
    people = {e["id"]: e for e in own_corpus.proposed(fair, "entities", "entities")}
    roles = {a["value"] for a in people["mia-sorensen"]["attributes"] if a["attribute"] == "role"}
    assert roles == {"president of the Brecken County 4-H Parents' Association"}


def test_is_someones_father(fair: Path) -> None:
    people = {e["id"]: e for e in own_corpus.proposed(fair, "entities", "entities")}
    assert {a["value"] for a in people["tom-sorensen"]["attributes"] if a["attribute"] == "relative"} == {"Mia Sorensen"}


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # "better than" bounds the figure as "more than" does
        ("The campaign had $171,000 given or pledged, better than half of its $300,000 goal.", set()),
        ("The campaign had $171,000 given or pledged, better than two-thirds of its $300,000 goal.", {"better than two-thirds"}),
        # "this summer's fair" is talk of a season: no date to read the sentence's year beside in step
        ("Split vote sends 1961 structure to the scrap pile after this summer's fair", set()),
        # a title in sentence case where the sentence starts
        ("Vice chair Irma Lund voted against the contract.", set()),
        (
            "Mia Sorensen of Tarrant, treasurer of the 4-H Parents' Association, presented the pledge of $40,000.",
            {"treasurer of the 4-H Parents' Association"},
        ),  # guard
        # words the sentence gives nobody, after a sentence naming whose report they are from
        (
            "Fair Manager Hal Reeves laid out why in his June 2 report. Repairing the old stands would have cost $1.2 million and, in the"
            ' engineers\' words, bought the county "eight years at most."',
            {"most"},
        ),
        (
            "Fair Manager Hal Reeves laid out why in his June 2 report. Repairing the old stands would have cost $1.2 million and, in the"
            ' engineers\' words, bought the county "eight years at best."',
            set(),
        ),  # guard
        # the amendment the sentence opens with, whatever tally the motion it amended carried
        ("The amendment passed on a 4-1 roll call before the full contract came up.", {"4-1"}),
        ("The amendment passed on a 3-2 roll call before the full contract came up.", set()),  # guard
        # a run of days across two months, held at both ends
        ("The first fair in the new grandstand runs July 27–Aug. 2, 2026.", {"July 27–Aug. 2, 2026"}),
        ("The first fair in the new grandstand runs July 27–Aug. 1, 2026.", set()),  # guard
        # four digits turned round, of a claim about the firm the paragraph names, however the fee is worded
        ("The commission hired Hale & Rourke Architects to design the grandstand. The firm's fee is capped at $178,300.", {"capped at $178,300"}),
        ("The commission hired Hale & Rourke Architects to design the grandstand. The firm's fee is capped at $187,300.", set()),  # guard
        ("The firm's fee is capped at $178,300.", set()),  # guard
        # the names listed before the one a verb of writing follows wrote too ("Ames (D-Tarrant) and ... Greer ... wrote")
        ("Rep. Nell Ames, the Tarrant Democrat, wrote a letter backing the grant application.", set()),
        # a town in a party tag that ends the sentence, its full stop no part of it
        ("The association also wrote to State Sen. Paul Greer, R-Brecken.", set()),
        ("The association also wrote to State Sen. Paul Greer, R-Tarrant.", {"Tarrant"}),
        ("Fair Manager Hal Reeves wrote a letter in support of the grant application.", {"Hal Reeves"}),  # guard
        # an at-large seat is no district's
        ("Commissioner Carl Dietz, a District 2 Republican, moved the amendment.", {"District 2"}),  # guard
        ("Commissioner Carl Dietz (R-At Large) moved the amendment.", set()),  # guard
        # a title the lexicon knows, of another official
        ("County Counselor Jo Park says the contractor has agreed to finish by June 12, 2026.", {"County Counselor"}),
        ("County Administrator Jo Park says the contractor has agreed to finish by June 12, 2026.", set()),  # guard
    ],
)
def test_the_grandstand(cli, fair: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, fair, text, "2025-07-15") == errors


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # a roster names them, and says nothing of what the sentence says of them: no citation
        ("Chairman Otto Vance and Vice Chair Irma Lund were absent.", False),
        # ... while a claim that also says what it says of them backs it
        ("Mia Sorensen of Tarrant spoke in support of a new grandstand.", True),  # guard
    ],
)
def test_a_list_of_names_backs_only_the_names(cli, fair: Path, text: str, cited: bool) -> None:
    found = own_corpus.findings(cli, fair, text, "2025-07-15")
    assert any(f["severity"] == "info" for f in found) is cited


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the day is a report's the sentence is about, though its clause is worded past retrieval: the calendar judges the weekday
        (
            "Season-ticket holders will be notified by mail by Friday, June 27, and crews are scheduled to start tearing down the stands on Tuesday, Aug. 4.",
            {"Tuesday"},
        ),
        (
            "Season-ticket holders will be notified by mail by Friday, June 27, and crews are scheduled to start tearing down the stands on Monday, Aug. 4.",
            set(),
        ),  # guard
    ],
)
def test_a_weekday_against_a_day_of_a_document_the_sentence_is_about(cli, fair: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, fair, text, "2025-06-20") == errors
