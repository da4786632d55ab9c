"""A bridge detour's weight limit as a county road commission's minutes write it (issue 11, round 40): motions "Moved
by X, seconded by Y", each with its roll call. Held: "The road commission voted 5-0 to put that 10-ton limit in place"
against the limit's 4-1, though another motion of the commission carried 5-0 and shares the body's own name; "X was
the lone vote against it", "it" the limit the sentence before tells of by its mover.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """TAMARACK COUNTY ROAD COMMISSION
MINUTES OF THE REGULAR MEETING
Tuesday, March 11, 2025

MEMBERS PRESENT: Chairman Walter Fenske, Vice Chair Janet Okafor, Commissioner Raymond Tuttle, Commissioner Sheila Marchetti, Commissioner Doug Lindqvist.

7. RESOLUTION 2025-14, DETOUR ROUTE AGREEMENT WITH MDOT. Moved by Okafor, seconded by Tuttle, to adopt Resolution 2025-14 approving the Detour Route Agreement with the state, under which the state will reimburse the Road Commission for maintenance of County Road 612.
Roll call: Okafor, yes; Tuttle, yes; Lindqvist, yes; Marchetti, yes; Fenske, yes. Motion carried 5-0.

9. WEIGHT LIMIT ON LOCAL DETOUR. Moved by Tuttle, seconded by Marchetti, to establish a 10-ton weight limit on County Road 612 and on all of Kittle Road, effective April 14 and lasting until M-48 reopens.
Roll call: Tuttle, yes; Marchetti, yes; Okafor, yes; Lindqvist, no; Fenske, yes. Motion carried 4-1.

Commissioner Lindqvist said he opposed the limit because it would force local grain haulers onto the long detour at harvest time.
"""


@pytest.fixture(scope="module")
def commission(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("commission"),
        [
            (
                "road-commission-minutes",
                MINUTES,
                own_corpus.meta("road-commission-minutes", "Minutes", "minutes", "Tamarack County Road Commission", "2025-03-12"),
            )
        ],
    )


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ("The road commission voted 5-0 to put that 10-ton limit in place.", {"5-0"}),
        ("The road commission voted 4-1 to put that 10-ton limit in place.", set()),
        (
            "The road commission adopted the 10-ton limit in March on a motion by Commissioner Raymond Tuttle. "
            "Vice Chair Janet Okafor was the lone vote against it, arguing it would force grain haulers onto the long detour.",
            {"Janet Okafor"},
        ),
        (
            "The road commission adopted the 10-ton limit in March on a motion by Commissioner Raymond Tuttle. "
            "Commissioner Doug Lindqvist was the lone vote against it, arguing it would force grain haulers onto the long detour.",
            set(),
        ),
    ],
)
def test_bridge_detour(cli, commission: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, commission, text, "2025-08-12") == errors
