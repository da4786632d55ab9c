"""Who moved, who seconded and who voted no: a roll call's parts against the sources'.

"Member Samuel Oyelaran made the motion to certify" when the minutes have "on a motion by Vice Chair Harold
Vick, seconded by Member Samuel Oyelaran": the motion was Vick's. A person is the mover when a mover's words
stand before the name ("motion by", "moved by") or after it ("moved", "made the motion"), and the seconder
likewise ("seconded by", "seconded"); lexicon word sets `mover-before`, `mover-after`, `seconder-before`,
`seconder-after`. Judged against the claim the sentence is about (TOPIC) that gives the same part to someone
else, and names the sentence's person in the other part or not at all.

"Supervisor Kevin Thorsby was the only no vote" when the release has "Supervisor Wade Kessler of District 5
cast the lone vote against": the one dissent was Kessler's (word sets `dissenter-before` "Nays:",
`dissenter-after` "opposed", "cast the lone no vote"). Judged only against a source whose vote had one
dissenter: it says so ("lone", "only"; `dissent-lone`), its tally has one vote against, or its "Nays:" name one.
"""

from __future__ import annotations

import re

from factcheck.compare import TOPIC, SentenceFacts, Verdict
from factcheck.compare.tallies import gives_its_tally
from factcheck.corpus.index import ClaimIndex
from factcheck.facts import persons
from factcheck.lexicon import alternation, lexicon
from factcheck.mentions import names
from factcheck.mentions.numbers import votes_against
from factcheck.model import Mention, Quantity
from factcheck.retrieve import Candidate

_LEX = lexicon()
_PARTS = ("mover", "seconder", "dissenter")


def _phrase(words: str) -> str:
    """A word set's phrase as a pattern: any blank between its words, a "no" in quotation marks or not."""
    return r"\s+".join('["“]?no["”]?' if w == "no" else re.escape(w) for w in words.split())


# the words of each part, before the name (up to a title of three words between) and after it
_BEFORE = {
    part: re.compile(rf"(?<!\w)(?:{'|'.join(_phrase(w) for w in _LEX.words(part + '-before'))})\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}$", re.I) for part in _PARTS
}
# after the name, with a district or town it is "of" or a parenthesis between ("Supervisor Wade Kessler of District 5
# cast ...", "Professor Grace Whitfield (English) moved"); never the next name's words ("Begay, seconded by
# Villanueva" seconds nothing of Begay's)
_AFTER = {
    part: re.compile(
        rf"(?:,?\s+(?:of|from)\s+(?:[A-Z][\w.’'-]*\s+){{0,2}}[A-Z0-9][\w.’'-]*,?|\s*\([^()]{{1,40}}\))?\s*,?\s*(?:{'|'.join(_phrase(w) for w in _LEX.words(part + '-after'))})\b(?!\s+by\b)",
        re.I,
    )
    for part in _PARTS
}
_LONE = re.compile(rf"\b(?:{alternation(_LEX.words('dissent-lone'))})\b", re.I)
_ONE_NAY = re.compile(r"\s*(?:[.;)]|$)")  # "Nays: Okafor-Lund." names one; "Nays: Brandt, Moss." two


def _parts(text: str, people: list[Mention]) -> dict[str, tuple[str, Mention]]:
    """{"mover": (id, mention), "seconder": ..., "dissenter": ...} as the text gives them."""
    out: dict[str, tuple[str, Mention]] = {}
    for m in people:
        if len(m.value.ids) != 1:
            continue
        for part in _PARTS:
            if _BEFORE[part].search(text, max(0, m.start - 60), m.start) or _AFTER[part].match(text, m.end):
                out.setdefault(part, (m.value.ids[0], m))
    return out


def _one_dissent(text: str, at: Mention, claim_tallies: list[Quantity]) -> bool:
    """The source's vote had one dissenter: it says so, its tally has one vote against, or its nays name one."""
    said = _AFTER["dissenter"].match(text, at.end)
    if said is not None and _LONE.search(said.group(0)):
        return True
    if any(votes_against(q) == 1 for q in claim_tallies):
        return True
    return _BEFORE["dissenter"].search(text, max(0, at.start - 60), at.start) is not None and _ONE_NAY.match(text, at.end) is not None


def compare(facts: SentenceFacts, index: ClaimIndex) -> list[Verdict]:
    mine = _parts(facts.text, persons(list(facts.entities), index))
    if not mine:
        return []
    topical = [c for c in facts.candidates if c.coverage >= TOPIC]
    # else the one claim whose tally is the sentence's ("That policy passed 4-1, with ..."), if only one has it
    tallied = [c for c in facts.candidates if c not in topical and gives_its_tally(c.card, facts)]
    if any(_agrees(mine, cand, index) for cand in topical):
        return []  # a roll call of the sources gives these parts to these people: the one the sentence is about
    for pool in (topical, tallied if len(tallied) == 1 else []):
        for cand in pool:
            found = _against(mine, cand, facts, index)
            if found is not None:
                return [found]
    return []


def _agrees(mine: dict[str, tuple[str, Mention]], cand: Candidate, index: ClaimIndex) -> bool:
    """The claim, read with its context (the heading or words before it in its source), gives every part the sentence
    gives to the same people."""
    claim = cand.card.claim
    for said in [claim.statement, *(p.quote for p in claim.provenance)]:
        text = f"{claim.context} {said}" if claim.context else said
        theirs = _parts(text, persons(names.detect(text, index.names), index))
        if all(part in theirs and theirs[part][0] == mine[part][0] for part in mine):
            return True
    return False


def _against(mine: dict[str, tuple[str, Mention]], cand: Candidate, facts: SentenceFacts, index: ClaimIndex) -> Verdict | None:
    """The first part of the sentence's roll call the claim gives to someone else."""
    claim = cand.card.claim
    for text in [claim.statement, *(p.quote for p in claim.provenance)]:
        theirs = _parts(text, persons(names.detect(text, index.names), index))
        for part, (me, mention) in mine.items():
            if part not in theirs or theirs[part][0] == me:
                continue
            if part == "dissenter":
                if not _one_dissent(text, theirs[part][1], [q for q in cand.card.numbers if q.unit == "tally"]):
                    continue  # one of several noes: the draft's may be another
            else:
                other = "seconder" if part == "mover" else "mover"
                same_call = other in mine and other in theirs and mine[other][0] == theirs[other][0]
                if other in theirs and theirs[other][0] != me and not same_call:
                    continue  # neither part is this person's in the sources, nor the other the sentence's: another roll call
                if other in mine and mine[other][0] not in (theirs[part][0], theirs.get(other, ("",))[0]):
                    continue  # "Rao made the motion, Reyes-Hartley seconded": a roll call without Reyes-Hartley is another
            right = index.corpus.entities.get(theirs[part][0])
            shown = right.name if right else text[theirs[part][1].start : theirs[part][1].end]
            written = facts.text[mention.start : mention.end]
            said = {"mover": "moved", "seconder": "seconded", "dissenter": "voted no"}[part]
            return Verdict("attribution", True, mention.start, mention.end, written, shown, f"the sources say {shown} {said}, not {written}", (claim,))
    return None
