"""Compare the figures a sentence gives with those of the claims it is about.

Figures are compared only with figures that count the same thing (same unit, or people
against people), and hedges widen them: "about seven thousand" agrees with "7,000",
"nearly doubled" does not agree with "nearly tripled", "2 million" is not "more than 20 million".
"""

from __future__ import annotations

import re

from factcheck.compare import TOPIC, SentenceFacts, Verdict
from factcheck.corpus.index import ClaimIndex
from factcheck.mentions.numbers import UNITS
from factcheck.model import Quantity
from factcheck.textutil import content_stems

GENERIC = frozenset("person individual people adult".split())
PEOPLE = frozenset("person individual death victim child woman man resident student girl boy senator member adult teen youth".split())


def compatible(a: Quantity, b: Quantity) -> bool:
    if a.unit and a.unit == b.unit:
        return True
    if a.unit in PEOPLE and b.unit in PEOPLE and (a.unit in GENERIC or b.unit in GENERIC):
        return True  # "54 people" counts the same as "54 deaths"; "two senators" does not
    return bool(a.unit and b.noun and a.unit in {w.rstrip("s") for w in b.noun.lower().split()})


def _shown(q: Quantity) -> str:
    if q.shown:
        return q.shown
    value = int(q.value) if q.value == int(q.value) else q.value
    return f"{q.hedge + ' ' if q.hedge else ''}{value:,} {q.unit}".strip()


_WORDS = [*sorted(UNITS, key=UNITS.__getitem__), "twenty"]  # 0..20, as the detector reads them
_FIGURE = re.compile(r"\$?\d[\d,]*(?:\.\d+)?(?:\s+(?:hundred|thousand|million|billion|trillion))?"
                     r"|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
                     r"|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\b", re.I)


def _figure_text(value: float, like: str) -> str:
    """`value` written the way the draft wrote its figure: words, digits, or digits with a scale."""
    whole = int(value) if value == int(value) else value
    if like[:1].isalpha() and isinstance(whole, int) and 0 <= whole <= 20:
        word = _WORDS[whole]
        return word.capitalize() if like[:1].isupper() else word
    for scale, size in (("billion", 1e9), ("million", 1e6)):
        if scale in like.lower() and value >= size:
            amount = value / size
            return f"{int(amount) if amount == int(amount) else amount} {scale}"
    if like.startswith("$"):
        return f"${whole:,}"
    return f"{whole:,}" if "," in like or value >= 10000 else f"{whole}"


def replacement(written: str, drafted: Quantity, right: Quantity) -> str:
    """The draft's own words with the source's figure in them: "15 years old" -> "13 years old"."""
    figure = _FIGURE.search(written)
    if figure is None or drafted.unit in ("times", "tally"):
        return _shown(right)
    text = written[: figure.start()] + _figure_text(right.value, figure.group(0)) + written[figure.end():]
    if drafted.hedge != right.hedge:
        rest = text[len(drafted.hedge):].lstrip() if drafted.hedge and text.lower().startswith(drafted.hedge) else text
        text = f"{right.hedge} {rest}" if right.hedge else rest
    return text


def compare(facts: SentenceFacts, index: ClaimIndex) -> list[Verdict]:
    verdicts = []
    for mention in facts.numbers:
        drafted: Quantity = mention.value
        agree = None
        against = None
        for cand in facts.candidates:
            if cand.coverage < TOPIC:
                continue
            same = [q for q in cand.card.numbers if compatible(drafted, q)]
            if not same:
                continue
            if any(q.overlaps(drafted) for q in same):
                agree = cand
                break
            if any(q.value == drafted.value and drafted.unit != "tally" for q in cand.card.numbers):
                agree = cand  # the claim states this very figure, counting something its words did not name for us
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
        expected = replacement(mention.text, drafted, right)
        said = _shown(right)
        verdicts.append(Verdict(
            "number", True, mention.start, mention.end, mention.text, expected,
            f"the sources give {said if len(said.split()) <= 5 else expected}, not {mention.text}", (cand.card.claim,),
        ))
    return verdicts
