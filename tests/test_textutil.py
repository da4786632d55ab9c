"""Stems: the words a claim and a sentence share, whatever their endings."""

from __future__ import annotations

import pytest

from factcheck.textutil import stem


@pytest.mark.parametrize(
    ("word", "same_as"),
    [
        ("deaths", "death"),
        ("introduced", "introducing"),
        # "-wide" is across the whole of its stem: "worldwide" trafficking is trafficking "around the world"
        ("worldwide", "world"),
        ("statewide", "state"),
        ("nationwide", "nation"),
        # a noun in "-ation" is its verb's: "a $2.3 million renovation" and "renovates the branch"
        ("renovation", "renovates"),
        ("renovations", "renovated"),
        ("population", "populated"),
    ],
)
def test_words_that_differ_in_their_ending_share_a_stem(word: str, same_as: str) -> None:
    assert stem(word) == stem(same_as)


def test_a_word_that_is_only_the_ending_keeps_it() -> None:
    assert stem("wide") == "wide"
    assert stem("widespread") == "widespread"


@pytest.mark.parametrize(("word", "other"), [("station", "state"), ("nation", "native"), ("stations", "stated")])
def test_a_short_word_in_ation_keeps_its_own_stem(word: str, other: str) -> None:
    assert stem(word) != stem(other)
