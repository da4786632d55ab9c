"""A city's lead-line loan and water rates as its council minutes and utility memo write them (issue 11, round 45): a
title of two words before a surname ("Corporation Counsel Pell noted ..."), children counted with their age bound
("46 children under age six"), a date led in by "Starting" at the sentence's start, and a rate increase the sentence
sets ahead ("will raise water bills ... in January") beside an ordinance signed days before.

A corpus of our own run through the real `extract` and `verify`. The last two rows pass on the code before these fixes
too (guards: round 45's own draft, kept in probes/, is where the signing's date was held against a rate of January).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """ASHGROVE COMMON COUNCIL
MINUTES OF THE REGULAR MEETING
Tuesday, October 7, 2025

Also present: Mayor Lena Hartwell; Victor Osei, Director of Water Utilities; Dana Pruett, Corporation Counsel.

Director Osei presented the department's memo. The typical residential bill would rise from $38.20 to $44.10 a month on January 1, 2026.

Councilor Brandt moved to adopt Resolution 2025-80 accepting a state loan of $16 million; Councilor Amsel seconded. Corporation Counsel Pruett noted that $3.5 million of the loan is principal forgiveness.
Roll call: Ayes (7). Nays (2). Resolution 2025-80 adopted, 7-2.

Director Osei said crews would "start the first Monday in March."

Clerk's note: the rate ordinance was signed by Mayor Hartwell on Wednesday, October 8, 2025.
"""

MEMO = """ASHGROVE DEPARTMENT OF WATER UTILITIES
Memo to the Council, Monday, September 8, 2025

The Pell County Health Department reported 38 children under age six in Ashgrove with elevated blood lead levels in 2024.
"""


@pytest.fixture(scope="module")
def loan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("loan"),
        [
            ("minutes", MINUTES, own_corpus.meta("minutes", "Council minutes", "minutes", "City of Ashgrove", "2025-10-09")),
            ("memo", MEMO, own_corpus.meta("memo", "Utility memo", "memo", "Ashgrove Department of Water Utilities", "2025-09-08")),
        ],
    )


def test_a_title_of_two_words_is_no_part_of_the_name(loan: Path) -> None:
    people = {e["name"] for e in own_corpus.proposed(loan, "entities", "entities") if e["type"] == "person"}
    assert "Dana Pruett" in people
    assert not any(name.startswith("Corporation") for name in people), people


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the person the minutes name both ways is one: no words of his given to another
        ("Of that loan, $3.5 million is principal forgiveness the city will not have to repay, Corporation Counsel Dana Pruett told the council.", set()),
        # an age bound after a count of children is their age, not a misstated count
        ("The Pell County Health Department reported 38 Ashgrove children under six with elevated blood lead levels last year.", set()),
        ("The Pell County Health Department reported 83 Ashgrove children under six with elevated blood lead levels last year.", {"83"}),
        # "Starting" leads the date in: the date is the bill's, not the crews' start
        ("Starting in January, the typical monthly bill goes from $38.20 to $44.10.", set()),
        ("Starting in February, the typical monthly bill goes from $38.20 to $44.10.", {"in February"}),
        # a date the sentence sets ahead is no misdated signing of days before; the signing's own month is held
        ("Mayor Lena Hartwell on Wednesday signed the rate ordinance that will raise water bills across the city in January.", set()),
        ("Mayor Lena Hartwell signed the rate ordinance in September.", {"in September"}),
    ],
)
def test_the_loan_and_rates(cli, loan: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, loan, text, "2025-10-12") == errors
