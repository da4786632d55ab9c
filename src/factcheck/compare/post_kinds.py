"""A post of one make held against the one the sources give: another rank ("senior vice president" for an executive
one), another office before or after the same head ("Small Business Advocate" for the Consumer Advocate, "Commerce
Secretary" for the Secretary of Agriculture), another post of the same make beside it ("vice president and COO" for
the vice president and CFO). A rank or an office left out is a shortening, not another post. Read by
compare/titles.py.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from factcheck.compare import Verdict
from factcheck.compare.registry import claims_for, wrong
from factcheck.compare.title_words import TitleWords, heads, title_words
from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import Lexicon
from factcheck.mentions.names import EntityRef
from factcheck.model import Entity

_BREAK = re.compile(r"[,;]|\s(?:and|of|for|&)\s")  # what ends the words said of a title's head: "senior vice president| and |CFO"
_OFFICE_AFTER = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(.+)", re.S)  # "Secretary| of Agriculture": the office after the head
_WORD = re.compile(r"[A-Za-z][\w’'-]*")


class _Post(NamedTuple):
    head: str
    before: list[str]  # the words written right before it, lower case
    inside: bool  # those words follow another title: "chief nursing officer" is one post, "nursing" inside it
    upto: str  # the title as written up to its head, not the body after it: "Hennepin County Attorney"
    after: list[str]  # the office named after it, lower case: "Secretary of Agriculture" -> ["agriculture"]


def _posts(title: str, lex: Lexicon | None, *, held: bool = False) -> list[_Post]:
    """Each title written in `title`, as its head and the words written right before it:
    "senior vice president and CFO" -> [("Vice President", ["senior"]), ("chief financial officer", [])].
    `held`: a title the sources give, whose office after its head counts only when named as a name is."""
    words = title_words(lex)
    out, at = [], 0
    found_all = list(words.forms.finditer(title))
    nexts: list[re.Match[str] | None] = [*found_all[1:], None] if found_all else []  # a held post may name no title of ours
    for found, after in zip(found_all, nexts, strict=True):
        if after and found.group(0).lower() in words.ranks and not title[found.end() : after.start()].strip():
            continue  # "Executive Vice President": a rank of the next title, though "executive" is a title too
        parts = _BREAK.split(title[at : found.start()])
        before = [w.strip(".,’'").lower() for w in re.split(r"[\s-]+", parts[-1]) if w.strip(".,’'")]
        # the office named after the head: "Secretary of Agriculture", "Undersecretary for North America, Mexican
        # Foreign Ministry", "attorney for the Reinholt campaign"; of the sources' titles not a description that opens
        # in lower case ("engineer of record for this assessment"), which says nothing of another office
        tail = _OFFICE_AFTER.match(title, found.end(), after.start() if after else len(title))
        named = [] if tail is None or held and not tail.group(1)[:1].isupper() else [w.lower() for w in _WORD.findall(tail.group(1))]
        out.append(_Post(words.head_of[found.group(0).lower()], before, at > 0 and len(parts) == 1 and bool(before), title[: found.end()], named))
        at = found.end()
    return out


def shortened(written: frozenset[str], held: frozenset[str], vague: frozenset[str]) -> bool:
    """Every written head is a held post's head cut short: its first word ("chief" for "chief financial officer"),
    or a vague last word ("officer"). "President" for "Vice President" is another post."""

    def part(head: str, of: str) -> bool:
        words = of.lower().split()
        return len(words) > 1 and (head.lower() == words[0] or head in vague and head.lower() == words[-1])

    return bool(written) and all(any(part(h, g) for g in held) for h in written)


def kind_check(ref: EntityRef, entity: Entity, held: list[str], written: frozenset[str], index: ClaimIndex, lex: Lexicon | None) -> Verdict | None:
    """The same head of another kind, head by head: another rank ("senior vice president" for the sources'
    "Executive Vice President", "Executive director" for "policy director of the Michigan Harm Reduction
    Coalition"), or another office named before the head ("Small Business Advocate" for "Consumer Advocate").
    A rank or an office left out is a shortening, not another post."""
    words = title_words(lex)
    theirs = [(v, _posts(v, lex, held=True)) for v in held]
    for mine in _posts(ref.title or "", lex):
        same = [(v, p) for v, posts in theirs for p in posts if p.head == mine.head and mine.head in written]
        if not same or ref.title_span is None:
            continue
        # a held title that names a place ("Hennepin County Attorney") says no rank before its head
        ranked = [[] if words.state.search(p.upto) or words.local.search(p.upto) else p.before for _, p in same]
        if _other_rank(mine.before, ranked, words) or _other_office(mine, [p for _, p in same], words):
            right = same[0][0]
            start, end = ref.title_span
            message = f"the sources give {entity.name} as {right}, not {ref.title}"
            return wrong(start, end, ref.title or "", right, message, claims_for(entity, "role", index) or claims_for(entity, "title", index))
    return None


def _one_make(one: str, other: str) -> bool:
    """Two posts of one make, told apart by a middle word: "chief financial officer", "chief operating officer"."""
    a, b = one.lower().split(), other.lower().split()
    return len(a) == len(b) >= 3 and a[0] == b[0] and a[-1] == b[-1] and a != b


def make_check(ref: EntityRef, entity: Entity, held: list[str], extra: frozenset[str], index: ClaimIndex, lex: Lexicon | None) -> Verdict | None:
    """A post the person does not hold, written beside one they do, of the same make as another they hold:
    "senior vice president and COO" for the senior vice president and CFO."""
    for head in sorted(extra):
        right = next((v for v in held for h in heads(v, lex) if _one_make(head, h)), None)
        if right is not None and ref.title_span is not None:
            start, end = ref.title_span
            message = f"the sources give {entity.name} as {right}, not {ref.title}"
            return wrong(start, end, ref.title or "", right, message, claims_for(entity, "title", index))
    return None


def _last(before: list[str], words: TitleWords) -> str:
    """The word right before a head, unless it says no kind of post ("the", "former", "U.S.")."""
    return before[-1] if before and before[-1] not in words.no_kind else ""


def _other_rank(mine: list[str], theirs: list[list[str]], words: TitleWords) -> bool:
    """The draft's rank ("senior", "executive") where every held title with that head says another word there."""
    drafted, held = _last(mine, words), {_last(b, words) for b in theirs}
    return drafted in words.ranks and "" not in held and drafted not in held


def _office_words(before: list[str], words: TitleWords) -> set[str]:
    """The words before a head that say which post it is: no rank, party, scope or article, no body's
    possessive ("Tamarack's"), and no body's head ("Ministry") unless it is all there is ("Federal Police")."""
    said = words.no_kind | words.ranks | words.party | words.stop
    office = {w for w in before if w not in said and not w.endswith(("'s", "’s"))}
    # "Interior Ministry" is no "Foreign Ministry": the body's head says no more than its kind, when words before it say which
    return office - words.body_heads or office


def _other_office(mine: _Post, theirs: list[_Post], words: TitleWords) -> bool:
    """Another office before the same head: "Small Business Advocate" for "Consumer Advocate", when every held
    title with that head names its own and none of its words is the draft's. Not for seats or a chamber's posts
    ("House Minority Leader" is the Republican Leader), a vague head unless inside one post on both sides
    ("chief nursing officer" for "chief medical officer"), nor a title holding a place (compared below)."""
    vague = mine.head in words.vague and not (mine.inside and all(p.inside for p in theirs))
    if vague or mine.head in words.seats | words.chamber or words.state.search(mine.upto) or words.local.search(mine.upto):
        return False
    drafted, held = _office_words(mine.before + mine.after, words), [_office_words(p.before + p.after, words) for p in theirs]
    if drafted <= words.body_heads and any(drafted <= {*p.before, *p.after} for p in theirs):
        return False  # "association president" for the "president of the Kessler Valley Education Association": the body by its kind
    return bool(drafted) and all(held) and not any(_alike(drafted, h) for h in held)


def _alike(one: set[str], other: set[str]) -> bool:
    """Two offices' words share a stem ("Region" and "Regional"), or one is the other's initials ("DHS")."""
    if {w[:5] for w in one} & {w[:5] for w in other}:
        return True
    if any(len(a) >= 2 and b.startswith(a) for x, y in ((one, other), (other, one)) for a in x for b in y):
        return True  # a word cut short: "Ag Secretary" for the Secretary of Agriculture
    return any(2 <= len(w) <= 4 and {x[0] for x in b} <= set(w) for a, b in ((one, other), (other, one)) for w in a)


def another_office(drafted: str, held: str, lex: Lexicon | None) -> bool:
    """Each a post of the same head, each naming its own office, and not alike: "legal director" is not the
    "Policy Director" another person holds."""
    words = title_words(lex)
    theirs = _posts(held, lex, held=True)
    return any(
        _other_office(mine, [p for p in theirs if p.head == mine.head], words) for mine in _posts(drafted, lex) if any(p.head == mine.head for p in theirs)
    )
