"""Catch a name swapped inside wording the sources otherwise share.

"modeled after Wisconsin's Safe Harbor laws" against "modeled after Minnesota's Safe Harbor
laws": the sentence follows a source's wording word for word except for one name, and both
names are the same sort of thing (two states, two countries, two places or people of the
registry). No claim value covers such a name, so the other comparers cannot see it; the
aligned wording can.
"""

from __future__ import annotations

import difflib
import re

from factcheck.compare import SentenceFacts, Verdict
from factcheck.corpus.index import ClaimIndex
from factcheck.mentions import names
from factcheck.places import COUNTRIES, STATES
from factcheck.textutil import fold

# How closely the claim must match before a one-name difference is read as a swap.
MIN_COVERAGE = 0.5
# Words that must agree around the swapped name (at least one on each side).
CONTEXT = 4

_WORD = re.compile(r"[A-Za-z][A-Za-z.'-]*[A-Za-z]|[A-Za-z]")


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """(comparable form, start, end): possessives and case folded away."""
    out = []
    for match in _WORD.finditer(fold(text)):
        word = match.group(0)
        if word.endswith("'s"):
            word = word[:-2]
        out.append((word.rstrip(".").lower(), match.start(), match.start() + len(word)))
    return out


def _sort_of(name: str, index: ClaimIndex) -> tuple[str, str] | None:
    """(sort, identity) of a name: two states, two people; None for ordinary words."""
    if not name[:1].isupper():
        return None
    if name in STATES or name in COUNTRIES:
        return "region", name
    found = {i for m in names.detect(name, index.names) for i in m.value.ids}
    if len(found) == 1:
        only = found.pop()
        kind = index.names.types.get(only)
        return ("region" if kind == "place" else str(kind)), only
    return None


def _swaps(sentence: str, evidence: str, index: ClaimIndex) -> list[tuple[int, int, str, str]]:
    """(start, end, drafted name, source name) for each lone swapped name."""
    mine, theirs = _tokens(sentence), _tokens(evidence)
    ops = difflib.SequenceMatcher(a=[t[0] for t in mine], b=[t[0] for t in theirs], autojunk=False).get_opcodes()
    out = []
    for at, (tag, a0, a1, b0, b1) in enumerate(ops):
        if tag != "replace" or a1 - a0 > 6 or b1 - b0 > 6:
            continue
        before = ops[at - 1][2] - ops[at - 1][1] if at and ops[at - 1][0] == "equal" else 0
        after = ops[at + 1][2] - ops[at + 1][1] if at + 1 < len(ops) and ops[at + 1][0] == "equal" else 0
        if min(before, after) < 1 or before + after < CONTEXT:
            continue
        start, end = mine[a0][1], mine[a1 - 1][2]
        drafted = fold(sentence)[start:end]
        source = fold(evidence)[theirs[b0][1]:theirs[b1 - 1][2]]
        mine_sort, theirs_sort = _sort_of(drafted, index), _sort_of(source, index)
        if mine_sort is None or theirs_sort is None or mine_sort[0] != theirs_sort[0] or mine_sort[1] == theirs_sort[1]:
            continue
        out.append((start, end, drafted, source))
    return out


def compare(facts: SentenceFacts, index: ClaimIndex) -> list[Verdict]:
    close = [c for c in facts.candidates if c.coverage >= MIN_COVERAGE]
    if not close:
        return []
    texts = {c.card.claim.id: [p.quote for p in c.card.claim.provenance if p.quote] for c in close}
    for cand in close:
        for evidence in texts[cand.card.claim.id]:
            for start, end, drafted, source in _swaps(facts.text, evidence, index):
                if any(drafted in fold(quote) for quotes in texts.values() for quote in quotes):
                    continue  # some close claim does say it this way
                if fold(facts.text).count(source) >= fold(evidence).count(source):
                    continue  # the sentence still names it as often: words moved, not swapped
                return [Verdict("entity", True, start, end, facts.text[start:end], source,
                                f"the sources say {source} here, not {drafted}", (cand.card.claim,))]
    return []
