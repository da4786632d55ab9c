"""Which motion of the sources' minutes a sentence tells of (the motions read whole from their paragraphs by
compare/roll_calls.py): the one whose words it shares far more than any other's, or whose tally it gives. "Chair Ruth
Ann Kowalczyk moved to certify the results" is the motion "to certify the official results", and its mover was
Whitaker. Also by a table column's heading ("Ibarra amendment") and by the mover the sentence before names.

compare/motions.py asks this once no claim of its own agrees with the sentence (compare/roll_call_parts.py judges
the parts it gives), compare/numbers.py for a tally no item's figure ties to its vote, and compare/ballots.py for a
table's vote cells.
"""

from __future__ import annotations

import re

from factcheck.compare import TOPIC, SentenceFacts, tallies
from factcheck.compare.meeting import minutes
from factcheck.compare.roll_calls import NOT_WHAT, RollCall, amending_after, calls_in, gist, named_stems, read
from factcheck.compare.source_lines import paragraph
from factcheck.compare.vote_parts import parts, people_in
from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import alternation, lexicon
from factcheck.mentions import number_forms
from factcheck.model import Mention, Quantity
from factcheck.textutil import content_stems


def picked_by(words: str, calls: list[RollCall], index: ClaimIndex | None = None) -> RollCall | None:
    """The one motion of `calls` that `words` (a table's column heading: "Substitute (delay to 2027-28)", "Main
    motion") tell of; with `index`, the one motion whose mover's surname they name ("Ibarra amendment")."""
    if index is not None:
        said = set(re.findall(r"[\w’'-]+", words.lower()))
        moved = [call for call in calls if (e := index.corpus.entities.get(call.mover)) and e.name.split()[-1].lower() in said]
        if len({id(call) for call in moved}) == 1:
            return moved[0]
    mine = gist(frozenset(content_stems(words)) - NOT_WHAT)
    picked = _picked(mine, set(), calls) if mine and calls else []
    mains = [call for call in picked if not call.amends]
    if len(picked) > 1 and len(mains) >= 1 and _FINAL.search(words):
        return mains[-1]  # "Final contract vote": the last motion that amends or replaces none
    return picked[0] if len(picked) == 1 else None


_MY_MOTION = re.compile(
    rf"\b(?:{alternation(p.word for p in lexicon().pronouns if p.person == 1 and p.case == 'possessive')})\s+(?:{alternation(lexicon().words('motion-noun'))})\b",
    re.I,
)
_AMENDMENT = re.compile(rf"\b(?:{alternation(lexicon().words('amend-word'))})\b", re.I)  # "The amendment ... got only two votes"
# a sentence whose subject, in its first few words, is an amendment ("The amendment passed ...", "Voss's amendment failed")
_OPENS_AMENDMENT = re.compile(rf"\W*(?:[\w’'-]+\s+){{0,3}}(?:{alternation(lexicon().words('amend-word'))})\b", re.I)
# a person's own amendment: "Ray Pettibone's amendment", "Voss's substitute"
_OWNS_AMENDMENT = re.compile(rf"['’]s\s+(?:[\w-]+\s+)?(?:{alternation(lexicon().words('amend-word'))})\b", re.I)
_AMEND_STEMS = gist(frozenset(s for w in lexicon().words("amend-word") for s in content_stems(w)))  # "amendm", as `mine` has it
_FINAL = re.compile(rf"\b(?:{alternation(lexicon().words('final-word'))})\b", re.I)  # "the final resolution", "the final vote"
# The sentence's motion must share this share of its words with the motion's, and this many times any other's.
SHARED = 0.3
MARGIN = 1.5


def which(facts: SentenceFacts, index: ClaimIndex, people: list[Mention], *, parted: tuple[Mention, ...] = ()) -> tuple[list[RollCall], bool]:
    """The motions of the paragraphs the retrieved claims come from that the sentence may tell of, and whether its words
    told which: the one whose words (and tally) it shares far more than any other's, or those it shares as much of. A
    sentence with no words of what was moved ("The vote was 4-1, on a motion by Begay, seconded by Villanueva") may be
    any of them (False); one whose words fit none (below SHARED), none. `parted`: the people the sentence gives a part
    (a mover, a seconder): their clauses tell of the motion."""
    found = _paragraphs(facts, index)
    calls = [call for source, first, last in sorted(found) for call in read(index, source, first, last)]

    def documents() -> list[RollCall]:  # every motion of the documents those paragraphs are of
        return calls_in(index, (source for source, _, _ in found))

    calls = calls if names_amendment(facts.text) else _with_amended(calls, index)
    tallied = tallies.drafted(facts)
    named = named_stems(facts.text, people)
    mine = gist(frozenset(content_stems(_clauses_of(_unquoted(facts), list(parted) or people))) - named - NOT_WHAT)
    # ... or the whole sentence's, when the clause naming them tells of nothing moved and another gives the tally ("The
    # board also voted 4-1 for an independent groundwater review ...; Pruitt voted no."; not "... voted no; she said
    # she'd prefer to try the one-permit limit", her reasons)
    if not mine and tallied:
        mine = gist(frozenset(content_stems(_unquoted(facts))) - named - NOT_WHAT)
    if tallied and not any(tallied & call.tallied() for call in calls):
        # a tally no motion of those paragraphs has: the motions of their documents that have it and whose words the
        # sentence's are, "The resolution passed 5-1" the main motion's, whose own paragraph ("Reyes moved to adopt the
        # resolution.") no claim is from; with no words of its own ("It failed 3-4, with ..."), the one motion that has it
        in_documents = documents()
        every = [call for call in in_documents if tallied & call.tallied()]
        # ... nor with words that tell of no motion of theirs, when no vote but the motions' is about the sentence ("The
        # vote was six to one, with Trustee Joyce Whitlow the lone no"; not "Council overrides the veto, 7-2" of a story's
        # 6-3 override, nor "The EDA board forwarded the report ... on a 6-3 vote" of the authority's 6-1, nor "The
        # Finance and Audit Committee had recommended the borrowing ... by an 8-1 vote" of the committee's 3-1)
        if len(every) == 1 and not _other_vote(facts, in_documents, tallied) and not any(shared(mine, call.what) >= SHARED for call in in_documents):
            return every, True
        # ... else those whose words the sentence's are, or else those sharing a word with it, weighed with the others
        # by words and tally ("voted 6-1 to ask for up to $15.75 million in bonds" of the main motion as amended)
        calls = [call for call in every if shared(mine, call.what) >= SHARED] or calls + [call for call in every if shared(mine, call.what) > 0]
    if not calls and (mine or parted):
        # the paragraphs retrieved are a roll call's alone ("No: Halloran, Lindqvist, Pruitt / The amendment passed,
        # 4-3."), or tell of none ("Okafor-Reyes made the motion, and Brisco seconded it"): the motions of their
        # documents, told apart by the sentence's words or the sentence's before
        calls = documents()
    if not calls:
        return [], False
    with_it = [call for call in calls if tallied & call.tallied()]
    if (
        mine
        and len(with_it) == 1
        and minutes(index.corpus.sources.get(with_it[0].claim.provenance[0].source))
        and not any(shared(mine, call.what) > 0 for call in calls)
        and not _other_vote(facts, documents(), tallied)
    ):
        # "On the final motion the tally was 6-1, with Gerald Hobbs the lone no": words of no motion, and the one motion
        # of those paragraphs with its tally, a roll call of minutes, when no other vote is about the sentence
        return with_it, True
    if mine and not any(shared(mine, call.what) >= SHARED for call in calls):
        # words of a motion no paragraph retrieved tells of ("voted 4-1 to raise fares" of a fare resolution whose
        # tally stands in a roll call of its own): the motions of those documents whose words they are
        calls = [call for call in documents() if shared(mine, call.what) >= SHARED] or calls
    if parted and _moves_amendment(facts.text, parted) and any(call.amends for call in calls):
        # "Sato moved an amendment that adds two conditions": of the motions, those that amend another; the one, if one
        calls = [call for call in calls if call.amends]
        if len(calls) == 1:
            return calls, True
    if mine:
        picked = _picked(mine, tallied, calls)
        if len(picked) > 1 and (about_amendment(facts) or _moves_amendment(facts.text, parted, owned=True)) and any(call.amends for call in picked):
            # "after Ray Pettibone's amendment passed 2-1", "That amendment came from ...": of the motions it tells of
            # alike, those that amend (not "Ng moved the hours resolution ..., and it passed after an amendment ...")
            picked = [call for call in picked if call.amends]
        if len(picked) > 1 and facts.previous:
            # "The resolution was moved by Brandt ...", its words any resolution's: the one the sentence before tells of
            # ("... voted 5-1 to award a $14,860,000 restoration contract")
            before = gist(frozenset(content_stems(facts.previous)) - named - NOT_WHAT) - _bodies(index)
            said = sorted(((shared(before, call.what), k) for k, call in enumerate(picked)), reverse=True)
            if said[0][0] >= SHARED and said[0][0] > MARGIN * said[1][0]:
                picked = [picked[said[0][1]]]
        # "It passed 5-1, and the agreement as amended passed by the same margin, with Councilmember Heather Lindqvist
        # seconding my motion": of the motions with its tally (or else those it tells of), the one the draft's writer moved
        told_of = [call for call in calls if tallied & call.tallied()] or picked
        writers = [call for call in told_of if facts.author and call.mover == facts.author] if _MY_MOTION.search(facts.text) else []
        if len(told_of) > 1 and len(writers) == 1:
            return writers, True
        mains = [call for call in picked if not call.amends and shared(mine, call.what) >= SHARED]
        if len(picked) > 1 and mains and _FINAL.search(facts.text) and len({p.source for call in picked for p in call.claim.provenance}) == 1:
            # "Okonkwo, who moved the final resolution": of the motions of one document it tells of, the last moved that
            # amends no other ("voted yes on the final resolution and on the Ward 6 amendment" is the resolution's)
            return mains[-1:], True
        if picked or not parted:
            return picked, bool(picked)
    # "It was moved by Okafor and seconded by Whitaker.": what was moved may be the sentence before's; so may "it" be,
    # with words of the sentence's own that tell of no motion ("the lone vote against it, arguing it would force grain
    # haulers onto the long detour"), when the sentence before names its mover
    if parted and facts.previous:
        # "... adopted the 10-ton limit in March on a motion by Commissioner Raymond Tuttle. Vice Chair Janet Okafor was
        # the lone vote against it": the one motion the sentence before's mover moved
        earlier = people_in(facts.previous, index)
        movers = {i for ids, _ in parts(facts.previous, earlier).get("mover", []) for i in ids}
        by_mover = [call for call in calls if call.mover in movers]
        if len(by_mover) == 1 and (not tallied or tallied & by_mover[0].tallied()):
            # (not when the sentence's tally is another's: "Medina's amendment ... passed. The final motion carried 5-2")
            return by_mover, True
    if mine:
        return [], False
    before = gist(frozenset(content_stems(facts.previous)) - named - NOT_WHAT)
    # the motions with the sentence's own tally, if any has it: "The vote was 5-1" after "the Council approved the
    # development agreement" is no motion to table that agreement, 2-4
    with_it = [call for call in calls if tallied & call.tallied()] or calls
    picked = _picked(before, tallied, with_it) if before else []
    if before and not picked:
        # ... of those documents, when the paragraphs retrieved tell of other motions ("The board of health ratified the
        # order ... The lone no vote came from Dennis Marquardt", whose own motions were retrieved by his name)
        picked = _picked(before, tallied, documents())
    return (picked, True) if picked else (calls, False)


def _paragraphs(facts: SentenceFacts, index: ClaimIndex) -> set[tuple[str, int, int]]:
    """The paragraphs (source, first line, last line) the sentence's retrieved claims are from."""
    return {
        (p.source, *paragraph(index, p.source, p.line))
        for c in (*facts.candidates, *facts.framed_claims())
        for p in c.card.claim.provenance
        if p.line is not None
    }


def retrieved(facts: SentenceFacts, index: ClaimIndex) -> list[RollCall]:
    """Every motion of the documents the sentence's retrieved claims are from."""
    return calls_in(index, (source for source, _, _ in _paragraphs(facts, index)))


def _moves_amendment(text: str, parted: tuple[Mention, ...], *, owned: bool = False) -> bool:
    """A person the sentence gives a part is said to move or offer an amendment: "Sato moved an amendment", "Pruitt
    offered a substitute motion"; `owned`, or to own one: "Ray Pettibone's amendment"."""
    return any(amending_after(text, m.end) or owned and _OWNS_AMENDMENT.match(text, m.end) is not None for m in parted)


def _other_vote(facts: SentenceFacts, documents: list[RollCall], tallied: set[float]) -> bool:
    """A vote besides the motions of those minutes is about the sentence: a claim about it gives another tally, of
    another source or one no motion of theirs has ("Council overrides the veto, 7-2" of a story's 6-3 override, "The EDA
    board forwarded the report ... on a 6-3 vote" of the authority's 6-1, "The Finance and Audit Committee had
    recommended the borrowing ... by an 8-1 vote" of the committee's 3-1)."""
    minutes, moved = {p.source for call in documents for p in call.claim.provenance}, {q.value for call in documents for q in call.tallies}
    return any(
        c.coverage >= TOPIC
        and any(q.unit == "tally" and q.value not in tallied for q in c.card.numbers)
        and (not any(p.source in minutes for p in c.card.claim.provenance) or any(q.unit == "tally" and q.value not in moved for q in c.card.numbers))
        for c in facts.candidates
    )


def _with_amended(calls: list[RollCall], index: ClaimIndex) -> list[RollCall]:
    """The motions, once each, and for each amendment the motion it amends (the last before it of its source that amends
    none): "cast the only vote against the fee" after an amendment's paragraph may be the fee's own motion (a sentence
    naming an amendment keeps to the amendments)."""
    out: list[RollCall] = []
    for call in calls:
        if call.amends:
            source = call.claim.provenance[0].source if call.claim.provenance else ""
            every = list(calls_in(index, [source])) if source else []
            before = [c for c in every[: next((k for k, c in enumerate(every) if c is call or c == call), 0)] if not c.amends]
            if before and all(before[-1] is not c for c in out):
                out.append(before[-1])
        if all(call is not c for c in out):
            out.append(call)
    return out


def _bodies(index: ClaimIndex) -> frozenset[str]:
    """The words of the sources' publishers ("Tamarack County Road Commission"): the body that votes, no word of what it
    voted on."""
    return gist(frozenset(w for s in index.corpus.sources.values() for w in content_stems(s.publisher or "")))


def _unquoted(facts: SentenceFacts) -> str:
    """The sentence with the words it quotes someone saying blanked, offsets kept: "who had seconded Dunphy's motion to
    table, said the amendment "answers the concerns I heard from business owners"" tells of no motion by the quoted
    words. A quotation no one is said to speak may be the motion's own words ("voted to "table the resolution"")."""
    text = facts.text
    for quote in facts.quotes:
        if quote.value.speaker is not None:
            text = text[: quote.start] + " " * (quote.end - quote.start) + text[quote.end :]
    return text


def _clauses_of(text: str, people: list[Mention]) -> str:
    """The clauses between semicolons that name the roll call's people: "why Director Bauman made the motion to raise
    rates; Stueve said she would let the March minutes speak" tells of the motion to raise rates, not the minutes'."""
    clauses, at = [], 0
    for part in text.split(";"):
        if any(at <= m.start < at + len(part) for m in people):
            clauses.append(part)
        at += len(part) + 1
    return ";".join(clauses) if clauses and len(clauses) < text.count(";") + 1 else text


def _picked(mine: frozenset[str], tallied: set[float], calls: list[RollCall]) -> list[RollCall]:
    """The motions whose words (and tally) the sentence's words share far more than any other's, or as much as the
    best; none below SHARED."""
    words = [shared(mine, call.what) for call in calls]
    amending = bool(mine & _AMEND_STEMS)
    # (only for a tally, and a sentence that names no amendment: "seconded her amendment" is the amendment's)
    for k, call in enumerate(calls if tallied and not amending else ()):
        # an amendment's words are the motion's it amends too: "voted 4-1 to lease the terminal" may be the lease as
        # amended, whatever words its own paragraph has. That motion is the one of its minutes (the main motion, or its
        # roll call "as amended") whose words the amendment's share most.
        if not call.amends:
            continue
        source = call.claim.provenance[0].source
        mains = [j for j, other in enumerate(calls) if not other.amends and other.claim.provenance[0].source == source]
        main = max(mains, key=lambda j: shared(call.what, calls[j].what), default=None)
        if main is not None and shared(call.what, calls[main].what) > 0:
            words[main] = max(words[main], words[k])
    # the tally brings a motion level only with those whose words the sentence's are about as much: "approved the $1.53
    # million charger contract 6-1" is the charger contract's 7-0 misstated, not the bus contract's 6-1
    # (an amendment's tally, when the sentence tells of an amendment: "after Ray Pettibone's amendment passed 2-1")
    top = max(words)
    scored = [
        (said + (TALLIED if tallied & call.tallied() and (said * MARGIN >= top or amending and call.amends) else 0.0), call)
        for said, call in zip(words, calls, strict=True)
    ]
    best = max(score for score, _ in scored)
    return [call for score, call in scored if score * MARGIN > best] if best >= SHARED else []


def names_amendment(text: str) -> bool:
    """The text names an amendment ("the amendment", "a substitute motion")."""
    return _AMENDMENT.search(text) is not None


def about_amendment_text(text: str) -> bool:
    """The text's subject, in its first few words, is an amendment: "The amendment carried 6-2", "Voss's substitute failed"."""
    return _OPENS_AMENDMENT.match(text) is not None


def about_amendment(facts: SentenceFacts) -> bool:
    """The sentence's subject is an amendment: "The amendment passed on a 4-1 roll call"."""
    return about_amendment_text(facts.text)


def shared(mine: frozenset[str], what: frozenset[str]) -> float:
    """How much of either's words the other has: a sentence's label ("Certification footnote, since readers asked:")
    adds words the motion lacks, and a motion's date words the sentence leaves out. Each word counts the same: the
    words of one board's motions are all rare in the corpus alike. A word one begins the other with is the same
    ("amendm" of "amendment" and "amend")."""
    if not mine or not what:
        return 0.0
    alike = [w for w in mine if w in what or any(_begins(w, x) for x in what)]
    theirs = [x for x in what if x in mine or any(_begins(x, w) for w in mine)]
    return max(len(alike) / len(mine), len(theirs) / len(what))


def _begins(one: str, other: str) -> bool:
    short, long = sorted((one, other), key=len)
    return len(short) >= MIN_STEM and long.startswith(short)


# The fewest letters a word may be cut to and still be the word it begins.
MIN_STEM = 4


# A motion whose tally the sentence gives is this much closer to it.
TALLIED = 0.25


def _own_motion(mine: frozenset[str], calls: list[RollCall], facts: SentenceFacts, mention: Mention | None) -> RollCall | None:
    """Of a sentence's two tallies or more, the motion this one's own words tell of most, from the tally before it:
    "The amendment carried 3-2, ..., and the ordinance as amended passed 3-2" gives the second the ordinance's motion,
    whatever tally the amendment's shares with it. None when its words tell of none more than of another."""
    if mention is None or sum(m.value.unit == "tally" for m in facts.numbers) < 2 or len(calls) < 2:
        return None
    clause = _clause_of(mention, facts, mine)
    scored = sorted(((shared(clause, call.what), k) for k, call in enumerate(calls)), reverse=True)
    if scored[0][0] <= 0 or scored[0][0] == scored[1][0]:
        return None
    return calls[scored[0][1]]


def _clause_of(mention: Mention, facts: SentenceFacts, mine: frozenset[str]) -> frozenset[str]:
    """The sentence's words that may tell what was moved, from the tally before this one to this one."""
    since = max((m.end for m in facts.numbers if m.value.unit == "tally" and m.end < mention.end and m is not mention), default=0)
    return mine & gist(frozenset(content_stems(facts.text[since : mention.end])))


def _anothers(mention: Mention, call: RollCall, facts: SentenceFacts) -> bool:
    """A tally before this one is the motion's own: "It failed 4-4, ... and the full contract then passed 6-2"."""
    return any(m.end <= mention.start and m.value.unit == "tally" and m.value.value in call.tallied() for m in facts.numbers)


def words_of(text: str, people: list[Mention]) -> frozenset[str]:
    """The sentence's words that may tell what was moved: not its people's, nor a roll call's own."""
    return gist(frozenset(content_stems(text)) - named_stems(text, people) - NOT_WHAT)


def with_tally(
    drafted: float, facts: SentenceFacts, index: ClaimIndex, people: list[Mention], mention: Mention | None = None
) -> tuple[RollCall, Quantity | None] | None:
    """The motion the sentence's words tell of that has the drafted tally (with None), or the one motion they tell of,
    with its other tally: "The height variance passed 3-2 and the setback variance 4-1" gives each its motion's."""
    calls, told = which(facts, index, people)
    if not told:
        return None
    # the motions the sentence's words tell of, its one tally aside: "voted 6-2 to raise fares" is none of the route's 6-2
    # (the voting body's own name aside: "The road commission voted 5-0 to put that 10-ton limit in place")
    mine = words_of(facts.text, people) - _bodies(index)
    own = _own_motion(mine, calls, facts, mention)
    if own is None and len(calls) == 1 and drafted not in calls[0].tallied():
        # the one motion the sentence's words tell of has another tally: of a sentence of several tallies ("Council
        # adopts rates 6-3, approves the loan 7-2"), this one's own words may tell of another motion of those minutes
        own = _own_motion(mine, calls_in(index, [p.source for p in calls[0].claim.provenance]), facts, mention)
    if own is not None:
        calls = [own]
    amending = [call for call in calls if call.amends]
    if amending and len(amending) < len(calls) and about_amendment(facts) and len(tallies.drafted(facts)) == 1:
        # "The amendment passed on a 4-1 roll call before the full contract came up": a sentence about an amendment
        # tells of the motions that amend, whatever words the motion amended shares with it
        calls = amending
    worded = _picked(mine, set(), calls) if mine and len(calls) > 1 and len(tallies.drafted(facts)) == 1 else []
    if any(drafted in call.tallied() and shared(mine, call.what) > 0 for call in calls):
        worded = []  # the motion with the tally shares words of the sentence too ("voted 6-1 to ask for up to $15.75 million")
    if (
        worded
        and all(call.amends for call in worded)
        and not names_amendment(facts.text)
        and any(drafted in call.tallied() and not call.amends for call in calls)
    ):
        # "voted 4-1 to lease the terminal to Northline": the motion amended has the tally, and the sentence names no
        # amendment, however many of the lease's words the amendment's paragraph has
        worded = []
    calls = worded or calls
    for call in calls:
        if drafted in call.tallied():
            return call, None
    # the motions the sentence may tell of split their votes alike ("voted 6-2 to raise fares" of a fare increase
    # carried 5-3 and an amendment to delay it that failed 3-5): which of them it is, the tally is none of theirs
    # (a motion that came to no vote, a letter's "because of an amendment", splits no way)
    voted = [call for call in calls if call.tallies]
    splits = {tuple(sorted(divmod(int(q.value), number_forms.TALLY_BASE))) for call in voted for q in call.tallies}
    if mention is not None and voted and _anothers(mention, voted[0], facts):
        return None  # "It failed 4-4, ... and the full contract then passed 6-2": the motion's 4-4 is the tally's before
    return (voted[0], voted[0].tallies[0]) if len(splits) == 1 and all(len(call.tallies) == 1 for call in voted) else None
