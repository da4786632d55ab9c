"""Who appointed a board member: a roster's "(appointed by Harlan County)", a report's "who was appointed by", an
"appointee" noun. The registry records it as `appointed_by`; a draft's other appointer is an entity error, the same
one written another way is none, and a person with no recorded appointer is not judged.

Minutes of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """LAKE COUNTY TRANSIT AUTHORITY
Minutes of the Regular Board Meeting, Thursday, March 12, 2026

All five directors were present:

Denise Okafor, Chair (appointed by the City of Port Alden)
Gregory Haines, Treasurer (appointed by Harlan County)
Marcus Webb, Director (appointed by Harlan County)
Evelyn Sutter, Director (appointed by the City of Oakhurst)

Director Carl Jansen, who was appointed by Merritt County, moved approval of the consent agenda. Director Webb seconded. The motion carried 5-0.

General Manager Alan Brooks reported that ridership rose 6 percent.
"""


@pytest.fixture(scope="module")
def minutes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    meta = own_corpus.meta("lcta-minutes-2026-03-12", "Minutes", "minutes", "Lake County Transit Authority", "2026-03-12")
    return own_corpus.extracted(tmp_path_factory.mktemp("appointed"), "minutes", MINUTES, meta)


def test_the_registry_records_who_appointed_each_member(minutes: Path) -> None:
    registry = own_corpus.proposed(minutes, "entities", "entities")
    held = {e["name"]: [a["value"] for a in e.get("attributes", []) if a["attribute"] == "appointed_by"] for e in registry}
    assert held["Denise Okafor"] == ["City of Port Alden"]
    assert held["Gregory Haines"] == ["Harlan County"]
    assert held["Carl Jansen"] == ["Merritt County"]
    assert held["Alan Brooks"] == []


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ("Treasurer Gregory Haines, who was appointed by Merritt County, attended the meeting.", {"Merritt County"}),
        ("Treasurer Gregory Haines, who was appointed by Harlan County, attended the meeting.", set()),
        # the appointer written another way: without "City of", or with its article
        ("Chair Denise Okafor, appointed by Port Alden, voted for the consent agenda.", set()),
        ("Chair Denise Okafor, appointed by the City of Oakhurst, voted for the consent agenda.", {"City of Oakhurst"}),
        # an appointee noun, before or after the name
        ("Harlan County appointee Carl Jansen moved the consent agenda.", {"Harlan County"}),
        ("Director Carl Jansen, a Merritt County appointee, moved the consent agenda.", set()),
        ("Director Evelyn Sutter, one of the Harlan County appointees, voted for it.", {"Harlan County"}),
        # ... after a possessive
        ("Chair Denise Okafor, Port Alden's appointee, voted for the consent agenda.", set()),
        ("Chair Denise Okafor, Merritt County's appointee, voted for the consent agenda.", {"Merritt County"}),
        # no appointer recorded: not judged
        ("General Manager Alan Brooks, who was appointed by the board, reported the ridership.", set()),
    ],
)
def test_a_drafted_appointer_is_held_against_the_recorded_one(cli, minutes: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, minutes, text, "2026-03-14") == errors
