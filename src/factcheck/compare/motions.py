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

from factcheck.compare import TOPIC, SentenceFacts, Verdict, motion_pick, roll_call_parts, roll_calls, tallies
from factcheck.compare.tallies import gives_its_tally
from factcheck.compare.vote_parts import AFTER, BEFORE, Parts, parts
from factcheck.corpus.index import ClaimIndex
from factcheck.facts import persons
from factcheck.lexicon import alternation, lexicon
from factcheck.mentions import names
from factcheck.mentions.number_forms import votes_against
from factcheck.model import Mention, Quantity
from factcheck.retrieve import Candidate
from factcheck.textutil import content_stems

_LEX = lexicon()
_LONE = re.compile(rf"\b(?:{alternation(_LEX.words('dissent-lone'))})\b", re.I)
_AMENDING = frozenset(s for w in _LEX.words("amend-word") for s in content_stems(w))
_ONE_NAY = re.compile(r"\s*(?:[.;)]|$)")  # "Nays: Okafor-Lund." names one; "Nays: Brandt, Moss." two


def _one_dissent(text: str, at: Mention, claim_tallies: list[Quantity]) -> bool:
    """The source's vote had one dissenter: it says so, its tally has one vote against, or its nays name one."""
    said = AFTER["dissenter"].match(text, at.end)
    if said is not None and _LONE.search(said.group(0)):
        return True
    if any(votes_against(q) == 1 for q in claim_tallies):
        return True
    return BEFORE["dissenter"].search(text, max(0, at.start - 60), at.start) is not None and _ONE_NAY.match(text, at.end) is not None


def compare(facts: SentenceFacts, index: ClaimIndex) -> list[Verdict]:
    people = persons(list(facts.entities), index)
    mine = parts(facts.text, people)
    if not mine:
        return []
    topical = [c for c in facts.candidates if c.coverage >= TOPIC]
    # else the one claim whose tally is the sentence's ("That policy passed 4-1, with ..."), if only one has it
    tallied = [c for c in facts.candidates if c not in topical and gives_its_tally(c.card, facts)]
    given = tallies.drafted(facts)
    moved = roll_calls.what_moved(_told_in(facts.text, mine), people)
    # "moved to grant that delay, but the amendment failed": the words of which motion, not that it was an amendment,
    # tell which of the minutes' amendments it is
    moved = frozenset(w for w in moved if not any(w.startswith(a) or a.startswith(w) for a in _AMENDING)) or moved
    amending = motion_pick.names_amendment(facts.text)
    if any(_agrees(mine, moved, cand, index, amending=amending) for cand in topical if not given or given & _tallies(cand) or not _tallies(cand)):
        # a roll call of the sources gives these parts to these people: the one the sentence is about, unless its
        # tally is another's ("seconded her amendment, but it failed 2-5" is no motion that carried 7-0)
        return []
    calls, told = motion_pick.which(facts, index, people, parted=tuple(m for given in mine.values() for _, m in given))
    read = roll_call_parts.judged(facts, index, mine, calls, told=told)
    if read or told:
        # the motion read whole, from the paragraph it is in: "Chair Kowalczyk seconded." alone is no roll call
        return read
    for pool in (topical, tallied if len(tallied) == 1 else []):
        for cand in pool:
            found = _against(mine, cand, facts, index)
            if found is not None:
                return [found]
    return []


# "Commissioner Dale Whitcomb, who seconded the motion, said he toured the jail": the part in a clause of its own
_WHO_CLAUSE = re.compile(r",\s+who\s+[^,;.]+")


def _told_in(text: str, mine: Parts) -> str:
    """The words telling the sentence's parts: a relative clause after the name when that is where the part is,
    else the whole sentence; the rest is what the person did besides, no words of the motion."""
    for given in mine.values():
        for _, mention in given:
            clause = _WHO_CLAUSE.match(text, mention.end)
            if clause is not None:
                # blanked before the person's title and name, so offsets hold: a script's "REPORTER:" is no motion's word
                begin = mention.value.title_span[0] if mention.value.title_span else mention.start
                return " " * begin + text[begin : clause.end()]
    return text


def _tallies(cand: Candidate) -> set[float]:
    return {q.value for q in cand.card.numbers if q.unit == "tally"}


def _theirs(text: str, index: ClaimIndex) -> dict[str, tuple[str, Mention]]:
    """The first person the claim's text gives each part, who must be one person."""
    found = parts(text, persons(names.detect(text, index.names), index))
    return {part: (given[0][0][0], given[0][1]) for part, given in found.items() if len(given[0][0]) == 1}


def _agrees(mine: Parts, moved: frozenset[str], cand: Candidate, index: ClaimIndex, *, amending: bool) -> bool:
    """The claim, read with its context (the heading or words before it in its source), gives every part the sentence
    gives to the same people, of a motion whose words the sentence's (`moved`) may be: "Marsh seconded it, and the
    resolution passed 4-1" is not agreed by 'Velasquez moved to adjourn. Marsh seconded.', nor "Jensen joined Whitcomb
    in voting against the contract" by "The amendment carried 6-2, with Mr. Whitcomb and Mr. Jensen voting no." when
    the sentence names no amendment (`amending`)."""
    claim = cand.card.claim
    for said in [claim.statement, *(p.quote for p in claim.provenance)]:
        if not amending and motion_pick.about_amendment_text(said):
            continue
        text = f"{claim.context} {said}" if claim.context else said
        people = persons(names.detect(text, index.names), index)
        theirs_moved = roll_calls.what_moved(text, people)
        if not theirs_moved and moved:
            # "Vice Chair Lindqvist seconded.": a part alone, of whichever motion the paragraph moved; it agrees only with
            # a sentence that names no motion either ("Whitcomb, who seconded the motion, said ...")
            continue
        if moved and motion_pick.shared(moved, theirs_moved) < motion_pick.SHARED:
            continue
        found = parts(text, people)
        theirs = {part: {i for ids, _ in named for i in ids} for part, named in found.items()}
        if all(part in theirs and all(set(ids) & theirs[part] for ids, _ in given) for part, given in mine.items()):
            return True
    return False


def _against(mine: Parts, cand: Candidate, facts: SentenceFacts, index: ClaimIndex) -> Verdict | None:
    """The first part of the sentence's roll call the claim gives to someone else."""
    claim = cand.card.claim
    firsts = {part: given[0] for part, given in mine.items()}
    for text in [claim.statement, *(p.quote for p in claim.provenance)]:
        theirs = _theirs(text, index)
        for part, (me, mention) in firsts.items():
            if part not in theirs or theirs[part][0] in me:
                continue
            if part in ("assenter", "abstainer"):
                continue  # who voted yes, or cast no vote, is read from a whole roll call (compare/roll_call_parts), not one claim
            if part == "dissenter":
                if not _one_dissent(text, theirs[part][1], [q for q in cand.card.numbers if q.unit == "tally"]):
                    continue  # one of several noes: the draft's may be another
            else:
                other = "seconder" if part == "mover" else "mover"
                same_call = other in firsts and other in theirs and theirs[other][0] in firsts[other][0]
                if other in theirs and theirs[other][0] not in me and not same_call:
                    continue  # neither part is this person's in the sources, nor the other the sentence's: another roll call
                if other in firsts and not set(firsts[other][0]) & {theirs[part][0], theirs.get(other, ("",))[0]}:
                    continue  # "Rao made the motion, Reyes-Hartley seconded": a roll call without Reyes-Hartley is another
            right = index.corpus.entities.get(theirs[part][0])
            shown = right.name if right else text[theirs[part][1].start : theirs[part][1].end]
            written = facts.text[mention.start : mention.end]
            said = {"mover": "moved", "seconder": "seconded", "dissenter": "voted no"}[part]
            return Verdict("attribution", True, mention.start, mention.end, written, shown, f"the sources say {shown} {said}, not {written}", (claim,))
    return None
