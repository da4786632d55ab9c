"""An association's officers as a release writes them (issue 11): a body's initials before the title and a courtesy
between the title and the name ("KDA Treasurer Dr. Thomas Greer"), a post to come ("President-elect"), and a relation
after a long appositive ("Dr. Caroline Boone, a pediatric dentist ..., is the sister of Rep. Teresa Boone"). Extract
records each; verify reads a draft's post the same way ("the association's treasurer, Dr. Anita Reyes-Culver").

A release of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

RELEASE = """Kentucky Dental Association news release, May 5, 2026

The campaign will be led by KDA President-elect Dr. Anita Reyes-Culver, 44, an oral surgeon from Bowling Green.

KDA Treasurer Dr. Thomas Greer of Richmond said the association has set aside $85,000 for the campaign.

Dr. Caroline Boone, a pediatric dentist in Lexington who chairs the KDA's Access to Care Council, is the sister of Rep. Teresa Boone (D-Lexington), the bill's primary sponsor.
"""


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    meta = own_corpus.meta("kda-release", "KDA release", "press release", "Kentucky Dental Association", "2026-05-05")
    return own_corpus.extracted(tmp_path_factory.mktemp("kda"), "release", RELEASE, meta)


def test_extract_records_the_officers_posts_and_relations(release: Path) -> None:
    people = {e["id"]: {(a["attribute"], a["value"]) for a in e.get("attributes", [])} for e in own_corpus.proposed(release, "entities", "entities")}
    assert ("title", "KDA President-elect") in people["anita-reyes-culver"]
    assert ("title", "KDA Treasurer") in people["thomas-greer"]
    assert ("relative", "Teresa Boone") in people["caroline-boone"]


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ("The campaign will be run by the association's treasurer, Dr. Anita Reyes-Culver of Bowling Green.", {"treasurer"}),
        ("The campaign will be run by the association's president-elect, Dr. Anita Reyes-Culver of Bowling Green.", set()),
        ("The association's treasurer, Dr. Thomas Greer, set aside $85,000 for the campaign.", set()),
    ],
)
def test_a_post_before_a_courtesy_and_a_name(cli, release: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, release, text, "2026-05-06") == errors
