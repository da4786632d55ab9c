"""A city's police oversight board and a fair board's bonds as minutes and memos write them (issue 11, round 36):
bills numbered by year and serial, a roll call's "Name - Yes" lines, a board of nine ward seats and two at-large, a
lodge named by its acronym, a vice president beside a president, the public's speakers counted in two claims, and a
bond figure written in two agenda items whose roll calls differ; a memo whose author quotes herself ("As I told the
committee: ..."). Held against them: a word of her quotation changed. Not held: a serial's
year, "eleven in all", "eight against" beside the forty-three who spoke, "FOP Lodge 58", "Vice Pres.", a table's
Yes and No counts, the main motion's own tally, the amendment's.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """ALDER CITY COUNCIL
MINUTES OF THE REGULAR MEETING
Tuesday, March 10, 2026

Present: Council President Joan Okoro; Vice President Daniel Kessler; Councilmember Harriet Blum.

Forty-three members of the public addressed Council on Bill No. 2026-014. Thirty-five speakers supported the bill and
eight opposed it.

Carl Ehrhardt of Oakmont, president of Fraternal Order of Police Lodge 58, spoke against the bill.

Councilmember Blum moved that Bill No. 2026-014 be adopted. Vice President Kessler seconded.

Councilmember Blum - Yes
Vice President Kessler - Yes
Council President Okoro - No

Bill No. 2026-014 ADOPTED, 2-1.
"""

MEMO = """OFFICE OF THE CITY SOLICITOR
MEMORANDUM
FROM: Rebecca A. Lindqvist, City Solicitor
February 27, 2026

As I told the Public Safety Committee on February 17: "Subpoena power is lawful here, but it must be used sparingly and
by the full board."

Council would appoint nine members, one nominated by the councilmember for each ward, and the Mayor would appoint two
at-large members.
"""

FAIR = """FAIR BOARD
MINUTES
Tuesday, January 13, 2026

5a. AMENDMENT. Director Delgado moved to amend Resolution 2026-01 to raise the bond ceiling from $14.6 million to
$15.75 million. Director Kimura seconded.

The amendment was adopted 4-3.

5b. MAIN MOTION AS AMENDED. Director Lindqvist moved to adopt Resolution 2026-01 as amended, in the amount of $15.75
million. Director Okafor seconded.

Roll call on the main motion:
Director Delgado - Yes
Director Kimura - Yes
Director Lindqvist - Yes
Director Okafor - Yes
Director Stroud - No
Director Petersen - Yes
Director Hollenbeck - Yes

Resolution 2026-01 as amended was adopted 6-1.
"""


@pytest.fixture(scope="module")
def oversight(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("oversight"),
        [
            ("council-minutes", MINUTES, own_corpus.meta("council-minutes", "Council minutes", "minutes", "Alder City Council", "2026-03-12")),
            (
                "solicitor-memo",
                MEMO,
                own_corpus.meta("solicitor-memo", "Solicitor memo", "memo", "Office of the City Solicitor", "2026-02-27")
                + "author: Rebecca A. Lindqvist, City Solicitor\n",
            ),
            ("fair-minutes", FAIR, own_corpus.meta("fair-minutes", "Fair Board minutes", "minutes", "Fair Board", "2026-01-15")),
        ],
    )


TABLE = """| Vote | Yes | No | Result |
| --- | --- | --- | --- |
| Bill 2026-014 (create the board) | 2 | 1 | Adopted |
"""


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ("Public comment: forty-three people spoke, thirty-five for the bill and eight against.", set()),
        ("Each councilmember nominates one resident for their ward and the mayor appoints two at-large members, eleven in all.", set()),
        ("Carl Ehrhardt of Oakmont, president of FOP Lodge 58, spoke against the bill.", set()),
        ("Vice President Daniel Kessler seconded the bill.", set()),
        ("Vice Pres. Daniel Kessler seconded the bill.", set()),
        (TABLE, set()),
        ('In her memo, City Solicitor Rebecca A. Lindqvist warned that subpoena power "must be used rarely and by the full board."', {"rarely"}),
        ('In her memo, City Solicitor Rebecca A. Lindqvist warned that subpoena power "must be used sparingly and by the full board."', set()),
        ("On Jan. 13 the Fair Board voted 6-1 to borrow up to $15.75 million in bonds.", set()),
        ("On Jan. 13 the Fair Board voted 4-3 to raise the bond ceiling from $14.6 million to $15.75 million.", set()),
    ],
)
def test_an_oversight_draft_against_the_sources(cli, oversight: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, oversight, text, "2026-03-16") == errors
