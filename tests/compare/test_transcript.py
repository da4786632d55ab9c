"""A hearing transcript read as its speakers' words (issue 11): a turn's sentences are its speaker's quotations
though no quotation mark says so, a question states nothing, a share in words is rounded, a multiple the
sentence works out itself needs no source, a footnote that names the publisher cites the source, and the
person before the same act is held against the sources' one.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

TRANSCRIPT = """STATE OF NORTHLAND HOUSE OF REPRESENTATIVES
COMMITTEE ON PUBLIC SAFETY

Public hearing on House Bill 204
Tuesday, October 6, 2026

MEMBERS PRESENT: Rep. Carla Imhoff (D-Easton), Chair; Rep. Victor Lindahl (R-Pine Ridge), Minority Vice Chair.

CHAIR IMHOFF: The committee will come to order. Our first witness is Dr. Helena Vasko, director of the state crime laboratory.

DR. VASKO: Thank you, Madam Chair. Our laboratory tested 4.2 kilograms of seized fentanyl in 2025. In 2023 that number was 1.1 kilograms. Fentanyl was present in 71 percent of the overdose deaths we examined. Every dollar we spend on testing is a dollar that keeps officers safe.

REP. LINDAHL: Dr. Vasko, how many of those 31 cases came from rural counties?

DR. VASKO: Eleven, Representative.

CHAIR IMHOFF: Next, Kevin Osei, policy director of the Northland Harm Reduction Coalition.

MR. OSEI: Thank you, Madam Chair. We urge the committee to fund the laboratory in full this year.

At two earlier hearings, Rep. Lindahl questioned State Police Commander Ruth Ames about laboratory delays.

State Sen. Paula Reyes, D-Easton, who chairs the Senate Health Committee, attended. The bill requires counties to spend no less than 2.5 percent of the grant on testing.
"""

META = own_corpus.meta("northland-hb204-hearing", "Hearing on House Bill 204", "transcript", "Northland House Clerk", "2026-10-06")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted(tmp_path_factory.mktemp("transcript"), "hearing", TRANSCRIPT, META)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a turn's words are its speaker's quotation: a word changed is a misquote, the words given to another a misattribution
        ('Vasko told the committee that "every dollar we spend on testing is a dollar that keeps officers safe."', set()),
        ('Vasko told the committee that "every dollar we spend on testing is a dollar that keeps people safe."', {"people"}),
        # a question states nothing: the answer's "eleven" is not held against the question's 31
        ("Asked by Lindahl how many of the cases came from rural counties, Vasko said eleven.", set()),
        # a share in words is rounded: 71 percent is seven in ten
        ("Fentanyl was present in seven of every ten overdose deaths the laboratory examined, Vasko said.", set()),
        # a multiple the sentence works out from its own figures
        ("The laboratory tested 4.2 kilograms of seized fentanyl in 2025, nearly four times the 1.1 kilograms it tested in 2023.", set()),
        # the person before the same act: the sources give the questioning to Lindahl
        ("At two earlier hearings, Rep. Carla Imhoff questioned State Police Commander Ruth Ames about laboratory delays.", {"Carla Imhoff"}),
        ("At two earlier hearings, Rep. Lindahl questioned State Police Commander Ruth Ames about laboratory delays.", set()),
        # a party tag set off by commas ("Sen. Paula Reyes, D-Easton,") is read by extract too
        ("State Sen. Paula Reyes, a Republican from Easton, attended.", {"Republican"}),
        ("State Sen. Paula Reyes, a Democrat from Easton, attended.", set()),
        # a bound turned, touching the source's at its figure
        ("The bill requires counties to spend no more than 2.5 percent of the grant on testing.", {"no more than 2.5 percent"}),
        ("The bill requires counties to spend at least 2.5 percent of the grant on testing.", set()),
        # a role read from "X, policy director of Y" and a transcript turn under "MR. OSEI:"
        ("| Witness | Title |\n| --- | --- |\n| Kevin Osei | Executive director, Northland Harm Reduction Coalition |", {"Executive director"}),
        ("| Witness | Title |\n| --- | --- |\n| Kevin Osei | Policy director, Northland Harm Reduction Coalition |", set()),
        ('"We urge the committee to fund the laboratory in full this year," Vasko said.', {"Vasko"}),
        # a footnote that names the publisher and the kind cites the source: its date is the publication's
        ("Northland House Clerk transcript, Oct. 6, 2026.", set()),
        ("Northland House Clerk transcript, Oct. 9, 2026.", {"Oct. 9, 2026"}),
    ],
)
def test_a_transcript_is_read_as_its_speakers_words(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-10-08") == errors
