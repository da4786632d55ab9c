"""The day a meeting's minutes record a vote or a report: minutes write their meeting's date once, in the heading
("MINUTES OF THE REGULAR MEETING / Thursday, April 9, 2026"), and every motion and report below it was made that day
without saying so. A draft's "trustees voted last Thursday to award the contract" or "the finance director told the
board last Wednesday that ..." is held against that day when the claim it is about is a motion or report of those
minutes and dates nothing itself; a date that names the meeting ("at the June 9 meeting") is that day's, whatever the
claim's own dates. Read by compare/dates.py.
"""

from __future__ import annotations

import re

from factcheck.compare import TOPIC, SentenceFacts, tallies
from factcheck.compare.tallies import giving
from factcheck.corpus.index import ClaimCard, ClaimIndex
from factcheck.frames import Frame
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.mentions import dates as date_mentions
from factcheck.model import DateSpan, Source
from factcheck.retrieve import Candidate
from factcheck.textutil import content_stems

# The heading of minutes: their date is among these first characters, before the business.
HEADING_CHARS = 400
_WORD = re.compile(r"[a-z]+")


@per_lexicon
def _voted(lex: Lexicon) -> frozenset[str]:
    return frozenset(s for w in lex.words("vote-verb") for s in content_stems(w))


@per_lexicon
def _said(lex: Lexicon) -> frozenset[str]:
    # "told", "reported", "said": what a member or officer said at the meeting (as written: stems drop "said")
    return frozenset(w.lower() for w in lex.words("report-verb"))


def _says(text: str, lex: Lexicon) -> bool:
    return bool(_said(lex) & set(_WORD.findall(text.lower())))


@per_lexicon
def _motion_words(lex: Lexicon) -> frozenset[str]:
    # a roll call, a motion, who moved or seconded it, a vote taken: "Council Member Whitcomb moved to adopt ..."
    kinds = ("roll-call-word", "motion-noun", "mover-after", "seconder-after", "vote-verb")
    return frozenset(s for kind in kinds for w in lex.words(kind) for s in content_stems(w))


def minutes(source: Source | None) -> bool:
    return source is not None and source.kind_noun == "minutes"


def _one_source(cards: list[ClaimCard], index: ClaimIndex) -> Source | None:
    """The one source all these claims are of, if they are of one."""
    sources = {card.source for card in cards}
    return index.corpus.sources.get(sources.pop()) if len(sources) == 1 else None


def minutes_day(cand: Candidate, index: ClaimIndex) -> DateSpan | None:
    """The day of the meeting whose minutes the claim is of, if it is of minutes."""
    source = _one_source([cand.card], index)
    return heading_day(source) if source is not None and minutes(source) else None


def heading_day(source: Source) -> DateSpan | None:
    """The day in the heading of a source's text: its meeting's day."""
    for found in date_mentions.detect(source.text[:HEADING_CHARS], source.published.date if source.published else None):
        day: DateSpan = found.value
        if day.precision == "day" and not day.relative:
            return day
    return None


def _undated(card: ClaimCard, day: DateSpan | None, index: ClaimIndex) -> bool:
    """The claim dates nothing to the month or day itself but what is yet to come after the meeting (`day`) and the
    documents it names by their days: "to approve an agreement ... beginning July 1, 2025, ... presented in the
    Director of Transportation's report of Feb. 24, 2025" was voted on the meeting's day."""
    published = {s.published.date for s in index.corpus.sources.values() if s.published}
    return not any(
        s.precision in ("day", "month") and not (day is not None and s.first > day.last) and not (s.precision == "day" and s.first in published)
        for s in card.dates
    )


def _a_motion(card: ClaimCard, lex: Lexicon, index: ClaimIndex, day: DateSpan | None = None) -> bool:
    """The claim records a vote (a tally, a motion, a roll call) and dates nothing to the month or day itself."""
    # its own words, not its section's ("ROLL CALL" heads the list of who was present)
    voted = any(q.unit == "tally" for q in card.numbers) or bool(_motion_words(lex) & set(content_stems(card.claim.statement)))
    return voted and _undated(card, day, index)


def _a_report(card: ClaimCard, lex: Lexicon, index: ClaimIndex, day: DateSpan | None = None) -> bool:
    """The claim records what someone said or reported and dates nothing to the month or day itself."""
    return _says(card.claim.statement, lex) and _undated(card, day, index)


def on_its_day(drafted: DateSpan, cand: Candidate, index: ClaimIndex, *, lex: Lexicon | None = None) -> bool:
    """The claim against the date is a motion of minutes dating only what is to come after its meeting, and the date
    holds the meeting's day: "Last month the board asked voters to decide on a $48.6 million bond" is the March 11
    motion that put it before them at the August 5 election."""
    day = minutes_day(cand, index)
    return day is not None and drafted.first <= day.first <= day.last <= drafted.last and _a_motion(cand.card, lex or lexicon(), index, day)


def meeting_day(drafted: DateSpan, mine: Frame, facts: SentenceFacts, index: ClaimIndex, *, lex: Lexicon | None = None) -> tuple[Candidate, DateSpan] | None:
    """The motion of some minutes the date's clause reports a vote on, or the report it says was made ("told directors
    last Wednesday that ..." for the minutes' "Chief Financial Officer Fischer reported that ..."), and the day of
    that meeting."""
    lex = lex or lexicon()
    if facts.as_of and drafted.first > facts.as_of:
        return None  # "the board votes next Tuesday": a vote still ahead is no motion the minutes record
    voted, said = bool(_voted(lex) & mine.stems), _says(facts.text, lex)
    if not voted and not said:
        return None  # "the bonds are scheduled to be sold May 19": no vote or report the date is the day of
    recorded = tallied(facts, index) if voted else None
    if recorded is not None:
        return recorded
    about = [c for c in facts.candidates if c.coverage >= TOPIC]
    if not about:
        return None
    top = max(c.coverage for c in about)
    best = [c for c in about if c.coverage == top]
    source = _one_source([c.card for c in best], index)
    day = heading_day(source) if source is not None and minutes(source) else None
    motions = [c for c in best if voted and _a_motion(c.card, lex, index, day)] or [c for c in best if said and _a_report(c.card, lex, index, day)]
    if day is None or not motions:
        return None  # the claims the sentence is about most are not all one set of minutes, or record no vote or report
    return motions[0], day


def tallied(facts: SentenceFacts, index: ClaimIndex) -> tuple[Candidate, DateSpan] | None:
    """The motion the sentence's very tally ("approves the agreement, 3-1") is of, when every claim giving that tally
    is of one set of minutes and dates nothing itself: "The motion carried 3-1, with one abstention." """
    found = [card for value in tallies.drafted(facts) for card in giving(value, index)]
    # a release that reports the vote ("The announcement comes one week after the council voted 6-1") is no roll call:
    # the minutes' claims giving the tally are the vote's
    recorded = [card for card in found if minutes(index.corpus.sources.get(card.source))]
    found = recorded or found
    source = _one_source(found, index)
    day = heading_day(source) if source is not None and minutes(source) else None
    if not found or day is None or not all(_undated(card, day, index) for card in found):
        return None
    # held as close as the sentence's closest claim: its very tally says it is the vote the sentence reports
    close = max((c.coverage for c in facts.candidates), default=0.0)
    return Candidate(found[0], close, frozenset()), day


def figured(facts: SentenceFacts, figures: set[tuple[float, str]], index: ClaimIndex) -> tuple[Candidate, DateSpan] | None:
    """The motion whose precise figure the sentence states ("approved a $17,386,400 contract"), when the retrieved claims
    of minutes that state it are of one set of minutes and date nothing themselves: the vote was on the meeting's day
    (a report that states the figure too, the staff's recommendation, dates no vote)."""
    found = [c for c in facts.candidates if figures & {(q.value, q.unit) for q in c.card.numbers}]
    recorded = [c for c in found if minutes(index.corpus.sources.get(c.card.source))]
    source = _one_source([c.card for c in recorded], index)
    day = heading_day(source) if source is not None else None
    if not recorded or day is None or not all(_undated(c.card, day, index) for c in recorded):
        return None
    return max(recorded, key=lambda c: c.coverage), day


@per_lexicon
def _naming(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = alternation(lex.words("meeting-noun"))
    # "the June 9 meeting", "its June 9 regular session"; "the meeting of June 9", "at the hearing on June 9"
    return re.compile(rf"\s+(?:[a-z]+\s+)?(?:{nouns})\b"), re.compile(rf"\b(?:{nouns})\s+(?:on|of)\s+\Z")


def names_the_meeting(at: int, end: int, day: DateSpan, facts: SentenceFacts, cand: Candidate, index: ClaimIndex, lex: Lexicon | None = None) -> bool:
    """The date names the meeting whose minutes the claim is of: "announced the three sessions at the June 9 meeting"
    is the minutes' "announced three public information sessions ...: Thursday, July 9, ...", made that day."""
    held = minutes_day(cand, index)
    if held is None or not (day.precision == "day" and day.first == day.last == held.first):
        return False
    after, before = _naming(lex or lexicon())
    return after.match(facts.text, end) is not None or before.search(facts.text, max(0, at - 24), at) is not None
