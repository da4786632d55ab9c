"""The detectors read their English from the lexicon: adding a title, a speech verb or a party is one data row.

Each test copies the shipped lexicon, appends one row, loads the copy (`lexicon.load(folder)`) and
hands it to the detector as `lex`: the detector uses the row, and the shipped lexicon is untouched.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck import lexicon, segment
from factcheck.lexicon import DATA, Lexicon
from factcheck.mentions import dates, names, numbers, quotes
from factcheck.model import Entity

INDEX = names.build_index(
    {
        "heidi-heitkamp": Entity("heidi-heitkamp", "person", "Heidi Heitkamp", ("Heitkamp",)),
        "amy-klobuchar": Entity("amy-klobuchar", "person", "Amy Klobuchar", ("Klobuchar",)),
    }
)


def _with_row(tmp_path: Path, table: str, row: str) -> Lexicon:
    folder = tmp_path / "lexicon"
    shutil.copytree(DATA, folder)
    with (folder / f"{table}.tsv").open("a", encoding="utf-8") as out:
        out.write(row + "\n")
    return lexicon.load(folder)


def _person(text: str, lex: Lexicon | None = None) -> tuple[str | None, str | None, str | None]:
    """(title, party, state) of the one person `text` names."""
    [found] = names.detect(text, INDEX, lex=lex)
    return found.value.title, found.value.party, found.value.state


def _speaker(text: str, lex: Lexicon | None = None) -> tuple[str | None, str]:
    spans = [(m.start, m.end) for m in names.detect(text, INDEX, lex=lex)]
    [found] = quotes.detect(text, spans, lex=lex)
    return found.value.speaker_text, found.value.how


def test_a_title_row_makes_a_title(tmp_path: Path) -> None:
    text = "Grand Vizier Heidi Heitkamp helped lead a Senate hearing."
    assert _person(text)[0] is None
    added = _with_row(tmp_path, "titles", "Grand Vizier\tGrand Vizier\ttitle\t-\t-")
    assert _person(text, added)[0] == "Grand Vizier"
    assert _person(text)[0] is None  # the shipped lexicon is untouched


def test_a_speech_verb_row_attributes_a_quotation(tmp_path: Path) -> None:
    text = '"We have a long way to go," Heitkamp quipped.'
    assert _speaker(text) == (None, "none")
    added = _with_row(tmp_path, "speech", "quip\tquipped\tquips\tquipping\tverb")
    assert _speaker(text, added) == ("Heitkamp", "after")
    assert _speaker('"We have a long way to go," quips Heitkamp.', added) == ("Heitkamp", "after")


def test_a_party_row_makes_a_party_tag(tmp_path: Path) -> None:
    text = "Sen. Heidi Heitkamp (L-N.D.) spoke."
    assert _person(text)[1:] == (None, None)
    added = _with_row(tmp_path, "parties", "Libertarian\tL\tLibertarian\tLibertarians\t-")
    assert _person(text, added) == ("Sen.", "Libertarian", "North Dakota")
    assert _person("Libertarian Sen. Heidi Heitkamp spoke.", added)[:2] == ("Sen.", "Libertarian")
    assert _person("Heitkamp, a Libertarian, spoke.", added)[1] == "Libertarian"


def test_a_title_used_alone_is_one_flag(tmp_path: Path) -> None:
    text = 'Heitkamp met voters. "We have a long way to go," the vizier said.'
    assert _speaker(text) == (None, "none")
    added = _with_row(tmp_path, "titles", "vizier\tvizier\tnoun\t-\talone")
    assert _speaker(text, added) == ("the vizier", "after")


def test_a_date_word_row_makes_a_relative_date(tmp_path: Path) -> None:
    text = "The hearings ran throughout March."
    assert dates.detect(text, "2014-04-15") == []
    added = _with_row(tmp_path, "wordsets", "month-preposition\tthroughout")
    [found] = dates.detect(text, "2014-04-15", lex=added)
    assert (found.text, found.value.first, found.value.last) == ("throughout March", "2014-03-01", "2014-03-31")


def test_a_hedge_row_widens_a_figure(tmp_path: Path) -> None:
    added = _with_row(tmp_path, "hedges", "north of\tabove\t1.0001\tinf\t-")
    [plain] = numbers.detect("north of 500 people")
    [hedged] = numbers.detect("north of 500 people", lex=added)
    assert plain.value.hedge == "" and hedged.value.hedge == "north of" and hedged.value.high == float("inf")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # Titles the segmenter knew and the detector did not (README disagreement 7).
        ("Col. Heidi Heitkamp spoke.", "Col."),
        ("Supt. Heidi Heitkamp spoke.", "Supt."),
        # Past markers before a title, hyphenated as the comparer reads them (disagreement 16).
        ("ex-Gov. Heidi Heitkamp spoke.", "ex-Gov."),
        ("Former Sen. Heidi Heitkamp spoke.", "Former Sen."),
        ("The Complex-Gov. Heidi Heitkamp spoke.", "Gov."),  # a marker starts a word
    ],
)
def test_titles_from_every_copy_are_read(text: str, title: str) -> None:
    assert _person(text)[0] == title


@pytest.mark.parametrize(
    "text",
    [
        '"It is a start," the official said.',  # vague: an unnamed official is often someone else
        '"It is a start," I said.',  # the writer, not the last person named
    ],
)
def test_vague_titles_and_the_first_person_are_no_speaker(text: str) -> None:
    assert _speaker("Heitkamp met voters. " + text) == (None, "none")


def test_patterns_are_built_once_per_lexicon(tmp_path: Path) -> None:
    added = _with_row(tmp_path, "titles", "Grand Vizier\tGrand Vizier\ttitle\t-\t-")
    assert names._patterns(added) is names._patterns(added)
    assert names._patterns(None) is names._patterns(lexicon.lexicon()) is not names._patterns(added)


def test_a_title_abbreviation_row_holds_a_sentence_together(tmp_path: Path) -> None:
    text = "The hearing was chaired by Brig. Jane Roe of the Guard."
    assert len(segment.split(text)) == 2
    added = _with_row(tmp_path, "titles", "Brig.\tBrigadier\ttitle\t-\t-")
    assert segment.split(text, lex=added) == [(0, len(text))]
