"""Anchor a verbatim quote in a source text: quote -> (offset, line, prefix, suffix), and back.

The stored context (prefix/suffix) lets a quote be found again after the source file is
edited: an exact quote is found by search, and when it occurs more than once the context
and the old line number decide which occurrence is meant.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

CONTEXT = 40


@dataclass(frozen=True, slots=True)
class Anchor:
    start: int  # character offset of the quote in the text
    end: int
    line: int  # 1-based line of `start`
    column: int  # 1-based column of `start`
    prefix: str
    suffix: str


def line_starts(text: str) -> list[int]:
    # str.find, not a loop over every character: verify calls this once per citation.
    starts = [0]
    at = text.find("\n")
    while at != -1:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def line_col(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based (line, column) of a character offset."""
    index = bisect.bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    # Context never crosses a line break: a paragraph edit elsewhere must not spoil it.
    before = text[max(0, start - CONTEXT) : start]
    after = text[end : end + CONTEXT]
    before = before.rsplit("\n", 1)[-1]
    after = after.split("\n", 1)[0]
    return before, after


def _occurrences(text: str, quote: str) -> list[int]:
    found, at = [], text.find(quote)
    while at != -1:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def _context_score(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    before, after = _context(text, start, end)
    score = 0
    for a, b in zip(reversed(before), reversed(prefix), strict=False):
        if a != b:
            break
        score += 1
    for a, b in zip(after, suffix, strict=False):
        if a != b:
            break
        score += 1
    return score


def find(text: str, quote: str, *, prefix: str = "", suffix: str = "", line: int | None = None) -> Anchor | None:
    """Where `quote` stands in `text`, choosing among repeats by context then by line; None if absent."""
    if not quote:
        return None
    hits = _occurrences(text, quote)
    if not hits:
        return None
    starts = line_starts(text)

    def rank(at: int) -> tuple[int, int]:
        near = -abs(line_col(starts, at)[0] - line) if line else 0
        return (_context_score(text, at, at + len(quote), prefix, suffix), near)

    best = max(hits, key=rank)
    return make(text, best, best + len(quote), starts)


def make(text: str, start: int, end: int, starts: list[int] | None = None) -> Anchor:
    starts = starts if starts is not None else line_starts(text)
    line, column = line_col(starts, start)
    before, after = _context(text, start, end)
    return Anchor(start, end, line, column, before, after)


def anchor(text: str, quote: str) -> dict[str, object]:
    """Provenance location fields for a quote (first occurrence): {line, prefix, suffix}.

    Raises ValueError if the quote is not verbatim in the text.
    """
    found = find(text, quote)
    if found is None:
        raise ValueError(f"quote not found verbatim: {quote[:60]!r}")
    return {"line": found.line, "prefix": found.prefix, "suffix": found.suffix}
