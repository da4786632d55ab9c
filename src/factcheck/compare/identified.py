"""A figure the sentence ties to an identifier ("203 lead lines in Ward 5") is the figure of the claim
that states that identifier ("Ward 5: 203 lines"), not of a closer claim about the whole ("replaced 762
lead service lines between January 1 and March 31"): a report's table row, read as a claim of its own,
is what the draft's row or sentence restates.
"""

from __future__ import annotations

import re

from factcheck.compare import SentenceFacts
from factcheck.compare.agreement import agrees
from factcheck.mentions.number_forms import is_identifier as _identifier
from factcheck.model import Mention, Quantity
from factcheck.retrieve import Candidate

# The words between a figure and the identifier it is tied to: a few, in one clause ("203 lead lines in Ward 5").
_TIED = re.compile(r"[^,;:.()|]{0,60}")


def _nearest_identifier(mention: Mention, facts: SentenceFacts) -> Mention | None:
    """The identifier in the figure's own clause, closest to it, with no other figure between them ("59 lead lines
    in Ward 4, fewer than any ward except Ward 6" ties 59 to Ward 4; "Pruett, 44, a Ward 3 Republican, held the
    seat for 16 years" ties 16 to nothing)."""
    best: tuple[int, Mention] | None = None
    for label in facts.numbers:
        if label is mention or not _identifier(label.value):
            continue
        lo, hi = (mention.end, label.start) if label.start >= mention.end else (label.end, mention.start)
        if not _TIED.fullmatch(facts.text, lo, hi) or any(m is not mention and m is not label and lo <= m.start < hi for m in facts.numbers):
            continue
        gap = label.start - mention.end if label.start >= mention.end else mention.start - label.end
        if best is None or gap < best[0]:
            best = (gap, label)
    return best[1] if best is not None else None


def claim_for(mention: Mention, facts: SentenceFacts) -> tuple[Candidate, Quantity] | None:
    """The one claim retrieved for the sentence that states the figure's identifier and one figure of its unit, with
    that figure: the claim the figure is about, whether it agrees or not."""
    drafted = mention.value
    if not drafted.unit or _identifier(drafted):
        return None
    label = _nearest_identifier(mention, facts)
    if label is None:
        return None
    found: dict[str, tuple[Candidate, Quantity]] = {}
    for cand in (*facts.candidates, *facts.framed_claims()):
        numbers = cand.card.numbers
        if not any(_identifier(q) and q.unit == label.value.unit and q.value == label.value.value for q in numbers):
            continue
        # a row states one identifier: a claim naming several wards is about them all, not this one's figure
        if sum(_identifier(q) for q in numbers) != 1:
            continue
        mine = [q for q in numbers if q.unit == drafted.unit and not _identifier(q)]
        if len(mine) == 1:
            found[cand.card.claim.id] = (cand, mine[0])
    if len({(q.value, q.unit) for _, q in found.values()}) != 1:
        return None  # no claim, or claims that disagree on the figure: not this rule's to judge
    row = next(iter(found.values()))
    if not agrees(row[1], drafted) and any(
        m is not mention and m.value.unit == drafted.unit and agrees(row[1], m.value) and _nearest_identifier(m, facts) is label for m in facts.numbers
    ):
        # "the ride that takes 52 minutes on Route 4 ... should take about 38 minutes": the row's one figure is the
        # sentence's other figure tied to that identifier, which states it; this one counts something else
        return None
    return row
