"""An elections board's canvass minutes and a secretary of state's release, read for what is no event's date or
count (issue 11): a source named by its date ("the board's Nov. 23 canvass minutes", "the state's release earlier
this month"), the whole a part is of ("982 of 1,146"), an hour ("set to start at 9"), a street's name cut short
("West Mill St."), and a letter's "you said", which quotes the one it is written to.

Sources of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """KESTREL COUNTY BOARD OF ELECTIONS
220 West Mill Street, Alder Falls

MINUTES OF THE CANVASS, Monday, November 23, 2026

Director Brian Tolliver reported that 44,907 ballots were cast in the November 3, 2026 general election.

Deputy Director Marisol Echeverria reported that 1,146 provisional ballots were cast. Staff recommended that 982 be counted and that 164 be rejected.

"The hand tally of the 412 ballots matched the machine count exactly," Director Tolliver said.
"""

RELEASE = """FOR IMMEDIATE RELEASE
Thursday, December 3, 2026

COLUMBUS - The Kestrel County Board of Elections will begin a recount of the race for State Representative in the 71st House District at 9:00 a.m. on Monday, December 14, 2026, at the board's office at 220 West Mill Street in Alder Falls, the Secretary of State's office announced today.

"We will be ready on the fourteenth, and we will take as long as it takes to get it right," Director Tolliver said.

"Every ballot that can lawfully be counted will be counted," said Secretary of State Dana Whitcomb.
"""

SOURCES = [
    ("canvass-minutes", MINUTES, own_corpus.meta("canvass-minutes", "Minutes of the Canvass", "minutes", "Kestrel County Board of Elections", "2026-11-23")),
    ("sos-release", RELEASE, own_corpus.meta("sos-release", "Recount Ordered", "press release", "Office of the Secretary of State", "2026-12-03")),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(tmp_path_factory.mktemp("recount"), SOURCES)


@pytest.mark.parametrize(
    ("text", "as_of", "errors"),
    [
        # a source named by its date dates the source, not an event of it
        ("Figures come from the board's Nov. 23 canvass minutes and the Secretary of State's Dec. 3 release.", "2026-12-08", set()),
        (
            'Director Tolliver promised in the state\'s release earlier this month: "We will be ready on the fourteenth, and we will take as long as it takes to get it right."',
            "2026-12-14",
            set(),
        ),
        # the whole a part is of is no misstatement of the part
        ("Provisional: 982 of 1,146 counted; the board rejected the other 164.", "2026-12-08", set()),
        # an hour is no count
        ("We're at the board's office, 220 West Mill Street in Alder Falls, where the recount is set to start at 9.", "2026-12-14", set()),
        # a street's name cut short is the same street
        ("The recount will begin at 9 a.m. on Monday, Dec. 14, at the board's office at 220 West Mill St. in Alder Falls.", "2026-12-04", set()),
    ],
)
def test_what_is_no_events_date_or_count(cli, extracted: Path, text: str, as_of: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, as_of) == errors


LETTER = """Dear Secretary Whitcomb,

When you spoke after the canvass with Director Tolliver, you said "every ballot that can lawfully be counted will be counted."
You also said "the hand tally of the 412 ballots matched the machine count exactly."
"""


def test_a_letters_you_said_quotes_whom_it_is_to(cli, extracted: Path) -> None:
    # the first is the secretary's own words; the second is the director's, not the secretary's
    assert own_corpus.errors(cli, extracted, LETTER, "2026-12-10") == {"You"}


def test_you_said_after_a_name_called_on_is_theirs(cli, extracted: Path) -> None:
    # no letter: the one the question calls on by name is "you"
    question = '**Q:** Director Tolliver, you said "every ballot that can lawfully be counted will be counted." What did you mean?'
    assert own_corpus.errors(cli, extracted, question, "2026-12-10") == {"you"}
