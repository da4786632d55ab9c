"""Verdicts -> Findings: severity, supported / unsupported, citations, stable order.

A contradiction is an error; a sentence the claims back is a `supported` info citing them;
a sentence that states checkable things (figures, dates, quotations, named people) that
no claim covers is an `unsupported` warning. A part no backing claim gives is a warning too,
unless a backing claim says something else in its place (contrast.py): then it is an error.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from factcheck.compare import SUPPORT, TOPIC, SentenceFacts, Verdict
from factcheck.contrast import contrasts
from factcheck.corpus import anchor
from factcheck.corpus.index import ClaimIndex
from factcheck.draft import Draft
from factcheck.lexicon import lexicon
from factcheck.model import Claim, Finding
from factcheck.retrieve import Candidate
from factcheck.segment import MAX_CHARS, MAX_WORDS
from factcheck.support import unbacked
from factcheck.textutil import content_stems, normalize, stem

# Words that only say a value is a date or a figure ("release date", "the total"): two sentences
# sharing them share no topic. The lexicon's word set "value-word", stemmed as keys are.
_VALUE_WORDS = frozenset(stem(w) for w in lexicon().words("value-word"))
MAX_CITED = 3


def citation(claim: Claim, index: ClaimIndex) -> dict[str, Any]:
    """The claim as the report cites it: id, source, verbatim quote, sources/FILE:LINE."""
    prov = claim.provenance[0] if claim.provenance else None
    if prov is None:
        return {"id": claim.id, "source": "", "quote": "", "location": ""}
    source = index.corpus.sources.get(prov.source)
    location = ""
    if source is not None:
        found = anchor.find(source.text, prov.quote, prefix=prov.prefix, suffix=prov.suffix, line=prov.line)
        location = f"{source.path}:{found.line if found else (prov.line or 1)}"
    return {"id": claim.id, "source": prov.source, "quote": prov.quote, "location": location}


def fingerprint(kind: str, claims: tuple[Claim, ...], sentence: str) -> str:
    """Stable id of a finding: its kind, its claim and its sentence's words, not its line."""
    import hashlib

    key = "|".join([kind, ",".join(sorted(c.id for c in claims[:1])), normalize(sentence)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _finding(draft: Draft, base: int, verdict: Verdict, index: ClaimIndex, severity: str, sentence: str = "") -> Finding:
    line, column = draft.line_col(base + verdict.start)
    end_line, end_column = draft.line_col(base + max(verdict.start, verdict.end - 1))
    message = verdict.message + (f" ({verdict.note})" if verdict.note else "")
    return Finding(
        line_text=_line_text(draft, line),
        fix=verdict.expected if verdict.contradicts else "",
        fingerprint=fingerprint(verdict.kind, verdict.claims, sentence),
        path=draft.path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column + 1,
        kind=verdict.kind,
        severity=severity,
        message=message,
        text=verdict.found,
        expected=verdict.expected,
        claims=tuple(citation(c, index) for c in verdict.claims[:MAX_CITED]),
    )


def _line_text(draft: Draft, line: int) -> str:
    """The file's line `line` (1-based, counted as `Draft.line_col` counts): one line cut out, not the
    whole file split once per finding (quadratic on a 10 MB draft)."""
    if not 0 < line <= len(draft.starts):
        return ""
    start = draft.starts[line - 1]
    end = draft.starts[line] if line < len(draft.starts) else len(draft.text)
    return _cut(draft.text, start, end)


@lru_cache(maxsize=8)  # the findings of one line share one copy of it: 800 on a 1 MB line would hold 800 MB
def _cut(text: str, start: int, end: int) -> str:
    return text[start:end].removesuffix("\n").removesuffix("\r")


def window_notice(draft: Draft, start: int, end: int, words: int) -> Finding:
    """A warning that a sentence of `words` words, too long to check whole, was checked in parts; its
    first part is at draft offsets start..end. Never silent: a figure whose subject lies in another
    part is not held against the claims about it."""
    line, column = draft.line_col(start)
    end_line, end_column = draft.line_col(max(start, end - 1))
    sentence = draft.text[start:end]
    return Finding(
        path=draft.path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column + 1,
        kind="unsupported",
        severity="warning",
        text=sentence,
        message=f"a sentence of {words:,} words is checked in parts of at most {MAX_WORDS} words or {MAX_CHARS:,} characters; "
        "split it so each statement is checked whole",
        line_text=_line_text(draft, line),
        fingerprint=fingerprint("unsupported", (), sentence),
    )


def _topical(shared: frozenset[str]) -> frozenset[str]:
    return shared - _VALUE_WORDS


_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]+\b")


def _told(facts: SentenceFacts) -> frozenset[str]:
    """What the sentence says of those it names: the stems of its words in lower case outside their names."""
    spans = [(m.start, m.end) for m in facts.entities]
    return frozenset(s for w in _LOWER_WORD.finditer(facts.text) if not any(a <= w.start() < b for a, b in spans) for s in content_stems(w.group(0)))


def _enough(shared: frozenset[str]) -> bool:
    """Two words in common can be chance; three, or a name and a word, are a topic. Words that only
    say there is a date or a figure ("date", "year", "total") are no topic."""
    shared = _topical(shared)
    return len(shared) >= 3 or (len(shared) >= 2 and any(k.startswith("@") for k in shared))


def _grounded(cand: Candidate, agreed: set[str]) -> bool:
    """Enough in common with the sentence for the claim to contradict it. Two shared words do when they
    are nearly all the sentence says ("Improper payments | $7.4 million"); a value the claim states too
    counts as one ("The $5.4 million renovation took 18 months" and "... renovation ... took 18 months")."""
    if _enough(cand.shared):
        return True
    words = len(_topical(cand.shared))
    if cand.card.claim.id in agreed:
        return words >= 1
    return words >= 2 and cand.coverage >= 0.8


def _unsourced_quotation(facts: SentenceFacts, about_corpus: bool) -> Verdict | None:
    """A quotation given to someone that no source has, near or exact: never cite the sentence as backed.
    Given to someone the registry knows, it is the corpus's business; given to no one or a stranger, only
    when the sentence is otherwise about the corpus (a changelog's quoted titles are not)."""
    speakers = facts.speakers or (None,) * len(facts.quotes)
    for mention, found, known in zip(facts.quotes, facts.quote_matches, speakers, strict=False):
        quote = mention.value
        words = len(quote.words.split())
        if found is None and words >= 3 and (known or (about_corpus and (quote.speaker is not None or words >= 6))):
            return Verdict(
                "unsupported", False, quote.inner_start, quote.inner_end, quote.words, "", "no source has this quotation; check it against the original", ()
            )
    return None


def _one_name(a: Verdict, b: Verdict, facts: SentenceFacts) -> bool:
    """The two are about one titled name, its title and its name: "Transportation Director Nadia Kovar" is one
    mistake (her title, or the director's name), told once."""
    for m in facts.entities:
        if m.value.title_span is None:
            continue
        lo, hi = min(m.value.title_span[0], m.start), max(m.value.title_span[1], m.end)
        if lo <= a.start and a.end <= hi and lo <= b.start and b.end <= hi:
            return True
    return False


def findings_for(draft: Draft, base: int, facts: SentenceFacts, verdicts: list[Verdict], index: ClaimIndex) -> list[Finding]:
    errors: list[Verdict] = []
    # A figure or date of the sentence that the claim states too is a shared key of the strongest kind
    # ("The $5.4 million renovation took 18 months" and "The $4.5 million renovation ... took 18 months").
    agreed = {c.id for v in verdicts if v.kind in ("date", "number") and not v.contradicts for c in v.claims[:1]}
    # A document the sentence is plainly about lends its other claims ground: "At the same May 15 meeting, the
    # committee approved S. Res. 211" shares only "meeting" with the summary's header "BUSINESS MEETING
    # SUMMARY Wednesday, May 14, 2025", but the rest of it is that summary's.
    about = {p.source for c in facts.candidates if c.coverage >= TOPIC and _enough(c.shared) for p in c.card.claim.provenance}
    thin = {
        c.card.claim.id
        for c in facts.candidates
        if not _grounded(c, agreed) and not (_topical(c.shared) and about & {p.source for p in c.card.claim.provenance})
    }
    for verdict in verdicts:
        if (
            verdict.contradicts
            and verdict.kind in ("date", "number", "entity")
            and verdict.claims
            and verdict.claims[0].id in thin
            and not verdict.extra.get("ground")
        ):
            continue  # "Two senators, one cause": two common words are no ground to contradict a claim
        if verdict.contradicts and not any(e.start < verdict.end and verdict.start < e.end or _one_name(e, verdict, facts) for e in errors):
            errors.append(verdict)  # one finding per wrong span, from the comparer that spoke first
    out = [_finding(draft, base, v, index, "error", facts.text) for v in errors]
    if errors:
        return out
    # Only about what the corpus covers (issue 11): a sentence that names someone or something of the
    # registry, or shares a topic with a claim. A changelog's dates and figures are none of its business.
    about_corpus = bool(facts.entities) or any(_enough(c.shared) and c.coverage >= TOPIC for c in facts.candidates)
    unsourced = _unsourced_quotation(facts, about_corpus)
    if unsourced is not None:
        return [_finding(draft, base, unsourced, index, "warning", facts.text)]
    backing: list[Claim] = []
    for verdict in verdicts:
        if not verdict.contradicts:
            backing.extend(c for c in verdict.claims if c not in backing)
    best = max((c.coverage for c in facts.candidates), default=0.0)
    told = _told(facts)
    for cand in facts.candidates:
        if cand.coverage >= SUPPORT and cand.coverage >= best - 0.15 and _enough(cand.shared) and cand.card.claim not in backing:
            if told and not cand.shared & told:
                continue  # "She lives in Westfall" of a roster naming her and Westfall: the names, not what the sentence says of them
            backing.append(cand.card.claim)
    start = len(facts.text) - len(facts.text.lstrip())
    end = len(facts.text.rstrip())
    cards = [index.cards[c.id] for c in backing if c.id in index.cards]
    loose = unbacked(facts, verdicts, cards, index)
    if backing and loose:
        # A part no backing claim gives, where one of them says something else among the same words, is wrong
        contrasted = contrasts(facts, loose, cards, index, lexicon())
        if contrasted:
            return [_finding(draft, base, v, index, "error", facts.text) for v in contrasted]
        # Strict support (issue 11): a sentence is backed only when every value it states is. The rest
        # of it is, so its claims are cited, but the writer is told which parts no source gives.
        parts = ", ".join(f"'{m.text}'" for m in loose[:3]) + (f" and {len(loose) - 3} more" if len(loose) > 3 else "")
        verdict = Verdict("unsupported", False, start, end, loose[0].text, "", f"the sources back the rest of this sentence, not {parts}", tuple(backing))
        return [_finding(draft, base, verdict, index, "warning", facts.text)]
    if backing:
        note = next((v.note for v in verdicts if v.note), "")
        verdict = Verdict("supported", False, start, end, "", "", "backed by the sources" + (f"; {note}" if note else ""), tuple(backing))
        return [_finding(draft, base, verdict, index, "info", facts.text)]
    checkable = facts.dates or facts.numbers or facts.quotes or any(m.value.party or m.value.state or m.value.title for m in facts.entities)
    if checkable and about_corpus:
        # The file's own characters: the sentence's text has its line breaks and tabs made spaces.
        verdict = Verdict("unsupported", False, start, end, draft.text[base + start : base + end], "", "no claim covers this statement", ())
        return [_finding(draft, base, verdict, index, "warning", facts.text)]
    return []
