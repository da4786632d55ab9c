"""A school board's bus contract, the union local's answer and a division's staff report, read for what belongs to
which fact (issue 11): a motion's own tally however its words frame it; a person's year, not another person's of the
same local; the very day a claim about the sentence states; a swapped name before a clause about it; a union local's
number inside a speaker's title; lower-case occupations before a name.

Sources of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """ORCHARD VALLEY SCHOOL DISTRICT
Minutes of the Regular Meeting of the Board of School Directors, June 1, 2026

Discussion: Mr. Lindgren moved to table the motion until the meeting of June 15, 2026. Ms. Ferro seconded. The motion to table failed, 2-6 (Ferro and Lindgren voting yes).

Mrs. Okada moved to award the transportation contract to Ridgeline Coach. The motion carried, 6-2.

Marta Silva, president of Amalgamated Drivers Local 418, asked the Board to delay the award.
"""

UNION = """AMALGAMATED DRIVERS LOCAL 418
For immediate release, June 2, 2026

"Ridgeline says it wants experienced drivers. Experience costs something," said Local 418 Vice President Omar Haddad, who has driven Orchard Valley routes since 2007.

"We are not asking for a raise," said Local 418 President Marta Silva. "We are asking Ridgeline to match what our members earn today."

Marta Silva, a bus driver for 21 years, was elected president of the local in 2021.
"""

MEMO = """ORCHARD VALLEY SCHOOL DISTRICT
Office of the Superintendent
DATE: Monday, August 3, 2026

On Wednesday, August 26, 2026, the first day of the 2026-27 school year, Ridgeline Coach will begin carrying our students.

Information sessions: Tuesday, August 18, at 6:30 p.m. in the Orchard Valley High School auditorium, and Thursday, August 20, at 6:30 p.m. in the Birch Lane Middle School cafeteria.

Senior mechanic Tobias Grell, who has kept the district's fleet running since 2012, will inspect every bus. Mechanic Ana Ruiz joined the garage staff in May.

Lead sanitarian Petra Wolcott and dispatcher Lionel Marsh will staff the route hotline.
"""

SOURCES = [
    ("ov-minutes-2026-06-01", MINUTES, own_corpus.meta("ov-minutes-2026-06-01", "Minutes", "meeting minutes", "Orchard Valley School District", "2026-06-01")),
    ("local-418-2026-06-02", UNION, own_corpus.meta("local-418-2026-06-02", "Statement", "press release", "Amalgamated Drivers Local 418", "2026-06-02")),
    ("ov-memo-2026-08-03", MEMO, own_corpus.meta("ov-memo-2026-08-03", "Memo", "memo", "Orchard Valley School District", "2026-08-03")),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(tmp_path_factory.mktemp("bus"), SOURCES)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the motion's own tally, though the claim frames it by the names after it and not by the sentence's words (here
        # the claim also covers the sentence well enough; probes/2026-11-29-bx-uncurated keeps the case where it did not)
        ("Board member Lindgren tried to put off the vote until June 15, but that motion failed 2-6.", set()),
        ("Board member Lindgren tried to put off the vote until June 15, but that motion failed 3-5.", {"3-5"}),
        # the year of the sentence's person, not of another officer of the same local framed more like it
        ("Marta Silva, a bus driver for 21 years, has been president of Local 418 since 2021.", set()),
        ("Marta Silva, a bus driver for 21 years, has been president of Local 418 since 2019.", {"2019"}),
        # the very day a claim about the sentence states, though another claim has more of the date's words
        ("The first is Tuesday, Aug. 18, at 6:30 p.m. in the high school auditorium.", set()),
        # a name swapped before the clause the sources say about another ("X, who has kept ...")
        ("Mechanic Ana Ruiz has kept the district's fleet running since 2012.", {"Ana Ruiz"}),
        ("Senior mechanic Tobias Grell has kept the district's fleet running since 2012.", set()),
        # a speaker's title holds the local's number: the words are the vice president's, not the president's
        ('"Ridgeline says it wants experienced drivers," said Local 418 President Marta Silva.', {"Marta Silva"}),
        ('"We are not asking for a raise," said Local 418 President Marta Silva.', set()),
    ],
)
def test_each_fact_is_held_against_its_own(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-08-06") == errors


def test_a_name_before_a_number_is_no_person(extracted: Path) -> None:
    """ "said Local 418 Vice President ...": "Local" is the local's name, no speaker, and the quotation is the officer's."""
    people = (extracted / "claims" / "entities.extracted.yaml").read_text(encoding="utf-8")
    assert "name: Local\n" not in people and "name: Drivers Local" not in people
    union = (extracted / "claims" / "local-418-2026-06-02.extracted.yaml").read_text(encoding="utf-8")
    assert "speaker: marta-silva" in union and "speaker: omar-haddad" in union


def test_lower_case_occupations_before_a_name_make_a_person(extracted: Path) -> None:
    people = (extracted / "claims" / "entities.extracted.yaml").read_text(encoding="utf-8")
    for name in ("Tobias Grell", "Ana Ruiz", "Petra Wolcott", "Lionel Marsh"):
        assert f"name: {name}\n" in people
