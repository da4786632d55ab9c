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
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace

from factcheck.draft import Draft
from factcheck.errors import FactcheckError
from factcheck.model import Finding

KINDS = ("date", "number", "quote", "attribution", "entity", "unsupported", "supported")
_COMMENT = re.compile(r"<!--\s*factcheck\s*:\s*(?P<body>.*?)\s*-->", re.S)
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


def parse(draft: Draft) -> list[Suppression]:
    """The suppression comments of a draft; a malformed one raises FactcheckError naming its line."""
    fenced = _fenced_spans(draft.text)
    found: list[Suppression] = []
    region: tuple[int, int, frozenset[str], str] | None = None  # an open `off`: (line, column, kinds, text)
    last_line = draft.line_col(max(len(draft.text) - 1, 0))[0]
    for match in _COMMENT.finditer(draft.text):
        if any(start <= match.start() < end for start, end in fenced):
            continue
        line, column = draft.line_col(match.start())
        words = match.group("body").replace(",", " ").split()
        verb, kinds = (words[0].lower() if words else ""), _kinds(words[1:], draft.path, line)
        if verb == "ignore":
            first, last = _target(draft, match.start(), match.end())
            found.append(Suppression(line, column, first, last, kinds, match.group(0)))
        elif verb == "off":
            if region is None:
                region = (line, column, kinds, match.group(0))
        elif verb == "on":
            if region is not None:
                found.append(Suppression(region[0], region[1], region[0], line, region[2], region[3]))
                region = None
        else:
            raise FactcheckError(f"unknown factcheck comment {match.group(0)!r}", path=draft.path, line=line, hint="write `factcheck: ignore [KIND...]`, `factcheck: off` or `factcheck: on`")
    if region is not None:
        found.append(Suppression(region[0], region[1], region[0], last_line, region[2], region[3]))
    return found


def apply(findings: list[Finding], suppressions: list[Suppression], *, report_unused: bool = False) -> list[Finding]:
    """`findings` less the suppressed ones; with `report_unused`, a `suppression` warning for each comment that silenced no error or warning."""
    used: set[int] = set()
    kept: list[Finding] = []
    for finding in findings:
        hits = [i for i, s in enumerate(suppressions) if s.covers(finding)]
        if not hits:
            kept.append(finding)
        elif finding.severity in _SEVERE:
            used.update(hits)
    if report_unused:
        kept.extend(_unused(s) for i, s in enumerate(suppressions) if i not in used)
    return sorted(kept, key=lambda f: (f.line, f.column))


def _unused(s: Suppression) -> Finding:
    return Finding(
        path="", line=s.line, column=s.column, end_line=s.line, end_column=s.column + len(s.text.splitlines()[0]),
        kind="suppression", severity="warning", message="unused suppression: nothing here needs it (remove the comment)", text=s.text,
        fingerprint=f"suppression:{' '.join(sorted(s.kinds))}",
    )


def with_path(findings: list[Finding], path: str) -> list[Finding]:
    return [f if f.path else replace(f, path=path) for f in findings]


def _kinds(words: list[str], path: str, line: int) -> frozenset[str]:
    for word in words:
        if word.lower() not in KINDS:
            close = difflib.get_close_matches(word.lower(), KINDS, n=1)
            hint = f"did you mean `{close[0]}`?" if close else f"kinds: {', '.join(KINDS)}"
            raise FactcheckError(f"unknown kind {word!r} in a factcheck comment", path=path, line=line, hint=hint)
    return frozenset(w.lower() for w in words)


def _target(draft: Draft, start: int, end: int) -> tuple[int, int]:
    """The lines an `ignore` at [start, end) covers: its own block, else the next block, else the next non-blank line."""
    for b_start, b_end, _kind in draft.blocks:
        if b_start <= start < b_end or b_start >= end:
            return draft.line_col(b_start)[0], draft.line_col(max(b_start, b_end - 1))[0]
    line = draft.line_col(end)[0]
    lines = draft.text.splitlines()
    nxt = next((n for n in range(line + 1, len(lines) + 1) if lines[n - 1].strip()), line)
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
