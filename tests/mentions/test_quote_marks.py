"""Quotation marks as writers type them: curly, straight, and one of each (issue 11, Build 4)."""

from __future__ import annotations

import time

import pytest

from factcheck.mentions import quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # paired as before
        ("“a long way to go,” Heitkamp said.", ["a long way to go,"]),
        ('"a long way to go," Heitkamp said.', ["a long way to go,"]),
        # opened curly and closed straight, or the other way round
        ('“a long way to go," Heitkamp said.', ["a long way to go,"]),
        ('"a long way to go,” Heitkamp said.', ["a long way to go,"]),
        # a mixed pair after a paired one, and a straight pair between
        ('“one two,” he said, "three four" and “five six" ok', ["one two,", "three four", "five six"]),
        # marks of one kind left unpaired are no quotation
        ("“unclosed and then nothing", []),
        ("a 12” pipe and a “hose”", ["hose"]),
        # a closing mark never opens
        ('a” b "', []),
    ],
)
def test_quotations_are_read_whatever_the_marks(text, expected):
    assert [m.value.words for m in quotes.detect(text, [])] == expected


def test_a_mixed_quotation_has_its_speaker():
    text = '“We’ve got a long way to go compared to Minnesota," Heitkamp said.'
    [mention] = quotes.detect(text, [(text.index("Heitkamp"), text.index("Heitkamp") + 8)])
    assert mention.value.speaker_text == "Heitkamp" and mention.value.how == "after"


def test_thousands_of_unpaired_marks_are_read_in_one_pass():
    text = "Heitkamp said " + " ".join("“w" if i % 2 else 'x"' for i in range(20000)) + "."
    began = time.perf_counter()
    quotes.detect(text, [(0, 8)])
    assert time.perf_counter() - began < 2.0
