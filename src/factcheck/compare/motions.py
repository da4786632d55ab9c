"""Who moved and who seconded: a roll call's two movers against the sources'.

"Member Samuel Oyelaran made the motion to certify" when the minutes have "on a motion by Vice Chair Harold
Vick, seconded by Member Samuel Oyelaran": the motion was Vick's. A person is the mover when a mover's words
stand before the name ("motion by", "moved by") or after it ("moved", "made the motion"), and the seconder
likewise ("seconded by", "seconded"); lexicon word sets `mover-before`, `mover-after`, `seconder-before`,
`seconder-after`. Judged against the claim the sentence is about (TOPIC) that gives the same part to someone
else, and names the sentence's person in the other part or not at all.
"""

from __future__ import annotations

import re

from factcheck.compare import TOPIC, SentenceFacts, Verdict
from factcheck.corpus.index import ClaimIndex
from factcheck.facts import persons
from factcheck.lexicon import alternation, lexicon
from factcheck.mentions import names
from factcheck.model import Mention

_LEX = lexicon()
# the words of each part, before the name (up to a title of three words between) and after it
_BEFORE = {part: re.compile(rf"\b(?:{alternation(_LEX.words(part + '-before'))})\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}$", re.I) for part in ("mover", "seconder")}
# after the name, never the next name's words ("Begay, seconded by Villanueva" seconds nothing of Begay's)
_AFTER = {part: re.compile(rf"\s*,?\s*(?:{alternation(_LEX.words(part + '-after'))})\b(?!\s+by\b)", re.I) for part in ("mover", "seconder")}


def _parts(text: str, people: list[Mention]) -> dict[str, tuple[str, Mention]]:
    """{"mover": (id, mention), "seconder": ...} as the text gives them."""
    out: dict[str, tuple[str, Mention]] = {}
    for m in people:
        if len(m.value.ids) != 1:
            continue
        for part in ("mover", "seconder"):
            if _BEFORE[part].search(text, max(0, m.start - 60), m.start) or _AFTER[part].match(text, m.end):
                out.setdefault(part, (m.value.ids[0], m))
    return out


def compare(facts: SentenceFacts, index: ClaimIndex) -> list[Verdict]:
    mine = _parts(facts.text, persons(list(facts.entities), index))
    if not mine:
        return []
    for cand in facts.candidates:
        if cand.coverage < TOPIC:
            break
        claim = cand.card.claim
        for text in [claim.statement, *(p.quote for p in claim.provenance)]:
            theirs = _parts(text, persons(names.detect(text, index.names), index))
            for part, (me, mention) in mine.items():
                if part not in theirs or theirs[part][0] == me:
                    continue
                other = "seconder" if part == "mover" else "mover"
                if other in theirs and theirs[other][0] != me:
                    continue  # neither part is this person's in the sources: another roll call
                right = index.corpus.entities.get(theirs[part][0])
                shown = right.name if right else text[theirs[part][1].start : theirs[part][1].end]
                written = facts.text[mention.start : mention.end]
                said = "moved" if part == "mover" else "seconded"
                message = f"the sources say {shown} {said}, not {written}"
                return [Verdict("attribution", True, mention.start, mention.end, written, shown, message, (claim,))]
    return []
