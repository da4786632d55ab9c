"""The records of a selftest: a claim's source sentence (Seed) -> rewrites (Rewrite) -> cases (Case).

A Seed is one claim's own provenance quote, dated at its source's publication date. An
operator turns a Seed into Rewrites: each changes exactly one fact of the claim (a mutation)
or keeps every fact (a faithful restatement). Helpers here locate things in a sentence from
the claim and the registry; every word list they use comes from the lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import Lexicon, alternation
from factcheck.model import Claim, Entity

FAITHFUL = "faithful"
MUTATION_KINDS = ("date", "number", "quote", "attribution", "entity")


@dataclass(frozen=True, slots=True)
class Seed:
    claim: Claim
    text: str  # the provenance quote, verbatim
    as_of: str | None  # the source's publication date: what its relative dates mean


@dataclass(frozen=True, slots=True)
class Rewrite:
    text: str
    change: str  # what was changed, for the report: "2013 -> 2012"
    as_of: str | None = None  # a draft date other than the seed's, when the rewrite states one


@dataclass(frozen=True, slots=True)
class Case:
    kind: str  # a mutation's fact kind (date, number, quote, attribution, entity) or "faithful"
    operator: str
    claim: str
    text: str
    as_of: str | None
    change: str


@dataclass(frozen=True, slots=True)
class Context:
    """What every operator may read: the claims index, the lexicon, and tables built once from them."""

    index: ClaimIndex
    lex: Lexicon
    cache: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    def entity(self, entity_id: str | None) -> Entity | None:
        return self.index.corpus.entities.get(entity_id or "")

    def people(self) -> tuple[Entity, ...]:
        return tuple(e for _, e in sorted(self.index.corpus.entities.items()) if e.type == "person" and " " in e.name)

    def speakers(self) -> tuple[Entity, ...]:
        """People the corpus quotes: the realistic wrong speakers."""
        ids = sorted({c.speaker for c in self.index.corpus.claims.values() if c.kind == "quote" and c.speaker})
        return tuple(e for i in ids if (e := self.entity(i)) is not None and e.type == "person")


Operator = Callable[[Seed, Context], list[Rewrite]]


def splice(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def words_pattern(words: Iterable[str], *, case: bool = True) -> re.Pattern[str]:
    """Whole words or phrases, longest first."""
    return re.compile(rf"(?<![\w.’'-])(?:{alternation(words)})(?![\w’'-])", 0 if case else re.I)


def claim_entities(claim: Claim) -> set[str]:
    ids = set(claim.entities) | {str(v.get("entity")) for v in claim.values if v.get("entity")}
    if claim.speaker:
        ids.add(claim.speaker)
    return ids | set(claim.speakers)


def alias_spans(text: str, entity: Entity, *, bare: bool = False) -> list[tuple[int, int]]:
    """Where the entity's name or an alias is written in `text`, longest first, not overlapping.
    `bare`: only the forms made of the name's own words ("Kelly Ayotte", "Ayotte"; not "Senator Ayotte")."""
    forms = sorted({entity.name, *entity.aliases}, key=lambda f: (-len(f), f))
    if bare:
        forms = [f for f in forms if set(f.split()) <= set(entity.name.split())]
    taken: list[tuple[int, int]] = []
    for form in forms:
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(form)}(?![\w’'-])", text):
            if not any(m.start() < e and s < m.end() for s, e in taken):
                taken.append(m.span())
    return sorted(taken)


def surname(entity: Entity) -> str:
    """The one-word alias of a person (their surname), else the last word of the name."""
    single = sorted(a for a in entity.aliases if " " not in a and a[:1].isupper())
    return single[0] if single else entity.name.split()[-1]


def year_of(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def stated_dates(claim: Claim) -> list[tuple[int, int | None, int | None]]:
    """(year, month, day) of every date value the claim states, its range end included."""
    out = []
    for v in claim.values:
        if v.type != "date":
            continue
        for raw in (v.value, v.get("end")):
            parts = str(raw or "").split("-")
            if parts and parts[0].isdigit():
                nums = [int(p) for p in parts if p.isdigit()]
                out.append((nums[0], nums[1] if len(nums) > 1 else None, nums[2] if len(nums) > 2 else None))
    return out


def stated_numbers(claim: Claim, lex: Lexicon) -> list[tuple[float, float, float]]:
    """(value, low, high) of every number the claim states, the range its hedge allows."""
    out = []
    for v in claim.values:
        if v.type != "number" or isinstance(v.value, bool) or not isinstance(v.value, int | float):
            continue
        value = float(v.value)
        low, high = hedge_bounds(claim, value, lex)
        out.append((value, value * low, value * high))
    return out


def hedge_bounds(claim: Claim, value: float, lex: Lexicon) -> tuple[float, float]:
    """What the claim's hedge on this figure multiplies it by ("more than": 1.000001 .. inf); (1, 1) without one."""
    hedges = {h.phrase: h for h in lex.hedges}
    for v in claim.values:
        if v.type == "number" and v.value == value and (hedge := hedges.get(str(v.get("hedge") or "").lower())):
            return hedge.low, hedge.high
    return 1.0, 1.0


def outside(value: float, ranges: list[tuple[float, float, float]], bounds: tuple[float, float] = (1.0, 1.0)) -> bool:
    """A new figure changes the fact: it is none of the claim's figures, and what it says with the hedge the sentence
    keeps (`bounds`) meets no range the claim allows: "more than 898" is no mutation of "more than 900"."""
    low, high = value * bounds[0], value * bounds[1]
    return all(value != v and (high < lo or low > hi) for v, lo, hi in ranges)


def quoted(text: str) -> list[tuple[int, int]]:
    """The spans inside quotation marks (curly or straight): words a writer must not restate."""
    spans = [m.span() for m in re.finditer(r"“[^”]*”?", text)]
    spans += [m.span() for m in re.finditer(r'"[^"]*"?', text)]
    return spans


def free(text: str, start: int, end: int) -> bool:
    """The span is outside every quotation: changing it changes no quoted words."""
    return not any(s < end and start < e for s, e in quoted(text))


def cap_like(word: str, model: str) -> str:
    """`word` with the capitalisation of `model`."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word.lower()
