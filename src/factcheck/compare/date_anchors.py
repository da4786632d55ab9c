"""Where a date of the sentence is tied to a claim's other date: read in step with another date of the sentence that
the claim states ("start in March 2027 and wrap up by October 2027"), or by a figure the claim states with one day; and
where it is not: a date said to replace another ("March 1 instead of Jan. 1"), dates in two cells of a table's row, a
date heading a table's column. Read by compare/dates.py.
"""

from __future__ import annotations

import re

from factcheck.compare import TOPIC, SentenceFacts
from factcheck.compare.date_frames import is_season, unstated
from factcheck.lexicon import alternation, lexicon
from factcheck.model import DateSpan, Mention
from factcheck.retrieve import Candidate

_INSTEAD = re.compile(rf"[\s,]*(?:{alternation(lexicon().words('instead-word'))})[\s,]*", re.I)


def replaced(mention: Mention, facts: SentenceFacts) -> bool:
    """The sentence says this date replaced another of its dates, or was replaced: "it takes effect March 1 instead of
    Jan. 1". Neither is then held in step with a claim stating the other."""
    return any(
        _INSTEAD.fullmatch(facts.text, mention.end, other.start) or _INSTEAD.fullmatch(facts.text, other.end, mention.start)
        for other in facts.dates
        if other is not mention
    )


def anchored(mention: Mention, facts: SentenceFacts) -> tuple[Candidate, DateSpan] | None:
    """A claim one of whose days or months another date of the sentence states exactly, read in step: "start in
    March 2027 and wrap up by October 2027" against "begin in March 2027 and to be completed by October 2028"
    holds October 2027 against the claim's date in the same place after the shared one, however few words the
    two share. The right date anchors the claim; the wrong one beside it is then read against it."""
    mine = facts.dates.index(mention)
    for cand in facts.candidates:
        spans = cand.card.dates
        if len(spans) < 2:
            continue
        for k, other in enumerate(facts.dates):
            if k == mine or other.value.precision not in ("day", "month") or not _one_cell(mention, other, facts):
                continue
            if is_season(other.value):
                continue  # "this summer's fair" is any summer's talk: no day or month to read the 1958 beside it in step
            here = [j for j, s in enumerate(spans) if (s.first, s.last, s.precision) == (other.value.first, other.value.last, other.value.precision)]
            if len(here) == 1 and 0 <= here[0] + mine - k < len(spans):
                return cand, spans[here[0] + mine - k]
    return None


def heads_column(mention: Mention, facts: SentenceFacts) -> bool:
    """The date is in a cell of a table's heading row."""
    return any(a <= mention.start < b and facts.text[a:b].strip() == heading for a, b, heading in facts.cells)


def _one_cell(mention: Mention, other: Mention, facts: SentenceFacts) -> bool:
    """Outside a table, or in one cell of its row: "| Through Dec. 31 | Jan. 1, 2026 |" heads two columns, no dates
    read in step."""
    return not facts.cells or any(a <= mention.start < b and a <= other.start < b for a, b, _ in facts.cells)


# A figure this large, or with a unit, is particular enough to tie a sentence to the claim stating it.
TIES = 10


def anchored_by_figure(mention: Mention, facts: SentenceFacts) -> tuple[Candidate, DateSpan] | None:
    """The one claim about the sentence that states one of its figures (with its unit) and one day: "The
    tentative agreement came on Tuesday, Sept. 8, after a 19-hour session" is the sources' "The settlement
    came together in a 19-hour bargaining session that ended early Friday, Sept. 11", however the two word
    the agreement."""
    if mention.value.precision != "day":
        return None
    figures = [(m.value.value, m.value.unit) for m in facts.numbers if m.value.unit and m.value.value >= TIES and not m.value.hedge]
    tied = []
    for cand in facts.candidates:
        if cand.coverage < TOPIC:
            continue
        days = [s for s in cand.card.dates if s.precision == "day"]
        # the tied day is another date's of the sentence when that one holds it: "commissioned the $48,500 study last
        # June; it came out on Thursday, Jan. 15" dates the commissioning by "last June"
        if len(days) == 1 and any((q.value, q.unit) in figures for q in cand.card.numbers) and unstated((days[0],), mention, facts):
            tied.append((cand, days[0]))
    return tied[0] if tied and len({day for _, day in tied}) == 1 else None  # a quotation and its statement tie on one day
