"""What a claim's date is about and whether a draft's date agrees with it: the frames (the words around each date),
how well one fits another, a range's ends, and the claim's dates no other date of the sentence states. Read by
compare/dates.py.
"""

from __future__ import annotations

import re
from datetime import date

from factcheck.compare import SentenceFacts
from factcheck.corpus.index import ClaimCard, ClaimIndex
from factcheck.frames import Frame, covered, decode, overlap
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.mentions.date_spans import years_around
from factcheck.mentions.dates import yearless
from factcheck.model import DateSpan, Mention
from factcheck.textutil import content_stems

# A claim's date is about the sentence's when the sentence has this share of the date's own clause.
TOLD = 0.25


@per_lexicon
def _fiscal(lex: Lexicon) -> frozenset[str]:
    return frozenset(content_stems(" ".join(lex.words("fiscal-word"))))


def same_calendar(card: ClaimCard, drafted: DateSpan, mine: Frame) -> tuple[DateSpan, ...]:
    """The claim's dates counted in the calendar of the draft's year: a fiscal year is its own ("appropriated
    $3.5 million in fiscal year 2027" says nothing against "the biggest tool we have this year")."""
    if len(card.date_frames) != len(card.dates) or drafted.precision != "year":
        return card.dates
    fiscal = _fiscal(lexicon())
    mine_fiscal = bool(mine.stems & fiscal)

    def counted_so(span: DateSpan, written: str) -> bool:
        # only a year is a fiscal one: "Thursday, July 23" under a "Fiscal 2026" heading is a day of the calendar
        return span.precision != "year" or bool(written and decode(written).stems & fiscal) == mine_fiscal

    return tuple(s for s, written in zip(card.dates, card.date_frames, strict=True) if counted_so(s, written))


def contains_range(span: DateSpan) -> bool:
    return span.first[:4] != span.last[:4]


def is_season(span: DateSpan) -> bool:
    """Months of a season: "spring 2027" is March to May."""
    return span.precision == "month" and span.first[:7] != span.last[:7]


def season_for_season(drafted: DateSpan, spans: tuple[DateSpan, ...] | list[DateSpan]) -> bool:
    """The draft's date and one of the claim's are seasons: the same thing, said of its months, right or not."""
    return is_season(drafted) and any(is_season(s) for s in spans)


def in_season(spans: tuple[DateSpan, ...], season: DateSpan) -> bool:
    """One of the spans lies in the season's months, of any year (April 2014 in "spring", March to May), or is a
    year apart from the season's (2014 for spring 2015)."""
    first, last = int(season.first[5:7]), int(season.last[5:7])
    months = set(range(first, last + 1)) if first <= last else set(range(first, 13)) | set(range(1, last + 1))
    return any(int(s.first[5:7]) in months and int(s.last[5:7]) in months if s.precision != "year" else not s.overlaps(season) for s in spans)


def is_decade(span: DateSpan) -> bool:
    return span.first[3:] == "0-01-01" and span.last[3:] == "9-12-31" and span.first[:3] == span.last[:3]


def spans_agree(source: DateSpan, drafted: DateSpan) -> bool:
    """Points overlap; a range must match a range at both ends ("2003 to 2009" is not "2004 to 2009"), a run of days too.

    A decade ("the 2000s") is vague: any overlap agrees.
    """
    if contains_range(source) and contains_range(drafted) and not is_decade(drafted):
        return source.first[:4] == drafted.first[:4] and source.last[:4] == drafted.last[:4]
    if source.precision == drafted.precision == "day" and source.first != source.last and drafted.first != drafted.last:
        return (source.first, source.last) == (drafted.first, drafted.last)  # "July 28–Aug. 2" is not "July 28 through Aug. 1"
    return source.overlaps(drafted)


def alike(mine: Frame, card: ClaimCard, agreeing: list[DateSpan], index: ClaimIndex) -> bool:
    """One of the dates is framed like the draft's: they share a word, or either frame is unknown."""
    if not mine.stems or len(card.date_frames) != len(card.dates):
        return True
    for span, written in zip(card.dates, card.date_frames, strict=True):
        if span in agreeing and (not written or overlap(mine, decode(written), index.idf, index.unseen_idf) > 0):
            return True
    return False


def tells_of(facts: SentenceFacts, card: ClaimCard, index: ClaimIndex) -> bool:
    """The sentence tells of what one of the claim's dates is about, somewhere if not in the date's own
    clause: at least a quarter of that date's frame ("Heitkamp joined Amy Klobuchar" for "She and
    Heitkamp first put the act forward in November 2012")."""
    said = frozenset(content_stems(facts.text))
    return any(covered(decode(written), said, index.idf, index.unseen_idf) >= TOLD for written in card.date_frames if written)


def framed_dates(card: ClaimCard) -> list[tuple[DateSpan, str]]:
    """Each of the claim's dates with its frame as stored ("" when the card has none for it)."""
    frames = card.date_frames if len(card.date_frames) == len(card.dates) else ("",) * len(card.dates)
    return list(zip(card.dates, frames, strict=True))


# The words that say a date starts a period ("begins", "opened") or ends it ("ended", "through"), stemmed.
STARTS = frozenset(s for w in lexicon().words("period-start") for s in content_stems(w))
ENDS = frozenset(s for w in lexicon().words("period-end") for s in content_stems(w))


def other_end(mine: Frame, card: ClaimCard, span: DateSpan) -> bool:
    """The draft's date starts what the claim's date ends, or ends what it starts."""
    theirs = set().union(*(decode(f).stems for s, f in framed_dates(card) if s == span and f))
    starts, ends = mine.stems & STARTS, mine.stems & ENDS  # "closed since 2019" says both: the closing's start
    return bool(starts and not ends and theirs & ENDS or ends and not starts and theirs & STARTS)


def fit(mine: Frame, card: ClaimCard, span: DateSpan, index: ClaimIndex) -> float:
    """How well the claim's frame of `span` fits the draft's date's frame (0 when the claim does not write it)."""
    return max((overlap(mine, decode(f), index.idf, index.unseen_idf) for s, f in framed_dates(card) if s == span and f), default=0.0)


def run_of_days(span: DateSpan) -> bool:
    return span.precision == "day" and span.first != span.last


def unstated(spans: tuple[DateSpan, ...], mention: Mention, facts: SentenceFacts) -> list[DateSpan]:
    """The claim's dates that no other date of the sentence states: "$41.20 an hour today, about $44.75 by
    2028" has the claim's 2028 in its own place, and "today" is not held against it; "since 2014, plans to
    retire in January" has the claim's January 29, 2027 in the month's place, less precisely; "asked for a
    hearing last September, and in January she met McCain" has the hearing's 2013 in September's place, more
    precisely."""
    drafted = mention.value
    # a coarser date holding the draft's own is the same date written twice ("last year's meeting (June 6, 2025)"),
    # not another event's place
    others = [m.value for m in facts.dates if m is not mention and not m.value.first <= drafted.first <= drafted.last <= m.value.last]
    # ... and a day written without its year states the claim's very day a year either side ("opened Sept. 30", in
    # January), no more: not a year that holds it
    around = {(a.first, a.last) for m in facts.dates if m is not mention and yearless(m) for a in years_around(m.value)}
    named = weekdays_named(facts.text, mention)
    return [
        s
        for s in spans
        # a run of days holding another date of the sentence is not stated by it: "from July 18 through July 26" writes
        # the run's first day and ends it elsewhere
        if not any(o.first <= s.first <= s.last <= o.last or s.first <= o.first <= o.last <= s.last and not run_of_days(s) for o in others)
        and (s.first, s.last) not in around
        and not (s.precision == "day" and date.fromisoformat(s.first).weekday() in named)
    ]


@per_lexicon
def weekday_words(lex: Lexicon) -> re.Pattern[str]:
    # a weekday alone, not one before its date ("Thursday, Feb. 11")
    months = alternation(lex.calendar_words(weekdays=False))
    # ("Friday, Oct. 23": a month cut short ends on its stop, no word boundary after it)
    return re.compile(rf"\b(?:{alternation(w.name for w in lex.weekdays)})\b(?!,?\s+(?:(?i:{months})(?!\w)|\d))", re.I)


def weekdays_named(text: str, mention: Mention) -> set[int]:
    """The weekdays the sentence names outside the date's own words, though a draft's bare weekday is no date it
    checks: "entered the consent judgment Monday and the AG announced it yesterday" has the claim's Monday, March 9
    in its own place, and "yesterday" is not held against it."""
    lex = lexicon()
    days = {w.name.lower(): w.number for w in lex.weekdays}
    return {days[m.group(0).lower()] for m in weekday_words(lex).finditer(text) if not mention.start <= m.start() < mention.end}
