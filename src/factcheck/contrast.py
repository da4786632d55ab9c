"""A part no source gives, where the claim that backs the rest of the sentence says something else in its place.

Strict support (support.py) names the parts of a sentence no backing claim gives: "the sources back the rest of
this sentence, not 'grandfather'". Most are extra detail from a source retrieval did not reach. Some are the very
fact the writer got wrong: "Kittredge, whose grandfather Ray worked the first ship" where the claim backing the
rest says "My father, Ray Kittredge, worked the first ship". The claim then holds, among the same words, a
value of the same sort the sentence does not state: a relative, a day, a name of one make. That is a
contradiction, cited to the claim, not a part left unchecked.

The words around the two must agree (`CONTEXT` shared words within `WINDOW` on each side, the nearest word that
says something among them), so a date given to another event of the same claim ("signed on Jan. 22, ... spent by
June 30, 2027") is not taken for the one the sentence states ("spent by June 30, 2026"). Two relatives of one name
agree by its possessive alone ("Lindqvist's husband" for "Mrs. Lindqvist's brother"). Only one counterpart may
remain: two say the sentence's part could stand for either.

A date needs no words alike when it is the sentence's only date and the backing claims give one other day or month
and never the sentence's own: the claim that backs the rest of the sentence dates that very event.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from factcheck.compare import SentenceFacts, Verdict
from factcheck.compare.name_sorts import name_words, same_sort, sort_of
from factcheck.compare.swaps import Tokens, one_make, tokens, two_ways
from factcheck.corpus.index import ClaimCard, ClaimIndex
from factcheck.lexicon import Lexicon, alternation, per_lexicon
from factcheck.mentions import dates, names
from factcheck.mentions.date_spans import PRECISION_RANK
from factcheck.model import DateSpan, Mention
from factcheck.textutil import STOPWORDS, fold

WINDOW = 3  # words on each side of a part that may agree with the words around its counterpart
CONTEXT = 2  # words that must agree, one of them a word that says something


class _Words(NamedTuple):
    kin: re.Pattern[str]  # a relative: "wife", "father" (relations.tsv, spouse and family)
    name: re.Pattern[str]  # capitalised words with a name's connectors between: "Department of Conservation and ..."


@per_lexicon
def _words(lex: Lexicon) -> _Words:
    kin = [r.word for r in lex.relations if r.kind in ("spouse", "family")]
    connector = alternation([*lex.words("org-connector"), "&"])
    return _Words(
        re.compile(rf"(?<![\w’'-])(?:{alternation(kin)})(?![\w’'-])", re.I),
        re.compile(rf"(?<![\w’'.-])[A-Z][\w’'.&-]*(?:\s+(?:(?:{connector})\s+){{0,2}}[A-Z][\w’'.&-]*){{0,7}}"),
    )


def _around(toks: Tokens, start: int, end: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words before and after the characters start..end."""
    before = tuple(t[0] for t in toks if t[2] <= start)[-WINDOW:]
    after = tuple(t[0] for t in toks if t[1] >= end)[:WINDOW]
    return before, after


def _nearest(words: tuple[str, ...]) -> str:
    return next((w for w in words if w not in STOPWORDS), "")


def _agree(mine: tuple[tuple[str, ...], tuple[str, ...]], theirs: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """Enough words alike around the two, and on one side at least the nearest word that says something."""
    shared = [w for side in (0, 1) for w in set(mine[side]) & set(theirs[side])]
    if len(shared) < CONTEXT:
        return False
    before = _nearest(mine[0][::-1])
    after = _nearest(mine[1])
    return (bool(before) and before == _nearest(theirs[0][::-1])) or (bool(after) and after == _nearest(theirs[1]))


_OF = re.compile(r"\s+of\b")


def _counterparts(part: Mention, sentence: str, evidence: str, lex: Lexicon, index: ClaimIndex) -> list[tuple[int, int, str, object]]:
    """(start, end, text, value) of what in the evidence is of the part's sort: a day or a month of a year, a relative
    said the same way round ("whose father Ray", not "the daughter of"), a name of one make or one registry sort."""
    if part.kind == "date" and isinstance(part.value, DateSpan):
        if part.value.precision not in ("day", "month") or dates.yearless(part, lex):
            return []  # a year alone, or a day whose year the draft's date supplies, is the date comparer's
        found = dates.detect(evidence, weekdays=False, lex=lex)
        return [(m.start, m.end, m.text, m.value) for m in found if not m.value.relative and m.value.precision in ("day", "month")]
    kin = _words(lex).kin
    if kin.fullmatch(part.text):
        # "Her father, Rep. Villanueva" and "She is the daughter of Rep. Villanueva" say one thing two ways round
        way = _OF.match(sentence, part.end) is not None
        return [(m.start(), m.end(), m.group(0), m.group(0).lower()) for m in kin.finditer(evidence) if (_OF.match(evidence, m.end()) is not None) == way]
    if part.kind in ("entity", "place") and part.text[:1].isupper() and not part.text.isupper():
        words = name_words(lex)
        mine = sort_of(part.text, index, words)
        return [
            (m.start(), m.end(), m.group(0), m.group(0).lower())
            for m in _words(lex).name.finditer(evidence)
            if not two_ways(part.text, m.group(0), lex)
            and (_one_word_apart(part.text, m.group(0), lex) or one_make(part.text, m.group(0)) or _one_sort(mine, sort_of(m.group(0), index, words)))
            and same_sort(part.text, m.group(0).rstrip("."), index, words, loose=True)
        ]
    return []


def _one_word_apart(drafted: str, source: str, lex: Lexicon) -> bool:
    """Names alike but for one word: "a Millersport Democrat" for "a Millersport Republican". Not one word written
    short ("Industrial Blvd" for "Industrial Boulevard"), nor a title cut from its name ("Superintendent Dr")."""
    mine, theirs = drafted.split(), source.split()
    if len(mine) != len(theirs) or len(mine) < 2:
        return False
    apart = [(a.strip(".,"), b.strip(".,")) for a, b in zip(mine, theirs, strict=True) if a.lower() != b.lower()]
    if len(apart) != 1:
        return False
    a, b = apart[0]
    if min(len(a), len(b)) < 3:
        return False  # "Superintendent Dr" is a name cut at its title's full stop
    return not (_shortened(a, b) or _shortened(b, a) or lex.title_head(a) or lex.title_head(b))


def _shortened(short: str, word: str) -> bool:
    """`short` is `word` written short: its first letter, then some of its letters in order ("Blvd", "Mt")."""
    short, word = short.lower(), word.lower()
    if len(short) >= len(word) or short[:1] != word[:1]:
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in short[1:])


def _one_sort(mine: tuple[str, str] | None, theirs: tuple[str, str] | None) -> bool:
    """Two names the registry knows as of one sort: two people, two bodies."""
    return mine is not None and theirs is not None and mine[0] == theirs[0]


# "Lindqvist's " right before a relative: whose relative it is
_OWNER = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*)['’]s\s+\Z")


def _owned_alike(sentence: str, at: int, evidence: str, their_at: int) -> bool:
    """Both are the relative of one name, by its possessive right before: "Lindqvist's husband" for "Mrs. Lindqvist's brother"."""
    mine, theirs = _OWNER.search(sentence[max(0, at - 40) : at]), _OWNER.search(evidence[max(0, their_at - 40) : their_at])
    return mine is not None and theirs is not None and mine.group(1) == theirs.group(1)


def _differ(part: Mention, value: object, facts: SentenceFacts) -> bool:
    """The counterpart says otherwise than the part, and the sentence states it nowhere else."""
    if isinstance(part.value, DateSpan) and isinstance(value, DateSpan):
        return not value.overlaps(part.value) and not any(value.overlaps(d.value) and not _vaguer(d.value, part.value, value) for d in facts.dates)
    if isinstance(value, str):
        return value != part.text.lower() and not re.search(rf"\b{re.escape(value)}\b", facts.text, re.I)
    return False


def _vaguer(other: DateSpan, part: DateSpan, value: DateSpan) -> bool:
    """A relative date of the sentence that says less than the counterpart: "formed last year after its June 2023
    sampling" does not state the claim's "June 2024" by its "last year". Not when the part is itself relative: "two
    years ago last month" is one date written in two pieces."""
    return other.relative and not part.relative and PRECISION_RANK.get(other.precision, 0) < PRECISION_RANK.get(value.precision, 0)


def _lone(part: Mention, facts: SentenceFacts) -> bool:
    """The sentence's only date, written out, in running prose: one the backing claim may stand against though the
    words around the two differ ("bought the corridor ... in March 2022" for "On March 14, 2023, the township
    purchased"). A table row's date labels the row."""
    return len(facts.dates) == 1 and not facts.cells and isinstance(part.value, DateSpan) and not part.value.relative


def _papers(part: Mention, facts: SentenceFacts, cards: list[ClaimCard], index: ClaimIndex, lex: Lexicon) -> bool:
    """The part is a document's own date: the draft's ("Week of Sept. 28, 2026"), or that of a backing claim's source,
    as published or as its title names it (a footnote's "Board minutes, Aug. 11, 2025"). It dates no claim's event."""
    sources = [s for s in (index.corpus.sources.get(card.source) for card in cards) if s is not None]
    days = [facts.as_of, *(s.published.date for s in sources if s.published)]
    papers = [dates.parse_iso(day) for day in days if day] + [m.value for s in sources for m in dates.detect(s.title, weekdays=False, lex=lex)]
    return any(span is not None and span.overlaps(part.value) for span in papers)


def contrasts(facts: SentenceFacts, loose: list[Mention], cards: list[ClaimCard], index: ClaimIndex, lex: Lexicon) -> list[Verdict]:
    """The parts of `loose` (what no backing claim gives) that a backing claim, among the same words, says otherwise."""
    if facts.heading:
        return []  # a heading names a topic: "Township News · Autumn 2025" dates the issue, not a claim's event
    mine = tokens(facts.text)
    out: list[Verdict] = []
    for part in loose:
        if names.cited_author(facts.text, part.start, part.end):
            continue  # "(Dalrymple 2015, p. 2)": who wrote a source, in a reference, not a name put for another
        if part.kind == "date" and _papers(part, facts, cards, index, lex):
            continue
        around = _around(mine, part.start, part.end)
        kin = _words(lex).kin.fullmatch(part.text) is not None
        found: dict[str, tuple[str, ClaimCard]] = {}  # counterparts among the same words
        unlike: dict[str, tuple[str, ClaimCard]] = {}  # a date's counterparts among any words
        stated = False  # a backing claim gives the part's own date too, elsewhere in its words
        for card in cards:
            for evidence in (p.quote for p in card.claim.provenance if p.quote):
                theirs = tokens(evidence)
                folded = fold(evidence)
                for start, end, text, value in _counterparts(part, facts.text, folded, lex, index):
                    if isinstance(value, DateSpan) and value.overlaps(part.value):
                        stated = True
                        continue
                    if not _differ(part, value, facts):
                        continue
                    if _agree(around, _around(theirs, start, end)) or kin and _owned_alike(facts.text, part.start, folded, start):
                        found.setdefault(text.lower(), (text, card))
                    if part.kind == "date":
                        unlike.setdefault(text.lower(), (text, card))
        if not found and not stated and len(unlike) == 1 and _lone(part, facts):
            found = unlike
        if len(found) == 1:
            text, card = next(iter(found.values()))
            words = name_words(lex)
            # "Finance Manager Greg Pappas assured ..." for the director who did: one person put for another as the speaker
            said = (sort_of(text, index, words) or ("",))[0] == "person" and words.speech.match(facts.text, part.end) is not None
            kind = "date" if part.kind == "date" else "attribution" if said else "entity"
            out.append(Verdict(kind, True, part.start, part.end, part.text, text, f"the sources say {text} here, not {part.text}", (card.claim,)))
    return out
