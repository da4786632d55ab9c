"""Figures the sentence works out itself, the writer's own, and figures too far apart to be one misstated: what
compare/numbers holds against no claim. A multiple ("nearly four times the 1.1 kilograms"), a total ("or 11% in all") or a rate ("under 17
units to the acre") of the sentence's own figures needs no source; "more than twenty-six thousand votes cast" is no
misstatement of "by 149 votes"; nor a total a writer adds up from a claim's two figures ("eleven in all"); nor a part
of the sentence's own figure ("27 confirmed cases, seventeen of them under 18") held against another version of it.
A change in percent the sentence works out from its own two figures is checked against them ("from 17.4 ... to 11.2, a
drop of about 46 percent" is a drop of 36 percent).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from factcheck.compare import SentenceFacts, figures
from factcheck.compare.agreement import agrees
from factcheck.corpus.index import significant
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.mentions.numbers import written_signed
from factcheck.model import Mention, Quantity
from factcheck.retrieve import Candidate


@per_lexicon
def _rate_base(lex: Lexicon) -> re.Pattern[str]:
    """The counted noun, then its base: "units to the acre", "homes per acre" (wordset rate-base)."""
    return re.compile(rf"^\S+\s+(?:{alternation(lex.words('rate-base'))})\s", re.I)


def _ratio_of_its_own(drafted: Quantity, facts: SentenceFacts) -> bool:
    """A multiple the sentence works out from two of its own figures of one unit: no source need state it."""
    if drafted.unit != "times":
        return False
    figures = [m.value for m in facts.numbers if m.value.unit not in ("times", "tally", "percent") and m.value.value > 0]
    slack = 0.0 if drafted.hedge else 0.5  # "four times" is 3.8 times rounded
    return any(a.unit == b.unit and drafted.low - slack <= a.value / b.value <= drafted.high + slack for a in figures for b in figures if a is not b)


def _rate_of_its_own(drafted: Quantity, facts: SentenceFacts) -> bool:
    """A rate the sentence works out from two of its own figures ("312 homes on 18.6 acres ..., a little under 17 units
    to the acre"): within the figure's hedge, or to its last digit, one figure of the sentence divided by another."""
    figures = [m.value for m in facts.numbers if m.value is not drafted and m.value.unit not in ("times", "tally", "") and m.value.value > 0]
    if not drafted.unit or drafted.high - drafted.low > drafted.value:
        return False  # a count with no noun ("millions are in the United States"), a range wider than the figure: no rate
    if not _rate_base(lexicon()).search(drafted.noun):
        return False  # "three weeks after someone leaves jail" is no rate, whatever two figures divide to
    slack = 0.0 if drafted.hedge else 0.5
    return any(
        a.unit != b.unit and drafted.unit not in (a.unit, b.unit) and drafted.low - slack <= a.value / b.value <= drafted.high + slack
        for a in figures
        for b in figures
        if a is not b
    )


def _sum_of_its_own(drafted: Quantity, facts: SentenceFacts) -> bool:
    """A total the sentence adds up from its own figures of the unit ("4.5% ..., then 3.5% ... and 3% ..., or 11% in
    all"): no source need state it."""
    others = [m.value.value for m in facts.numbers if m.value is not drafted and m.value.unit == drafted.unit and m.value.unit != "tally"]
    return len(others) >= 2 and drafted.unit != "" and abs(sum(others) - drafted.value) < 1e-6 * max(1.0, drafted.value)


@per_lexicon
def _own(lex: Lexicon) -> re.Pattern[str]:
    """ "My own wheat made 11 bushels an acre": the writer's own, which no source states."""
    mine = alternation(p.word for p in lex.pronouns if p.person == 1 and p.case == "possessive")
    return re.compile(rf"(?:^|[,;:]\s*|\W)(?i:{mine})\s+own\b[^,;:]*$")


def writers_own(at: int, facts: SentenceFacts) -> bool:
    """The figure at `at` counts the writer's own ("my own", "our own" before it in its clause)."""
    return _own(lexicon()).search(facts.text, max(0, at - 80), at) is not None


# "ten days in", "two weeks into the strike": a time gone by since something began, the writer's own reckoning
_ELAPSED = re.compile(r"[\s-]+[A-Za-z]+\s+(?:in(?=\s*(?:[,.;:!?)]|$))|into\b)")


@per_lexicon
def _durations(lex: Lexicon) -> frozenset[str]:
    return frozenset(u.unit for u in lex.units if u.kind == "duration")


def elapsed(drafted: Quantity, end: int, facts: SentenceFacts) -> bool:
    """A duration counted to the writer's now ("the Copper Gulch Fire, ten days in"): no figure of the sources."""
    return drafted.unit in _durations(lexicon()) and _ELAPSED.match(facts.text, end) is not None


def besides_one(drafted: Quantity, right: Quantity) -> bool:
    """ "Route 22 ... along with two other routes" for the sources' three routes: a count of the others (wordset
    besides-word) beside the one the sentence names is the sources' count less one."""
    first = drafted.noun.lower().split()[:1]
    return bool(first) and first[0] in lexicon().words("besides-word") and right.value == drafted.value + 1


@per_lexicon
def _total(lex: Lexicon) -> re.Pattern[str]:
    """ "eleven in all", "11 in total": a figure the writer adds up (wordset total-after)."""
    return re.compile(rf"\s+(?:{alternation(lex.words('total-after'))})\b", re.I)


def sum_of_a_claim(drafted: Quantity, end: int, facts: SentenceFacts) -> bool:
    """A total the writer adds up from two figures of a claim about the sentence ("the mayor appoints two at-large
    members, eleven in all" of "Council would appoint nine ..., and the Mayor would appoint two")."""
    if not _total(lexicon()).match(facts.text, end):
        return False
    for cand in facts.candidates:
        values = [q.value for q in cand.card.numbers if q.unit not in ("tally", "percent", "times") and q.value > 0]
        if any(a + b == drafted.value for k, a in enumerate(values) for b in values[k + 1 :]):
            return True
    return False


def of_its_own(drafted: Quantity, facts: SentenceFacts) -> bool:
    """A multiple, a total or a rate of the sentence's own figures."""
    return _ratio_of_its_own(drafted, facts) or _sum_of_its_own(drafted, facts) or _rate_of_its_own(drafted, facts)


# A figure this many times another (or a fraction of it) is about something else, unless it has the other's digits
# ("millions" for "thousands", "$61.3 million" for "$16.3 million" keep them): misstatements stay near what they misstate.
FAR = 20.0


def apart_in_kind(drafted: Quantity, right: Quantity) -> bool:
    """The two figures are of one unit, one FAR times the other or more, without the other's leading digits; or
    one is a share and the other a bare count beyond any share."""
    if (drafted.value < 0) != (right.value < 0) and not written_signed(drafted):
        return True  # "16 feet below" for "-16 feet MLLW", "fell 3.5%" for "-3.5%": a direction the writer says in words
    low, high = sorted((abs(drafted.value), abs(right.value)))
    if "percent" in (drafted.unit, right.unit) and "" in (drafted.unit, right.unit) and high > 100:
        return True  # "roughly a third of all checkouts" is no misstatement of a count of 412,300
    if low <= 0 or high < FAR * low or drafted.unit in ("tally", "percent", "year") or right.unit != drafted.unit:
        return False
    mine, theirs = significant(drafted), significant(right)
    return bool(mine) and bool(theirs) and mine[:2] != theirs[:2] and sorted(mine) != sorted(theirs)


@per_lexicon
def _partitive(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alternation(lex.words('partitive-of'))})\b", re.I)


def whole_of(mention: Mention, facts: SentenceFacts, lex: Lexicon | None) -> float | None:
    """ "27 confirmed cases on March 3, seventeen of them under 18": the sentence's own figure a part is of; a figure of a
    claim nearer that whole than the part, or past it, is another version of the whole ("up from 23 on Friday"), not the
    part misstated."""
    if not _partitive(lex or lexicon()).match(facts.text, mention.end):
        return None
    wholes = [m.value.value for m in facts.numbers if m.end <= mention.start and m.value.value > mention.value.value]
    return wholes[-1] if wholes else None


def age_bound(mention: Mention, facts: SentenceFacts, lex: Lexicon | None) -> bool:
    """ "seventeen of them under 18", "five of them children under five", "46 Millhaven children under six": a bound with
    no noun of its own after a part of people, or a count of them, is their age, no count."""
    drafted = mention.value
    if not drafted.hedge or drafted.unit:
        return False
    lex = lex or lexicon()
    if drafted.hedge.lower() not in _bounds(lex):
        return False  # an age is bounded ("under six"); "millions" counts
    before = [m for m in facts.numbers if m.end <= mention.start]
    if not before or mention.start - before[-1].end > AGE_REACH:
        return False
    return _partitive(lex).match(facts.text, before[-1].end) is not None or before[-1].value.unit in figures.lexical(lex).people


@per_lexicon
def _bounds(lex: Lexicon) -> frozenset[str]:
    """The hedges that bound a figure from one side ("under", "over"), as an age is bounded."""
    return frozenset(h.phrase for h in lex.hedges if h.direction in ("below", "above"))


# How far after a part ("seventeen of them") its age bound ("under 18") may come.
AGE_REACH = 30


# "from 17.4 parts per billion in June 2024 to 11.2 in July 2025": the two figures a change runs between
_FROM_TO = re.compile(r"\bfrom\s+\S*\Z", re.I)
_TO = re.compile(r"\bto\s+\S*\Z", re.I)


class Worked(NamedTuple):
    """A drafted change in percent held against what the sentence's own two figures work out to."""

    agree: Candidate | None  # the claim stating both figures, when the change agrees
    against: tuple[Candidate, Quantity, float] | None  # ... and the change worked out, when it does not
    between: tuple[Quantity, Quantity]  # the two figures, from and to


def change_of_its_own(mention: Mention, facts: SentenceFacts, change: bool) -> Worked | None:
    """A drafted change in percent against the one the sentence's own two figures before it work out to, cited to the
    claim that states both: "fell from 17.4 parts per billion in June 2024 to 11.2 in July 2025, a drop of about 46
    percent" works out to 35.6 percent. `change`: the drafted figure's own words make it a change ("a drop of", "up")."""
    drafted = mention.value
    if drafted.unit != "percent" or not change:
        return None
    before = [m for m in facts.numbers if m.end <= mention.start and m.value.unit not in ("percent", "tally", "year", "times")]
    if len(before) != 2 or not all(m.value.value > 0 for m in before):
        return None
    (start, a), (end, b) = ((m.start, m.value) for m in before)
    if a.unit and b.unit and a.unit != b.unit or not _FROM_TO.search(facts.text, 0, start) or not _TO.search(facts.text, 0, end):
        return None
    stating = next((c for c in facts.candidates if {a.value, b.value} <= {q.value for q in c.card.numbers}), None)
    if stating is None:
        return None
    value = round(abs(b.value - a.value) / a.value * 100, 1)
    worked = Quantity(value, value, value, "percent", "", drafted.noun, f"{value:g} percent")
    return Worked(stating, None, (a, b)) if agrees(worked, drafted) else Worked(None, (stating, worked, 0.0), (a, b))
