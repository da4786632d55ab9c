"""Each value is compared with the same fact's value (issue 11, fact alignment): a list's figures each
about its own place, a total apart from its parts, each side's figure its own, the way a figure went,
and a date held against the date of its own event, not of another event the same source sentence tells.

A corpus of our own, run through the real `extract` and `verify`: the sentence forms are the point.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

SOURCE = """County Health Department
For immediate release: March 12, 2026

Measles outbreak grows to 27 cases

The department today confirmed 27 cases of measles. Fourteen cases have been confirmed in Yellowstone County, eight in Gallatin County and five in Cascade County.

The state has approved $38.2 million of the $62.4 million in aid the counties have requested.

On March 19, Gov. Dana Whitfield signed the bill, a week after state health officials confirmed 27 measles cases in Yellowstone, Gallatin and Cascade counties.

Gov. Dana Whitfield signed an $18.5 million school health bill Thursday. House Bill 412 sets aside $11.2 million over two years to hire nurses in 40 rural school districts and $7.3 million for county immunization clinics.

State figures show 88.4 percent of kindergartners had two doses in the 2024-25 school year, down from 93.1 percent in 2019-20.

Whitfield said the first nurses could be hired by August, in time for the new school year.

Sen. Curtis Hale said about 30 percent of the clinic money would go to administration. Rep. Janelle Ortiz disputed that figure, saying the bill caps administrative costs at 8 percent.

Council Member Alan Pruett said he was undecided. Council Member Gregory Lindqvist, 37, a Democrat from Ward 1 and the only member to vote against delaying the decision, said the warehouse would bring about 120 jobs.

Sen. Yolanda Reyes (D-Detroit) sponsored Senate Bill 412 in the state Senate.

Hale, whose father, Warren Hale, served two terms as state auditor, voted no. Ortiz said her sister, Maria Ortiz, a school nurse in Laurel, covers four schools on her own.
"""

META = own_corpus.meta("dept-2026-03-12-measles", "Measles outbreak grows to 27 cases", "press release", "County Health Department", "2026-03-12")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted(tmp_path_factory.mktemp("alignment"), "measles", SOURCE, META)


def _errors(cli, project: Path, sentence: str) -> set[str]:  # type: ignore[no-untyped-def]
    return own_corpus.errors(cli, project, sentence, "2026-03-20")


@pytest.mark.parametrize(
    ("sentence", "errors"),
    [
        # the place before its figure ("Gallatin with five"), the figures swapped: both are wrong
        ("Yellowstone County has the most cases, 14, followed by Gallatin with five and Cascade with eight.", {"five", "eight"}),
        ("Yellowstone County has the most cases, 14, followed by Gallatin with eight and Cascade with five.", set()),
        # the place after its figure, as the source has it
        ("There were 14 cases in Yellowstone County, five in Gallatin County and eight in Cascade County.", {"five", "eight"}),
        ("There were 14 cases in Yellowstone County, eight in Gallatin County and five in Cascade County.", set()),
        # two figures of one clause, both the source's: the words after the second are its own
        ("The state approved $38.2 million of $62.4 million requested.", set()),
        # a total the sources give in another sentence, ahead of the parts one sentence gives
        (
            "HB 412 provides $18.5 million over two years: $11.2 million for nurses in 40 rural school districts and $7.3 million for county immunization clinics.",
            set(),
        ),
        (
            "HB 412 provides $18.5 million over two years: $7.3 million for nurses in 40 rural school districts and $11.2 million for county immunization clinics.",
            {"$7.3 million", "$11.2 million"},
        ),
        # two sides' figures in one sentence, each the sources' for its own speaker
        ("Ortiz says the bill caps administrative costs at 8 percent; Hale puts the share at about 30 percent.", set()),
        ("Ortiz says the bill caps administrative costs at 18 percent.", {"18 percent"}),
        # the way a figure went: the figures right, the direction reversed
        ("In 2024-25, 88.4 percent of kindergartners had two doses, up from 93.1 percent in 2019-20.", {"up from"}),
        ("In 2024-25, 88.4 percent of kindergartners had two doses, down from 93.1 percent in 2019-20.", set()),
        ("Coverage among kindergartners has fallen from 93.1 percent to 88.4 percent.", set()),
    ],
)
def test_a_figure_is_held_against_the_figure_of_its_own_place(cli, extracted: Path, sentence: str, errors: set[str]) -> None:
    assert _errors(cli, extracted, sentence) == errors


@pytest.mark.parametrize(
    ("sentence", "errors"),
    [
        # the confirmation's date, which the signing's sentence also tells of: not the signing's date
        ("State health officials confirmed 27 measles cases in Yellowstone, Gallatin and Cascade counties on March 12.", set()),
        ("Gov. Dana Whitfield signed the bill on March 19.", set()),
        ("Gov. Dana Whitfield signed the bill on March 26.", {"March 26"}),
    ],
)
def test_a_date_is_held_against_the_date_of_its_own_event(cli, extracted: Path, sentence: str, errors: set[str]) -> None:
    assert _errors(cli, extracted, sentence) == errors


@pytest.mark.parametrize(
    ("sentence", "errors"),
    [
        # words the sources give to one person, in reported speech, given to another
        ("The first nurses could be hired by August, in time for the new school year, Ortiz said.", {"Ortiz"}),
        ("Ortiz said the first nurses could be hired by August.", {"Ortiz"}),
        ("The first nurses could be hired by August, in time for the new school year, Whitfield said.", set()),
        ("According to Gov. Dana Whitfield, the first nurses could be hired by August.", set()),
        # the sources' speaker set off from the verb by appositives
        ("Council Member Alan Pruett, the only member to vote against the delay, said the warehouse would bring about 120 jobs.", {"Alan Pruett"}),
        ("Gregory Lindqvist said the warehouse would bring about 120 jobs.", set()),
        # a name that says nothing is not a speaker
        ("Whitfield expects the first nurses to be hired by August.", set()),
    ],
)
def test_reported_speech_is_held_against_who_the_sources_say_said_it(cli, extracted: Path, sentence: str, errors: set[str]) -> None:
    assert _errors(cli, extracted, sentence) == errors


@pytest.mark.parametrize(
    ("sentence", "errors"),
    [
        # the relation word in a possessive or a "whose" clause: it says what the second person is to the first
        ("Hale's brother, Warren Hale, served two terms as state auditor.", {"brother"}),
        ("Hale's father, Warren Hale, served two terms as state auditor.", set()),
        ("Curtis Hale, whose son, Warren Hale, served two terms as state auditor, voted no.", {"son"}),
        ("Ortiz's mother, Maria Ortiz, is a school nurse in Laurel.", {"mother"}),
        ("Janelle Ortiz's sister, Maria Ortiz, is a school nurse in Laurel.", set()),
    ],
)
def test_a_family_relation_is_held_against_the_one_the_sources_give(cli, extracted: Path, sentence: str, errors: set[str]) -> None:
    assert _errors(cli, extracted, sentence) == errors


def test_the_one_a_speech_verb_addresses_is_no_speaker(cli, extracted: Path) -> None:
    """ "urged Gov. Dana Whitfield to sign" names whom the words were for, not who said them."""
    assert _errors(cli, extracted, "Hale urged Gov. Dana Whitfield to hire the first nurses by August.") == set()


@pytest.mark.parametrize(
    ("sentence", "errors"),
    [
        # a state legislator's tag gives a party and a city: the party is held, the city is no state
        ("Sen. Yolanda Reyes, a Detroit Republican, sponsored Senate Bill 412.", {"Republican"}),
        ("Sen. Yolanda Reyes, a Detroit Democrat, sponsored Senate Bill 412.", set()),
        ("Sen. Yolanda Reyes (D-Detroit) sponsored Senate Bill 412.", set()),
        # ... and the city in the tag is held against the sources' tag
        ("Sen. Yolanda Reyes (D-Flint) sponsored Senate Bill 412.", {"Flint"}),
        ("Sen. Yolanda Reyes (R-Detroit) sponsored Senate Bill 412.", {"R"}),
    ],
)
def test_a_party_with_a_city_is_held_against_the_sources_party(cli, extracted: Path, sentence: str, errors: set[str]) -> None:
    assert _errors(cli, extracted, sentence) == errors
