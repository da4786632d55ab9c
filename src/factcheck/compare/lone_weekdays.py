"""A weekday written alone, tied to a day of the sources that falls on another weekday. The draft's weekday is no date
the detector reads (a live blog's "Saturday" may be any Saturday), but four things tie it to one day:
- the very time of day, stated by a claim about the sentence with one day: "the main broke at about 11:40 p.m.
  Saturday" when the claim has "At approximately 11:40 p.m. on Sunday, February 8";
- a meeting, when the claim the sentence is most about is of minutes: "the $2.84 million council approved at
  Wednesday's emergency meeting" for minutes headed "Tuesday, February 10, 2026" (compare/meeting.heading_day);
- a precise figure, stated by the one claim about the sentence with one day whose weekday its source writes: "its
  board voted on Tuesday to give twelve thousand dollars" when the release has "voted 9-0 on Monday, July 13, to
  give $12,000";
- a publication: "came out against it in a statement on Wednesday", "On Wednesday, the coalition issued a statement",
  the one source whose publisher the sentence names, published in the week before the draft's date (wordsets
  publication-noun, publication-verb).
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from factcheck.compare import TOPIC, SentenceFacts, Verdict, tallies
from factcheck.compare.date_owner import issuing, named_bodies
from factcheck.compare.meeting import figured, minutes_day, tallied
from factcheck.corpus.index import ClaimIndex, value_keys
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.mentions.date_spans import label
from factcheck.mentions.dates import detect as detect_dates
from factcheck.model import DateSpan
from factcheck.retrieve import Candidate

# A claim this much about the sentence that states its very time of day is about the same moment.
CLOCKED = 0.3


class _Words(NamedTuple):
    weekday: re.Pattern[str]  # a weekday's name alone: "Saturday", "Thursday night"
    clock: re.Pattern[str]  # a time of day: "11:40 p.m.", "around 9:20"
    meeting: re.Pattern[str]  # a meeting after the weekday's possessive: "Wednesday's emergency meeting"
    published: re.Pattern[str]  # a publication before the weekday: "in a statement on ", "its report "
    issued: re.Pattern[str]  # a publication issued after it: "On Wednesday, the coalition issued a statement"
    voted: re.Pattern[str]  # a vote's verb after it: "on Wednesday night approved"


@per_lexicon
def _words(lex: Lexicon) -> _Words:
    suffix = alternation(lex.words("clock-suffix"))
    return _Words(
        weekday=re.compile(rf"\b(?P<wd>{alternation(d.name for d in lex.weekdays)})\b"),
        meeting=re.compile(rf"['’]s(?:\s+[a-z]+){{0,2}}\s+(?:{alternation(lex.words('meeting-noun'))})\b"),
        published=re.compile(rf"\b(?:{alternation(lex.words('publication-noun'))})\s+(?:on\s+)?\Z", re.I),
        issued=issuing(lex),
        clock=re.compile(rf"(?<![\d:.,$])(?P<h>\d{{1,2}})(?::(?P<m>\d\d))?(?:\s?(?P<s>{suffix}))?(?!\d|[:.]\d|\s?%)", re.I),
        voted=re.compile(rf"\b(?:{alternation(lex.words('vote-verb'))})\b", re.I),
    )


_BEFORE_DATE = re.compile(r",?\s{1,3}")
_ON = re.compile(r"\bon\s+\Z", re.I)
# A time of day this close to the weekday, with no clause's break between, is that day's.
NEAR_TIME = 30
_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while)\b")


# A claim's time of day is its day's when this close to it: "5:00 p.m. on Tuesday", "Tuesday, Nov. 10, at 5 p.m."
CLAIM_NEAR = 12


def _times(text: str, words: _Words, near: tuple[int, int] | None = None, reach: int = NEAR_TIME) -> set[tuple[int, int]]:
    """The times of day a text writes with minutes or with a.m./p.m.: (hour 1-12, minute); with `near` (the weekday's
    or the day's span), only those of its clause within `reach` of it."""
    found = set()
    for m in words.clock.finditer(text):
        if not (m.group("m") or m.group("s")):
            continue
        if near is not None:
            between = (m.end(), near[0]) if m.end() <= near[0] else (near[1], m.start())
            if between[1] - between[0] > reach or _BREAK.search(text, *between):
                continue
        found.add((int(m.group("h")) % 12 or 12, int(m.group("m") or 0)))
    return found


def compare(facts: SentenceFacts, index: ClaimIndex, *, lex: Lexicon | None = None) -> list[Verdict]:
    lex = lexicon() if lex is None else lex
    words = _words(lex)
    dated = [(m.start, m.end) for m in facts.dates]
    alone = [m for m in words.weekday.finditer(facts.text) if not any(a <= m.start() < b for a, b in dated)]
    if len(alone) != 1:
        return []
    written = alone[0]
    mine = _times(facts.text, words, written.span())
    wanted = lex.weekday_number(written.group("wd"))
    if words.meeting.match(facts.text, written.end()):
        return _meeting(facts, index, written, wanted, lex)
    if not mine and (words.published.search(facts.text, max(0, written.start() - 40), written.start()) or words.issued.match(facts.text, written.end())):
        return _publication(facts, index, written, wanted, lex)
    if not mine:
        # a day the sentence says was "on Tuesday", not a date's own weekday ("Thursday, Sept. 24") nor one counted
        # from another day ("the following Wednesday")
        on = _ON.search(facts.text, max(0, written.start() - 8), written.start()) is not None
        own = any(_BEFORE_DATE.fullmatch(facts.text, written.end(), a) for a, _ in dated)
        if not on or own:
            return []
        # "On Wednesday night, the board voted 7-2 to move $15,000": the vote of minutes that record its very tally is
        # the meeting's, on the minutes' day
        voted = tallied(facts, index) if tallies.drafted(facts) else None
        return _held(written, wanted, voted[1], voted[0], lex, ground="tally") if voted is not None else _by_figure(facts, index, written, wanted, words, lex)
    for cand in sorted(facts.candidates, key=lambda c: -c.coverage):
        if cand.coverage < CLOCKED:
            break
        days = {s for s in cand.card.dates if s.precision == "day" and s.first == s.last}
        evidence = " ".join(p.quote for p in cand.card.claim.provenance) or cand.card.claim.statement
        # the claim's time of day written with its day ("until 5:00 p.m. on Tuesday, November 10"), not with another
        # event of it ("took effect at 10:21 a.m. and will expire September 13")
        anchors = [m.span() for m in words.weekday.finditer(evidence)] + [(d.start, d.end) for d in detect_dates(evidence)]
        if len(days) != 1 or not any(mine & _times(evidence, words, a, CLAIM_NEAR) for a in anchors):
            continue
        return _held(written, wanted, next(iter(days)), cand, lex)
    return []


def _by_figure(facts: SentenceFacts, index: ClaimIndex, written: re.Match[str], wanted: int | None, words: _Words, lex: Lexicon) -> list[Verdict]:
    """ "its board voted on Tuesday to give twelve thousand dollars": the one claim about the sentence that states its
    precise figure and one day, writing that day's weekday itself ("voted 9-0 on Monday, July 13, to give $12,000"),
    dates the weekday."""
    figures = {(m.value.value, m.value.unit) for m in facts.numbers if value_keys([m.value]) and m.value.unit and m.value.unit != "tally"}
    found = []
    for cand in facts.candidates:
        if cand.coverage < TOPIC or not figures & {(q.value, q.unit) for q in cand.card.numbers}:
            continue
        days = {s for s in cand.card.dates if s.precision == "day" and s.first == s.last}
        evidence = " ".join(p.quote for p in cand.card.claim.provenance) or cand.card.claim.statement
        if len(days) == 1 and words.weekday.search(evidence):
            found.append((cand, next(iter(days))))
    if not found and words.voted.search(facts.text, written.end()):
        # "the hospital district board on Wednesday night approved a $17,386,400 contract": the minutes that state the
        # figure record the vote, on the meeting's day
        voted = figured(facts, figures, index)
        return _held(written, wanted, voted[1], voted[0], lex, ground="minutes") if voted is not None else []
    if len({day for _, day in found}) != 1:
        return []
    return _held(written, wanted, found[0][1], found[0][0], lex)


# A weekday alone names a day of the week before the draft's date, when it names one at all.
WEEK = 7


def _publication(facts: SentenceFacts, index: ClaimIndex, written: re.Match[str], wanted: int | None, lex: Lexicon) -> list[Verdict]:
    """ "The Merrow County Civil Liberties Alliance came out against it in a statement on Wednesday": the one source
    the sentence names the publisher of, published in the week before the draft's date, dates the weekday."""
    if not facts.as_of:
        return []
    named = named_bodies(facts, index)
    theirs = [
        s for s in index.corpus.sources.values() if s.publisher in named and s.published and s.published.precision == "day" and s.published.date <= facts.as_of
    ]
    days = {s.published.date for s in theirs if s.published}  # every one has a date: the test repeats it for the type checker
    if len(days) != 1:
        return []
    day = days.pop()
    if (date.fromisoformat(facts.as_of) - date.fromisoformat(day)).days >= WEEK:
        return []
    ids = {s.id for s in theirs}
    own = [c for c in facts.candidates if any(p.source in ids for p in c.card.claim.provenance)]
    if not own:
        return []
    best = max(own, key=lambda c: c.coverage)
    return _held(written, wanted, DateSpan(day, day, "day"), best, lex)


def _meeting(facts: SentenceFacts, index: ClaimIndex, written: re.Match[str], wanted: int | None, lex: Lexicon) -> list[Verdict]:
    """ "at Wednesday's emergency meeting": the weekday of the meeting whose minutes the sentence is most about."""
    about = [c for c in facts.candidates if c.coverage >= TOPIC]
    if not about:
        return []
    best = max(about, key=lambda c: c.coverage)
    day = minutes_day(best, index)
    return _held(written, wanted, day, best, lex) if day is not None else []


def _held(written: re.Match[str], wanted: int | None, day: DateSpan, cand: Candidate, lex: Lexicon, *, ground: str = "") -> list[Verdict]:
    """`ground`: what ties the weekday to the day, when no word the sentence shares with the claim does (a tally)."""
    theirs = date.fromisoformat(day.first).weekday()
    if theirs == wanted:
        return []
    right = next(d.name for d in lex.weekdays if d.number == theirs)
    message = f"the sources date this {right}, {label(day)}, not {written.group('wd')}"
    extra = {"ground": ground} if ground else {}
    return [Verdict("date", True, written.start(), written.end(), written.group("wd"), right, message, (cand.card.claim,), extra=extra)]
