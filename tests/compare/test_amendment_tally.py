"""An amendment's tally is the amendment's roll call, though a release names the route it kept in the sentence that
gives the main motion's tally: "adopted an amendment 5-4 to keep Route 12" is the minutes' 5-4, not the release's
"adopted the plan by a 7-2 vote after a separately approved amendment keeps Route 12".

Minutes and a release of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """HARBOR VALLEY TRANSIT DISTRICT
Minutes of the Regular Board Meeting, Thursday, April 9, 2026

RESOLUTION 2026-08: NETWORK REDESIGN

Director Ostrowski moved to amend the resolution to retain Route 12 (Millbrook-Carver) as a one-year pilot at an estimated cost of $410,000, seconded by Director Amari.

Roll call on the amendment:
Ayes: Ostrowski, Amari, Lindqvist, Pell, Duarte (5)
Nays: Whitcombe, Farrow, Nakamura, Brandt (4)
The amendment was adopted 5-4.

Roll call on the resolution as amended:
Ayes: Whitcombe, Farrow, Nakamura, Brandt, Lindqvist, Pell, Duarte (7)
Nays: Ostrowski, Amari (2)
Resolution 2026-08 was adopted as amended, 7-2.
"""

RELEASE = """HARBOR VALLEY TRANSIT DISTRICT
News Release, April 10, 2026

The district's board on Thursday approved the network redesign. The board adopted the plan by a 7-2 vote after a separately approved amendment keeps Route 12 between Millbrook and Carver running as a one-year pilot.
"""


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    publisher = "Harbor Valley Transit District"
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("amendment"),
        [
            ("hvtd-minutes-2026-04-09", MINUTES, own_corpus.meta("hvtd-minutes-2026-04-09", "Minutes", "minutes", publisher, "2026-04-09")),
            ("hvtd-release-2026-04-10", RELEASE, own_corpus.meta("hvtd-release-2026-04-10", "News Release", "press release", publisher, "2026-04-10")),
        ],
    )


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ("Before the final vote, directors adopted an amendment 5-4 to keep Route 12 running as a one-year pilot.", set()),
        ("Before the final vote, directors adopted an amendment 6-3 to keep Route 12 running as a one-year pilot.", {"6-3"}),
        ("The board adopted the plan 7-2 after keeping Route 12 as a pilot.", set()),
    ],
)
def test_an_amendments_tally_is_its_roll_calls(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-04-12") == errors
