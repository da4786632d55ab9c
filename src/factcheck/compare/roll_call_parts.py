"""Who the sentence gives a part of a roll call, against the motion it tells of (compare/motion_pick.which): every
motion it may be, narrowed by the sentence's other parts and its tally, gives that part to the same other people; or,
when nothing says which motion, a no vote from someone every roll call of those minutes records voting yes. Read by
compare/motions.py.
"""

from __future__ import annotations

import re
from collections import Counter

from factcheck.compare import SentenceFacts, Verdict, tallies
from factcheck.compare.motion_pick import retrieved, shared, words_of
from factcheck.compare.roll_calls import RollCall, amending_after, calls_in, tallies_of
from factcheck.compare.vote_parts import Parts
from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import Lexicon, alternation, per_lexicon
from factcheck.mentions import number_forms
from factcheck.model import Mention

_SAID = {"mover": "moved", "seconder": "seconded", "dissenter": "voted no", "assenter": "voted yes", "abstainer": "abstained"}


def judged(facts: SentenceFacts, index: ClaimIndex, mine: Parts, calls: list[RollCall], *, told: bool) -> list[Verdict]:
    """The first part of the sentence's roll call (`mine`, from `parts`) its motion (`calls`, from `which`) gives to
    someone else: every motion it may tell of, narrowed by the sentence's other parts and its tally, gives that part to
    the same other people. When its words did not tell which (`told`), another part or the tally must narrow them."""
    tallied = tallies.drafted(facts)
    for part, given in mine.items():
        pool, narrowed = calls, False
        for other, named in mine.items():
            # "moved by Whitaker, seconded by Amsel" is one of Whitaker's motions
            kept = _theirs(pool, other, named) if other != part else []
            pool, narrowed = (kept, True) if kept else (pool, narrowed)
        by_other, either = narrowed, False
        kept = [c for c in pool if tallied & c.tallied()]
        pool, narrowed = (kept, True) if kept else (pool, narrowed)
        # "It carried 3-2, with Wexler and Marsh voting yes": one motion has the tally, and its roll call names each vote
        counted = part == "assenter" and len(kept) == 1
        if not told and part == "dissenter" and not narrowed:
            # no motion's words are the sentence's ("cast the only vote against the contract, saying the district
            # should rebid the North Calloway leg"): whichever it was, of the documents retrieved
            never = _never_against(index, calls or retrieved(facts, index), given)
            if never is not None:
                return [never]
        if not told and not counted and (not narrowed or _theirs(pool if by_other and part != "mover" else calls, part, given)):
            # no words say which motion, and nothing else does, or another motion gives the part as the sentence does:
            # of the mover's motions, for a seconder or a no ("moved by Okafor, seconded by Velasquez" is one of
            # Okafor's, which Velasquez seconded or not), of any for the mover
            continue
        if part == "dissenter" and not all(c.dissent_known for c in pool):
            continue  # a roll call that names no noes says nothing of who voted no
        if part == "assenter" and not all(c.ayes and c.noes for c in pool):
            continue  # only a roll call that names each vote says who voted yes
        if part == "dissenter" and all(not tallied or tallied & c.tallied() for c in pool):
            # "Lindqvist joined Dunphy in voting against the final resolution": whichever of the motions it tells of, the
            # roll calls record her voting yes (motions whose tally is the sentence's, if it gives one)
            for ids, mention in given:
                if all(c.ayes and set(ids) & c.ayes and not set(ids) & c.noes for c in pool):
                    written = facts.text[mention.start : mention.end]
                    message = f"the roll call records {written} voting yes"
                    return [Verdict("attribution", True, mention.start, mention.end, written, "yes", message, (pool[0].claim,))]
        if part == "abstainer":
            # "with Treasurer Kowalczyk abstaining" when the roll call has "Kowalczyk - yes; Estes - abstain"
            found = _voted_instead(facts, index, pool, given)
            if found is not None:
                return [found]
            continue
        rights = {_right(c, part) for c in pool}
        if len(rights) > 1 and by_other and part != "dissenter" and _none_gives(index, pool, mine, part, given):
            # "moved by Okafor and seconded by Brandvold": Brandvold seconded none of Okafor's motions, whichever it was
            rights, either = {frozenset().union(*rights)}, True
        if len(rights) != 1 or not next(iter(rights)):
            continue  # the motions it may be give the part to different people, or name no one
        right = next(iter(rights))
        for ids, mention in given:
            if set(ids) & right or part == "assenter" and not any(set(ids) & c.noes for c in pool):
                continue  # ... and a yes is held against one the roll call records voting no
            own = facts.text[mention.end : mention.end + OWN_CLAUSE].split(";")[0]
            tallied_own = any(mention.end <= m.start < mention.end + len(own) for m in facts.numbers if m.value.unit == "tally")
            if part in ("mover", "seconder") and not tallied_own and _own_motion(index, pool, part, ids, own):
                # "voted 6-2 ... after Regent Carlos Ibarra moved to amend the plan": his amendment, not the vote's motion;
                # not "Lindqvist seconded her amendment, but it failed 2-5", whose tally is his part's own
                continue
            shown = (" or " if either else ", ").join(sorted(index.corpus.entities[i].name if i in index.corpus.entities else i for i in right))
            written = facts.text[mention.start : mention.end]
            if part == "assenter":
                # the ayes the roll call names may leave out a name it could not tell apart: say what it says of this one
                shown = "no"
                message = f"the roll call records {written} voting no"
                return [Verdict("attribution", True, mention.start, mention.end, written, shown, message, (pool[0].claim,))]
            return [
                Verdict(
                    "attribution", True, mention.start, mention.end, written, shown, f"the sources say {shown} {_SAID[part]}, not {written}", (pool[0].claim,)
                )
            ]
    return []


# How far after a person's name the words of their own part run: "moved to amend the administration's 6.8% plan".
OWN_CLAUSE = 80


def _own_motion(index: ClaimIndex, pool: list[RollCall], part: str, ids: tuple[str, ...], after: str) -> bool:
    """A motion of the pool's documents gives the person this very part, and the words after their name tell of it as
    much as of any motion the pool holds."""
    every = calls_in(index, (p.source for c in pool for p in c.claim.provenance))
    words = words_of(after, [])
    if not words:
        return False
    bar = max(shared(words, c.what) for c in pool)
    # "Fenwick moved an amendment": only a motion that amends is one, whatever "as amended" the motion she moved has; and
    # one who moved the record itself moved no amendment of it ("Ferreira moved the resolution"; not "moved to stretch
    # the payments from ten years to fifteen", his amendment told by what it changed)
    amending = amending_after(after, 0)
    whole = _moves_record(None).match(after) is not None
    return any(
        set(ids) & _right(c, part) and shared(words, c.what) > 0 and shared(words, c.what) >= bar and (c.amends if amending else not (c.amends and whole))
        for c in every
    )


@per_lexicon
def _moves_record(lex: Lexicon) -> re.Pattern[str]:
    """Right after the mover's name, the record itself as what was moved: "moved the resolution", "made the motion to
    adopt Resolution 2026-07" (wordsets mover-after, adopt-verb, record-label)."""
    verbs = alternation(w for w in lex.words("mover-after") if "'" not in w and "..." not in w)
    records = alternation(w for w in lex.words("record-label") if w.isalpha())
    adopting = alternation(lex.words("adopt-verb"))
    return re.compile(rf"\W*(?:{verbs})\s+(?:to\s+)?(?:(?:{adopting})\s+(?:of\s+)?)?(?:the\s+)?(?:{records})\b", re.I)


def _theirs(calls: list[RollCall], part: str, named: list[tuple[tuple[str, ...], Mention]]) -> list[RollCall]:
    """The motions that give `part` to one of the `named`."""
    return [c for c in calls if any(set(ids) & _right(c, part) for ids, _ in named)]


def _none_gives(index: ClaimIndex, pool: list[RollCall], mine: Parts, part: str, given: list[tuple[tuple[str, ...], Mention]]) -> bool:
    """No motion of the pool's documents with the sentence's other parts gives `part` to the sentence's person, and
    each names who had it."""
    every = calls_in(index, (p.source for c in pool for p in c.claim.provenance))
    for other, named in mine.items():
        every = _theirs(every, other, named) if other != part else every
    return bool(every) and all(_right(c, part) for c in every) and not _theirs(every, part, given)


def _right(call: RollCall, part: str) -> frozenset[str]:
    return {
        "mover": frozenset({call.mover}),
        "seconder": frozenset({call.seconder}) - {""},
        "dissenter": call.noes,
        "assenter": call.ayes,
        "abstainer": call.abstains,
    }[part]


def _voted_instead(facts: SentenceFacts, index: ClaimIndex, pool: list[RollCall], given: list[tuple[tuple[str, ...], Mention]]) -> Verdict | None:
    """The first person the sentence says abstained whom every roll call it may tell of records voting yes or no."""
    if not pool:
        return None
    for ids, mention in given:
        mine = set(ids)
        if not all(mine & (c.ayes | c.noes) and not mine & c.abstains for c in pool):
            continue
        sides = {"yes" if mine & c.ayes else "no" for c in pool}
        side = sides.pop() if len(sides) == 1 else ""
        written = facts.text[mention.start : mention.end]
        others = {c.abstains for c in pool}
        instead = others.pop() if len(others) == 1 else frozenset()
        shown = ", ".join(sorted(index.corpus.entities[i].name if i in index.corpus.entities else i for i in instead))
        message = f"the roll call records {written} voting {side or 'yes or no'}" + (f"; {shown} abstained" if shown else "")
        return Verdict("attribution", True, mention.start, mention.end, written, shown or side, message, (pool[0].claim,))
    return None


def _never_against(index: ClaimIndex, calls: list[RollCall], given: list[tuple[tuple[str, ...], Mention]]) -> Verdict | None:
    """ "Members Elena Vasquez and Samuel Yoder voted no", saying of no motion which: Yoder voted no on none, when every
    roll call of those minutes names its noes (or has none) and one names him voting yes."""
    sources = sorted({p.source for c in calls for p in c.claim.provenance})
    # the motions put to a vote: one that died for want of a second, or passed with no tally written, has no noes to name
    every = [call for call in calls_in(index, sources) if call.tallies or call.ayes or call.noes]
    if not every or not all(c.dissent_known and _accounted(c) for c in every):
        return None
    # every tally the minutes write is a motion's read here: a roll call read into no motion may hold the no
    written = Counter(q.value for source in sources for q in tallies_of(index, source))
    if written - Counter(q.value for c in every for q in c.tallies):
        return None
    for ids, mention in given:
        if any(set(ids) & c.noes for c in every) or not any(set(ids) & c.ayes for c in every):
            continue
        who = index.corpus.entities.get(ids[0])
        shown = who.name if who else mention.text
        message = f"the minutes record {shown} voting yes, never no"
        voted = next(c for c in every if set(ids) & c.ayes)
        return Verdict("attribution", True, mention.start, mention.end, mention.text, "", message, (voted.claim,))
    return None


def _accounted(call: RollCall) -> bool:
    """Its roll call names every vote its tally counts ("Yes: ... No: ..."), or every vote against ("Ms. Vasquez voting
    no" of a 6-1), or none."""
    against = [number_forms.votes_against(q) for q in call.tallies]
    total = [int(q.value) // number_forms.TALLY_BASE + a for q, a in zip(call.tallies, against, strict=True)]
    if call.ayes:
        return len(call.ayes) + len(call.noes) in total
    return not call.noes or len(call.noes) in against
