"""A university's tuition vote as its regents' minutes write it (issue 11, round 38): a roster of "Regent Thomas Waite
(Gaylord);", a main motion, an amendment, a freeze that died for lack of a second, and a roll call for each of the two
voted on. Held: the amendment's roll call against a table's column headed by its mover's name ("Ibarra amendment"),
not the main motion's, which came after the freeze that was never voted on; a table's "Home town" cell against the
roster's town. Not held: "voted 6-2 ... after Regent Carlos Ibarra moved to amend" against the main motion's mover;
a newsletter's masthead "Fall 2025" against the sources' years. Held: "the Harlow Democrat who chairs the House
appropriations subcommittee" for the chair of the Senate's.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """BOARD OF REGENTS, NORTHERN LAKES STATE UNIVERSITY
MINUTES OF THE REGULAR MEETING
Friday, June 13, 2025

PRESENT: Chair Margaret Lindqvist (Petoskey); Vice Chair Raymond Okafor (Traverse City); Regent Daniel Brezinski (Harlow); Regent Helen Marsh-Tate (Cadillac); Regent Carlos Ibarra (Saginaw); Regent Judith Penner (Alpena); Regent Thomas Waite (Gaylord); Regent Susan Achterberg (Grand Rapids).

In 2024 the university enrolled 8,400 students.

ACTION ITEM: RESOLUTION 2025-31, FISCAL YEAR 2026 TUITION

Vice Chair Okafor moved to approve Resolution 2025-31 as presented: in-state undergraduate tuition of $440 per credit hour (6.8 percent). Regent Penner seconded.

Regent Ibarra moved to amend Resolution 2025-31 to set in-state undergraduate tuition at $432 per credit hour, an increase of 4.9 percent, and to direct the President to identify $1.8 million in reductions. Regent Marsh-Tate seconded.

Regent Brezinski moved to amend the resolution to freeze in-state undergraduate tuition. The motion died for lack of a second.

Roll call on the Ibarra amendment:
Yes: Regents Achterberg, Brezinski, Ibarra, Marsh-Tate, and Chair Lindqvist.
No: Vice Chair Okafor, Regents Penner and Waite.
The amendment was adopted, 5-3.

Roll call on Resolution 2025-31 as amended:
Yes: Regents Achterberg, Ibarra, Marsh-Tate, Penner, Vice Chair Okafor, and Chair Lindqvist.
No: Regents Brezinski and Waite.
The resolution as amended was adopted, 6-2.
"""

RESOLUTION = """ASSOCIATED STUDENTS, RESOLUTION 2025-14

3. That the Student Senate calls on State Sen. Maria Ortega (D-Harlow), chair of the Senate Appropriations Subcommittee on Higher Education, to support an increase in the university's state appropriation.
"""

TABLE = """| Regent | Home town | Ibarra amendment | Final resolution |
| --- | --- | --- | --- |
{row}"""


@pytest.fixture(scope="module")
def regents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("regents"),
        [
            ("regents-minutes", MINUTES, own_corpus.meta("regents-minutes", "Regents minutes", "minutes", "Board of Regents", "2025-06-18")),
            ("resolution", RESOLUTION, own_corpus.meta("resolution", "Resolution 2025-14", "resolution", "Associated Students", "2025-04-22")),
        ],
    )


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        (TABLE.format(row="| Helen Marsh-Tate | Cadillac | Yes | Yes |"), set()),
        (TABLE.format(row="| Helen Marsh-Tate | Cadillac | No | Yes |"), {"No"}),
        (TABLE.format(row="| Raymond Okafor, vice chair | Traverse City | No | Yes |"), set()),
        # "For" and "Against" are a table's votes too
        (TABLE.format(row="| Helen Marsh-Tate | Cadillac | Against | For |"), {"Against"}),
        (TABLE.format(row="| Helen Marsh-Tate | Cadillac | For | For |"), set()),
        # an amendment's tally, though a motion that died for lack of a second is among those the words tell of
        ("Before the final vote, the board approved 6-1 an amendment from Regent Ibarra making the increase smaller.", {"6-1"}),
        (TABLE.format(row="| Thomas Waite | Gaylord | No | No |"), set()),
        (TABLE.format(row="| Thomas Waite | Petoskey | No | No |"), {"Petoskey"}),
        ("The regents voted 6-2 for the smaller increase after Regent Carlos Ibarra moved to amend the administration's 6.8% plan.", set()),
        ("The regents voted 6-2 after Regent Carlos Ibarra moved to approve the resolution as presented.", {"Carlos Ibarra"}),
        ("## Northern Lakes Parents | Fall 2025", set()),
        # a post's body written in lower case past its one capitalised word, after an appositive
        ("I hope Sen. Maria Ortega, the Harlow Democrat who chairs the House appropriations subcommittee on higher education, hears them.", {"House"}),
        ("I hope Sen. Maria Ortega, the Harlow Democrat who chairs the Senate appropriations subcommittee on higher education, hears them.", set()),
    ],
)
def test_tuition_vote(cli, regents: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, regents, text, "2025-09-26") == errors
