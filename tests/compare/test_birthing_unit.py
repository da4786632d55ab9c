"""A hospital board closing its birthing unit, and a union's statement on it (issue 11, round 24): a share that
restates a count (", or 36 percent") is about what the count is about; a hedged share is the agreeing figure framed
better than a closer claim's other one; a relative date set beside the date it is ("three weeks ago, on Tuesday,
March 10") is that date; a table's column headed "Ward" gives the row's person a seat, no figure, held against the
roster's "Paul Okafor (Ward 2)"; a name alone on its line (a comment's author) is no speaker of the next line's
quotation.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """PRAIRIE COUNTY MEMORIAL HOSPITAL
BOARD OF TRUSTEES, MINUTES OF THE REGULAR MEETING
Tuesday, March 10, 2026

Present: Margaret Lindqvist (Ward 1), Paul Okafor (I, Ward 2), Dana Ruiz (Ward 3).

On Tuesday, March 10, the board voted 2-1 to close the Family Birthing Center on June 30, 2026. The unit will lose $1,250,000 over five years, or about $250,000 per year, roughly 2 percent of the hospital's annual budget.
"""

STATEMENT = """NURSES UNITED LOCAL 88
Statement, Wednesday, March 11, 2026

According to the union, five of the birthing center's 14 budgeted nursing positions, or 36 percent, have been vacant since August 2025. The union's scheduling records show that 29 percent of the unit's shifts last year were filled by agency travel nurses.

"We cannot staff a unit the board has already decided to starve," said union president Alma Reyes.
"""

SOURCES = [
    ("minutes", MINUTES, own_corpus.meta("minutes", "Minutes of the Regular Meeting", "minutes", "Prairie County Memorial Hospital", "2026-03-11")),
    ("statement", STATEMENT, own_corpus.meta("statement", "Statement on the Birthing Center", "press release", "Nurses United Local 88", "2026-03-11")),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(tmp_path_factory.mktemp("birthing"), SOURCES)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the share restates the count of budgeted positions
        ("The nurses say more than a third of the unit's budgeted nursing positions have sat empty since last summer.", set()),
        ("The nurses say more than half of the unit's budgeted nursing positions have sat empty since last summer.", {"more than half"}),
        # a sum per year restates the five-year sum
        ("The unit loses roughly $250,000 a year, about 2% of the hospital's budget.", set()),
        # the relative date rounds the date beside it
        ("Just over three weeks ago, on Tuesday, March 10, the hospital board voted to close the Family Birthing Center.", set()),
        ("Just over three weeks ago, on Tuesday, March 12, the hospital board voted to close the Family Birthing Center.", {"March 12"}),
        # a table's column of wards: the row's seat, held against the roster's "Paul Okafor (Ward 2)"
        ("| Trustee | Ward | Vote |\n|---|---|---|\n| Paul Okafor | 2 | Yes |", set()),
        ("| Trustee | Ward | Vote |\n|---|---|---|\n| Paul Okafor | 3 | Yes |", {"3"}),
        # a roster's "(I, Ward 2)": the party before the seat
        ("| Trustee | Ward | Vote |\n|---|---|---|\n| Paul Okafor (R) | 2 | Yes |", {"R"}),
        # a comment's author, on a line of their own
        ('**Hal Briggs**\nTheir president says "We cannot staff a unit the board has already decided to starve." Right.', set()),
    ],
)
def test_a_hospital_boards_vote(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-04-02") == errors
