"""Who seconded which motion (issue 11): a seconder held against the motions the sentence may tell of.

A corpus of our own run through the real `extract` and `verify`. A board whose members move and second several
motions in one meeting: "Marsh seconded it, and the resolution passed 4-1" is the resolution's second, which a motion
to adjourn that Marsh seconded does not back; "moved by Okafor of Kenosha and seconded by Brandvold" names no
motion, but Brandvold seconded none of Okafor's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """LAKE HURON COUNTY BOARD OF COMMISSIONERS
Special meeting minutes, Tuesday, July 14, 2026

Present: Chairwoman Dolores Haskett (R-District 3), Commissioner Walter Pruitt (D-District 4), Commissioner Jolene Marsh (R-District 2), Commissioner Anita Velasquez (D-District 1), Vice Chairman Daniel Okafor of Kenosha (R-District 5).

Vice Chairman Okafor moved to approve the minutes of the regular meeting of Tuesday, June 30, 2026. Commissioner Pruitt seconded. Motion carried 5-0.

Commissioner Pruitt moved to adopt Resolution No. 2026-17 declaring a local drought emergency. Commissioner Velasquez seconded the motion.

Commissioner Marsh moved to amend the resolution by adding a new Section 6, directing $48,500 from the reserve fund to haul water to the fairgrounds. Commissioner Velasquez seconded the amendment.

Roll call on the amendment: Marsh, yes; Velasquez, yes; Haskett, yes; Okafor, no; Pruitt, no. The amendment was adopted 3-2.

Roll call on Resolution No. 2026-17 as amended: Pruitt, yes; Velasquez, yes; Marsh, yes; Haskett, yes; Okafor, no. Resolution No. 2026-17, as amended, was adopted 4-1.

Vice Chairman Okafor moved to waive the fair board's 2026 lease payment of $4,500. Chairwoman Haskett seconded. Motion carried 5-0.

Commissioner Velasquez moved to adjourn at 11:42 a.m. Commissioner Marsh seconded. Motion carried 5-0.
"""

META = own_corpus.meta("huron-minutes", "Special meeting minutes", "meeting minutes", "Lake Huron County", "2026-07-14")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted(tmp_path_factory.mktemp("seconders"), "minutes", MINUTES, META)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the resolution's seconder, by its tally; Marsh seconded only the motion to adjourn
        ("Commissioner Jolene Marsh seconded it, and the resolution passed 4-1.", {"Jolene Marsh"}),
        ("Commissioner Anita Velasquez seconded it, and the resolution passed 4-1.", set()),
        ("Commissioner Jolene Marsh seconded the motion to adjourn.", set()),
        # no motion named: Okafor's motions were seconded by Pruitt and by Haskett, never by Velasquez
        ("The motion was made by Vice Chairman Daniel Okafor of Kenosha and seconded by Commissioner Anita Velasquez.", {"Anita Velasquez"}),
        ("The motion was made by Vice Chairman Daniel Okafor of Kenosha and seconded by Chairwoman Dolores Haskett.", set()),
        ("The motion was made by Vice Chairman Daniel Okafor of Kenosha and seconded by Commissioner Walter Pruitt.", set()),
    ],
)
def test_a_seconder_is_the_motions(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-07-20") == errors
