"""Mention detectors: sentence text -> Mentions (dates, numbers, quotations, names).

Each detector reads its English (titles, speech verbs, months, number words, ...) from the
lexicon (`factcheck.lexicon`) and takes an optional `lex`: the shipped lexicon by default, or
another one (a test's temporary copy with one row added). The patterns built from a lexicon are
built once per lexicon, on first use (`per_lexicon`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from factcheck.lexicon import Lexicon, lexicon

T = TypeVar("T")


def per_lexicon(build: Callable[[Lexicon], T]) -> Callable[[Lexicon | None], T]:
    """`build(lex)`, remembered for each lexicon: by identity, since a Lexicon holds dicts and cannot be hashed."""
    built: dict[int, tuple[Lexicon, T]] = {}

    def get(lex: Lexicon | None = None) -> T:
        lex = lex or lexicon()
        hit = built.get(id(lex))
        if hit is None or hit[0] is not lex:  # the Lexicon is kept in the entry, so its id is never reused while cached
            hit = built[id(lex)] = (lex, build(lex))
        return hit[1]

    get.__doc__ = build.__doc__
    return get
