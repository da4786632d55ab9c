"""How extract/doc.py cuts a source into the sentences claims are made of: a list's items, each a block of its own, and
the line of prose after a list's last item, no part of that item (issue 11, round 57). Rows marked "guard" pass on the
code before that fix too."""

from __future__ import annotations

import pytest

from factcheck.extract import doc
from factcheck.model import Source


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in doc.read(Source(id="s", path="sources/s.txt", text=text, start=0, end=len(text))).sentences]


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # a line of prose flush at the margin after the last item, which it does not continue
        (
            "- Reserves: $3.2 million\n- Foundation campaign: $2.0 million\nThe $7.5 million grant comes from the Department of Commerce.\n",
            "The $7.5 million grant comes from the Department of Commerce.",
        ),
        # ... after an item closed by its stop
        (
            "- Opening to patients: Monday, January 10, 2028.\n- Parking: 300 spaces.\nThe old department stays open.\n",
            "The old department stays open.",
        ),  # guard
        # an item hard-wrapped at the usual width, its next line opening with a name: one item still
        (
            "- A grant of $2.4 million from the Ohio Water Development Authority, approved on\nMarch 3, to replace the lines.\n- A loan.\n",
            "A grant of $2.4 million from the Ohio Water Development Authority, approved on March 3, to replace the lines.",
        ),  # guard
    ],
)
def test_a_list_item_and_the_prose_after_it(text: str, sentence: str) -> None:
    assert sentence in _sentences(text)
