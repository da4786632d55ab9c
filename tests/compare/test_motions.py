"""Who moved, who seconded and who voted no (issue 11): a roll call's parts against the minutes'.

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

Commissioner Leo Marsh moved to buy two snowplows for $310,000. Commissioner Ines Varga seconded the motion.
Roll call vote: Ayes: Marsh, Varga. Nays: Pruitt. Motion carried 2-1.

The board voted 2-1 to renew the courthouse lease for five years, with Commissioner Leo Marsh opposed.

Commissioner Ines Varga (District 3) moved adoption of the parks budget amendment. Commissioner Ada Pruitt (District 1) seconded the motion.

The board voted 3-0 to override the assessor's veto of the levy.

Members of the county employees' union ratified their new contract 412 to 117.
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
        # the mover named with a parenthesis after the name in the minutes ("Ines Varga (District 3) moved")
        ("Commissioner Ada Pruitt moved adoption of the parks budget amendment.", {"Ada Pruitt"}),
        ("Commissioner Ines Varga moved adoption of the parks budget amendment.", set()),
    ],
)
def test_the_mover_and_the_seconder_are_the_minutes(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-03-04") == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a tally is exact: the same digits in another order are another roll call
        ("County employees ratified the contract 412 to 171.", {"412 to 171"}),
        ("County employees ratified the contract 412 to 117.", set()),
        # an override's tally, in a table row
        ("| March 3 | Board overrides the assessor's veto, 2-1 |", {"2-1"}),
        ("| March 3 | Board overrides the assessor's veto, 3-0 |", set()),
    ],
)
def test_a_tally_is_held_exactly(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-03-10") == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the one dissent given to another commissioner, however the draft words it
        ("Commissioner Ada Pruitt was the only no vote when the board voted to renew the courthouse lease.", {"Ada Pruitt"}),
        ('Commissioner Ines Varga cast the lone "no" vote when the board voted to renew the courthouse lease for five years.', {"Ines Varga"}),
        # as the sources have it
        ("The resurfacing contract passed 2-1, with Commissioner Ines Varga casting the lone no vote.", set()),
        ("Commissioner Leo Marsh was the only no vote when the board voted to renew the courthouse lease.", set()),
        # one of three roll calls of the same tally: which one the sentence means is unsure
        ("The board split 2-1, with Commissioner Ada Pruitt voting no.", set()),
    ],
)
def test_the_one_dissent_is_the_minutes(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-03-04") == errors
