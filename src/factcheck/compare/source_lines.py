"""A source's text as lines and paragraphs, read once per run: the paragraph a claim's line is in (a source wrapped by
hand writes one over several lines), the paragraphs after it, and the heading of the agenda item over it. Read by
compare/roll_calls.py, whose motions are paragraphs of minutes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import Lexicon, alternation, per_lexicon
from factcheck.memo import Memo

_LINES: Memo[str, tuple[str, ...]] = Memo(256)
_BOUNDS: Memo[tuple[str, int], tuple[int, int]] = Memo(16384)
# A paragraph is read at most this many lines either way from the claim's: a source's hard-wrapped paragraph, not a
# file of thousands of lines with no blank between
REACH = 40


def lines_of(index: ClaimIndex, source: str) -> tuple[str, ...]:
    found = index.corpus.sources.get(source)
    return _LINES.get((index.cards,), source, lambda: tuple(found.text.splitlines()) if found else ())


def paragraph(index: ClaimIndex, source: str, line: int) -> tuple[int, int]:
    """The lines (first, last) of the paragraph that holds `line`: a source wrapped by hand writes one over several."""

    def make() -> tuple[int, int]:
        lines = lines_of(index, source)
        if not 0 < line <= len(lines) or not lines[line - 1].strip():
            return line, line - 1
        first, last = line, line
        while first > max(1, line - REACH) and lines[first - 2].strip():
            first -= 1
        while last < min(len(lines), line + REACH) and lines[last].strip():
            last += 1
        return first, last

    return _BOUNDS.get((index.cards,), (source, line), make)


def item_heading(index: ClaimIndex, source: str, first: int) -> str:
    """The heading in capitals over the paragraph starting at line `first` ("7. ACTION ITEM: RESOLUTION 2026-15 -
    AMENDMENT TO FARE POLICY"), within HEADING_REACH lines above it, or its own first line ("7. ADJOURNMENT" over
    "Commissioner Voss moved to adjourn." with no blank between: the heading above is the item before's); "" when
    there is none."""
    lines = lines_of(index, source)
    for k in range(first - 1, max(-1, first - 2 - HEADING_REACH), -1):
        line = lines[k].strip() if 0 <= k < len(lines) else ""
        if line and not any(c.islower() for c in line) and sum(c.isalpha() for c in line) >= HEADING_LETTERS:
            return line
    return ""


@per_lexicon
def _record(lex: Lexicon) -> re.Pattern[str]:
    """A record by its label and number: "Resolution 2025-112", "Ordinance No. 2026-07" (wordset record-label)."""
    labels = [w for w in lex.words("record-label") if w.isalpha()]
    return re.compile(rf"\b(?:{alternation(labels)})\s+(?:No\.\s*)?\d[\w-]*\d\b", re.I)


def record_title(index: ClaimIndex, source: str, first: int, text: str) -> str:
    """The line above the paragraph at `first`, within HEADING_REACH lines, that names a record the paragraph's `text`
    names: the item's title ("A. Resolution 2025-112, awarding a contract for ..."); "" when there is none."""
    records = {" ".join(m.group(0).lower().split()) for m in _record(None).finditer(text)}
    if not records:
        return ""
    lines = lines_of(index, source)
    for k in range(first - 2, max(-1, first - 2 - HEADING_REACH), -1):
        line = lines[k] if 0 <= k < len(lines) else ""
        if any(" ".join(m.group(0).lower().split()) in records for m in _record(None).finditer(line)):
            return line
    return ""


# How far above a paragraph its item's heading may stand, and the fewest letters a heading has.
HEADING_REACH = 30
HEADING_LETTERS = 6


def text_of(index: ClaimIndex, source: str, first: int, last: int) -> str:
    return " ".join(lines_of(index, source)[first - 1 : last])


def paragraphs_from(index: ClaimIndex, source: str, line: int, last: int) -> Iterator[tuple[int, int]]:
    """(first, last) line of each paragraph of a source that starts from `line` to `last`, in order."""
    lines = lines_of(index, source)
    while line <= min(len(lines), last):
        if not lines[line - 1].strip():
            line += 1
            continue
        first, end = paragraph(index, source, line)
        yield first, end
        line = max(end, line) + 1
