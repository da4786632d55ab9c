"""How a DateSpan is read out and held against another: its human label, and whether a day or month written
without its year may be the sources' day a year either side."""

from __future__ import annotations

import calendar
from datetime import MAXYEAR, MINYEAR, date

from factcheck.model import DateSpan

PRECISION_RANK = {"year": 0, "month": 1, "day": 2}  # how much a date's precision says


def label(span: DateSpan) -> str:
    """Human form at the span's precision: '2013', 'September 2013', 'September 17, 2013', '2004 to 2011', a week's
    'September 7 to 13, 2026', a season's 'March to May 2015'."""
    first = date.fromisoformat(span.first)
    last = date.fromisoformat(span.last)
    if span.precision == "year":
        return str(first.year) if first.year == last.year else f"{first.year} to {last.year}"
    if span.precision == "month" and (first.year, first.month) != (last.year, last.month):  # a season: "March to May 2015"
        start = f"{calendar.month_name[first.month]}" + (f" {first.year}" if last.year != first.year else "")
        return f"{start} to {calendar.month_name[last.month]} {last.year}"
    if span.precision == "month":
        return f"{calendar.month_name[first.month]} {first.year}"
    if last != first:  # a week: "September 7 to 13, 2026", "August 31 to September 6, 2026"
        end = f"{last.day}" if last.month == first.month else f"{calendar.month_name[last.month]} {last.day}"
        start = f"{calendar.month_name[first.month]} {first.day}" + (f", {first.year}" if last.year != first.year else "")
        return f"{start} to {end}, {last.year}"
    return f"{calendar.month_name[first.month]} {first.day}, {first.year}"


def years_around(day: DateSpan) -> list[DateSpan]:
    """The same month and day a year before and a year after: what a day written without its year may be too."""
    year = int(day.first[:4])
    return [DateSpan(f"{y:04d}{day.first[4:]}", f"{y:04d}{day.last[4:]}", day.precision, day.relative) for y in (year - 1, year + 1) if MINYEAR <= y <= MAXYEAR]


def same_day(stated: DateSpan, drafted: DateSpan, without_year: bool) -> bool:
    """The same day, or for a day written without its year the same month and day a year either side (or a day of the
    sources' run of days: "opening July 28" for "July 28 through Aug. 1, 2026")."""
    if drafted.first != drafted.last:
        return False
    if stated.first != stated.last:
        days = [drafted, *years_around(drafted)] if without_year else [drafted]
        return stated.precision == "day" and any(stated.first <= d.first <= stated.last for d in days)
    return stated.first == drafted.first or without_year and stated.first in {d.first for d in years_around(drafted)}


def a_year_off(drafted: DateSpan, right: DateSpan) -> bool:
    """The same day of another year ("Dec. 15, 2028" for "December 15, 2027"): the other's date is the one misstated,
    however few words the two share."""
    return (
        not drafted.relative
        and drafted.precision == right.precision == "day"
        and drafted.first == drafted.last
        and right.first == right.last
        and drafted.first[4:] == right.first[4:]
    )


def within_month(stated: DateSpan, drafted: DateSpan, without_year: bool) -> bool:
    """A month written without its year holds the sources' day or month in it a year either side: "work begins
    in May", written in March, is this May, "was honored in December", written in January, last December."""
    return without_year and drafted.precision == "month" and any(d.first <= stated.first <= stated.last <= d.last for d in years_around(drafted))
