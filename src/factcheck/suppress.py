"""Suppression comments a writer leaves in a draft: Draft + Findings -> kept Findings (+ unused ones).

    <!-- factcheck: ignore -->               the block it stands in, else the next block
    <!-- factcheck: ignore date quote -->    the same, for these kinds only
    <!-- factcheck: off -->                  everything until `on` (or the end of the file)
    <!-- factcheck: off number -->           one kind (or several) until `on`
    <!-- factcheck: on -->

A "block" is a paragraph, heading, list item or table cell as the draft reader found it, so
a comment on its own line above a list item covers that item, and one inside a paragraph
covers the paragraph. They are read from `Draft.text` because the reader blanks every HTML
comment out of the prose; comments inside fenced code are examples, not directives.
Applied after the pipeline so the detectors and comparers never see them.

A comment with a typo (`factcheck: igonre`, `ignore dte`) silences nothing: it is a
`suppression` warning at its own line with a "did you mean", and the file is checked as if
it were not there. Guessing what it meant could hide an error the writer never saw.
"""

from __future__ import annotations

import bisect
import difflib
import heapq
import re
from dataclasses import dataclass, replace

from factcheck import checks
from factcheck.draft import Draft
from factcheck.model import Finding

KINDS = checks.SUPPRESSIBLE  # what `ignore KIND` may name
VERBS = ("ignore", "off", "on")
# The body is bounded so an unclosed `<!-- factcheck:` repeated down a file costs linear time, not a
# scan to the end of the file from each one; no directive is longer than this.
_COMMENT = re.compile(r"<!--[ \t\r\n]*factcheck[ \t]*:(?P<body>[^>]{0,300}?)-->")
_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})", re.M)
_SEVERE = ("error", "warning")


@dataclass(frozen=True, slots=True)
class Suppression:
    line: int  # where the comment is, 1-based
    column: int
    first: int  # the lines it covers, inclusive
    last: int
    kinds: frozenset[str]  # empty: every kind
    text: str  # the comment as written, for the unused report

    def covers(self, finding: Finding) -> bool:
        return self.first <= finding.line <= self.last and (not self.kinds or finding.kind in self.kinds)


def parse(draft: Draft) -> tuple[list[Suppression], list[Finding]]:
    """The suppression comments of a draft, and a `suppression` warning for each malformed one."""
    fenced = _fenced_spans(draft.text)
    fence_starts = [start for start, _end in fenced]
    targets = _Targets(draft)
    found: list[Suppression] = []
    problems: list[Finding] = []
    region: tuple[int, int, frozenset[str], str] | None = None  # an open `off`: (line, column, kinds, text)
    last_line = draft.line_col(max(len(draft.text) - 1, 0))[0]
    for match in _COMMENT.finditer(draft.text):
        at = bisect.bisect_right(fence_starts, match.start()) - 1
        if at >= 0 and match.start() < fenced[at][1]:
            continue
        line, column = draft.line_col(match.start())
        words = match.group("body").replace(",", " ").split()
        verb = words[0].lower() if words else ""
        problem = _problem(verb, words[1:])
        if problem is not None:
            problems.append(_warning(line, column, match.group(0), problem))
            continue
        kinds = frozenset(w.lower() for w in words[1:])
        if verb == "ignore":
            first, last = targets.lines(match.start(), match.end())
            found.append(Suppression(line, column, first, last, kinds, match.group(0)))
        elif verb == "off":
            if region is None:
                region = (line, column, kinds, match.group(0))
        elif region is not None:  # on
            found.append(Suppression(region[0], region[1], region[0], line, region[2], region[3]))
            region = None
    if region is not None:
        found.append(Suppression(region[0], region[1], region[0], last_line, region[2], region[3]))
    return found, problems


def _problem(verb: str, kinds: list[str]) -> str | None:
    """What is wrong with a comment's words, with a "did you mean"; None when it is well formed."""
    if verb not in VERBS:
        close = difflib.get_close_matches(verb, VERBS, n=1)
        hint = f"did you mean `factcheck: {close[0]}`?" if close else "write `factcheck: ignore [KIND...]`, `factcheck: off` or `factcheck: on`"
        return f"unknown factcheck comment `{verb or '(empty)'}`, so it silences nothing — {hint}"
    for word in kinds:
        if word.lower() not in KINDS:
            close = difflib.get_close_matches(word.lower(), KINDS, n=1)
            hint = f"did you mean `{close[0]}`?" if close else f"kinds: {', '.join(KINDS)}"
            return f"unknown kind `{word}` in a factcheck comment, so it silences nothing — {hint}"
    return None


def _warning(line: int, column: int, text: str, message: str) -> Finding:
    shown = text.splitlines()[0] if text else text
    return Finding(
        path="",
        line=line,
        column=column,
        end_line=line,
        end_column=column + len(shown),
        kind="suppression",
        severity="warning",
        message=message,
        text=shown,
        fingerprint=f"suppression:malformed:{shown}",
    )


def apply(findings: list[Finding], suppressions: list[Suppression], *, report_unused: bool = False) -> list[Finding]:
    """`findings` less the suppressed ones; with `report_unused`, a `suppression` warning for each comment that silenced no error or warning.

    One sweep down the lines: comments with the same lines and kinds act as one, and a line
    lies in at most one block and one `off` region, so few are open at any line however many
    comments a draft has.
    """
    groups: dict[tuple[int, int, frozenset[str]], list[int]] = {}
    for i, s in enumerate(suppressions):
        groups.setdefault((s.first, s.last, s.kinds), []).append(i)
    opening = sorted(groups)
    closing: list[tuple[int, tuple[int, int, frozenset[str]]]] = []
    open_now: set[tuple[int, int, frozenset[str]]] = set()
    used: set[int] = set()
    dropped: set[int] = set()
    next_open = 0
    for at in sorted(range(len(findings)), key=lambda i: findings[i].line):
        finding = findings[at]
        while next_open < len(opening) and opening[next_open][0] <= finding.line:
            key = opening[next_open]
            open_now.add(key)
            heapq.heappush(closing, (key[1], key))
            next_open += 1
        while closing and closing[0][0] < finding.line:
            open_now.discard(heapq.heappop(closing)[1])
        hits = [key for key in open_now if not key[2] or finding.kind in key[2]]
        if hits:
            dropped.add(at)
            if finding.severity in _SEVERE:
                for key in hits:
                    used.update(groups[key])
    kept = [f for i, f in enumerate(findings) if i not in dropped]
    if report_unused:
        kept.extend(_unused(s) for i, s in enumerate(suppressions) if i not in used)
    return sorted(kept, key=lambda f: (f.line, f.column))


def _unused(s: Suppression) -> Finding:
    return Finding(
        path="",
        line=s.line,
        column=s.column,
        end_line=s.line,
        end_column=s.column + len(s.text.splitlines()[0]),
        kind="suppression",
        severity="warning",
        message="unused suppression: nothing here needs it (remove the comment)",
        text=s.text,
        fingerprint=f"suppression:{' '.join(sorted(s.kinds))}",
    )


def with_path(findings: list[Finding], path: str) -> list[Finding]:
    return [f if f.path else replace(f, path=path) for f in findings]


class _Targets:
    """The lines an `ignore` at [start, end) covers: its own block, else the next block, else the next non-blank line.

    Blocks may nest (a paragraph inside a list item); the first in file order that holds the
    comment, or failing that starts after it, is found by bisection rather than a walk.
    """

    def __init__(self, draft: Draft) -> None:
        self.draft = draft
        self.blocks = sorted(draft.blocks)
        self.starts = [b[0] for b in self.blocks]
        self.reach: list[int] = []  # the furthest end of any block up to each index
        for _start, end, _kind in self.blocks:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)
        self._lines: list[str] | None = None

    def lines(self, start: int, end: int) -> tuple[int, int]:
        holding = bisect.bisect_right(self.starts, start)  # blocks starting at or before the comment
        first = bisect.bisect_right(self.reach, start, 0, holding)  # the first of those still open there
        chosen: tuple[int, int, str] | None
        if first < holding:
            chosen = self.blocks[first]
        else:
            after = bisect.bisect_left(self.starts, end)
            chosen = self.blocks[after] if after < len(self.blocks) else None
        if chosen is not None:
            b_start, b_end, _kind = chosen
            return self.draft.line_col(b_start)[0], self.draft.line_col(max(b_start, b_end - 1))[0]
        if self._lines is None:
            self._lines = self.draft.text.splitlines()
        line = self.draft.line_col(end)[0]
        nxt = next((n for n in range(line + 1, len(self._lines) + 1) if self._lines[n - 1].strip()), line)
        return nxt, nxt


def _fenced_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    opened: tuple[int, str] | None = None
    for match in _FENCE.finditer(text):
        marker = match.group(1)
        if opened is None:
            opened = (match.start(), marker)
        elif marker[0] == opened[1][0] and len(marker) >= len(opened[1]):
            spans.append((opened[0], match.end()))
            opened = None
    if opened is not None:
        spans.append((opened[0], len(text)))
    return spans
