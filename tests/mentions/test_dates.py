"""Date mentions: sentence (+ as-of date) -> (text, first day, last day, precision, relative).

Sentences are taken from sources/ where they can be, else written the way a draft would.
"""

from __future__ import annotations

import pytest

from factcheck.mentions.date_spans import label
from factcheck.mentions.dates import as_of_date, detect, parse_iso
from factcheck.model import DateSpan


def _found(text: str, as_of: str | None = None) -> list[tuple[str, str, str, str, bool]]:
    return [(m.text, m.value.first, m.value.last, m.value.precision, m.value.relative) for m in detect(text, as_of)]


ABSOLUTE = [
    # full dates
    ("Press release, Apr. 15, 2014, Embassy of the United States, Mexico City", [("Apr. 15, 2014", "2014-04-15", "2014-04-15", "day", False)]),
    ("Monday, April 21, 2014", [("April 21, 2014", "2014-04-21", "2014-04-21", "day", False)]),
    ("The hearing was held on 17 September 2013.", [("17 September 2013", "2013-09-17", "2013-09-17", "day", False)]),
    ("They met on Jan. 5th, 2014, in Fargo.", [("Jan. 5th, 2014", "2014-01-05", "2014-01-05", "day", False)]),
    ("The release is dated 2014-04-15.", [("2014-04-15", "2014-04-15", "2014-04-15", "day", False)]),
    # month and year
    (
        "In September 2013, Senator Heitkamp helped lead a Senate hearing to better understand the work being done.",
        [("September 2013", "2013-09-01", "2013-09-30", "month", False)],
    ),
    (
        "In November 2013, Senator Heitkamp joined Senator Amy Klobuchar (D-MN) in introducing the Stop Exploitation Through Trafficking Act.",
        [("November 2013", "2013-11-01", "2013-11-30", "month", False)],
    ),
    ("The Sept. 2013 hearing drew officials from Homeland Security.", [("Sept. 2013", "2013-09-01", "2013-09-30", "month", False)]),
    ("In March of 2014, the senators planned the trip.", [("March of 2014", "2014-03-01", "2014-03-31", "month", False)]),
    ("May 2014 brought the Minneapolis roundtable.", [("May 2014", "2014-05-01", "2014-05-31", "month", False)]),
    ("February 2015 is when the Super Bowl came to Arizona.", [("February 2015", "2015-02-01", "2015-02-28", "month", False)]),
    ("The report came out in 2014-04.", [("2014-04", "2014-04-01", "2014-04-30", "month", False)]),
    # year
    ("In 2013, there were 54 deaths caused by heroin overdoses in Hennepin County.", [("2013", "2013-01-01", "2013-12-31", "year", False)]),
    ("In 2013 there were 54 deaths.", [("2013", "2013-01-01", "2013-12-31", "year", False)]),
    ("The deaths in Hennepin County (2013) were caused by heroin.", [("2013", "2013-01-01", "2013-12-31", "year", False)]),
    ("Ayotte and Holder met in 2004 and 2009.", [("2004", "2004-01-01", "2004-12-31", "year", False), ("2009", "2009-01-01", "2009-12-31", "year", False)]),
    # ranges
    (
        "Hospital emergency departments visits for heroin have nearly tripled from 2004 to 2011.",
        [("from 2004 to 2011", "2004-01-01", "2011-12-31", "year", False)],
    ),
    (
        "As New Hampshire attorney general from 2004 to 2009, Ayotte led the New Hampshire Drug Task Force.",
        [("from 2004 to 2009", "2004-01-01", "2009-12-31", "year", False)],
    ),
    ("Ayotte served as attorney general between 2004 and 2009.", [("between 2004 and 2009", "2004-01-01", "2009-12-31", "year", False)]),
    ("Ayotte was attorney general 2004-2009.", [("2004-2009", "2004-01-01", "2009-12-31", "year", False)]),
    ("Visits rose from 2004 through 2011.", [("from 2004 through 2011", "2004-01-01", "2011-12-31", "year", False)]),
    # days across two months, the year after the second (the year before for the first, over New Year)
    (
        "The 2026 fair runs July 28–Aug. 2, 2026.",
        [("2026", "2026-01-01", "2026-12-31", "year", False), ("July 28–Aug. 2, 2026", "2026-07-28", "2026-08-02", "day", False)],
    ),
    ("The fair, July 28 through Aug. 1, 2026, opens it.", [("July 28 through Aug. 1, 2026", "2026-07-28", "2026-08-01", "day", False)]),
    ("Offices close Dec. 28–Jan. 2, 2027.", [("Dec. 28–Jan. 2, 2027", "2026-12-28", "2027-01-02", "day", False)]),
    # decades
    ("Heitkamp prosecuted traffickers in the 1990s.", [("the 1990s", "1990-01-01", "1999-12-31", "year", False)]),
    ("Heroin use was lower in the 2000’s.", [("the 2000’s", "2000-01-01", "2009-12-31", "year", False)]),
]

NOT_DATES = [
    "In the 7,000-person community of St. Francis, three young people have died.",
    "Over 2,013 people attended the hearing.",
    "The program received $2014 in private gifts.",
    "Coming from Mexico up I-35 or through Chicago, Minnesota has some of the cheapest heroin.",
    "In accordance with Title 17 U.S.C. Section 107, this material is distributed without profit.",
    "That may be human trafficking, she said.",
    "It took a year to pass the bill.",
    # a record's number after its label: no year, no month
    "Motion 2014-14 carried on a voice vote.",
    "Ordinance No. 2014-07 takes effect on publication.",
    "Resolution 2013-31 was adopted unanimously.",
    "February 30, 2014 never happened.",  # the year is still a year
]


@pytest.mark.parametrize(("text", "expected"), ABSOLUTE)
def test_absolute_dates_and_ranges(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", NOT_DATES[:-1])
def test_figures_names_and_verbs_are_not_dates(text):
    assert _found(text, "2014-06-01") == []


def test_an_impossible_day_falls_back_to_its_year():
    assert _found(NOT_DATES[-1]) == [("2014", "2014-01-01", "2014-12-31", "year", False)]


RELATIVE = [
    # (sentence, as-of date, expected) — the sources' own relative dates, resolved at their dates
    # counted back from the reference date; "five years earlier" counts from another event, and is left alone
    ("The pair went to Mexico two years ago.", "2015-12-09", [("two years ago", "2013-01-01", "2013-12-31", "year", True)]),
    ("The law passed 18 months ago.", "2015-12-09", [("18 months ago", "2014-06-01", "2014-06-30", "month", True)]),
    ("The law passed 18 months ago.", "2015", []),
    ("Five years earlier, she had left.", "2015-12-09", []),
    (
        "Last year, Heitkamp helped lead a Senate hearing to better understand the work being done.",
        "2014-04",
        [("Last year", "2013-01-01", "2013-12-31", "year", True)],
    ),
    (
        "Klobuchar has also partnered with Cindy McCain to combat sex trafficking at the Super Bowl, which is in Arizona next year.",
        "2014-04",
        [("next year", "2015-01-01", "2015-12-31", "year", True)],
    ),
    (
        "Klobuchar and McCain met with the National Football League (NFL) earlier this year to discuss their efforts.",
        "2014-04",
        [("earlier this year", "2014-01-01", "2014-12-31", "year", True)],
    ),
    (
        "In January, she met with Cindy McCain to strategize about efforts to combat sex and human trafficking.",
        "2014-04",
        [("In January", "2014-01-01", "2014-01-31", "month", True)],
    ),
    (
        "In the 7,000-person community of St. Francis, three young people have died of opiate-related overdoses since May.",
        "2014-04",
        [("since May", "2013-05-01", "2013-05-31", "month", True)],
    ),
    (
        "The three visited Mexico last year to learn how officials there are addressing trafficking.",
        "2015-12-09",
        [("last year", "2014-01-01", "2014-12-31", "year", True)],
    ),
    (
        "That bill did not pass last year, but it did elevate the importance of the issue.",
        "2015-12-09",
        [("last year", "2014-01-01", "2014-12-31", "year", True)],
    ),
    (
        "U.S. Sen. Heidi Heitkamp, D-N.D., and U.S. Sen. Amy Klobuchar, D-Minn., talk in September about their joint efforts.",
        "2015-12-09",
        [("in September", "2015-09-01", "2015-09-30", "month", True)],
    ),
    # drafts
    ("The bill was introduced last month.", "2014-06-01", [("last month", "2014-05-01", "2014-05-31", "month", True)]),
    # days of one month, with the year or without it
    ("The fair runs July 18-25, 2026.", "2026-04-15", [("July 18-25, 2026", "2026-07-18", "2026-07-25", "day", False)]),
    ("The fair runs July 18-25.", "2026-04-15", [("July 18-25", "2026-07-18", "2026-07-25", "day", True)]),
    # "the past year" is the twelve months up to the draft's date, not the calendar year before it
    ("A third paid a bill late in the past year.", "2026-05-13", [("past year", "2025-05-13", "2026-05-13", "day", True)]),
    # a month of the year before, of or after the draft's: one date, not a month and a year apart
    ("They asked for it in January of last year.", "2026-11-20", [("January of last year", "2025-01-01", "2025-01-31", "month", True)]),
    ("It rained in March this year.", "2026-11-20", [("March this year", "2026-03-01", "2026-03-31", "month", True)]),
    ("It opens in January next year.", "2026-11-20", [("January next year", "2027-01-01", "2027-01-31", "month", True)]),
    ("The bill was introduced last month.", "2014-01-15", [("last month", "2013-12-01", "2013-12-31", "month", True)]),
    ("The senators will meet again next month.", "2014-12-10", [("next month", "2015-01-01", "2015-01-31", "month", True)]),
    ("The senators met this month.", "2014-06-01", [("this month", "2014-06-01", "2014-06-30", "month", True)]),
    ("Since May, three people have died.", "2014-03-10", [("Since May", "2013-05-01", "2013-05-31", "month", True)]),
    ("Since May, three people have died.", "2014-06-01", [("Since May", "2014-05-01", "2014-05-31", "month", True)]),
    ("They met last September.", "2014-06-01", [("last September", "2013-09-01", "2013-09-30", "month", True)]),
    ("They will meet next January.", "2014-06-01", [("next January", "2015-01-01", "2015-01-31", "month", True)]),
    ("In early March the bill stalled.", "2014-06-01", [("In early March", "2014-03-01", "2014-03-31", "month", True)]),
    ("They will meet later this year.", "2014-06-01", [("later this year", "2014-01-01", "2014-12-31", "year", True)]),
    ("They met the previous year.", "2014-06-01", [("the previous year", "2013-01-01", "2013-12-31", "year", True)]),
    ("They met yesterday.", "2014-06-01", [("yesterday", "2014-05-31", "2014-05-31", "day", True)]),
    ("The hearing opens today.", "2014-06-01", [("today", "2014-06-01", "2014-06-01", "day", True)]),
    # counted in days or weeks from the reference date: "today" in it is no date of its own
    ("Homecoming is two weeks from today.", "2026-09-18", [("two weeks from today", "2026-10-02", "2026-10-02", "day", True)]),
    ("The audit goes before the committee a week from tomorrow.", "2026-11-10", [("a week from tomorrow", "2026-11-18", "2026-11-18", "day", True)]),
    # a relative clause after "will" says what was: the day before the reference, not a year on
    (
        "She will ask colleagues to take up House Bill 412, which she introduced on Feb. 19.",
        "2026-04-02",
        [("Feb. 19", "2026-02-19", "2026-02-19", "day", True)],
    ),
    ("The board will vote on Feb. 19.", "2026-04-02", [("Feb. 19", "2027-02-19", "2027-02-19", "day", True)]),
    # a season written with its second year cut short is both years
    ("Howell County led the state in harvest in 2024-25.", "2026-04-02", [("2024-25", "2024-01-01", "2025-12-31", "year", False)]),
    # in capitals, as scripts and table headers write them
    ("CERTIFIED NOV. 23", "2026-12-09", [("NOV. 23", "2026-11-23", "2026-11-23", "day", True)]),
    # a weekday a contracted "will" looks ahead to
    ("She'll be at the board's meeting this Monday night.", "2026-12-12", [("this Monday", "2026-12-14", "2026-12-14", "day", True)]),
    # a season is its three months: "last spring" the latest one over, "this fall" this year's, "spring 2014" as written
    ("They visited Mexico last spring.", "2016-01-11", [("last spring", "2015-03-01", "2015-05-31", "month", True)]),
    ("They visited Mexico last spring.", "2016-10-11", [("last spring", "2016-03-01", "2016-05-31", "month", True)]),
    ("Crews will finish this fall.", "2026-07-20", [("this fall", "2026-09-01", "2026-11-30", "month", True)]),
    ("The fair returns next summer.", "2026-07-20", [("next summer", "2027-06-01", "2027-08-31", "month", True)]),
    ("Snow closed it last winter.", "2026-07-20", [("last winter", "2025-12-01", "2026-02-28", "month", True)]),
    # ... but days after one ended, "last winter" may be that one or the one before: left alone
    ("Snow closed it last winter.", "2026-03-04", []),
    ("They visited in the spring of 2014.", "2016-01-11", [("spring of 2014", "2014-03-01", "2014-05-31", "month", False)]),
    ("Water will spring from the rock.", "2016-01-11", []),
    # "this" with a weekday is the one coming, whatever the verb's tense
    ("The fair opens this Tuesday.", "2026-07-25", [("this Tuesday", "2026-07-28", "2026-07-28", "day", True)]),
    ("The fair opened last Tuesday.", "2026-07-25", [("last Tuesday", "2026-07-21", "2026-07-21", "day", True)]),
    # ... capitalised at a line's start too: a talking point's "Next Tuesday: public hearing"
    ("Next Tuesday: public hearing on the TIF district.", "2026-03-13", [("Next Tuesday", "2026-03-17", "2026-03-17", "day", True)]),
    ("The order was signed a week ago today.", "2026-09-15", [("a week ago today", "2026-09-08", "2026-09-08", "day", True)]),
    ("The board met ten days ago.", "2026-09-18", [("ten days ago", "2026-09-08", "2026-09-08", "day", True)]),
    ("The board met ten days ago.", "2026-09", []),
    # a day without its year, in a clause that looks ahead, is the next one of that name
    (
        "The next round opens Nov. 2 and closes Jan. 22.",
        "2026-10-20",
        [("Nov. 2", "2026-11-02", "2026-11-02", "day", True), ("Jan. 22", "2027-01-22", "2027-01-22", "day", True)],
    ),
    ("The board met Jan. 22 to vote.", "2026-10-20", [("Jan. 22", "2026-01-22", "2026-01-22", "day", True)]),
    # ... or of the one year the sentence writes with another day, not of the draft's date
    (
        "Apr. 15, 2014: press release on the visit, reposted on Tuesday, April 21",
        "2016-02-23",
        [("Apr. 15, 2014", "2014-04-15", "2014-04-15", "day", False), ("April 21", "2014-04-21", "2014-04-21", "day", True)],
    ),
    # a year written once for a pair of days is both days'
    (
        "They toured the site on Aug. 3 and Aug. 17, 2023.",
        "2026-05-20",
        [("Aug. 3", "2023-08-03", "2023-08-03", "day", False), ("Aug. 17, 2023", "2023-08-17", "2023-08-17", "day", False)],
    ),
    # an as-of date known only to the month or year keeps relative dates no finer than it
    ("They met today.", "2014-06", [("today", "2014-06-01", "2014-06-30", "month", True)]),
    ("Last year, Heitkamp helped lead a hearing.", "2014", [("Last year", "2013-01-01", "2013-12-31", "year", True)]),
    ("The bill was introduced last month.", "2014", []),
    ("They met this week.", "2014-06", []),
    # absolute dates next to relative ones
    (
        "In November 2013, the bill was introduced; last year it did not pass.",
        "2015-12-09",
        [("November 2013", "2013-11-01", "2013-11-30", "month", False), ("last year", "2014-01-01", "2014-12-31", "year", True)],
    ),
    # a year back to the month, or to the day
    ("It was a year ago this month that Klobuchar led a delegation.", "2015-04-15", [("a year ago this month", "2014-04-01", "2014-04-30", "month", True)]),
    ("Two years ago today, the bill was signed.", "2015-04-15", [("Two years ago today", "2013-04-15", "2013-04-15", "day", True)]),
    ("A year ago, the plant closed.", "2015-04-15", [("A year ago", "2014-01-01", "2014-12-31", "year", True)]),
    # a month ahead of the clause's future word is the next such month; without one, the last
    # "the following year" counts from the sentence's date before it, not the draft's; with none, from the draft's
    (
        "In 2014 they met the NFL about the Super Bowl in Arizona the following year.",
        "2016-01-12",
        [("2014", "2014-01-01", "2014-12-31", "year", False), ("the following year", "2015-01-01", "2015-12-31", "year", False)],
    ),
    (
        "In April 2014 she went; the previous spring she had met McCain.",
        "2016-01-12",
        [("April 2014", "2014-04-01", "2014-04-30", "month", False), ("the previous spring", "2013-03-01", "2013-05-31", "month", False)],
    ),
    # a day of a year counted from the draft's: "Sept. 30 of last year" is one date, not a guessed day and a year
    ("The loan was approved on Sept. 30 of last year.", "2026-01-20", [("Sept. 30 of last year", "2025-09-30", "2025-09-30", "day", True)]),
    ("It opens March 3 next year.", "2026-01-20", [("March 3 next year", "2027-03-03", "2027-03-03", "day", True)]),
    ("They plan to meet the following year.", "2016-01-12", [("the following year", "2017-01-01", "2017-12-31", "year", True)]),  # guard
    ("Whitfield plans to retire in January.", "2026-09-16", [("in January", "2027-01-01", "2027-01-31", "month", True)]),
    ("Whitfield retired in January.", "2026-09-16", [("in January", "2026-01-01", "2026-01-31", "month", True)]),
    ("The office has been open since January, and it will stay open.", "2026-09-16", [("since January", "2026-01-01", "2026-01-31", "month", True)]),
    # "expected" looks forward ("decision expected in June", in a report of February); set off by a comma it is an aside
    (
        "Grant application filed Jan. 15; decision expected in June.",
        "2025-02-28",
        [("Jan. 15", "2025-01-15", "2025-01-15", "day", True), ("in June", "2025-06-01", "2025-06-30", "month", True)],
    ),
    ("As expected, the council voted in June.", "2025-02-28", [("in June", "2024-06-01", "2024-06-30", "month", True)]),  # guard
]


@pytest.mark.parametrize(("text", "as_of", "expected"), RELATIVE)
def test_relative_dates_resolve_against_the_as_of_date_keeping_precision(text, as_of, expected):
    assert _found(text, as_of) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Last year, Heitkamp helped lead a hearing.",
        "In January, she met with Cindy McCain.",
        "Three people have died since May.",
        "The bill was introduced last month.",
    ],
)
def test_without_an_as_of_date_relative_dates_are_not_reported(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The full mill costs $100 a year, $15 more than today.", []),  # the time a comparison is made from
        ("The full mill costs $100 a year starting today.", [("today", "2026-04-02", "2026-04-02", "day", True)]),
    ],
)
def test_a_comparison_from_today_dates_nothing(text, expected):
    assert _found(text, "2026-04-02") == expected


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("May the best bill win.", "2014-06-01"),
        ("That May be human trafficking, she said.", "2014-06-01"),
        ("It may be that the senators met in may.", "2014-06-01"),
        ("May 24 people come to the hearing.", "2014-06-01"),  # guard
    ],
)
def test_may_the_verb_is_not_a_month(text, as_of):
    assert _found(text, as_of) == []


@pytest.mark.parametrize(
    ("text", "offsets"),
    [
        ("In September 2013, Senator Heitkamp helped lead a hearing.", [(3, 17)]),
        ("Visits nearly tripled from 2004 to 2011.", [(22, 39)]),
    ],
)
def test_offsets_cover_the_written_date(text, offsets):
    found = detect(text)
    assert [(m.start, m.end) for m in found] == offsets
    assert [text[s:e] for s, e in offsets] == [m.text for m in found]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2013", DateSpan("2013-01-01", "2013-12-31", "year")),
        ("2013-09", DateSpan("2013-09-01", "2013-09-30", "month")),
        ("2014-02", DateSpan("2014-02-01", "2014-02-28", "month")),
        ("2013-09-17", DateSpan("2013-09-17", "2013-09-17", "day")),
        ("2014-13-01", None),
        ("2014-02-30", None),
        ("2014-00", None),
        ("June 2014", None),
        ("", None),
    ],
)
def test_parse_iso(value, expected):
    assert parse_iso(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2014-06-01", "2014-06-01"),
        ("2014-04", "2014-04-15"),  # the middle of the month
        ("2014", "2014-07-02"),  # the middle of the year
        (None, None),
        ("soon", None),
    ],
)
def test_as_of_reference_day(value, expected):
    got = as_of_date(value)
    assert (got.isoformat() if got else None) == expected


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        (DateSpan("2013-01-01", "2013-12-31", "year"), "2013"),
        (DateSpan("2004-01-01", "2009-12-31", "year"), "2004 to 2009"),
        (DateSpan("2013-09-01", "2013-09-30", "month"), "September 2013"),
        (DateSpan("2014-04-15", "2014-04-15", "day"), "April 15, 2014"),
    ],
)
def test_label_at_the_span_precision(span, expected):
    assert label(span) == expected


@pytest.mark.parametrize(
    ("text", "yearless"),
    [
        ("Work begins in May.", True),  # its year is a guess: this May or last
        ("The hearing is on Tuesday, Jan. 4.", True),
        ("It opened last May.", False),  # "last" says which May
        ("It opens in May 2027.", False),
        ("The bill was introduced last month.", False),
    ],
)
def test_a_day_or_month_without_its_year_is_yearless(text, yearless):
    from factcheck.mentions.dates import detect
    from factcheck.mentions.dates import yearless as is_yearless

    found = detect(text, "2026-03-20")
    assert [is_yearless(m) for m in found][-1:] == [yearless]


def test_a_month_without_its_year_holds_the_sources_day_a_year_either_side():
    from factcheck.mentions.date_spans import within_month
    from factcheck.mentions.dates import detect
    from factcheck.model import DateSpan

    drafted = detect("work begins in May", "2025-03-24")[0].value  # read as May 2024: the last May
    assert within_month(DateSpan("2025-05-12", "2025-05-12", "day"), drafted, True)
    assert not within_month(DateSpan("2025-06-12", "2025-06-12", "day"), drafted, True)
    assert not within_month(DateSpan("2025-05-12", "2025-05-12", "day"), drafted, False)


def test_a_day_without_its_year_is_a_day_of_the_sources_run_of_days():
    from factcheck.mentions.date_spans import same_day
    from factcheck.mentions.dates import detect
    from factcheck.model import DateSpan

    drafted = detect("the fair, opening July 28", "2025-04-15")[0].value  # read as July 28, 2025
    run = DateSpan("2026-07-28", "2026-08-01", "day")  # "July 28 through Aug. 1, 2026"
    assert same_day(run, drafted, True)
    assert not same_day(run, drafted, False)
    assert not same_day(DateSpan("2026-07-29", "2026-08-01", "day"), drafted, True)


def test_may_and_its_day_before_a_labels_colon_is_the_month() -> None:
    """A timeline's "May 24: Memorial Pool opens its final season." opens its line with the day, not the verb."""
    assert _found("May 24: Memorial Pool opens its final season.", "2025-05-13") == [("May 24", "2025-05-24", "2025-05-24", "day", True)]
