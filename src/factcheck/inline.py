"""Markdown inline markup -> the source ranges that are markup, not prose.

markdown-it's inline tokens carry no positions, so each block's inline source is scanned
here: code spans, inline HTML and comments, autolinks and bare URLs, link and image syntax
with their targets, footnote marks, and emphasis markers that CommonMark would honour.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_AUTOLINK = re.compile(
    r"<(?:[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*"
    r"|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)*)>"
)
_HTML = re.compile(
    r"<(?:[A-Za-z][A-Za-z0-9\-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:\-]*(?:\s*=\s*(?:[^\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*\s*/?"
    r"|/[A-Za-z][A-Za-z0-9\-]*\s*"
    r"|!---?|!--[\s\S]*?--"
    r"|\?[\s\S]*?\?"
    r"|![A-Za-z][^>]*"
    r"|!\[CDATA\[[\s\S]*?\]\])>"
)
# What ends each kind of HTML that can run on (comment, processing instruction, CDATA, declaration).
_HTML_ENDS = {"<!--": "-->", "<?": "?>", "<![CDATA[": "]]>", "<!": ">"}
_BARE_URL = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.\-]*://|www\.)[^\s<>]+")
# Where _scan has something to look at: markup characters and the starts of bare URLs.
_NEXT = re.compile(r"[\\`<\[\]!*_~]|(?<![\w@.\-/])(?=(?:[A-Za-z][A-Za-z0-9+.\-]*://|www\.))")
_BRACKETS = re.compile(r"[\[\]\\`]")
_MAX_LABEL = 1000  # longer "labels" are not looked for: keeps stray brackets linear
_FOOTNOTE = re.compile(r"\[\^[^\]\s]+\]:?")


def inline_masks(src: str, segments: list[tuple[int, int]], children: list[Any], refs: set[str]) -> list[tuple[int, int]]:
    """The source ranges of a block's inline content that are markup, not prose."""
    joined = "\n".join(src[s:e] for s, e in segments)
    emphasis = {c.markup[0] for c in children if c.type in ("em_open", "strong_open", "s_open") and c.markup}
    links = any(c.type in ("link_open", "image") for c in children)
    masks = _scan(joined, emphasis, links, refs)
    # Content offsets -> source offsets, line by line (the joins are the "\n"s).
    out = []
    bases = []
    at = 0
    for start, end in segments:
        bases.append((at, at + end - start, start))
        at += end - start + 1
    for start, end in masks:
        for c0, c1, base in bases:
            lo, hi = max(start, c0), min(end, c1)
            if lo < hi:
                out.append((base + lo - c0, base + hi - c0))
    return out


def _scan(s: str, emphasis: set[str], links: bool, refs: set[str]) -> list[tuple[int, int]]:
    """Masked ranges of one inline string: code, HTML, autolinks, URLs, link syntax, images, markers."""
    masks: list[tuple[int, int]] = []
    closing: dict[int, int] = {}  # "]" of a link -> end of its target
    lasts = {end: s.rfind(end) for end in _HTML_ENDS.values()}
    n, i = len(s), 0
    while i < n:
        found = _NEXT.search(s, i)
        if found is None:
            break
        i = found.start()
        if i in closing:
            end = closing.pop(i)
            masks.append((i, end))
            i = end
            continue
        c = s[i]
        if c == "\\":
            if i + 1 < n and (s[i + 1] in _ASCII_PUNCT or s[i + 1] == "\n"):
                masks.append((i, i + 1))
                i += 2
            else:
                i += 1
            continue
        if c == "`":
            end = _code_span_end(s, i)
            if end > 0:
                masks.append((i, end))
                i = end
            else:
                i = _run_end(s, i)
            continue
        if c == "<":
            match = _AUTOLINK.match(s, i) or (_HTML.match(s, i) if _may_close(s, i, lasts) else None)
            if match:
                masks.append((i, match.end()))
                i = match.end()
                continue
        if c == "[" and s.startswith("^", i + 1):
            match = _FOOTNOTE.match(s, i)
            if match:
                masks.append((i, match.end()))
                i = match.end()
                continue
        if links and (c == "[" or (c == "!" and s.startswith("[", i + 1))):
            opening = i + (c == "!")
            close = _bracket_end(s, opening)
            tail = _link_tail(s, close + 1, s[opening + 1 : close], refs) if close > 0 else None
            if tail is not None:
                if c == "!":  # an image: alt text and all
                    masks.append((i, tail))
                    i = tail
                else:
                    masks.append((i, i + 1))
                    closing[close] = tail
                    i += 1
                continue
        if c.isalpha():
            match = _BARE_URL.match(s, i)
            if match:
                end = _url_end(s, i, match.end())
                masks.append((i, end))
                i = end
                continue
        if c in emphasis:
            end = _run_end(s, i)
            if (c != "~" or end - i == 2) and _flanking(s, i, end, c):
                masks.append((i, end))
            i = end
            continue
        i += 1
    return masks


def _may_close(s: str, i: int, lasts: dict[str, int]) -> bool:
    """False when the HTML opened at i has no end anywhere after it. `_HTML` would look to the end of
    the text for one, and again from every such opener: quadratic on 20,000 stray `<!--`."""
    for opener, end in _HTML_ENDS.items():
        if s.startswith(opener, i):
            return lasts[end] >= i + 2
    return True


def _run_end(s: str, i: int) -> int:
    end = i
    while end < len(s) and s[end] == s[i]:
        end += 1
    return end


def _code_span_end(s: str, i: int) -> int:
    """End of the code span opened by the backtick run at i, or 0 if it is never closed."""
    opener = _run_end(s, i) - i
    at = _run_end(s, i)
    while True:
        at = s.find("`", at)
        if at < 0:
            return 0
        end = _run_end(s, at)
        if end - at == opener:
            return end
        at = end


def _bracket_end(s: str, i: int) -> int:
    """Index of the "]" matching the "[" at i, skipping escapes and code spans; -1 if none."""
    depth, at = 0, i
    limit = min(len(s), i + _MAX_LABEL)
    while at < limit:
        found = _BRACKETS.search(s, at, limit)
        if found is None:
            return -1
        at = found.start()
        c = s[at]
        if c == "\\":
            at += 2
            continue
        if c == "`":
            end = _code_span_end(s, at)
            at = end if end else _run_end(s, at)
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                return at
        at += 1
    return -1


def _label(text: str) -> str:
    """A reference label as markdown-it keys it."""
    return " ".join(text.split()).lower().upper()


def _link_tail(s: str, j: int, label: str, refs: set[str]) -> int | None:
    """End of a link's target after its label: `(dest "title")`, `[ref]`, `[]`, or a bare defined label."""
    if j < len(s) and s[j] == "(":
        end = _inline_target(s, j)
        if end is not None:
            return end
    if j < len(s) and s[j] == "[":
        close = s.find("]", j)
        if close > 0 and "[" not in s[j + 1 : close]:
            ref = s[j + 1 : close] or label
            if _label(ref) in refs:
                return close + 1
    if _label(label) in refs:
        return j
    return None


def _inline_target(s: str, j: int) -> int | None:
    """End of `(destination "title")` starting at s[j] == "(", or None if it is not one."""
    n = len(s)
    k = _skip_space(s, j + 1)
    if k < n and s[k] == "<":
        close = s.find(">", k)
        if close < 0 or "\n" in s[k:close]:
            return None
        k = close + 1
    else:
        depth = 0
        while k < n:
            c = s[k]
            if c == "\\":
                k += 2
                continue
            if c.isspace() or ord(c) < 32:
                break
            if c == "(":
                depth += 1
            elif c == ")":
                if depth == 0:
                    break
                depth -= 1
            k += 1
        if depth:
            return None
    spaced = _skip_space(s, k)
    if spaced > k and spaced < n and s[spaced] in "\"'(":
        closer = ")" if s[spaced] == "(" else s[spaced]
        k = spaced + 1
        while k < n and s[k] != closer:
            k += 2 if s[k] == "\\" else 1
        if k >= n:
            return None
        spaced = _skip_space(s, k + 1)
    if spaced < n and s[spaced] == ")":
        return spaced + 1
    return None


def _skip_space(s: str, k: int) -> int:
    while k < len(s) and s[k] in " \t\n":
        k += 1
    return k


def _url_end(s: str, start: int, end: int) -> int:
    """A bare URL without the punctuation that ends its sentence (GFM's rule)."""
    while end > start:
        last = s[end - 1]
        if last in "?!.,:;*_~'\"”’" or last == ")" and s.count("(", start, end) < s.count(")", start, end):
            end -= 1
        else:
            break
    return end


def _is_punct(c: str) -> bool:
    return unicodedata.category(c)[0] in "PS"


def _flanking(s: str, start: int, end: int, marker: str) -> bool:
    """CommonMark: can the delimiter run s[start:end] open or close emphasis?"""
    before = s[start - 1] if start > 0 else " "
    after = s[end] if end < len(s) else " "
    left = not after.isspace() and (not _is_punct(after) or before.isspace() or _is_punct(before))
    right = not before.isspace() and (not _is_punct(before) or after.isspace() or _is_punct(after))
    if marker == "_":  # no intra-word emphasis: snake_case names stay prose
        return (left and (not right or _is_punct(before))) or (right and (not left or _is_punct(after)))
    return left or right
