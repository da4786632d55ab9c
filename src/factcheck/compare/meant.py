"""Which of a claim's figures the draft's figure is: the one its words frame (`framed`), unless another figure of
the sentence is that one ("Gallatin with five" for "eight in Gallatin County and five in Cascade County": `mislaid`),
the two traded places, or the claim's figure of the draft's very value turned its hedge (`hedge_turned`) or its way
(`turned`). Read by compare/numbers.py."""

from __future__ import annotations

import re

from factcheck.compare import SentenceFacts, Verdict
from factcheck.compare.agreement import agrees
from factcheck.corpus.index import ClaimCard, ClaimIndex, value_keys
from factcheck.frames import Frame, decode, overlap, trend_words
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.model import Mention, Quantity
from factcheck.retrieve import Candidate
from factcheck.textutil import content_stems

# A figure whose words fit another figure of the claim this many times better than any agreeing one is
# that other figure misstated ("five in Gallatin County" against "eight in Gallatin County and five in
# Cascade County": "county" is all the agreeing five shares).
MISLAID = 3.0
# ... and for a vote's tally, whose words say which motion it was ("voted 4-1 to raise fares" of a release that
# "approved the route 4-1 and then voted 3-2 to raise the base fare"), twice as well.
MISLAID_TALLY = 2.0


def framed(card: ClaimCard) -> list[tuple[Quantity, Frame]]:
    stored = card.number_frames if len(card.number_frames) == len(card.numbers) else ("",) * len(card.numbers)
    return [(q, decode(f)) for q, f in zip(card.numbers, stored, strict=True)]


_OF_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+)?(?:[A-Za-z][\w.-]*['’]s\s+)?\Z")  # "5,680 of the city's 9,312"


def parts_before(drafted: Quantity, facts: SentenceFacts) -> set[float]:
    """The figures the sentence writes as parts of this one: "982 of 1,146", "23 out of the 67"."""
    at = next((m for m in facts.numbers if m.value is drafted), None)
    if at is None:
        return set()
    return {m.value.value for m in facts.numbers if m.end <= at.start and _OF_WHOLE.match(facts.text, m.end, at.start)}


def replaced(drafted: Quantity, facts: SentenceFacts) -> set[float]:
    """The figures the sentence says this one replaces: "we will run 14 routes instead of 22" has 22 for 14 (read as a
    source's "payable over 15 years instead of 10" is, `_INSTEAD`)."""
    at = next((m for m in facts.numbers if m.value is drafted), None)
    if at is None:
        return set()
    out = set()
    # only the words right after the figure: a sentence of thousands of figures is read in linear time
    for found in _INSTEAD.finditer(facts.text, at.start, min(len(facts.text), at.end + INSTEAD_REACH)):
        new, old = (float(g.replace(",", "")) for g in found.groups())
        if new == drafted.value:
            out.add(old)
    return out


# The most characters from a figure to the end of the figure it says it replaces ("14 routes instead of 22").
INSTEAD_REACH = 60


def wholes(card: ClaimCard) -> set[float]:
    """The claim's figures that are the whole of a part it gives before them: "about 5,680 of the city's 9,312 known lead
    lines" has the whole 9,312."""
    text = card.claim.statement
    found = set()
    for part, whole in zip(card.numbers, card.numbers[1:], strict=False):
        a = text.find(part.shown) if part.shown else -1
        b = text.find(whole.shown, a + len(part.shown)) if a >= 0 and whole.shown else -1
        if b > a >= 0 and _OF_WHOLE.match(text, a + len(part.shown), b):
            found.add(whole.value)
    return found


def elsewhere(drafted: Quantity, framed: list[tuple[Quantity, Frame]], facts: SentenceFacts, index: ClaimIndex) -> dict[float, float]:
    """The figures the sentence states besides `drafted`, each with how well its own words frame the
    claim's figure of that value (a claim's "$62.4 million" is the draft's "$62.4 million", not another's)."""
    others: dict[float, float] = {}
    for m in facts.numbers:
        if m.value is not drafted:
            fits = [overlap(facts.frame(m), f, index.idf, index.unseen_idf) for q, f in framed if q.value == m.value.value]
            others[m.value.value] = max([others.get(m.value.value, 0.0), *fits])
    return others


def mislaid(drafted: Quantity, same: list[tuple[Quantity, float]], card: ClaimCard, facts: SentenceFacts, index: ClaimIndex) -> tuple[Quantity, float] | None:
    """The claim's figure the draft's figure's frame names, when only figures framed otherwise agree,
    and no other figure of the sentence is that one ("Gallatin with five" for "eight in Gallatin County")."""
    agreeing = [score for q, score in same if agrees(q, drafted)]
    if not agreeing:
        return None
    best, score = max(same, key=lambda item: item[1])
    if score <= max(agreeing) or agrees(best, drafted) or _paired(drafted, card, facts):
        return None
    if max(agreeing) <= 0 and any(
        agrees(q, drafted) and q.unit == best.unit and q.unit not in ("", "dollar", "percent") and not _own_words(q) for q, _ in same
    ):
        return None  # "from eleven members to seven": the seven, framed by no words of its own, counts what eleven counts
    if _changed_to(best, drafted, card):
        return None  # "widening the pool from six lanes to eight": the eight counts what six counts, however else it is framed
    figures = framed(card)
    others = elsewhere(drafted, figures, facts, index)
    # "50 dBA at non-participating homes and 45 dBA at participating homes" for the sources' 45 and 50 the other way:
    # the sentence's other figure is the one framed like this one, and this one like it: framed better is enough
    traded = best.value in others and _swapped(drafted, best, figures, facts, index)
    if score <= (MISLAID_TALLY if drafted.unit == "tally" else MISLAID) * max(agreeing) and not traded:
        return None
    if best.value > drafted.value and _partitive(lexicon()).match(drafted.noun):
        return None  # "Seventeen of those speakers": a part of the 23 speakers, not their count
    if drafted.unit != "tally" and value_keys([drafted]) and any(q.value == drafted.value for q, _ in same) and not traded:
        # "about 3,400 residents" under evacuation orders is the claim's very 3,400, however its words fall,
        # unless the sentence swapped it with the other ("$7.3 million for nurses ... $11.2 million for clinics"); a
        # tally is no such figure ("approved the route 6-2 and then voted 5-3 to raise the base fare")
        return None
    return (best, score) if best.value not in others or score > others[best.value] else None


def _changed_to(best: Quantity, drafted: Quantity, card: ClaimCard) -> bool:
    """The claim's very next figure after `best` is the drafted one, of `best`'s unit and with no words of its own, and
    `best`'s words run "to" it: what `best` was changed to ("from six lanes to eight"; not "88 percent said ..., and 79
    percent said")."""
    figures = list(card.numbers)
    at = next((k for k, q in enumerate(figures) if q is best), None)
    if at is None or at + 1 >= len(figures):
        return False
    after = figures[at + 1]
    onto = re.search(rf"\bto\s+{re.escape(after.shown.lower())}\b", best.noun.lower()) is not None
    return onto and after.unit == best.unit != "" and agrees(after, drafted) and not _own_words(after)


def _own_words(q: Quantity) -> bool:
    """The claim's figure has words of its own besides the figure ("five in Cascade County"; not "to seven")."""
    return bool(set(q.noun.lower().split()) - set(q.shown.lower().split()))


def _paired(drafted: Quantity, card: ClaimCard, facts: SentenceFacts) -> bool:
    """The figure after one the claim states too agrees with the claim's figure after that one: "from $612,000 to just
    under $800,000" is the claim's "from $612,000 to $798,400", whatever words frame its other sums."""
    at = next((k for k, m in enumerate(facts.numbers) if m.value is drafted), 0)
    if not at or facts.numbers[at - 1].value.unit != drafted.unit:
        return False
    before = facts.numbers[at - 1].value.value
    theirs = [q for q in card.numbers if q.unit == drafted.unit]
    return any(q.value == before and agrees(after, drafted) for q, after in zip(theirs, theirs[1:], strict=False))


def _swapped(drafted: Quantity, best: Quantity, framed: list[tuple[Quantity, Frame]], facts: SentenceFacts, index: ClaimIndex) -> bool:
    """The sentence's other figure of `best`'s value is framed more like the claim's figure of the drafted value than
    like its own: the two traded places ("$7.3 million for nurses ... $11.2 million for clinics"), not a sentence
    that names its figures loosely ("from $8,460 to $8,840, a $380 jump")."""
    mine = [facts.frame(m) for m in facts.numbers if m.value is not drafted and m.value.value == best.value]
    theirs = [f for q, f in framed if q.value == drafted.value]
    own = [f for q, f in framed if q.value == best.value]
    cross = max((overlap(a, b, index.idf, index.unseen_idf) for a in mine for b in theirs), default=0.0)
    kept = max((overlap(a, b, index.idf, index.unseen_idf) for a in mine for b in own), default=0.0)
    if cross != kept:
        return cross > kept
    # framed alike either way: this figure's own words are the other's ("non-participating"), when the claim frames its
    # figure of this value in words of its own ("50 dBA at any participating residence"; not "from 1,500 feet to 2,000
    # feet", whose second figure has only its unit)
    me = next((facts.frame(m) for m in facts.numbers if m.value is drafted), None)
    if me is None or not cross or not any(len(b.stems) > 2 for b in theirs):
        return False
    return max((overlap(me, b, index.idf, index.unseen_idf) for b in own), default=0.0) > max(
        (overlap(me, b, index.idf, index.unseen_idf) for b in theirs), default=0.0
    )


@per_lexicon
def _partitive(lex: Lexicon) -> re.Pattern[str]:
    """ "of those", "of the", "of them": a figure's noun that names the whole it is a part of."""
    determiners = [p.word for p in lex.pronouns if p.case in ("demonstrative", "possessive", "object")] + list(lex.words("article"))
    return re.compile(rf"of\s+(?:{alternation(determiners)})\b", re.I)


def hedge_turned(drafted: Quantity, same: list[tuple[Quantity, float]]) -> tuple[Quantity, float] | None:
    """The claim's figure of the draft's very value and unit, framed at least as well as any figure that
    agrees, when its hedge disagrees: "a combined street value of nearly $200,000" is the sources' "for a
    combined value of more than $200,000", not their "street value of the fentanyl at about $171,000",
    which "nearly $200,000" would allow."""
    exact = [(q, score) for q, score in same if q.value == drafted.value and q.unit == drafted.unit and score > 0]
    if not exact or any(agrees(q, drafted) for q, _ in exact):
        return None
    best = max(exact, key=lambda item: item[1])
    agreeing = [score for q, score in same if agrees(q, drafted)]
    return best if agreeing and best[1] >= max(agreeing) else None


def turned(drafted: Quantity, mine: Frame, card: ClaimCard) -> str:
    """The way the claim says its agreeing figure went ("down from 93.1 percent"), when the draft says
    the other way ("up from 93.1 percent"); "" when they go the same way or either says none."""
    if not mine.trend:
        return ""
    ways = {f.trend for q, f in framed(card) if agrees(q, drafted) and f.trend}
    return ways.pop() if len(ways) == 1 and mine.trend not in ways else ""


def turned_verdict(facts: SentenceFacts, mention: Mention, mine: Frame, cand: Candidate, way: str) -> Verdict:
    """The draft's words for the way the figure went, underlined, with the source's words for it."""
    ours = trend_words(facts.text, mine.trend, mention.start, mention.end)
    theirs = trend_words(cand.card.evidence, way, 0, len(cand.card.evidence))
    start, end = (ours.start(), ours.end()) if ours is not None else (mention.start, mention.end)
    written = facts.text[start:end]
    said = theirs.group(0) if theirs is not None else way
    return Verdict(
        "number", True, start, end, written, said, f"the sources say the figure went {way} ({said!r}), not {mine.trend} ({written!r})", (cand.card.claim,)
    )


# "to reduce the levy from 1.5 mills to 1.25 mills": a figure the sources change, the old one first
_FIGURE = r"\$?(\d[\d,]*(?:\.\d+)?)"
_FROM_TO = re.compile(rf"\bfrom\s+{_FIGURE}[^\d;.]{{0,24}}?\bto\s+{_FIGURE}", re.I)
# ... or "payable over 15 years instead of 10": the new one first
_INSTEAD = re.compile(rf"{_FIGURE}[^\d;.]{{0,24}}?\b(?:{alternation(lexicon().words('instead-word'))})\s+{_FIGURE}", re.I)


def _changes(quote: str) -> list[tuple[re.Match[str], float, float]]:
    """The figures a source's passage changes: (where, old, new)."""
    out = []
    for pattern, old_first in ((_FROM_TO, True), (_INSTEAD, False)):
        for found in pattern.finditer(quote):
            a, b = (float(g.replace(",", "")) for g in found.groups())
            out.append((found, a, b) if old_first else (found, b, a))
    return out


def amended(
    drafted: Quantity, right: Quantity, cand: Candidate, facts: SentenceFacts, mention: Mention, index: ClaimIndex, about: set[str]
) -> Candidate | None:
    """A claim about the figure's clause or the sentence that changes a figure "from X to Y" and so gives the draft's:
    - of the same source as the claim against it, from the claim's figure to the draft's: the motion "to adopt ... a
      special tax of 1.5 mills" then its amendment "to reduce the levy from 1.5 mills to 1.25 mills" leave the "1.25-mill
      fire protection tax" adopted, not a misstated 1.5;
    - of the draft's unit, by the draft's figure, when the draft's words make it a change: "cuts 11 routes" is the
      change "reducing ... routes from 64 to 53"; "the line's first 60 days" is no change "from 30 days to 90 days".
    `about`: the sources the sentence is about, whose claims naming the unit are read though retrieval missed them."""
    sources = {p.source for p in cand.card.claim.provenance}
    changing = _changing(None).search(facts.text, max(0, mention.start - CHANGE_REACH), mention.start) is not None
    units = set(content_stems(drafted.unit)) if drafted.unit else set()
    counting = [index.cards[i] for u in sorted(units) for i in index.postings.get(u, ())[:UNIT_CLAIMS] if i in index.cards]
    named = [Candidate(card, 0.0, frozenset()) for card in counting if card.source in about]
    for other in (cand, *facts.framed_at(mention.start), *facts.candidates, *named):
        same_source = other is not cand and bool(sources & {p.source for p in other.card.claim.provenance})
        for p in other.card.claim.provenance:
            for found, old, new in _changes(p.quote):
                if same_source and old == right.value and new == drafted.value:
                    return other
                near = p.quote[max(0, found.start() - UNIT_REACH) : found.end()]
                if changing and units and abs(old - new) == drafted.value and units & set(content_stems(near)):
                    return other
    return None


# How far before "from X to Y" the unit its figures count may be written ("routes from 64 to 53"); how many of the
# claims naming the unit are read; how far before the draft's figure the words making it a change may stand.
UNIT_REACH = 40
UNIT_CLAIMS = 200
CHANGE_REACH = 40


@per_lexicon
def _changing(lex: Lexicon) -> re.Pattern[str]:
    """A word that makes the figure after it, within three words, a change: "cuts 11 routes", "adds two more stations",
    "rose by 4" (wordsets change-verb, change, trend-up, trend-down)."""
    words = lex.words("change-verb") | lex.words("change") | lex.words("trend-up") | lex.words("trend-down")
    return re.compile(rf"\b(?:{alternation(words)})\b(?:\s+[\w’'$.,-]+){{0,3}}?\s*\Z", re.I)
