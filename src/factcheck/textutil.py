"""Text normalisation shared by the stages: quote/dash folding, word stems, stopwords."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from factcheck.lexicon import lexicon

_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)

# Words too common to say what a sentence is about: the lexicon's word set "stop".
STOPWORDS = lexicon().words("stop")

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]")
# A dash that credits words to whoever is named after it: "— Sen. Klobuchar" (an em or en dash, or hyphens for one).
CREDIT_DASH = r"(?:[—―–]|-{1,3})"


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
    if w.endswith("wide") and len(w) > 7:
        return stem(w[:-4])  # "worldwide" is "world", "statewide" "state": around the world, across the state
    if w.endswith("s") and len(w) > 3 and not w.endswith("ss"):
        w = w[:-1]
    if w.endswith("ation") and len(w) >= 8:
        return w[:-3]  # "renovation" is "renovate" ("renovat"), "population" "populated"; not "station" nor "nation"
    for suffix in ("ing", "ed", "ly", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            if suffix in ("ing", "ed") and w[-1] == w[-2] and w[-1] not in "aeioulsfz":
                w = w[:-1]  # "planning", "planned" are "plan" as "plans" is; "called", "staffed", "passed" keep theirs
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
            if len(low) > 1 and low not in STOPWORDS and _contracted(low) not in STOPWORDS:
                out.append(stem(low))
    return out


_CONTRACTION = re.compile(r"'(?:re|ve|ll|d|m|s)$")


def _contracted(word: str) -> str:
    """ "they're" -> "they", "it's" -> "it": a stopword contracted is no content word ("Heitkamp's" stays a name)."""
    return _CONTRACTION.sub("", word)


def is_question(text: str) -> bool:
    """The sentence asks ("how many of those 31 counties ...?"): it states no figure or date of its own."""
    return text.rstrip(" \"”’'").endswith("?")


def from_capitals(label: str) -> str:
    """A name or title written in capitals as a name index reads it: "DR. SOLIS" -> "Dr. Solis" (words of
    two letters or fewer, initials and "Dr.", stay as written)."""
    return " ".join(w if len(w) <= 2 else w.capitalize() for w in label.split())


_CAPITALS = re.compile(r"[A-Z]{2}[A-Z'’-]+")


def uncapped(text: str) -> str:
    """A line in capitals as its names are written ("SEN. AMY KLOBUCHAR (R-MINN.)" -> "Sen. Amy Klobuchar (R-Minn.)"),
    the same length: an on-screen caption or a heading in capitals names the registry's people too."""
    if any(c.islower() for c in text) or not _CAPITALS.search(text):
        return text
    return _CAPITALS.sub(lambda m: m.group(0).capitalize(), text)


def title_cased(text: str, *, least: int = 1) -> bool:
    """Every long word capitalised, as a title's or a heading's are, and at least `least` of them."""
    long = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    return len(long) >= least and all(w[0].isupper() for w in long)
