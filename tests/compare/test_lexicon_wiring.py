"""The comparers read their English from the lexicon (issue 9): a title the detector reads is a title the
comparer knows, a different office is a different head, and adding a title, a past marker or a unit is
one data row, taken by a comparer given that lexicon (`lex=`).

Unit rows use a registry of their own (entities built here), not the shipped claims; the issue's example
runs through the real CLI against the shipped corpus.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck import lexicon
from factcheck.compare import SentenceFacts, attribution, dates, entities, figures, numbers, quotes, swaps
from factcheck.corpus import index as claim_index
from factcheck.lexicon import DATA, Lexicon
from factcheck.mentions.names import EntityRef
from factcheck.model import Attribute, Corpus, Entity, Mention, Quantity

ROOT = Path(__file__).resolve().parents[2]
HEARING = "Heidi Heitkamp helped lead a Senate hearing on human trafficking in September 2013."


# --- the example, through the CLI ----------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Superintendent", ("entity", "error", "Superintendent")),  # a title the comparer did not know: was `supported`
        ("Governor", ("entity", "error", "Governor")),
        ("Senator", ("supported", "info", "")),  # what she is
    ],
)
def test_a_title_the_detector_reads_is_a_title_the_comparer_knows(cli, tmp_path, title, expected):
    draft = tmp_path / "draft.md"
    draft.write_text(f"{title} {HEARING}\n", encoding="utf-8")
    run = cli("verify", "--root", str(ROOT), str(draft), "--format", "json", "--as-of", "2015-12-15")
    found = [(f["kind"], f["severity"], f["text"]) for file in run.json()["files"] for f in file["findings"]]
    assert found == [expected]
    assert run.code == (1 if expected[1] == "error" else 0)


# --- titles against a registry of our own -----------------------------------------------


def _index(held: str, **when: str):
    person = Entity(id="jane-roe", type="person", name="Jane Roe", attributes=(Attribute("title", held, **when),))  # type: ignore[arg-type]
    return claim_index.build(Corpus(root=str(ROOT), sources={}, claims={}, entities={person.id: person}))


def _title_verdicts(held: str, written: str, *, lex: Lexicon | None = None, as_of: str = "2015-12-15", **when: str):
    """What the entity comparer says of "<written> Jane Roe spoke." for a Jane Roe the registry holds as `held`."""
    text = f"{written} Jane Roe spoke."
    start = len(written) + 1
    ref = EntityRef(ids=("jane-roe",), name="Jane Roe", title=written, title_span=(0, len(written)))
    facts = SentenceFacts(
        text=text, dates=(), numbers=(), quotes=(), entities=(Mention("entity", start, start + 8, "Jane Roe", ref),), speakers=(), candidates=(), as_of=as_of
    )
    return [(v.found, v.expected) for v in entities.compare(facts, _index(held, **when), lex=lex) if v.contradicts]


@pytest.mark.parametrize(
    ("held", "written", "wrong"),
    [
        # titles the comparer did not know before the lexicon (38 of the detector's 67)
        ("U.S. Senator", "Superintendent", True),
        ("U.S. Senator", "Lt. Gov.", True),
        ("U.S. Senator", "Chancellor", True),
        ("U.S. Senator", "Sen.", False),
        ("U.S. Senator", "U.S. Sen.", False),
        ("Superintendent of Schools", "Superintendent", False),
        ("county councilmember", "Councilwoman", False),  # one head: Councilmember
        ("Alderman", "Alderwoman", False),
        # a different office is a different head (README disagreement 3): decided conservatively
        ("President", "Vice President", True),
        ("Vice President", "President", True),
        ("President", "President", False),
        ("Governor of Ohio", "Lieutenant Governor", True),
        ("Governor of Ohio", "Lt. Gov.", True),
        ("Lieutenant Governor of Ohio", "Lt. Gov.", False),
        ("Inspector General", "General", True),
        ("Inspector General", "Inspector General", False),
        # heads as the comparer had them
        ("Hennepin County Attorney", "Prosecutor", False),
        ("Chairwoman of the committee", "Chair", False),
        ("Congresswoman", "Rep.", False),
    ],
)
def test_a_written_title_is_held_against_the_heads_of_the_titles_held(held, written, wrong):
    assert bool(_title_verdicts(held, written)) is wrong


@pytest.mark.parametrize("written", ["former Senator", "ex-Senator", "onetime Senator", "then-Senator", "Former Sen."])
def test_a_past_marker_from_the_lexicon_makes_a_title_held_until_a_date_right(written):
    assert _title_verdicts("U.S. Senator", written, until="2010") == []


def test_a_title_held_until_a_date_is_wrong_without_a_past_marker():
    assert _title_verdicts("U.S. Senator", "Senator", until="2010") == [("Senator", "former Senator")]


# --- one row is all it takes -------------------------------------------------------------


def _with_rows(tmp_path: Path, rows: dict[str, str]) -> Lexicon:
    """The shipped lexicon copied, with these rows added (table -> tab-separated lines)."""
    folder = tmp_path / "lexicon"
    shutil.copytree(DATA, folder)
    for table, text in rows.items():
        with (folder / f"{table}.tsv").open("a", encoding="utf-8") as out:
            out.write(text)
    return lexicon.load(folder)


@pytest.fixture
def vizier(tmp_path) -> Lexicon:
    return _with_rows(
        tmp_path, {"titles": "Grand Vizier\tGrand Vizier\ttitle\t-\t-\n", "modifiers": "erstwhile\tpast\n", "units": "trooper\ttroopers\tcount\tpeople\t-\n"}
    )


def test_adding_a_title_is_one_row_the_comparer_reads(vizier):
    assert _title_verdicts("U.S. Senator", "Grand Vizier") == []  # the shipped lexicon has no such title: not checked
    assert _title_verdicts("U.S. Senator", "Grand Vizier", lex=vizier) == [("Grand Vizier", "U.S. Senator")]
    assert _title_verdicts("Grand Vizier of Agrabah", "Senator") == []  # nor is a held title it cannot read
    assert _title_verdicts("Grand Vizier of Agrabah", "Senator", lex=vizier) == [("Senator", "Grand Vizier of Agrabah")]
    assert _title_verdicts("Grand Vizier of Agrabah", "Grand Vizier", lex=vizier) == []


def test_adding_a_past_marker_is_one_row_the_comparer_reads(vizier):
    assert _title_verdicts("U.S. Senator", "erstwhile Senator", until="2010") == [("erstwhile Senator", "former erstwhile Senator")]
    assert _title_verdicts("U.S. Senator", "erstwhile Senator", lex=vizier, until="2010") == []


def test_adding_a_unit_that_counts_people_is_one_row_the_comparer_reads(vizier):
    troopers, people = Quantity(40, 40, 40, "trooper"), Quantity(40, 40, 40, "person")
    # the draft's "40 people" counts the sources' "40 troopers" once the lexicon knows troopers are people
    assert not figures.compatible(people, troopers)
    assert figures.compatible(people, troopers, lex=vizier)


def test_tables_are_built_once_per_lexicon(vizier):
    assert entities._words(None) is entities._words(lexicon.lexicon())
    assert entities._words(vizier) is entities._words(vizier)
    assert entities._words(vizier) is not entities._words(None)
    assert figures.lexical(vizier).people - figures.lexical(None).people == {"trooper", "troopers"}


@pytest.mark.parametrize("comparer", [attribution, dates, entities, numbers, quotes, swaps], ids=lambda m: m.__name__)
def test_every_comparer_that_reads_english_takes_a_lexicon(comparer, vizier):
    facts = SentenceFacts(text="Nothing here.", dates=(), numbers=(), quotes=(), entities=(), speakers=(), candidates=())
    index = _index("U.S. Senator")
    if comparer in (dates, quotes):
        assert comparer.compare(facts, index) == []  # they read no English
    else:
        assert comparer.compare(facts, index, lex=vizier) == []


# --- the figure a fix writes ------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "right", "expected"),
    [
        ("Two senators", 3, "Three senators"),
        ("two million people", 3e6, "3 million people"),  # the scale after a figure in words: was "3,000,000 million"
        ("1.5 trillion dollars", 2e12, "2 trillion dollars"),  # trillion is a scale like million: was "2,000,000,000,000"
        ("seven thousand people", 8000, "8,000 people"),
        ("twenty-one people", 22, "22 people"),
    ],
)
def test_a_fix_writes_the_figure_with_the_lexicons_number_words_and_scales(written, right, expected):
    drafted = Quantity(0, 0, 0, "person")
    assert figures.replacement(written, drafted, Quantity(right, right, right, "person")) == expected
