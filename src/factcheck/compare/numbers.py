"""Compare the figures a sentence gives with those of the claims it is about.

Figures are compared only with figures that count the same thing (same unit, or people
against people), and hedges widen them: "about seven thousand" agrees with "7,000",
"nearly doubled" does not agree with "nearly tripled", "2 million" is not "more than 20 million",
and "more than 2 million" is not "more than 20 million" either (the same bound, another figure).
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from factcheck.compare import TOPIC, SentenceFacts, Verdict
from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import Lexicon, alternation, per_lexicon
from factcheck.model import Quantity
from factcheck.textutil import content_stems


class _Words(NamedTuple):
    """What this comparer reads from a lexicon, built once per lexicon."""

    people: frozenset[str]  # units that count people: "deaths", "students", "senators"
    generic: frozenset[str]  # units that count any people: "people", "individuals"
    small: dict[int, str]  # 0..20 as the detector reads them in words: 7 -> "seven"
    scales: tuple[tuple[str, float], ...]  # a million and up, largest first: a figure is written "2.5 million"
    figure: re.Pattern[str]  # a figure in the draft's words: "$4.5 million", "twenty-one", "two million"


@per_lexicon
def _words(lex: Lexicon) -> _Words:
    def tagged(tag: str) -> frozenset[str]:
        return frozenset(f for u in lex.units if tag in u.tags for f in (u.unit, *u.forms))

    cardinal = {n.word: int(n.value or 0) for n in lex.numbers if n.kind in ("unit", "teen", "ten")}
    small: dict[int, str] = {}
    for word, value in cardinal.items():
        if value <= 20:
            small.setdefault(value, word)
    tens = alternation(w for w, v in cardinal.items() if v >= 20 and v % 10 == 0)
    ones = alternation(w for w, v in cardinal.items() if 1 <= v <= 9)
    scale_words = {n.word: n.value or 0.0 for n in lex.numbers if n.kind == "scale"}
    scale = rf"(?:\s+(?:{alternation(scale_words)}))?"
    return _Words(
        people=tagged("people"),
        generic=tagged("generic"),
        small=small,
        scales=tuple(sorted(((w, v) for w, v in scale_words.items() if v >= 1e6), key=lambda item: -item[1])),
        figure=re.compile(rf"\$?\d[\d,]*(?:\.\d+)?{scale}|(?:(?:{tens})(?:-(?:{ones}))?|{alternation(small.values())}){scale}\b", re.I),
    )


def compatible(a: Quantity, b: Quantity, *, lex: Lexicon | None = None) -> bool:
    if a.unit and a.unit == b.unit:
        return True
    words = _words(lex)
    if a.unit in words.people and b.unit in words.people and (a.unit in words.generic or b.unit in words.generic):
        return True  # "54 people" counts the same as "54 deaths"; "two senators" does not
    return bool(a.unit and b.noun and a.unit in {w.rstrip("s") for w in b.noun.lower().split()})


def agrees(source: Quantity, drafted: Quantity) -> bool:
    """The ranges the words allow overlap, unless both are open on the same side with different figures:
    "more than 2 million" restates the sources' "more than 20 million" with another figure, although
    any number past 20 million is past 2 million too."""
    if not source.overlaps(drafted):
        return False
    lower_bounds = source.high == math.inf and drafted.high == math.inf
    upper_bounds = source.low == 0 and drafted.low == 0 and source.high > 0 and drafted.high > 0
    if lower_bounds or upper_bounds:
        return abs(source.value - drafted.value) <= 0.01 * max(abs(source.value), abs(drafted.value))
    return True


def _shown(q: Quantity) -> str:
    if q.shown:
        return q.shown
    value = int(q.value) if q.value == int(q.value) else q.value
    return f"{q.hedge + ' ' if q.hedge else ''}{value:,} {q.unit}".strip()


def _figure_text(value: float, like: str, words: _Words) -> str:
    """`value` written the way the draft wrote its figure: words, digits, or digits with a scale."""
    whole = int(value) if value == int(value) else value
    if like[:1].isalpha() and isinstance(whole, int) and whole in words.small:
        word = words.small[whole]
        return word.capitalize() if like[:1].isupper() else word
    for scale, size in words.scales:
        if scale in like.lower() and value >= size:
            amount = value / size
            return f"{'$' if like.startswith('$') else ''}{int(amount) if amount == int(amount) else amount} {scale}"
    if like.startswith("$"):
        return f"${whole:,}"
    return f"{whole:,}" if "," in like or value >= 10000 or (like[:1].isalpha() and value >= 1000) else f"{whole}"


def replacement(written: str, drafted: Quantity, right: Quantity, *, lex: Lexicon | None = None) -> str:
    """The draft's own words with the source's figure in them: "15 years old" -> "13 years old"."""
    words = _words(lex)
    figure = words.figure.search(written)
    if figure is None or drafted.unit in ("times", "tally"):
        return _shown(right)
    text = written[: figure.start()] + _figure_text(right.value, figure.group(0), words) + written[figure.end() :]
    if drafted.hedge != right.hedge:
        rest = text[len(drafted.hedge) :].lstrip() if drafted.hedge and text.lower().startswith(drafted.hedge) else text
        text = f"{right.hedge} {rest}" if right.hedge else rest
    return text


def _labelled(drafted: Quantity, stated: tuple[Quantity, ...], facts: SentenceFacts) -> list[Quantity]:
    """A bare figure ("| Population of St. Francis | 70,000 |", "**Fifteen**: the average age ...") counts
    what its label says: the claim's one figure, or those whose nouns the sentence names. Not a figure
    the sentence states elsewhere ("9.4 inches" in "Feb. 10–13 | 9.4 inches"): that one has its match."""
    if drafted.unit:
        return []
    others = {m.value.value for m in facts.numbers if m.value is not drafted}
    free = [q for q in stated if q.value not in others]
    if len(free) == 1 and len(stated) == 1 and len(facts.numbers) == 1:
        return free
    words = set(content_stems(facts.text))
    return [q for q in free if words & set(content_stems(q.noun))]


def compare(facts: SentenceFacts, index: ClaimIndex, *, lex: Lexicon | None = None) -> list[Verdict]:
    """`lex`: the lexicon whose units and number words to read (the shipped one by default)."""
    verdicts = []
    for mention in facts.numbers:
        drafted: Quantity = mention.value
        agree = None
        against = None
        for cand in facts.candidates:
            if cand.coverage < TOPIC:
                continue
            same = [q for q in cand.card.numbers if compatible(drafted, q, lex=lex)] or _labelled(drafted, cand.card.numbers, facts)
            if not same:
                continue
            if any(agrees(q, drafted) for q in same):
                agree = cand
                break
            if any(q.value == drafted.value and drafted.unit != "tally" and q not in same for q in cand.card.numbers):
                # the claim states this very figure, counting something its words did not name for us; a figure
                # counting the same thing was judged with its hedge above ("more than tripled" is not "nearly tripled")
                agree = cand
                break

            if against is None:
                near = set(content_stems(drafted.noun))
                best = max(same, key=lambda q: len(near & set(content_stems(q.noun))))
                against = (cand, best)
        if agree is not None:
            verdicts.append(Verdict("number", False, mention.start, mention.end, mention.text, "", "figure matches the sources", (agree.card.claim,)))
            continue
        if against is None:
            continue
        cand, right = against
        expected = replacement(mention.text, drafted, right, lex=lex)
        said = _shown(right)
        verdicts.append(
            Verdict(
                "number",
                True,
                mention.start,
                mention.end,
                mention.text,
                expected,
                f"the sources give {said if len(said.split()) <= 5 else expected}, not {mention.text}",
                (cand.card.claim,),
            )
        )
    return verdicts
