"""Run a selftest: a ClaimIndex and a seed -> Cases -> Outcomes (what verify said about each) -> Tally.

Every case is a Draft made in memory (draft.parse_draft) and checked with pipeline.verify_draft
against the index loaded once, at the date of the claim's source, so relative dates mean what
they meant there. Deterministic for a seed: claims and rewrites are sorted before sampling.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from factcheck.corpus.index import ClaimIndex
from factcheck.draft import parse_draft
from factcheck.facts import masked
from factcheck.lexicon import lexicon
from factcheck.mentions import dates, numbers
from factcheck.model import Claim
from factcheck.pipeline import verify_draft
from factcheck.selftest import OPERATORS
from factcheck.selftest.cases import FAITHFUL, Case, Context, Seed
from factcheck.textutil import content_stems

PER_OPERATOR = 2  # rewrites kept per claim and operator: enough cases, without one sentence weighing much


@dataclass(frozen=True, slots=True)
class Outcome:
    case: Case
    errors: tuple[str, ...]  # the kinds of the errors verify reported, in order

    @property
    def caught(self) -> bool:
        return bool(self.errors)

    @property
    def right_kind(self) -> bool:
        return self.case.kind in self.errors


def seeds(index: ClaimIndex, sample: int | None, rng: random.Random) -> list[Seed]:
    """One seed per claim (a sample of them when asked): its first provenance quote, at its source's date."""
    ids = sorted(index.cards)
    if sample is not None and sample < len(ids):
        ids = sorted(rng.sample(ids, sample))
    out = []
    for claim_id in ids:
        claim = index.cards[claim_id].claim
        if not claim.provenance or not claim.provenance[0].quote.strip():
            continue
        source = index.corpus.sources.get(claim.provenance[0].source)
        as_of = source.published.date if source is not None and source.published is not None else None
        text = claim.provenance[0].quote
        if _values_only(text, as_of) and claim.statement:
            text = claim.statement  # "Monday, April 21, 2014", a page's header: no one restates a bare date
        out.append(Seed(claim, _as_quoted(claim, text, index), as_of))
    return out


def _values_only(text: str, as_of: str | None) -> bool:
    """The passage states its dates and figures and nothing they are about."""
    found = dates.detect(text, as_of)
    found += numbers.detect(text, skip=[(m.start, m.end) for m in found])
    weekdays = {stem for d in lexicon().weekdays for stem in content_stems(d.name)}  # "Monday, April 21, 2014"
    return bool(found) and not set(content_stems(masked(text, found))) - weekdays


_MARKS = ("“", "”", '"')


def _as_quoted(claim: Claim, text: str, index: ClaimIndex) -> str:
    """A quote claim whose source sets the words apart without quotation marks (a pull quote, the name
    on a line below) is restated as a writer quotes it: the words in marks, then who said them. Else a
    mutation of its words is plain prose, which no one reads as a quotation."""
    speaker = index.corpus.entities.get(claim.speaker or "")
    if claim.kind != "quote" or not claim.words or speaker is None or any(m in text for m in _MARKS):
        return text
    return f"“{claim.words.strip()}” {speaker.name} said."


def cases(found: list[Seed], ctx: Context, rng: random.Random, kinds: tuple[str, ...] = ()) -> list[Case]:
    """Every operator on every seed, up to PER_OPERATOR rewrites each; the same text twice counts once."""
    out: list[Case] = []
    seen: set[tuple[str, str, str | None]] = set()
    for seed in found:
        for name, (kind, operator) in OPERATORS.items():
            if kinds and kind not in kinds:
                continue
            rewrites = sorted(operator(seed, ctx), key=lambda r: (r.text, r.change))
            if kind != FAITHFUL:
                rewrites = [r for r in rewrites if r.text != seed.text]  # a no-op is no mutation (tests catch the generator)
            for rewrite in rng.sample(rewrites, min(PER_OPERATOR, len(rewrites))):
                as_of = rewrite.as_of or seed.as_of
                key = (name, rewrite.text, as_of)
                if key in seen:
                    continue
                seen.add(key)
                out.append(Case(kind, name, seed.claim.id, rewrite.text, as_of, rewrite.change))
    return out


def verify_case(case: Case, index: ClaimIndex) -> Outcome:
    draft = parse_draft(case.text, "selftest.txt", markdown=False)
    errors = tuple(f.kind for f in verify_draft(draft, index, case.as_of) if f.severity == "error")
    return Outcome(case, errors)


def run(
    index: ClaimIndex, *, seed: int, sample: int | None = None, kinds: tuple[str, ...] = (), progress: Callable[[int, int], None] | None = None
) -> tuple[int, list[Outcome]]:
    """(claims sampled, the outcome of every case)."""
    rng = random.Random(seed)
    ctx = Context(index, lexicon())
    found = seeds(index, sample, rng)
    made = cases(found, ctx, rng, kinds)
    outcomes = []
    for number, case in enumerate(made, 1):
        outcomes.append(verify_case(case, index))
        if progress is not None:
            progress(number, len(made))
    return len(found), outcomes
