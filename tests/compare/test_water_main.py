"""A city's water main break (issue 11, round 28): a weekday alone at a time of day the sources give another; a
contractor's town; a sister named "that she is the sister of"; a
brother after a street ("who owns Ruiz Taqueria on Kessler Avenue with her brother, Mateo Ruiz"); an officer of the
association named in lower case.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """CITY OF WILLOW BEND
MINUTES OF THE SPECIAL EMERGENCY MEETING
Tuesday, February 10, 2026

At approximately 11:40 p.m. on Sunday, February 8, a 36-inch water main beneath Division Street broke.

Crews from Osterhaus Pipe & Grading completed the repair of the water main at 9:20 p.m. on Wednesday, February 11.

Utilities Director Ines Okafor reported that crews from Osterhaus Pipe & Grading, Inc., of Marquette have been on site since 3:30 a.m. Monday.

Emergency contracts:
- Osterhaus Pipe & Grading, Inc. (Marquette), emergency repair of the main: $1,960,000
- Bellweather Logistics (Cold Spring), bottled water at three sites: $312,500

In public comment, Colette Marsh asked the council to cancel the water bills for February.

Council Member Rosalind Achterberg noted for the record that she is the sister of Council Member Peter Achterberg.
"""

LETTER = """WILLOW BEND RESTAURANT ASSOCIATION
February 20, 2026

"We boiled water in stockpots for four days," said Colette Marsh, vice president of the association, who owns Marsh Taqueria on Kessler Avenue with her brother, Mateo Marsh.

"We are not asking the council to cancel the water bills," Colette Marsh said.

"Losing five days in February can be the difference between making payroll and not," said Dominic Farr, treasurer of the association.
"""

SOURCES = [
    ("council-minutes", MINUTES, own_corpus.meta("council-minutes", "Minutes", "minutes", "City of Willow Bend", "2026-02-10")),
    ("association-letter", LETTER, own_corpus.meta("association-letter", "Letter", "letter", "Willow Bend Restaurant Association", "2026-02-20")),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(tmp_path_factory.mktemp("water-main"), SOURCES)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a firm's town, after "of" or "in"
        ("Contractors from Osterhaus Pipe & Grading of Cold Spring have been digging since 3:30 a.m.", {"Cold Spring"}),
        ("Contractors from Osterhaus Pipe & Grading of Marquette have been digging since 3:30 a.m.", set()),
        ("Bellweather Logistics in Marquette handled the bottled water.", {"Marquette"}),
        # a weekday written alone, at the very time of day the sources give another weekday
        ("A 36-inch main broke under Division Street at about 11:40 p.m. Saturday.", {"Saturday"}),
        ("A 36-inch main broke under Division Street at about 11:40 p.m. Sunday.", set()),
        ("The repair of the water main wrapped up Thursday night around 9:20.", {"Thursday"}),
        ("The repair of the water main wrapped up Wednesday night around 9:20.", set()),
        # ... of its own clause: the weekday of another clause is another event's
        ("Crews finished the repair of the water main at 9:20 p.m., and the council meets Thursday.", set()),
        # a quotation the letter has word for word is the speaker's, whatever the minutes report of it
        ('"We are not asking the council to cancel the water bills," Colette Marsh said.', set()),
        # relations the minutes and the letter give
        ("Council Member Peter Achterberg, whose wife Rosalind Achterberg also sits on the council, voted yes.", {"wife"}),
        ("Colette Marsh runs Marsh Taqueria with her husband, Mateo Marsh.", {"husband"}),
        ("Colette Marsh runs Marsh Taqueria with her brother, Mateo Marsh.", set()),
    ],
)
def test_a_water_main_break(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-02-23") == errors
