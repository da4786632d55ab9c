"""Find the few claims a sentence could be about: sentence keys -> ranked (card, coverage).

Coverage is the share of the sentence's meaning (IDF-weighted stems and entities) that a
claim's evidence also has; words the corpus has never seen weigh the most, so a sentence
about something else scores low even when it shares a name or two.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter

from factcheck.corpus.index import ClaimCard, ClaimIndex, date_keys, value_keys
from factcheck.model import DateSpan, Mention, Quantity
from factcheck.textutil import content_stems


@dataclass(frozen=True, slots=True)
class Candidate:
    card: ClaimCard
    coverage: float  # 0..1: how much of the sentence this claim accounts for
    shared: frozenset[str]


def keys_for(stems: list[str], entities: set[str], figures: Iterable[Quantity] = (), days: Iterable[DateSpan] = ()) -> set[str]:
    return set(stems) | {"@" + e for e in entities} | value_keys(figures) | date_keys(days)


def candidates(keys: set[str], index: ClaimIndex, *, limit: int = 12, optional: frozenset[str] = frozenset()) -> list[Candidate]:
    """`optional`: keys that count for a claim that has them and never against one that has not (who the
    sentence before named, for a sentence that names no one)."""
    if not keys:
        return []
    unseen = index.unseen_idf
    # A figure no claim states weighs nothing: it may be the very figure that is wrong, and must not make
    # the claim it is about look less like the sentence.
    weights = {k: index.idf.get(k, 0.0 if k.startswith("#") else unseen) for k in sorted(keys | optional)}
    total = sum(w for k, w in weights.items() if k not in optional) or 1.0
    hits: dict[str, float] = {}
    extra: dict[str, float] = {}  # per claim: the weight of the optional keys it has
    for key in sorted(keys | optional):  # a set's order changes with each process's hash seed; ties must not
        for claim_id in index.postings.get(key, ()):
            hits[claim_id] = hits.get(claim_id, 0.0) + weights[key]
            if key in optional:
                extra[claim_id] = extra.get(claim_id, 0.0) + weights[key]
    score = {cid: weight / (total + extra.get(cid, 0.0)) for cid, weight in hits.items()}
    ranked = heapq.nlargest(limit, score.items(), key=itemgetter(1))  # = a stable sort's first `limit`, without sorting thousands
    out = []
    for claim_id, coverage in ranked:
        card = index.cards[claim_id]
        shared = frozenset(k for k in keys | optional if k in card.stems or (k.startswith("@") and k[1:] in card.entities))
        out.append(Candidate(card, coverage, shared))
    return out


def with_field_value(
    found: list[Candidate], field: re.Match[str] | None, plain: str, names: list[Mention], keys: set[str], index: ClaimIndex, optional: frozenset[str]
) -> list[Candidate]:
    """ "Tree trimming: allow $620,000 ...": a fact sheet's field name is the writer's heading for what follows, which
    the sources may word otherwise ("right-of-way clearing"); its value alone is retrieved too, and each claim keeps
    the better of its two coverages. ("Detour: 6.8 miles": the name may be the very thing counted, so it stays.)"""
    if field is None or any(m.start < field.end() for m in names):
        return found
    value = {k for k in keys if k[:1] in "@#"} | set(content_stems(plain[field.end() :]))  # who and which figures, and the value's words
    best = {c.card.claim.id: c for c in found}
    for c in candidates(value, index, optional=optional):
        if c.card.claim.id not in best or c.coverage > best[c.card.claim.id].coverage:
            best[c.card.claim.id] = c
    return sorted(best.values(), key=lambda c: -c.coverage)
