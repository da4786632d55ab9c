"""A figure no retrieved claim agrees with or is held against, that a claim nearby misstates another way: its digits
turned round ("$187,536" for "$178,536", "48%" for "84 percent") or its hedge turned ("nearly 80 percent" for "more than
80 percent"). Read by compare/numbers.py after the claims about the sentence have had their say.
"""

from __future__ import annotations

from factcheck.compare import SentenceFacts, figures, meant
from factcheck.compare.agreement import agrees, transposed, turned_round
from factcheck.corpus.index import ClaimIndex, digit_keys, significant, value_keys
from factcheck.frames import Frame, overlap
from factcheck.model import Quantity
from factcheck.retrieve import Candidate

# A claim this close to the sentence that states its figure, framed alike, backs the figure (read by compare/numbers).
NEARBY = 0.2
# A figure with this many significant digits is one the sources' figure of the same digits was, whatever its words.
EXACTING = 5
# A figure of two significant digits turned round is held only against claims this much about the sentence.
SHORT_NEARBY = 0.3


def transposed_elsewhere(drafted: Quantity, mine: Frame, facts: SentenceFacts, index: ClaimIndex) -> tuple[Candidate, Quantity, float] | None:
    """A figure no retrieved claim counts, whose digits a figure of the same unit (or one it counts: "45 people" of "54
    deaths") states in another order, in a
    document the sentence is about: "The job pays $187,536 a year" for "an annual salary of $178,536" (the
    words paraphrased past retrieval), "$59.8 million" for the "$58.9 million" recommended in a claim that
    shares the figure's words. A figure of EXACTING significant digits needs no shared words; fewer need some, unless
    no source states the figure and the documents the sentence is about have one figure of its digits turned round."""
    signature = digit_keys([drafted])
    if not drafted.unit:
        return None
    digits = significant(drafted)
    about = facts.sources_about(NEARBY)
    retrieved = {c.card.claim.id: c for c in facts.candidates}
    every = figures.drafted_period(drafted, facts.text, facts.numbers)
    # two digits ("$6.7 million" for "$7.6 million") are no signature to look up: only the claims retrieved, framed alike
    looked = bool(signature)  # found by its digits, not retrieved
    # ... or those stating another figure of the sentence as it is: "21 more corrections officers at a cost of about $3.2
    # million a year" is the claim giving 21 officers and $2.3 million, however little else it shares
    others = [(m.value.value, m.value.unit) for m in facts.numbers if m.value is not drafted and m.value.unit]
    companions = [c.card.claim.id for c in facts.candidates if c.coverage >= NEARBY and any((q.value, q.unit) in others for q in c.card.numbers)]
    named = {i for m in facts.entities for i in m.value.ids} | set(facts.context)
    looked_up = index.postings.get(signature.pop(), ()) if signature else [c.card.claim.id for c in facts.candidates if c.coverage >= SHORT_NEARBY] + companions
    unframed: dict[float, tuple[Candidate, Quantity]] = {}  # turned round, in a document the sentence is about, framed otherwise
    for claim_id in looked_up:
        card = index.cards[claim_id]
        cand = retrieved.get(claim_id)
        for q, frame in meant.framed(card):
            if (
                not (q.unit == drafted.unit or figures.compatible(drafted, q))
                or q.value == drafted.value
                or not (transposed(q, drafted) or _two_turned(q, drafted) or _point_turned(q, drafted))
            ):
                continue
            if figures.other_period(q, card.claim, every):
                continue  # "eighty-one dollars a year" is no "$18.00 per month" turned round
            fits = overlap(mine, frame, index.idf, index.unseen_idf) > 0
            # (one digit fewer, of a claim about someone the sentence or its paragraph names: "The firm's fee is capped at
            # $421,800" after "hire Hollister & Vane Architects" for the contract with them "not to exceed $412,800")
            precise = len(digits) >= EXACTING or len(digits) == EXACTING - 1 and bool(named & set(card.entities))
            if precise and card.claim.provenance and card.source in about:
                return cand or Candidate(card, 0.0, frozenset()), q, 0.0
            if fits and cand is not None and cand.coverage >= NEARBY:
                return cand, q, 0.0
            if fits and (cand is None or cand.coverage < NEARBY) and looked and card.claim.provenance and card.source in about:
                # three or four digits turned round, in a document the sentence is about, framed alike though the
                # paraphrase kept retrieval from it, or all but: "debt service runs about $783,000" for "approximately
                # $738,000 annual debt service"
                return Candidate(card, 0.0, frozenset()), q, 0.0
            if looked and card.claim.provenance and card.source in about:
                unframed.setdefault(q.value, (cand or Candidate(card, 0.0, frozenset()), q))
    if len(unframed) == 1 and not _stated(drafted, index):
        # "The price tag: $36.1 million" for the report's "a total cost of $31.6 million": no source states the figure,
        # and the documents the sentence is about state one figure of its unit with its digits in another order
        cand, q = next(iter(unframed.values()))
        return cand, q, 0.0
    return None


def _stated(drafted: Quantity, index: ClaimIndex) -> bool:
    """Some claim states the figure itself, of its unit or of none."""
    return any(
        q.value == drafted.value and q.unit in (drafted.unit, "")
        for claim_id in index.postings.get(next(iter(value_keys([drafted])), ""), ())
        for q in index.cards[claim_id].numbers
    )


def _point_turned(q: Quantity, drafted: Quantity) -> bool:
    """Three significant digits or more of a figure with a point, the same ones in another order and the point's place
    kept ("36.8 miles" for "38.6 miles", "15.4" for "14.5"): a whole figure's are `transposed`'s."""
    whole = drafted.value == int(drafted.value) and q.value == int(q.value)
    return not whole and turned_round(q, drafted) and len(f"{abs(drafted.value):.0f}") == len(f"{abs(q.value):.0f}")


def _two_turned(q: Quantity, drafted: Quantity) -> bool:
    """Two digits the other way round under the same unit ("48%" for "84 percent", "3.2 feet" for "2.3 feet"): too
    common to look up unframed, held only against a retrieved claim whose figure is framed alike."""
    mine, theirs = f"{drafted.value:g}", f"{q.value:g}"
    digits, their_digits = mine.replace(".", "", 1), theirs.replace(".", "", 1)
    return (
        bool(q.unit)
        and len(digits) == len(their_digits) == 2
        and digits.isdigit()
        and mine.find(".") == theirs.find(".")  # the point in the same place: "3.2" for "2.3", not "32" for "2.3"
        and digits == their_digits[::-1]
        and mine != theirs
    )


def hedge_turned_nearby(drafted: Quantity, mine: Frame, facts: SentenceFacts, index: ClaimIndex) -> tuple[Candidate, Quantity, float] | None:
    """A claim nearby, though about less of the sentence, that states the draft's very figure framed alike with the
    other hedge: "nearly 80 percent of the goal" for the release's "The total, more than 80 percent of the goal"."""
    for cand in facts.candidates:
        if cand.coverage < NEARBY:
            continue
        for q, frame in meant.framed(cand.card):
            if (
                q.value == drafted.value
                and q.unit == drafted.unit
                and q.hedge
                and not agrees(q, drafted)
                and overlap(mine, frame, index.idf, index.unseen_idf) > 0
            ):
                return cand, q, 0.0
    return None
