"""A board's minutes, read for who moved, who seconded and who voted no (issue 11): minutes write a motion over
several sentences, each its own claim, so the paragraph is read whole (compare/roll_calls.py), and the motion a
sentence tells of is the one whose words it shares, or the sentence before's.

Sources of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """ASHGROVE COUNTY BOARD OF ELECTIONS
Minutes of the canvass, Monday, November 23, 2026

PRESENT: Ruth Ann Kowalczyk, Chair; Thomas J. Whitaker, Vice Chair; Leonard Amsel, Member; Denise Carrow, Member.

Member Carrow moved to approve the minutes of the regular meeting of Tuesday, November 10, 2026. Member Amsel seconded. The motion carried 4-0.

Vice Chair Whitaker moved to accept the 982 provisional ballots recommended for counting. Member Carrow seconded. The motion carried 4-0.

Member Amsel moved to reject the 164 provisional ballots recommended for rejection. Vice Chair Whitaker seconded. The motion carried 3-1, with Chair Kowalczyk, Vice Chair Whitaker and Member Amsel voting yes and Member Carrow voting no.

Nine absentee identification envelopes listed a driver's license number that did not match the voter's record. Member Carrow moved to count the nine ballots. Chair Kowalczyk seconded. The motion failed on a 2-2 tie, with Chair Kowalczyk and Member Carrow voting yes and Vice Chair Whitaker and Member Amsel voting no.

Vice Chair Whitaker moved to certify the official results of the November 3, 2026 general election. Chair Kowalczyk seconded. The motion carried 4-0 at 3:42 p.m.

Amendment. Member Amsel moved to amend the audit plan to require a hand count of every
precinct rather than a sample of five. Member Carrow seconded. The amendment failed
1-3.
"""

SOURCES = [("canvass", MINUTES, own_corpus.meta("canvass", "Minutes of the Canvass", "minutes", "Ashgrove County Board of Elections", "2026-11-23"))]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(tmp_path_factory.mktemp("roll-calls"), SOURCES)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the motion the sentence's words tell of, its parts from the sentences after the mover's
        ("Footnote, since readers asked: Chair Ruth Ann Kowalczyk moved to certify the results.", {"Ruth Ann Kowalczyk"}),
        ("Certification: moved by Vice Chair Whitaker, seconded by Member Amsel, passed 4-0.", {"Amsel"}),
        ("Certification: moved by Vice Chair Whitaker, seconded by Chair Kowalczyk, passed 4-0.", set()),
        # a possessive's motion is its mover's
        ("Vice Chair Whitaker's motion to count nine absentee ballots with mismatched license numbers failed 2-2.", {"Whitaker"}),
        ("Member Carrow's motion to count nine absentee ballots with mismatched license numbers failed 2-2.", set()),
        # a paragraph wrapped by hand is read whole; a possessive's amendment is its mover's
        ("Amsel's amendment to hand count every precinct, seconded by Chair Kowalczyk, failed 1-3.", {"Kowalczyk"}),
        ("Amsel's amendment to hand count every precinct, seconded by Member Carrow, failed 1-3.", set()),
        # the one no of a roll call that names its noes
        ("The board rejected 164 provisional ballots 3-1, with Chair Kowalczyk the lone no.", {"Kowalczyk"}),
        ("The board rejected 164 provisional ballots 3-1, with Member Carrow the lone no.", set()),
        # the clause naming the mover tells of the motion, not the clause after a semicolon
        ("Member Carrow made the motion to reject the 164 provisional ballots; Amsel asked about the minutes of the regular meeting.", {"Carrow"}),
        ("Member Amsel made the motion to reject the 164 provisional ballots; Carrow asked about the minutes of the regular meeting.", set()),
        # "the lone no vote came from": the vote's source, before the name
        ("On the motion to reject the 164 provisional ballots, the lone no vote came from Chair Kowalczyk.", {"Kowalczyk"}),
        ("On the motion to reject the 164 provisional ballots, the lone no vote came from Member Carrow.", set()),
        # several noes, listed
        ("The motion to count the nine ballots failed when Vice Chair Whitaker and Chair Kowalczyk voted no.", {"Kowalczyk"}),
    ],
)
def test_a_motion_is_read_whole(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-12-01") == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # what was moved is the sentence before's: the bullet goes on about the item above it
        (
            "- The board took up the nine absentee ballots with mismatched license numbers.\n- It was moved by Vice Chair Whitaker and seconded by Chair Kowalczyk.",
            {"Whitaker"},
        ),
        (
            "- The board took up the nine absentee ballots with mismatched license numbers.\n- It was moved by Member Carrow and seconded by Chair Kowalczyk.",
            set(),
        ),
    ],
)
def test_a_motion_named_by_the_sentence_before(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-12-01") == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a tally is its motion's, the motion the sentence's words tell of
        ("The board voted 4-0 to certify the official results of the general election.", set()),
        ("The board voted 3-1 to certify the official results of the general election.", {"3-1"}),
    ],
)
def test_a_tally_is_its_motions(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-12-01") == errors


def test_a_motion_to_amend_is_read_as_one(extracted: Path) -> None:
    """ "Member Amsel moved to amend the audit plan": an amendment, no main motion (what "the final resolution" is not)."""
    from factcheck.compare.roll_calls import calls_of
    from factcheck.corpus.cache import load_index

    calls = calls_of(load_index(extracted), "canvass")
    assert [call.amends for call in calls] == [False] * (len(calls) - 1) + [True]
    assert calls[-1].mover == "leonard-amsel"
