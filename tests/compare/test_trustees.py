"""A college board's minutes, read as a newsroom reads them (issue 11, round 23): a roster's lines give each trustee's
post and home town; a surname of two words ("Red Cloud") is the trustee's own; of two people of one surname, the
post before it says which ("Vice Chair Sandvik"); a list after "Voting no:" are all noes; the tally says which of two
amendments a seconder seconded; an act done to a person ("was appointed by") is not the act the sources give to who
did it; "from $410,000 to just under $600,000" is the claim's "from $410,000 to $596,200"; a sign is the figure's.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """BOARD OF TRUSTEES OF NORTHFIELD STATE COLLEGE
MINUTES OF THE REGULAR MEETING
Thursday, April 9, 2026

TRUSTEES PRESENT:
Miriam Okonkwo-Hale, Chair, of Rapid Falls (appointed by Gov. Dana Whitcomb, D, 2019)
Peter Sandvik, Vice Chair, of Elk Ridge (appointed by Gov. Lyle Barnhart, R, 2022)
Joan Ferris, of Cedar Bend, Chair of the Facilities Committee (appointed by Gov. Barnhart, 2021)
Daniel Red Cloud, of Pine Hollow (appointed by Gov. Whitcomb, 2020)
Tomas Quill, Student Trustee, of Marlow (appointed by Gov. Barnhart, 2025)

1. CALL TO ORDER. Chair Okonkwo-Hale called the meeting to order at 9:00 a.m.

2. PUBLIC COMMENT. Ingrid Sandvik, a freshman in nursing and the daughter of Vice Chair Sandvik, spoke against the fee. "We budgeted for the old rates," she said.

3. AMENDMENT 1. Trustee Red Cloud moved to limit the student fee increase to 2 percent. Student Trustee Quill seconded. The amendment failed 2-3. Voting yes: Red Cloud, Quill. Voting no: Ferris, Sandvik, Okonkwo-Hale.

4. AMENDMENT 2. Trustee Ferris moved to require a report on the housing reserve at the board's meeting of October 1, 2026. Vice Chair Sandvik seconded. The amendment carried 5-0.

5. CHANGE ORDER. The board approved a change order increasing the architect's contract from $410,000 to $596,200, an increase of $186,200.

6. ENROLLMENT. Fall enrollment changed by -3.5% from fall 2025, to 4,412 students. The lake intake sits at a depth of -16 feet below the pier.
"""

SOURCES = [("trustees", MINUTES, own_corpus.meta("trustees", "Minutes of the Regular Meeting", "minutes", "Northfield State College", "2026-04-10"))]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(tmp_path_factory.mktemp("trustees"), SOURCES)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a roster's line: the name, the post, then the town
        ("Board Chair Miriam Okonkwo-Hale, of Elk Ridge, opened the meeting.", {"Elk Ridge"}),
        ("Board Chair Miriam Okonkwo-Hale, of Rapid Falls, opened the meeting.", set()),
        ("Trustee Joan Ferris, of Marlow, moved to require a report on the housing reserve.", {"Marlow"}),
        # a surname of two words is the full name's
        ("Trustee Daniel Red Cloud of Pine Hollow moved to limit the student fee increase to 2 percent.", set()),
        # who appointed a trustee: a governor told apart by name, not by the title both share
        ("Trustee Daniel Red Cloud, appointed by Gov. Barnhart, moved to limit the student fee increase to 2 percent.", {"Gov. Barnhart"}),
        ("Trustee Daniel Red Cloud, appointed by Gov. Whitcomb, moved to limit the student fee increase to 2 percent.", set()),
        # the tally says which amendment: the 2 percent cap failed 2-3, seconded by Quill
        ("Vice Chair Peter Sandvik seconded his amendment, but it failed 2-3.", {"Peter Sandvik"}),
        ("Student Trustee Tomas Quill seconded his amendment, but it failed 2-3.", set()),
        # of two Sandviks, the Vice Chair seconded the housing report
        ("Ferris's amendment on the housing reserve report, seconded by Trustee Quill, carried 5-0.", {"Quill"}),
        ("Ferris's amendment on the housing reserve report, seconded by Vice Chair Sandvik, carried 5-0.", set()),
        # a list after "Voting no:" is every no
        ("Vice Chair Peter Sandvik voted no on the 2 percent cap on the student fee increase.", set()),
        ("Tomas Quill voted no on the 2 percent cap on the student fee increase.", {"Tomas Quill"}),
        # whom an act was done to is not who did it
        ("Daniel Red Cloud was appointed to the board by Gov. Dana Whitcomb in 2020.", set()),
        # the figure after one the claim states too
        ("The change order took the architect's contract from $410,000 to just under $600,000.", set()),
        ("The change order took the architect's contract from $410,000 to about $650,000.", {"about $650,000"}),
    ],
)
def test_a_boards_minutes_read_whole(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-04-20") == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a sign the draft writes is held against the claim's
        ("Fall enrollment changed by +3.5% from fall 2025, to 4,412 students.", {"+3.5%"}),
        ("Fall enrollment changed by -3.5% from fall 2025, to 4,412 students.", set()),
        # a writer says the direction in words: "16 feet below" is no misstatement of "-16 feet"
        ("The lake intake sits 16 feet below the pier.", set()),
    ],
)
def test_a_signed_figure(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-04-20") == errors
