"""Who a sentence says said something, without quotation marks, against who the sources say did.

"The first nurses could be hired by August, Ortiz said." when the sources have "Whitfield said the first
nurses could be hired by August": reported speech is attributed as a quotation is (compare/attribution.py),
once a claim backs the sentence's words and the sources name who said them.
"""

from __future__ import annotations

import re

from factcheck.compare import SUPPORT, SentenceFacts, Verdict
from factcheck.corpus.index import ClaimCard, ClaimIndex
from factcheck.facts import persons
from factcheck.frames import Frame, covered
from factcheck.lexicon import alternation, lexicon
from factcheck.memo import Memo
from factcheck.mentions import names, quotes
from factcheck.model import Mention
from factcheck.textutil import content_stems

# A claim that has this share of the words reported after the speaker's name, in this many words at least, backs them.
CLAUSE_SAID = 0.8
SAID_WORDS = 4
# who the sources' sentence gives words to, per claim id, while one index is in use
_SAID_BY: Memo[str, frozenset[str]] = Memo(16384)


def _people(text: str, index: ClaimIndex) -> list[tuple[tuple[int, int], tuple[str, ...]]]:
    return [((m.start, m.end), m.value.ids) for m in persons(names.detect(text, index.names), index)]


def said_by(card: ClaimCard, index: ClaimIndex) -> frozenset[str]:
    """The people the claim's evidence has saying something in reported speech, with a group's members."""

    def make() -> frozenset[str]:
        found: set[str] = set()
        for prov in card.claim.provenance:
            people = _people(prov.quote, index)
            spoken = set(quotes.reporters(prov.quote, [span for span, _ in people]))
            # "State Rep. Linda Farrow (D-Westbrook) and State Sen. Gerald Huang (R-Harlan) wrote letters": the names
            # listed before the one the verb follows are its subjects too
            ordered = sorted(span for span, _ in people)
            for k in range(len(ordered) - 2, -1, -1):
                if ordered[k + 1] in spoken and _listed(prov.quote, ordered[k][1], ordered[k + 1][0]):
                    spoken.add(ordered[k])
            found.update(i for span, ids in people if span in spoken and len(ids) == 1 for i in ids)
        for group in list(found):
            found |= index.members.get(group, frozenset())
        return frozenset(found)

    return _SAID_BY.get((index,), card.claim.id, make)


_TAG = re.compile(r"\s*\([^()]{1,40}\)")  # a party tag or a town after a name: "(D-Westbrook)"


def _listed(text: str, end: int, start: int) -> bool:
    """The text between two names lists them: a comma or "and", a title maybe, a party tag maybe."""
    tag = _TAG.match(text, end, start)
    return names.LISTED.fullmatch(text, tag.end() if tag else end, start) is not None


def _addressed(name: str, card: ClaimCard) -> bool:
    """The claim's evidence has `name` right after a verb of telling ("told Staff", "asked the board", "asked Chief
    Kerrigan"): the one spoken to, who may well say the same in the draft."""
    told = re.compile(rf"\b(?:{alternation(lexicon().words('addressing-verb'))})\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){{0,3}}{re.escape(name)}\b", re.I)
    return any(told.search(p.quote) for p in card.claim.provenance)


def _joined(text: str, one: Mention, other: Mention, people: list[tuple[Mention, tuple[str, ...]]]) -> bool:
    """`one` is listed with `other`: the names between them, and the gaps, make one list."""
    low, high = sorted((one, other), key=lambda m: m.start)
    run = sorted((m for m, _ in people if low.start <= m.start <= high.start), key=lambda m: m.start)
    return all(names.LISTED.fullmatch(text, a.end, b.start) for a, b in zip(run, run[1:], strict=False))


_CLAUSE_END = re.compile(r"[;:—]")
_BREAK = re.compile(r"[,;:—]|\s(?:and|but|while)\s")


def _clause(text: str, mention: Mention) -> str:
    """The part of the sentence between the semicolons (colons, dashes) around the name."""
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, mention.start)]
    after = _CLAUSE_END.search(text, mention.end)
    return text[starts[-1] if starts else 0 : after.start() if after else len(text)]


def _until_next(text: str, mention: Mention, given: list[tuple[Mention, tuple[str, ...]]]) -> int:
    """Where the words reported after a speaker's name stop: at the break (a comma, a semicolon, "and") before the next
    speaker's name ("When Hal Berg asked about timing, Fenn told the board May 2027": the words after "timing" are
    Fenn's)."""
    after = min((m.start for m, _ in given if m.start >= mention.end), default=None)
    if after is None:
        return len(text)
    cut = [b.start() for b in _BREAK.finditer(text, mention.end, after)]
    return cut[-1] if cut else after


def compare(facts: SentenceFacts, index: ClaimIndex) -> list[Verdict]:
    if facts.quotes:
        return []  # a quotation's speaker is compare/attribution's
    people = [(m, m.value.ids) for m in persons(facts.entities, index)]
    spoken = set(quotes.reporters(facts.text, [(m.start, m.end) for m, _ in people]))
    given = [(m, ids) for m, ids in people if (m.start, m.end) in spoken]
    if not given:
        return []
    backing = [c for c in facts.candidates if c.coverage >= SUPPORT and said_by(c.card, index)]
    verdicts = []
    for mention, ids in given:
        # the words reported, after the speaker's name ("In a joint interview with Forum News Service, Klobuchar
        # said North Dakota was further behind"): a claim that has most of them backs them, whatever comes before
        # ... up to the next speaker's clause ("When Hal Berg asked about timing, Fenn told the board May 2027")
        stop = _until_next(facts.text, mention, given)
        words = Frame(frozenset(content_stems(facts.text[mention.end : stop])) - set(content_stems(mention.text)), frozenset())
        told = [
            c
            for c in facts.candidates
            if len(words.stems) >= SAID_WORDS and covered(words, c.card.stems, index.idf, index.unseen_idf) >= CLAUSE_SAID and said_by(c.card, index)
        ]
        # a claim backing the sentence backs the name's words only when it has its clause's words ("Come to the session
        # on Thursday, June 26, ...; Vice Chair Daniel Reyes asked for it": the minutes' Oduya set the day, Reyes asked)
        clause = _clause(facts.text, mention)
        own = Frame(frozenset(content_stems(clause)) - set(content_stems(mention.text)), frozenset())
        # (not a claim whose words only other speakers of the sentence said: "Trustee Moravec said ..., and Trustee Obi said")
        others = {i for m, their in given if m is not mention for i in their} - set(ids)
        held = [
            c
            for c in backing
            if (clause == facts.text or covered(own, c.card.stems, index.idf, index.unseen_idf) >= CLAUSE_SAID) and not said_by(c.card, index) <= others
        ]
        mine = held + [c for c in told if c not in held]
        together = {i for m, others in people if _joined(facts.text, m, mention, people) for i in others}
        if not mine or any((set(ids) | together) & said_by(c.card, index) for c in mine):
            continue  # the sources give the words to this person, or to one named with them ("Heitkamp and Klobuchar said")
        if _addressed(mention.text, mine[0].card):
            continue  # "Lykins ... told Staff that ...": the sentence's speaker is whom the sources' speaker told
        right = mine[0]
        who = sorted(said_by(right.card, index))
        shown = ", ".join(index.corpus.entities[i].name if i in index.corpus.entities else i for i in who)
        verdicts.append(
            Verdict(
                "attribution",
                True,
                mention.start,
                mention.end,
                mention.text,
                shown,
                f"the sources give these words to {shown}, not {mention.text}",
                (right.card.claim,),
            )
        )
    return verdicts
