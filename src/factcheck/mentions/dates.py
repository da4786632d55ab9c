"""Detect dates in a sentence: text -> Mentions whose value is a DateSpan.

Absolute dates ("April 15, 2014", "Apr. 2014", "September 2013", "2013", "2014-04-15"),
ranges ("from 2004 to 2011", "between 2004 and 2009", "2004-2011", "the 1990s") and relative dates
("last year", "earlier this year", "in January", "since May", "last September", "today"),
which resolve against the as-of date (the draft's or the source's) and keep their
precision. Without an as-of date a relative date is not reported: it cannot be checked.
"""

from __future__ import annotations

import calendar
import re
from datetime import MAXYEAR, MINYEAR, date, timedelta

from factcheck.lexicon import Lexicon, Season, lexicon
from factcheck.mentions import date_anaphora
from factcheck.mentions.date_patterns import YEAR, patterns
from factcheck.model import DateSpan, Mention
from factcheck.spans import Spans

# Month forms without the dot, lower case -> number ("sept" -> 9), of the shipped lexicon (extract/naming reads it).
MONTHS = {f.rstrip(".").lower(): m.number for m in lexicon().months for f in m.forms}


def _month_number(token: str, lex: Lexicon) -> int:
    number = lex.month_number(token)
    if number is None:
        raise ValueError(f"not a month: {token!r}")
    return number


def _day(written: str) -> int:
    """A day of the month as written: "3", "03", "3rd"."""
    return int(re.sub(r"\D", "", written))


def _span(year: int, month: int | None = None, day: int | None = None, *, relative: bool = False) -> DateSpan:
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")  # "last year" in a draft dated 0001: no such year to check
    if month is None:
        return DateSpan(f"{year:04d}-01-01", f"{year:04d}-12-31", "year", relative)
    if day is None:
        last = calendar.monthrange(year, month)[1]
        return DateSpan(f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}", "month", relative)
    date(year, month, day)  # raises ValueError for "February 30"
    return DateSpan(f"{year:04d}-{month:02d}-{day:02d}", f"{year:04d}-{month:02d}-{day:02d}", "day", relative)


def parse_iso(value: str) -> DateSpan | None:
    """A stored date ("2013", "2013-09", "2013-09-17") as a DateSpan."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", str(value).strip())
    if not match:
        return None
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))  # "2014-13-01", "2014-02-30" are not dates
        return _span(int(year), int(month) if month else None, int(day) if day else None)
    except ValueError:
        return None


def as_of_date(value: str | None) -> date | None:
    """The reference day for relative dates: the as-of date, or the middle of its month/year."""
    if not value:
        return None
    span = parse_iso(value)
    if span is None:
        return None
    if span.precision == "day":
        return date.fromisoformat(span.first)
    if span.precision == "month":
        return date.fromisoformat(span.first) + timedelta(days=14)
    return date.fromisoformat(span.first) + timedelta(days=182)


def _weekday(match: re.Match[str], ref: date, ref_precision: str, lex: Lexicon) -> DateSpan | None:
    if ref_precision != "day":
        return None
    wanted = lex.weekday_number(match.group("wd"))
    if wanted is None:
        return None
    mod = (match.group("mod") or "").lower()
    # `ahead` cannot match across a "." or ";": search from the last one, not the sentence's start, each time.
    clause = max(match.string.rfind(".", 0, match.start()), match.string.rfind(";", 0, match.start())) + 1
    # "the fair opens this Tuesday": writers say "this" of the weekday coming, "last" of the one gone
    ahead = mod in ("next", "this") or (mod != "last" and bool(patterns(lex).ahead.search(match.string, clause, match.start())))
    if ahead:
        day = ref + timedelta(days=(wanted - ref.weekday()) % 7 or (7 if mod == "next" else 0))
    else:
        day = ref - timedelta(days=(ref.weekday() - wanted) % 7 or (7 if mod == "last" else 0))
    return _span(day.year, day.month, day.day, relative=True)


def _offset(mod: str, lex: Lexicon) -> int:
    """The years a modifier counts from the reference: -1 for "last", 1 for "next", 0 for "this"."""
    p = patterns(lex)
    return -1 if mod in p.past else 1 if mod in p.next else 0


def _relative(kind: str, match: re.Match[str], ref: date, ref_precision: str, lex: Lexicon) -> DateSpan | None:
    if kind == "rel_ago":
        n = match.group("n").lower()
        back = int(n) if n.isdigit() else 1 if n == "a" else (lex.number_word(n) or 0)
        at = (match.group("at") or "").lower()
        if match.group("unit").lower().startswith("year"):
            if at and ref_precision != "year":
                return _span(ref.year - back, ref.month, ref.day if at == "today" and ref_precision == "day" else None, relative=True)
            return _span(ref.year - back, relative=True)
        if ref_precision == "year":
            return None
        months = ref.year * 12 + ref.month - 1 - back
        return _span(months // 12, months % 12 + 1, relative=True)
    if kind == "rel_days":
        if ref_precision != "day":
            return None
        count = (
            1 if match.group("n").lower() == "a" else int(match.group("n")) if match.group("n").isdigit() else (lex.number_word(match.group("n").lower()) or 0)
        )
        days = count * (7 if match.group("unit").lower().startswith("week") else 1)
        days += 1 if match.group("morrow") else 0
        day = ref + timedelta(days=days if match.group("way").lower().startswith("from") else -days)
        return _span(day.year, day.month, day.day, relative=True)
    mod = (match.group("mod") or "").lower()
    if kind == "day_of_year":
        offset = _offset(mod, lex)
        try:
            return _span(ref.year + offset, _month_number(match.group("mon"), lex), _day(match.group("d")), relative=True)
        except ValueError:
            return None
    if kind == "month_of_year":
        offset = _offset(mod, lex)
        return _span(ref.year + offset, _month_number(match.group("mon"), lex), relative=True)
    if kind == "rel_year":
        offset = _offset(mod, lex)
        if mod == "a":
            return None  # "a year" is a duration
        if mod == "past" and ref_precision == "day":
            # "in the past year" is the twelve months up to the reference date; "last year" is the calendar year before
            start = ref.replace(year=ref.year - 1) if (ref.month, ref.day) != (2, 29) else ref.replace(year=ref.year - 1, day=28)
            return DateSpan(start.isoformat(), ref.isoformat(), "day", True)
        return _span(ref.year + offset, relative=True)
    if ref_precision == "year":
        return None  # "last month" against a date known only to the year says nothing checkable
    if kind == "rel_month":
        month = ref.month + {"last": -1, "next": 1}.get(mod, 0)
        year = ref.year + (month - 1) // 12
        return _span(year, (month - 1) % 12 + 1, relative=True)
    if kind == "rel_week":
        if ref_precision != "day":
            return None
        # a calendar week, Monday to Sunday: "next week" on Thursday, September 3 is September 7 to 13
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks={"last": -1, "next": 1}.get(mod, 0))
        sunday = monday + timedelta(days=6)
        return DateSpan(monday.isoformat(), sunday.isoformat(), "day", True)
    if kind == "rel_day":
        if ref_precision != "day":
            return _span(ref.year, ref.month, relative=True)
        day = ref + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(mod, 0))
        return _span(day.year, day.month, day.day, relative=True)
    if kind == "rel_weekday":
        return _weekday(match, ref, ref_precision, lex)
    if kind == "rel_season":
        return _relative_season(_season(match.group("season"), lex), mod, ref, lex)
    month = _month_number(match.group("mon"), lex)
    if mod == "next":
        year = ref.year + (1 if month <= ref.month else 0)
    elif mod == "this":
        year = ref.year
    elif mod == "last":
        year = ref.year - (1 if month >= ref.month else 0)
    elif mod != "since" and _ahead(match, lex):
        year = ref.year + (1 if month < ref.month else 0)  # "plans to retire in January", written in September
    else:  # in / since / by / during: the latest such month not after the reference
        year = ref.year - (1 if month > ref.month else 0)
    return _span(year, month, relative=True)


# A season over for fewer days than this is still "last winter" to some writers and the winter before to others.
SEASON_GONE = 92


def _season(word: str, lex: Lexicon) -> Season:
    return next(s for s in lex.seasons if word.lower() in s.forms)


def _months(year: int, first: int, last: int, *, relative: bool = True) -> DateSpan:
    """A season of `year` (winter's last months in the year after), at the precision of a month."""
    end = year + (1 if last < first else 0)
    return DateSpan(f"{year:04d}-{first:02d}-01", f"{end:04d}-{last:02d}-{calendar.monthrange(end, last)[1]:02d}", "month", relative)


def _relative_season(season: Season, mod: str, ref: date, lex: Lexicon) -> DateSpan | None:
    """ "last spring": the latest spring over by the reference date (None when it ended within SEASON_GONE days);
    "next spring": the first not yet begun; "this spring": the one under way, or else this year's."""
    p = patterns(lex)
    around = [_months(y, season.first, season.last) for y in (ref.year - 2, ref.year - 1, ref.year, ref.year + 1)]
    day = ref.isoformat()
    if mod in p.past:
        latest = [s for s in around if s.last < day][-1]
        # "last winter", written days after one ended: that one, or the one before it, as a source's words had it
        return None if (ref - date.fromisoformat(latest.last)).days < SEASON_GONE else latest
    if mod in p.next:
        return next(s for s in around if s.first > day)
    return next((s for s in around if s.first <= day <= s.last), around[2])


def _weekday_before(text: str, at: int, lex: Lexicon) -> int | None:
    """The weekday written right before a day ("Monday, Jan. 4", "Mon. Jan. 4"), as its number."""
    words = text[max(0, at - 12) : at].rstrip(" ,").split()
    return lex.weekday_number(words[-1].rstrip(".")) if words else None


def detect(text: str, as_of: str | None = None, *, weekdays: bool = True, marked: bool = False, lex: Lexicon | None = None) -> list[Mention]:
    """Date mentions in `text` (offsets local to it), longest match first, no overlaps.

    `weekdays=False` leaves "on Thursday" alone: a source's dateline pins it down, but a draft
    dated a week later that repeats the source's words would be read as another day. With `marked`,
    a weekday its words place ("next Wednesday", "last Friday") is read all the same: the writer
    counted it from the draft's date.
    """
    ref = as_of_date(as_of)
    parsed = parse_iso(as_of) if as_of else None
    ref_precision = parsed.precision if parsed else "day"
    taken = Spans()
    found: list[Mention] = []
    guessed: list[int] = []  # the days written without a year, by their index in found
    lex = lex or lexicon()
    for kind, pattern in patterns(lex).patterns:
        if kind == "rel_weekday" and not weekdays and not marked:
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if kind == "rel_weekday" and not weekdays and (match.group("mod") or "").lower() not in lex.words("weekday-mark"):
                continue
            if taken.overlaps(start, end):
                continue
            if kind in ("iso", "year") and _numbered(text, start, lex):
                continue  # "Motion 2026-14", "Ordinance No. 2026-07": a record's number, no date
            span = _interpret(kind, match, text, ref, ref_precision, lex)
            if span is None:
                continue
            taken.add(start, end)
            found.append(Mention("date", start, end, match.group(0), span))
            if kind == "md":
                guessed.append(len(found) - 1)
    for k in guessed:
        # "Apr. 15, 2014: ... reposted online on Tuesday, April 21": a day without its year soon after a day the
        # sentence writes with one is of that year, not of the draft's date
        day = found[k].value
        before = [m.value for m in found if m.end <= found[k].start and not m.value.relative and m.value.precision == "day" and m.value.first == m.value.last]
        if not before:
            continue
        year = int(before[-1].first[:4])
        try:
            then = date(year, int(day.first[5:7]), int(day.first[8:10]))
        except ValueError:
            continue
        if year != int(day.first[:4]) and 0 <= (then - date.fromisoformat(before[-1].first)).days <= FOLLOWS:
            found[k] = Mention("date", found[k].start, found[k].end, found[k].text, _span(year, then.month, then.day, relative=True))
    found.sort(key=lambda m: m.start)
    return date_anaphora.reanchored(found, ref.year, lex) if ref is not None else found


# How many days after a dated day one written without its year may follow it in the sentence and share its year.
FOLLOWS = 92


def _numbered(text: str, at: int, lex: Lexicon) -> bool:
    """The figure at `at` comes right after a record's label: it numbers the record."""
    before = text[max(0, at - 16) : at].split()
    if _SERIAL.match(text, at):
        return True  # "2026-014": a year and a serial of three digits, whatever record it numbers
    return bool(before) and text[at - 1 : at].isspace() and before[-1].lower() in lex.words("record-label")


_SERIAL = re.compile(r"\d{4}-\d{3,}(?!\d)")


def _interpret(kind: str, match: re.Match[str], text: str, ref: date | None, ref_precision: str, lex: Lexicon) -> DateSpan | None:
    if kind in ("iso", "mdy", "dmy", "my"):
        year = int(match.group("y"))
        month = int(match.group("m")) if kind == "iso" else _month_number(match.group("mon"), lex)
        day_text = match.groupdict().get("d")
        day = _day(day_text) if day_text else None
        try:
            return _span(year, month, day)
        except ValueError:
            return None
    if kind == "mmdrange":
        first_month, last_month = _month_number(match.group("mon"), lex), _month_number(match.group("mon2"), lex)
        year = int(match.group("y"))
        try:  # "Dec. 28–Jan. 2, 2027" begins the year before
            begin = _span(year - (first_month > last_month), first_month, _day(match.group("d")))
            end = _span(year, last_month, _day(match.group("d2")))
        except ValueError:
            return None
        return DateSpan(begin.first, end.first, "day") if begin.first < end.first else None
    if kind == "mdrange":
        first, last = (_day(match.group(g)) for g in ("d", "d2"))
        if (ref is None and not match.group("y")) or last <= first:
            return None
        year, month = int(match.group("y")) if match.group("y") else ref.year if ref else 0, _month_number(match.group("mon"), lex)
        try:
            return DateSpan(_span(year, month, first).first, _span(year, month, last).first, "day", not match.group("y"))
        except ValueError:
            return None
    if kind == "decade":  # "the 1990s": 1990 to 1999
        return DateSpan(f"{match.group('y')}-01-01", f"{int(match.group('y')) + 9:04d}-12-31", "year")
    if kind == "range":
        y1, y2 = int(match.group("y1")), int(match.group("y2"))
        if y2 <= y1 or (not match.group("kw") and re.search(r"\band\b", match.group(0))):
            return None
        return DateSpan(f"{y1:04d}-01-01", f"{y2:04d}-12-31", "year")
    if kind == "season":
        y1 = int(match.group("y1"))
        if int(match.group("y2")) != (y1 + 1) % 100:
            return None  # "2024-18" is no season: a figure, or a typo
        return DateSpan(f"{y1:04d}-01-01", f"{y1 + 1:04d}-12-31", "year")
    if kind == "year":
        return _span(int(match.group("y")))
    if kind == "season_year":
        season = _season(match.group("season"), lex)
        if season.last < season.first:
            return None  # "winter 2014": which one?
        return _months(int(match.group("y")), season.first, season.last, relative=False)
    if kind == "md":
        if ref is None or match.group("mon").capitalize() == "May" and _modal_may(text, match.start()) and not _LABEL_DAY.match(text, match.end()):
            return None
        month = _month_number(match.group("mon"), lex)
        shared = _SHARED_YEAR.match(text, match.end())
        try:
            if shared is not None:  # "Aug. 3 and Aug. 17, 2023": the year written once is both days'
                return _span(int(shared.group("y")), month, _day(match.group("d")))
            day = _day(match.group("d"))
            year = ref.year
            if ref_precision == "day" and date(year, month, day) < ref - timedelta(days=31) and _ahead(match, lex):
                year += 1  # "the next round opens Nov. 2 and closes Jan. 22", written in October: next January
            named = _weekday_before(text, match.start(), lex)
            if named is not None:
                # "convenes Monday, Jan. 4", written in October 2026: the one year around that gives the day its
                # weekday, when it lies nearer the reference than the guess ("Monday, Nov. 24" written two weeks
                # on is that November's, its weekday wrong, not the Monday of a year before)
                fits = [y for y in (ref.year - 1, ref.year, ref.year + 1) if date(y, month, day).weekday() == named]
                if len(fits) == 1 and abs((date(fits[0], month, day) - ref).days) < abs((date(year, month, day) - ref).days):
                    year = fits[0]
            return _span(year, month, day, relative=True)
        except ValueError:
            return None
    if ref is None:
        return None
    if kind == "rel_named" and match.group("mon").capitalize() == "May" and match.group("mod").lower() not in _MAY_MODS:
        return None
    if kind == "rel_named" and match.group("mon")[0].islower():
        return None
    try:
        return _relative(kind, match, ref, ref_precision, lex)
    except (ValueError, OverflowError):
        return None  # it falls before year 1 or after 9999 (a draft dated 0001-01-01 saying "last year"): left unresolved


# the next day of a pair or list that writes the year: "[Aug. 3] and Aug. 17, 2023", "[May 4], May 11 and May 18, 2026"
_SHARED_YEAR = re.compile(rf"(?:,?\s+(?:and|or|&)\s+|,\s*)(?:[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:and\s+)?){{1,4}}?(?P<y>{YEAR})\b")


# a sentence's own stop: after a lowercase word, before a capital ("... closes Jan. 22. The board"), not an
# abbreviation's ("opens Nov. 2")
_STOP = re.compile(r"(?<=[a-z]{2})[.!?](?=\s+[A-Z\"“])|;")


def _ahead(match: re.Match[str], lex: Lexicon) -> bool:
    """The clause before the date looks forward ("will", "next", "scheduled"), whatever abbreviations it holds."""
    text = match.string
    stops = [m.end() for m in _STOP.finditer(text, 0, match.start())]
    start = stops[-1] if stops else 0
    p = patterns(lex)
    # (a future word set off by a comma is an aside: "As expected, the council voted in June")
    future = [m for m in p.future.finditer(text, start, match.start()) if not text.startswith(",", m.end())]
    # "asked for a street-by-street replacement schedule by Jan. 31": a deadline a request sets is ahead of it
    if not future and _BY.search(text, start, match.start()):
        future = list(p.request.finditer(text, start, match.start()))
    # "she will ask them to take up House Bill 412, which she introduced on Feb. 19": a relative clause after the
    # future word says what was, not what will be
    return bool(future) and not p.relative.search(text, future[-1].end(), match.start())


_BY = re.compile(r"\bby\s+\Z", re.I)


# The words before "May" that make it the month, not the verb: "since May", "in late May" ("you may" is a verb)
# (of the wordset month-preposition, not "by", "during", "until": "approved by May Lindqvist" names a person)
_MAY_MODS = lexicon().words("month-preposition") - {"by", "during", "until"}


# after "May" and its day, a label's colon or a list's comma: the month's day ("May 24: Memorial Pool opens")
_LABEL_DAY = re.compile(r"\s*[:,–—-]")


def _modal_may(text: str, at: int) -> bool:
    """'May' as the verb ('That May be') rather than the month: only at a sentence start with no day/year."""
    return at == 0 or text[:at].rstrip().endswith((".", "!", "?", '"', "“"))


_WRITTEN_YEAR = re.compile(r"\d{4}")


def yearless(mention: Mention, lex: Lexicon | None = None) -> bool:
    """A day or a month written without its year ("Tuesday, Jan. 4", "work begins in May"): its year is a
    guess from the draft's date. "last May", "this month" say which year."""
    if not mention.value.relative or _WRITTEN_YEAR.search(mention.text):
        return False
    if mention.value.precision == "day":
        return True
    if mention.value.precision != "month":
        return False
    lex = lex or lexicon()
    p = patterns(lex)
    said = p.past | p.next | lex.words("date-this")  # "last", "next", "this" name the year
    words = mention.text.lower().split()
    return lex.month_number(words[-1]) is not None and not any(w in said for w in words)
