"""Votes: the roll call a drafted tally is the result of, who voted, and a split tally against a unanimous vote
(compare/numbers.py holds a tally against the claim these find).
"""

from __future__ import annotations

import re

from factcheck.compare import TOPIC, SentenceFacts, Verdict, roll_calls
from factcheck.corpus.index import ClaimCard, ClaimIndex, value_keys
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.memo import Memo
from factcheck.mentions.number_forms import votes_against
from factcheck.model import Quantity
from factcheck.retrieve import Candidate
from factcheck.textutil import content_stems


@per_lexicon
def _unanimous(lex: Lexicon) -> re.Pattern[str]:
    """ "unanimously", "without dissent": a vote with no one against."""
    return re.compile(rf"\b(?:{alternation(lex.words('unanimous'))})\b", re.I)


# A vote's motion: the claim with a tally that has this many times the share of the sentence of any other.
MOTION = 2.0
# Who voted: the capitalised name right before a tally word ("the Fort Ames Faculty Senate voted 41-12").
_VOTER = re.compile(rf"(?P<who>[A-Z][\w’'.-]*(?:\s+(?:(?:of|the|and|&)\s+){{0,2}}[A-Z][\w’'.-]*){{0,7}})\s+(?:{alternation(lexicon().words('tally'))})\b")


# Or a body in lower case, with whose it is: "The Authority's seven-member board voted 6-1", "the full council voted".
_BODY_VOTER = re.compile(
    rf"(?P<who>(?:[A-Z][\w.-]*(?:['’]s)?\s+)?(?:[\w-]+\s+)?(?:{alternation(w.lower() for w in lexicon().words('org-head'))}))"
    rf"\s+(?:{alternation(lexicon().words('tally'))})\b"
)


def voters(text: str) -> set[str]:
    """The stems of the names (or the body) that vote in `text`; empty when no one is named as voting."""
    return {s for pattern in (_VOTER, _BODY_VOTER) for m in pattern.finditer(text) for s in content_stems(m.group("who"))}


def other_voter(facts: SentenceFacts, card: ClaimCard) -> bool:
    """The sentence and the claim name who voted, and they are not the same: the Faculty Senate's 41-12 is
    not the Board of Regents' 6-3, however alike the two motions read."""
    mine, theirs = voters(facts.text), voters(card.claim.statement)
    return bool(mine) and bool(theirs) and not mine & theirs


def motion(drafted: Quantity, facts: SentenceFacts) -> tuple[Candidate, Quantity] | None:
    """The roll call a tally is the result of: of the retrieved claims that state a tally, the one far
    closer to the sentence than any other ("voted 6-1 to award the Berth 4 wharf rehabilitation contract"
    and the Berth 4 item's "The motion carried 5-2.", not the crane contract's 7-0), however little of the
    sentence its own words cover: a roll call says only who voted how."""
    tallied = [(c, q) for c in facts.candidates for q in c.card.numbers if q.unit == "tally"]
    if not tallied or drafted.unit != "tally":
        return None
    ranked = sorted(tallied, key=lambda item: -item[0].coverage)
    best, right = ranked[0]
    rival = next((c.coverage for c, _ in ranked[1:] if c is not best), 0.0)
    named = {stem for m in facts.entities for stem in content_stems(m.text)}
    if best.coverage < MOTION * rival or len([k for k in best.shared if k[0] not in "#@" and k not in named]) < 2:
        return None  # what the motion was about, in two words at least: a voter's name is in every roll call
    if other_voter(facts, best.card):
        return None
    return best, right


def drafted(facts: SentenceFacts) -> set[float]:
    """The vote tallies the sentence gives ("6-3"), as numbers (mentions/number_forms.TALLY_BASE)."""
    return {m.value.value for m in facts.numbers if m.value.unit == "tally"}


def gives_its_tally(card: ClaimCard, facts: SentenceFacts) -> bool:
    """The claim gives one of the sentence's vote tallies ("6-3"): it is about that vote."""
    mine = drafted(facts)
    return bool(mine) and any(q.unit == "tally" and q.value in mine for q in card.numbers)


# How many lines after the item's figure its roll call may come: minutes give the motion, the discussion, the tally.
ITEM_LINES = 12
# a source's roll calls, by line: (line, claim id), for the index in use
_ROLL_CALLS: Memo[str, tuple[tuple[int, str], ...]] = Memo(4096)


def _roll_calls(source: str, index: ClaimIndex) -> tuple[tuple[int, str], ...]:
    def make() -> tuple[tuple[int, str], ...]:
        found: list[tuple[int, str]] = []
        for card in index.cards.values():
            if any(q.unit == "tally" for q in card.numbers):
                found.extend((p.line, card.claim.id) for p in card.claim.provenance if p.source == source and p.line is not None)
        return tuple(sorted(found))

    return _ROLL_CALLS.get((index.cards,), source, make)


def item_motion(drafted: Quantity, facts: SentenceFacts, index: ClaimIndex, *, amendments: bool = True) -> tuple[Candidate, Quantity] | None:
    """The roll call of the item a precise figure of the sentence is from, when no claim about the sentence states a
    tally: "voted 4-1 to cover $186,400 in county costs" and the minutes' "a supplemental appropriation of $186,400
    ...", whose motion "carried 3-1" a few lines on, the first roll call after the figure. `amendments` False (a
    sentence that names no amendment): an amendment's roll call is passed over for the item's own after it ("voted 5-1
    to award a $14,860,000 contract" is the resolution as amended, not the amendment's 4-2 before it)."""
    if drafted.unit != "tally":
        return None
    figures = value_keys(m.value for m in facts.numbers if m.value.unit not in ("tally", ""))
    if not figures:
        return None
    found: list[tuple[Candidate, Quantity]] = []
    for cand in facts.candidates:
        if not figures & value_keys(cand.card.numbers):
            continue
        for prov in cand.card.claim.provenance:
            if prov.line is None:
                continue
            reach, passed = prov.line + ITEM_LINES, False
            for line, cid in _roll_calls(prov.source, index):  # in order of their lines
                if line < prov.line:
                    continue
                if line > reach:
                    break
                card = index.cards[cid]
                tally = next(q for q in card.numbers if q.unit == "tally")
                if not amendments and not passed and roll_calls.amendments_roll_call(index, prov.source, line, tally.value):
                    reach, passed = line + ITEM_LINES, True  # the item's own roll call may be as far past the amendment's
                    continue
                found.append((Candidate(card, cand.coverage, cand.shared), tally))
                break
    # the figure in two items ("raise the bond ceiling ... to $15.75 million", then the main motion "in the amount of
    # $15.75 million"): the one whose roll call has the tally, else a tally all of theirs have
    return next((item for item in found if item[1].value == drafted.value), None) or (found[0] if len({t.value for _, t in found}) == 1 else None)


def unanimity(facts: SentenceFacts, judged: set[int], lex: Lexicon | None) -> list[Verdict]:
    """A split tally for a vote the claim the sentence is about calls unanimous ("signed off on a 6-1 vote" for
    "voted unanimously"), or "unanimously" for a claim's split tally. `judged`: tallies already compared."""
    top = facts.candidates[0] if facts.candidates and facts.candidates[0].coverage >= TOPIC else None
    if top is None:
        return []
    unanimous = _unanimous(lex or lexicon())
    theirs = [q for q in top.card.numbers if q.unit == "tally"]
    said = unanimous.search(top.card.evidence) is not None
    out = []
    for m in facts.numbers:
        if m.value.unit == "tally" and m.start not in judged and votes_against(m.value) and said and not theirs:
            message = f"the sources say the vote was unanimous, not {m.text}"
            out.append(Verdict("number", True, m.start, m.end, m.text, "unanimous", message, (top.card.claim,)))
    written = unanimous.search(facts.text)
    split = [q for q in theirs if votes_against(q)]
    if written is not None and split and not said and not any(m.value.unit == "tally" for m in facts.numbers):
        message = f"the sources give the vote as {split[0].shown}, not {written.group(0)}"
        out.append(Verdict("number", True, written.start(), written.end(), written.group(0), split[0].shown, message, (top.card.claim,)))
    return out


# A claim giving the sentence's very tally shares this many of its words (or a day of it) to be about its vote.
TALLY_WORDS = 2


def giving(value: float, index: ClaimIndex) -> list[ClaimCard]:
    """The claims that give this very tally."""
    cards = (index.cards[claim_id] for claim_id in index.postings.get(f"#{value!r}", ()))
    return [card for card in cards if any(q.unit == "tally" and q.value == value for q in card.numbers)]


def elsewhere(drafted: Quantity, facts: SentenceFacts, index: ClaimIndex) -> bool:
    """A claim the sentence shares words or a day with gives this very tally: the vote may be that one."""
    mine = set(content_stems(facts.text))
    days = {(d.value.first, d.value.last) for d in facts.dates}
    return any(len(mine & card.stems) >= TALLY_WORDS or any((s.first, s.last) in days for s in card.dates) for card in giving(drafted.value, index))
