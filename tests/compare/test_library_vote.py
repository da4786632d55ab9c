"""A library board's minutes, its director's report and a friends' letter (issue 11, rounds 59-60): an item's title
line says what "moved to adopt Resolution 2026-07" moved; the roll call of an amendment between an item's figure and
its own roll call is the amendment's, not the item's; "moved an amendment" tells of the motion that amends; a sentence
whose words fit several motions alike is told by the sentence before; "today" timing a figure or a state in the
present tense ("up from about 41,000 items today", "today's limit") dates no event; a party tag's town (", D-Milford,",
", R-Glen Harbor,") is no person; of two speakers in one sentence, each one's words stop at the other's clause; a
change in percent is what the sentence's own two figures work out to; "opposed it, warning that" gives the quotation
to the subject.

A corpus of our own run through the real `extract` and `verify`. The rows marked "guard" pass on the code before these
fixes too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """HARTWELL PUBLIC LIBRARY BOARD OF TRUSTEES
MINUTES OF THE REGULAR MEETING
Monday, March 16, 2026

Present: President Nora Quist; Vice President Leon Abara; Trustees Gail Fenwick, Pete Moravec and Sandra Obi.

NEW BUSINESS

B. Resolution 2026-07, awarding a contract for the renovation of the Elm Street branch.
Director Carla Fenn presented the bid results. Four bids were opened on March 2. The low bid, $2,318,400 from Calder Brothers Builders of Milford, is about 3 percent below the architect's estimate.

Trustee Fenwick moved to adopt Resolution 2026-07. Trustee Moravec seconded.

Amendment. Trustee Obi moved to amend the resolution to require monthly progress reports to the Board and a goal that local subcontractors perform 15 percent of the work. Vice President Abara seconded.
Trustee Moravec said the goal "could slow the job down."
Roll call on the amendment:
  Yes: Abara, Obi, Quist
  No: Fenwick, Moravec
The amendment was adopted, 3-2.

Discussion on the main motion, as amended.
Trustee Moravec said: "The branch has waited long enough, but not this way."
Trustee Obi said the reports would keep the public informed.
President Quist said: "This is the most patrons this branch has seen in years."
Roll call on Resolution 2026-07, as amended:
  Yes: Fenwick, Abara, Obi, Quist
  No: Moravec
Resolution 2026-07, as amended, was adopted, 4-1.

PUBLIC COMMENT
Hal Berg, 14 Oak Lane, asked when the Elm Street branch would reopen. Director Fenn answered that the branch is scheduled to reopen in May 2027, weather permitting.

C. Resolution 2026-08, accepting a $150,000 state library grant for new shelving.
Trustee Abara moved to adopt Resolution 2026-08. Trustee Obi seconded. Resolution 2026-08 was adopted, 5-0.
"""

REPORT = """HARTWELL PUBLIC LIBRARY
Report of the Director
Prepared by Carla Fenn, Director
Date: Monday, March 9, 2026

Four bids were opened on Monday, March 2, 2026. The low bid was $2,318,400 from Calder Brothers Builders of Milford.
Construction, first phase: November 2, 2026, to February 12, 2027.
In 2025 the Elm Street branch lent 48,200 items to 6,100 card holders.
The renovated Elm Street branch will hold 60,000 items, up from about 41,000 items.
Visits to the Elm Street branch fell from 52,400 in 2024 to 41,900 in 2025.
The state grant was approved in the 2026 state budget with the support of state Sen. Walter Brisbane, R-Glen Harbor, ranking member of the
Senate Education Committee, and state Rep. Ada Lind, D-Milford, chair of the House Library Committee.
"""

LETTER = """Friends of the Hartwell Public Library
March 10, 2026

Dear Trustees,

The Friends were founded in June 1998 to support the branches. We would welcome a meeting with the board on April 20, 2026, to discuss the schedule.
We ask that the board keep the Elm Street branch's children's room open during construction.

Sincerely,
Ruth Ames, President
"""


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("library_vote"),
        [
            (
                "minutes",
                MINUTES,
                own_corpus.meta("minutes", "Hartwell Public Library Board of Trustees: minutes", "minutes", "Hartwell Public Library", "2026-03-20"),
            ),
            ("report", REPORT, own_corpus.meta("report", "Director's report", "report", "Hartwell Public Library", "2026-03-09")),
            ("letter", LETTER, own_corpus.meta("letter", "Friends' letter", "letter", "Friends of the Hartwell Public Library", "2026-03-10")),
        ],
    )


def test_a_party_tags_town_is_the_legislators_home_and_no_person(library: Path) -> None:
    people = {e["name"]: e for e in own_corpus.proposed(library, "entities", "entities") if e["type"] == "person"}
    assert not set(people) & {"Milford", "Glen Harbor"}
    given = {(a["attribute"], a["value"]) for a in people["Walter Brisbane"]["attributes"]}
    assert {("home", "Glen Harbor"), ("role", "ranking member of the Senate Education Committee")} <= given


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the item's figure, then the amendment's roll call, then the item's own "as amended"
        ("The trustees voted 4-1 to award the $2,318,400 renovation contract to Calder Brothers Builders.", set()),
        ("The trustees voted 3-2 to award the $2,318,400 renovation contract to Calder Brothers Builders.", {"3-2"}),
        # "the resolution" is any of three: the sentence before says which
        (
            "The trustees voted 4-1 to award the Elm Street renovation contract. The resolution was moved by Trustee Gail Fenwick "
            "and seconded by Trustee Pete Moravec.",
            set(),
        ),  # guard
        (
            "The trustees voted 4-1 to award the Elm Street renovation contract. The resolution was moved by Trustee Pete Moravec "
            "and seconded by Trustee Gail Fenwick.",
            {"Pete Moravec"},
        ),
        # the one who asked, then the one who told: the words after the asking are the teller's
        ("When Hal Berg asked about timing, Fenn told the board May 2027, weather permitting.", set()),
        ("When Hal Berg asked about timing, Fenn told the board June 2027, weather permitting.", {"June 2027"}),  # guard
        # a writer's writing by its kind, right before its date
        ("The Friends' letter last week asks the board to keep the children's room open during construction.", set()),  # guard
        # an amendment in a clause of its own says nothing of which motion the mover moved
        (
            "Trustee Pete Moravec moved the renovation resolution in March, and it passed 4-1 after an amendment added monthly progress reports.",
            {"Pete Moravec"},
        ),  # guard
        # two speakers of one sentence: each one's words run to the other's clause
        ("Trustee Pete Moravec said the goal could slow the job down, and Trustee Sandra Obi said the reports would keep the public informed.", set()),
        # "warning that": the subject before the participle speaks the quotation
        ('Trustee Sandra Obi opposed the goal, warning that it "could slow the job down."', {"Sandra Obi"}),
        ('Trustee Pete Moravec opposed the goal, warning that it "could slow the job down."', set()),  # guard
        # "moved an amendment": the motion that amends
        ("Before the final vote, Trustee Sandra Obi moved an amendment that adds two conditions.", set()),  # guard
        ("Before the final vote, Trustee Gail Fenwick moved an amendment that adds two conditions.", {"Gail Fenwick"}),
    ],
)
def test_the_library_vote(cli, library: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, library, text, "2026-04-01") == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # "today" timing a figure in the present tense: no event the 2025 claim dates
        ("The Elm Street branch will hold 60,000 items for its card holders, up from about 41,000 items today.", set()),
        ("The Elm Street branch lends to 6,100 card holders, and holds about 41,000 items today.", set()),
        ("The Elm Street branch will hold 60,000 items for its card holders, up from about 14,000 items today.", {"about 14,000"}),
        # a change in percent is what the sentence's own two figures work out to, though no source states it
        ("Visits to the branch fell from 52,400 in 2024 to 41,900 in 2025, a drop of about 30 percent.", {"about 30 percent"}),
        ("Visits to the branch fell from 52,400 in 2024 to 41,900 in 2025, a drop of about 20 percent.", set()),  # guard
    ],
)
def test_the_library_report_a_year_on(cli, library: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, library, text, "2027-01-20") == errors
