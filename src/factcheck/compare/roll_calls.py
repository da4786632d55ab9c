"""A roll call read whole: who moved, who seconded and who voted no on one motion of a source's paragraph.

Minutes write a motion over several sentences ("Vice Chair Whitaker moved to certify the official results.
Chair Kowalczyk seconded. The motion carried 4-0."), and extraction makes each a claim of its own, so no one
claim holds the mover, the seconder and the tally together. Here the paragraph a retrieved claim comes from is
read as its motions, each from its mover's words to the next mover's: what was moved (the words of the mover's
sentence, and for the first motion the words before it), the mover, the seconder, the noes and the tally. A roll call
"on the motion as amended" after an amendment is the motion's the amendment changed; who a text gives each part is
compare/vote_parts.py's to read.

Which of these motions a sentence tells of is compare/motion_pick.py's to say.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import NamedTuple

from factcheck.compare.source_lines import item_heading, lines_of, paragraphs_from, record_title, text_of
from factcheck.compare.vote_parts import PARTS, ballots, parts, people_in, pronoun_movers
from factcheck.corpus.index import ClaimCard, ClaimIndex, value_keys
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.memo import Memo
from factcheck.mentions import number_forms
from factcheck.mentions import numbers as number_mentions
from factcheck.model import Claim, Mention, Quantity
from factcheck.textutil import content_stems

_LEX = lexicon()
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)”\"])[.!?][\"”]?(?=\s+[A-Z\"“]|\s*$)")  # a quotation may close it
# a period that ends no sentence: "Case No. CUP-2026-04", "second by Mr. Okafor"
_ABBREVIATED = frozenset(a.form for a in _LEX.abbreviations) | frozenset(f for f in _LEX.title_forms() if f.endswith("."))


def _sentence_end(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first end of a sentence in text[start:end], past the periods of abbreviations and titles."""
    for stop in _SENTENCE_END.finditer(text, start, end):
        word = text[: stop.end()].rsplit(None, 1)[-1]
        if word not in _ABBREVIATED:
            return stop
    return None


# words that say nothing of what was moved: a part's ("seconded"), a vote's ("carried"), a title's ("Vice Chair")
# (not a possessive's "'s amendment": an amendment is what was moved)
_PART_WORDS = frozenset(s for part in PARTS for side in ("-before", "-after") for w in _LEX.words(part + side) if "'" not in w for s in content_stems(w))
NOT_WHAT = (
    _PART_WORDS
    | frozenset(s for w in _LEX.words("roll-call-word") for s in content_stems(w))
    | frozenset(s for w in _LEX.title_forms() for s in content_stems(w))
    # "a Millbrook Democrat": who the mover is, not what was moved
    | frozenset(s for p in _LEX.parties for w in (p.name, p.member, p.plural, *p.other) for s in content_stems(w))
)
# "Certification" and "to certify": a motion's words are compared by their first letters, as a reader would
PREFIX = 6


def gist(stems: frozenset[str]) -> frozenset[str]:
    """Stems cut to PREFIX letters, a final "y" as the "i" of its other forms ("ratify" and "ratified" are one word)."""
    return frozenset(cut[:-1] + "i" if (cut := s[:PREFIX]).endswith("y") else cut for s in stems)


def named_stems(text: str, people: list[Mention]) -> set[str]:
    """The words that name `text`'s people, with the town, seat or state it gives each: "Vice Chair Daniel Okafor of
    Kenosha" tells who, not what was moved."""
    spans = [(m.start, m.end) for m in people]
    spans += [span for m in people for span in (m.value.home_span, m.value.district_span, m.value.state_span) if span]
    # ... and the capitalised words of a title right before a name ("Commission Secretary Raymond Pike"), and an
    # appositive right after it ("Ruth Ekdahl, a nurse from Millbrook, made the motion")
    spans += [(t.start(), m.start) for m in people if (t := _TITLED.search(text, max(0, m.start - 40), m.start))]
    spans += [a.span() for m in people if (a := _APPOSITIVE.match(text, m.end))]
    return {s for start, end in spans for s in content_stems(text[start:end])}


# (a word in capitals is a heading's, run into the paragraph: "... SOLID WASTE FEE SCHEDULE Commissioner Pruitt moved";
# one that closes a sentence ends the heading and names nothing: "... GRADING CONTRACT. Mr. Ochoa moved")
_TITLED = re.compile(r"(?:(?![A-Z]{2,}[.:]\s)[A-Z](?:[\w’'-]*[a-z.][\w.’'-]*)?\s+){1,3}\Z")
# (what someone is: "a nurse from Millbrook"; not "the lone vote against the data request", their part in it)
_APPOSITIVE = re.compile(r",\s+(?:a|an)\s+[^,;:()“”\"]{1,40},")


def what_moved(text: str, people: list[Mention]) -> frozenset[str]:
    """The words of what `text` moved, past its names and the words of its parts, votes and titles: none in
    "Vice Chair Lindqvist seconded.", which tells a part of whatever motion its paragraph moved."""
    named = named_stems(text, people)
    return gist(frozenset(content_stems(text)) - named - NOT_WHAT)


@dataclass(frozen=True, slots=True)
class RollCall:
    claim: Claim  # a claim of the motion's paragraph, the closest to its mover's sentence: the citation
    what: frozenset[str]  # the stems of what was moved
    mover: str
    seconder: str
    noes: frozenset[str]
    dissent_known: bool  # the noes are named, or the tally has none against
    tallies: tuple[Quantity, ...]  # its vote's tally, as the paragraph writes it ("Motion carried 3-2.")
    ayes: frozenset[str] = frozenset()  # who a roll call's list says voted yes ("Kimbrough, yes; Navarro, yes")
    keys: frozenset[str] = frozenset()  # the precise figures of the motion's words ("a 165-foot tower"): corpus.index.value_keys
    settled: bool = False  # its paragraph says how it went after it ("The amendment carried unanimously by voice vote")
    amends: bool = False  # it amends or replaces another motion ("moved to amend Resolution 2025-31", "offered a substitute motion")
    abstains: frozenset[str] = frozenset()  # who abstained or was recused ("Estes - abstain", "Trustee Estes announced that she would abstain")

    def tallied(self) -> frozenset[float]:
        return frozenset(q.value for q in self.tallies)


# The fewest words of its own a motion says what was moved in without its item's heading.
OWN_WORDS = 3


_CALLS: Memo[tuple[str, int], tuple[RollCall, ...]] = Memo(2048)
_CLAIMS: Memo[str, tuple[tuple[int, ClaimCard], ...]] = Memo(256)


def _claims_of(index: ClaimIndex, source: str) -> tuple[tuple[int, ClaimCard], ...]:
    """A source's claims, each with the line its quote starts on: found once per source, not per paragraph."""

    def make() -> tuple[tuple[int, ClaimCard], ...]:
        return tuple((p.line, card) for card in index.cards.values() for p in card.claim.provenance if p.source == source and p.line is not None)

    return _CLAIMS.get((index.cards,), source, make)


def read(index: ClaimIndex, source: str, first: int, last: int) -> tuple[RollCall, ...]:
    """The motions of one paragraph of a source (lines `first` to `last`), in order."""

    def make() -> tuple[RollCall, ...]:
        text = text_of(index, source, first, last)
        people = _resolved(people_in(text, index), source, index)
        found = parts(text, people)
        pronouns = pronoun_movers(text, people)
        moving = [*found.get("mover", []), *pronouns]
        movers = sorted(((mover, m) for ids, m in moving if (mover := _of_source(ids, source, index))), key=lambda item: item[1].start)
        if not movers:
            return ()
        own = [card for line, card in _claims_of(index, source) if first <= line <= last]
        named = named_stems(text, people)
        # "Ms. Ramaswamy moved to approve Resolution 2026-15" under "RESOLUTION 2026-15 - AMENDMENT TO FARE POLICY": the
        # item's heading says what the resolution is, when its motion's own words hardly do (an amendment's say what
        # it changes)
        item = gist(frozenset(content_stems(item_heading(index, source, first).lower())) - named - NOT_WHAT)
        # ... and so does the item's own line that names the record it moves ("A. Resolution 2025-112, awarding a
        # contract for the restoration of the Lyric Theatre." over "Tolliver moved to adopt Resolution 2025-112.")
        titled = gist(frozenset(content_stems(record_title(index, source, first, text))) - named - NOT_WHAT)
        calls: list[RollCall] = []
        owners: list[int] = []  # the mover each call is of
        for k, (mover, at) in enumerate(movers):
            # a pronoun's motion ("She moved to postpone the award") is its own sentence's, not the paragraph's before it
            start = 0 if k == 0 and all(at is not m for _, m in pronouns) else at.start
            end = movers[k + 1][1].start if k + 1 < len(movers) else len(text)
            main = _main_motion(None).search(text, at.end, end) if owners and owners[-1] == k - 1 and not calls[-1].tallies else None
            if main is not None:
                # "Narayan moved to amend ...; Park seconded. Roll call on the amendment: ... Roll call on the motion as
                # amended: ...": the last roll call is the motion's moved before the amendment
                calls[-1] = _voted(calls[-1], text, people, main.start(), end)
                end = main.start()
            # what was moved: the mover's sentence, and before the first motion the paragraph's words leading to it
            stop = _sentence_end(text, at.end, end)
            said = text[start : stop.end() if stop else end]
            what = gist(frozenset(content_stems(said)) - named - NOT_WHAT)
            what = what | item | titled if len(what) < OWN_WORDS else what
            seconder = next((ids[0] for ids, m in found.get("seconder", []) if at.start <= m.start < end and ids[0] != mover and len(ids) == 1), "")
            noes = frozenset(i for ids, m in found.get("dissenter", []) if at.start <= m.start < end for i in ids)
            tallies = list(_tallies_in(text[at.start : end]))
            ayes, nays, abstains = ballots(text, people, at.start, end)
            abstains |= {i for ids, m in found.get("abstainer", []) if start <= m.start < end for i in ids}
            decided = _decided(None).search(text, stop.end() if stop else at.end, end) is not None
            if not tallies and k == len(movers) - 1 and not decided:
                # its roll call in a paragraph after it: the tally, the votes, and its words ("Roll call on the main motion"),
                # unless its own paragraph says how it went ("The amendment carried unanimously by voice vote")
                later = _voted_later(index, source, last)
                ayes, nays, abstains = later.ayes, later.noes, abstains | later.abstains
                tallies, what = list(later.tallies), what | later.words
            noes = noes | nays
            none_against = any(number_forms.votes_against(q) == 0 for q in tallies) or (decided and _unanimously(None).search(text, at.end, end) is not None)
            cited = next((c.claim for c in own if at.text in c.claim.statement), own[0].claim if own else None)
            if cited is None:
                continue
            keys = frozenset(value_keys(m.value for m in number_mentions.detect(said) if m.value.unit not in ("tally", "")))
            amends = amending_after(text, at.end)
            calls.append(RollCall(cited, what, mover, seconder, noes, bool(noes) or none_against, tuple(tallies), ayes, keys, decided, amends, abstains))
            owners.append(k)
        return tuple(calls)

    return _CALLS.get((index.cards,), (source, first), make)


@per_lexicon
def _amending(lex: Lexicon) -> re.Pattern[str]:
    """Right after the mover: "moved to amend", "offered a substitute motion" (wordset amend-word)."""
    return re.compile(rf"[\s,]+(?:\w+\s+){{0,2}}?(?:to\s+|an\s+)?(?:{alternation(lex.words('amend-word'))})\b", re.I)


def amending_after(text: str, at: int) -> bool:
    """Right after text[:at], a mover's name, the words say the motion amends another ("moved to amend", "moved an
    amendment")."""
    return _amending(None).match(text, at) is not None


@per_lexicon
def _main_motion(lex: Lexicon) -> re.Pattern[str]:
    """ "Roll call on the motion as amended", "Vote on the main motion": the roll call of the motion an amendment changed."""
    return re.compile(rf"\b(?:roll\s+call|vote)\s+on\s+the\s+(?:{alternation(lex.words('main-motion'))})\b", re.I)


def _voted(call: RollCall, text: str, people: list[Mention], start: int, end: int) -> RollCall:
    """The motion with the roll call written at text[start:end]."""
    tallies = _tallies_in(text[start:end])
    ayes, nays, abstains = ballots(text, people, start, end)
    known = bool(call.noes | nays) or any(number_forms.votes_against(q) == 0 for q in tallies)
    return replace(call, tallies=tallies, ayes=ayes, noes=call.noes | nays, dissent_known=known, abstains=call.abstains | abstains)


_POSTS = frozenset({"title", "role", "district"})


def _of_source(ids: tuple[str, ...], source: str, index: ClaimIndex) -> str:
    """The one person a name of the minutes is: of a surname two people share ("Dr. Ferreira moved"), the one the
    minutes themselves give a post or a seat (the board's vice chair, not the hospital's chief of another source)."""
    if len(ids) == 1:
        return ids[0]
    here = [i for i in ids if (e := index.corpus.entities.get(i)) and any(p.source == source for a in e.attributes for p in a.provenance)]
    # ... a post or a seat first: "his nephew, Kyle Szymanski" is the commissioner's kin, no member voting
    posted = [
        i
        for i in here
        if (e := index.corpus.entities.get(i)) and any(a.attribute in _POSTS and any(p.source == source for p in a.provenance) for a in e.attributes)
    ]
    return posted[0] if len(posted) == 1 else here[0] if len(here) == 1 else ""


def _resolved(people: list[Mention], source: str, index: ClaimIndex) -> list[Mention]:
    """Each name of a surname two people share as the one the minutes themselves give a post ("Szymanski, no." of
    Commissioner Walter Szymanski, not another source's Kyle Szymanski), when they give one of them a post."""
    out = []
    for m in people:
        one = _of_source(m.value.ids, source, index) if len(m.value.ids) > 1 else ""
        out.append(dataclasses.replace(m, value=dataclasses.replace(m.value, ids=(one,))) if one else m)
    return out


# How many lines after a motion's paragraph its roll call may come, in a paragraph of its own.
LATER_LINES = 30


class _Later(NamedTuple):
    """A motion's vote read from a paragraph after its own."""

    tallies: tuple[Quantity, ...] = ()
    ayes: frozenset[str] = frozenset()
    noes: frozenset[str] = frozenset()
    abstains: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()  # the words of that paragraph: "Roll call on the main motion"


def _voted_later(index: ClaimIndex, source: str, last: int) -> _Later:
    """The vote of a motion whose paragraph gives none, from a paragraph of its own that names no mover after it ("Roll call on the main motion: Oyelaran, aye; ... The motion carried 3-2."), past a motion moved in
    between (an amendment, a substitute) and the roll call that is its own when its paragraph had none."""
    pending = 0
    paragraphs = list(paragraphs_from(index, source, last + 1, last + LATER_LINES))
    merged = -1  # the paragraph whose tally was read with the lists before it
    for k, (first, end) in enumerate(paragraphs):
        if k == merged:
            continue
        text = text_of(index, source, first, end)
        tallies = _tallies_in(text)
        between = read(index, source, first, end)
        if between:
            # a motion between, voted on in a paragraph of its own after it; not one that died for want of a second, nor
            # one its own paragraph says carried ("The amendment carried unanimously by voice vote")
            pending += not tallies and _dropped(None).search(text) is None and not between[-1].settled
            continue
        people = _resolved(people_in(text, index), source, index)
        ayes, noes, abstains = ballots(text, people)
        if ayes and not tallies and k + 1 < len(paragraphs):
            # a roll call's lists, its tally in the paragraph after ("Yes: Pruitt, Albrecht, Amaral. No: ..." then
            # "Amendment No. 1 FAILED, 3-5.")
            after = text_of(index, source, *paragraphs[k + 1])
            tallies = () if read(index, source, *paragraphs[k + 1]) else _tallies_in(after)
            text, merged = (f"{text} {after}", k + 1) if tallies else (text, merged)
        # ... or with no tally written at all ("AYES: Okafor, Castellano, ... (7) / NAYS: Whitcomb (1)"): a vote too
        if (tallies or ayes) and pending:
            pending -= 1
        elif tallies or ayes:
            named = named_stems(text, people)
            return _Later(tallies, ayes, noes, abstains, gist(frozenset(content_stems(text)) - named - NOT_WHAT))
    return _Later()


@per_lexicon
def _decided(lex: Lexicon) -> re.Pattern[str]:
    """How a motion went, said after it: "carried", "failed", "passed" (wordset vote-verb, past tense)."""
    return re.compile(rf"\b(?:{alternation(w for w in lex.words('vote-verb') if w != 'voted')})\b", re.I)


@per_lexicon
def _unanimously(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(lex.words('unanimous'))})\b", re.I)


@per_lexicon
def _dropped(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(lex.words('motion-dropped'))})\b", re.I)


def tallies_of(index: ClaimIndex, source: str) -> tuple[Quantity, ...]:
    """Every vote tally a source's text writes."""
    return _tallies_in(" ".join(lines_of(index, source)))


def _tallies_in(text: str) -> tuple[Quantity, ...]:
    """The vote tallies a text writes ("The motion carried 3-2.")."""
    return tuple(m.value for m in number_mentions.detect(text) if m.value.unit == "tally")


# Per source: every motion of its paragraphs, read once per run.
_SOURCE_CALLS: Memo[str, tuple[RollCall, ...]] = Memo(256)


def calls_of(index: ClaimIndex, source: str) -> tuple[RollCall, ...]:
    """The motions of every paragraph of a source, in order."""

    def make() -> tuple[RollCall, ...]:
        return tuple(call for first, last in paragraphs_from(index, source, 1, len(lines_of(index, source))) for call in read(index, source, first, last))

    return _SOURCE_CALLS.get((index.cards,), source, make)


def amendments_roll_call(index: ClaimIndex, source: str, line: int, tally: float) -> bool:
    """The roll call with this tally on this line of a source is an amendment's: the motion moved last before it amends
    another and has that tally ("The amendment was adopted, 4-2." between "moved to adopt Resolution 2025-112" and its
    roll call "as amended")."""
    before = [call for call in calls_of(index, source) if call.claim.provenance and (call.claim.provenance[0].line or 0) <= line]
    return bool(before) and before[-1].amends and tally in before[-1].tallied()


def calls_in(index: ClaimIndex, sources: Iterable[str]) -> list[RollCall]:
    """The motions of every paragraph of these sources, source by source in order of their ids."""
    return [call for source in sorted(set(sources)) for call in calls_of(index, source)]
