"""Where else the sources state the draft's figure, for compare/numbers.py before it calls a figure misstated: a claim
about the same things that states the very figure though it covers less of the sentence (`stated_nearby`), one of the
documents it is about that states to the unit the sum the draft writes rounded (`stated_rounded`: "$11.7 million" for
"in the amount of $11,666,500", not the base bid another claim gives), and the claim another precise figure of the
sentence ties it to (`by_companion`); and whether the sentence states the claim's figure as another of its own (`besides`).
"""

from __future__ import annotations

import re

from factcheck.compare import SentenceFacts, figures, meant
from factcheck.compare.agreement import agrees, open_ended
from factcheck.compare.turned import NEARBY
from factcheck.corpus.index import ClaimIndex, value_keys
from factcheck.frames import Frame, conflict, overlap
from factcheck.mentions import number_words
from factcheck.model import Mention, Quantity
from factcheck.retrieve import Candidate


def twin(drafted: Quantity, facts: SentenceFacts) -> bool:
    """The sentence writes this figure's value for another figure too."""
    return any(m.value is not drafted and m.value.value == drafted.value for m in facts.numbers)


def besides(right: Quantity, mention: Mention, facts: SentenceFacts) -> bool:
    """The sentence states the claim's figure as another of its figures: that one is the claim's, not `mention` ("84
    apartments: 30 in the original building and 54 in a new wing" is no 30 misstated as 84)."""
    return any(
        m.start != mention.start and (not m.value.unit or not right.unit or m.value.unit == right.unit) and agrees(right, m.value) for m in facts.numbers
    )


def bound_past(drafted: Quantity, facts: SentenceFacts) -> set[float]:
    """For a bound ("short by more than $600,000"), the sentence's other figures: it agrees with any figure past it,
    but is not the "$3.35 million" the sentence states before it."""
    if not open_ended(drafted):
        return set()
    return {m.value.value for m in facts.numbers if m.value is not drafted}


def by_companion(
    drafted: Quantity, mention: Mention, mine: Frame, facts: SentenceFacts, index: ClaimIndex
) -> tuple[Candidate | None, tuple[Candidate, Quantity, float] | None]:
    """(agreeing claim, claim against) by the sentence's other figure: a claim that states another precise figure of
    the sentence exactly is about it, and its one figure of this figure's unit is this one's ("nonresident tuition
    rises 6.6 percent, to $29,394" and "Nonresident tuition would increase 6.5 percent, to $29,394")."""
    others = [m.value for m in facts.numbers if m is not mention and m.value.unit and m.value.unit != drafted.unit and value_keys([m.value])]
    if not others or not drafted.unit:
        return None, None
    for cand in facts.candidates:
        if cand.coverage < NEARBY or not any(q.value == o.value and q.unit == o.unit for q in cand.card.numbers for o in others):
            continue
        # of its figures of this unit, the one framed most like this figure ("nonresident ... 6.5 percent", not
        # "resident graduate tuition would increase 3.9 percent")
        scored = sorted(((overlap(mine, f, index.idf, index.unseen_idf), q) for q, f in meant.framed(cand.card) if q.unit == drafted.unit), key=lambda s: -s[0])
        if not scored or len(scored) > 1 and scored[0][0] <= scored[1][0]:
            continue
        right = scored[0][1]
        if agrees(right, drafted):
            return cand, None
        if any(m is not mention and m.value.unit == right.unit and m.value.value == right.value for m in facts.numbers):
            continue  # "25 cents more ... instead of 85 cents": the claim's 85 cents is the sentence's other figure
        return None, (cand, right, 0.0)
    return None, None


def stated_nearby(drafted: Quantity, mine: Frame, at: int, facts: SentenceFacts, index: ClaimIndex, against: float) -> Candidate | None:
    """A claim about the same things that states the draft's very figure, framed alike, though it covers
    less of the sentence ("Coos County homes destroyed | 47" and the situation report's "Destroyed: 47"):
    then the figure is the sources', and the closer claim's other figure is about something else.
    Framed unlike, the same figure of the same unit still is, when the figure's words name it at least as
    well as the closer claim's figure (`against`, their overlap), a precise figure ("$18.5 million")
    counting as one rare word and reaching claims retrieved by it alone: "Hale puts the share at about 30
    percent" is "He said about 30 percent ...", not "the bill caps administrative costs at 8 percent";
    "HB 412 provides $18.5 million over two years" is "signed an $18.5 million school health bill", not
    "$11.2 million over two years"."""
    precise = value_keys([drafted])
    if twin(drafted, facts):
        return None  # "all three forms ... the first three weeks": the claim's "three" may be the other one's
    # the claims about the sentence, then those about the figure's own clause ("Hale puts the share at ...")
    own = facts.framed_at(at)
    stated = bound_past(drafted, facts)
    for cand in (*facts.candidates, *own):
        keyed = bool(precise & cand.shared)
        if cand.coverage < NEARBY and not keyed:
            continue
        for q, f in meant.framed(cand.card):
            if not agrees(q, drafted) or conflict(mine, f, facts.text) or q.value in stated:
                continue
            if q.value != drafted.value:
                # a hedged figure ("more than a third of the budgeted nursing positions") is the claim's agreeing one
                # ("five of 14 budgeted nursing positions, or 36 percent") framed better than the closer claim's
                if drafted.hedge and q.unit == drafted.unit and overlap(mine, f, index.idf, index.unseen_idf) > max(against, 0.0) > 0:
                    return cand
                continue
            # "a home in Ward 7" is no roll call's "(Ward 7)": an identifier's own label word frames nothing alike
            labelled = figures.is_label(drafted) and bool(drafted.unit)
            fit = (
                overlap(figures.unlabelled(mine, drafted), figures.unlabelled(f, drafted), index.idf, index.unseen_idf)
                if labelled
                else overlap(mine, f, index.idf, index.unseen_idf)
            )
            # a figure a label sets out alone ("Total personnel: 612") counts what the draft's does when the
            # figure itself retrieved the claim
            alike = q.unit == drafted.unit or keyed and not q.unit
            if (fit > 0 and cand.coverage >= NEARBY) or (drafted.unit and alike and fit + keyed * index.unseen_idf >= against):
                return cand
            if keyed and not drafted.unit and cand.coverage >= NEARBY:
                # a bare precise figure ("from 117 in 2024") a claim about the sentence states to the unit, and that
                # the figure itself retrieved: the sources', not a misstatement of the nearer claim's other figure
                return cand
    return None


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
# How many claims naming each of the figure's words are read, rarest words first; how many of its words.
WORD_CLAIMS = 200
WORDS = 4
# The written figure is rounded when its digits stand for this many units or more each ("11.7" million).
SCALED = 1000.0


def bounds(drafted: Quantity) -> tuple[float, float] | None:
    """What a figure written with a scale ("$11.7 million", "$2.4M") rounds: half its last written place either
    side. None for a figure written to the unit ("$11,666,500", "74 percent")."""
    written = _DIGITS.search(drafted.shown)
    if written is None or not drafted.value:
        return None
    digits = written.group(0).replace(",", "")
    per = drafted.value / (float(digits) or 1.0)
    if per < SCALED:
        return None
    room = number_words.last_place(digits) * per / 2
    if drafted.hedge:  # "about $11.7 million": the hedge's width, no wider than the rounding
        return max(drafted.low, drafted.value - room), min(drafted.high, drafted.value + room)
    return drafted.value - room, drafted.value + room


def stated_rounded(drafted: Quantity, mine: Frame, against: Candidate, score: float, about: set[str], index: ClaimIndex) -> Candidate | None:
    """A claim of `against`'s document, or of those the sentence is about (`about`), with a figure of the drafted unit
    that the drafted figure rounds, framed at least as well as the figure held against it (`score`, their overlap)
    and sharing a word with it; claims are found by the figure's rarest words."""
    span = bounds(drafted)
    if span is None or not drafted.unit or not mine.stems:
        return None
    low, high = span
    sources = {p.source for p in against.card.claim.provenance} | about
    rare = sorted(mine.stems, key=lambda s: -index.idf.get(s, index.unseen_idf))[:WORDS]
    seen: set[str] = {against.card.claim.id}
    for stem in rare:
        for i in index.postings.get(stem, ())[:WORD_CLAIMS]:
            card = index.cards.get(i)
            if card is None or card.claim.id in seen or card.source not in sources:
                continue
            seen.add(card.claim.id)
            for q, f in meant.framed(card):
                if q.unit != drafted.unit or not low <= q.value <= high or q.value == drafted.value:
                    continue
                fit = overlap(mine, f, index.idf, index.unseen_idf)
                if fit > 0 and fit >= score:
                    return Candidate(card, 0.0, frozenset())
    return None
