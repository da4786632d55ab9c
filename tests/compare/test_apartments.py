"""A housing director's report (issue 11, round 63): a figure the sentence states as another of its own figures is
that figure's, not a misstatement of the one beside it. "84 apartments: 30 in the original building and 54 in a new
wing" holds the report's 30 as its own 30, so the 84 is not the 30 misstated (compare/stated_elsewhere.besides).

A corpus of our own run through the real `extract` and `verify`. The rows marked "guard" pass on the code before this
change too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

REPORT = """CITY OF HARWICK
Department of Housing
Report of the Housing Director
Date: Thursday, September 4, 2025

Riverside proposes Whitmore Commons, an 84-unit affordable rental community on the former Whitmore Elementary site.
The original 1927 building, about 41,000 square feet, will be preserved and converted into 30 apartments.
A new four-story wing on the former bus loop will hold the other 54.
The total development cost is $31.6 million.
"""


@pytest.fixture(scope="module")
def housing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted(
        tmp_path_factory.mktemp("apartments"),
        "report",
        REPORT,
        own_corpus.meta("report", "Housing director's report", "report", "City of Harwick", "2025-09-04"),
    )


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ("Riverside plans 84 apartments: 30 in the original 1927 building and 54 in a new four-story wing on the old bus loop.", set()),
        ("Riverside plans 84 apartments: 30 in the original 1927 building and 45 in a new four-story wing on the old bus loop.", {"45"}),
    ],
)
def test_a_figure_the_sentence_states_is_its_own(cli, housing: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, housing, text, "2025-09-26") == errors
