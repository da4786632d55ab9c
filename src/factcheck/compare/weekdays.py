"""Compare the weekday written with a date against the calendar, for a date the sources have.

"on Thursday, July 11" is a date error when a claim retrieved for the sentence states July 11, 2025, a
Friday: the day is the sources', so the weekday is the part that is wrong. A date no close claim
has is left alone: the weekday may be right and the day wrong, and nothing tells which.
"""

from __future__ import annotations

import re
from datetime import date

from factcheck.compare import TOPIC, SentenceFacts, Verdict
from factcheck.corpus.index import ClaimIndex, date_keys
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.mentions.date_spans import label, same_day, years_around
from factcheck.mentions.dates import as_of_date, yearless
from factcheck.model import DateSpan, Mention
from factcheck.retrieve import Candidate


@per_lexicon
def _before(lex: Lexicon) -> re.Pattern[str]:
    """A weekday right before a date: "Thursday, July 11", "Thurs. July 11"."""
    forms = alternation(f for d in lex.weekdays for f in d.forms)
    return re.compile(rf"\b(?P<wd>{forms})\.?,?\s+\Z", re.I)


def compare(facts: SentenceFacts, index: ClaimIndex, *, lex: Lexicon | None = None) -> list[Verdict]:
    lex = lexicon() if lex is None else lex
    verdicts = []
    for mention in facts.dates:
        day = mention.value
        if day.precision != "day" or day.first != day.last:
            continue
        written = _before(lex).search(facts.text, max(0, mention.start - 16), mention.start)
        wanted = lex.weekday_number(written.group("wd")) if written else None
        if written is None or wanted is None:
            continue
        # any claim retrieved for the sentence or its values that states this very day: the calendar, not the
        # claim, says the weekday is wrong, so the claim need only confirm the day ("due within 45 days, by Thursday, June 26").
        # A day written without its year ("Tuesday, Jan. 4") is the claim's of that month and day a year off the guess.
        guessed = yearless(mention)
        pool = [c for c in facts.candidates if c.coverage >= TOPIC / 2] + facts.framed_claims()
        # ... or any claim of a document the sentence is about that states that day: "crews start building the line on
        # Tuesday, April 6" of a report whose schedule has "Monday, April 6, 2026", worded past retrieval
        about = facts.sources_about(TOPIC)
        pool += [
            Candidate(index.cards[claim_id], 0.0, frozenset())
            for key in date_keys([day, *(years_around(day) if guessed else ())])
            for claim_id in index.postings.get(key, ())
            if index.cards[claim_id].source in about
        ]
        days = [(c, d) for c in pool for d in c.card.dates if d.first == d.last and same_day(d, day, guessed)]
        if not days:
            verdicts.extend(_day_or_weekday(mention, written, wanted, pool, guessed, facts.as_of, lex))
            continue
        if any(date.fromisoformat(d.first).weekday() == wanted for _, d in days):
            continue  # a day of the sources, a year either way for a day without its year, that is that weekday
        if guessed and day.first == (facts.as_of or "")[:10] and date.fromisoformat(day.first).weekday() == wanted:
            continue  # "Today is Wednesday, April 15": the draft's own day, not the claim's of another year
        backing, day = days[0]
        actual = date.fromisoformat(day.first).weekday()
        right = _name(actual, lex)
        message = f"{label(day)} was a {right}, not a {_name(wanted, lex)}"
        start, end = written.span("wd")
        shown = right if written.group("wd")[:1].isupper() else right.lower()
        # the calendar is the ground: the claim only confirms the day, however little else it shares
        verdicts.append(Verdict("date", True, start, end, facts.text[start:end], shown, message, (backing.card.claim,), extra={"ground": "calendar"}))
    return verdicts


# How far from the draft's day a claim's day may lie and still be the day its weekday names ("Monday, Nov. 24" for
# the sources' Monday, Nov. 23): within the week.
NEAR_DAYS = 6


def _day_or_weekday(
    mention: Mention, written: re.Match[str], wanted: int, pool: list[Candidate], guessed: bool, as_of: str | None, lex: Lexicon
) -> list[Verdict]:
    """A weekday the calendar does not give the draft's day, when no claim has the day. A claim about the sentence
    with a day of that weekday within the week says the day is wrong ("Monday, Nov. 24" for the sources' Monday,
    Nov. 23); else the two disagree and nothing tells which is wrong: the weekday and the day are one error. A
    day written without its year is judged only when no year around the guess gives it that weekday within half a
    year of the draft's date: "Thursday, Nov. 14" of an October 2025 draft is not the Thursday of November 2024."""
    day = mention.value
    drafted = date.fromisoformat(day.first)
    if drafted.weekday() == wanted:
        return []
    near = [
        (c, d)
        for c in pool
        for d in c.card.dates
        if d.precision == "day"
        and d.first == d.last
        and abs((date.fromisoformat(d.first) - drafted).days) <= NEAR_DAYS
        and date.fromisoformat(d.first).weekday() == wanted
    ]
    if len({d for _, d in near}) == 1:
        backing, right = near[0]
        message = f"the sources date this {label(right)}, a {_name(wanted, lex)}; {label(day)} was a {_name(drafted.weekday(), lex)}"
        return [
            Verdict(
                "date",
                True,
                mention.start,
                mention.end,
                mention.text,
                _as_written(mention.text, day, right),
                message,
                (backing.card.claim,),
                extra={"ground": "calendar"},
            )
        ]
    if guessed and any(date.fromisoformat(d.first).weekday() == wanted for d in years_around(day) if _near(d, as_of)):
        return []  # "Monday, Nov. 24" may be the Monday of another year
    start, end = written.start("wd"), mention.end
    message = f"{label(day)} was a {_name(drafted.weekday(), lex)}, not a {_name(wanted, lex)}: the weekday or the day is wrong"
    return [Verdict("date", True, start, end, written.string[start:end], "", message, (), extra={"ground": "calendar"})]


# How far from the draft's date a day written without its year may lie: the nearest such day, before or after
HALF_YEAR = 183


def _near(day: DateSpan, as_of: str | None) -> bool:
    ref = as_of_date(as_of)  # a draft dated to its month or year only is read from the middle of it
    return ref is None or abs((date.fromisoformat(day.first) - ref).days) <= HALF_YEAR


def _name(number: int, lex: Lexicon) -> str:
    return next(d.name for d in lex.weekdays if d.number == number)


def _as_written(text: str, drafted: DateSpan, right: DateSpan) -> str:
    """The sources' day in the draft's form: "Nov. 23" for "Nov. 24" in the same month; else the sources' label."""
    if drafted.first[:7] == right.first[:7]:
        return re.sub(r"\b\d{1,2}\b", str(int(right.first[8:])), text, count=1)
    return label(right)
