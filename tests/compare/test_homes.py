"""The town a person is from, in the forms sources and drafts write it (issue 11): a state legislator's tag
"(D-Lexington)", a roster line "Rep. Marcus Redd (D), 42nd District, Louisville", and an appositive "Dr. Anita
Reyes-Culver, 44, an oral surgeon from Bowling Green", a signature block's "Janet Osei, Treasurer (Eastgate)". Extract records each as the person's `home` (and the roster's
district and party); verify holds a draft's other town against it, in the same forms and in "is a Democrat from X".

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """HOUSE HEALTH SERVICES COMMITTEE
Minutes of the meeting of Tuesday, February 10, 2026

Members present:
Rep. Teresa Boone (D), 77th District, Lexington
Rep. Marcus Redd (D), 42nd District, Louisville
Rep. Dale Whitfield (R), 3rd District, Hazard

House Bill 318, sponsored by Rep. Teresa Boone (D-Lexington), would add fillings and dentures to the adult Medicaid dental benefit.

The campaign will be led by KDA President-elect Dr. Anita Reyes-Culver, 44, an oral surgeon from Bowling Green.

Written testimony was received from the Kentucky Taxpayers Association:

Respectfully,

Eleanor Whitcomb, President (Maple Heights)
Janet Osei, Treasurer (Eastgate)
for the Board of the Kentucky Taxpayers Association
"""


@pytest.fixture(scope="module")
def minutes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    meta = own_corpus.meta("health-minutes", "House Health Services Committee minutes", "minutes", "Kentucky House", "2026-02-10")
    return own_corpus.extracted(tmp_path_factory.mktemp("homes"), "minutes", MINUTES, meta)


def test_extract_records_the_towns_seats_and_parties(minutes: Path) -> None:
    people = {e["id"]: {(a["attribute"], a["value"]) for a in e.get("attributes", [])} for e in own_corpus.proposed(minutes, "entities", "entities")}
    assert {("home", "Lexington"), ("district", "District 77"), ("party", "Democratic")} <= people["teresa-boone"]
    assert {("home", "Louisville"), ("district", "District 42"), ("party", "Democratic")} <= people["marcus-redd"]
    assert ("home", "Bowling Green") in people["anita-reyes-culver"]
    assert ("home", "Eastgate") in people["janet-osei"]  # a signature block's line: name, post, (town)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ("Rep. Marcus Redd (D-Covington) voted for the bill.", {"Covington"}),
        ("Rep. Marcus Redd (D-Louisville) voted for the bill.", set()),
        ("The sponsor, Rep. Teresa Boone, is a Democrat from Louisville.", {"Louisville"}),
        ("The sponsor, Rep. Teresa Boone, is a Democrat from Lexington.", set()),
        ("The campaign is led by Dr. Anita Reyes-Culver, an oral surgeon from Paducah, the association said.", {"Paducah"}),
        ("The campaign is led by Dr. Anita Reyes-Culver, an oral surgeon from Bowling Green, the association said.", set()),
        ("The association's treasurer, Janet Osei of Maple Heights, signed the testimony.", {"Maple Heights"}),
        ("The association's treasurer, Janet Osei of Eastgate, signed the testimony.", set()),
        # a state after "from" is the person's state, not a town
        ("Rep. Dale Whitfield, a Republican from Kentucky, voted for the bill.", set()),
    ],
)
def test_a_draft_town_is_held_against_the_sources(cli, minutes: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, minutes, text, "2026-02-20") == errors
