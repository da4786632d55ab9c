"""What a verify run keeps: settings + git + baseline applied around the pipeline -> Findings.

The pipeline finds everything a draft states wrongly; this module decides what a writer is
shown, in this order: which files are drafts at all (include/exclude globs), the as-of date
of a draft without `date:`, the severity of each kind (or off), the draft's suppression
comments, the lines `--since REF` touched, and the baseline of accepted findings.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from factcheck import baseline, gitdiff, suppress
from factcheck.draft import Draft
from factcheck.model import Finding
from factcheck.settings import Settings


@dataclass(frozen=True, slots=True)
class Refiner:
    settings: Settings
    since: str | None = None
    recorded: Counter[str] | None = None  # the baseline's fingerprints; None: no baseline in use
    report_unused: bool = False
    forced_as_of: str | None = None  # --as-of: wins over front matter and policy
    project: Path | None = None  # the folder holding claims/ and sources/: never drafts, wherever it is

    def wanted(self, path: Path) -> bool:
        """Is `path` a draft by the include/exclude globs? Paths outside the configured folder are judged by their name as given."""
        if self.project is not None and any(_inside(path, self.project / name) for name in ("claims", "sources")):
            return False
        rel = _relative(path, self.settings.base)
        if any(matches(rel, pattern) for pattern in self.settings.exclude):
            return False
        return any(matches(rel, pattern) for pattern in self.settings.include)

    def as_of(self, draft: Draft, path: Path) -> str | None:
        if self.forced_as_of:
            return self.forced_as_of
        if draft.as_of:
            return draft.as_of
        policy = self.settings.as_of
        if policy == "front-matter":
            return None
        if policy == "today":
            return dt.date.today().isoformat()
        if policy == "mtime":
            return dt.date.fromtimestamp(path.stat().st_mtime).isoformat()
        return policy  # a fixed date

    def refine(self, draft: Draft, path: Path, findings: list[Finding]) -> list[Finding]:
        kept = _severities(findings, self.settings.severity)
        suppressions, malformed = suppress.parse(draft)
        kept = suppress.apply(kept, suppressions, report_unused=self.report_unused)
        kept = suppress.with_path(sorted(kept + malformed, key=lambda f: (f.line, f.column)), draft.path)
        kept = _severities(kept, {"suppression": self.settings.severity.get("suppression", "warning")}) if self.report_unused else kept
        if self.since is not None:
            lines = gitdiff.touched_lines(path, self.since)
            if lines is not gitdiff.ALL:
                kept = [f for f in kept if any(n in lines for n in range(f.line, (f.end_line or f.line) + 1))]
        if self.recorded is not None:
            kept = baseline.new_only(kept, self.recorded)
        return kept


def prepare(
    settings: Settings, project: Path, *, since: str | None, baseline_file: Path | None, use_baseline: bool, report_unused: bool, as_of: str | None
) -> Refiner:
    """A Refiner for one run: checks --since's ref and reads the baseline (the configured one when it exists, or the one named)."""
    if since is not None:
        gitdiff.check_ref(since, Path.cwd())
    recorded = None
    if use_baseline:
        chosen = baseline_file or settings.baseline
        if baseline_file is not None or chosen.is_file():
            recorded = baseline.read(chosen)
    return Refiner(settings, since=since, recorded=recorded, report_unused=report_unused, forced_as_of=as_of, project=project)


def _severities(findings: list[Finding], levels: dict[str, str]) -> list[Finding]:
    out: list[Finding] = []
    for finding in findings:
        level = levels.get(finding.kind, finding.severity)
        if level == "off":
            continue
        out.append(finding if level == finding.severity else replace(finding, severity=level))
    return out


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def _relative(path: Path, base: Path) -> str:
    """`path` relative to `base` when inside it, else absolute (a relative `../x` would look like a hidden folder)."""
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def matches(path: str, pattern: str) -> bool:
    """Glob match on a /-separated path: `*` and `?` stay within a folder, `**/` spans folders (or none).

    Run as a set of positions in the pattern, one character at a time (time is path x pattern
    at most): a regex would backtrack exponentially on a hostile config's `*a*a*a*a*b`.
    """
    tokens = _tokens(pattern)
    states = _closure(tokens, {(0, False)})
    for char in path:
        moved: set[tuple[int, bool]] = set()
        for at, _inside in states:
            if at == len(tokens):
                continue
            token = tokens[at]
            if token == "**/":
                moved.add((at, True))
                if char == "/":
                    moved.add((at + 1, False))
            elif token == "**":
                moved.add((at, False))
            elif token == "*":
                if char != "/":
                    moved.add((at, False))
            elif token == "?" and char != "/" or token == char:
                moved.add((at + 1, False))
        states = _closure(tokens, moved)
        if not states:
            return False
    return (len(tokens), False) in states


def _closure(tokens: tuple[str, ...], states: set[tuple[int, bool]]) -> set[tuple[int, bool]]:
    """`states` plus the positions reachable without reading a character (a wildcard matching nothing)."""
    todo = list(states)
    while todo:
        at, inside = todo.pop()
        if at < len(tokens) and not inside and tokens[at] in ("*", "**", "**/") and (at + 1, False) not in states:
            states.add((at + 1, False))
            todo.append((at + 1, False))
    return states


@lru_cache(maxsize=256)
def _tokens(pattern: str) -> tuple[str, ...]:
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("**/")
            i += 3
        elif pattern.startswith("**", i):
            out.append("**")
            i += 2
        else:
            if pattern[i] != "*" or not out or out[-1] != "*":  # `**` inside a name is one `*`; runs collapse
                out.append(pattern[i])
            i += 1
    return tuple(out)
