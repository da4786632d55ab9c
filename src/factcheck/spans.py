"""Character spans already taken: (start, end) pairs -> overlap tests in logarithmic time.

Detectors ask "does this match overlap a span already found?" once per match; asked of a
list, that is quadratic in a sentence holding 30,000 dates (hardening issue).
"""

from __future__ import annotations

from bisect import bisect_left


class Spans:
    """Half-open spans; `overlaps` answers as `any(start < e and s < end for s, e in spans)` would."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans or []):
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        # Merged where they overlap, the spans are sorted with ends that never decrease: the last one
        # starting before `end` reaches furthest, so it alone decides.
        at = bisect_left(self._starts, end) - 1
        return at >= 0 and self._ends[at] > start

    def add(self, start: int, end: int) -> None:
        """Take start..end too (merged with the spans it overlaps; spans that only touch stay apart)."""
        at = bisect_left(self._starts, start)
        while at > 0 and self._ends[at - 1] > start:  # overlaps the one before
            at -= 1
            start, end = min(start, self._starts[at]), max(end, self._ends[at])
            del self._starts[at], self._ends[at]
        while at < len(self._starts) and self._starts[at] < end:  # and the ones after
            end = max(end, self._ends[at])
            del self._starts[at], self._ends[at]
        self._starts.insert(at, start)
        self._ends.insert(at, end)
