"""Quote mutations: a quote claim's source sentence -> the quotation with its words changed.

    quote-substitute  "a grave problem" -> "a grave promise"   (a word from another quotation of the corpus)
    quote-drop        "a grave problem" -> "a problem"
    quote-ending      the last three words -> the last three words of another quotation

The new wording is checked to be in no claim's quotation or evidence.
"""

from __future__ import annotations

import re

from factcheck.selftest.cases import Context, Rewrite, Seed, cap_like, splice
from factcheck.textutil import normalize

KIND = "quote"

WORD = re.compile(r"[A-Za-z][a-z]{3,}")


def quotation_span(seed: Seed) -> tuple[int, int] | None:
    """Where the claim's quotation is written in its source sentence."""
    words = (seed.claim.words or "").strip().rstrip(",.")
    if seed.claim.kind != "quote" or len(words.split()) < 3:
        return None
    start = seed.text.find(words)
    return (start, start + len(words)) if start >= 0 else None


def _content(ctx: Context, span: str) -> list[re.Match[str]]:
    stop = ctx.lex.words("stop")
    return [m for m in WORD.finditer(span) if m.group(0).lower() not in stop]


def _vocabulary(ctx: Context) -> list[str]:
    """Content words of the corpus's sources (its quotations and evidence): what a misquote puts in."""
    if "quote-vocabulary" not in ctx.cache:
        stop = ctx.lex.words("stop")
        texts = [t for c in ctx.index.corpus.claims.values() for t in (c.words or "", *(p.quote for p in c.provenance))]
        found = {m.group(0).lower() for t in texts for m in WORD.finditer(t)}
        ctx.cache["quote-vocabulary"] = sorted(w for w in found if w not in stop)
    vocabulary: list[str] = ctx.cache["quote-vocabulary"]  # type: ignore[assignment]
    return vocabulary


def changes_words(ctx: Context, text: str, span: tuple[int, int], new_span: str) -> bool:
    """The new wording differs from the claim's and is no claim's quotation or evidence."""
    new = normalize(new_span)
    if not new or new == normalize(text[span[0] : span[1]]):
        return False
    return not any(new in card.words or new in card.evidence for card in ctx.index.cards.values())


def _rewrite(ctx: Context, seed: Seed, span: tuple[int, int], new_span: str, change: str) -> list[Rewrite]:
    if not changes_words(ctx, seed.text, span, new_span):
        return []
    return [Rewrite(splice(seed.text, span[0], span[1], new_span), change)]


def substitute(seed: Seed, ctx: Context) -> list[Rewrite]:
    span = quotation_span(seed)
    if span is None:
        return []
    quoted = seed.text[span[0] : span[1]]
    present = {m.group(0).lower() for m in WORD.finditer(quoted)}
    vocabulary = [w for w in _vocabulary(ctx) if w not in present]
    out: list[Rewrite] = []
    if not vocabulary:
        return out
    for i, m in enumerate(_content(ctx, quoted)):
        new = cap_like(vocabulary[(len(m.group(0)) * 7 + i) % len(vocabulary)], m.group(0))
        out += _rewrite(ctx, seed, span, splice(quoted, m.start(), m.end(), new), f"{m.group(0)} -> {new}")
    return out


def drop(seed: Seed, ctx: Context) -> list[Rewrite]:
    span = quotation_span(seed)
    if span is None:
        return []
    quoted = seed.text[span[0] : span[1]]
    out: list[Rewrite] = []
    for m in _content(ctx, quoted)[1:]:
        new = (quoted[: m.start()].rstrip() + " " + quoted[m.end() :].lstrip()).strip()
        out += _rewrite(ctx, seed, span, new, f"dropped {m.group(0)!r}")
    return out


def ending(seed: Seed, ctx: Context) -> list[Rewrite]:
    span = quotation_span(seed)
    if span is None:
        return []
    quoted = seed.text[span[0] : span[1]].split(" ")
    if len(quoted) < 6:
        return []
    out: list[Rewrite] = []
    others = sorted({(c.words or "").strip().rstrip(",.") for c in ctx.index.corpus.claims.values() if c.kind == "quote"} - {" ".join(quoted)})
    for other in others:
        tail = other.split(" ")[-3:]
        if len(tail) == 3 and len(other.split()) >= 6:
            new = " ".join(quoted[:-3] + tail)
            out += _rewrite(ctx, seed, span, new, f"...{' '.join(quoted[-3:])!r} -> ...{' '.join(tail)!r}")
    return out


OPERATORS = {"quote-drop": drop, "quote-ending": ending, "quote-substitute": substitute}
