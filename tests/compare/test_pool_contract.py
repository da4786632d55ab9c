"""A township's pool contract as its trustees' minutes, a families' letter and a lifeguards' bulletin write them
(issue 11, rounds 46-48): a roll call's recusal is no word of what was moved; a trustee who seconds two motions of one
paragraph seconds both; "my motion" is the writer's; a speaker's quoted words tell of no motion; a figure changed
"instead of" another; a signature block's lines; a body's name before "asked" is no person; a letter "last week"; a
posting note dates no event; the draft's own masthead is no citation; the time of day is no word of what happened.

A corpus of our own run through the real `extract` and `verify`. The rows marked "guard" pass on the code before these
fixes too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """FENWICK TOWNSHIP BOARD OF TRUSTEES
MINUTES OF THE REGULAR MEETING
Monday, June 9, 2025

Present: Chair Alma Reinholt; Trustees Boris Lindgren, Carla Whitfield, Dev Narayan, Edith Sorensen, Felix Ostrowski and Gina Park.

Nadia Cole, executive director of the Buckeye Aquatics Alliance, Columbus, asked the Board to "fund the pool, not the parking lot."
Trustee Sorensen announced that she would recuse herself from the pool items because her nephew works for Bluewater Pools Inc.
Trustee Lindgren said, "We are rushing a two-million-dollar contract we read for the first time last week."
Trustee Lindgren moved to table the pool contract until the July 14, 2025, meeting; Trustee Whitfield seconded.
Roll call on the motion to table: Ayes: Lindgren, Whitfield. Nays: Narayan, Ostrowski, Park, Reinholt. Recused: Sorensen. The motion failed, 2-4.
Trustee Ostrowski moved to award the contract to Bluewater Pools Inc. for $1,980,000, with the season-pass fee payable over 6 months; Trustee Whitfield seconded.
Trustee Narayan moved to amend the motion to make the season-pass fee payable over 12 months instead of 6; Trustee Park seconded.
Roll call on the amendment: Ayes: Narayan, Ostrowski, Park, Reinholt, Whitfield. Nays: Lindgren. Recused: Sorensen. The amendment passed, 5-1.
Trustee Whitfield said, "I came in ready to table this, but the amendment answers the concerns I heard from families."
Roll call on the motion as amended: Ayes: Narayan, Ostrowski, Park, Reinholt, Whitfield. Nays: Lindgren. Recused: Sorensen. The contract was awarded as amended, 5-1.

Posted to the Fenwick Township website June 12, 2025.
"""

LETTER = """FENWICK SWIM FAMILIES
412 Orchard Lane, Fenwick, Ohio

June 4, 2025

Dear Trustees:

We write on behalf of 240 families to ask you to award the pool contract at next Monday's meeting.
Our families voted Thursday night, May 29, to back the contract.

Respectfully submitted,

Hannah Brisco, organizer, 18 Maple Court
Ivan Petrov, organizer, Petrov Family Orchard, 77 Ridge Road
"""

BULLETIN = """FENWICK LIFEGUARDS ASSOCIATION
Member Bulletin No. 9, May 28, 2025

The association's 38 lifeguards will staff the new pool when it opens.

Pool opening: no later than May 23, 2026, with swim lessons planned for June 2026.
"""


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("pool"),
        [
            ("minutes", MINUTES, own_corpus.meta("minutes", "Trustees' minutes", "minutes", "Fenwick Township Board of Trustees", "2025-06-12")),
            ("letter", LETTER, own_corpus.meta("letter", "Letter to the trustees", "letter", "Fenwick Swim Families", "2025-06-04")),
            ("bulletin", BULLETIN, own_corpus.meta("bulletin", "Member Bulletin No. 9", "member bulletin", "Fenwick Lifeguards Association", "2025-05-28")),
        ],
    )


def test_a_signature_line_gives_its_signer_the_role(pool: Path) -> None:
    entities = {e["name"]: e for e in own_corpus.proposed(pool, "entities", "entities")}
    assert "Petrov Family Orchard" not in entities, entities.keys()
    roles = [a["value"] for a in entities["Ivan Petrov"].get("attributes", []) if a["attribute"] == "role"]
    assert roles == ["organizer"]


def test_a_bodys_name_before_its_town_is_no_person(pool: Path) -> None:
    people = {e["name"] for e in own_corpus.proposed(pool, "entities", "entities") if e["type"] == "person"}
    assert not any("Aquatics" in name for name in people), people


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the motion to table's paragraph has the recusal in it: "recused" tells of no motion, the tally does
        ("The vote was 5-1, with Trustee Boris Lindgren casting the lone no vote and Trustee Edith Sorensen recused.", set()),
        # Whitfield seconded the motion to table, and the award too; her quoted words tell of no motion (the first row a
        # guard)
        ('Trustee Carla Whitfield, who had seconded Lindgren\'s motion to table, said the amendment "answers the concerns I heard from families."', set()),
        ("Trustee Ostrowski moved to award the contract; Trustee Carla Whitfield seconded.", set()),
        ("Trustee Ostrowski moved to award the contract; Trustee Gina Park seconded.", {"Gina Park"}),
        # whichever motion "the contract" is, the roll calls record Whitfield voting yes
        ("Trustee Carla Whitfield joined Boris Lindgren in voting against the contract.", {"Carla Whitfield"}),
        ("Trustee Boris Lindgren cast the lone vote against the contract.", set()),
        # a label's date after "no later than" is the label's: the opening, not the lessons
        ("| Pool opening | May 23, 2027 |", {"May 23, 2027"}),
        ("| Pool opening | May 23, 2026 |", set()),
        # the amendment changed the months the fee is paid over: 12 is the sources' figure as changed (guard)
        ("Families may now pay the season-pass fee over 12 months.", set()),
        # a body's words are no speaker's (guard: the draft names the speaker)
        ('Nadia Cole of the Buckeye Aquatics Alliance asked the trustees to "fund the pool, not the parking lot."', set()),
        # the letter is dated June 4: "last week" of June 10, though it asks of "next Monday's meeting"
        ("The Fenwick Swim Families had asked the board in a letter last week to award the contract.", set()),
        # the day the minutes went up is no date of what the pool does (guard)
        ("Children in Fenwick Township will swim in the new pool starting next month.", set()),
    ],
)
def test_the_pool_contract(cli, pool: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, pool, text, "2025-06-10") == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the writer moved the award: "my motion" is that one, seconded by Whitfield, not the amendment Park seconded (guard)
        ("It passed 5-1, and the contract as amended passed by the same margin, with Trustee Carla Whitfield seconding my motion.", set()),
        # "the night of" says when, not what: the seconding is the meeting's, not the families' Thursday night (guard)
        ("On the night of Monday, June 9, I seconded the motion to award the contract as amended.", set()),
    ],
)
def test_the_writers_own_motion(cli, pool: Path, text: str, errors: set[str]) -> None:
    draft = f"---\nauthor: Felix Ostrowski\n---\n\n{text}"
    assert own_corpus.errors(cli, pool, draft, "2025-06-20") == errors


def test_the_drafts_own_masthead_is_no_citation(cli, pool: Path) -> None:
    masthead = "**Fenwick Lifeguards Association · Member Bulletin · June 2025**"
    assert own_corpus.errors(cli, pool, masthead, "2025-06-20") == set()
