"""Who moved and who seconded (issue 11): a roll call's mover and seconder against the minutes'.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """GRANITE COUNTY BOARD OF COMMISSIONERS
Regular meeting minutes, Tuesday, March 3, 2026

Commissioners present: Commissioner Ada Pruitt, Commissioner Leo Marsh, Commissioner Ines Varga.

Commissioner Ada Pruitt moved to award the road resurfacing contract to Kestrel Paving for $1,240,000. Commissioner Leo Marsh seconded the motion. The motion carried 2-1, with Commissioner Ines Varga voting no.
"""

META = own_corpus.meta("granite-minutes", "Regular meeting minutes", "meeting minutes", "Granite County", "2026-03-03")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted(tmp_path_factory.mktemp("motions"), "minutes", MINUTES, META)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the mover and the seconder the other way round
        (
            "On a motion by Commissioner Leo Marsh, seconded by Commissioner Ada Pruitt, the board awarded the road resurfacing contract to Kestrel Paving.",
            {"Leo Marsh"},
        ),
        (
            "On a motion by Commissioner Ada Pruitt, seconded by Commissioner Leo Marsh, the board awarded the road resurfacing contract to Kestrel Paving.",
            set(),
        ),
        ("Commissioner Leo Marsh seconded the motion to award the road resurfacing contract to Kestrel Paving.", set()),
    ],
)
def test_the_mover_and_the_seconder_are_the_minutes(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-03-04") == errors
