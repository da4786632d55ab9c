"""Catch one registry name put in another's place, aligning names as wholes.

"Ayotte highlighted the Drug Enforcement Administration — a critical tool" against the source's
"Ayotte highlighted the High-Intensity Drug Trafficking Areas (HIDTA) program — a critical tool":
a word-by-word alignment (swaps.py) pairs the two names' shared "Drug" and splits them. Here
each name the registry knows becomes one slot holding its sort (person, organization, place),
the words between slots stay words, and two slots of one sort that the alignment pairs, inside
wording both share, are the same place in the sentence. When they hold different entities, and
the sources never name the draft's one there while the draft never names the sources' one, the
name was swapped.
"""

from __future__ import annotations

import difflib
import re
from typing import NamedTuple

from factcheck.compare import TOPIC, SentenceFacts, Verdict
from factcheck.compare.body_names import shortened
from factcheck.compare.registry import within
from factcheck.compare.swaps import tokens
from factcheck.corpus.index import ClaimIndex
from factcheck.frames import HEADS, covered, frame_of
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.memo import Memo
from factcheck.mentions import names
from factcheck.mentions.names import NameIndex
from factcheck.model import Mention
from factcheck.retrieve import Candidate
from factcheck.textutil import content_stems, normalize

# How much of the sentence the claim must account for before its wording is aligned with it.
MIN_COVERAGE = 0.5
# A sentence this much the claim's, reworded, may still have one body put for another (_lone_body).
LONE = 0.65
# ... or whose clause around the body the claim has this much of, the sentence going on about more ("Heitkamp asked
# the Senate Judiciary Committee to hold that hearing, and it brought in DHS and DOJ officials"), in LONE_WORDS words at least.
CLAUSE_LONE = 0.75
LONE_WORDS = 3
# Words that must agree next to the slot: at least one on each side, or this many on one side
# when the slot opens or closes the sentence.
CONTEXT = 2

_ARTICLES = lexicon().words("article")

_Slot = tuple[str, tuple[str, ...], int, int]  # token, entity ids ("" for a word), start, end


def _stream(text: str, mentions: list[Mention], types: dict[str, str]) -> list[_Slot]:
    """The text's words, each registry name one slot token "\\x00sort"."""
    spans = sorted((m.start, m.end, m.value.ids) for m in mentions if m.value.ids)
    out: list[_Slot] = []
    at = 0
    for word, start, end in tokens(text):
        if word in _ARTICLES:
            continue  # "participate in the Job Corps program": an article aligns nothing
        while at < len(spans) and spans[at][1] <= start:
            at += 1
        if at < len(spans) and spans[at][0] <= start < spans[at][1]:
            first, last, ids = spans[at]
            if not out or out[-1][2] != first:
                out.append(("\x00" + types.get(ids[0], "?"), ids, first, last))
            continue
        out.append((word, (), start, end))
    return out


# A claim's evidence is read once per run, not once per sentence, for the name index in use.
_STREAMS: Memo[str, tuple[_Slot, ...]] = Memo(16384)


def _evidence_stream(evidence: str, index: NameIndex) -> tuple[_Slot, ...]:
    return _STREAMS.get((index,), evidence, lambda: tuple(_stream(evidence, names.detect(evidence, index), index.types)))


def _context(mine: list[_Slot], block: tuple[int, int], at: int) -> bool:
    """Enough shared words around slot `at` of an equal block (block = its first and past-last index)."""
    first, last = block
    before, after = at - first, last - at - 1  # words, and names of the same sort, that agree
    if at == 0:
        return after >= CONTEXT
    if at == len(mine) - 1:
        return before >= CONTEXT
    return before >= 1 and after >= 1


def compare(facts: SentenceFacts, index: ClaimIndex) -> list[Verdict]:
    close = [c for c in facts.candidates if c.coverage >= MIN_COVERAGE]
    if not close or not facts.entities:
        return []
    types = index.names.types
    # "Jordan:   There they met ...": a name opening the line before a colon labels the line (a script's speaker, a
    # list item's topic), no slot of the sentence's wording
    labels = [m for m in facts.entities if _labels(facts.text, m.start, m.end)]
    labels += [m for m in facts.entities if names.cited_author(facts.text, m.start, m.end)]  # "(Dalrymple, 2015)": who wrote a source
    mine = _stream(facts.text, [m for m in facts.entities if m not in labels], types)
    named_here = {i for m in facts.entities for i in m.value.ids}
    evidences = [(c, p.quote) for c in close for p in c.card.claim.provenance if p.quote]
    said_anywhere = {i for _, quote in evidences for slot in _evidence_stream(quote, index.names) for i in slot[1]}
    for cand, quote in evidences:
        theirs = _evidence_stream(quote, index.names)
        matcher = difflib.SequenceMatcher(a=[s[0] for s in mine], b=[s[0] for s in theirs], autojunk=False)
        for tag, a0, a1, b0, _ in matcher.get_opcodes():
            if tag != "equal":
                continue
            for offset in range(a1 - a0):
                drafted, source = mine[a0 + offset], theirs[b0 + offset]
                if not drafted[1] or set(drafted[1]) & set(source[1]):
                    continue
                if set(drafted[1]) & said_anywhere or set(source[1]) & named_here:
                    continue  # the sources name it somewhere near, or the draft names theirs too: moved, not swapped
                if any(within(t, d, index) for t in source[1] for d in drafted[1]) or facts.text[drafted[2] : drafted[3]] in quote[source[2] : source[3]]:
                    continue  # "to Mexico" for "to Mexico City": the place it is in, less precise, not another
                if shortened(facts.text[drafted[2] : drafted[3]], quote[source[2] : source[3]]):
                    continue  # "The Water Office" of the "Kansas Water Office": one body, its name shortened
                if not _context(mine, (a0, a1), a0 + offset):
                    continue
                start, end = drafted[2], drafted[3]
                right = quote[source[2] : source[3]]
                return [
                    Verdict(
                        "entity",
                        True,
                        start,
                        end,
                        facts.text[start:end],
                        right,
                        f"the sources say {right} here, not {facts.text[start:end]}",
                        (cand.card.claim,),
                    )
                ]
    # what "the sources near it" name: every claim about the sentence (the close ones among them), though too little
    # of it to align with ("abduction of schoolgirls in Nigeria" beside the women senators' call, which names the U.S.)
    near = {
        i
        for c in facts.candidates
        if c.coverage >= TOPIC
        for p in c.card.claim.provenance
        if p.quote
        for s in _evidence_stream(p.quote, index.names)
        for i in s[1]
    }
    return _lone_body(facts, index, evidences, near, named_here)


def _labels(text: str, start: int, end: int) -> bool:
    """The name opens the line before a colon: a script's speaker or a list item's topic ("Jordan:   There they met")."""
    return not text[:start].strip() and text[end : end + 1] == ":"


class _Named(NamedTuple):
    body: re.Pattern[str]  # a body's name by its head: "Department of Commerce"
    region: re.Pattern[str]  # a state's or a country's name
    regions: dict[str, str]  # name -> "state" | "country"


@per_lexicon
def _named_words(lex: Lexicon) -> _Named:
    """A body's name by its head ("Department of Commerce", "Senate Appropriations Subcommittee on Homeland
    Security"), and the states and countries the lexicon knows, each with its sort."""
    heads = alternation(lex.words("org-head"))
    body = re.compile(
        # the head a whole word: "Health Commissioner Dr. Renata Okafor" names no "Health Commission"
        rf"(?<![\w’'-])(?:[A-Z][\w’'.&-]*\s+){{0,4}}(?:{heads})(?![\w’'-])(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:and\s+)?[A-Z][\w’'.-]*){{0,3}})?"
    )
    regions = {s.name: "state" for s in lex.states} | {n: "country" for c in lex.countries for n in (c.name, *c.aliases)}
    return _Named(body, re.compile(rf"(?<![\w-])(?:{alternation(regions)})(?![\w-])"), regions)


def _names_in(text: str, skip: list[tuple[int, int]], lex: Lexicon) -> list[tuple[str, str, int, int]]:
    """(sort, name, start, end) of the bodies, states and countries `text` names outside `skip` (the
    registry's names): sort "body:<head>" for a body, "state" or "country" for a region."""
    named = _named_words(lex)
    found = []
    for match in named.body.finditer(text):
        words = match.group(0).split()
        if len(words) == 1:
            continue  # "urging the Commission to deny": a body's head alone points back to a body named in full
        if not any(a < match.end() and match.start() < b for a, b in skip):
            head = next((w for w in words if w in HEADS), words[-1])
            found.append((f"body:{head}", match.group(0), match.start(), match.end()))
    for match in named.region.finditer(text):
        if not any(a < match.end() and match.start() < b for a, b in skip) and not any(s <= match.start() < e for _, _, s, e in found):
            found.append((named.regions[match.group(0)], match.group(0), match.start(), match.end()))
    return found


def _lone_body(facts: SentenceFacts, index: ClaimIndex, evidences: list[tuple[Candidate, str]], said: set[str], named: set[str]) -> list[Verdict]:
    """Reworded around the name, so no wording lines the two up: "held a training session in Fargo with
    Justice Department officials" against "officials from the Department of Homeland Security held a
    training session in Fargo". The sentence is the claim's (LONE coverage; or the clause around the name is,
    CLAUSE_LONE), names one body or region the sources near it never name, and the claim names one of the
    same make (a body with a shared head: Department; a state for a state) that the sentence leaves out: one
    was put for the other. Bodies and regions the registry lacks count by their names ("the Department of
    Commerce", "Rhode Island")."""
    if not evidences:
        return []
    entities = index.corpus.entities
    lex = lexicon()
    told = " ".join(normalize(q) for _, q in evidences)
    extra = _draft_extras(facts, index, said, told, lex)
    if len(extra) != 1:
        return []
    sort, start, end, written_here = extra[0]
    clause = frame_of(facts.text, start, end)
    evidences = [
        (c, q)
        for c, q in evidences
        if c.coverage >= LONE or len(clause.stems) >= LONE_WORDS and covered(clause, c.card.stems, index.idf, index.unseen_idf) >= CLAUSE_LONE
    ]
    drafted = normalize(facts.text)
    for cand, quote in evidences:
        if _its_own(written_here, cand, index):
            continue  # "the Board of Commissioners adopted ..." of the board whose minutes the claim is from
        slots = _evidence_stream(quote, index.names)
        theirs = [
            (_sort(entities[i].name, index.names.types.get(i), lex), quote[s[2] : s[3]])
            for s in slots
            for i in s[1][:1]
            if index.names.types.get(i) in ("organization", "place") and i not in named
        ]
        # a body's name inside a person's ("Ranking Member of the Senate Appropriations Subcommittee on ...") still counts
        hiding = [(x[2], x[3]) for x in slots if x[1] and index.names.types.get(x[1][0]) != "person"]
        theirs += [(s, name) for s, name, _, _ in _names_in(quote, hiding, lex) if normalize(name) not in drafted]
        theirs = [(s, name) for s, name in theirs if s == sort]  # of the same make: a Department for a Department
        theirs = [(s, name) for s, name in theirs if not shortened(written_here, name)]
        if len(theirs) != 1 or not sort:
            continue
        written = theirs[0][1]
        message = f"the sources say {written} here, not {written_here}"
        start, end, shown, expected = _differing(facts.text, start, end, written)
        return [Verdict("entity", True, start, end, shown, expected, message, (cand.card.claim,))]
    return []


def _its_own(written: str, cand: Candidate, index: ClaimIndex) -> bool:
    """The body is the one whose document the claim is from: its publisher or its title names it."""
    source = index.corpus.sources.get(cand.card.source)
    said = normalize(written)
    return source is not None and any(said and said in normalize(t) for t in (source.publisher, source.title))


def _differing(text: str, start: int, end: int, theirs: str) -> tuple[int, int, str, str]:
    """The words of text[start:end] that differ from `theirs`, the shared words at either end left out:
    "Subcommittee on [Homeland Security]" for "Subcommittee on [Financial Services]"."""
    mine = [(m.start() + start, m.end() + start, m.group(0)) for m in re.finditer(r"\S+", text[start:end])]
    other = theirs.split()
    lead = 0
    while lead < min(len(mine), len(other)) - 1 and mine[lead][2] == other[lead]:
        lead += 1
    trail = 0
    while trail < min(len(mine), len(other)) - lead - 1 and mine[-1 - trail][2] == other[-1 - trail]:
        trail += 1
    kept = mine[lead : len(mine) - trail]
    return kept[0][0], kept[-1][1], text[kept[0][0] : kept[-1][1]], " ".join(other[lead : len(other) - trail])


def _sort(name: str, kind: str | None, lex: Lexicon) -> str:
    """A name's make, as _names_in gives it: "body:Department", "state", "country"; "" for another."""
    regions = _named_words(lex).regions
    if name in regions:
        return regions[name]
    head = next((w for w in name.split() if w in HEADS), None)
    return f"body:{head}" if kind == "organization" and head else ""


def _draft_extras(facts: SentenceFacts, index: ClaimIndex, said: set[str], told: str, lex: Lexicon) -> list[tuple[str, int, int, str]]:
    """(sort, start, end, text) of the bodies and regions the sentence names that no close claim names."""
    entities = index.corpus.entities
    bodies = [(a, b) for sort, _, a, b in _names_in(facts.text, [], lex) if sort.startswith("body:")]
    # "Senate Appropriations| Subcommittee on Homeland Security": a registry name that begins a longer body's is not that body
    inside = [m for m in facts.entities if any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in bodies)]
    out = []
    for mention in facts.entities:
        ids = [i for i in mention.value.ids if index.names.types.get(i) in ("organization", "place")]
        if len(ids) == 1 and ids[0] not in said and mention not in inside:
            sort = _sort(entities[ids[0]].name, index.names.types.get(ids[0]), lex)
            out.append((sort, mention.start, mention.end, mention.text))
    skip = [(m.start, m.end) for m in facts.entities if m not in inside]
    out += [(sort, a, b, name) for sort, name, a, b in _names_in(facts.text, skip, lex) if normalize(name) not in told]
    # "the Board's Finance Committee" where the sources have "the Finance Committee of the Board of Trustees": the
    # same words reordered, no other name
    told_words = set(content_stems(told))
    # "Jordan:   There they met ...": a name opening the line before a colon labels it, no body put for another
    return [x for x in out if not (_POSSESSIVE.search(x[3]) and set(content_stems(x[3])) <= told_words) and not _labels(facts.text, x[1], x[2])]


_POSSESSIVE = re.compile(r"\w['’]s\b")
