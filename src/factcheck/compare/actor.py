"""Who did it: a person of the sentence against the person the sources give the same act to.

"Senator Heitkamp has questioned Homeland Security Secretary Jeh Johnson about efforts to curb drug
trafficking" when the claim the sentence is plainly about has "Ayotte questioned Secretary of Homeland
Security Jeh Johnson about efforts ... to curb drug trafficking", and names no Heitkamp: the act is
Ayotte's. So is "At the invitation of Sen. Klobuchar" for "at the invitation of Cindy McCain". The
word-by-word swap check (swaps.py) misses these when the wording around the name is rearranged; this
one asks only whose name stands next to the same act: before the same verb, or after the same words.

Judged only when the case is plain: the claim covers most of the sentence in words other than names, it
names no one the sentence names at that place, the sentence does not name the claim's person, and no
other claim nearly as close names the sentence's person.
"""

from __future__ import annotations

import re

from factcheck.compare import SentenceFacts, Verdict
from factcheck.corpus.index import ClaimIndex
from factcheck.facts import persons
from factcheck.lexicon import alternation, lexicon
from factcheck.mentions import names
from factcheck.model import Mention
from factcheck.textutil import content_stems

# The share of the sentence the claim must have, and the most another claim naming the sentence's person may
# trail it by and still say the act may be that person's.
CLOSE = 0.6
MARGIN = 0.15
# Words shared besides names and values: the act itself.
ACT_WORDS = 3

_AUXILIARY = alternation(lexicon().words("auxiliary"))
_VERB_AFTER = re.compile(rf"\s*(?:(?:{_AUXILIARY})\s+)*(?P<verb>[a-z][a-z-]+)")
_WORDS_BEFORE = re.compile(r"(?P<words>[a-z]+\s+[a-z]+)\s+(?:[A-Z][\w.]*\s+)?$")


def _acts(text: str, mention: Mention) -> tuple[str, str]:
    """The act next to a name: the stem of the verb after it ("questioned" -> "question") and the two words
    before it ("invitation of"), each "" when there is none."""
    after = _VERB_AFTER.match(text, mention.end)
    verb = next(iter(content_stems(after.group("verb"))), "") if after else ""
    before = _WORDS_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    return verb, before.group("words").lower() if before else ""


def compare(facts: SentenceFacts, index: ClaimIndex) -> list[Verdict]:
    people = [m for m in persons(list(facts.entities), index) if len(m.value.ids) == 1]
    ranked = sorted(facts.candidates, key=lambda c: -c.coverage)
    if not people or not ranked or ranked[0].coverage < CLOSE:
        return []
    best = ranked[0]
    if len([k for k in best.shared if k[0] not in "@#"]) < ACT_WORDS:
        return []
    named_here = {i for m in facts.entities for i in m.value.ids}
    claim = best.card.claim
    texts = [claim.statement, *(p.quote for p in claim.provenance)]
    for mine in people:
        me = mine.value.ids[0]
        if me in best.card.entities or any(me in c.card.entities for c in ranked if c.coverage >= best.coverage - MARGIN):
            continue  # a claim about as close names this person: the act may well be theirs
        verb, before = _acts(facts.text, mine)
        if not verb and not before:
            continue
        for text in texts:
            for theirs in persons(names.detect(text, index.names), index):
                them = theirs.value.ids[0] if len(theirs.value.ids) == 1 else ""
                if not them or them == me or them in named_here:
                    continue
                their_verb, their_before = _acts(text, theirs)
                if (verb and verb == their_verb) or (before and before == their_before):
                    who = index.corpus.entities.get(them)
                    shown = who.name if who else text[theirs.start : theirs.end]
                    written = facts.text[mine.start : mine.end]
                    message = f"the sources give this to {shown}, not {written}"
                    return [Verdict("attribution", True, mine.start, mine.end, written, shown, message, (claim,))]
    return []
