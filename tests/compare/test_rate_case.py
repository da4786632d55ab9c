"""A utility commission's order read without false alarms (issue 11): "Co." is "Company"; a body's head
alone ("the Board") points back to the body named in full; "today" in "an hour today" is the figure as it
stands, no dated event, and a claim's date the sentence states in its own place is not held against another.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

ORDER = """Lakeshore Public Service Board

FOR IMMEDIATE RELEASE: June 10, 2026

LANSFORD - The Lakeshore Public Service Board (PSB) today voted 3-0 to approve a rate increase of $24.6 million per year for Marrow Creek Power Company, far less than the $57.1 million the company requested.

The new rates will take effect for service rendered on and after Tuesday, September 1, 2026.

The Lakeshore Siting Council voted unanimously on Friday, June 5, to approve the Dellwood substation. The Lansford City Council endorsed the settlement 5-2 on Monday, June 8.

The board chair's position carries an annual salary of $168,432.

State Rep. Anna Kessel filed comments urging the Board to reject the increase.

Base pay for a senior lineworker, now $41.20 an hour, will rise to about $44.75 by 2028. The contract also restores a second-shift premium of $0.90 an hour that was eliminated in 2018.

Free energy-audit clinics will be held on Monday, June 15, at the Ardley County fairgrounds, and on Tuesday, June 16, at the Brisco County library.
"""

META = own_corpus.meta(
    "lakeshore-psb-order", "Board approves reduced increase for Marrow Creek Power", "press release", "Lakeshore Public Service Board", "2026-06-10"
)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted(tmp_path_factory.mktemp("rate-case"), "order", ORDER, META)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a memo's own date line, written the day the draft is dated: no event of the sources
        ("**DATE:** June 11, 2026", set()),
        # "Co." is "Company"
        ("The Board voted 3-0 to approve a rate increase of $24.6 million per year for Marrow Creek Power Co., far less than the company requested.", set()),
        # "the Board" is the body named in full, which the draft calls by its initials
        ("State Rep. Anna Kessel filed comments urging the PSB to reject the increase.", set()),
        # "an hour today": the pay as it stands, not a day; the claim's 2028 is the sentence's own "by 2028"
        ("| Item | Now |\n| --- | --- |\n| Senior lineworker | $41.20 an hour today, about $44.75 by 2028 |", set()),
    ],
)
def test_a_rate_order_is_read_without_false_alarms(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-06-11") == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a precise figure's digits in another order, however the sentence words it
        ("The board chair's job pays $186,432 a year.", {"$186,432"}),
        ("The board chair's job pays $168,432 a year.", set()),
        # fewer digits need the figure's words: the company asked for $57.1 million, not $51.7 million
        ("The company had requested $51.7 million.", {"$51.7 million"}),
        ("The company had requested $57.1 million.", set()),
    ],
)
def test_a_transposed_figure_is_found_past_a_paraphrase(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-06-11") == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a split tally for a unanimous vote, and "unanimously" for a split one
        ("The Siting Council approved the Dellwood substation on a 4-1 vote on June 5.", {"4-1"}),
        ("The Siting Council unanimously approved the Dellwood substation on June 5.", set()),
        ("The Lansford City Council unanimously endorsed the settlement on June 8.", {"unanimously"}),
        ("The Lansford City Council endorsed the settlement 5-2 on June 8.", set()),
    ],
)
def test_a_unanimous_vote_is_no_split_tally(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-06-11") == errors
