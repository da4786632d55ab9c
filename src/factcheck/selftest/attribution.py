"""Attribution mutations: a quote claim's source sentence -> the quotation credited to another person of the registry.

    attribution-swap  "…," said Heitkamp. -> "…," said Klobuchar.
    attribution-doer  Heitkamp has urged the DEA to ... -> Klobuchar has urged the DEA to ... (the one a
                      claim is about, as the one who says or urges: who said it, as the eval sets count it)

The other person is one the corpus quotes elsewhere, and never one who is credited with these
words by any claim (the sources disagree in places: two versions of the same quotes). A party
and state tag after the name goes with it, so the swap changes who spoke and nothing else.
"""

from __future__ import annotations

import re

from factcheck.lexicon import alternation, lexicon
from factcheck.mentions.quotes import SPEECH_VERBS
from factcheck.selftest.cases import Context, Rewrite, Seed, alias_spans, claim_entities, free, quoted, splice, surname
from factcheck.textutil import normalize

KIND = "attribution"

TAG = re.compile(r"\s*\([A-Z]-[^()]{2,20}\)")
# a speech verb right after the name, past an appositive or "has": "Wayne said it gives her hope", "McCain has urged"
_SPEAKS = re.compile(rf"(?:\s*\([A-Z]-[^()]{{2,20}}\))?(?:,[^,;“”\"]{{1,80}},)?\s+(?:(?:{alternation(lexicon().words('auxiliary'))})\s+)?(?:{SPEECH_VERBS})\b")


def speaks(seed: Seed, ctx: Context, person: str) -> bool:
    """The sentence has `person` say, tell or urge something: who said it, not only whom the claim is about."""
    entity = ctx.entity(person)
    return entity is not None and any(_SPEAKS.match(seed.text, end) for _, end in alias_spans(seed.text, entity, bare=True))


def credited(ctx: Context, words: str) -> set[str]:
    """Everyone any claim credits with these words (or words overlapping them)."""
    mine = normalize(words)
    out: set[str] = set()
    for claim in ctx.index.corpus.claims.values():
        theirs = normalize(claim.words or "")
        if claim.kind == "quote" and theirs and (theirs in mine or mine in theirs or theirs[:40] == mine[:40]):
            out.update({claim.speaker or "", *claim.speakers})
            out.update(ctx.index.members.get(claim.speaker or "", frozenset()))
    return out


def swap_person(seed: Seed, ctx: Context, person: str, others: tuple[str, ...]) -> list[Rewrite]:
    """Every written name of `person` in the sentence replaced by each of `others` (full name for a full name, surname for a surname)."""
    entity = ctx.entity(person)
    if entity is None:
        return []
    # The name alone is swapped: a title written with it stays, so it is the person that changes, not the office.
    spans = [s for s in alias_spans(seed.text, entity, bare=True) if free(seed.text, *s) and _same_sentence(seed.text, s)]
    rest = seed.text
    for start, end in reversed(spans):
        rest = splice(rest, start, end, "")
    if not spans or not re.search(r"\w", TAG.sub("", rest)):
        return []  # a sentence that is only the name states nothing about it
    out = []
    for other_id in others:
        other = ctx.entity(other_id)
        if other is None:
            continue
        text = seed.text
        for start, end in reversed(spans):
            written = text[start:end]
            new = surname(other) if " " not in written else other.name
            tag = TAG.match(text, end)
            text = splice(text, start, tag.end() if tag else end, new)
        out.append(Rewrite(text, f"{entity.name} -> {other.name}"))
    return out


def _same_sentence(text: str, span: tuple[int, int]) -> bool:
    """A name ends no earlier sentence: in 'said Heitkamp. “This trip …”' the name credits the quotation before, not this one."""
    after = [q for q in quoted(text) if q[0] >= span[1]]
    before = [q for q in quoted(text) if q[1] <= span[0]]
    return bool(before) or not after or not re.search(r"[.!?]\s*$", text[span[1] : after[0][0]])


def swap(seed: Seed, ctx: Context) -> list[Rewrite]:
    claim = seed.claim
    if claim.kind != "quote" or not claim.speaker or not claim.words:
        return []
    taken = credited(ctx, claim.words)
    others = tuple(e.id for e in ctx.speakers() if e.id not in taken)
    return swap_person(seed, ctx, claim.speaker, others)


def subjects(seed: Seed, ctx: Context, *, speaking: bool) -> list[Rewrite]:
    """The people a claim (no quotation's) is about, swapped for others of the registry: those the sentence has say or
    urge something (`speaking`: who said it, attribution-doer) or the rest (whom it is about, entity-person)."""
    claim = seed.claim
    if claim.kind == "quote":
        return []
    mine = claim_entities(claim)
    others = tuple(e.id for e in ctx.people() if e.id not in mine)
    who = [str(v.get("entity")) for v in claim.values if v.get("role") == "who" and v.get("entity")]
    people = [i for i in who if (e := ctx.entity(i)) is not None and e.type == "person" and speaks(seed, ctx, i) == speaking]
    return [r for person in people for r in swap_person(seed, ctx, person, others[:4])]


def doer(seed: Seed, ctx: Context) -> list[Rewrite]:
    return subjects(seed, ctx, speaking=True)


OPERATORS = {"attribution-doer": doer, "attribution-swap": swap}
