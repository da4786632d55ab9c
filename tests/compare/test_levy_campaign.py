"""A levy campaign's release, read for dates a sentence gives two events (issue 11): a weekday named beside
another date, a coarser date stated by the sentence's other date, a vote's tally that ties a date to its claim,
a comparison made from today, and a share that is no count.

Sources of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

RELEASE = """LANSING -- The Attorney General today announced a consent judgment with Orchard Home Plans.

The consent judgment was entered Monday by Circuit Judge Alma Reyes.

The Senate Commerce Committee approved the warranty bill 6-3 on Tuesday, February 24, 2026. A vote of the full Senate is expected in April.

Digital circulation grew 11.8 percent to 412,300 and now makes up 32 percent of all borrowing.

Last year, Director Ines Farrow asked the board for a hearing on the levy. In January, she met with Mayor Tom Adair to plan the campaign.

The full levy would raise an estimated $4.8 million in 2027.

On a motion by Director Ines Farrow, the board approved the minutes of the June 7, 2025, annual meeting.
"""

SOURCES = [("ag-release", RELEASE, own_corpus.meta("ag-release", "Release", "press release", "Office of the Attorney General", "2026-03-10"))]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(tmp_path_factory.mktemp("levy"), SOURCES)


@pytest.mark.parametrize(
    ("text", "as_of", "errors"),
    [
        # the claim's Monday is the sentence's "Monday": "yesterday" is the announcement's, not held against it
        ("Judge Reyes entered the consent judgment Monday and the office announced it yesterday.", "2026-03-11", set()),
        # the vote's very tally ties the sentence to the committee's vote, not the full Senate's expected one
        ("The committee approved the warranty bill by a 6-3 vote last month.", "2026-03-20", set()),
        # the hearing's year is in "last September"'s place; "in January" is the meeting's
        ("Farrow asked for a hearing on the levy last September, and in January she met with Adair.", "2026-03-20", set()),
        # a comparison made from today dates nothing
        ("The full levy costs $100 a year, which is $15 more than today.", "2026-04-02", set()),
        # a coarser date around the draft's own is the same date written twice, not the claim's date in its place
        ("Minutes of last year's annual meeting (June 6, 2025) were approved on Farrow's motion.", "2026-06-06", {"June 6, 2025"}),
        # a share is no count of 412,300
        ("Digital borrowing is now roughly a third of all checkouts.", "2026-04-02", set()),
    ],
)
def test_each_date_and_share_is_held_against_its_own_fact(cli, extracted: Path, text: str, as_of: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, as_of) == errors
