"""Compare quotations with the sources: exact, misquoted (with a word diff), or unknown.

A quotation matches when its words occur in a source quotation in order, ignoring curly
vs straight quotes, case, whitespace, "..." elisions and [bracketed] insertions. A near
match is a misquote, shown against the closest version; when sources disagree, matching
any version is enough.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache

from factcheck.compare import TOPIC, QuoteMatch, SentenceFacts, Verdict
from factcheck.corpus.index import ClaimIndex
from factcheck.model import Mention
from factcheck.textutil import fold, normalize

MIN_WORDS = 3  # "Safe Harbor" in quotes is a name, not a quotation
NEAR = 84.0


def _segments(words: str) -> list[str]:
    text = normalize(words)
    parts = re.split(r"\s*(?:\.\.\.|…|\[[^\]]*\])\s*", text)
    return [p.strip(" ,.;:!?'\"") for p in parts if p.strip(" ,.;:!?'\"")]


def _in_order(segments: list[str], text: str) -> bool:
    at = 0
    for segment in segments:
        found = text.find(segment, at)
        if found < 0:
            return False
        at = found + len(segment)
    return True


@lru_cache(maxsize=16384)  # every quote claim's words, cleaned once per run rather than once per drafted quote
def _clean(text: str) -> str:
    return re.sub(r"\[[^\]]*\]", " ", normalize(text))


def _shown(text: str) -> list[str]:
    """The words of `text` as the source writes them (case and punctuation kept), one per word of _clean(text)."""
    return re.sub(r"\[[^\]]*\]", " ", unicodedata.normalize("NFKC", fold(text))).split()


def match(words: str, index: ClaimIndex) -> QuoteMatch | None:
    segments = _segments(words)
    if sum(len(s.split()) for s in segments) < MIN_WORDS:
        return None
    exact = [index.cards[cid].claim for cid in index.quote_ids if _in_order(segments, _clean(index.cards[cid].words))]
    if exact:
        return QuoteMatch(tuple(exact), (), 100.0, "", "")
    from rapidfuzz import fuzz  # here, not at the top: a draft with no near-quote never pays its import

    wanted = " ".join(segments)
    scored = []
    for cid in index.quote_ids:
        card = index.cards[cid]
        source_words = _clean(card.words)
        score = fuzz.partial_ratio(wanted, source_words) if len(wanted) <= len(source_words) else fuzz.partial_ratio(source_words, wanted)
        # A whole quotation with words silently left out aligns badly inside a window of its own length.
        score = max(score, fuzz.ratio(wanted, source_words))
        scored.append((score, cid, source_words))
    if not scored:
        return None
    scored.sort(key=lambda item: -item[0])
    best_score = scored[0][0]
    if best_score < NEAR:
        # A short quotation with one word changed ("a huge win for wolves") scores low by characters;
        # by words it is plainly the source's with one swapped: the first such is the closest version.
        scored = [item for item in scored[:5] if item[0] >= 60 and _one_word_off(wanted, item[2])]
        if not scored:
            return None
        best_score = NEAR
    best_id, best_words = scored[0][1], scored[0][2]
    near = tuple(index.cards[cid].claim for score, cid, _ in scored if cid == best_id or score >= best_score - 0.5)
    expected, diff = _aligned(wanted, best_words, _shown(index.cards[best_id].claim.words or ""))
    return QuoteMatch((), near, best_score, expected, diff)


def _one_word_off(wanted: str, source: str) -> bool:
    """All but one of four or more words stand in the source in order, the changed one inside them."""
    mine = [w.strip(",.;:!?") for w in wanted.split()]
    theirs = [w.strip(",.;:!?") for w in source.split()]
    if len(mine) < 4:
        return False
    matcher = difflib.SequenceMatcher(a=theirs, b=mine, autojunk=False)
    same = sum(b.size for b in matcher.get_matching_blocks())
    return same >= len(mine) - 1 and matcher.find_longest_match(0, len(theirs), 0, len(mine)).size >= 3


def _aligned(wanted: str, source: str, shown: list[str]) -> tuple[str, str]:
    """The source words that line up with the draft's (as the source writes them), and a word diff between them."""
    draft_words = [w.strip(",.;:!?") for w in wanted.split()]
    source_words = [w.strip(",.;:!?") for w in source.split()]
    matcher = difflib.SequenceMatcher(a=source_words, b=draft_words, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return source, ""
    lo = max(0, blocks[0].a - blocks[0].b)
    hi = min(len(source_words), blocks[-1].a + blocks[-1].size + (len(draft_words) - blocks[-1].b - blocks[-1].size))
    window = source_words[lo:hi]
    ops = difflib.SequenceMatcher(a=window, b=draft_words, autojunk=False).get_opcodes()
    changes = []
    for tag, a0, a1, b0, b1 in ops:
        if tag == "equal":
            continue
        removed, added = " ".join(window[a0:a1]), " ".join(draft_words[b0:b1])
        if tag == "replace":
            changes.append(f'"{added}" for "{removed}"')
        elif tag == "delete":
            changes.append(f'leaves out "{removed}"')
        else:
            changes.append(f'adds "{added}"')
    if len(shown) != len(source_words):
        return " ".join(window), "; ".join(changes)
    return " ".join(shown[lo:hi]).strip(" ,;:"), "; ".join(changes)


def _short_misquote(facts: SentenceFacts, mention: Mention) -> Verdict | None:
    """`left the department "no good options"` for the source's "no good choices": a whole short quotation
    with one word swapped. Too short to match by characters, so only held against a quote claim the
    sentence is plainly about (it names someone the claim is about) and of the very same length."""
    quote = mention.value
    mine = [w.strip(",.;:!?") for w in _clean(quote.words).split()]
    if len(mine) != MIN_WORDS:
        return None
    for cand in facts.candidates:
        if cand.coverage < TOPIC or not cand.card.words or not any(k.startswith("@") for k in cand.shared):
            continue
        theirs = [w.strip(",.;:!?") for w in _clean(cand.card.words).split()]
        changed = [i for i, (a, b) in enumerate(zip(mine, theirs, strict=False)) if a != b]
        if len(theirs) == len(mine) and len(changed) == 1:
            i = changed[0]
            expected = (cand.card.claim.words or "").strip(" ,.;:!?")
            return Verdict(
                "quote", True, quote.inner_start, quote.inner_end, quote.words, expected, f'misquotation: "{mine[i]}" for "{theirs[i]}"', (cand.card.claim,)
            )
    return None


def compare(facts: SentenceFacts, index: ClaimIndex) -> list[Verdict]:
    verdicts = []
    for mention, found in zip(facts.quotes, facts.quote_matches, strict=False):
        if found is None:
            short = _short_misquote(facts, mention)
            if short is not None:
                verdicts.append(short)
            continue
        quote = mention.value
        if found.exact:
            versions = {c.fact for c in found.exact if c.fact}
            note = (
                "the sources give this quotation in more than one version; the draft matches one"
                if versions and any(c.fact in versions and c.id not in {e.id for e in found.exact} for c in index.corpus.claims.values())
                else ""
            )
            verdicts.append(Verdict("quote", False, quote.inner_start, quote.inner_end, quote.words, "", "quotation matches the source", found.exact, note))
            continue
        start, end, drafted, expected = _narrowed(quote.inner_start, quote.words, found.expected)
        verdicts.append(Verdict("quote", True, start, end, drafted, expected, f"misquotation: {found.diff}" if found.diff else "misquotation", found.near[:1]))
    return verdicts


_TOKEN = re.compile(r"\S+")


def _narrowed(at: int, words: str, source: str) -> tuple[int, int, str, str]:
    """(start, end, draft's words, source's words) of the one place a quotation differs from its source,
    so the underline and the fix cover "actually" for "in fact", not 118 characters; the whole quotation
    when it differs in more than one place."""
    mine, theirs = list(_TOKEN.finditer(words)), source.split()
    if not mine or not theirs:
        return at, at + len(words), words, source
    ops = [
        op
        for op in difflib.SequenceMatcher(a=[_bare(m.group(0)) for m in mine], b=[_bare(w) for w in theirs], autojunk=False).get_opcodes()
        if op[0] != "equal"
    ]
    if len(ops) != 1:
        return at, at + len(words), words, source
    _, a0, a1, b0, b1 = ops[0]
    if a0 == a1:  # the draft leaves words out: underline the word before the gap (or after, at the start)
        a0, a1, b0, b1 = (a0 - 1, a0, b0 - 1, b1) if a0 > 0 else (a0, a0 + 1, b0, b1 + 1)
    first, last = mine[a0], mine[a1 - 1]
    drafted = words[first.start() : last.end()]
    # the draft's own punctuation around the words stays: only the words change
    lead = len(drafted) - len(drafted.lstrip(_EDGE))
    trail = len(drafted) - len(drafted.rstrip(_EDGE))
    core_start, core_end = first.start() + lead, last.end() - trail
    expected = " ".join(theirs[b0:b1]).strip(_EDGE)
    return at + core_start, at + core_end, words[core_start:core_end], expected


_EDGE = " ,.;:!?\"'“”‘’()[]"


def _bare(word: str) -> str:
    return word.strip(_EDGE).lower().replace("’", "'")
