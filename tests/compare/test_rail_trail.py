"""A township's rail-trail as its supervisors' minutes, its parks director's report and a landowners' letter write it
(issue 11, rounds 56-57): a figure a change takes a count to ("from two lanes to four"); a figure written rounded that
another document states to the dollar; a letter's cc lines, each a statement of its own; a street's name and the town after it, both homes;
a motion that put a question before voters, dated by its meeting; a tally that brings no motion level with the one the
sentence's words tell of; a list's last item, then a line of prose; "more than" a figure is not any figure past it; "In
his words,"; a document's own words quoted from its author with one changed; a letter's signer over an address;
"promised" as a speech verb; the minutes' own board; a roster's second post in parentheses.

A corpus of our own run through the real `extract` and `verify`. The rows marked "guard" pass on the code before these
fixes too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """LAUREL FORK TOWNSHIP BOARD OF SUPERVISORS
MINUTES OF THE REGULAR MEETING
Tuesday, September 9, 2025

Present: Chairman Glen Kessler; Supervisors Dora Albright, Ray Ochoa, June Marsh and Tom Whitacre.

PUBLIC COMMENT
Ruth Ann Zook of Kettle Creek Road, Harmon Township, vice president of the landowners association, asked for gates at every farm crossing.

AWARD OF PHASE 1 PAVING CONTRACT
Mrs. Albright moved to award the Phase 1 paving contract to Susquehanna Paving Co. for its base bid of $3,180,000. Mr. Ochoa seconded.
Mrs. Marsh moved to amend the motion to widen the Depot Street crossing from two lanes to four, adding $96,500, for a contract total of $3,276,500.
Roll call on the amendment: Mr. Ochoa, aye; Mrs. Marsh, aye; Chairman Kessler, aye; Mrs. Albright, nay; Mr. Whitacre, nay. The amendment carried 3-2.
Roll call on the motion as amended: Mrs. Albright, aye; Chairman Kessler, aye; Mrs. Marsh, aye; Mr. Ochoa, aye; Mr. Whitacre, nay. The motion as amended carried 4-1.

OPEN SPACE BOND
Mr. Ochoa moved to adopt Resolution 2025-31, asking the county to place before township voters at the November 4, 2025, general election a question to borrow $2,400,000 for open space. Mrs. Marsh seconded. Motion carried 4-1.

State Rep. Dan Yoder said, "Every dollar we put into this corridor will come back to Main Street."
Harold Brenneman of 2240 Mill Run Road read the association's letter to the Board.

TRAIL ADVISORY BOARD
Mrs. Marsh moved to adopt Resolution 2025-32, creating a seven-member Trail Advisory Board. Mr. Ochoa seconded. Motion carried by voice vote.

TRAIL HOURS ORDINANCE
Mr. Whitacre moved to table the proposed trail hours ordinance until the October 14, 2025, regular meeting. Mr. Ochoa seconded. Motion carried 5-0.
"""

REPORT = """LAUREL FORK TOWNSHIP
Report of the Director of Parks and Recreation
Prepared by Colleen Farraday, Director of Parks and Recreation
Date: Tuesday, September 2, 2025

FUNDING
- State grant: $950,000
- Township share: $1,290,000
The $950,000 grant comes from the Pennsylvania Department of Conservation and Natural Resources through its Community Conservation Partnerships Program.

Trail counts on the Depot Street segment recorded more than 31,000 visits last year. The completed trail is designed for 45,000 visits a year.
Engineer Dale Hemming has reviewed the crossing plans. In his words, "The gates let farmers move cattle across the trail without waiting on anyone."
In my view, this trail will connect every corner of the township to its past and to its neighbors.

Phase 1 covers 4.1 miles from the Depot Street trailhead to the Mill Run bridge. The Parks and Recreation Board voted 6-1 on August 20 to endorse the 4.1-mile Phase 1 plan.
I recommend that the Board award the Phase 1 paving contract to the low bidder, Susquehanna Paving Co., at its base bid of $3,180,000.
"""

LETTER = """Ashby Valley Corridor Landowners Association
Officers:
Harold Brenneman, President (Chief, Laurel Fork Volunteer Fire Company)
Ruth Ann Zook, Vice President

August 28, 2025

Dear Supervisors,

We ask for a gate at every farm crossing.

Respectfully,

Harold Brenneman, President
2240 Mill Run Road, Laurel Fork Township

Ruth Ann Zook, Vice President

cc: State Sen. Ada Okafor (D-Lewisburg), 27th District
    Lowell Fenske, Chairman, Sheridan County Commission
    Theresa Kolb, General Manager, Laurel Fork Water Authority
"""


@pytest.fixture(scope="module")
def trail(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("rail_trail"),
        [
            (
                "minutes",
                MINUTES,
                own_corpus.meta("minutes", "Laurel Fork Township Board of Supervisors: minutes", "minutes", "Laurel Fork Township", "2025-09-16"),
            ),
            ("report", REPORT, own_corpus.meta("report", "Parks director's report", "report", "Laurel Fork Township", "2025-09-02")),
            ("letter", LETTER, own_corpus.meta("letter", "Landowners' letter", "letter", "Ashby Valley Corridor Landowners Association", "2025-08-28")),
        ],
    )


def test_a_letters_cc_lines_are_statements_one_by_one(trail: Path) -> None:
    said = [c["statement"] for c in own_corpus.proposed(trail, "letter", "claims")]
    assert not any("Commission Theresa Kolb" in s for s in said)


def test_the_town_after_a_streets_name_is_a_home_too(trail: Path) -> None:
    people = {e["id"]: e for e in own_corpus.proposed(trail, "entities", "entities")}
    assert {a["value"] for a in people["ruth-ann-zook"]["attributes"] if a["attribute"] == "home"} == {"Kettle Creek Road", "Harmon Township"}


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the figure a change takes a count to, in words: no misstated "two"
        ("The supervisors agreed to widen the Depot Street crossing to four lanes.", set()),  # guard
        ("The supervisors agreed to widen the Depot Street crossing to six lanes.", {"six"}),  # guard
        # a sum written rounded that the amended contract states to the dollar, not the base bid another document gives
        ("Supervisors OK $3.3 million paving contract", set()),  # guard
        # the cc lines are not one title: no "Commission Theresa Kolb" held against the chairman
        ("The landowners sent copies to Sheridan County Commission Chairman Lowell Fenske.", set()),
        # the home after the street's name
        ("Ruth Ann Zook of Harmon Township asked for gates at every farm crossing.", set()),
        ("Ruth Ann Zook of Kettle Creek Road asked for gates at every farm crossing.", set()),  # guard
        ("Ruth Ann Zook of Ashby asked for gates at every farm crossing.", {"Ashby"}),  # guard
        # the motion that put the question before voters was made at the meeting, whatever later day the election is
        ("Last month the supervisors asked township voters to decide on a $2.4 million open space bond.", set()),
        # a list's last item ends where a line of prose opens: the grant's body is the prose's, no item's
        ("State grant: $950,000 from the Pennsylvania Department of Transportation", {"Pennsylvania Department of Transportation"}),
        ("State grant: $950,000 from the Pennsylvania Department of Conservation and Natural Resources", set()),  # guard
        # "more than 31,000" tells about how many: not 54,000
        ("The trail is designed for 54,000 visits a year.", {"54,000"}),  # guard
        ("The trail is designed for 45,000 visits a year.", set()),  # guard
        # "In his words," gives the quotation to the man the sentence before names
        ('Engineer Dale Hemming said the gates let farmers "move cattle across the trail without waiting on the township."', {"the township"}),
        # the words of a document its author wrote, quoted with one changed
        (
            'Parks Director Colleen Farraday wrote that the trail "will connect every corner of the township to its history and to its neighbors."',
            {"history"},
        ),  # guard
        ('Parks Director Colleen Farraday wrote that the trail "will connect every corner of the township to its past and to its neighbors."', set()),  # guard
        # a letter's signer over his address: his post is the letter's
        ("Harold Brenneman, vice president of the landowners association, read the letter to the Board.", {"vice president of the landowners association"}),
        ("Harold Brenneman, president of the landowners association, read the letter to the Board.", set()),  # guard
        # "promised" says words as "said" does
        ('Sen. Ada Okafor also promised that "every dollar we put into this corridor will come back to Main Street."', {"Ada Okafor"}),
        ('Rep. Dan Yoder also promised that "every dollar we put into this corridor will come back to Main Street."', set()),  # guard
        # the board whose minutes the claim is from is no body put for the one its resolution creates
        ("On Sept. 9 the Board of Supervisors adopted Resolution 2025-32, creating a seven-member Trail Advisory Board.", set()),  # guard
        # a roster's second post and its body, in parentheses
        ("Harold Brenneman, chief of the Laurel Fork Volunteer Fire Company, read the letter to the Board.", set()),  # guard
        # the tally the sentence gives brings no motion level with the one its words tell of
        ("The supervisors approved the Phase 1 paving contract 5-0.", {"5-0"}),  # guard
        ("The supervisors approved the Phase 1 paving contract 4-1.", set()),  # guard
        ("The supervisors voted 5-0 to put the $2.4 million open space bond before township voters.", {"5-0"}),  # guard
        ("The supervisors voted 4-1 to put the $2.4 million open space bond before township voters.", set()),  # guard
    ],
)
def test_the_rail_trail(cli, trail: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, trail, text, "2025-10-10") == errors
