"""A transit district's rapid bus line as its board minutes and its general manager's report write it (issue 11, round
53): a figure tied to a route the sentence's other figure of that route states; a level is no change; a day between
"told" and "that" is the telling's.

A corpus of our own run through the real `extract` and `verify`. The rows marked "guard" pass on the code before these
fixes too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """RIVERTON AREA TRANSIT DISTRICT
BOARD OF DIRECTORS
MINUTES OF THE REGULAR MEETING
Thursday, March 12, 2026

Present: Chair Walter Brandt; Directors Alma Ruiz, Tobias Fenn, Greta Holm and Omar Said.

4. GENERAL MANAGER'S REPORT
General Manager Priya Nandakumar summarized her written report of March 6. She noted that the U.S. Department of Transportation had announced on Tuesday, Feb. 3, a $50 million grant for the Blue Line, "the biggest grant in our district's history." She said the district expects to sign the grant agreement in June 2026.

5. BLUE LINE CONTRACT
Director Alma Ruiz moved, seconded by Director Tobias Fenn, to award the Blue Line construction contract to Halvorsen Builders for $61.7 million.
Roll call: Brandt, yes; Ruiz, yes; Fenn, yes; Holm, no; Said, yes. The motion carried 4-1.
"""

REPORT = """RIVERTON AREA TRANSIT DISTRICT
General Manager's Report
From: Priya Nandakumar, General Manager
Date: Friday, March 6, 2026

Travel time. A trip from end to end on Route 9 now takes 47 minutes at rush hour. The Blue Line is expected to make the same trip in 33 minutes, a saving of 14 minutes. Route 9 buses now come every 20 minutes; Blue Line buses will come every 12 minutes.

Cost. The project's estimated cost is $88.4 million, up from $73.0 million in the estimate of May 2024. The increase of $15.4 million, about 21 percent, reflects higher prices for steel and two added stations.

Funding plan:
- Federal Transit Administration, Capital Investment Grants (Small Starts): $50 million (56.6 percent)
- State of Ohio, Transit Capital Program: $10 million (11.3 percent)
- District sales tax: $28.4 million (32.1 percent)
"""


@pytest.fixture(scope="module")
def line(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("rapid"),
        [
            ("minutes", MINUTES, own_corpus.meta("minutes", "Board minutes", "minutes", "Riverton Area Transit District", "2026-03-20")),
            ("report", REPORT, own_corpus.meta("report", "General manager's report", "report", "Riverton Area Transit District", "2026-03-06")),
        ],
    )


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the route's one figure is the sentence's 47, which states it; the 33 is the new line's (38 is not)
        ("The ride that takes 47 minutes on Route 9 at rush hour should take about 33 minutes on the Blue Line.", set()),
        ("The ride that takes 47 minutes on Route 9 at rush hour should take about 38 minutes on the Blue Line.", {"about 38"}),
        ("A trip from end to end on Route 9 now takes 57 minutes at rush hour.", {"57"}),  # guard
        # a share of the whole is no share the cost grew by
        ("The project's estimated cost is $88.4 million, and more than half of it is federal money.", set()),
        ("The increase of $15.4 million, about 31 percent, reflects higher prices for steel.", {"about 31 percent"}),  # guard
        ("The federal grant of $50 million covers 75 percent of the Blue Line's cost.", {"75 percent"}),  # guard
        # a figure the sentence says replaces another is held against the new one, not the old it names
        ("Blue Line buses will come every 12 minutes instead of 20.", set()),  # guard
        ("Blue Line buses will come every 15 minutes instead of 20.", {"15"}),  # guard
    ],
)
def test_figures(cli, line: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, line, text, "2026-04-01") == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the day of the telling, not of the announcement she told of
        ('Nandakumar told the board on March 12 that the federal grant was "the biggest grant in our district\'s history."', set()),
        ('Nandakumar told the board on March 13 that the federal grant was "the biggest grant in our district\'s history."', {"March 13"}),  # guard
        ("Nandakumar told the board on March 12 that the Department of Transportation had announced the grant on Feb. 4.", {"Feb. 4"}),
    ],
)
def test_the_day_of_a_telling(cli, line: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, line, text, "2026-04-01") == errors
