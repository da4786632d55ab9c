"""A county's canvass and a bridge closure read without false alarms (issue 11): either of two figures may be
the other rounded ("46 percent" for 45.59%); an identifier ("District 5") is held only against one that
labels the same thing; "span 2" names a span where "three spans" counts them; a figure with no noun is
held only against one of its order; a date restated by its day ("next month, on Dec. 9") is judged by the day;
"more than 12,500" says more than the sources' "more than 12,400".

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

STORY = """ORTON - Republican Dale Sayer won a second term on the Orton County Commission on Tuesday, defeating Democrat Nora Vance 54 percent to 46 percent.

The Pike River Bridge, a three-span steel bridge on Route 12, closed Wednesday after inspectors found a crack in the second of its three spans, said District 2 Engineer Lena Ortiz.

Ms. Ortiz said the department's inspectors had found 11 cracked girders this year across the district.

More than 12,400 voters cast absentee ballots, the clerk said.

The canvass board met on Thursday, November 12, 2026, and will certify the results on Wednesday, December 9.
"""

CANVASS = """ORTON COUNTY BOARD OF CANVASSERS
Official canvass, general election of November 3, 2026

County Commissioner, District 4
    Dale Sayer (REP) ........ 4,906     54.41%
    Nora Vance (DEM) ........ 4,112     45.59%
"""


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = own_corpus.extracted(
        tmp_path_factory.mktemp("election"), "story", STORY, own_corpus.meta("orton-story", "Sayer wins", "news article", "Orton Ledger", "2026-11-13")
    )
    (root / "sources" / "canvass.txt").write_text(CANVASS, encoding="utf-8")
    (root / "sources" / "canvass.yaml").write_text(
        own_corpus.meta("orton-canvass", "Official canvass", "report", "Orton County", "2026-11-16"), encoding="utf-8"
    )
    from factcheck.cli import main

    assert main(["extract", "--root", str(root), str(root / "sources")]) == 0
    return root


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the story's whole percent is the canvass's share rounded, and the other way round
        ("Vance finished with 45.59 percent.", set()),
        ("Vance finished with 46 percent of the vote.", set()),
        # a councilor's district is no engineer's
        ("**From:** Councilor Ray Mott, District 5, City of Orton\n\n**Subject:** What I learned about the Pike River Bridge closure", set()),
        # "span 2" is the second span, not a count of two
        ("Inspectors found a crack in span 2 of the three-span Pike River Bridge.", set()),
        # a figure with no noun of its own is no count of another order
        ("The bridge is one of 40 steel bridges in a district inventory of nearly 3,000.", set()),
        # a lower bound past the source's by its last place says more than the source does
        ("More than 12,500 voters cast absentee ballots.", {"More than 12,500"}),
        ("More than 12,000 voters cast absentee ballots.", set()),
        ("More than 12,400 voters cast absentee ballots.", set()),
        # "next month" is restated by its day
        ("The canvass board will certify the results next month, on Dec. 9.", set()),
        ("The canvass board will certify the results next month, on Dec. 10.", {"Dec. 10"}),
    ],
)
def test_a_canvass_and_a_closure_are_read_without_false_alarms(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-11-20") == errors
