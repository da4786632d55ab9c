"""The patterns mentions/dates.py reads dates with, built from one lexicon's tables: absolute dates and ranges of
days, months and years, seasons, and the relative forms counted from a reference day ("last year", "two weeks
ago", "next Tuesday", "since May"), in the order they are tried."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.lexicon import Lexicon, alternation, per_lexicon

# a year of the last two centuries and this one; a day of a month, maybe with its ordinal ("3rd")
YEAR = r"(?:1[89]\d\d|20\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|ST|ND|RD|TH)?"


@dataclass(frozen=True, slots=True)
class Patterns:
    patterns: list[tuple[str, re.Pattern[str]]]  # in the order they are tried: longest forms first
    ahead: re.Pattern[str]  # words that put "on Tuesday" ahead of the dateline ("will", "next")
    future: re.Pattern[str]  # the same words, anywhere in a clause
    request: re.Pattern[str]  # a request, anywhere in a clause: "asked for a schedule by Jan. 31" sets a deadline ahead
    relative: re.Pattern[str]  # ", which", ", who": a relative clause, about what was
    past: frozenset[str]  # "last year", "the previous year"
    next: frozenset[str]  # "next year", "the following year"


@per_lexicon
def patterns(lex: Lexicon) -> Patterns:
    """The detector's patterns, built from one lexicon's tables."""
    # Full names and dotted abbreviations: an undotted "Jan" or "Sun" is as often a name or a word.
    # ... and in capitals, as scripts and table headers write them ("CERTIFIED NOV. 23")
    forms = [*(m.name for m in lex.months), *(a + "." for m in lex.months for a in m.abbreviations)]
    month = rf"(?:{alternation([*forms, *(f.upper() for f in forms)])})"
    # ... but right before a day's number an undotted one is a month, as posts and tables write it ("Feb 13")
    bare = [a for m in lex.months for a in m.abbreviations]
    dayed = rf"(?:{alternation([*forms, *(f.upper() for f in forms), *bare, *(a.upper() for a in bare)])})"
    weekday = alternation(d.name for d in lex.weekdays)
    past, nxt, this = lex.words("date-past"), lex.words("date-next"), lex.words("date-this")
    # "last month" is the calendar month before the dateline's, but "the past month" is the thirty days up to it.
    calendar = alternation(["last", "next", *this])
    seasons = alternation(f for season in lex.seasons for f in season.forms)
    return Patterns(
        patterns=[
            ("iso", re.compile(rf"\b(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?\b")),
            ("decade", re.compile(r"\b(?:the\s+)?(?P<y>(?:1[89]|20)\d0)['’]?s\b")),
            (
                "range",
                re.compile(
                    rf"\b(?:(?P<kw>(?i:{alternation(lex.words('range-opener'))}))\s+)?(?P<y1>{YEAR})\s*(?:-|–|—|{alternation(lex.words('range-word'))})\s*(?P<y2>{YEAR})\b"
                ),
            ),
            # a season or fiscal year written with its second year cut short: "2024-25", "2026–27"
            ("season", re.compile(rf"(?<![\d,.$])\b(?P<y1>{YEAR})\s*[-–/]\s*(?P<y2>\d{{2}})\b(?![-–/]?\d)")),
            # a day of a year counted from the reference: "Sept. 30 of last year", "March 3 next year"
            (
                "day_of_year",
                re.compile(rf"\b(?P<mon>{dayed})\s+(?P<d>{DAY})\s+(?:of\s+)?(?P<mod>(?i:{alternation([*past, *nxt, *this])}))\s+year\b(?!s|['’]s)"),
            ),
            # days across two months, their year after the second: "July 28–Aug. 2, 2026", "July 28 through Aug. 1, 2026"
            (
                "mmdrange",
                re.compile(
                    rf"\b(?P<mon>{dayed})\s+(?P<d>{DAY})\s*(?:[-–—]|\s(?:{alternation(w for w in lex.words('range-word') if w != 'and')})\s)\s*"
                    rf"(?P<mon2>{dayed})\s+(?P<d2>{DAY}),?\s+(?P<y>{YEAR})\b"
                ),
            ),
            # days of one month: "July 18-25", "Aug. 3–5, 2026"
            ("mdrange", re.compile(rf"\b(?P<mon>{dayed})\s+(?P<d>{DAY})\s*[-–]\s*(?P<d2>{DAY})\b(?!\s*[-–/:]\s*\d)(?:,?\s+(?P<y>{YEAR})\b)?")),
            ("mdy", re.compile(rf"\b(?P<mon>{dayed})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})\b")),
            ("dmy", re.compile(rf"\b(?P<d>{DAY})\s+(?P<mon>{month})\s+(?P<y>{YEAR})\b")),
            ("my", re.compile(rf"\b(?P<mon>{month})\s+(?:of\s+)?(?P<y>{YEAR})\b")),
            # "spring 2014", "the fall of 2025"; "last spring", "this fall", "next summer": a season, its three months
            ("season_year", re.compile(rf"\b(?P<season>(?i:{seasons}))\s+(?:of\s+)?(?P<y>{YEAR})\b")),
            ("rel_season", re.compile(rf"\b(?P<mod>(?i:{alternation([*past, *nxt, *this])}))\s+(?P<season>(?i:{seasons}))\b")),
            ("md", re.compile(rf"\b(?P<mon>{dayed})\s+(?P<d>{DAY})\b(?!,?\s+{YEAR})(?!\d|,\d)")),
            # "a year" is a duration, matched so that it is left alone.
            # "two years ago", "18 months earlier": counted back from the reference date; "a year ago this month"
            # to the month, "a year ago today" to the day
            (
                "rel_ago",
                re.compile(
                    rf"\b(?P<n>\d{{1,2}}|a|{alternation(n.word for n in lex.numbers if n.kind in ('unit', 'teen') and (n.value or 0) >= 1)})\s+(?P<unit>years?|months?)\s+(?:{alternation(lex.words('date-ago'))})\b"
                    r"(?:\s+(?P<at>this\s+month|today)\b)?",
                    re.I,
                ),
            ),
            # "two weeks from today", "ten days ago", "a week from tomorrow": counted in days from the reference date,
            # which "today" is not
            (
                "rel_days",
                re.compile(
                    rf"\b(?P<n>\d{{1,2}}|a|{alternation(n.word for n in lex.numbers if n.kind in ('unit', 'teen') and (n.value or 0) >= 1)})\s+(?P<unit>days?|weeks?)\s+"
                    rf"(?P<way>(?:{alternation(lex.words('date-ago'))})(?:\s+today)?|from\s+(?:today|now|(?P<morrow>tomorrow)))\b",
                    re.I,
                ),
            ),
            # "January of last year", "in March this year": a month of the year before, of or after the reference
            (
                "month_of_year",
                re.compile(rf"\b(?P<mon>{month})\s+(?:of\s+)?(?P<mod>(?i:{alternation([*past, *nxt, *this])}))\s+year\b(?!s)"),
            ),
            ("rel_year", re.compile(rf"\b(?P<mod>{alternation([*past, *nxt, *this, 'a'])})\s+year\b(?!s)", re.I)),
            # "the past month" is the last thirty days, not a calendar month: only the one-word markers.
            ("rel_month", re.compile(rf"\b(?P<mod>{calendar})\s+month\b", re.I)),
            ("rel_week", re.compile(rf"\b(?P<mod>{calendar})\s+week\b", re.I)),
            # "$15 more than today": the time a comparison is made from, no date of what happened
            ("rel_day", re.compile(rf"(?<!\bthan\s)\b(?P<mod>{alternation(lex.words('relative-day'))})\b", re.I)),
            # "on Thursday" in news copy: the latest Thursday up to the dateline ("next Tuesday", "will ... on Tuesday": ahead).
            (
                "rel_weekday",
                re.compile(
                    rf"\b(?:(?P<mod>(?i:{alternation(lex.words('weekday-modifier'))}))\s+)?(?P<wd>{weekday})\b"
                    # (not before a date's month or day; a time of day after it is that day's: "next Thursday, 4 p.m.")
                    rf"(?!,?\s+(?:{month}|\d(?!\d?(?::\d\d)?\s*[ap]\.?m\b)))"
                ),
            ),
            (
                "rel_named",
                re.compile(rf"\b(?P<mod>{alternation(lex.words('month-preposition'))})-?\s+(?P<mon>{month})(?!\s+(?:{DAY}\b|of\s+{YEAR}|{YEAR}))", re.I),
            ),
            # "In 2013, there were" is a year; "2,013" and "2013,000" are not.
            ("year", re.compile(rf"(?<![\d,.$])\b(?P<y>{YEAR})\b(?!\d|,\d|-(?:{alternation(lex.words('year-compound'))}))")),
        ],
        ahead=re.compile(rf"\b(?:{alternation(lex.words('future'))})\b(?!,)[^.;]*$", re.I),
        future=re.compile(rf"\b(?:{alternation(lex.words('future'))})\b", re.I),
        request=re.compile(rf"\b(?:{alternation(lex.words('request-verb'))})\b", re.I),
        relative=re.compile(rf",\s+(?:{alternation(lex.words('relative-opener'))})\b", re.I),
        past=past,
        next=nxt,
    )
