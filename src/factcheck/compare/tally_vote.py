"""Which motion a sentence's tally is of, for compare/numbers.py: the roll call of the item a precise figure of the
sentence is from, else the motion read whole from its paragraph that the sentence's words tell of (compare/motion_pick),
else the one retrieved claim with a tally far closer than any other.
"""

from __future__ import annotations

from typing import NamedTuple

from factcheck.compare import TOPIC, SentenceFacts, motion_pick, tallies
from factcheck.compare.turned import EXACTING
from factcheck.corpus.index import ClaimIndex, significant, value_keys
from factcheck.facts import persons
from factcheck.model import Mention, Quantity
from factcheck.retrieve import Candidate


class Vote(NamedTuple):
    agree: Candidate | None
    against: tuple[Candidate, Quantity, float] | None
    read_whole: bool = False  # the claim against is a motion read whole from its paragraph: ground enough for its tally


def vote(drafted: Quantity, facts: SentenceFacts, index: ClaimIndex, mention: Mention | None = None) -> Vote:
    """(agreeing claim, claim against, whether read whole) for a tally: the roll call of the item a precise figure of
    the sentence is from ("to cover $412,600"), else the motion read whole from its paragraph ("(b) Motion by Reilly
    ... Motion carried 3-2."), else the one retrieved claim with a tally far closer than any other."""
    people = persons(facts.entities, index)
    read = motion_pick.with_tally(drafted.value, facts, index, people, mention)
    figures = value_keys(m.value for m in facts.numbers if m.value.unit not in ("tally", ""))
    told = motion_pick.shared(motion_pick.words_of(facts.text, people), read[0].what) if read is not None else 0.0
    # a sum of many digits names one item of the minutes ("the $18,640,500 ... contract"): its roll call outweighs a
    # motion whose words the sentence's hardly are
    exact = any(len(significant(m.value)) >= EXACTING for m in facts.numbers if m.value.unit not in ("tally", ""))
    agreeing = read[0] if read is not None and read[1] is None else None  # the motion read, with the drafted tally
    # the motion the sentence tells of, read whole with its roll call, has the tally: before an item's figure, which two
    # items may share ("raise the bond ceiling to $15.75 million", "adopt ... in the amount of $15.75 million")
    told_so = agreeing is not None and (told >= motion_pick.SHARED or bool(figures & agreeing.keys))
    # ... and so does it when the tally is not its own, unless a sum of many digits ties the sentence to another item
    # ("approved the Phase 1 paving contract 5-0, so the 4.1 miles ..." is the award's 4-1, not the 6-1 of a board
    # that endorsed the 4.1-mile plan)
    motion = (
        None
        if told_so or (read is not None and told >= motion_pick.SHARED and not exact)
        else tallies.item_motion(drafted, facts, index, amendments=motion_pick.names_amendment(facts.text))
    )
    # ... or whose words the sentence's are but a few of, unless an item's figure ties it to another roll call about the
    # sentence ("voted 5-1 ... to cover $412,600 in travel nurse costs" is the appropriation's item, whatever "nurse" the
    # contract has)
    if agreeing is not None and (told_so or told > 0 and not exact and (motion is None or motion[0].coverage < TOPIC)):
        return Vote(Candidate(index.cards[agreeing.claim.id], 0.0, frozenset()), None)
    if motion is None and read:
        call, other = read
        card = Candidate(index.cards[call.claim.id], 0.0, frozenset())
        return Vote(None, (card, other, 0.0), read_whole=True) if other is not None else Vote(card, None)
    motion = motion or tallies.motion(drafted, facts)
    if motion is None:
        return Vote(None, None)
    return Vote(motion[0], None) if motion[1].value == drafted.value else Vote(None, (motion[0], motion[1], 0.0))
