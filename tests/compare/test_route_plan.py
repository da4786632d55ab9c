"""A school board's bus contract as its minutes, its transportation report and a parents' letter write it (issue 11,
rounds 50-53): a motion that names the report it adopts by its day and what starts later was still voted on the
meeting's day; a table's heading row names when its columns hold; a sum over five years is no first-year cost; a tally
the motion amended has is that motion's; "he said" after "He and his wife, Marian" is not Marian; "She" after a surname
two people share is either of them; "whose April 18 report" is the one report by that author; a roll call's "Yes (2):"
lines, and its "Lang, no" of the director, not his nephew; the body closing a person's post; the words that tell which
motion, and a bare tally of one roll call; the clause a name's words are in; "last week's draft minutes".

A corpus of our own run through the real `extract` and `verify`. The rows marked "guard" pass on the code before these
fixes too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """MILLBROOK VALLEY SCHOOL DISTRICT
BOARD OF SCHOOL DIRECTORS
MINUTES OF THE REGULAR MEETING
Tuesday, May 13, 2025

Present: President Carol Dunmore; Directors Nora Becker, Sam Ortiz, Paul Ostrowski, Helen Vance, Victor Lang and Irene Szabo.

ALSO PRESENT: Kevin Ashworth, Managing Director, Westbrook Municipal Advisors

6. ROUTE PLAN
Director Sam Ortiz moved, seconded by Director Helen Vance, to adopt the plan of 31 routes presented in the Director of Transportation's report of April 28, 2025, effective August 25, 2025.
Roll call: Dunmore, yes; Becker, yes; Ortiz, yes; Ostrowski, yes; Vance, yes; Lang, yes; Szabo, no. The motion carried 6-1.

7. RESOLUTION 2025-9, TRANSPORTATION AGREEMENT
Director Lang disclosed that his nephew, Eli Lang, drives for Ridgeline Coach Company.
Business Manager Lena Fry summarized the agreement: five school years, July 1, 2025, through June 30, 2030, at a first-year cost of $1,912,400, with annual increases of no more than 3 percent.
Director Paul Ostrowski moved to adopt Resolution 2025-9. Director Helen Vance seconded.
Director Nora Becker moved to amend the resolution to require Ridgeline Coach Company to keep every elementary ride on its transportation routes under 45 minutes. Director Sam Ortiz seconded.
Roll call on the amendment: Dunmore, yes; Becker, yes; Ortiz, yes; Ostrowski, no; Vance, yes; Lang, no; Szabo, no. The amendment carried 4-3.
Roll call on Resolution 2025-9 as amended: Dunmore, yes; Becker, yes; Ortiz, yes; Ostrowski, yes; Vance, yes; Lang, no; Szabo, no. The motion carried 5-2.

Director Helen Vance asked the superintendent to hold a public information session on the routes. Superintendent Maria Alvarez said a session would be scheduled for Thursday, June 12, at 7 p.m. in the high school library.

8. PARENT APP
Director Irene Szabo moved, seconded by Director Victor Lang, to approve a subscription to the BusBeacon parent app at $21,600 a year, beginning with the 2025-26 school year. The motion carried 7-0.

9. FIELD TRIPS
Director Victor Lang moved, seconded by Director Paul Ostrowski, to approve an agreement with Ridgeline Coach Company for field-trip transportation for three school years, July 1, 2025, through June 30, 2028, at a first-year cost of $84,000, as presented in the Director of Transportation's report of April 28, 2025.
The motion carried 6-0, Director Becker abstaining.

10. ORCHARD ROAD
Director Helen Vance moved, seconded by Director Nora Becker, to delay the changes to the Orchard Road routes until the 2026-27 school year.
Roll call on the delay:
Yes (2): Vance, Becker.
No (5): Dunmore, Ortiz, Ostrowski, Lang, Szabo.
The motion failed, 2-5.
"""

REPORT = """MILLBROOK VALLEY SCHOOL DISTRICT
Report of the Director of Transportation
From: Gregory Lund, Director of Transportation
Date: Monday, April 28, 2025

Contract start: July 1, 2025

This report recommends a new transportation agreement to replace the contract with Marlow Bus Lines, which expires on June 30, 2025. Marlow Bus Lines has driven the district's routes since 2018.

The first-year cost of the Ridgeline bid is $1,912,400, compared with $2,050,000 paid to the current carrier in the 2024-25 school year.

| School level | 2024-25 start | 2025-26 start |
| --- | --- | --- |
| High school | 7:40 a.m. | 7:30 a.m. |
"""

LETTER = """Millbrook Parents for Safe Rides
May 2, 2025

Dear members of the Board,

Our co-chair, Dennis Albrecht, drove a bus for this district for twenty-two years. He and his wife, Marian, live on Orchard Road. "I drove these roads for twenty-two years," he said. "I also want my grandchildren to get to school in under an hour."

Ruth Keller and her brother, Tom Keller, gathered 640 signatures. "We are not against new buses. We are against finding out after the vote," said Ruth Keller.

State Rep. Ida Sorensen wrote to the board on April 30 in support of the families and of their request.

We ask the board to hold off on the Orchard Road changes for a year.

Sincerely,

Dennis Albrecht, Co-chair
"""


@pytest.fixture(scope="module")
def routes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("routes"),
        [
            ("minutes", MINUTES, own_corpus.meta("minutes", "Board minutes", "minutes", "Millbrook Valley School District", "2025-05-19")),
            ("report", REPORT, own_corpus.meta("report", "Transportation report", "report", "Millbrook Valley School District", "2025-04-28")),
            ("letter", LETTER, own_corpus.meta("letter", "Parents' letter", "letter", "Millbrook Parents for Safe Rides", "2025-05-02")),
        ],
    )


def test_he_is_not_the_wife_named_after_him(routes: Path) -> None:
    quotes = [c for c in own_corpus.proposed(routes, "letter", "claims") if c["kind"] == "quote"]
    speakers = {c.get("speaker") for c in quotes if "grandchildren" in c["statement"] or "twenty-two" in c["statement"]}
    assert speakers == {"dennis-albrecht"}


@pytest.mark.parametrize(
    ("text", "as_of", "errors"),
    [
        # the meeting's day, though the motion names the report's day and the days its agreement runs
        (
            "Last month the Board of School Directors approved a three-year agreement with Ridgeline Coach Company for field trips, which starts July 1.",
            "2025-06-05",
            set(),
        ),
        ("Last Tuesday the board voted 6-1 to adopt the plan of 31 routes presented in the transportation director's report.", "2025-05-20", set()),  # guard
        (
            "Last Thursday the board voted 6-1 to adopt the plan of 31 routes presented in the transportation director's report.",
            "2025-05-20",
            {"Last Thursday"},
        ),  # guard
        # a school year agreeing by its year, of another motion, tells no day of the vote
        ("Last Tuesday the board approved a five-year transportation agreement and the plan of 31 routes.", "2025-05-20", set()),  # guard
        # the motion amended has the tally; the sentence names no amendment
        ("The board voted 5-2 to sign the transportation agreement with Ridgeline Coach Company.", "2025-05-20", set()),  # guard
        ("The board voted 4-3 to amend the agreement with Ridgeline Coach Company.", "2025-05-20", set()),  # guard
        # the one source of the kind named right after the day, by someone its claims name
        ("Transportation Director Gregory Lund, whose April 18 report laid out the plan, drove every route.", "2025-05-20", {"April 18"}),
        ("Transportation Director Gregory Lund, whose April 28 report laid out the plan, drove every route.", "2025-05-20", set()),  # guard
        # ... not another's writing the source quotes, though the sentence names its author too
        ("Rep. Ida Sorensen, in her April 30 letter read aloud by Albrecht, backed the families.", "2025-05-20", set()),
        # a roll call's lines with their counts: "Yes (2): Vance, Becker."
        ("Only Directors Vance and Lang voted for the Orchard Road delay, which failed 2-5.", "2025-05-20", {"Lang"}),
        ("Only Directors Vance and Becker voted for the Orchard Road delay, which failed 2-5.", "2025-05-20", set()),  # guard
        # a tally one motion of those minutes has, and words of no motion: that motion's
        ("On the final vote the tally was 6-1, with Director Victor Lang the lone no.", "2025-05-20", {"Victor Lang"}),
        ("On the final vote the tally was 6-1, with Director Irene Szabo the lone no.", "2025-05-20", set()),  # guard
        # "Lang, no" is the director, not his nephew the minutes name
        ("Director Victor Lang voted against the transportation resolution, which carried 5-2.", "2025-05-20", set()),
        # the words of the motion, not "amendment", tell which one Becker is said to have moved
        ("Director Nora Becker moved to grant the Orchard Road delay, but the amendment failed 2-5.", "2025-05-20", {"Nora Becker"}),  # guard
        ("Director Nora Becker moved the delay, but the amendment failed 2-5.", "2025-05-20", {"Nora Becker"}),
        # the clause naming the one who asked is not the clause another's words back
        (
            "Come to the information session on Thursday, June 12, at 7 p.m. in the high school library; Director Helen Vance asked for it.",
            "2025-05-20",
            set(),
        ),  # guard
        # "last week's draft minutes": of last week's meeting, posted this week
        ("The board meets next on Tuesday, June 10, when last week's draft minutes are up for approval.", "2025-05-21", set()),  # guard
        # "since 2018" starts what the claim's June 30, 2025 ends
        ("Ridgeline replaces Marlow Bus Lines, which had held the transportation contract since 2018.", "2025-05-20", set()),  # guard
        # a writing named by its day that a claim dates is held against that day
        ("The board adopted the plan of 31 routes presented in the transportation director's April 29 report.", "2025-05-20", {"April 29"}),  # guard
        ("The board adopted the plan of 31 routes presented in the transportation director's April 28 report.", "2025-05-20", set()),  # guard
    ],
)
def test_the_votes(cli, routes: Path, text: str, as_of: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, routes, text, as_of) == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a sum over the contract's five years, which no source gives
        ("- **$10.15 million**: the most the Ridgeline contract can cost over five years", set()),
        ("The first-year cost of the Ridgeline bid is $1,921,400.", {"$1,921,400"}),  # guard
        # the heading row names when each column holds: no event, and no date read in step with another
        ("| School level | This year | Starting in August |\n| --- | --- | --- |\n| High school | 7:40 a.m. | 7:30 a.m. |", set()),
        ("| Route plan | Through Aug. 24 | Aug. 25, 2025 |\n| --- | --- | --- |\n| Routes | 38 | 31 |", set()),
    ],
)
def test_figures_and_tables(cli, routes: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, routes, text, "2025-05-20") == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the firm closing the post the name is given is the person's body
        ("Kevin Ashworth, managing director of Ridgeline Coach Company, spoke to the board.", {"Ridgeline Coach Company"}),
        ("Kevin Ashworth, managing director of Westbrook Municipal Advisors, spoke to the board.", set()),  # guard
    ],
)
def test_the_body_a_post_is_of(cli, routes: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, routes, text, "2025-05-20") == errors


def test_she_may_be_either_one_of_a_surname(cli, routes: Path) -> None:
    text = 'Director Helen Vance seconded the route plan. "We are not against new buses," said Keller, a parent.\nShe said the group is "against finding out after the vote."'
    assert own_corpus.errors(cli, routes, text, "2025-05-20") == set()
