"""Quotation alignment, word by word: a drafted quotation against a source passage (compare/quotes.py
decides what an alignment means and reports it).

Units are the draft's words, ellipses and [bracketed] insertions; a passage is a quote claim's words
or the quoted words of a provenance passage. An alignment is the cheapest edit script between them,
where an ellipsis stands for any number of left-out words and a bracket for a few replaced ones.
Bounds: the table is (draft units) x (passage words) cells; past MAX_CELLS only the exact words are
checked (linear). The underscored names are this package's own: compare/quotes.py uses them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from factcheck.corpus.index import ClaimIndex
from factcheck.textutil import fold

MIN_WORDS = 3  # "Safe Harbor" in quotes is a name, not a quotation
SHORT = 5  # words in a quotation short enough that one word off needs its speaker named ("a foreign problem")
NEAR = 0.75  # similarity from which a quotation is a misquote on its words alone
NEAR_CHARACTERS = 84.0  # or, by characters (rapidfuzz's partial ratio, 0..100)
SPOKEN = 0.6  # ... and when the sentence names the speaker of the passage
RUN = 3  # words in a row that must agree, so that two sentences sharing "to the" are not one quotation
BRACKET_SPAN = 6  # source words one [bracketed] insertion may stand for
SHORTLIST = 3  # passages aligned per quotation: those sharing the most words with it
MAX_CELLS = 120_000  # the largest alignment table; past it, exact words only
# Costs, in quarters of a word: a changed, added or dropped word costs one; a run of dropped source words
# costs one and a quarter per word after the first ("disinfected, [and we have no evidence of any ongoing
# exposure,] but because"), so a passage cut without an ellipsis aligns as the cut it is, not as other words.
_STEP = 4
_DROP_ON = 1

_ELLIPSIS = re.compile(r"\.{3,}|\. \. \.|…")
_PIECE = re.compile(r"\[[^\[\]]*\]|…|[^\s\[\]…]+")
_SOURCE_PIECE = re.compile(r"\[[^\[\]]*\]|[^\s\[\]]+")
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")
_DASHES = re.compile(r"[-‐‑‒–—―]+")
_EDGE = " ,.;:!?\"'“”‘’()[]…*_"


def _norm(piece: str) -> list[str]:
    """The words of one piece of text, as compared: folded, lower case, no edge punctuation, hyphens split."""
    text = unicodedata.normalize("NFKC", fold(piece)).lower()
    return [w for part in _DASHES.sub(" ", text).split() if (w := part.strip(_EDGE))]


@dataclass(frozen=True, slots=True)
class _Unit:
    """One step of a drafted quotation: a word, a gap ("...") or an insertion ("[the bill]")."""

    kind: str  # word | gap | insert
    words: tuple[str, ...]
    start: int  # offsets in the quotation's words
    end: int


@lru_cache(maxsize=4096)
def _units(text: str) -> tuple[_Unit, ...]:
    spaced = _ELLIPSIS.sub(lambda m: "…".center(len(m.group(0))), text)
    pieces = list(_PIECE.finditer(spaced))
    out: list[_Unit] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        start, end, raw = piece.start(), piece.end(), piece.group(0)
        if raw == "…":
            out.append(_Unit("gap", (), start, end))
            i += 1
            continue
        bracketed = raw.startswith("[")
        # "[T]he", "[Klobuchar]’s": a bracket that touches a word is one insertion with it
        while i + 1 < len(pieces) and pieces[i + 1].start() == end and pieces[i + 1].group(0) != "…":
            i += 1
            bracketed = bracketed or pieces[i].group(0).startswith("[")
            end = pieces[i].end()
        i += 1
        words = _norm(text[start:end].replace("[", "").replace("]", ""))
        if bracketed:
            out.append(_Unit("insert", tuple(words), start, end))
        else:
            out.extend(_Unit("word", (w,), start, end) for w in words)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Passage:
    """Source words a quotation may be held against, with where each is written."""

    claim_id: str
    text: str
    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # per word: its piece of `text`
    groups: tuple[int, ...]  # per word: the [bracketed] insertion of the source it is in, or -1
    joined: str  # " w1 w2 ... " for finding runs of words
    provenance: bool  # a provenance passage (else the claim's own words)

    @property
    def vocabulary(self) -> frozenset[str]:
        return _vocabulary(self.words)


@lru_cache(maxsize=4096)
def _vocabulary(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(words)


@lru_cache(maxsize=4096)
def _passage(claim_id: str, text: str, *, quoted_only: bool) -> _Passage:
    """The words of `text`; with `quoted_only`, only those inside its quotation marks (a provenance
    passage's "Heitkamp said." between two quoted sentences is no word of hers)."""
    ranges = [(m.start() + 1, m.end() - 1) for m in _QUOTED.finditer(text)] if quoted_only else []
    if not ranges:
        ranges = [(0, len(text))]
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    groups: list[int] = []
    for low, high in ranges:
        for piece in _SOURCE_PIECE.finditer(text, low, high):
            raw = piece.group(0)
            group = piece.start() if raw.startswith("[") else -1
            for word in _norm(raw.replace("[", "").replace("]", "")):
                words.append(word)
                spans.append(piece.span())
                groups.append(group)
    return _Passage(claim_id, text, tuple(words), tuple(spans), tuple(groups), " " + " ".join(words) + " ", quoted_only)


def _passages(index: ClaimIndex) -> list[_Passage]:
    """Every quote claim's words, and the quoted words of its provenance passages (another version); and
    a speaker's quotations that follow each other in one source paragraph, as one passage: a draft may join
    them with an ellipsis ("... from it. ... I am asking Washington to do the same")."""
    out = []
    previous: tuple[str, str, int, str] | None = None  # (source, speaker, line, quote) of the last quotation
    for cid in index.quote_ids:
        claim = index.cards[cid].claim
        out.append(_passage(cid, claim.words or "", quoted_only=False))
        for prov in claim.provenance:
            if prov.quote.strip():
                out.append(_passage(cid, prov.quote, quoted_only=True))
        if len(claim.provenance) == 1 and claim.speaker and claim.provenance[0].line is not None:
            prov, line = claim.provenance[0], claim.provenance[0].line
            if previous is not None and previous[:2] == (prov.source, claim.speaker) and 0 <= line - previous[2] <= 1 and previous[3] != prov.quote:
                out.append(_passage(cid, f"{previous[3]} {prov.quote}", quoted_only=True))
            previous = (prov.source, claim.speaker, line, prov.quote)
    return out


@dataclass(frozen=True, slots=True)
class _Op:
    tag: str  # equal | replace | insert | delete | skip (a gap or a bracket standing for source words)
    d0: int  # units of the draft
    d1: int
    s0: int  # words of the passage
    s1: int


@dataclass(frozen=True, slots=True)
class _Alignment:
    passage: _Passage
    cost: float  # in words (a run of dropped words costs less than one a word: see _DROP_ON)
    agree: int  # draft words equal to the source's
    run: int  # the most agreeing words in a row
    ops: tuple[_Op, ...]

    @property
    def similarity(self) -> float:
        return self.agree / (self.agree + self.cost) if self.agree + self.cost else 0.0


def _bracket_cost(unit: _Unit, passage: _Passage, low: int, high: int) -> int:
    """A writer's [insertion] stands for source words at no cost; but one laid over the source's own
    [insertion], sharing words with it and changing others ("[New Attempted HIDTA]"), is a change."""
    groups = {g for g in passage.groups[low:high] if g >= 0}
    if not groups:
        return 0
    theirs = tuple(w for w, g in zip(passage.words, passage.groups, strict=True) if g in groups)
    return _STEP if unit.words != theirs and set(unit.words) & set(theirs) else 0


def _drops(cur: list[int], m: int) -> tuple[list[int], list[int]]:
    """Source words dropped after a unit, in runs: (best cost ending at j with a drop, 1 when that drop
    goes on a run) per j; `cur` is lowered in place where dropping is cheaper."""
    inf = 1 << 30
    dropped = [inf] * (m + 1)
    extends = [0] * (m + 1)
    for j in range(1, m + 1):
        opened, extended = cur[j - 1] + _STEP, dropped[j - 1] + _DROP_ON
        dropped[j], extends[j] = (extended, 1) if extended < opened else (opened, 0)
        if dropped[j] < cur[j]:
            cur[j] = dropped[j]
    return dropped, extends


def _align(units: tuple[_Unit, ...], passage: _Passage) -> _Alignment | None:
    """The cheapest alignment of all of `units` with a stretch of `passage` (semi-global edit distance)."""
    src = passage.words
    m = len(src)
    if not m or len(units) * (m + 1) > MAX_CELLS:
        return None
    inf = 1 << 30
    prev = [0] * (m + 1)  # the stretch may start anywhere
    back: list[list[tuple[str, int]]] = []
    runs: list[list[int]] = []  # per unit, per j: 1 when the drop ending at j goes on a run of drops
    for unit in units:
        cur = [inf] * (m + 1)
        how: list[tuple[str, int]] = [("insert", 0)] * (m + 1)
        if unit.kind == "gap":
            best, at = inf, 0
            for j in range(m + 1):
                if prev[j] < best:
                    best, at = prev[j], j
                cur[j], how[j] = best, ("skip", at)
        elif unit.kind == "insert":
            for j in range(m + 1):
                for k in range(min(BRACKET_SPAN, j) + 1):
                    cost = prev[j - k] + _bracket_cost(unit, passage, j - k, j)
                    if cost < cur[j]:
                        cur[j], how[j] = cost, ("skip", j - k)
        else:
            word = unit.words[0]
            cur[0] = prev[0] + _STEP
            for j in range(1, m + 1):
                same = src[j - 1] == word
                best = prev[j - 1] + (0 if same else _STEP)
                step = ("equal" if same else "replace", j - 1)
                if prev[j] + _STEP < best:
                    best, step = prev[j] + _STEP, ("insert", j)
                cur[j], how[j] = best, step
        kept = list(cur)
        dropped, extends = _drops(cur, m)
        for j in range(1, m + 1):
            if cur[j] < kept[j]:
                how[j] = ("delete", j - 1)
        back.append(how)
        runs.append(extends)
        prev = cur
    end = min(range(m + 1), key=lambda j: (prev[j], -j))
    return _traced(units, passage, back, runs, end, prev[end])


def _traced(units: tuple[_Unit, ...], passage: _Passage, back: list[list[tuple[str, int]]], runs: list[list[int]], end: int, cost: int) -> _Alignment:
    ops: list[_Op] = []
    i, j = len(units), end
    dropping = False  # inside a run of dropped words: the step before is a drop too
    while i > 0:
        if dropping or back[i - 1][j][0] == "delete":
            # source word j-1 dropped; the run goes on when this drop extended one
            ops.append(_Op("delete", i, i, j - 1, j))
            dropping = bool(runs[i - 1][j])
            j -= 1
            continue
        tag, at = back[i - 1][j]
        if tag == "insert":
            ops.append(_Op("insert", i - 1, i, j, j))
            i -= 1
        else:
            if tag == "skip" and units[i - 1].kind == "insert" and _bracket_cost(units[i - 1], passage, at, j):
                tag = "replace"
            ops.append(_Op(tag, i - 1, i, at, j))
            i, j = i - 1, at
    ops.reverse()
    agree = run = best_run = 0
    for op in ops:
        if op.tag == "equal":
            agree += 1
            run += 1
            best_run = max(best_run, run)
        elif op.tag != "skip":
            run = 0
    return _Alignment(passage, cost / _STEP, agree, best_run, tuple(ops))


def _runs(units: tuple[_Unit, ...]) -> list[str]:
    """The draft's words between its gaps and insertions, as " w1 w2 " strings."""
    out: list[list[str]] = [[]]
    for unit in units:
        if unit.kind == "word":
            out[-1].append(unit.words[0])
        elif out[-1]:
            out.append([])
    return [" " + " ".join(run) + " " for run in out if run]


def _in_order(runs: list[str], joined: str) -> bool:
    at = 0
    for run in runs:
        found = joined.find(run, at)
        if found < 0:
            return False
        at = found + len(run) - 1
    return True


def _exact(units: tuple[_Unit, ...], passage: _Passage) -> bool:
    if not _in_order(_runs(units), passage.joined):
        return False
    if not any(u.kind == "insert" for u in units):
        return True
    aligned = _align(units, passage)  # an [insertion] stands for a few words, not for any number
    return aligned is None or aligned.cost == 0


def _shortlist(units: tuple[_Unit, ...], passages: list[_Passage]) -> list[_Passage]:
    """The passages worth aligning: at most SHORTLIST, sharing the most words with the quotation, and
    only those that could reach SPOKEN (or one word off): a draft word the passage lacks costs one."""
    mine = [u.words[0] for u in units if u.kind == "word"]
    distinct = set(mine)
    scored = []
    for n, passage in enumerate(passages):
        shared = distinct & passage.vocabulary
        if len(shared) < 2:
            continue
        agree = sum(1 for w in mine if w in shared)  # the most words that can agree
        if agree >= SPOKEN * len(mine) or agree >= len(mine) - 1:
            scored.append((len(shared), n, passage))
    scored.sort(key=lambda s: (-s[0], s[1]))
    return [p for _, _, p in scored[:SHORTLIST]]


def _closest(units: tuple[_Unit, ...], passages: list[_Passage]) -> _Alignment | None:
    best: _Alignment | None = None
    for passage in _shortlist(units, passages):
        aligned = _align(units, passage)
        if aligned is not None and aligned.agree and (best is None or (-aligned.similarity, aligned.cost) < (-best.similarity, best.cost)):
            best = aligned
    return best


def _near(aligned: _Alignment, floor: float) -> bool:
    """Close enough to be this passage changed, not another sentence that shares some words with it."""
    if aligned.cost == 0 or aligned.agree < MIN_WORDS:
        return False
    # Short quotations, where one word off is a quarter of them, are left to the speaker (_by_speaker).
    return aligned.run >= RUN and aligned.similarity >= floor and aligned.agree >= SHORT


def _word_count(units: tuple[_Unit, ...]) -> int:
    return sum(1 for u in units if u.kind == "word")
