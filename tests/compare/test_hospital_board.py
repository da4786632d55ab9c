"""A hospital board's minutes and a union's release, read for what the writer adds around a fact (issue 11): the roll
call of the item a figure is from; a rate, a ratio and a total the sentence works out itself; a quotation going on
after "X said."; who moved which motion; a calendar week; an event still to come; the writer's own "this week".

Sources of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """CALDER COUNTY HOSPITAL DISTRICT
Minutes of the Regular Meeting of the Board of Trustees, Tuesday, October 13, 2026

The minutes of the September 8, 2026, regular meeting were approved on a motion by Trustee Mercer, seconded by Trustee Rao. Vote: 6-0.

3. SUPPLEMENTAL APPROPRIATION, TRAVEL NURSE COSTS
Chief Financial Officer Dana Whitcomb presented a request for a supplemental appropriation of $412,600 from the reserve fund.

Trustee Lindqvist said he would rather wait for the state's figures. "We are writing a check against money we hope to get back," he said.

Vice Chair Reyes-Hartley said the reserve could absorb the cost. She moved to approve the appropriation. Trustee Rao seconded.

The motion carried 4-2.

4. NURSING CONTRACT
Trustee Rao moved to approve the collective bargaining agreement with Local 212. Vice Chair Reyes-Hartley seconded. The motion carried, 5-1.

Medical-surgical units will staff one nurse to five patients from January 4, 2027, and one nurse to four patients from July 1, 2027.

Raises are 4.5 percent on July 1, 2026, 3.5 percent in July 2027 and 3 percent in July 2028.

Trustee Okonkwo said: "For two years, nurses carried this hospital on their backs. The least we can do is pay them for it."

The district held a community forum on the contract on June 18, 2026, at Harlow Elementary.

The new intensive care wing opens on Friday, November 6, 2026.
"""

SOURCES = [
    (
        "ccmc-minutes-2026-10-13",
        MINUTES,
        own_corpus.meta("ccmc-minutes-2026-10-13", "Minutes", "meeting minutes", "Calder County Hospital District", "2026-10-15"),
    ),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(tmp_path_factory.mktemp("hospital"), SOURCES)


@pytest.mark.parametrize(
    ("text", "as_of", "errors"),
    [
        # the roll call of the item the sentence's figure is from, a few lines on in the minutes
        ("Trustees voted 5-1 on Tuesday to cover $412,600 in travel nurse costs from the reserve.", "2026-10-16", {"5-1"}),
        ("Trustees voted 4-2 on Tuesday to cover $412,600 in travel nurse costs from the reserve.", "2026-10-16", set()),
        # a ratio and a total the writer works out: no figures of the sources
        ("| Unit | Ratio |\n|---|---|\n| Medical-surgical | 1:5 |", "2026-10-16", set()),
        ("Raises are 4.5% on July 1, 2026, then 3.5% in July 2027 and 3% in July 2028, or 11% in all.", "2026-10-16", set()),
        # a quotation standing alone after "X said." is X's: its reworded ending is a misquote
        (
            'Okonkwo did not mince words. "For two years, nurses carried this hospital on their backs," Okonkwo said. '
            '"The least we can do is thank them by name."',
            "2026-10-16",
            {"The least we can do is thank them by name."},
        ),
        # who moved: the roll call that gives the sentence's seconder a part, not the minutes' other motion
        ("On the nursing contract, Rao made the motion, Reyes-Hartley seconded.", "2026-10-16", set()),
        # a calendar week: "next week" on Thursday, October 29 is November 2 to 8
        ("The new intensive care wing opens next week.", "2026-10-29", set()),
        ("The new intensive care wing opens next week.", "2026-10-16", {"next week"}),
        # an event still to come is not one the sources put months before
        ("Community forum: Thursday, Nov. 12, 7 p.m., at Harlow Elementary.", "2026-10-16", set()),
        # the writer's own "this week" ("This week we talk ...") is the draft's time, no event of the sources
        ("This week we talk through the nursing contract the trustees approved.", "2026-11-20", set()),
        ("This week on Ward Notes: The Podcast, we unpack the nursing contract the trustees approved.", "2026-11-20", set()),
    ],
)
def test_what_the_writer_adds_is_read_as_such(cli, extracted: Path, text: str, as_of: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, as_of) == errors


def test_a_week_is_a_span_of_days() -> None:
    from factcheck.mentions.date_spans import label
    from factcheck.mentions.dates import detect

    (week,) = detect("We meet next week.", "2026-09-03")
    assert (week.value.first, week.value.last, label(week.value)) == ("2026-09-07", "2026-09-13", "September 7 to 13, 2026")
    (turn,) = detect("We met last week.", "2027-01-06")
    assert label(turn.value) == "December 28, 2026 to January 3, 2027"
