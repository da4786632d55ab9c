"""A farm bureau's minutes and a relief release, read for what a letter writer adds (issue 11): a salutation's title,
the writer's own figures, a figure a claim states exactly though in other words, a count of the others beside one
named, a scale joined by a hyphen, a plural label's list, and the start of a longer name.

Sources of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """HASKELL COUNTY FARM BUREAU ASSOCIATION
Minutes of a Special Meeting, Thursday, September 3, 2026

Chairman Ray Dettweiler of the Haskell County Commission attended as a guest.

EXTENSION REPORT: Agent Priya Natarajan presented the results of the member survey. Of 112 member households surveyed, 67 responded. Respondents reported an average dryland wheat yield of 16 bushels per acre. Twenty-three of the 67 respondents had abandoned at least one wheat field.

The board voted to close three fill stations: Satanta, Sublette and Copeland.

Governor Marian Thorsby announced a $48 million drought relief package on August 27.

The Southwest Kansas Groundwater Management District No. 3 asked members to report wells.

The bureau's board voted 9-0 on Monday, August 31, to give $12,000 to the youth premium sale.
"""

SOURCES = [
    ("haskell-fb-2026-09-03", MINUTES, own_corpus.meta("haskell-fb-2026-09-03", "Minutes", "meeting minutes", "Haskell County Farm Bureau", "2026-09-04"))
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(tmp_path_factory.mktemp("farm"), SOURCES)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a letter's courtesy title states no post
        ("Dear Commissioner Dettweiler,", set()),
        # the writer's own figure, next to the sources' average
        ("My own wheat made 11 bushels an acre. The survey put the average dryland yield at 16.", set()),
        ("The survey put the average dryland yield at 11 bushels an acre.", {"11"}),
        # the claim's very figure, though its words are not the sentence's ("67 responded")
        ("Of the 67 households that answered her survey, 23 had abandoned at least one wheat field.", set()),
        # a count of the others beside the one the sentence names
        ("The board voted to close the Satanta station along with two other fill stations.", set()),
        # a scale joined by a hyphen
        ("Thorsby announced a 48-million-dollar drought relief package.", set()),
        ("Thorsby announced a 84-million-dollar drought relief package.", {"84-million-dollar"}),
        # a plural label's list numbers districts, counts nothing
        ("cc: Haskell County Commissioners, Districts 1 and 3", set()),
        # a weekday alone, tied to the one day of the claim that states the sentence's precise figure and writes its
        # weekday; not one counted from another day
        ("Its board voted on Tuesday to give twelve thousand dollars to the youth premium sale.", {"Tuesday"}),
        ("Its board voted on Monday to give twelve thousand dollars to the youth premium sale.", set()),
        ("The board gives $12,000 to the youth premium sale the following Tuesday.", set()),
        # the start of a longer name the source writes is no swapped place
        ("Members were asked to report wells to the Southwest Kansas district.", set()),
    ],
)
def test_what_a_letter_writer_adds_is_read_as_such(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-09-07") == errors


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a 48-million-dollar package", 48e6, "dollar"),
        ("a $2.5-million grant", 2.5e6, "dollar"),
        ("a three-day trip", 3, "day"),
    ],
)
def test_a_scale_joined_by_a_hyphen_multiplies(text: str, value: float, unit: str) -> None:
    from factcheck.mentions.numbers import detect

    (figure,) = detect(text)
    assert (figure.value.value, figure.value.unit) == (value, unit)
