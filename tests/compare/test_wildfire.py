"""A wildfire as a county commission's emergency minutes, the sheriff's update and a utility's release write them (issue
11, round 39), and a city's rental ordinance with its council's roll call. Not held: a weekday written with its date and
a time ("10:21 a.m. Thursday, Aug. 14") against a day the time of day is another claim's; the second word of a
legislator's two-word town in a tag ("(D-Cedar Flats)") read as a speaker; "the fire, ten days in" against the
county's costs "for the first 30 days"; "Council Member Felicia Grant" for a roster's "Council Members ... Felicia
Grant", the post another member is given alone. Held: "reached 4,813 customers" for the release's 4,318, though its
"reached all 57 customers" frames the clause; "voted for it, as did Council Member Howard Pike", whom the roll call
records voting no.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """SAWTELL COUNTY BOARD OF COMMISSIONERS
MINUTES OF EMERGENCY MEETING
Thursday, August 14, 2025, 9:30 a.m.

Commissioner Dale Ostrander moved to adopt Resolution 2025-31 declaring a local disaster emergency. Commissioner Ruth Amsel seconded. The motion carried 5-0, and the declaration took effect at 10:21 a.m.

DES Coordinator Pruett estimated the county's own costs for the first 30 days at about $1.2 million.
"""

RELEASE = """HIGHLINE POWER & LIGHT
NEWS RELEASE, Saturday, August 16, 2025

HP&L said Saturday it has restored power to 2,905 of the 4,318 customers whose service it shut off Tuesday in Sawtell and Coulter counties. HP&L said it reached all 57 customers enrolled in its medical baseline program by phone before the power was turned off.

Crews began a public safety power shutoff at 10:21 a.m. on Saturday, September 13, 2025, in the Cedar Flats area.

Rep. Elena Vasquez (D-Cedar Flats) said she had heard from "dozens of families" who lost well water.
"""

SUMMARY = """CITY OF PORT CALDER
Ordinance 2025-14 summary

Council Member Diane Cho (Ward 2) moved adoption, and Council Member Marcus Bell (Ward 1) seconded. Voting yes: Mayor Patricia Renner and Council Members Bell, Cho, Felicia Grant (Ward 4) and Sunita Rao (At Large). Voting no: Council Members Oscar Lindgren (Ward 3) and Howard Pike (At Large). The vote was 5-2.
"""


@pytest.fixture(scope="module")
def fire(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("fire"),
        [
            ("commission-minutes", MINUTES, own_corpus.meta("commission-minutes", "Emergency minutes", "minutes", "Sawtell County", "2025-08-14")),
            ("hpl-release", RELEASE, own_corpus.meta("hpl-release", "Shutoff release", "press release", "Highline Power & Light", "2025-08-16")),
            ("ordinance-summary", SUMMARY, own_corpus.meta("ordinance-summary", "Ordinance summary", "report", "City of Port Calder", "2025-10-24")),
        ],
    )


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ("| County disaster declaration takes effect | 10:21 a.m. Thursday, Aug. 14 | Commission minutes |", set()),
        ("| County disaster declaration takes effect | 10:21 a.m. Friday, Aug. 14 | Commission minutes |", {"Friday"}),
        ('Rep. Elena Vasquez (D-Cedar Flats) said she had heard from "dozens of families" who lost well water.', set()),
        ("# Open Line recap: the Copper Gulch Fire, ten days in", set()),
        # digits turned round in the release the sentence is about, though another claim of it frames the figure's clause
        ("HP&L's shutoff began at 6 a.m. Aug. 12 and reached 4,813 customers, so most of you qualify to file for spoiled food.", {"4,813"}),
        ("HP&L's shutoff began at 6 a.m. Aug. 12 and reached 4,318 customers, so most of you qualify to file for spoiled food.", set()),
        # "as did": the vote of the name before; a roll call's names with their seats in parentheses
        ("The council adopted the ordinance 5-2. Mayor Patricia Renner voted for it, as did Council Member Howard Pike.", {"Howard Pike"}),
        ("The council adopted the ordinance 5-2. Mayor Patricia Renner voted for it, as did Council Member Sunita Rao.", set()),
        ("The 5-2 vote came with Mayor Patricia Renner joining Council Members Marcus Bell, Diane Cho, Felicia Grant and Sunita Rao.", set()),
    ],
)
def test_wildfire(cli, fire: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, fire, text, "2025-08-22") == errors
