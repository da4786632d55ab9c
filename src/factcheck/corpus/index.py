"""Index a corpus once per run for retrieval: Corpus -> ClaimIndex.

Each claim becomes a ClaimCard: its words (stems of statement, quotation and evidence),
the entities it is about, and its comparable values (dates, figures, places) read from
its typed `values` and, where those are missing, detected in its evidence with the same
detectors that read drafts (relative dates resolved against the source's own date). An
inverted index from stem and entity to cards makes retrieval cost proportional to what a
sentence shares with the corpus, not to the corpus size.

A claim whose provenance quote is no longer in its source (the source was edited, or the
quote never matched) is not evidence: it gets no card, and the index's corpus leaves it
out, so nothing in verify can cite it or judge by it. Its id is kept in `skipped` so verify
can say how many were left out; `factcheck check` names them. "Still in its source" means
what check means by it: anchor.find finds the quote verbatim in the source's text, wherever
it moved to.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from factcheck import frames
from factcheck.corpus import anchor
from factcheck.lexicon import alternation, lexicon
from factcheck.mentions import dates, number_forms, number_words, numbers
from factcheck.mentions.names import NameIndex, build_index
from factcheck.model import Claim, Corpus, DateSpan, Provenance, Quantity
from factcheck.textutil import content_stems, is_question, normalize


@dataclass(frozen=True, slots=True)
class ClaimCard:
    claim: Claim
    stems: frozenset[str]
    entities: frozenset[str]
    dates: tuple[DateSpan, ...]
    numbers: tuple[Quantity, ...]
    places: tuple[str, ...]  # entity ids or lower-cased names of where it happened
    words: str  # the quotation, normalised (quote claims)
    evidence: str  # the provenance quotes, normalised
    number_frames: tuple[str, ...] = ()  # per figure of `numbers`: what it is about (frames.encode)
    date_frames: tuple[str, ...] = ()  # per date of `dates`, likewise ("" when the evidence does not write it)

    @property
    def source(self) -> str:
        """The source its first evidence is from ("" for none)."""
        return self.claim.provenance[0].source if self.claim.provenance else ""


@dataclass(frozen=True, slots=True)
class ClaimIndex:
    corpus: Corpus
    cards: dict[str, ClaimCard]
    postings: dict[str, tuple[str, ...]]  # stem or "@entity" -> claim ids
    idf: dict[str, float]
    names: NameIndex
    quote_ids: tuple[str, ...]
    members: dict[str, frozenset[str]]  # group entity -> member entity ids
    common_words: frozenset[str] = frozenset()  # words the claims write in lower case: common nouns, not names
    unseen_idf: float = 1.0  # the weight of a word no claim has: the largest idf
    skipped: tuple[str, ...] = ()  # claims left out: a provenance quote is no longer in its source
    titles: dict[str, str] = field(default_factory=dict)  # a source's title, normalised -> its id (a citation quotes it)


def _source_date(corpus: Corpus, source_id: str) -> str | None:
    source = corpus.sources.get(source_id)
    return source.published.date if source and source.published else None


def _typed_dates(claim: Claim) -> list[DateSpan]:
    found = []
    for value in claim.values:
        if value.type != "date":
            continue
        span = dates.parse_iso(str(value.value))
        if span is None:
            continue
        end = dates.parse_iso(str(value.get("end"))) if value.get("end") else None
        if end is not None:
            span = DateSpan(span.first, end.last, span.precision, bool(value.get("relative")))
        found.append(span)
    return found


# "212 students had been excluded: 131 at Millbrook Elementary and 81 at Ashby Middle School": a figure with no noun
# of its own whose words open on where it was counts what the figure before it counts
_BREAKDOWN = re.compile(rf"(?:{alternation(lexicon().words('breakdown-preposition'))})\s")


def _typed_numbers(claim: Claim) -> list[Quantity]:
    found: list[Quantity] = []
    for value in claim.values:
        if value.type != "number" or not isinstance(value.value, int | float) or isinstance(value.value, bool):
            continue
        hedge = str(value.get("hedge") or "").lower()
        # "about 1,900" as the draft's figures are read: to its last written place, not the hedge's whole width
        written = _DIGITS.search(str(value.get("as_written") or ""))
        digits = written.group(0).replace(",", "") if written else ""
        low, high = number_words.rounded_to(float(value.value), hedge, digits) if hedge in number_words.HEDGES else (float(value.value), float(value.value))
        unit = number_words.singular(str(value.get("unit") or ""))
        if not unit and found and found[-1].unit and found[-1].unit not in ("tally", "percent", "dollar") and _BREAKDOWN.match(str(value.get("counts") or "")):
            unit = found[-1].unit
        noun = " ".join(str(value.get(k) or "") for k in ("counts", "as_written"))
        found.append(Quantity(float(value.value), low, high, unit, hedge, noun, str(value.get("as_written") or "")))
    return found


def value_keys(figures: Iterable[Quantity]) -> set[str]:
    """A figure precise enough to name a fact is a key of its own ("$62.4 million", "1,387"): a paraphrase
    that shares few words with its claim still shares the figure. Small round counts ("three") are not."""
    return {f"#{q.value!r}" for q in figures if q.value >= 100 or q.value != int(q.value)}


def identifier_keys(figures: Iterable[Quantity]) -> set[str]:
    """An identifier ("Ward 4", "District 3") is a key of its own: a sentence about Ward 4's figure retrieves the
    report's row "Ward 4: 59 lines", though "ward" and the small number alone say little."""
    return {f"#{q.unit} {q.value:g}" for q in figures if q.unit and number_forms.is_identifier(q)}


# A figure with this many significant digits has a digit signature: its digits sorted ("$58.9 million" and
# "$59.8 million" are both "~589"), by which compare/numbers finds the figure a draft's transposed one was.
SIGNATURE_DIGITS = 3
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")  # a figure's digits as written: "1,900" in "about 1,900"


def significant(q: Quantity) -> str:
    """The figure's significant digits: "$58.9 million" -> "589", "$178,536" -> "178536", "$1.17" -> "117"."""
    written = f"{q.value:.2f}".replace(".", "").strip("0")
    return written if written.isdigit() else ""


def digit_keys(figures: Iterable[Quantity]) -> set[str]:
    """A precise figure's digit signature, kept beside the claim's words though no sentence's keys hold it:
    compare/numbers looks it up for a figure no retrieved claim states."""
    return {"~" + "".join(sorted(d)) for q in figures if len(d := significant(q)) >= SIGNATURE_DIGITS and q.unit not in ("tally", "times")}


def date_keys(spans: Iterable[DateSpan]) -> set[str]:
    """A month or a day is a key like a precise figure: "start in March 2027" shares it with "Construction is
    scheduled to begin in March 2027" when no other word is shared. A bare year is too common to name a fact."""
    return {f"#{d.first}/{d.last}" for d in spans if d.precision in ("day", "month")}


def run_ends(spans: Iterable[DateSpan]) -> set[str]:
    """A claim's run of days ("July 18-25") is keyed by its first and its last day too: a draft that writes either
    shares it. (A draft's own run, "earlier this week", keys only itself.)"""
    return {f"#{day}/{day}" for d in spans if d.precision == "day" and d.first != d.last for day in (d.first, d.last)}


def card_for(claim: Claim, corpus: Corpus) -> ClaimCard:
    evidence = " ".join(p.quote for p in claim.provenance)
    text = " ".join([claim.statement, claim.words or "", evidence, claim.context or ""])
    detected_dates: list[DateSpan] = []
    detected_numbers: list[Quantity] = []
    framed: dict[float, str] = {}  # a figure's value -> its frame where the evidence writes it
    dated: dict[tuple[str, str], str] = {}  # a date's (first, last) day -> its frame, likewise
    for prov in claim.provenance:
        if is_question(prov.quote):
            continue  # a question states no figure or date: "how many of those 31 counties ...?" is answered elsewhere
        as_of = _source_date(corpus, prov.source)
        found_dates = dates.detect(prov.quote, as_of)
        detected_dates.extend(m.value for m in found_dates)
        found_numbers = numbers.detect(prov.quote, skip=[(m.start, m.end) for m in found_dates])
        detected_numbers.extend(m.value for m in found_numbers)
        spans = [(m.start, m.end) for m in found_dates + found_numbers]
        for m in found_numbers:
            framed.setdefault(m.value.value, frames.encode(frames.frame_of(prov.quote, m.start, m.end, [s for s in spans if s != (m.start, m.end)])))
        days = [(m.start, m.end) for m in found_dates]
        for m in found_dates:
            dated.setdefault(
                (m.value.first, m.value.last), frames.encode(frames.frame_of(prov.quote, m.start, m.end, [s for s in spans if s != (m.start, m.end)], days))
            )
    typed_dates = _typed_dates(claim)
    typed_numbers = _typed_numbers(claim)
    figures = typed_numbers + [q for q in detected_numbers if not any(q.value == t.value for t in typed_numbers)]
    # A figure the evidence does not write as detected (a typed value's own words) is framed by what it counts.
    number_frames = tuple(framed.get(q.value) or " ".join(sorted(set(content_stems(q.noun)))) for q in figures)
    stated = typed_dates or detected_dates
    # A date the evidence writes in no form detected here is framed where the statement writes it ("On the
    # April 2014 trip, ..."), else it has no frame: "" (it aligns with any).
    if any((d.first, d.last) not in dated for d in stated) and claim.provenance:
        in_statement = dates.detect(claim.statement, _source_date(corpus, claim.provenance[0].source))
        spans = [(m.start, m.end) for m in in_statement]
        for m in in_statement:
            dated.setdefault(
                (m.value.first, m.value.last),
                frames.encode(frames.frame_of(claim.statement, m.start, m.end, [s for s in spans if s != (m.start, m.end)], spans)),
            )
    date_frames = tuple(dated.get((d.first, d.last), "") for d in stated)
    places = tuple(str(v.get("entity") or normalize(str(v.value))) for v in claim.values if v.type == "place")
    entities = set(claim.entities)
    if claim.speaker:
        entities.add(claim.speaker)
    entities.update(str(v.get("entity")) for v in claim.values if v.get("entity"))
    return ClaimCard(
        claim=claim,
        stems=frozenset(content_stems(text)) | value_keys(figures) | identifier_keys(figures) | date_keys(stated) | run_ends(stated) | digit_keys(figures),
        entities=frozenset(entities),
        dates=tuple(stated),
        date_frames=date_frames,
        numbers=tuple(figures),
        number_frames=number_frames,
        places=places,
        words=normalize(claim.words or ""),
        evidence=normalize(evidence),
    )


def quote_found(prov: Provenance, corpus: Corpus) -> bool:
    """The provenance quote is verbatim in its source, where check looks for it (an empty quote is check's schema error)."""
    source = corpus.sources.get(prov.source)
    if source is None:
        return False
    # The context only chooses among repeats; found or not is the same wherever the quote moved.
    return not prov.quote or anchor.find(source.body, prov.quote, prefix=prov.prefix, suffix=prov.suffix) is not None


def broken_claims(corpus: Corpus) -> tuple[str, ...]:
    """Ids of the claims with a provenance quote no longer in its source (or naming no known source)."""
    return tuple(cid for cid, claim in corpus.claims.items() if not all(quote_found(p, corpus) for p in claim.provenance))


def evidence(corpus: Corpus, skipped: tuple[str, ...]) -> Corpus:
    """The corpus without the skipped claims: what verify may cite."""
    if not skipped:
        return corpus
    left_out = set(skipped)
    claims = {cid: claim for cid, claim in corpus.claims.items() if cid not in left_out}
    return Corpus(corpus.root, corpus.sources, claims, corpus.entities)


def build(corpus: Corpus) -> ClaimIndex:
    skipped = broken_claims(corpus)
    usable = evidence(corpus, skipped)
    cards = {claim.id: card_for(claim, usable) for claim in usable.claims.values()}
    return assemble(usable, cards, skipped=skipped, common_words=_common_words(usable))


def assemble(corpus: Corpus, cards: dict[str, ClaimCard], *, skipped: tuple[str, ...], common_words: frozenset[str]) -> ClaimIndex:
    """The index over cards already made: postings, idf, names (cheap: the cache rebuilds these on load)."""
    postings: defaultdict[str, list[str]] = defaultdict(list)
    for claim_id, card in cards.items():
        for key in card.stems:
            postings[key].append(claim_id)
        for entity in card.entities:
            postings["@" + entity].append(claim_id)
    total = max(1, len(cards))
    idf = {key: math.log(1 + total / len(ids)) for key, ids in postings.items()}
    members: dict[str, frozenset[str]] = {}
    for claim in corpus.claims.values():
        if claim.speaker and claim.speakers:
            members[claim.speaker] = members.get(claim.speaker, frozenset()) | frozenset(claim.speakers)
    return ClaimIndex(
        corpus=corpus,
        cards=cards,
        postings={k: tuple(v) for k, v in postings.items()},
        idf=idf,
        names=build_index(corpus.entities),
        quote_ids=tuple(cid for cid, card in cards.items() if card.claim.kind == "quote" and card.words),
        members=members,
        common_words=common_words,
        unseen_idf=max(idf.values(), default=1.0),
        skipped=skipped,
        titles={normalize(src.title).strip(" ,.;:"): src.id for src in corpus.sources.values() if src.title},
    )


def _common_words(corpus: Corpus) -> frozenset[str]:
    words: set[str] = set()
    for claim in corpus.claims.values():
        words.update(_LOWER_WORD.findall(claim.statement or ""))
        for prov in claim.provenance:
            words.update(_LOWER_WORD.findall(prov.quote or ""))
    return frozenset(words)


_LOWER_WORD = re.compile(r"(?<![\w.])[a-z][a-z]+\b")
