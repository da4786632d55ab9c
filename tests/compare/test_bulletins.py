"""A utility's service bulletins read as their writers mean them (issue 11): a figure a label sets out alone,
a precise figure beside another of its claim, a year framed by its own clause, a month written without its
year, a publisher's two bulletins told apart by their dates, a publisher named as the registry knows it.

Two bulletins of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MONDAY = """RIVERSIDE WATER AUTHORITY
Service Bulletin, Monday, May 4, 2026, 8:00 a.m.

Main break: Elm Avenue at Ninth Street
Crews on site: 38
Customers without water: 1,275
Hydrants damaged: 17 (12 on Elm Avenue, 5 on Ninth Street)
Valves replaced: 3

General Manager Teodora Vance said repairs would take two days. The authority is governed by a seven-member board led by Board Chair Marcus Olufemi, who has chaired the board since 2019. The authority's capital budget for fiscal year 2026 is $41.7 million, about 64 percent of which comes from ratepayers.

Operations Director Hal Brixton told the board that boil-water notices now cover three neighborhoods, with about 2,150 residents living in roughly 880 homes, and that boil-water advisories cover about 4,600 more residents.

Two households reported flooded basements on Elm Avenue.

Vance has announced that she will retire on March 31, 2027, after eleven years as general manager.
"""

WEDNESDAY = """RIVERSIDE WATER AUTHORITY
Service Bulletin, Wednesday, May 6, 2026, 5:00 p.m.

Main break: Elm Avenue at Ninth Street
Crews on site: 12
Customers without water: 140
Hydrants damaged: 43 (31 on Elm Avenue, 12 on Ninth Street)

Water service was restored to most customers Tuesday night, Operations Director Hal Brixton said. The boil-water notice remains in effect for the Elm Avenue corridor.
"""


def _meta(source_id: str, day: str, weekday: str) -> str:
    return own_corpus.meta(source_id, f"Service Bulletin, {weekday}, {day}", "service bulletin", "Riverside Water Authority, Office of Communications", day)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("bulletins"),
        [
            ("rwa-2026-05-04", MONDAY, _meta("rwa-2026-05-04", "2026-05-04", "Monday")),
            ("rwa-2026-05-06", WEDNESDAY, _meta("rwa-2026-05-06", "2026-05-06", "Wednesday")),
        ],
    )


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a figure a label sets out alone ("Customers without water: 1,275") counts what the draft's counts, when
        # the figure itself retrieved it; not the "two households" of another sentence
        ("On Monday morning 1,275 households had no water, the bulletin said.", set()),
        ("There were 1,275 households cut off on Monday.", set()),
        # a precise figure the claim states is that figure, though another of the claim's is framed more like it
        ("Boil-water notices covered about 2,150 residents in roughly 880 homes.", set()),
        ("Boil-water notices covered about 3,150 residents in roughly 880 homes.", {"about 3,150"}),
        # a year framed by its own clause: the chair's since 2019, not the budget year of the sentence after it
        ("Olufemi, who has led the board since 2019, praised the crews.", set()),
        ("Olufemi, who has run the authority since 2019, toured the break.", set()),
        # a month with a future word is the next such month: Vance retires next March
        ("Vance plans to retire in March after eleven years as general manager.", set()),
        ("Vance plans to retire in June after eleven years as general manager.", {"in June"}),
        # a fiscal year is its own calendar: held against a fiscal year, not against the draft's "last year"
        ("Ratepayers fund about 64 percent of the $41.7 million capital budget, the largest the authority set last year.", set()),
        ("The authority's capital budget for fiscal year 2025 is $41.7 million.", {"2025"}),
        # a parenthesis of other figures after a label's figure is their breakdown: the label frames the figure
        ("| Hydrants damaged | 17 | 43 |", set()),
        ("| Hydrants damaged | 17 | 34 |", {"34"}),
        # the same digits in another order are ground enough, however few words are shared
        ("Another 1,725 customers were without water.", {"1,725"}),
        # a sentence's function word before a title is no part of the title
        ("Alongside General Manager Teodora Vance, Olufemi toured the break.", set()),
        ("Alongside Director Hal Brixton, Olufemi toured the break.", set()),
        ("Joining Operations Director Hal Brixton, Olufemi toured the break.", set()),
    ],
)
def test_bulletins_are_read_as_meant(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-05-10") == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # of one publisher's bulletins, the one the citation's date names
        ("[^1]: Riverside Water Authority service bulletin, Wednesday, May 6, 2026.", set()),
        ("[^1]: Riverside Water Authority service bulletin, Monday, May 4, 2026.", set()),
        ("[^1]: Riverside Water Authority service bulletin, Thursday, May 7, 2026.", {"May 7, 2026"}),
    ],
)
def test_a_citation_names_one_of_a_publishers_bulletins_by_its_date(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-05-10") == errors
