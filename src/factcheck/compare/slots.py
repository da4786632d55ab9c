"""Catch one registry name put in another's place, aligning names as wholes.

"Ayotte highlighted the Drug Enforcement Administration — a critical tool" against the source's
"Ayotte highlighted the High-Intensity Drug Trafficking Areas (HIDTA) program — a critical tool":
a word-by-word alignment (swaps.py) pairs the two names' shared "Drug" and splits them. Here
each name the registry knows becomes one slot holding its sort (person, organization, place),
the words between slots stay words, and two slots of one sort that the alignment pairs, inside
wording both share, are the same place in the sentence. When they hold different entities, and
the sources never name the draft's one there while the draft never names the sources' one, the
name was swapped.
"""

from __future__ import annotations

import difflib

from factcheck.compare import SentenceFacts, Verdict
from factcheck.compare.swaps import tokens
from factcheck.corpus.index import ClaimIndex
from factcheck.frames import HEADS
from factcheck.lexicon import lexicon
from factcheck.memo import Memo
from factcheck.mentions import names
from factcheck.mentions.names import NameIndex
from factcheck.model import Mention
from factcheck.retrieve import Candidate

# How much of the sentence the claim must account for before its wording is aligned with it.
MIN_COVERAGE = 0.5
# A sentence this much the claim's, reworded, may still have one body put for another (_lone_body).
LONE = 0.65
# Words that must agree next to the slot: at least one on each side, or this many on one side
# when the slot opens or closes the sentence.
CONTEXT = 2

_ARTICLES = lexicon().words("article")

_Slot = tuple[str, tuple[str, ...], int, int]  # token, entity ids ("" for a word), start, end


def _stream(text: str, mentions: list[Mention], types: dict[str, str]) -> list[_Slot]:
    """The text's words, each registry name one slot token "\\x00sort"."""
    spans = sorted((m.start, m.end, m.value.ids) for m in mentions if m.value.ids)
    out: list[_Slot] = []
    at = 0
    for word, start, end in tokens(text):
        if word in _ARTICLES:
            continue  # "participate in the Job Corps program": an article aligns nothing
        while at < len(spans) and spans[at][1] <= start:
            at += 1
        if at < len(spans) and spans[at][0] <= start < spans[at][1]:
            first, last, ids = spans[at]
            if not out or out[-1][2] != first:
                out.append(("\x00" + types.get(ids[0], "?"), ids, first, last))
            continue
        out.append((word, (), start, end))
    return out


# A claim's evidence is read once per run, not once per sentence, for the name index in use.
_STREAMS: Memo[str, tuple[_Slot, ...]] = Memo(16384)


def _evidence_stream(evidence: str, index: NameIndex) -> tuple[_Slot, ...]:
    return _STREAMS.get((index,), evidence, lambda: tuple(_stream(evidence, names.detect(evidence, index), index.types)))


def _context(mine: list[_Slot], block: tuple[int, int], at: int) -> bool:
    """Enough shared words around slot `at` of an equal block (block = its first and past-last index)."""
    first, last = block
    before, after = at - first, last - at - 1  # words, and names of the same sort, that agree
    if at == 0:
        return after >= CONTEXT
    if at == len(mine) - 1:
        return before >= CONTEXT
    return before >= 1 and after >= 1


def compare(facts: SentenceFacts, index: ClaimIndex) -> list[Verdict]:
    close = [c for c in facts.candidates if c.coverage >= MIN_COVERAGE]
    if not close or not facts.entities:
        return []
    types = index.names.types
    mine = _stream(facts.text, list(facts.entities), types)
    named_here = {i for m in facts.entities for i in m.value.ids}
    evidences = [(c, p.quote) for c in close for p in c.card.claim.provenance if p.quote]
    said_anywhere = {i for _, quote in evidences for slot in _evidence_stream(quote, index.names) for i in slot[1]}
    for cand, quote in evidences:
        theirs = _evidence_stream(quote, index.names)
        matcher = difflib.SequenceMatcher(a=[s[0] for s in mine], b=[s[0] for s in theirs], autojunk=False)
        for tag, a0, a1, b0, _ in matcher.get_opcodes():
            if tag != "equal":
                continue
            for offset in range(a1 - a0):
                drafted, source = mine[a0 + offset], theirs[b0 + offset]
                if not drafted[1] or set(drafted[1]) & set(source[1]):
                    continue
                if set(drafted[1]) & said_anywhere or set(source[1]) & named_here:
                    continue  # the sources name it somewhere near, or the draft names theirs too: moved, not swapped
                if not _context(mine, (a0, a1), a0 + offset):
                    continue
                start, end = drafted[2], drafted[3]
                right = quote[source[2] : source[3]]
                return [
                    Verdict(
                        "entity",
                        True,
                        start,
                        end,
                        facts.text[start:end],
                        right,
                        f"the sources say {right} here, not {facts.text[start:end]}",
                        (cand.card.claim,),
                    )
                ]
    return _lone_body(facts, index, [(c, q) for c, q in evidences if c.coverage >= LONE], said_anywhere, named_here)


def _lone_body(facts: SentenceFacts, index: ClaimIndex, evidences: list[tuple[Candidate, str]], said: set[str], named: set[str]) -> list[Verdict]:
    """Reworded around the name, so no wording lines the two up: "held a training session in Fargo with
    Justice Department officials" against "officials from the Department of Homeland Security held a
    training session in Fargo". The sentence is the claim's (LONE coverage), names one body the sources
    near it never name, and the claim names one body of the same make (a shared head: Department)
    that the sentence leaves out: one was put for the other."""
    entities = index.corpus.entities
    extra = {i for m in facts.entities for i in m.value.ids if index.names.types.get(i) == "organization" and i not in said}
    if len(extra) != 1:
        return []
    mine = entities[next(iter(extra))]
    for cand, quote in evidences:
        theirs = {i for slot in _evidence_stream(quote, index.names) for i in slot[1] if index.names.types.get(i) == "organization" and i not in named}
        if len(theirs) != 1:
            continue
        other = entities[next(iter(theirs))]
        if not HEADS & set(mine.name.split()) & set(other.name.split()):
            continue
        mention = next(m for m in facts.entities if mine.id in m.value.ids)
        written = next((quote[s[2] : s[3]] for s in _evidence_stream(quote, index.names) if other.id in s[1]), other.name)
        return [
            Verdict(
                "entity", True, mention.start, mention.end, mention.text, written, f"the sources say {written} here, not {mention.text}", (cand.card.claim,)
            )
        ]
    return []
