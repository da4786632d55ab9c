"""A season is its three months, in sources and drafts: extract records "spring 2027" as March to May 2027, and a
draft's "starting in spring 2027" is the claim that states that season, though another claim of the sentence has the
word "starting" and another date; "last spring" is read against the draft's date.

A release of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

RELEASE = """Calder Transit Board Adopts New Fares; Riders 18 and Under Ride Free Starting January 3

CALDER, Ohio, Sept. 25, 2026 -- The new fares take effect Sunday, January 3, 2027.

Once the validators are in place in spring 2027, riders who pay with the CalderPay app will never pay more than $6 in a day or $72 in a calendar month.
"""


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    meta = own_corpus.meta("calder-fares", "Calder Transit Board Adopts New Fares", "press release", "Calder Transit", "2026-09-25")
    return own_corpus.extracted(tmp_path_factory.mktemp("seasons"), "release", RELEASE, meta)


def test_a_season_is_recorded_as_its_months(release: Path) -> None:
    claims = own_corpus.proposed(release, "calder-fares", "claims")
    dated = [v for c in claims for v in c.get("values", []) if v.get("as_written") == "spring 2027"]
    assert [(v["value"], v["precision"], v.get("end")) for v in dated] == [("2027-03", "month", "2027-05")]


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ("Fare capping: nobody pays more than $6 a day or $72 a month, starting in spring 2027.", set()),
        ("Fare capping: nobody pays more than $6 a day or $72 a month, starting in fall 2027.", {"fall 2027"}),
        ("Fare capping: nobody pays more than $6 a day or $72 a month, starting next spring.", set()),
        ("Fare capping: nobody pays more than $6 a day or $72 a month, starting next summer.", {"next summer"}),
    ],
)
def test_a_season_is_held_against_the_claim_that_states_it(cli, release: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, release, text, "2026-10-06") == errors
