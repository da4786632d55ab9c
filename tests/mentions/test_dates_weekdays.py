"""Weekdays in news copy resolve against the dateline; drafts leave them alone."""

from __future__ import annotations

import pytest

from factcheck.mentions.dates import detect


@pytest.mark.parametrize(
    ("text", "as_of", "expected"),
    [
        # the latest such day up to the dateline (April 12, 2019 was a Friday)
        ("Burgum asked Trump on Thursday for a disaster declaration.", "2019-04-12", [("on Thursday", "2019-04-11")]),
        ("The Red River crested in Fargo on Sunday.", "2019-04-12", [("on Sunday", "2019-04-07")]),
        ("The office said Friday that it would act.", "2019-04-12", [("Friday", "2019-04-12")]),
        ("They met last Friday.", "2019-04-12", [("last Friday", "2019-04-05")]),
        # ahead when the sentence looks forward
        ("The committee will vote on Tuesday.", "2019-04-12", [("on Tuesday", "2019-04-16")]),
        ("They meet next Friday.", "2019-04-12", [("next Friday", "2019-04-19")]),
        ("A decision is expected on Tuesday.", "2019-04-12", [("on Tuesday", "2019-04-16")]),  # guard
        ("As expected, the committee voted on Tuesday.", "2019-04-12", [("on Tuesday", "2019-04-09")]),  # guard
        # a weekday before a full date is part of it; a plural is a habit
        ("Monday, April 21, 2014", "2019-04-12", [("April 21, 2014", "2014-04-21")]),
        ("On Fridays the office closes early.", "2019-04-12", []),
        # a day written with its weekday but not its year: the year around that gives it that weekday, when nearer
        # the reference than the guess (January 4, 2027 is a Monday; November 24, 2025 was one, 2026's a Tuesday)
        ("The 2027 session convenes Monday, Jan. 4.", "2026-10-22", [("2027", "2027-01-01"), ("Jan. 4", "2027-01-04")]),
        ("The mayor returned the budget on Monday, Nov. 24.", "2026-12-07", [("Nov. 24", "2026-11-24")]),
        # a reference known only to the month cannot place a weekday
        ("The river crested on Sunday.", "2019-04", []),
    ],
)
def test_weekday_resolves_to_a_day(text, as_of, expected):
    assert [(m.text, m.value.first) for m in detect(text, as_of)] == expected


def test_drafts_leave_weekdays_alone():
    assert detect("Burgum asked Trump on Thursday for aid.", "2019-04-20", weekdays=False) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday the writer counted from the draft's date is the draft's (April 20, 2019 was a Saturday)
        ("The board meets next Wednesday.", [("next Wednesday", "2019-04-24")]),
        ("The board met last Friday.", [("last Friday", "2019-04-19")]),
        ("The board met on Thursday.", []),
        ("The board met Thursday.", []),
    ],
)
def test_drafts_read_a_weekday_their_words_place(text, expected):
    assert [(m.text, m.value.first) for m in detect(text, "2019-04-20", weekdays=False, marked=True)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ice fell on Jan. 5 and Jan. 6, according to the weather service.", [("Jan. 5", "2022-01-05"), ("Jan. 6", "2022-01-06")]),
        ("The count reached May 5,000 by noon.", []),
    ],
)
def test_a_month_and_day_before_a_comma_is_a_date(text, expected):
    assert [(m.text, m.value.first) for m in detect(text, "2022-01-07")] == expected
