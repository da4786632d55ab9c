"""Compare two wordings for `factcheck check`: normalised text, short excerpts, word-level diffs."""

from __future__ import annotations

import difflib
import re
import unicodedata

from factcheck.textutil import fold


def norm(text: str) -> str:
    """Folded, NFKC, whitespace collapsed: two wordings that differ only in typography compare equal."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", fold(text))).strip()


def norm_words(text: str) -> str:
    """A quotation's words for comparing: normalised, without the punctuation that closes or opens it.

    A writer turns the source's “..., ” said X into “....” — that comma is not a misquote.
    """
    return norm(text).strip(" \"',.;:")


def wording_key(text: str) -> str:
    """Only the words, lower case: wordings that differ in case or punctuation alone are one wording."""
    return " ".join(re.findall(r"\w+(?:['-]\w+)*", norm(text).lower()))


def _token_key(token: str) -> str:
    return wording_key(token)


def excerpt(text: str, limit: int = 90) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def word_diff(old: str, new: str, *, limit: int = 3) -> str:
    """The edits that turn `old` into `new`, word by word: "- sex trafficking head-on + trafficking"."""
    a, b = norm(old).split(), norm(new).split()
    # Compare words without their punctuation ("legislation," is "legislation"), show them with it.
    keys_a, keys_b = [_token_key(t) for t in a], [_token_key(t) for t in b]
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=keys_a, b=keys_b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        removed, added = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        parts.append(" ".join(p for p in (f"- {removed}" if removed else "", f"+ {added}" if added else "") if p))
    if len(parts) > limit:
        parts = [*parts[:limit], f"… {len(parts) - limit} more change(s)"]
    return "; ".join(parts)


def widen_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Stretch [start, end) outwards so it neither begins nor ends inside a word."""
    while 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


def aligned_words(short: str, long_: str) -> str:
    """The words of `long_` that `short` covers, from its first to its last matched word.

    Word matching, not the character window of partial_ratio: that window has the short
    text's length, so it cuts a word off when the long text inserted some ("sex", "head-on").
    """
    mine, theirs = short.split(), long_.split()
    keys_mine, keys_theirs = [_token_key(w) for w in mine], [_token_key(w) for w in theirs]
    blocks = [b for b in difflib.SequenceMatcher(a=keys_mine, b=keys_theirs, autojunk=False).get_matching_blocks() if b.size]
    runs = [i for i, b in enumerate(blocks) if b.size >= 2]
    if not runs:
        return long_
    # Single matching words ("We") join the run when the gap before them is about as long on both sides.
    lo, hi = runs[0], runs[-1]
    while lo > 0 and _gap(blocks[lo - 1], blocks[lo]) <= 3:
        lo -= 1
    while hi + 1 < len(blocks) and _gap(blocks[hi], blocks[hi + 1]) <= 3:
        hi += 1
    return " ".join(theirs[blocks[lo].b : blocks[hi].b + blocks[hi].size]).strip(" \"',.;:")


def _gap(before: difflib.Match, after: difflib.Match) -> int:
    between_a = after.a - (before.a + before.size)
    between_b = after.b - (before.b + before.size)
    return abs(between_b - between_a) + min(between_a, between_b)
