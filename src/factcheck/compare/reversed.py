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
from collections.abc import Sequence
from typing import NamedTuple

from factcheck.compare import SentenceFacts, Verdict
from factcheck.compare.swaps import tokens
from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.textutil import stem

# How much of the sentence the claim must account for before its wording is aligned with it; a word against its
# lexicon opposite ("ahead" for "behind") asks less than a turned verb or a negation: the pair itself is evidence.
REVERSED = 0.55
OPPOSED = 0.45


class _Words(NamedTuple):
    opposite: dict[str, frozenset[str]]  # "ahead" -> {"behind"}, both ways
    speech: re.Pattern[str]  # a speech verb: the evidence reports someone's words
    negation: frozenset[str]  # "not", "never": a word that turns what follows it
    phrases: tuple[str, ...]  # "no one", "not any": a negation of more than one word


@per_lexicon
def _words(lex: Lexicon) -> _Words:
    opposite: dict[str, set[str]] = {}
    for pair in lex.words("opposite"):
        one, other = pair.split("|")
        opposite.setdefault(one, set()).add(other)
        opposite.setdefault(other, set()).add(one)
    speech = re.compile(rf"\b(?:{alternation(lex.speech_forms(tenses=('past', 'present')))})\b", re.I)
    negation = frozenset(w for w in lex.words("negation") if " " not in w)  # "not", "never", and the ending "n't"
    phrases = tuple(f" {w} " for w in lex.words("negation") if " " in w)
    return _Words({w: frozenset(o) for w, o in opposite.items()}, speech, negation, phrases)


# The words after a turned verb that both texts must share, so that it is the same thing said the other way.
SHARED_AFTER = 3
# The source's words shown for a turned verb, at most.
SHOWN = 4
# A turned phrase this short on both sides ("could not" for "may") is the same words said the other way.
SHORT = 3


# A table row's cells, read as one sentence, are set apart by the blanks its pipes became.
_CELL_BREAK = re.compile(r"\W*\s{3,}\W*")


def _negates(word: str, negation: frozenset[str]) -> bool:
    """The word is a negation, or ends in one the lexicon writes as an ending ("n't": "doesn't")."""
    return word in negation or any(word.endswith(end) for end in negation if end.startswith("n'"))


def _negated(words: list[str], negation: frozenset[str], phrases: tuple[str, ...] = ()) -> bool:
    """A negation among the words: one word ("nobody"), or one of more ("no one")."""
    joined = f" {' '.join(words)} "
    return any(_negates(w, negation) for w in words) or any(p in joined for p in phrases)


def _polarity(
    mine: tuple[tuple[str, int, int], ...],
    theirs: tuple[tuple[str, int, int], ...],
    ops: Sequence[tuple[str, int, int, int, int]],
    at: int,
    negation: frozenset[str],
    phrases: tuple[str, ...] = (),
    text: str = "",
) -> tuple[int, int] | None:
    """The draft's words of op `at` when one text negates what the other says, and the words after are the
    same: "Tamarack plans broad price increases in the fourth quarter" for "we are not planning broad price
    increases in the fourth quarter". The span is the draft's verb, or its negation."""
    tag, a0, a1, b0, b1 = ops[at]
    if tag == "equal" or at + 1 >= len(ops) or ops[at + 1][0] != "equal" or ops[at + 1][2] - ops[at + 1][1] < SHARED_AFTER:
        return None
    if a1 > a0 and _CELL_BREAK.fullmatch(text, mine[a1 - 1][2], mine[a1][1]):
        return None  # "| Amb. Wayne | not quoted | "the United States ..." |": a table's cells are no one clause
    ours, their = [t[0] for t in mine[a0:a1]], [t[0] for t in theirs[b0:b1]]
    if _negated(ours, negation, phrases) == _negated(their, negation, phrases):
        return None
    # the verb both say, one of them turned: a word of the draft's sharing a stem with the source's words there
    # ("plans", "planning"); a negation with no such verb beside it is a paraphrase ("did not pass" for "failed")
    stems = {stem(w) for w in their if w not in negation}
    verb = [i for i in range(a0, a1) if mine[i][0] not in negation and stem(mine[i][0]) in stems]
    if _negated(ours, negation):
        # the draft's negation in place of the source's few words ("could not be" for "may be"), or beside its verb
        k = next(i for i in range(a0, a1) if _negates(mine[i][0], negation))
        short = 0 < b1 - b0 <= SHORT and k >= a1 - SHORT  # the negation right before the words both share
        return (mine[k][1], mine[k][2]) if verb or short else None
    if verb:
        return mine[verb[-1]][1], mine[verb[-1]][2]
    if tag == "delete" and at and ops[at - 1][0] == "equal":
        k = ops[at + 1][1]  # "we are planning" for "we are not planning": the word the negation stood before
        return mine[k][1], mine[k][2]
    return None


def compare(facts: SentenceFacts, index: ClaimIndex, *, lex: Lexicon | None = None) -> list[Verdict]:
    words = _words(lex or lexicon())
    mine = tokens(facts.text)
    said = {t[0] for t in mine}
    # a quotation a source has word for word: its words are the speaker's, whatever another source reports of them
    verbatim = [(q.start, q.end) for q, found in zip(facts.quotes, facts.quote_matches or (), strict=False) if found is not None and found.exact]
    for cand in facts.candidates:
        if cand.coverage < OPPOSED:
            continue
        claim = cand.card.claim
        for prov in claim.provenance:
            if claim.kind != "quote" and not words.speech.search(prov.quote):
                continue  # the source's own statement, not someone's words
            theirs = tokens(prov.quote)
            written = {t[0] for t in theirs}
            matcher = difflib.SequenceMatcher(a=[t[0] for t in mine], b=[t[0] for t in theirs], autojunk=False)
            ops = matcher.get_opcodes()
            for at in range(len(ops) if cand.coverage >= REVERSED else 0):
                turned_at = _polarity(mine, theirs, ops, at, words.negation, words.phrases, facts.text)
                if turned_at is not None and any(a <= turned_at[0] < b for a, b in verbatim):
                    continue
                if turned_at is not None:
                    b0, b1 = ops[at][3], ops[at][4]
                    b0 = max(b0, b1 - SHOWN)  # "we are not planning", not the whole turn before it
                    shown = prov.quote[theirs[b0][1] : theirs[b1 - 1][2]] if b1 > b0 else "without it"
                    start, end = turned_at
                    message = f"the sources have {shown!r} here, the opposite of {facts.text[start:end]!r}"
                    return [Verdict("quote", True, start, end, facts.text[start:end], shown, message, (claim,))]
            if not said & words.opposite.keys():
                continue
            for at, (tag, a0, a1, b0, b1) in enumerate(ops):
                if tag != "replace" or not (at and ops[at - 1][0] == "equal" or at + 1 < len(ops) and ops[at + 1][0] == "equal"):
                    continue
                source_words = {t[0] for t in theirs[b0:b1]}
                for k in range(a0, a1):
                    word = mine[k][0]
                    turned = words.opposite.get(word, frozenset()) & source_words
                    if not turned or word in written or turned & said or any(a <= mine[k][1] < b for a, b in verbatim):
                        continue
                    if any(m.start <= mine[k][1] < m.end for m in facts.numbers):
                        continue  # a figure's hedge ("Fewer than three in ten"): the number comparer holds it to its figure
                    start, end = mine[k][1], mine[k][2]
                    shown = prov.quote[theirs[b0][1] : theirs[b1 - 1][2]]
                    message = f"the sources have {shown!r} here, the opposite of {facts.text[start:end]!r}"
                    return [Verdict("quote", True, start, end, facts.text[start:end], shown, message, (claim,))]
    return []
