"""A measles order as a board of health's minutes write it (issue 11, round 41): "MOTION: Dr. Ferreira moved ...", a
surname another person of the sources shares; an amendment that "carried unanimously by voice vote" in its own
paragraph; then "ROLL CALL ON THE MAIN MOTION AS AMENDED". Held: the lone no given to a member the main motion's roll
call records voting aye, the motion told of by the sentence before ("ratified the order", the minutes' "ratify").

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """TAMARACK COUNTY BOARD OF HEALTH
MINUTES OF SPECIAL MEETING
Friday, February 28, 2025

MEMBERS PRESENT: Harold Brandvold, Chair; Lucia Ferreira, Vice Chair; Ruth Ekdahl; Gary Tesch; Dennis Marquardt; Angela Running.

MOTION: Dr. Ferreira moved to ratify Emergency Order 2025-01 as presented. Seconded by Ms. Ekdahl.

MOTION TO AMEND: Mr. Marquardt moved to amend the motion to require the department to report to the board each week the number of students excluded under the order. Seconded by Ms. Running. The amendment carried unanimously by voice vote.

ROLL CALL ON THE MAIN MOTION AS AMENDED: Brandvold, aye; Ferreira, aye; Ekdahl, aye; Tesch, no; Marquardt, aye; Running, aye. Motion carried, 5-1.
"""

STATEMENT = """ST. BRENDAN REGIONAL MEDICAL CENTER
Statement, Wednesday, March 5, 2025

"We are ready to help," said Dr. Paul Ferreira, the hospital's chief of pediatrics.
"""


@pytest.fixture(scope="module")
def health(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("health"),
        [
            ("board-minutes", MINUTES, own_corpus.meta("board-minutes", "Board of health minutes", "minutes", "Tamarack County Board of Health", "2025-03-03")),
            ("hospital", STATEMENT, own_corpus.meta("hospital", "Hospital statement", "statement", "St. Brendan Regional Medical Center", "2025-03-05")),
        ],
    )


RATIFIED = "The board of health ratified the order last Friday on a five-to-one roll call."


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        (f"{RATIFIED} The lone no vote came from board member Dennis Marquardt of Ashby.", {"Dennis Marquardt"}),
        (f"{RATIFIED} The lone no vote came from board member Gary Tesch of Ashby.", set()),
    ],
)
def test_board_of_health(cli, health: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, health, text, "2025-03-06") == errors
