"""Posts of one make held against each other: a rank changed ("senior" for "executive"), another C-suite
post, another office before the same head, a post read after a body's possessive or with no article, a
relation after "state Sen.", and a DFL tag written as D.

A corpus of our own run through the real `extract` and `verify`: the wrong post, rank or relation gets an
error; the right one and a shortened one none.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MILL = """Harlan Ridge Mills names new leaders after strike

PINECREST, Minn. — Harlan Ridge Mills will reopen its Pinecrest plant in April, the company said Monday.

Company participants:
Corinne Vashti — Executive Vice President and Chief Financial Officer
Malcolm Treadway — Senior Vice President and Chief Operating Officer

Treadway will lead the plant's reopening. Vashti said the reopening would cost about $4 million.

Desmond Albright, Harlan Ridge's vice president of supply chain operations, said the mill would run two shifts by spring.

Tobias Quill of Pinecrest was appointed to the Pinecrest Zoning Board. He is the husband of state Sen. Marguerite Quill, a Democrat who chairs the Senate Commerce Committee.

State Rep. Ansel Dorn (DFL-Rochester) toured the mill on Tuesday.

Parties to the dispute included the Office of Public Advocate, led by Public Advocate Felicia Onyango, and the Office of Rural Business Advocate.

Union treasurer Lorna Fisk said members would vote next week.
"""

_ROW = "| Name | Post | Note |\n| --- | --- | --- |\n| {} |"


@pytest.fixture(scope="module")
def mill(tmp_path_factory: pytest.TempPathFactory) -> Path:
    meta = own_corpus.meta("harlan-ridge-2026-03-02", "Harlan Ridge Mills names new leaders", "news", "Pinecrest Ledger", "2026-03-02")
    return own_corpus.extracted(tmp_path_factory.mktemp("mill"), "mill", MILL, meta)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a rank changed is another post; a rank left out is the same post, shortened
        (
            "The reopening will cost about $4 million, according to Corinne Vashti, Harlan Ridge's senior vice president and CFO.",
            {"senior vice president and CFO"},
        ),
        (
            "The reopening will cost about $4 million, according to Corinne Vashti, the company's senior vice president and CFO.",
            {"senior vice president and CFO"},
        ),
        ("The reopening will cost about $4 million, said Senior Vice President and CFO Corinne Vashti.", {"Senior Vice President and CFO"}),
        ("The reopening will cost about $4 million, according to Corinne Vashti, Harlan Ridge's executive vice president and CFO.", set()),
        ("The reopening will cost about $4 million, according to Corinne Vashti, Harlan Ridge's vice president and CFO.", set()),
        ("The reopening will cost about $4 million, said Vice President and CFO Corinne Vashti.", set()),
        # another C-suite post, alone, beside a held rank, or in a table's cell; "finance chief" is the CFO shortened
        ("The reopening will cost about $4 million, said Chief Operating Officer Corinne Vashti.", {"Chief Operating Officer"}),
        ("Malcolm Treadway, Harlan Ridge's senior vice president and CFO, will lead the plant's reopening.", {"senior vice president and CFO"}),
        ("Malcolm Treadway, Harlan Ridge's senior vice president and COO, will lead the plant's reopening.", set()),
        (_ROW.format("Corinne Vashti | Chief operating officer | Said the reopening would cost about $4 million."), {"Chief operating officer"}),
        (_ROW.format("Corinne Vashti | Chief financial officer | Said the reopening would cost about $4 million."), set()),
        (
            _ROW.format(
                "Corinne Vashti | Executive vice president and chief operating officer, Harlan Ridge | Said the reopening would cost about $4 million."
            ),
            {"Executive vice president and chief operating officer"},
        ),
        (
            _ROW.format(
                "Corinne Vashti | Executive vice president and chief financial officer, Harlan Ridge | Said the reopening would cost about $4 million."
            ),
            set(),
        ),
        ("The reopening will cost about $4 million, according to finance chief Corinne Vashti.", set()),
        # the same head of another office; the head alone is the post shortened
        (_ROW.format("Felicia Onyango | Rural Business Advocate | Led the office."), {"Rural Business Advocate"}),
        ("Rural Business Advocate Felicia Onyango led the office.", {"Rural Business Advocate"}),
        (_ROW.format("Felicia Onyango | Public Advocate | Led the office."), set()),
        (_ROW.format("Felicia Onyango | Advocate | Led the office."), set()),
        # a body's post before the name, after a possessive; and after the name with no article
        (
            "The mill would run two shifts by spring, said the company's vice president of human resources, Desmond Albright.",
            {"vice president of human resources"},
        ),
        (
            "Harlan Ridge's vice president of human resources, Desmond Albright, said the mill would run two shifts by spring.",
            {"vice president of human resources"},
        ),
        ("Harlan Ridge's vice president of supply chain operations, Desmond Albright, said the mill would run two shifts by spring.", set()),
        ("Desmond Albright, vice president of plant safety, said the mill would run two shifts by spring.", {"vice president of plant safety"}),
        ("Desmond Albright, vice president of supply chain operations, said the mill would run two shifts by spring.", set()),
        ("Lorna Fisk, secretary of the union, said members would vote next week.", {"secretary of the union"}),
        ("Lorna Fisk, treasurer of the union, said members would vote next week.", set()),
    ],
)
def test_a_post_of_one_make_is_held_against_the_one_the_sources_give(cli, mill: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, mill, text, "2026-03-05") == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a relation word after a scope word ("state") before the other one's title
        ("Tobias Quill is the brother of state Sen. Marguerite Quill.", {"brother"}),
        ("Tobias Quill, the son of State Sen. Marguerite Quill, joined the board.", {"son"}),
        ("Tobias Quill is the husband of state Sen. Marguerite Quill.", set()),
        # Minnesota's DFL is the Democratic party: a D tag for a DFL one is right, an R tag wrong
        ("State Rep. Ansel Dorn (D-Rochester) toured the mill on Tuesday.", set()),
        ("State Rep. Ansel Dorn (DFL-Rochester) toured the mill on Tuesday.", set()),
        ("State Rep. Ansel Dorn (R-Rochester) toured the mill on Tuesday.", {"R"}),
    ],
)
def test_relations_after_a_scope_word_and_a_dfl_tag(cli, mill: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, mill, text, "2026-03-05") == errors
