"""What sort of name a capitalised span is, for compare/swaps.py: a state or country, a demonym, a registry person,
body or place, or a name of one make with another ("Aspen Forum" and "Sedona Forum"); and whether two spans are two
names of one sort, which a swap needs, or one name written two ways (initials, an abbreviation, a shortening).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.memo import Memo
from factcheck.mentions import names
from factcheck.textutil import content_stems


class NameWords(NamedTuple):
    """What compare/swaps.py and the sorts here read from a lexicon, built once per lexicon."""

    openers: frozenset[str]  # capitalised at a sentence's start without being part of a name: "In", "The"
    connectors: frozenset[str]  # lower-case words inside a proper name: "Secretary of Agriculture"
    regions: frozenset[str]  # U.S. states and countries, written out
    demonyms: dict[str, str]  # "Mexican" -> "Mexico": a country named by its people's adjective
    kin: frozenset[str]  # relatives: "wife", "sister", "son" (relations.tsv, spouse and family)
    relative: frozenset[str]  # "who", "which": the clause they open after a name is about that name
    speech: re.Pattern[str]  # a speech verb right after a name, with "has" or "also" between (wordset auxiliary): "has urged", "said"
    along: re.Pattern[str]  # "X, joined by Y", "X and Y": Y went along with X


@per_lexicon
def name_words(lex: Lexicon) -> NameWords:
    return NameWords(
        openers=lex.words("swap-opener"),
        connectors=lex.words("org-connector"),
        regions=frozenset({s.name for s in lex.states} | {n for c in lex.countries for n in (c.name, *c.aliases)}),
        demonyms={c.demonym: c.name for c in lex.countries if c.demonym and c.demonym != "-"},
        kin=frozenset(r.word for r in lex.relations if r.kind in ("spouse", "family") and " " not in r.word),
        relative=lex.words("relative-opener"),
        speech=re.compile(rf"\s+(?:(?:{alternation(lex.words('auxiliary'))})\s+)*(?:{alternation(lex.speech_forms(tenses=('past', 'present')))})\b"),
        along=re.compile(rf"^[\s,]*(?:and|{alternation(lex.words('accompany-word'))})\s+(?:[\w.]+\s+){{0,3}}$", re.I),
    )


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ARTICLES = lexicon().words("article")
_MONTHS = lexicon().calendar_words(weekdays=False)
_CALENDAR = lexicon().calendar_words()


# sort_of's answers for the name index and lexicon in use: the same capitalised words are asked about
# for every close claim of every sentence, and a name-dense draft spent most of its time detecting
# names in them again (hardening issue).
_SORTS: Memo[str, tuple[str, str] | None] = Memo(65536)


def sort_of(name: str, index: ClaimIndex, words: NameWords) -> tuple[str, str] | None:
    """(sort, identity) of a name: two states, two people; None for ordinary words."""
    if not name[:1].isupper():
        return None
    return _SORTS.get((index.names, words), name, lambda: _sort_of_name(name, index, words))


def _sort_of_name(name: str, index: ClaimIndex, words: NameWords) -> tuple[str, str] | None:
    if name in words.regions:
        return "region", name
    if name in words.demonyms:
        return "demonym", words.demonyms[name]  # "Armenian Attorney General" for "Mexican Attorney General"
    # The name must end in one registry name ("Attorney General Eric Holder"); "U.S. Senator Heidi"
    # holds "U.S." but is no name of its own.
    found = {i for m in names.detect(name, index.names) if m.end >= len(name.rstrip(" .,")) for i in m.value.ids}
    if len(found) == 1:
        only = found.pop()
        kind = index.names.types.get(only)
        return ("region" if kind == "place" else str(kind)), only
    return None


def _before_name(name: str, index: ClaimIndex) -> tuple[str, ...]:
    """The words before the registry name that ends `name` (articles left out), () when no such name ends it. Words in
    lower case there that the two spans do not share make a clause ending in a name ("Hampshire's attorney general from
    2004 to 2009, has also been a strong advocate for Byrne JAG"), not one name, however its last words read; shared
    ones only frame the name ("McCain met with 180 Degrees" for "McCain met with the National Football League")."""
    found = [m.start for m in names.detect(name, index.names) if m.value.ids and m.end >= len(name.rstrip(" .,"))]
    if not found:
        return ()
    return tuple(w for w in name[: min(found)].split() if w.lower() not in _ARTICLES)


def _shortened(one: str, other: str, index: ClaimIndex) -> bool:
    """Two registry entries, one the other's name less the words before it: the "Economic Development Authority" the
    minutes name is the "Cedar Bend Economic Development Authority" of its own report."""
    names_ = [index.corpus.entities[i].name.split() for i in (one, other) if i in index.corpus.entities]
    if len(names_) != 2:
        return False
    short, long = sorted(names_, key=len)
    return 1 < len(short) < len(long) and long[-len(short) :] == short


def _part_of(one: str, other: str, index: ClaimIndex) -> bool:
    """Two registry bodies, one a part of the other: the "Senate Appropriations Committee" (its head word left off) begins
    the name of the "Senate Appropriations Subcommittee on Financial Services", whose members are its appropriators too."""
    entities = [index.corpus.entities.get(i) for i in (one, other)]
    if None in entities:
        return False
    forms = [[n.split() for n in (e.name, *e.aliases)] for e in entities if e is not None]

    def begins(part: list[str], whole: list[str]) -> bool:
        lead = part[:-1] if part[-1].lower() in HEADS else part
        return 1 < len(lead) < len(whole) and whole[: len(lead)] == lead

    return any(begins(a, b) or begins(b, a) for a in forms[0] for b in forms[1])


HEADS = frozenset(w.lower() for w in lexicon().words("org-head"))


def _person_like(words: list[str]) -> bool:
    """A title or not, then a given name, initials maybe, and a surname: all capitalised, no comma between
    them, no month ("Mexico, April" is a place and a date)."""
    names = [w for w in words if not w.endswith(".") or len(w) == 2]
    return (
        2 <= len(names) <= 5
        and all(w[:1].isupper() and not w.endswith(",") for w in words[:-1])
        and words[-1][:1].isupper()
        and not any(w.strip(",.") in _MONTHS for w in words)
    )


# a sentence's end or a quotation mark inside the words: "Patch is a bus ticket. That's not an answer,” Heitkamp";
# a line's end ("Tamarack County Housing Authority\nAudit Period: ...", a document's header lines); a label's colon
# ("Cite: Dalrymple"); a list's parenthesis or semicolon ("City of Pine Hollow); Carl Benedetti"); a dash set off
# by blanks, between a debate card's tag and its author ("Dalrymple 15 — Amy Dalrymple")
_NOT_ONE_NAME = re.compile(r"[a-z]{2,}[.!?]\s|[\"“”\n();]|:\s|\s[—–-]\s")


def _initials(short: str, long: str) -> bool:
    """`short` holds initials ("HHS") that the capitalised words of `long` spell in a row."""
    capitals = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", long) if w[0].isupper())
    return any(a in capitals for a in _ACRONYM.findall(short) if len(a) >= 2)


def _abbreviated(short: str, long: str) -> bool:
    """`short` is `long` with words cut short: each of its words starts the other's word in its place ("Dept." of
    "Department", "Undersec" of "Undersecretary", "St." of "Street"), two letters at least; a plural keeps its "s"
    ("Approps" of "Appropriations")."""
    mine, theirs = short.split(), long.split()
    return len(mine) == len(theirs) and mine != theirs and all(a == b or _cut(a.rstrip(".").lower(), b.lower()) for a, b in zip(mine, theirs, strict=True))


def _cut(short: str, long: str) -> bool:
    if len(short) >= 2 and long.startswith(short):
        return True
    return len(short) > MIN_CLIPPED and short.endswith("s") and long.endswith("s") and long.startswith(short[:-1])


# The fewest letters a plural word cut short keeps before its "s" ("Approps").
MIN_CLIPPED = 4


@lru_cache(maxsize=8192)  # the same names are asked about for every close claim of every sentence
def _stems(name: str) -> frozenset[str]:
    return frozenset(content_stems(name))


# same_sort's answers, per name index and lexicon: a draft that names the same people again and again asks the same
# pairs for every close claim of every sentence (a file of 6,000 such sentences spent most of its time here).
_PAIRS: Memo[tuple[str, str, bool], bool] = Memo(65536)


def same_sort(drafted: str, source: str, index: ClaimIndex, known: NameWords, *, loose: bool = False) -> bool:
    """Two names of one sort. `loose`: the spans stand alone (no capitalised word runs on), outside a headline."""
    return _PAIRS.get((index.names, known), (drafted, source, loose), lambda: _one_sort(drafted, source, index, known, loose=loose))


def _one_sort(drafted: str, source: str, index: ClaimIndex, known: NameWords, *, loose: bool) -> bool:
    if _NOT_ONE_NAME.search(drafted) or _NOT_ONE_NAME.search(source):
        return False
    if any(w.strip(",.") in _CALENDAR for w in (*drafted.split(), *source.split())):
        # a date's words are no name ("On Monday" for "Finance Director Priya Raman"): "Last November" for "In
        # November" and "Monday, Oct" for "Monday, October" are the date comparer's
        return False
    mine_words, their_words = _stems(drafted), _stems(source)
    if mine_words and their_words and (mine_words <= their_words or their_words <= mine_words):
        return False  # "the Board's Finance Committee" is the "Finance Committee of the Board of Trustees", reordered
    if ("," in drafted) != ("," in source):
        return False  # "Homeland Security, the U.S. Department of Justice" is a list, not one name against "... and Justice"
    if _initials(drafted, source) or _initials(source, drafted):
        return False  # "HHS Office" for "U.S. Department of Health and Human Services Office": one name, shortened
    if _abbreviated(drafted, source) or _abbreviated(source, drafted):
        return False  # "Foreign Ministry Undersec." for "Foreign Ministry Undersecretary"
    for name in (drafted, source):
        sort = sort_of(name, index, known)
        if sort is not None and sort[0] in ("person", "region") and any(w[:1].islower() and w not in known.connectors for w in name.split()):
            # "Asked by Brandvold", "Hampshire passes through Connecticut": a person's or a place's name holds no word
            # in lower case ("Men as Peacemakers" may)
            return False
    before = [_before_name(name, index) for name in (drafted, source)]
    if before[0] != before[1] and any(w[:1].islower() and w.strip(",.") not in known.connectors for words in before for w in words):
        return False
    mine, theirs = sort_of(drafted, index, known), sort_of(source, index, known)
    if mine and theirs:
        return mine[0] == theirs[0] and mine[1] != theirs[1] and not _shortened(mine[1], theirs[1], index) and not _part_of(mine[1], theirs[1], index)
    # "Ramsey County" for the registry's "Hennepin County": an unknown name of the same make.
    # "Aspen Forum" for "Sedona Forum": two proper names of one make, even unregistered.
    words, source_words = drafted.split(), source.split()
    if not mine and loose and theirs and theirs[0] == "person" and _person_like(words) and _person_like(source_words):
        return True  # "President George W. Bush" for the registry's "President Bill Clinton"
    if not mine and theirs and theirs[0] == "organization" and _ACRONYM.fullmatch(drafted) and _ACRONYM.fullmatch(source):
        return True  # "the FBI" for the registry's "the DEA": one agency's initials for another's
    # "Secretary of Agriculture" for "Secretary of Commerce": the same head, another name
    if mine or not loose or len(words) < 2 or len(source_words) < 2 or (words[-1] != source_words[-1] and words[0] != source_words[0]):
        return False
    if any(w[0] in known.connectors or w[-1] in known.connectors for w in (words, source_words)):
        return False  # "Sen. Heitkamp and": a name neither starts nor ends with "and", "of"
    if not all(w[0][:1].isupper() and all(x[:1].isupper() or x in known.connectors for x in w) for w in (words, source_words)):
        return False
    return theirs is None or theirs[0] in ("region", "organization", "body", "event")
