"""A faculty senate's resolution and the regents' vote it answers, read for what belongs to which fact (issue 11):
one body's tally is not another's; a post given after a parenthesis; "could not" reports "I cannot"; a party given as a
predicate; a date that dates a cited page; a short quotation no one is named as saying; a row's number in a table.

Sources of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

RESOLUTION = """FORT AMES FACULTY SENATE
Resolution FS 2026-07

Introduced by Senator Samuel Greeley (History), Vice President of the Faculty Senate, and co-sponsored by Senator Lena Marwick (Nursing).

WHEREAS, on October 8, 2026, the Board of Regents voted 6-3 to raise resident tuition by 4.8 percent; and

WHEREAS the increase is the second in two years;

RESOLVED, that the Faculty Senate calls on the Board of Regents to raise the aid set-aside from 15 percent to 25 percent.

Last night the Faculty Senate adopted the resolution by a vote of 41 to 12, with three abstentions.

Senator Greeley said the increases were "a pattern, not an emergency for this campus."

Senator Marwick said: "Rising tuition is a serious problem that the regents must address."
"""

MINUTES = """BOARD OF REGENTS
Minutes of the Regular Meeting, October 8, 2026

Regent Harlan Voss stated that he would vote no. "I cannot ask a family in Dunmore to find four hundred and fifty dollars more next fall," he said.

State Sen. Ruth Okafor (R-Fort Ames) spoke in favor of the increase during public comment.

The motion to raise tuition by 4.8 percent carried on a roll call.

Nonresident undergraduate tuition would increase 6.5 percent, from $27,600 to $29,394, and resident graduate tuition would increase 3.9 percent.

The auditor found that the system's fiscal year 2025 reserve figure of $112.9 million was overstated by $7.6 million.

The dining contract went to Prairie Foods, whose president, Blake Voss, is the nephew of Regent Harlan Voss.

Wade Tillman of Cabool, president of the Deer Hunters' Federation, spoke against the increase.

Interim President Dana Whitcomb said the change applies first in Zone 3 campuses.

Fort Ames Health Commissioner Dr. Lena Park said the clinic will stay open.
"""

SOURCES = [
    ("fs-2026-07", RESOLUTION, own_corpus.meta("fs-2026-07", "Resolution FS 2026-07", "resolution", "Fort Ames Faculty Senate", "2026-10-14")),
    ("regents-2026-10-08", MINUTES, own_corpus.meta("regents-2026-10-08", "Minutes", "meeting minutes", "Board of Regents", "2026-10-08")),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(tmp_path_factory.mktemp("senate"), SOURCES)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a figure beside one the claim states exactly is held against that claim's figure framed like it
        ("Out-of-state students will see a steeper jump: nonresident tuition rises 6.6 percent, to $29,394.", {"6.6 percent"}),
        ("Out-of-state students will see a steeper jump: nonresident tuition rises 6.5 percent, to $29,394.", set()),
        # two digits turned round, in a claim about the sentence
        ("The same method inflated the prior year's $112.9 million reserve figure by $6.7 million.", {"$6.7 million"}),
        ("The same method inflated the prior year's $112.9 million reserve figure by $7.6 million.", set()),
        # family words beyond the nearest
        ("The firm's president, Blake Voss, is the son of Regent Harlan Voss.", {"son"}),
        ("The firm's president, Blake Voss, is the nephew of Regent Harlan Voss.", set()),
        # a post after "X of <town>," is X's, not the town's
        ("Tillman, president of the Deer Hunters' Federation, spoke against it.", set()),
        ("Tillman, president of the Faculty Senate, spoke against it.", {"president of the Faculty Senate"}),
        # a numbered part ("Zone 3") is no town the claim is placed in
        ("At the meeting in Fort Ames, Whitcomb said the change applies first in Zone 3 campuses.", set()),
        # "Health Commissioner" names no "Health Commission" that the draft's body was put for
        ("Park told the Fort Ames Board of Health the clinic will stay open.", set()),
        # a tally is held against the vote of the body the sentence names, not another body's
        ("On Tuesday, the Fort Ames Faculty Senate voted 41-12 for a resolution calling on regents to rethink.", set()),
        ("In October the Board of Regents voted 7-2 to raise resident tuition by 4.8 percent.", {"7-2"}),
        # a post written after a parenthesis ("(History), Vice President of the Faculty Senate") is the person's
        ("Senate Vice President Samuel Greeley called the increases a pattern.", set()),
        # reported speech says the speaker's "cannot" as "could not": the same, not its opposite
        ('Regent Harlan Voss said he could not ask "a family in Dunmore to find four hundred and fifty dollars more next fall."', set()),
        # a party given as a predicate
        ("Okafor is a Democrat who spoke in favor of the increase.", {"Democrat"}),
        ("Okafor is a Republican who spoke in favor of the increase.", set()),
        # the date in a cited work's parentheses dates the page, not the vote
        ('**"Regents raise tuition" (Oct. 13, Page A1):** The Board of Regents voted 6-3 on the increase.', set()),
        ("The Board of Regents voted 6-3 on the increase on Oct. 13.", {"Oct. 13"}),
        # five words one off, said by no one named: a phrase in quotation marks, not the speaker's words changed
        ('A2 "Tuition is a minor problem": cross-apply the first card.', set()),
        ('Marwick said "tuition is a minor problem."', {"minor"}),
    ],
)
def test_each_fact_is_held_against_its_own(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-10-16") == errors


@pytest.mark.parametrize(
    ("text", "voters"),
    [
        ("On Tuesday, the Fort Ames Faculty Senate voted 41-12 for a resolution", {"fort", "ame", "faculty", "senat"}),
        (
            "WHEREAS, on October 8, the Board of Regents of the Calder State University System voted 6-3",
            {"board", "regent", "calder", "stat", "university", "system"},
        ),
        ("the council voted 5-2 on the motion", {"council"}),  # a body in lower case names who voted too
        ("The Authority's seven-member board voted 6-1 on Thursday", {"authority", "seven", "member", "board"}),
        ("the members voted 5-2 on the motion", set()),  # no body votes: every vote may be the one meant
        ("The motion carried 5-2.", set()),
        ("The City Council approved it 5-2.", {"city", "council"}),
    ],
)
def test_who_voted_is_the_name_before_the_tally_word(text: str, voters: set[str]) -> None:
    from factcheck.compare.tallies import voters as voting

    assert voting(text) == voters


def test_a_tables_row_numbers_are_no_figures(cli, extracted: Path) -> None:
    table = "| # | Answer |\n|---|---|\n| 7 | The Board of Regents voted to raise tuition. |\n| 41 | The Faculty Senate adopted the resolution. |"
    assert own_corpus.errors(cli, extracted, table, "2026-10-16") == set()
    # a row's figure is still held against its fact: the regents' tally (a bare "7" under "Votes for" is no share
    # and no sum of money, and nothing here reads the column's heading)
    counted = "| Body | Vote |\n|---|---|\n| Board of Regents | voted 7-2 to raise resident tuition |"
    assert own_corpus.errors(cli, extracted, counted, "2026-10-16") == {"7-2"}
