"""A press conference transcript whose turns are labelled by title (issue 11): "MAYOR:" and "CHIEF:" are the
one mayor and the one chief the transcript names; "REPORTER:" is no one. A pronoun after a quotation is the
person the sentence named before it; a bare precise figure a claim states is that claim's.

A transcript of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

TRANSCRIPT = """CITY OF BRANDT FALLS
TRANSCRIPT: Press Conference on the 2025 Fire Department Annual Report
Wednesday, March 4, 2026, 10:00 a.m.

Speakers: Mayor Lorna Haskett; Fire Chief Tobias Wren; Deputy Chief Ana Ruiz; members of the news media

MAYOR: Good morning. The fire department answered 14,212 calls last year, and structure fires fell from 163 in 2024 to 121. I want to thank every firefighter who made that happen.

CHIEF: Thank you, Mayor. Our median response time was six minutes and forty seconds. We are not where we need to be on staffing, but we are moving in the right direction.

REPORTER: Chief, when will Station 9 open?

CHIEF: Station 9 opens in September. It will cut response times in the north end by about two minutes.
"""

META = own_corpus.meta("bf-fire-presser", "Press Conference on the 2025 Fire Department Annual Report", "transcript", "City of Brandt Falls", "2026-03-04")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted(tmp_path_factory.mktemp("presser"), "presser", TRANSCRIPT, META)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a turn labelled by title is the words of the one person the transcript gives that title
        ('"We are not where we need to be on staffing, but we are moving in the right direction," Chief Tobias Wren said.', set()),
        ('"We are not where we need to be on staffing, but we are moving in the right direction," Mayor Lorna Haskett said.', {"Lorna Haskett"}),
        ('"I want to thank every firefighter who made that happen," Mayor Lorna Haskett said.', set()),
        ('"I want to thank every firefighter who made that happen," Chief Tobias Wren said.', {"Tobias Wren"}),
        # a pronoun after the quotation is the person the sentence named before it
        ('Chief Tobias Wren was cautious: "We are not where we need to be on staffing, but we are moving in the right direction," he said.', set()),
        # a bare precise figure a claim states is that claim's, not the nearer claim's other figure
        ("Structure fires fell to 121 last year, from 163 in 2024.", set()),
    ],
)
def test_a_transcripts_turns_are_its_speakers(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-03-05") == errors


def test_a_party_no_source_gives_leaves_the_sentence_unsupported(cli, extracted: Path) -> None:
    """The quotation is the mayor's, but no source gives her a party: the sentence is not backed whole."""
    draft = extracted / "party.md"
    draft.write_text('Mayor Lorna Haskett, a Republican, said: "I want to thank every firefighter who made that happen."\n', encoding="utf-8")
    run = cli("verify", "--root", str(extracted), str(draft), "--format", "json", "--as-of", "2026-03-05")
    (finding,) = [f for file in run.json()["files"] for f in file["findings"]]
    assert (finding["severity"], finding["text"]) == ("warning", "Republican")
