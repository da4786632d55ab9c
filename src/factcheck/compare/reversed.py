"""Reported words turned into their opposite: "Heitkamp believes North Dakota is ahead of Minnesota" when
the sources have "Heitkamp said North Dakota is further behind"; "Klobuchar said the United States needs to
follow the rest of the world" for "needs to be a leader for the rest of the world".

The sentence is aligned word by word with the evidence of a claim that backs it (its words are someone's:
a quotation, or reported speech); where the two differ between shared words, a word of the sentence whose
opposite (lexicon wordset `opposite`, "ahead|behind") stands in the source's differing words, and that
neither text also has the other way round, reverses what was said. Only speech is judged: a writer's own
words around a source's figures are the number and date comparers' business.
"""

from __future__ import annotations

import difflib
import re
from typing import NamedTuple

from factcheck.compare import SentenceFacts, Verdict
from factcheck.compare.swaps import tokens
from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon

# How much of the sentence the claim must account for before its wording is aligned with it.
REVERSED = 0.55


class _Words(NamedTuple):
    opposite: dict[str, frozenset[str]]  # "ahead" -> {"behind"}, both ways
    speech: re.Pattern[str]  # a speech verb: the evidence reports someone's words


@per_lexicon
def _words(lex: Lexicon) -> _Words:
    opposite: dict[str, set[str]] = {}
    for pair in lex.words("opposite"):
        one, other = pair.split("|")
        opposite.setdefault(one, set()).add(other)
        opposite.setdefault(other, set()).add(one)
    speech = re.compile(rf"\b(?:{alternation(lex.speech_forms(tenses=('past', 'present')))})\b", re.I)
    return _Words({w: frozenset(o) for w, o in opposite.items()}, speech)


def compare(facts: SentenceFacts, index: ClaimIndex, *, lex: Lexicon | None = None) -> list[Verdict]:
    words = _words(lex or lexicon())
    mine = tokens(facts.text)
    said = {t[0] for t in mine}
    if not said & words.opposite.keys():
        return []
    for cand in facts.candidates:
        if cand.coverage < REVERSED:
            continue
        claim = cand.card.claim
        for prov in claim.provenance:
            if claim.kind != "quote" and not words.speech.search(prov.quote):
                continue  # the source's own statement, not someone's words
            theirs = tokens(prov.quote)
            written = {t[0] for t in theirs}
            matcher = difflib.SequenceMatcher(a=[t[0] for t in mine], b=[t[0] for t in theirs], autojunk=False)
            ops = matcher.get_opcodes()
            for at, (tag, a0, a1, b0, b1) in enumerate(ops):
                if tag != "replace" or not (at and ops[at - 1][0] == "equal" or at + 1 < len(ops) and ops[at + 1][0] == "equal"):
                    continue
                source_words = {t[0] for t in theirs[b0:b1]}
                for k in range(a0, a1):
                    word = mine[k][0]
                    turned = words.opposite.get(word, frozenset()) & source_words
                    if not turned or word in written or turned & said:
                        continue
                    start, end = mine[k][1], mine[k][2]
                    shown = prov.quote[theirs[b0][1] : theirs[b1 - 1][2]]
                    message = f"the sources have {shown!r} here, the opposite of {facts.text[start:end]!r}"
                    return [Verdict("quote", True, start, end, facts.text[start:end], shown, message, (claim,))]
    return []
