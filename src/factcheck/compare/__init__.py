"""Comparers: what a sentence states vs the claims it could be about -> Verdicts.

Each module has `compare(facts: SentenceFacts, index: ClaimIndex) -> list[Verdict]`.
COMPARERS lists them in the order findings are reported.

The English a comparer reads (title heads, past markers, units, number words, pronouns, ...)
comes from the lexicon (issue 9): each takes an optional keyword `lex`, the shipped lexicon by
default, and builds its patterns and tables once per lexicon with `per_lexicon`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck.frames import Frame, frame_of
from factcheck.model import Claim, Mention
from factcheck.retrieve import Candidate

if TYPE_CHECKING:
    from factcheck.corpus.index import ClaimIndex


@dataclass(frozen=True, slots=True)
class QuoteMatch:
    exact: tuple[Claim, ...]  # quote claims whose words contain the draft's quotation verbatim
    near: tuple[Claim, ...]  # else: the closest versions (same score), for a misquote
    score: float  # 0..100 similarity of the closest version
    expected: str  # the source's words aligned with the draft's quotation
    diff: str  # word-level: "- vital + critical"


@dataclass(frozen=True, slots=True)
class SentenceFacts:
    """One sentence and everything detected in it (offsets local to `text`)."""

    text: str
    dates: tuple[Mention, ...]
    numbers: tuple[Mention, ...]
    quotes: tuple[Mention, ...]
    entities: tuple[Mention, ...]
    speakers: tuple[tuple[str, ...] | None, ...]  # per quote: the entity ids the speaker may be
    candidates: tuple[Candidate, ...]
    quote_matches: tuple[QuoteMatch | None, ...] = ()  # per quote: where the sources have it
    as_of: str | None = None  # the draft's date, for titles and roles that hold for a time

    def sources_about(self, least: float) -> set[str]:
        """The sources of the claims this much about the sentence: the documents it is about."""
        return {c.card.source for c in self.candidates if c.coverage >= least and c.card.claim.provenance}

    def frame(self, mention: Mention) -> Frame:
        """The frame of one of the sentence's dates or figures (computed once, at detection)."""
        values = (*self.dates, *self.numbers)
        for value, frame in zip(values, self.frames, strict=False):
            if value is mention:
                return frame
        days = [(m.start, m.end) for m in self.dates] if mention.kind == "date" else []
        return frame_of(self.text, mention.start, mention.end, [(m.start, m.end) for m in values], days)

    # per date and figure (by its start): the claims its own clause is about, with who the paragraph names, when
    # the sentence's words as a whole point elsewhere ("The visit was planned as a four-day trip, with meetings ...")
    framed: tuple[tuple[int, tuple[Candidate, ...]], ...] = ()
    # per date and figure, in the order of `dates` then `numbers`: what each is about (frames.py)
    frames: tuple[Frame, ...] = ()
    cites: str | None = None  # the source a citation names by its title (compare/cited.py holds its date and author)
    quoted: bool = False  # the sentence is in a block quote: a source's words, maybe, not the writer's
    heading: bool = False  # the sentence is a heading: it names a topic more than it states a fact
    previous: str = ""  # the draft's sentence before this one, in any block: what "It was moved by ..." goes on about
    author: str | None = None  # who wrote the draft, a letter's signer: the registry's id the writer's "I" is
    ballots: tuple[tuple[int, int, str], ...] = ()  # a table row's vote cells: (start, end, the column's heading)
    cells: tuple[tuple[int, int, str], ...] = ()  # a table row's cells: (start, end, the column's heading: its own words in the heading row)
    context: tuple[str, ...] = ()  # who the paragraph named before this sentence: whom "She held the office" means

    def framed_at(self, at: int) -> tuple[Candidate, ...]:
        """The claims retrieved by the own clause of the date or figure that starts at `at`."""
        return next((found for start, found in self.framed if start == at), ())

    def framed_claims(self) -> list[Candidate]:
        """The claims retrieved by the own clause of any of the sentence's dates and figures."""
        return [c for _, found in self.framed for c in found]


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: str  # date | number | quote | attribution | entity | supported
    contradicts: bool
    start: int  # the part of the sentence at issue (local offsets)
    end: int
    found: str
    expected: str
    message: str
    claims: tuple[Claim, ...]
    note: str = ""  # e.g. "the sources differ on this; the draft matches one version"
    extra: dict[str, str] = field(default_factory=dict)


# Coverage a claim needs before its values are held against a sentence.
TOPIC = 0.42
# Coverage for a claim to be cited as backing a sentence.
SUPPORT = 0.5


def comparers() -> tuple[Callable[[SentenceFacts, ClaimIndex], list[Verdict]], ...]:
    from factcheck.compare import (
        actor,
        appointed,
        attribution,
        ballots,
        cited,
        credits,
        dates,
        entities,
        lone_weekdays,
        motions,
        numbers,
        quotes,
        relations,
        reported,
        reversed,
        roles,
        slots,
        swaps,
        tenure,
        weekdays,
    )

    return (
        cited.compare,
        credits.compare,  # who took the photograph, who wrote the story
        quotes.compare,
        attribution.compare,
        reported.compare,
        dates.compare,
        tenure.compare,  # the years a person held a post
        weekdays.compare,
        lone_weekdays.compare,  # a weekday alone at a time of day the sources give another weekday
        numbers.compare,
        entities.compare,
        relations.compare,
        appointed.compare,  # who appointed a board member
        roles.compare,
        swaps.compare,
        slots.compare,
        motions.compare,  # who moved and who seconded, before the looser who-did-it check
        ballots.compare,  # a table's vote cells, against the roll calls
        actor.compare,  # after the name checks: a name put for another in the same words is theirs
        reversed.compare,  # last: a hedge turned ('less than' for 'more than') is the number comparer's
    )
