"""Number mutations: a claim's source sentence -> the same sentence with one of the claim's figures wrong.

number-digits     54 deaths -> 56 deaths              (outside the range the claim's hedge allows)
number-transpose  54 -> 45                            (two digits swapped)
number-words      three-day -> four-day, 54 -> fifty-five   (digits <-> words, a wrong value)
number-scale      7,000 -> 7 million, thousand -> million
number-percent    20 percent -> 25 percent            (only figures the lexicon's percent unit follows)
number-hedge      more than 20 -> fewer than 20       (a hedge whose range does not meet the claim's)
"""

from __future__ import annotations

import re

from factcheck.lexicon import Lexicon, alternation
from factcheck.selftest.cases import Context, Rewrite, Seed, cap_like, free, hedge_bounds, outside, splice, stated_numbers, words_pattern

KIND = "number"

NUMERAL = re.compile(r"(?<![\w.,/$:-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w/:]|[.,]\d)")
YEARLIKE = re.compile(r"1[89]\d\d|20\d\d")


def number_words(lex: Lexicon) -> dict[int, str]:
    """0-99 in words, from the lexicon's units, teens and tens ("twenty-one")."""
    small = {int(w.value or 0): w.word for w in lex.numbers if w.kind in ("unit", "teen", "ten") and w.value is not None}
    out = dict(small)
    for tens in (v for v in small if v >= 20 and v % 10 == 0):
        for unit in range(1, 10):
            out.setdefault(tens + unit, f"{small[tens]}-{small[unit]}")
    return out


def word_values(lex: Lexicon) -> dict[str, int]:
    return {w: v for v, w in number_words(lex).items()}


def figures(seed: Seed, lex: Lexicon) -> list[tuple[int, int, int, str]]:
    """(start, end, value, form) of each figure in the sentence: form is "digits" or "words". Years and dates are not figures."""
    months = {f for m in lex.months for f in m.forms}
    out = []
    for m in NUMERAL.finditer(seed.text):
        raw = m.group(1)
        before = seed.text[: m.start()].split()
        if YEARLIKE.fullmatch(raw) or (before and before[-1].rstrip(",") in months):
            continue
        out.append((m.start(1), m.end(1), int(raw.replace(",", "")), "digits"))
    values = word_values(lex)
    # "three-day": a number word may open a compound
    for m in re.finditer(rf"(?<![\w’'-])(?:{alternation(values)})(?![\w’'])", seed.text, re.I):
        word = m.group(0).lower()
        if values[word] >= 2:
            out.append((m.start(), m.end(), values[word], "words"))
    return sorted(f for f in out if free(seed.text, f[0], f[1]))


def _stated(seed: Seed, ctx: Context) -> tuple[list[tuple[float, float, float]], list[tuple[int, int, int, str]]]:
    ranges = stated_numbers(seed.claim, ctx.lex)
    return ranges, [f for f in figures(seed, ctx.lex) if any(f[2] == v for v, _, _ in ranges)]


def _percent_after(seed: Seed, end: int, lex: Lexicon) -> bool:
    forms = [f for u in lex.units if u.kind == "percent" for f in (u.unit, *u.forms)]
    return bool(re.match(rf"\s*(?:{'|'.join(re.escape(f) for f in forms)})", seed.text[end:], re.I))


def _candidates(value: int) -> list[int]:
    return [value + 2, value - 2, value * 2, value + 1, value - 1, value + 10]


def digits(seed: Seed, ctx: Context) -> list[Rewrite]:
    ranges, found = _stated(seed, ctx)
    out = []
    for start, end, value, form in found:
        if form != "digits" or _percent_after(seed, end, ctx.lex):
            continue
        for new in _candidates(value):
            if new > 0 and outside(new, ranges, hedge_bounds(seed.claim, value, ctx.lex)):
                written = f"{new:,}" if "," in seed.text[start:end] else str(new)
                out.append(Rewrite(splice(seed.text, start, end, written), f"{seed.text[start:end]} -> {written}"))
    return out


def percent(seed: Seed, ctx: Context) -> list[Rewrite]:
    ranges, found = _stated(seed, ctx)
    out = []
    for start, end, value, form in found:
        if form == "digits" and _percent_after(seed, end, ctx.lex):
            for new in (value + 5, value - 5, value * 2):
                if new > 0 and outside(new, ranges, hedge_bounds(seed.claim, value, ctx.lex)):
                    out.append(Rewrite(splice(seed.text, start, end, str(new)), f"{value} percent -> {new} percent"))
    return out


def transpose(seed: Seed, ctx: Context) -> list[Rewrite]:
    ranges, found = _stated(seed, ctx)
    out = []
    for start, end, value, form in found:
        raw = seed.text[start:end]
        if form != "digits" or "," in raw:
            continue
        for i in range(len(raw) - 1):
            swapped = raw[:i] + raw[i + 1] + raw[i] + raw[i + 2 :]
            if swapped != raw and not swapped.startswith("0") and outside(int(swapped), ranges, hedge_bounds(seed.claim, value, ctx.lex)):
                out.append(Rewrite(splice(seed.text, start, end, swapped), f"{raw} -> {swapped}"))
    return out


def words(seed: Seed, ctx: Context) -> list[Rewrite]:
    ranges, found = _stated(seed, ctx)
    spelled = number_words(ctx.lex)
    out = []
    for start, end, value, form in found:
        for new in (value + 1, value - 1, value + 2):
            if new < 2 or not outside(new, ranges, hedge_bounds(seed.claim, value, ctx.lex)) or new not in spelled:
                continue
            written = cap_like(str(new) if form == "words" else spelled[new], seed.text[start:end])
            out.append(Rewrite(splice(seed.text, start, end, written), f"{seed.text[start:end]} -> {written}"))
    return out


def scale(seed: Seed, ctx: Context) -> list[Rewrite]:
    ranges, found = _stated(seed, ctx)
    scales = sorted((int(w.value or 0), w.word) for w in ctx.lex.numbers if w.kind == "scale" and (w.value or 0) >= 1000)
    out = []
    for start, end, value, form in found:
        if form != "digits" or value < 1000 or value % 1000:
            continue
        size = max(s for s, _ in scales if value % s == 0)
        for other, word in scales:
            new = value // size * other
            if other != size and outside(new, ranges, hedge_bounds(seed.claim, value, ctx.lex)):
                written = f"{value // size} {word}"
                out.append(Rewrite(splice(seed.text, start, end, written), f"{seed.text[start:end]} -> {written}"))
    return out


def hedge(seed: Seed, ctx: Context) -> list[Rewrite]:
    ranges, found = _stated(seed, ctx)
    hedges = {h.phrase: h for h in ctx.lex.hedges if "noun" not in h.tags}
    claimed = {str(v.get("hedge") or "").lower() for v in seed.claim.values if v.type == "number"}
    multipliers = {w.word: float(w.value or 0) for w in ctx.lex.numbers if w.kind == "multiplier"}
    out = []
    for m in words_pattern(hedges, case=False).finditer(seed.text):
        old = hedges[m.group(0).lower()]
        if old.phrase not in claimed or not free(seed.text, *m.span()):
            continue
        after = seed.text[m.end() :].split(maxsplit=1)
        head = after[0].rstrip(",.;").lower() if after else ""
        value: float | None = next((f[2] for f in found if f[0] > m.end() and not seed.text[m.end() : f[0]].strip()), None)
        if value is None and head in multipliers:
            value = multipliers[head]
        if value is None:
            continue
        for phrase, new in sorted(hedges.items()):
            low, high = value * new.low, value * new.high
            if new.direction != old.direction and (high < value * old.low or low > value * old.high):
                written = cap_like(phrase, m.group(0))
                out.append(Rewrite(splice(seed.text, m.start(), m.end(), written), f"{m.group(0)} -> {written}"))
    return out


OPERATORS = {
    "number-digits": digits,
    "number-hedge": hedge,
    "number-percent": percent,
    "number-scale": scale,
    "number-transpose": transpose,
    "number-words": words,
}
