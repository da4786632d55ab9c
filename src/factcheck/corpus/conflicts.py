"""Conflicts between sources: claims -> `conflict` warnings, one per pair of claims.

Two ways a pair is found:
- curated: claims sharing a `fact:` key whose words or typed values (dates, figures, who)
  disagree, or whose sources give one passage in near-identical but different wording;
  two sources telling the same fact in their own sentences corroborate it, no conflict;
- automatic, for claims nobody linked: two quote claims of the same speaker from different
  sources whose words are nearly but not exactly the same (a misquote in one of them).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from rapidfuzz import fuzz

from factcheck.corpus.textdiff import aligned_words, excerpt, norm, norm_words, word_diff, wording_key
from factcheck.corpus.yamlpos import YamlDoc, YamlPath
from factcheck.model import Claim, Finding, Source, Value

RATIO_CUTOFF = 80  # whole wordings this close are one quotation, differently worded
PARTIAL_CUTOFF = 90  # a shorter wording aligned this well inside a longer one is an excerpt of it
MIN_PARTIAL_WORDS = 3  # below this, partial alignment finds look-alikes everywhere


@dataclass(frozen=True, slots=True)
class Placed:
    claim: Claim
    doc: YamlDoc
    path: YamlPath

    def location(self) -> str:
        return f"{self.doc.shown}:{self.doc.where(self.path)[0]}"

    def sources(self) -> str:
        return "+".join(sorted({p.source for p in self.claim.provenance})) or "no source"


def find_conflicts(placed: list[Placed], sources: dict[str, Source]) -> list[Finding]:
    findings: list[Finding] = []
    linked: set[frozenset[str]] = set()
    groups: dict[str, list[Placed]] = defaultdict(list)
    for item in placed:
        if item.claim.fact:
            groups[item.claim.fact].append(item)
    for key, members in groups.items():
        for a, b in combinations(members, 2):
            linked.add(frozenset((a.claim.id, b.claim.id)))
            versions = _fact_difference(a.claim, b.claim)
            if versions is not None:
                findings.append(_finding(a, b, sources, f"fact '{key}': {_who(a, b)} two versions: {versions}"))
    speakers: dict[str, list[Placed]] = defaultdict(list)
    for item in placed:
        if item.claim.kind == "quote" and item.claim.speaker and item.claim.words:
            speakers[item.claim.speaker].append(item)
    for speaker, quotes in speakers.items():
        for a, b in _cross_source_pairs(quotes):
            if frozenset((a.claim.id, b.claim.id)) in linked:
                continue
            diff = near_duplicate(a.claim.words or "", b.claim.words or "")
            if diff is not None:
                message = f"{a.sources()} and {b.sources()} quote {speaker} in two versions: “{excerpt(a.claim.words or '', 60)}” vs “{excerpt(b.claim.words or '', 60)}” ({diff})"
                findings.append(_finding(a, b, sources, message))
    return findings


def _cross_source_pairs(quotes: list[Placed]) -> list[tuple[Placed, Placed]]:
    """The pairs of `quotes` (in combinations' order) that share no source.

    Quotations are grouped by their set of sources first, so the many quotations one source
    gives of one speaker are never paired with each other one by one.
    """
    groups: dict[frozenset[str], list[int]] = defaultdict(list)
    for at, item in enumerate(quotes):
        groups[frozenset(p.source for p in item.claim.provenance)].append(at)
    pairs: list[tuple[int, int]] = []
    for (left, first), (right, second) in combinations(groups.items(), 2):
        if left & right:
            continue
        pairs.extend((min(i, j), max(i, j)) for i in first for j in second)
    return [(quotes[i], quotes[j]) for i, j in sorted(pairs)]


def _who(a: Placed, b: Placed) -> str:
    return f"{a.sources()} gives" if a.sources() == b.sources() else f"{a.sources()} and {b.sources()} give"


def near_duplicate(first: str, second: str) -> str | None:
    """A word diff when two wordings are one quotation given differently; None when equal or unrelated.

    One wording standing whole inside the other is an excerpt, not a second version.
    """
    a, b = norm_words(first), norm_words(second)
    if wording_key(a) == wording_key(b):
        return None
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if wording_key(short) in wording_key(long_):
        return None
    close = fuzz.ratio(a, b) >= RATIO_CUTOFF
    if not close and (len(short.split()) < MIN_PARTIAL_WORDS or fuzz.partial_ratio(short, long_) < PARTIAL_CUTOFF):
        return None
    # Diff only the stretch both give, so the words one of them leaves out are not shown as edits.
    region = aligned_words(short, long_)
    if wording_key(region) == wording_key(short):
        return None
    return word_diff(a, region) if short is a else word_diff(region, b)


def _fact_difference(a: Claim, b: Claim) -> str | None:
    """The two versions, in words, when two claims of one fact disagree; None when they agree.

    Two sources stating one fact in their own sentences corroborate it; only the same
    passage given in two versions (near-identical wording that differs) is reported.
    """
    if a.words and b.words:
        diff = near_duplicate(a.words, b.words)
        if diff is None and wording_key(a.words) != wording_key(b.words) and not _excerpt_of(a.words, b.words):
            diff = word_diff(a.words, b.words)
        if diff is not None:
            return f"“{excerpt(a.words, 60)}” vs “{excerpt(b.words, 60)}” ({diff})"
    for mine, theirs in _value_pairs(a.values, b.values):
        if _disagree(mine, theirs):
            return f"{_shown(mine)} vs {_shown(theirs)}"
    if _sources(a) == _sources(b):
        return None
    for qa in (p.quote for p in a.provenance):
        for qb in (p.quote for p in b.provenance):
            if wording_key(qa) == wording_key(qb):
                return None  # both sources give this passage word for word
    for qa in (p.quote for p in a.provenance):
        for qb in (p.quote for p in b.provenance):
            if fuzz.ratio(norm(qa), norm(qb)) >= RATIO_CUTOFF:
                return f"'{excerpt(qa, 60)}' vs '{excerpt(qb, 60)}' ({word_diff(qa, qb)})"
    return None


def _excerpt_of(first: str, second: str) -> bool:
    a, b = wording_key(first), wording_key(second)
    return a in b or b in a


def _sources(claim: Claim) -> set[str]:
    return {p.source for p in claim.provenance}


def _value_pairs(mine: tuple[Value, ...], theirs: tuple[Value, ...]) -> list[tuple[Value, Value]]:
    """Values the two claims state for the same slot (type and role), when each states exactly one."""

    def slots(values: tuple[Value, ...]) -> dict[tuple[str, str], list[Value]]:
        found: dict[tuple[str, str], list[Value]] = defaultdict(list)
        for value in values:
            found[(value.type, str(value.get("role") or ""))].append(value)
        return found

    left, right = slots(mine), slots(theirs)
    return [(left[k][0], right[k][0]) for k in left if k in right and len(left[k]) == 1 and len(right[k]) == 1]


def _disagree(a: Value, b: Value) -> bool:
    if a.type == "date":
        return not _dates_overlap(str(a.value), str(a.get("end") or a.value), str(b.value), str(b.get("end") or b.value))
    if a.type == "number":
        if a.get("unit") and b.get("unit") and a.get("unit") != b.get("unit"):
            return False  # different units count different things; not comparable here
        return _number(a.value) != _number(b.value)
    if a.type != "entity":
        # Free text says one thing in many ways, and places nest ("Mexico City", "Mexico"):
        # neither compares without more knowledge than a string.
        return False
    if a.get("entity") and b.get("entity"):
        return bool(a.get("entity") != b.get("entity"))
    return norm(str(a.value)).lower() != norm(str(b.value)).lower()


def _number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _dates_overlap(a_first: str, a_last: str, b_first: str, b_last: str) -> bool:
    # "2014" covers "2014-04-15": compare each start with the other's end, at the shorter precision.
    def starts_before(first: str, last: str) -> bool:
        size = min(len(first), len(last))
        return first[:size] <= last[:size]

    return starts_before(a_first, b_last) and starts_before(b_first, a_last)


def _shown(value: Value) -> str:
    written = value.get("as_written")
    return f"{value.value!r}" + (f" (“{written}”)" if written and str(written) != str(value.value) else "")


def _evidence(item: Placed, sources: dict[str, Source]) -> dict[str, Any]:
    first = item.claim.provenance[0] if item.claim.provenance else None
    if first is None:
        return {"id": item.claim.id, "source": "", "quote": "", "location": item.location()}
    source = sources.get(first.source)
    where = f"{source.path}:{first.line}" if source and first.line else (source.path if source else item.location())
    return {"id": item.claim.id, "source": first.source, "quote": first.quote, "location": where}


def _finding(a: Placed, b: Placed, sources: dict[str, Source], message: str) -> Finding:
    line, column = a.doc.where(a.path)
    related = ({"location": b.location(), "message": f"claim '{b.claim.id}' ({b.sources()})"},)
    return Finding(
        path=a.doc.shown,
        line=line,
        column=column,
        kind="conflict",
        severity="warning",
        message=f"claim '{a.claim.id}' and claim '{b.claim.id}': {message}",
        claims=(_evidence(a, sources), _evidence(b, sources)),
        related=related,
    )
