"""Dates counted from another date of the sentence, not from the draft's: "met with the NFL in 2014 about the Super
Bowl in Arizona the following year" is 2015, whatever year the draft was written in. Read by mentions/dates.py after
the sentence's dates are found."""

from __future__ import annotations

import re

from factcheck.lexicon import Lexicon, alternation
from factcheck.model import DateSpan, Mention


def _shifted(day: str, years: int) -> str:
    year, rest = int(day[:4]) + years, day[4:]
    return f"{year:04d}-02-28" if rest == "-02-29" and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else f"{year:04d}{rest}"


def reanchored(found: list[Mention], as_of_year: int, lex: Lexicon) -> list[Mention]:
    """`found` (in the order written) with each date whose words count from another date ("the following year", "the
    previous spring") counted from the sentence's last date before it written with its year; with none, from the draft's
    date, as "next year" is."""
    opener = re.compile(rf"(?i:{alternation(lex.words('date-anaphoric'))})\s")
    out: list[Mention] = []
    for mention in found:
        if not mention.value.relative or not opener.match(mention.text):
            out.append(mention)
            continue
        before = [m.value for m in out if m.end <= mention.start and not m.value.relative]
        if not before:
            out.append(mention)
            continue
        years = int(before[-1].last[:4]) - as_of_year
        value = mention.value
        out.append(
            Mention(
                "date", mention.start, mention.end, mention.text, DateSpan(_shifted(value.first, years), _shifted(value.last, years), value.precision, False)
            )
        )
    return out
