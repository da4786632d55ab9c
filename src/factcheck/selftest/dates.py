"""Date mutations: a claim's source sentence -> the same sentence with one of the claim's dates wrong.

date-day       April 15, 2014 -> April 18, 2014      (the claim states that day)
date-month     in April 2014 -> in June 2014          (same style: a full name for a full name, Sept. for Apr.)
date-year      In 2013 -> In 2011                     (no year the claim states)
date-relative  next year -> last year                 (resolved against the source's date: another year)
"""

from __future__ import annotations

import re

from factcheck.lexicon import Lexicon
from factcheck.selftest.cases import Context, Rewrite, Seed, free, splice, stated_dates, words_pattern, year_of

KIND = "date"

YEAR = re.compile(r"(?<![\w.,/$-])(1[89]\d\d|20\d\d)(?![\w%/]|,\d|-\d)")


def month_pattern(lex: Lexicon) -> re.Pattern[str]:
    """A month written before a day or a year: (month)(day)?(year)?."""
    forms = [f for m in lex.months for f in m.forms if len(f) > 2]
    return re.compile(
        rf"(?<![\w.])({'|'.join(re.escape(f) for f in sorted(forms, key=lambda f: -len(f)))})(?![\w])(?:\s+(\d{{1,2}})(?!\d))?(?:,?\s+(?:of\s+)?(\d{{4}}))?"
    )


def month_style(lex: Lexicon, written: str, number: int) -> str:
    """Month `number` written the way `written` is (full name, AP form, or undotted abbreviation)."""
    wanted = lex.months[number - 1]
    month = next(m for m in lex.months if written in m.forms)
    if written == month.name:
        return wanted.name
    if written == month.ap:
        return wanted.ap
    return (wanted.abbreviations[-1] + ("." if written.endswith(".") else "")) if wanted.abbreviations else wanted.name


def _dates(seed: Seed, lex: Lexicon) -> list[re.Match[str]]:
    return [m for m in month_pattern(lex).finditer(seed.text) if (m.group(2) or m.group(3)) and free(seed.text, *m.span())]


def day(seed: Seed, ctx: Context) -> list[Rewrite]:
    stated = stated_dates(seed.claim)
    out = []
    for m in _dates(seed, ctx.lex):
        if not m.group(2):
            continue
        month, d = ctx.lex.month_number(m.group(1)), int(m.group(2))
        if not any(mo == month and dd == d for _, mo, dd in stated):
            continue
        days = {dd for _, mo, dd in stated if mo == month}
        for new in (d + 3, d - 3, d + 1, d - 1):
            if 1 <= new <= 28 and new not in days:
                out.append(Rewrite(splice(seed.text, m.start(2), m.end(2), str(new)), f"{d} -> {new}"))
    return out


def month(seed: Seed, ctx: Context) -> list[Rewrite]:
    stated = stated_dates(seed.claim)
    out = []
    for m in _dates(seed, ctx.lex):
        number = ctx.lex.month_number(m.group(1))
        if number is None or not any(mo == number for _, mo, _ in stated):
            continue
        months = {mo for _, mo, _ in stated}
        for new in (number + 2, number - 2, number + 1, number - 1):
            if 1 <= new <= 12 and new not in months:
                written = month_style(ctx.lex, m.group(1), new)
                out.append(Rewrite(splice(seed.text, m.start(1), m.end(1), written), f"{m.group(1)} -> {written}"))
    return out


def year(seed: Seed, ctx: Context) -> list[Rewrite]:
    years = {y for y, _, _ in stated_dates(seed.claim)}
    out = []
    for m in YEAR.finditer(seed.text):
        y = int(m.group(1))
        if y not in years or not free(seed.text, *m.span()):
            continue
        for new in (y - 2, y + 1, y - 1, y + 2):
            if new not in years:
                out.append(Rewrite(splice(seed.text, m.start(1), m.end(1), str(new)), f"{y} -> {new}"))
    return out


def relative_offsets(lex: Lexicon) -> dict[str, int]:
    """The modifier of a relative year and the years it moves from the writing date: last -1, this 0, next +1."""
    offsets = {"date-past": -1, "date-this": 0, "date-next": 1}
    return {w: offset for name, offset in offsets.items() for w in lex.words(name)}


def relative_years(seed: Seed, lex: Lexicon) -> list[tuple[re.Match[str], int]]:
    """Each "last year", "next year", "earlier this year" in the sentence, with the year it means."""
    base = year_of(seed.as_of)
    if base is None:
        return []
    offsets = relative_offsets(lex)
    pattern = re.compile(rf"(?<![\w-])({words_pattern(offsets, case=False).pattern})\s+year\b", re.I)
    return [(m, base + offsets[m.group(1).lower()]) for m in pattern.finditer(seed.text) if free(seed.text, *m.span())]


def relative(seed: Seed, ctx: Context) -> list[Rewrite]:
    years = {y for y, _, _ in stated_dates(seed.claim)}
    base = year_of(seed.as_of)
    out = []
    for m, meant in relative_years(seed, ctx.lex):
        if meant not in years or base is None:
            continue
        for word, offset in sorted(relative_offsets(ctx.lex).items()):
            if base + offset != meant and base + offset not in years and " " not in word and word.islower():
                new = word if m.group(1).islower() else word.capitalize()
                out.append(Rewrite(splice(seed.text, m.start(1), m.end(1), new), f"{m.group(1)} year -> {new} year"))
    return out


OPERATORS = {"date-day": day, "date-month": month, "date-relative": relative, "date-year": year}
