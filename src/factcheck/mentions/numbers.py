"""Detect figures in a sentence: text -> Mentions whose value is a Quantity.

Digits with separators and scale words ("7,000", "20 million", "$5.2 billion", "45%"),
number words ("fifty-four", "seven thousand", "three", "a dozen"), compounds ("three-day",
"7,000-person"), ages ("13 years old"), multipliers ("nearly tripled", "doubled"), and the
hedges that widen them ("more than", "nearly", "about", "at least"). Years and the day
numbers of dates are left to the date detector.
"""

from __future__ import annotations

import math
import re

from factcheck.model import Mention, Quantity
from factcheck.spans import Spans

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
MULTIPLIERS = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "quintupled": 5, "halved": 0.5}
HEDGES = {
    "more than": (1.0001, float("inf")), "over": (1.0001, float("inf")), "upwards of": (1.0001, float("inf")),
    "at least": (1.0, float("inf")), "nearly": (0.85, 1.0), "almost": (0.85, 1.0), "close to": (0.85, 1.02),
    "about": (0.85, 1.15), "around": (0.85, 1.15), "approximately": (0.85, 1.15), "roughly": (0.85, 1.15),
    "some": (0.85, 1.15), "an estimated": (0.8, 1.2), "estimated": (0.8, 1.2), "just over": (1.0001, 1.15),
    "just under": (0.85, 0.9999), "fewer than": (0.0, 0.9999), "less than": (0.0, 0.9999), "under": (0.0, 0.9999),
    "up to": (0.0, 1.0), "as many as": (0.0, 1.0), "at most": (0.0, 1.0), "thousands": (1.0, 1000.0),
}
IRREGULAR = {"people": "person", "persons": "person", "women": "woman", "men": "man", "children": "child", "kids": "child",
             "years": "year", "times": "times", "feet": "foot", "teeth": "tooth", "lives": "life", "%": "percent", "per cent": "percent", "dollars": "dollar", "$": "dollar"}
# Words between a figure and the noun it counts ("three young people", "54 more deaths").
SKIP_ADJECTIVES = frozenset("young old new more additional other recent separate local federal state national major key "
                            "top former current different total".split())

# "a" counts only before a scale ("a dozen", "a million"): "a four-day trip" is four days, not five.
_WORDNUM = "|".join(sorted([*UNITS, *TENS, *SCALES, "dozen"], key=len, reverse=True)) + r"|a(?=[\s-]+(?:dozen|hundred|thousand|million|billion|trillion)\b)"
_HEDGE = "|".join(sorted((re.escape(h) for h in HEDGES if h != "thousands"), key=len, reverse=True))
# Never inside a word: a figure there ("someone") is dropped anyway, and trying the hedges and number
# words at every letter was most of the cost of a sentence.
_NUMBER = re.compile(
    r"(?<![A-Za-z])"
    rf"(?:(?P<hedge>{_HEDGE})\s+)?"
    r"(?P<figure>"
    r"\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\$?\d+(?:\.\d+)?"  # digits
    rf"|(?:(?:{_WORDNUM})(?:[\s-]+(?:and\s+)?(?:{'|'.join([*UNITS, *TENS, *SCALES])}))*)"  # words
    r")(?![A-Za-z])"
    r"(?:\s+(?P<scale>hundred|thousand|million|billion|trillion))?"
    r"(?P<percent>\s*%|\s+percent|\s+per cent)?"
    r"(?:-(?P<compound>[a-z]+))?",
    re.I,
)
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}
# "the sixth-highest level", "its 3rd-largest city", "the fourth time": a rank, compared with ranks of the same thing.
# "first" and "second" alone are too often plain words ("first met", "a second letter") to count.
_ORDINAL = re.compile(
    r"\b(?P<figure>" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r"|\d{1,3}(?:st|nd|rd|th))"
    r"(?:-(?P<compound>(?:highest|largest|lowest|biggest|smallest|busiest|worst|best|most|least|longest|deadliest)\b(?:-[a-z]+)?))?"
    r"(?=\s+(?P<noun>[a-z]+))?",
    re.I,
)
# "voted 6-1", "by a vote of 89 to 9", "a 5–4 ruling": a tally is one figure, compared whole.
_TALLY = re.compile(r"(?<![\w.$-])(?P<a>\d{1,3})\s*(?:-|–|—|to)\s*(?P<b>\d{1,3})(?![\w%-]|\.\d)")
_TALLY_CONTEXT = re.compile(r"\b(?:vote[sd]?|voting|ruling|decision|margin|tally|split|approved|passed|rejected)\b", re.I)
_DURATION_UNITS = frozenset("year month week day decade hour minute century".split())
# How far before a figure the patterns ending at it look: searched from the sentence's start instead,
# each figure of a long sentence rescanned all before it (quadratic; hardening issue).
LOOK_BACK = 200
# "Mahoney, 62, said": an age in apposition to a name.
_AGE_APPOSITIVE = re.compile(r"[A-Z][a-z]+,\s*$")
# "a community of 7,000", "a population of about 7,000": the thing counted is named before the figure.
_COUNTED_BEFORE = re.compile(r"\b(?:a|an|the|its|their)\s+([a-z]+)\s+of\s+$")
_MULT = re.compile(rf"(?<![A-Za-z])(?:(?P<hedge>{_HEDGE})\s+)?\b(?P<verb>{'|'.join(MULTIPLIERS)})\b", re.I)  # not inside a word, as _NUMBER
_AGE = re.compile(r"\s*(?:years?|yrs?)[\s-]old\b", re.I)  # matched at the figure's end (no ^: match(text, pos))
# "Section 107", "Title 17", "H.R. 898": a label before a figure makes it an identifier, compared only
# with figures under the same label.
_LABEL = re.compile(r"(?:\b(?P<word>section|sec\.|title|chapter|article|amendment|rule|part|no\.|number|docket|case|route|"
                    r"highway|interstate|bill|act|h\.\s?r\.|room|suite|district|precinct|ward|page|p\.|pp\.|vol\.|volume)"
                    r"|(?P<sign>§§?))\s*$", re.I)
_NOUN = re.compile(r"\s+((?:[A-Za-z][A-Za-z'’-]*)(?:\s+[A-Za-z][A-Za-z'’-]*){0,3})")


def words_value(text: str) -> float | None:
    """'fifty-four' -> 54, 'seven thousand' -> 7000, 'a dozen' -> 12; None if not a number."""
    total, current, seen = 0.0, 0.0, False
    for token in re.split(r"[\s-]+", text.lower()):
        if token in ("and", ""):
            continue
        if token in UNITS:
            current += UNITS[token]
        elif token in TENS:
            current += TENS[token]
        elif token == "dozen":
            current = (current or 1.0) * 12
        elif token == "a":
            current += 1
        elif token in SCALES:
            current = (current or 1.0) * SCALES[token]  # floats: "hundred hundred ..." 6,000 times was an int too large to convert
            if SCALES[token] >= 1000:
                total, current = total + current, 0.0
        else:
            return None
        seen = True
    value = total + current
    return value if seen and math.isfinite(value) else None


def singular(noun: str) -> str:
    low = noun.lower().strip(" .,;:")
    if low in IRREGULAR:
        return IRREGULAR[low]
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        return low[:-1]
    return low


def _noun_after(text: str, end: int) -> tuple[str, str]:
    """(unit, following words) for the figure ending at `end`."""
    match = _NOUN.match(text, end)
    if not match:
        return "", ""
    tokens = match.group(1).split()
    following = " ".join(tokens)
    for token in tokens:
        low = token.lower()
        if low in SKIP_ADJECTIVES:
            continue
        if low in ("of",):
            continue
        if low in ("them", "us", "those", "these", "which", "whom", "it", "they", "we"):
            return "", following  # "14 of them": the count's noun is somewhere else
        return singular(low), following
    return "", following


def _hedged(value: float, hedge: str) -> tuple[float, float]:
    if not hedge:
        return value, value
    low, high = HEDGES[hedge.lower()]
    return value * low, value * high


def detect(text: str, *, skip: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Figures in `text` (offsets local), not overlapping the spans in `skip` (dates)."""
    taken = Spans(skip)
    found: list[Mention] = []
    for match in _MULT.finditer(text):
        value = float(MULTIPLIERS[match.group("verb").lower()])
        hedge = (match.group("hedge") or "").lower()
        low, high = _hedged(value, hedge)
        found.append(Mention("number", match.start(), match.end(), match.group(0), Quantity(value, low, high, "times", hedge, match.group("verb").lower(), match.group(0))))
    for match in _NUMBER.finditer(text):
        figure = match.group("figure")
        if not figure or not figure.strip():
            continue
        start, end = match.span()
        fig_start = match.start("figure")
        if taken.overlaps(fig_start, match.end("figure")):
            continue
        if fig_start > 0 and (text[fig_start - 1].isalnum() or text[fig_start - 1] in "-/"):
            continue  # I-35, 4x4, Day7: part of a name
        if figure.lower() == "a":
            continue  # a lone "a" is an article; "a dozen" is handled by words_value
        if figure[0].isdigit() or figure[0] == "$":
            digits = figure.lstrip("$").replace(",", "")
            value = float(digits)
            if re.fullmatch(r"(1[89]|20)\d\d", figure.lstrip("$")) and not match.group("percent") and not match.group("scale"):
                continue  # a year
        else:
            parsed = words_value(figure)
            if parsed is None:
                continue
            value = parsed
            if figure.lower() == "one" and not match.group("compound"):
                continue  # "one of the", "one federal initiative": rarely a checkable count
        if match.group("scale"):
            value *= SCALES[match.group("scale").lower()]
        if not math.isfinite(value):
            continue  # 400 digits: no count anyone checks, and infinity breaks the arithmetic after
        hedge = (match.group("hedge") or "").lower()
        label = _LABEL.search(text, max(0, fig_start - 12), fig_start) if not match.group("hedge") else None
        if label:
            unit, following = "§" if label.group("sign") else label.group("word").lower().replace(" ", "").rstrip("."), "number"
        elif match.group("percent"):
            unit, following = "percent", ""
        elif figure.startswith("$"):
            unit, following = "dollar", ""
        elif match.group("compound") and text.startswith("-old", end) and singular(match.group("compound")) == "year":
            unit, following, end = "year", "old", end + 4  # "a 15-year-old girl": an age
        elif match.group("compound"):
            unit, following = singular(match.group("compound")), _noun_after(text, end)[1]
        else:
            age = _AGE.match(text, end)
            if age:
                unit, following, end = "year", "old", age.end()
            else:
                unit, following = _noun_after(text, end)
                counted = _COUNTED_BEFORE.search(text, max(0, start - LOOK_BACK), start) if not unit else None
                if counted:
                    unit, following = singular(counted.group(1)), counted.group(1)  # "a community of 7,000"
        if hedge == "over" and unit in _DURATION_UNITS:
            hedge, start = "", fig_start  # "over five years" is a span of time, not "more than five"
        if not unit and not hedge and figure[0].isdigit() and value < 120 and _AGE_APPOSITIVE.search(text, max(0, fig_start - LOOK_BACK), fig_start) \
                and text.startswith(",", match.end("figure")):
            unit, following = "year", "old"
        low, high = _hedged(value, hedge)
        found.append(Mention("number", start, end, text[start:end], Quantity(value, low, high, unit, hedge, following, text[start:end])))
    found.extend(_ordinals(text, taken))
    found.extend(_tallies(text, taken))
    found.sort(key=lambda m: m.start)
    return _drop_nested(found)


def _tallies(text: str, skip: Spans) -> list[Mention]:
    found = []
    for match in _TALLY.finditer(text):
        start, end = match.span()
        if skip.overlaps(start, end):
            continue
        a, b = int(match.group("a")), int(match.group("b"))
        if not _TALLY_CONTEXT.search(text, max(0, start - 40), min(len(text), end + 25)):
            continue  # "ages 5-12", "pages 10-14": a range, not a count of votes
        value = float(a * 1000 + b)  # one number per tally: 6-1 and 5-2 differ, 6-1 and 6 to 1 agree
        shown = text[start:end]
        found.append(Mention("number", start, end, shown, Quantity(value, value, value, "tally", "", "vote", shown)))
    return found


def _ordinals(text: str, skip: Spans) -> list[Mention]:
    found = []
    for match in _ORDINAL.finditer(text):
        start, end = match.span("figure")
        if skip.overlaps(start, end):
            continue
        word = match.group("figure").lower()
        value = ORDINALS.get(word) or (int(word[:-2]) if word[:-2].isdigit() else None)
        if value is None:
            continue
        compound = match.group("compound")
        if compound:
            unit, end = "rank-" + compound.lower(), match.end("compound")
        elif word in ("first", "second") or not match.group("noun"):
            continue
        else:
            unit = "rank-" + singular(match.group("noun"))
        shown = text[start:end]
        found.append(Mention("number", start, end, shown, Quantity(float(value), float(value), float(value), unit, "", "", shown)))
    return found


def _drop_nested(found: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            if mention.end - mention.start > kept[-1].end - kept[-1].start:
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept
