"""A figure written rounded ("$11.7 million") that another claim of the documents it is about states to the unit ("in the
amount of $11,666,500"), framed at least as well as the figure held against it: the writer rounded the sources'
figure, and the closer claim's other figure ("the base bid of $11,480,000") is about something else. compare/numbers.py
asks this before it calls a figure misstated.
"""

from __future__ import annotations

import re

from factcheck.compare import meant
from factcheck.corpus.index import ClaimIndex
from factcheck.frames import Frame, overlap
from factcheck.mentions import number_words
from factcheck.model import Quantity
from factcheck.retrieve import Candidate

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
