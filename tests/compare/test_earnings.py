"""An earnings call and a business story read as their figures say (issue 11): a hedge turned at the
sources' very figure is wrong though another figure of the claim lies inside it, and a change's counted
noun ("120 basis points") frames the change, not the level after it.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

CALL = """Harrow Outdoor Goods, Inc. (NASDAQ: HRW)
Second Quarter Fiscal 2026 Earnings Conference Call — Transcript Excerpt
Thursday, July 23, 2026, 10:00 a.m. Eastern Time

Company participants:
Marta Quill — Executive Vice President and Chief Financial Officer

MARTA QUILL: Thank you. Gross margin was 41.6 percent, up 90 basis points from 40.7 percent a year ago. Operating margin was 9.2 percent, down 40 basis points from 9.6 percent.

In all, the flood at our Dunmore warehouse ruined 9,000 tents. Our adjusters put the value of the tents at about $412,000, the sleeping bags at $61,000 and the stoves at $18,500, for a combined value of more than $480,000.

MARTA QUILL: Dan, we are not planning broad price increases in the third quarter. Our customers are still careful.

MARTA QUILL: The new supply contract was reached in a 22-hour bargaining session that ended early Saturday, July 18, at the Dunmore Inn.
"""

META = own_corpus.meta("harrow-q2-call", "Harrow Outdoor Goods second quarter 2026 earnings call", "transcript", "Harrow Outdoor Goods", "2026-07-23")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted(tmp_path_factory.mktemp("earnings"), "call", CALL, META)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the sources' very figure with its hedge turned, though "nearly $480,000" would allow the tents' $412,000
        ("In all, the flood ruined 9,000 tents, and the goods it ruined had a combined value of nearly $480,000.", {"nearly $480,000"}),
        ("In all, the flood ruined 9,000 tents, and the goods it ruined had a combined value of more than $480,000.", set()),
        ("The adjusters put the value of the tents at about $412,000.", set()),
        # "basis points" are what the change counts: the level after "to" is framed by the margin, not the points
        ("Up 90 basis points to 41.6%, the margin beat the company's plan.", set()),
        ("Gross margin was up 90 basis points to 42.6%.", {"42.6%"}),
        ("Gross margin was up 90 basis points to 41.6%.", set()),
        ("Down 40 basis points to 9.2 percent, the operating margin missed the company's plan.", set()),
        # a change written after its figure ("a 60-basis-point drop") is held against the claim's change, not its levels
        ("Operating margin fell to 9.2% from 9.6%, a 60-basis-point drop.", {"60-basis"}),
        ("Operating margin fell to 9.2% from 9.6%, a 40-basis-point drop.", set()),
    ],
)
def test_an_earnings_call_figure_is_held_against_its_own(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-07-24") == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the call's day is its header's: "fiscal 2026" agrees by its year and says nothing of the day
        ("On its call last Wednesday, Harrow said gross margin was 41.6 percent.", {"last Wednesday"}),
        ("On its call last Thursday, Harrow said gross margin was 41.6 percent.", set()),
        # the 22-hour session ties the sentence to the claim that dates it, however the two word the deal
        ("The tentative agreement came on Wednesday, July 15, after a 22-hour bargaining session at the Dunmore Inn.", {"July 15"}),
        ("The tentative agreement came on Saturday, July 18, after a 22-hour bargaining session at the Dunmore Inn.", set()),
    ],
)
def test_a_day_is_held_against_the_claim_that_dates_it(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-07-27") == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the turn's "not planning" reported as a plan
        ("Quill also told analysts Harrow plans broad price increases in the third quarter.", {"plans"}),
        ("Quill also told analysts Harrow is not planning broad price increases in the third quarter.", set()),
    ],
)
def test_a_turn_reported_the_other_way_is_a_misquote(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-07-27") == errors
