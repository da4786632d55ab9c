"""Provenance against the sources: every quote still verbatim in its source -> list[Finding].

A quote that is missing is re-anchored when possible, so the curator sees where the text
went and how it changed: typography only (spaces, quote marks, dashes), the stored
prefix/suffix context, a fuzzy search, another section or another source. A quote that is
still there but whose stored `line` is stale (the source was edited above it) is a warning.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from factcheck.corpus import anchor
from factcheck.corpus.fill import loose_pattern
from factcheck.corpus.textdiff import aligned_words, excerpt, norm, norm_words, widen_to_words, word_diff
from factcheck.corpus.yamlpos import YamlDoc, YamlPath
from factcheck.model import Claim, Finding, Provenance, Source
from factcheck.textutil import fold

FUZZY_CUTOFF = 90  # partial_ratio score above which a region is the same text, edited
CONTEXT_CUTOFF = 50  # ratio a region between the stored prefix and suffix needs to count as the quote
MIN_FUZZY_LENGTH = 20  # shorter quotes match almost anywhere at 90


@dataclass(frozen=True, slots=True)
class QuoteUse:
    """One provenance entry of a claim, an entity or an entity attribute, and where it is written."""

    owner: str  # "claim 'x'", "entity 'y', attribute 'party'"
    owner_id: str
    doc: YamlDoc
    path: YamlPath  # to the provenance entry inside doc
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int  # offsets in the source file's text
    end: int
    how: str  # exact | loose | context | fuzzy | section | other
    source: Source


class _Lines:
    """Line starts per source file, computed once."""

    def __init__(self) -> None:
        self._starts: dict[str, list[int]] = {}

    def line(self, source: Source, offset: int) -> int:
        if source.path not in self._starts:
            self._starts[source.path] = anchor.line_starts(source.text)
        return anchor.line_col(self._starts[source.path], offset)[0]


def check_quotes(uses: list[QuoteUse], sources: dict[str, Source], *, sources_note: str = "") -> list[Finding]:
    lines = _Lines()
    findings: list[Finding] = []
    for use in uses:
        source = sources.get(use.provenance.source)
        if source is None:
            findings.append(_unknown_source(use, sources, sources_note))
            continue
        if use.provenance.quote:
            finding = _check_one(use, source, sources, lines)
            if finding is not None:
                findings.append(finding)
    return findings


def _unknown_source(use: QuoteUse, sources: dict[str, Source], note: str) -> Finding:
    wanted = use.provenance.source
    by_file = [s.id for s in sources.values() if wanted in (s.path, s.path.removeprefix("sources/"))]
    close = by_file[:1] or difflib.get_close_matches(wanted, list(sources), n=1, cutoff=0.75)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    if note:
        hint += f"; note: {note}"
    line, column = use.doc.where((*use.path, "source"))
    return Finding(path=use.doc.shown, line=line, column=column, kind="reference", severity="error", message=f"{use.owner}: unknown source {wanted!r}{hint}")


def _check_one(use: QuoteUse, source: Source, sources: dict[str, Source], lines: _Lines) -> Finding | None:
    prov = use.provenance
    hit = _locate(prov, source, sources)
    if hit is not None and hit.how == "exact":
        now = lines.line(source, hit.start)
        if prov.line is None or prov.line == now:
            return None
        line, column = use.doc.where((*use.path, "line"))
        return Finding(
            path=use.doc.shown,
            line=line,
            column=column,
            kind="provenance",
            severity="warning",
            message=f"{use.owner}: quote moved from line {prov.line} to line {now} of {source.path}; set `line: {now}`",
            claims=(_evidence(use, source, now),),
        )
    line, column = use.doc.where((*use.path, "quote"))
    common: dict[str, Any] = {"path": use.doc.shown, "line": line, "column": column, "kind": "provenance", "severity": "error", "text": prov.quote}
    if hit is None:
        section = f" (section '{source.id}')" if (source.start, source.end) != (0, len(source.text)) else ""
        return Finding(**common, message=f"{use.owner}: quote not found in {source.path}{section}: '{excerpt(prov.quote, 70)}'")
    found = hit.source.text[hit.start : hit.end]
    at = lines.line(hit.source, hit.start)
    where = f"{hit.source.path}:{at}"
    if hit.how == "loose":
        message = f"{use.owner}: quote is not verbatim in {source.path}: it differs in spacing, quote marks or dashes from line {at}: '{excerpt(found, 70)}' — copy the source's characters"
    elif hit.how in ("section", "other"):
        place = f"section '{hit.source.id}' of {where}" if hit.how == "section" else f"source '{hit.source.id}' ({where})"
        message = f"{use.owner}: quote is not in '{source.id}' but in {place} — fix `source:`"
    else:
        message = f"{use.owner}: quote no longer in {source.path}; closest text now at line {at}: '{excerpt(found, 70)}' ({word_diff(prov.quote, found)})"
    return Finding(
        **common,
        message=message,
        expected=found if found != prov.quote else "",
        claims=(_evidence(use, hit.source, at),),
        related=({"location": where, "message": "closest source text"},),
    )


def _evidence(use: QuoteUse, source: Source, line: int) -> dict[str, Any]:
    return {"id": use.owner_id, "source": source.id, "quote": use.provenance.quote, "location": f"{source.path}:{line}"}


def _locate(prov: Provenance, source: Source, sources: dict[str, Source]) -> _Hit | None:
    """Where the quote stands now, trying the precise ways before the approximate ones."""
    body, quote = source.body, prov.quote
    at = body.find(quote)
    if at >= 0 and body.find(quote, at + 1) < 0:
        # The usual case, a single occurrence: no need for anchor.find's context ranking.
        return _Hit(source.start + at, source.start + at + len(quote), "exact", source)
    if at >= 0:
        first_line = source.text.count("\n", 0, source.start) + 1
        hint = prov.line - first_line + 1 if prov.line and prov.line >= first_line else None
        exact = anchor.find(body, quote, prefix=prov.prefix, suffix=prov.suffix, line=hint)
        if exact is not None:
            return _Hit(source.start + exact.start, source.start + exact.end, "exact", source)
    match = loose_pattern(quote).search(body)
    if match:
        return _Hit(source.start + match.start(), source.start + match.end(), "loose", source)
    elsewhere = _elsewhere(quote, source, sources)
    if elsewhere is not None:
        return elsewhere
    region = _by_context(body, prov) or _fuzzy(body, quote)
    if region is not None:
        return _Hit(source.start + region[0], source.start + region[1], "context", source)
    return None


def _elsewhere(quote: str, source: Source, sources: dict[str, Source]) -> _Hit | None:
    """The quote verbatim in another section of the same file, or in another source."""
    for other in sources.values():
        if other.id == source.id:
            continue
        at = other.body.find(quote)
        if at >= 0:
            how = "section" if other.path == source.path else "other"
            return _Hit(other.start + at, other.start + at + len(quote), how, other)
    return None


def _by_context(body: str, prov: Provenance) -> tuple[int, int] | None:
    """The text now between the stored prefix and suffix, if it still resembles the quote."""
    prefix, suffix, quote = prov.prefix, prov.suffix, prov.quote
    if not prefix or not suffix or len(prefix) + len(suffix) < 12:
        return None
    best: tuple[float, int, int] | None = None
    at = body.find(prefix)
    while at >= 0:
        start = at + len(prefix)
        end = body.find(suffix, start, start + 2 * len(quote) + 80)
        if end >= 0:
            score = fuzz.ratio(fold(quote), fold(body[start:end]))
            if score >= CONTEXT_CUTOFF and (best is None or score > best[0]):
                best = (score, start, end)
        at = body.find(prefix, at + 1)
    return (best[1], best[2]) if best else None


def _fuzzy(body: str, quote: str) -> tuple[int, int] | None:
    if len(quote) < MIN_FUZZY_LENGTH:
        return None
    found = fuzz.partial_ratio_alignment(fold(quote), fold(body), score_cutoff=FUZZY_CUTOFF)
    if found is None:
        return None
    return widen_to_words(body, found.dest_start, found.dest_end)


def check_words(claims: list[tuple[Claim, YamlDoc, YamlPath]]) -> list[Finding]:
    """A quote claim's `words` must stand inside one of its provenance quotes (typography aside)."""
    findings = []
    for claim, doc, path in claims:
        if claim.kind != "quote" or not claim.words or not claim.provenance:
            continue
        wanted = norm_words(claim.words)
        quotes = [norm(p.quote) for p in claim.provenance]
        if any(wanted in q for q in quotes):
            continue
        message = f"claim '{claim.id}': `words` are not in its provenance quote(s): '{excerpt(claim.words, 70)}'"
        score, quote = max((fuzz.partial_ratio(wanted, q), q) for q in quotes)
        expected = ""
        if score >= 70:
            expected = aligned_words(wanted, quote)
            message += f"; closest: '{excerpt(expected, 70)}' ({word_diff(wanted, expected)})"
        line, column = doc.where((*path, "words"))
        findings.append(
            Finding(path=doc.shown, line=line, column=column, kind="provenance", severity="error", message=message, text=claim.words, expected=expected)
        )
    return findings
