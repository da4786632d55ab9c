"""Compare quotations with the sources, word by word: exact, misquoted (with a word diff), or unknown.

A drafted quotation is aligned, word for word, with the closest source passage: a quote claim's
words, or the quoted words of its provenance passage (where "X said" between two quoted
sentences is not the speaker's and is stepped over). Case, curly vs straight marks, hyphens and
punctuation do not count. As writers use them, "..." and "…" stand for words left out (any
number) and "[the bill]" for a few words replaced ("it"): neither is a change. Substitutions,
insertions and deletions are, so are a reworded ending and a word changed in a short fragment of
a long passage: each costs one. When the sources give a quotation in two versions, matching
either is enough.

A claim's own words are tried first for an exact match, its provenance passages only then (a
passage may quote two people). How close is close: the similarity of an alignment is the words
that agree over those plus the changes. On words alone a quotation is a misquote from NEAR up (it
may then be given to the wrong person too), or when nearly all its characters stand in a claim's
words (the earlier, character-level test, kept); when the sentence names the speaker of a quote
claim, from SPOKEN up with half its words agreeing in a row, so a reworded ending of Heitkamp's
words, said by Heitkamp, is a misquote and not a quotation no source has. A quotation of four or
five words is a misquote only with one word swapped in the words of its speaker or of a claim the
sentence is about; of three, only against a whole three-word claim. Below, the quotation is left
to the `unsupported` warning.

Bounds: an alignment is a table of (draft words) x (passage words) cells, and only a few passages,
the ones sharing most words with the quotation, are aligned; past MAX_CELLS a pair is checked for
its exact words only (linear), so a 10,000-word quotation costs no more than reading it.
"""

from __future__ import annotations

from factcheck.compare import TOPIC, QuoteMatch, SentenceFacts, Verdict
from factcheck.compare.quote_align import (
    _EDGE,
    _QUOTED,
    MIN_WORDS,
    NEAR,
    NEAR_CHARACTERS,
    SHORT,
    SPOKEN,
    _align,
    _Alignment,
    _closest,
    _exact,
    _near,
    _norm,
    _Op,
    _Passage,
    _passage,
    _passages,
    _Unit,
    _units,
    _word_count,
)
from factcheck.compare.quote_ends import CLAUSE_MARKS, cut_short
from factcheck.corpus.authors import author_of
from factcheck.corpus.index import ClaimIndex
from factcheck.mentions.quotes import PRONOUNS
from factcheck.model import Claim, Mention
from factcheck.textutil import STOPWORDS, title_cased

_LAST: dict[str, object] = {}


def _cache(index: ClaimIndex) -> dict[str, QuoteMatch | None]:
    """Matches for one index (a draft quotes the same words again and again; the selftest, thousands of times)."""
    if _LAST.get("index") is not index:
        _LAST.clear()
        _LAST["index"] = index
        _LAST["matches"] = {}
        _LAST["aligned"] = {}
        _LAST["passages"] = _passages(index)
    found: dict[str, QuoteMatch | None] = _LAST["matches"]  # type: ignore[assignment]
    if len(found) > 8192:
        found.clear()
        _aligned(index).clear()
    return found


def _aligned(index: ClaimIndex) -> dict[str, _Alignment]:
    """The alignment behind each near match of `_cache(index)`."""
    aligned: dict[str, _Alignment] = _LAST["aligned"]  # type: ignore[assignment]
    return aligned


# The claims a document's quoted words cite, at most: the first few that hold them.
DOCUMENT_CLAIMS = 3


def match_document(words: str, index: ClaimIndex) -> QuoteMatch | None:
    """A quotation no one speaks, in the words of a source's passage: "The Embassy release calls her 'of the
    McCain Institute for International Leadership'" quotes the document itself. Exact matches only: a
    document's words changed are no speaker's misquote."""
    units = _units(words)
    if _word_count(units) < MIN_WORDS:
        return None
    _cache(index)
    known: dict[str, QuoteMatch | None] = _LAST.setdefault("document_matches", {})  # type: ignore[assignment]
    if words not in known:
        if len(known) > 8192:
            known.clear()  # bounded, as the speakers' matches are
        told = _document_words(units, index)
        known[words] = QuoteMatch(told, (), 100.0, "", "") if told else None
    return known[words]


def _documents(index: ClaimIndex) -> list[_Passage]:
    """The documents' own words, passage by passage: what they quote someone saying is that speaker's, and only quote
    claims hold it."""
    _cache(index)
    if "documents" not in _LAST:
        _LAST["documents"] = [
            _passage(cid, _QUOTED.sub(" \x00 ", p.quote), quoted_only=False)
            for cid, card in index.cards.items()
            for p in card.claim.provenance
            if p.quote.strip()
        ]
    documents: list[_Passage] = _LAST["documents"]  # type: ignore[assignment]
    return documents


def _document_words(units: tuple[_Unit, ...], index: ClaimIndex) -> tuple[Claim, ...]:
    """The claims whose source passages hold these words verbatim, whoever's they are (the first few)."""
    documents = _documents(index)
    found: dict[str, Claim] = {}
    for passage in documents:
        if passage.claim_id not in found and _exact(units, passage):
            found[passage.claim_id] = index.cards[passage.claim_id].claim
            if len(found) == DOCUMENT_CLAIMS:
                break
    return tuple(found.values())


def _all_passages(index: ClaimIndex) -> list[_Passage]:
    _cache(index)
    passages: list[_Passage] = _LAST["passages"]  # type: ignore[assignment]
    return passages


def match(words: str, index: ClaimIndex) -> QuoteMatch | None:
    known = _cache(index)
    if words not in known:
        known[words] = _match(words, index)
    return known[words]


def _match(words: str, index: ClaimIndex) -> QuoteMatch | None:
    units = _units(words)
    if _word_count(units) < MIN_WORDS:
        return None
    passages = _all_passages(index)
    exact: list[Claim] = []
    # A claim's own words first: a provenance passage may quote someone else too ("“X,” Klobuchar said.
    # “Y,” Heitkamp added."), and X is Klobuchar's, not a version of Heitkamp's Y.
    for provenance in (False, True):
        for passage in passages:
            claim = index.cards[passage.claim_id].claim
            if passage.provenance == provenance and claim not in exact and _exact(units, passage):
                exact.append(claim)
        if exact:
            break
    if exact:
        return QuoteMatch(tuple(exact), (), 100.0, "", "")
    aligned = _closest(units, passages)
    if aligned is not None and _near(aligned, NEAR):
        return _as_match(units, words, aligned, index)
    return _near_by_characters(units, words, index)


def _near_by_characters(units: tuple[_Unit, ...], words: str, index: ClaimIndex) -> QuoteMatch | None:
    """The earlier test, kept as a second way in: the quotation's characters nearly all stand in a quote
    claim's words, in order ("healthcare" for "health care", a figure's digits turned round), though
    fewer whole words agree than NEAR asks."""
    from rapidfuzz import fuzz  # here, not at the top: a draft with no near-quote never pays its import

    if _word_count(units) <= SHORT:
        return None  # a short quotation one word off is left to its speaker (_by_speaker), as on words alone
    wanted = " ".join(w for u in units if u.kind == "word" for w in u.words)
    best: tuple[float, str] | None = None
    for cid in index.quote_ids:
        theirs = " ".join(_passage(cid, index.cards[cid].claim.words or "", quoted_only=False).words)
        score = fuzz.partial_ratio(wanted, theirs) if len(wanted) <= len(theirs) else fuzz.partial_ratio(theirs, wanted)
        score = max(score, fuzz.ratio(wanted, theirs))
        if score >= NEAR_CHARACTERS and (best is None or score > best[0]):
            best = (score, cid)
    if best is None:
        return None
    claim = index.cards[best[1]].claim
    aligned = _align(units, _passage(best[1], claim.words or "", quoted_only=False))
    if aligned is None:  # too long to align: the whole quotation against the claim's words
        return QuoteMatch((), (claim,), best[0], claim.words or "", "")
    return _as_match(units, words, aligned, index) if aligned.cost else None


def _as_match(units: tuple[_Unit, ...], words: str, aligned: _Alignment, index: ClaimIndex) -> QuoteMatch:
    _aligned(index)[words] = aligned  # for compare, to underline the changed words
    claim = index.cards[aligned.passage.claim_id].claim
    return QuoteMatch((), (claim,), round(100 * aligned.similarity, 1), _expected(units, words, aligned), _diff(units, words, aligned))


def _shown(passage: _Passage, low: int, high: int) -> str:
    """Source words low..high as the source writes them (one stretch of quoted text at a time)."""
    parts: list[str] = []
    last = (-1, -1)
    for span in passage.spans[low:high]:
        if span != last:
            parts.append(passage.text[span[0] : span[1]])
            last = span
    return " ".join(parts)


def _drafted(units: tuple[_Unit, ...], words: str, low: int, high: int) -> str:
    if low >= high:
        return ""
    return words[units[low].start : units[high - 1].end]


def _blocks(ops: tuple[_Op, ...]) -> list[_Op]:
    """Runs of changes, each as one op spanning them (tag: the change, or replace for mixed ones)."""
    out: list[_Op] = []
    current: list[_Op] = []
    for op in (*ops, _Op("equal", 0, 0, 0, 0)):
        if op.tag in ("equal", "skip"):
            if current:
                tags = {o.tag for o in current}
                tag = tags.pop() if len(tags) == 1 else "replace"
                out.append(_Op(tag, current[0].d0, current[-1].d1, current[0].s0, current[-1].s1))
                current = []
        else:
            current.append(op)
    return out


def _diff(units: tuple[_Unit, ...], words: str, aligned: _Alignment) -> str:
    changes = []
    for block in _blocks(aligned.ops):
        added = _drafted(units, words, block.d0, block.d1).strip(_EDGE)
        removed = _shown(aligned.passage, block.s0, block.s1).strip(_EDGE)
        if block.tag == "insert" or not removed:
            changes.append(f'adds "{added}"')
        elif block.tag == "delete" or not added:
            changes.append(f'leaves out "{removed}"')
        else:
            changes.append(f'"{added}" for "{removed}"')
    return "; ".join(changes)


def _expected(units: tuple[_Unit, ...], words: str, aligned: _Alignment) -> str:
    """The quotation as the source has it: its words where the draft's differ, the draft's gaps and
    [insertions] kept where they stand for words."""
    parts: list[str] = []
    passage = aligned.passage
    for op in aligned.ops:
        if op.tag == "skip":
            parts.append("…" if units[op.d0].kind == "gap" else _drafted(units, words, op.d0, op.d1))
        elif op.tag != "insert":
            parts.append(_shown(passage, op.s0, op.s1))
    out: list[str] = []
    for part in parts:  # a hyphenated word is two words of one piece: shown once
        if part and (not out or out[-1] != part):
            out.append(part)
    return " ".join(out).strip(" ,;:")


def _narrowed(quote_start: int, words: str, units: tuple[_Unit, ...], aligned: _Alignment) -> tuple[int, int, str, str]:
    """(start, end, draft's words, source's words) of the one place a quotation differs from its source,
    so the underline and the fix cover "actually" for "in fact", not 118 characters; the whole quotation
    when it differs in more than one place. The draft's own punctuation around the words stays."""
    blocks = _blocks(aligned.ops)
    if len(blocks) != 1:
        return quote_start, quote_start + len(words), words, _expected(units, words, aligned)
    block = blocks[0]
    d0, d1, s0, s1 = block.d0, block.d1, block.s0, block.s1
    if block.tag in ("insert", "delete"):
        # only words added or only words left out: take in the word before (after, at the start), so the fix has words
        before = [o for o in aligned.ops if o.tag == "equal" and o.d1 <= d0]
        after = [o for o in aligned.ops if o.tag == "equal" and o.d0 >= d1]
        if before:
            d0, s0 = before[-1].d0, before[-1].s0
        elif after:
            d1, s1 = after[0].d1, after[0].s1
    if d0 == d1:
        return quote_start, quote_start + len(words), words, _expected(units, words, aligned)
    start, end = units[d0].start, units[d1 - 1].end
    drafted = words[start:end]
    lead = len(drafted) - len(drafted.lstrip(_EDGE))
    trail = len(drafted) - len(drafted.rstrip(_EDGE))
    start, end = start + lead, end - trail
    return quote_start + start, quote_start + end, words[start:end], _shown(aligned.passage, s0, s1).strip(_EDGE)


def _spoken(facts: SentenceFacts, at: int, index: ClaimIndex) -> set[str]:
    """Who quotation `at` is given to: its speaker, else the people and bodies the sentence names, else the paragraph."""
    speaker = facts.speakers[at] if at < len(facts.speakers) else None
    who = set(speaker) if speaker else {i for m in facts.entities for i in m.value.ids}
    if not who:
        # 'bought us "ten years at most."' after "Fair Manager Linda Pfaff's report ... laid out why": words the sentence
        # gives nobody are those of whom the paragraph names
        who = set(facts.context)
    return who | {member for w in who for member in index.members.get(w, ())}


def _by_speaker(facts: SentenceFacts, at: int, mention: Mention, index: ClaimIndex) -> Verdict | None:
    """A quotation no passage is near on words alone, held against the passages of the speaker the
    sentence names: Heitkamp's words with a reworded ending, said by Heitkamp, are a misquote."""
    quote = mention.value
    units = _units(quote.words)
    count = _word_count(units)
    if count < MIN_WORDS:
        return None
    who = _spoken(facts, at, index)
    topical = {c.card.claim.id for c in facts.candidates if c.coverage >= TOPIC and any(k.startswith("@") for k in c.shared)}
    short = count <= SHORT
    passages = []
    for passage in _all_passages(index):
        claim = index.cards[passage.claim_id].claim
        if who & {claim.speaker, *claim.speakers} or (short and claim.id in topical):
            passages.append(passage)
    aligned = _closest(units, passages)
    if aligned is None:
        return None
    if short:
        # A short quotation: one word swapped, nothing added or left out. Three words must be a whole quote
        # claim the sentence is about (`"no good options"` for "no good choices"); four or five, words of
        # its speaker's or of such a claim, with a word that says something among those kept ("all
        # ambassador on deck").
        claim_words = _norm(index.cards[aligned.passage.claim_id].claim.words or "")
        kept = [units[o.d0].words[0] for o in aligned.ops if o.tag == "equal"]
        # "a warning, not a scandal" for "a warning, not an indictment": the article that goes with a swapped
        # word is no second change
        swaps = [o for o in aligned.ops if o.tag == "replace" and not _articles(units[o.d0].words, aligned.passage.words[o.s0 : o.s1])]
        one_swap = len(swaps) == 1 and all(o.tag in ("equal", "replace", "skip") for o in aligned.ops)
        if count == MIN_WORDS:
            fits = aligned.passage.claim_id in topical and len(claim_words) == MIN_WORDS
        else:
            fits = any(w not in STOPWORDS for w in kept)
        if not (one_swap and fits):
            return None
    elif not (_near(aligned, SPOKEN) and 2 * aligned.run >= count):
        # below NEAR, only the shape of a reworded ending (or opening): half the words or more agree in a row
        return None
    start, end, drafted, expected = _narrowed(quote.inner_start, quote.words, units, aligned)
    diff = _diff(units, quote.words, aligned)
    claim = index.cards[aligned.passage.claim_id].claim
    return Verdict("quote", True, start, end, drafted, expected, f"misquotation: {diff}" if diff else "misquotation", (claim,))


def _by_author(facts: SentenceFacts, at: int, mention: Mention, index: ClaimIndex) -> Verdict | None:
    """A quotation the sentence gives to someone whose words no quote claim holds, held against the documents that
    person wrote: "Parks Director Colleen Farraday wrote that the trail "will connect every corner of the township to
    its history ..."" is her report's "... to its past ...", near enough on its words alone."""
    who = _spoken(facts, at, index)
    authored = {source for source, author in _authors(index).items() if author in who}
    if not authored:
        return None
    return _by_document(mention, index, [p for p in _documents(index) if index.cards[p.claim_id].source in authored])


def _authors(index: ClaimIndex) -> dict[str, str | None]:
    """Who wrote each source, read once per index."""
    _cache(index)
    if "authors" not in _LAST:
        _LAST["authors"] = {s.id: author_of(s, index.names) for s in index.corpus.sources.values()}
    authors: dict[str, str | None] = _LAST["authors"]  # type: ignore[assignment]
    return authors


def _by_document(mention: Mention, index: ClaimIndex, written: list[_Passage] | None = None) -> Verdict | None:
    """Words a source itself puts in quotation marks, with no speaker (a policy's "when time and circumstances
    reasonably permit", a finding's "but not in the full amount requested"), quoted with a word changed or left
    out: a misquote of the document, near enough on its words alone. `written`: only these passages of documents' own
    words (those a named author wrote), and no document's quoted words."""
    quote = mention.value
    units = _units(quote.words)
    if _word_count(units) < MIN_WORDS:
        return None
    aligned = _closest(units, _document_phrases(index)) if written is None else None
    if aligned is None or not _near(aligned, NEAR):
        # ... or a document's own words, quoted with one changed or added: "to help them get back on their own feet"
        # for the release's "to help them get back on their feet" (half the words or more agreeing in a row)
        aligned = _closest(units, _documents(index) if written is None else written)
        if aligned is None or not (_near(aligned, NEAR) and 2 * aligned.run >= _word_count(units)):
            return None
    start, end, drafted, expected = _narrowed(quote.inner_start, quote.words, units, aligned)
    diff = _diff(units, quote.words, aligned)
    claim = index.cards[aligned.passage.claim_id].claim
    return Verdict("quote", True, start, end, drafted, expected, f"misquotation: {diff}" if diff else "misquotation", (claim,))


def _document_phrases(index: ClaimIndex) -> list[_Passage]:
    """The quoted words of claims that are no one's quotation: what a document quotes without a speaker."""
    _cache(index)
    if "phrases" not in _LAST:
        quotes = set(index.quote_ids)
        _LAST["phrases"] = [
            _passage(cid, p.quote, quoted_only=True)
            for cid, card in index.cards.items()
            if cid not in quotes
            for p in card.claim.provenance
            if _QUOTED.search(p.quote)
        ]
    phrases: list[_Passage] = _LAST["phrases"]  # type: ignore[assignment]
    return phrases


def _articles(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """ "a" for "an" (or back): the same article before another word."""
    return set(mine) | set(theirs) <= {"a", "an"} and bool(mine) and bool(theirs)


def compare(facts: SentenceFacts, index: ClaimIndex) -> list[Verdict]:
    verdicts = []
    for at, (mention, found) in enumerate(zip(facts.quotes, facts.quote_matches, strict=False)):
        unspoken = (facts.speakers[at] if at < len(facts.speakers) else None) is None
        if (found is None or not found.exact) and unspoken and title_cased(mention.value.words, least=2):
            continue  # "Trafficking in the Oil Patch", named by no one: a title in quotation marks, not someone's words changed
        if found is None:
            spoken = _by_speaker(facts, at, mention, index)
            if spoken is None and not unspoken:
                spoken = _by_author(facts, at, mention, index)
            # (a pronoun's guess at the speaker may be wrong: "In his words:" after a man the registry does not know)
            if spoken is None and (unspoken or (mention.value.speaker_text or "").lower() in PRONOUNS):
                spoken = _by_document(mention, index)
            if spoken is not None:
                verdicts.append(spoken)
            continue
        quote = mention.value
        cut = cut_short(quote.words, found.exact) if found.exact else None
        if cut is not None:
            left, claim = cut
            verdicts.append(
                Verdict(
                    "quote",
                    True,
                    quote.inner_start,
                    quote.inner_end,
                    quote.words,
                    f"{quote.words.rstrip(CLAUSE_MARKS)} {left}",
                    f"misquotation: the source's words go on, '{left}', before its clause ends",
                    (claim,),
                )
            )
            continue
        if found.exact:
            versions = {c.fact for c in found.exact if c.fact and c.kind == "quote"}
            note = (
                "the sources give this quotation in more than one version; the draft matches one"
                if versions and any(c.fact in versions and c.id not in {e.id for e in found.exact} for c in index.corpus.claims.values())
                else ""
            )
            verdicts.append(Verdict("quote", False, quote.inner_start, quote.inner_end, quote.words, "", "quotation matches the source", found.exact, note))
            continue
        units = _units(quote.words)
        aligned = _aligned(index).get(quote.words) if match(quote.words, index) is not None else None
        if aligned is None:
            start, end, drafted, expected = quote.inner_start, quote.inner_end, quote.words, found.expected
        else:
            start, end, drafted, expected = _narrowed(quote.inner_start, quote.words, units, aligned)
        verdicts.append(Verdict("quote", True, start, end, drafted, expected, f"misquotation: {found.diff}" if found.diff else "misquotation", found.near[:1]))
    return verdicts
