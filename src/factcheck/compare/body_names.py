"""One body's name written two ways: shortened to its first or last words ("Water Office" of the "Kansas Water Office"),
or its head put first or last ("Homeland Security Department" of the "U.S. Department of Homeland Security"). Read by
compare/swaps.py and compare/slots.py, so that neither takes one body for another.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from factcheck.lexicon import Lexicon, lexicon, per_lexicon
from factcheck.textutil import normalize


class _Heads(NamedTuple):
    heads: frozenset[str]  # a body's head word: "department", "committee" (wordset org-head)
    joints: frozenset[str]  # what joins a head put first to the rest: "of", "on", "for" (org-connector, no article or "and")
    articles: frozenset[str]  # "the": no word of the name


@per_lexicon
def _heads(lex: Lexicon) -> _Heads:
    articles = frozenset(lex.words("article"))
    return _Heads(frozenset(h.lower() for h in lex.words("org-head")), frozenset(lex.words("org-connector") - articles - {"and"}), articles)


# "U.S." before a federal body's name: the nation's scope, no word of the name
_SCOPE = re.compile(r"\bU\.?S\.?(?=\s|$)")


def turned_about(drafted: str, source: str, lex: Lexicon) -> bool:
    """One body's name, its head put first or last: "Homeland Security Department" and "U.S. Department of Homeland
    Security", "Judiciary Committee" and "Committee on the Judiciary"."""
    words = _heads(lex)

    def bare(name: str) -> tuple[str, ...]:
        said = [w for w in re.findall(r"[\w’'-]+", _SCOPE.sub(" ", name).lower()) if w not in words.articles]
        if len(said) >= 3 and said[0] in words.heads and said[1] in words.joints:
            return (*said[2:], said[0])
        return tuple(said)

    return len(bare(drafted)) >= 2 and bare(drafted) == bare(source)


def shortened(one: str, other: str) -> bool:
    """One name is the other's first or last words: "Water Office" of "Kansas Water Office" ("New Mexico State
    University" is not "University of New Mexico")."""
    if turned_about(one, other, lexicon()):
        return True  # "Homeland Security Department" of the "U.S. Department of Homeland Security": its head put last
    articles = _heads(lexicon()).articles
    a, b = ([w for w in normalize(n).split() if w not in articles] for n in (one, other))
    short, long = sorted((a, b), key=len)
    return bool(short) and (long[: len(short)] == short or long[len(long) - len(short) :] == short)
