"""A claim that states the draft's very date, when another claim the sentence is closer to dates it otherwise: framed
more like the date's own clause, retrieved by the date's clause alone, stated with a precise figure of the sentence,
or retrieved by the day itself. Read by compare/dates.py before it calls a date wrong.
"""

from __future__ import annotations

import re

from factcheck.compare import TOPIC, SentenceFacts
from factcheck.compare.date_frames import fit, framed_dates, spans_agree
from factcheck.corpus.index import ClaimCard, ClaimIndex, date_keys, value_keys
from factcheck.frames import Frame, conflict, covered, decode, overlap
from factcheck.model import DateSpan
from factcheck.retrieve import Candidate
from factcheck.textutil import content_stems

# A claim that has this share of a date's own clause is about that date, whatever else the sentence says (read by
# compare/dates too).
ALIGNED = 0.7


def stated_alike(drafted: DateSpan, mine: Frame, at: int, facts: SentenceFacts, index: ClaimIndex, against: float) -> Candidate | None:
    """A retrieved claim that states the draft's very day (or month, or year, written out), framed more like the
    draft's date's own clause than the claim against it frames its date: "Whitfield, who has run the authority
    since 2014" is the sources' "Whitfield, who has held the post since 2014", not the budget of 2025 in the
    sentence after it."""
    if drafted.precision != "day" and drafted.relative and against > 0 or not mine.stems:
        # a relative month or year ("next month") only where the claim against it frames its date like nothing of the
        # date's own clause: "the first new services start next month" is "Starting July 1", not the dentures' 2027
        return None
    own = facts.framed_at(at)
    for cand in (*facts.candidates, *own):
        for span, written in framed_dates(cand.card):
            if (
                # the very date, or a finer one inside it ("since 2015" for "its last fare change took effect in July 2015")
                (
                    (span.first, span.last, span.precision) == (drafted.first, drafted.last, drafted.precision)
                    or drafted.first <= span.first <= span.last <= drafted.last
                )
                and written
                and overlap(mine, decode(written), index.idf, index.unseen_idf) > against
            ):
                return cand
    return None


def named_only(against: Candidate, drafted: DateSpan, mine: Frame, at: int, facts: SentenceFacts, index: ClaimIndex) -> Candidate | None:
    """When the claim against the date is about it only by a name they share ("Forum News Service interviewed both
    senators together last September" and the article's dateline), a claim the date's own clause retrieved that
    states the very date: the interview "In September 2015, ... in Heitkamp's office"."""
    if against.coverage >= TOPIC or covered(mine, against.card.stems, index.idf, index.unseen_idf) >= ALIGNED:
        return None
    for cand in facts.framed_at(at):
        if any((span.first, span.last, span.precision) == (drafted.first, drafted.last, drafted.precision) for span in cand.card.dates):
            return cand
    return None


def stated_with(drafted: DateSpan, facts: SentenceFacts, besides: frozenset[str] | set[str] = frozenset()) -> Candidate | None:
    """A retrieved claim that states the draft's date together with a precise figure the sentence states too:
    "the 1.1 kilograms it tested in 2023" is "In 2023 that number was 1.1 kilograms", whatever other claim
    the sentence's words are closer to. `besides`: claims whose day framed like the draft's is another day (the
    release dated March 11 that says the board "voted 3-2 on Tuesday, March 10")."""
    figures = {m.value.value for m in facts.numbers if value_keys([m.value])}
    if not figures:
        return None
    pool = [*facts.candidates, *facts.framed_claims()]
    for cand in pool:
        if cand.card.claim.id in besides:
            continue
        if any(spans_agree(s, drafted) and s.precision == drafted.precision for s in cand.card.dates) and figures & {q.value for q in cand.card.numbers}:
            return cand
    return None


def keyed_day(drafted: DateSpan, mine: Frame, facts: SentenceFacts, against: ClaimCard, right: DateSpan, index: ClaimIndex) -> Candidate | None:
    """A claim retrieved by the draft's very day, when the claim against it shares with the date's clause only
    the name of whom the sentence is about: "Keystone Valley Electric customers will pay more starting Jan. 1"
    is the sources' "The new rates will take effect ... January 1, 2027", not the day the commission voted on
    Keystone Valley Electric's rates."""
    if drafted.precision != "day":
        return None
    named = {stem for m in facts.entities for stem in content_stems(m.text)} | _capitalised(facts.text)
    plain = Frame(mine.stems - named, frozenset())
    if not named & mine.stems or fit(plain, against, right, index) > 0:
        return None
    day = date_keys([drafted])
    for cand in facts.candidates:
        if not day & cand.shared:
            continue
        for span, written in framed_dates(cand.card):
            # not a day framed by another place of the same make ("Dawson County: ... Thursday, Oct. 22" for Adams County's)
            if span.first == span.last == drafted.first and not (written and conflict(mine, decode(written), facts.text)):
                return cand
    return None


_CAPITALISED = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


def _capitalised(text: str) -> set[str]:
    """The stems of the sentence's names: runs of capitalised words, a sentence's first word only when the
    word after it is capitalised too ("Keystone Valley Electric customers", not "Customers will pay")."""
    out: set[str] = set()
    for run in _CAPITALISED.finditer(text):
        if run.start() == len(text) - len(text.lstrip()) and " " not in run.group(0):
            continue
        out.update(content_stems(run.group(0)))
    return out
