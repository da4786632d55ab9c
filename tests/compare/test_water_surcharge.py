"""A water board's surcharge as its minutes, its engineer's report and a ratepayers' group write them (issue 11,
round 35): a monthly charge per account beside a yearly sum, a share of one percent in words, a route's length
after "over", a survey's "no one", and a speaker who named his sister before he spoke. Held against them: a monthly
figure with its digits turned round, a share and a length that are not the sources', a quotation given to the
sister. Not held: the yearly sum against another account's monthly charge of the same digits, "six-tenths of one
percent" for "0.6 percent", "over" as the preposition it also is, "nobody" for "no one", and the surname alone after
the sister's name, which is her brother's.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """ELM RIVER WATER BOARD
MINUTES OF THE REGULAR MEETING
Tuesday, March 10, 2026

Treasurer Ana Whitfield presented Resolution 2026-4, which establishes a lead line surcharge of $4.25 per month per
residential account and $15.00 per month per commercial account. The resolution was adopted, 4-1.
"""

REPORT = """ELM RIVER WATER BOARD
LEAD LINE REPLACEMENT REPORT
February 17, 2026

The replacement route runs 14.2 miles along county roads. The new treatment yard would take about 0.6 percent of
the county's farmland.
"""

RELEASE = """ELM RIVER RATEPAYERS ALLIANCE
FOR IMMEDIATE RELEASE
March 12, 2026

Alliance Vice President Omar Reyes of Eastgate said his sister, Lena Reyes, a school bus driver, pays the surcharge
on two accounts.

"My sister works two jobs to keep up with the water bill," Reyes said.

In an Alliance survey of 900 customers, 41 percent said no one in their household could pay a $500 repair bill.
"""


@pytest.fixture(scope="module")
def surcharge(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("surcharge"),
        [
            ("board-minutes", MINUTES, own_corpus.meta("board-minutes", "Board minutes", "minutes", "Elm River Water Board", "2026-03-11")),
            ("engineer-report", REPORT, own_corpus.meta("engineer-report", "Lead line report", "report", "Elm River Water Board", "2026-02-17")),
            (
                "alliance-release",
                RELEASE,
                own_corpus.meta("alliance-release", "Alliance release", "press release", "Elm River Ratepayers Alliance", "2026-03-12"),
            ),
        ],
    )


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ("Every home pays an extra $4.25 a month, or about fifty-one dollars a year, for the lead line surcharge.", set()),
        ("The lead line surcharge is $51.00 per month per commercial account.", {"$51.00"}),
        ("The lead line surcharge is $15.00 per month per commercial account.", set()),
        ("The treatment yard would take about six-tenths of one percent of the county's farmland.", set()),
        ("The treatment yard would take about four-tenths of one percent of the county's farmland.", {"about four-tenths of one percent"}),
        ("The replacement route runs over 14.2 miles of county roads.", set()),
        ("The replacement route runs over 24.2 miles of county roads.", {"over 24.2"}),
        ("In the Alliance survey of 900 customers, 41 percent said nobody in their household could pay a $500 repair bill.", set()),
        ('"My sister works two jobs to keep up with the water bill," Omar Reyes said.', set()),
        ('"My sister works two jobs to keep up with the water bill," Lena Reyes said.', {"Lena Reyes"}),
    ],
)
def test_a_surcharge_draft_against_the_sources(cli, surcharge: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, surcharge, text, "2026-04-01") == errors
