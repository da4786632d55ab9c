"""A citation of a source is held against the source's own metadata: its date and its author."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.compare import cited, dates
from factcheck.corpus.index import build
from factcheck.corpus.load import load_corpus
from factcheck.pipeline import sentence_facts

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"  # the unit tests' own corpus (see its README)
TITLE = "Day 7 – Heitkamp, Klobuchar team up to battle human trafficking"


@pytest.fixture(scope="module")
def index():
    return build(load_corpus(ROOT))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the source's author and date: nothing wrong
        (f'Amy Dalrymple, "{TITLE}," Forum News Service, Dec. 9, 2015.', []),
        # the photographer credited as the author
        (f'Ryan Babb, "{TITLE}," Forum News Service, Dec. 9, 2015.', [("attribution", "Ryan Babb")]),
        # a publication date the source's metadata excludes
        (f'Amy Dalrymple, "{TITLE}," Forum News Service, Dec. 9, 2014.', [("date", "Dec. 9, 2014")]),
        # no source's title quoted: no citation
        ("Amy Dalrymple wrote about it on Dec. 9, 2014.", []),
        # the publication's date given, another date is another event of the copy (reposted, accessed)
        (f'Amy Dalrymple, "{TITLE}," Forum News Service, Dec. 9, 2015; reposted Monday, Dec. 14, 2015.', []),
        (f'Amy Dalrymple, "{TITLE}," Forum News Service, Dec. 8, 2015; reposted Monday, Dec. 14, 2015.', [("date", "Dec. 8, 2015"), ("date", "Dec. 14, 2015")]),
        # a list of two works: the date of the one that names its own publisher is no date of the one quoted
        ('Forum News Service, Dec. 2015; Sen. Heitkamp\'s office, "Human Trafficking" issue page', []),
        ('Sen. Heitkamp\'s office, "Human Trafficking" issue page, Dec. 2015', [("date", "Dec. 2015")]),  # guard
        # the author is the name the citation opens on: not one its title names, nor another source's it lists
        (f'"{TITLE}," Forum News Service, Dec. 9, 2015; see also the office of Sen. Heidi Heitkamp.', []),
        (f'[^3]: See Ryan Babb, "{TITLE}," Forum News Service, Dec. 9, 2015.', [("attribution", "Ryan Babb")]),
        # the title without its series' label ("Day 7 –") is the same title
        ('Ryan Babb, "Heitkamp, Klobuchar team up to battle human trafficking," Forum News Service, Dec. 9, 2015.', [("attribution", "Ryan Babb")]),
        ('Amy Dalrymple, "Heitkamp, Klobuchar team up to battle human trafficking," Forum News Service, Dec. 9, 2015.', []),
        # a day the source's own page states, after "posted", is a repost's, no misdated release; a day it does not state is
        (
            'Embassy of the United States, Mexico City, "U.S. Senators Discuss Trafficking in Persons with Mexican Leaders," posted Monday, April 21, 2014.',
            [],
        ),
        (
            'Embassy of the United States, Mexico City, "U.S. Senators Discuss Trafficking in Persons with Mexican Leaders," posted Tuesday, April 22, 2014.',
            [("date", "April 22, 2014")],
        ),
        # a debate card's label before the byline
        (f'Cite: Ryan Babb, Forum News Service, "{TITLE}," Dec. 2015.', [("attribution", "Ryan Babb")]),
        (f'Cite: Amy Dalrymple, Forum News Service, "{TITLE}," Dec. 2015.', []),
    ],
)
def test_a_citation_is_held_against_its_source(index, sentence, expected):
    facts = sentence_facts(sentence, index, "2016-01-01", [])
    assert [(v.kind, v.found) for v in cited.compare(facts, index) if v.contradicts] == expected


def test_a_citations_date_is_never_held_against_the_claims(index):
    """ "issue page, 2014" is when the page was published, not when an event it reports happened."""
    facts = sentence_facts('Office of Sen. Heidi Heitkamp, "Human Trafficking," issue page, 2013.', index, "2016-01-01", [])
    assert facts.cites is not None
    assert dates.compare(facts, index) == []


def test_a_table_rows_other_cells_are_no_part_of_its_citation(index):
    """A row quoting a title in one cell: the dates of its other cells are not the publication's."""
    row = 'Sen. Heitkamp\'s "Human Trafficking" issue page   Public computers   The Sept. 2013 hearing and the Nov. 2013 bill'
    facts = sentence_facts(row, index, "2016-01-01", [])
    assert facts.cites is not None
    assert [v.found for v in cited.compare(facts, index) if v.contradicts] == []
    cell = 'Sen. Heitkamp\'s "Human Trafficking" issue page, Sept. 2013   Public computers'
    assert [v.found for v in cited.compare(sentence_facts(cell, index, "2016-01-01", []), index) if v.contradicts] == ["Sept. 2013"]
