"""The sources' one figure of a kind: "a four-day trip" when every claim that counts a trip's days says "three-day
trip". A compound figure names what it counts ("N-day trip", "N-member board"), and when the documents the sentence
is about give that thing one value only, the draft's figure is that one, however few of the claim's other words the
sentence shares ("It was a four-day trip, and we spent it with Mexican officials"). Read by compare/numbers.py.
"""

from __future__ import annotations

from factcheck.compare import SentenceFacts
from factcheck.corpus.index import ClaimIndex
from factcheck.memo import Memo
from factcheck.model import Quantity
from factcheck.retrieve import Candidate

# A claim this much about the sentence puts its document among those the sentence is about.
ABOUT = 0.2
# The words of a figure's noun read for the thing it counts: "trip by Cindy McCain", "length of the trip to Mexico".
HEAD_WORDS = 4

# (unit, thing) -> the claims counting it, with their figures: read once per index
_KINDS: Memo[str, dict[tuple[str, str], tuple[tuple[str, Quantity], ...]]] = Memo(4)


def _kinds(index: ClaimIndex) -> dict[tuple[str, str], tuple[tuple[str, Quantity], ...]]:
    def make() -> dict[tuple[str, str], tuple[tuple[str, Quantity], ...]]:
        found: dict[tuple[str, str], list[tuple[str, Quantity]]] = {}
        for claim_id, card in index.cards.items():
            for q in card.numbers:
                if q.unit and "-" in q.shown:
                    for word in {w.strip(",.;:").lower() for w in q.noun.split()[:HEAD_WORDS]}:
                        found.setdefault((q.unit, word), []).append((claim_id, q))
        return {k: tuple(v) for k, v in found.items()}

    return _KINDS.get((index,), "kinds", make)


def one_of_kind(drafted: Quantity, facts: SentenceFacts, index: ClaimIndex) -> tuple[Candidate, Quantity] | None:
    """The claim giving the one value the sentence's documents give the thing this compound figure counts."""
    if "-" not in drafted.shown or not drafted.unit or not drafted.noun.split():
        return None
    thing = drafted.noun.split()[0].strip(",.;:").lower()
    about = facts.sources_about(ABOUT)
    counted = [(claim_id, q) for claim_id, q in _kinds(index).get((drafted.unit, thing), ()) if index.cards[claim_id].source in about]
    if not counted or len({q.value for _, q in counted}) != 1:
        return None
    claim_id, q = counted[0]
    retrieved = {c.card.claim.id: c for c in facts.candidates}
    return retrieved.get(claim_id) or Candidate(index.cards[claim_id], 0.0, frozenset()), q
