"""Whose a source's quotations are when no name stands beside them (issue 11, round 50): the author its header's byline
names, for '"...," I told the council'; the one who "answered" that it would "...". Each case is a made-up passage run
through `propose`; the rows marked "guard" pass on the code before these fixes too."""

from __future__ import annotations

from functools import cache

import pytest

from factcheck.extract import propose
from factcheck.model import Published, Source

REPORT = """PORT OF HALLECK
PORT DIRECTOR'S REPORT TO THE BOARD OF COMMISSIONERS
Prepared by Miriam Castellane, Port Director

1. DREDGING
The contract with Coastal Dredge Co. was executed on Monday, September 22.

"The dredging and the new lease are two halves of the same bet," I told the county's development council on October 2. "Deeper water brings bigger ships."

2. LEASE
Commissioner Anton Weller asked whether the lease would lower rates. General Manager Ruth Oyelowo answered that it would "take pressure off future increases, but it will not reverse this one."

Respectfully submitted,
Miriam Castellane, Port Director
"""


@cache
def _quotes() -> dict[str, str]:
    source = Source(id="report", path="sources/report.txt", text=REPORT, start=0, end=len(REPORT), title="report", published=Published("2025-10-14", "day"))
    found = propose([source], {}, {}, set())
    return {str(c["statement"]): str(c.get("speaker")) for claims in found.claims.values() for c in claims if c["kind"] == "quote"}


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("two halves of the same bet", "miriam-castellane"),
        ("Deeper water brings bigger ships", "miriam-castellane"),
        ("will not reverse this one", "ruth-oyelowo"),
    ],
)
def test_whose_words(words: str, speaker: str) -> None:
    assert [who for statement, who in _quotes().items() if words in statement] == [speaker]
