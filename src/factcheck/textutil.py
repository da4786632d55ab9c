"""Text normalisation shared by the stages: quote/dash folding, word stems, stopwords."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"',
    "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
})

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves said says say saying told tell according added wrote noted
    mr mrs ms sen senator senators u s us one two three also well many much may might must shall
    across around among upon within without via per yet still even ever already however thus
    see sees seen saw bring brings brought get gets got make makes made go goes went come comes came take
    takes took give gives gave put puts keep keeps let lets seem seems like just really thing things
    """.split()
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]")


def fold(text: str) -> str:
    """Curly quotes, dashes and odd spaces to their plain forms (same length, char for char)."""
    return text.translate(_FOLD)


def normalize(text: str) -> str:
    """Folded, NFKC, whitespace collapsed, lower case: for comparing wordings."""
    text = unicodedata.normalize("NFKC", fold(text))
    return re.sub(r"\s+", " ", text).strip().lower()


@lru_cache(maxsize=65536)  # indexing thousands of claims stems the same few thousand words again and again
def stem(word: str) -> str:
    """A light suffix stripper: enough to match deaths/death, introduced/introducing."""
    w = word.lower().replace("'", "")
    if w.endswith("s") and len(w) > 3 and not w.endswith("ss"):
        w = w[:-1]
    for suffix in ("ing", "ed", "ly", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    return w


def words(text: str) -> list[str]:
    return [m.group(0) for m in _WORD.finditer(fold(text))]


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning (no stopwords, no one-letter words)."""
    out = []
    for word in words(text):
        for part in word.split("-"):
            low = part.lower()
            if len(low) > 1 and low not in STOPWORDS:
                out.append(stem(low))
    return out
