"""A weekday written alone at a time of day the sources give another weekday: "the main broke at about 11:40 p.m.
Saturday" when the claim the sentence is about has "At approximately 11:40 p.m. on Sunday, February 8". The draft's
weekday is no date the detector reads (a live blog's "Saturday" may be any Saturday), but the very time of day, stated
by a claim with one day, ties it to that day: its weekday is the sources'.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from factcheck.compare import SentenceFacts, Verdict
from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.mentions.dates import label

# A claim this much about the sentence that states its very time of day is about the same moment.
CLOCKED = 0.3


class _Words(NamedTuple):
    weekday: re.Pattern[str]  # a weekday's name alone: "Saturday", "Thursday night"
    clock: re.Pattern[str]  # a time of day: "11:40 p.m.", "around 9:20"


@per_lexicon
def _words(lex: Lexicon) -> _Words:
    suffix = alternation(lex.words("clock-suffix"))
    return _Words(
        weekday=re.compile(rf"\b(?P<wd>{alternation(d.name for d in lex.weekdays)})\b"),
        clock=re.compile(rf"(?<![\d:.,$])(?P<h>\d{{1,2}})(?::(?P<m>\d\d))?(?:\s?(?P<s>{suffix}))?(?!\d|[:.]\d|\s?%)", re.I),
    )


def _times(text: str, words: _Words) -> set[tuple[int, int]]:
    """The times of day a text writes with minutes or with a.m./p.m.: (hour 1-12, minute)."""
    return {(int(m.group("h")) % 12 or 12, int(m.group("m") or 0)) for m in words.clock.finditer(text) if m.group("m") or m.group("s")}


def compare(facts: SentenceFacts, index: ClaimIndex, *, lex: Lexicon | None = None) -> list[Verdict]:
    lex = lexicon() if lex is None else lex
    words = _words(lex)
    dated = [(m.start, m.end) for m in facts.dates]
    alone = [m for m in words.weekday.finditer(facts.text) if not any(a <= m.start() < b for a, b in dated)]
    mine = _times(facts.text, words)
    if len(alone) != 1 or not mine:
        return []
    written = alone[0]
    wanted = lex.weekday_number(written.group("wd"))
    for cand in sorted(facts.candidates, key=lambda c: -c.coverage):
        if cand.coverage < CLOCKED:
            break
        days = {s for s in cand.card.dates if s.precision == "day" and s.first == s.last}
        evidence = " ".join(p.quote for p in cand.card.claim.provenance) or cand.card.claim.statement
        if len(days) != 1 or not mine & _times(evidence, words):
            continue
        (day,) = days
        theirs = date.fromisoformat(day.first).weekday()
        if theirs == wanted:
            return []
        right = next(d.name for d in lex.weekdays if d.number == theirs)
        message = f"the sources date this {right}, {label(day)}, not {written.group('wd')}"
        return [Verdict("date", True, written.start(), written.end(), written.group("wd"), right, message, (cand.card.claim,))]
    return []
