"""Mention detectors: sentence text -> Mentions (dates, numbers, quotations, names).

Each detector reads its English (titles, speech verbs, months, number words, ...) from the
lexicon (`factcheck.lexicon`) and takes an optional `lex`: the shipped lexicon by default, or
another one (a test's temporary copy with one row added). The patterns built from a lexicon are
built once per lexicon, on first use (`lexicon.per_lexicon`).
"""

from __future__ import annotations
