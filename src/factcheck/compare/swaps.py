"""Catch a name swapped inside wording the sources otherwise share.

"modeled after Wisconsin's Safe Harbor laws" against "modeled after Minnesota's Safe Harbor
laws": the sentence follows a source's wording word for word except for one name, and both
names are the same sort of thing (two states, two countries, two places or people of the
registry). No claim value covers such a name, so the other comparers cannot see it; the
aligned wording can.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple

from factcheck.compare import SentenceFacts, Verdict
from factcheck.compare.body_names import turned_about
from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.memo import Memo
from factcheck.mentions import names
from factcheck.textutil import STOPWORDS, content_stems, fold

# How closely the claim must match before a one-name difference is read as a swap.
MIN_COVERAGE = 0.42
# Words that must agree around the swapped name (at least one on each side).
CONTEXT = 3
# The most words a swapped name may have: "Arizona Governor's Task Force on Human Trafficking" has 7;
# the bound keeps the alignment's candidate names few.
MAX_NAME = 10


class _Words(NamedTuple):
    """What this comparer reads from a lexicon, built once per lexicon."""

    openers: frozenset[str]  # capitalised at a sentence's start without being part of a name: "In", "The"
    connectors: frozenset[str]  # lower-case words inside a proper name: "Secretary of Agriculture"
    regions: frozenset[str]  # U.S. states and countries, written out
    demonyms: dict[str, str]  # "Mexican" -> "Mexico": a country named by its people's adjective
    kin: frozenset[str]  # relatives: "wife", "sister", "son" (relations.tsv, spouse and family)
    relative: frozenset[str]  # "who", "which": the clause they open after a name is about that name
    speech: re.Pattern[str]  # a speech verb right after a name, with "has" or "also" between (wordset auxiliary): "has urged", "said"
    along: re.Pattern[str]  # "X, joined by Y", "X and Y": Y went along with X


@per_lexicon
def _words(lex: Lexicon) -> _Words:
    return _Words(
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
_WORD = re.compile(r"[A-Za-z][A-Za-z.'-]*[A-Za-z]|[A-Za-z]")


# "Co." is "Company", "Corp." "Corporation": an abbreviation is aligned as the word it stands for.
_SPELLED = {a.form.lower(): a.expansion.lower() for a in lexicon().abbreviations if " " not in a.expansion}


@lru_cache(maxsize=4096)  # a claim's evidence is tokenised once per run, not once per sentence
def tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    """(comparable form, start, end): possessives, case and abbreviations folded away."""
    out = []
    folded = fold(text)
    for match in _WORD.finditer(folded):
        word = match.group(0)
        if word.endswith("'s"):
            word = word[:-2]
        low = word.rstrip(".").lower()
        if folded[match.end() : match.end() + 1] == ".":
            low = _SPELLED.get(low + ".", low)
        out.append((low, match.start(), match.start() + len(word)))
    return tuple(out)


# _sort_of's answers for the name index and lexicon in use: the same capitalised words are asked about
# for every close claim of every sentence, and a name-dense draft spent most of its time detecting
# names in them again (hardening issue).
_SORTS: Memo[str, tuple[str, str] | None] = Memo(65536)


def _sort_of(name: str, index: ClaimIndex, words: _Words) -> tuple[str, str] | None:
    """(sort, identity) of a name: two states, two people; None for ordinary words."""
    if not name[:1].isupper():
        return None
    return _SORTS.get((index.names, words), name, lambda: _sort_of_name(name, index, words))


def _sort_of_name(name: str, index: ClaimIndex, words: _Words) -> tuple[str, str] | None:
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
        lead = part[:-1] if part[-1].lower() in _HEADS else part
        return 1 < len(lead) < len(whole) and whole[: len(lead)] == lead

    return any(begins(a, b) or begins(b, a) for a in forms[0] for b in forms[1])


_HEADS = frozenset(w.lower() for w in lexicon().words("org-head"))


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


# _same_sort's answers, per name index and lexicon: a draft that names the same people again and again asks the same
# pairs for every close claim of every sentence (a file of 6,000 such sentences spent most of its time here).
_PAIRS: Memo[tuple[str, str, bool], bool] = Memo(65536)


def _same_sort(drafted: str, source: str, index: ClaimIndex, known: _Words, *, loose: bool = False) -> bool:
    """Two names of one sort. `loose`: the spans stand alone (no capitalised word runs on), outside a headline."""
    return _PAIRS.get((index.names, known), (drafted, source, loose), lambda: _one_sort(drafted, source, index, known, loose=loose))


def _one_sort(drafted: str, source: str, index: ClaimIndex, known: _Words, *, loose: bool) -> bool:
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
        sort = _sort_of(name, index, known)
        if sort is not None and sort[0] in ("person", "region") and any(w[:1].islower() and w not in known.connectors for w in name.split()):
            # "Asked by Brandvold", "Hampshire passes through Connecticut": a person's or a place's name holds no word
            # in lower case ("Men as Peacemakers" may)
            return False
    before = [_before_name(name, index) for name in (drafted, source)]
    if before[0] != before[1] and any(w[:1].islower() and w.strip(",.") not in known.connectors for words in before for w in words):
        return False
    mine, theirs = _sort_of(drafted, index, known), _sort_of(source, index, known)
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


def _swaps(sentence: str, evidence: str, index: ClaimIndex, words: _Words) -> list[tuple[int, int, str, str, tuple[str, ...]]]:
    """(start, end, drafted name, source name, drafted words in context) for each lone swapped name."""
    mine, theirs = tokens(sentence), tokens(evidence)
    if _words_within(mine, theirs):
        return []  # the evidence says the sentence word for word: the alignment has no replaced words
    ops = _joined(difflib.SequenceMatcher(a=[t[0] for t in mine], b=[t[0] for t in theirs], autojunk=False).get_opcodes(), mine, words)
    folded, folded_evidence = fold(sentence), fold(evidence)
    headline = _title_case(sentence)  # a headline capitalises every word: names cannot be told from words

    def alone(tokens: tuple[tuple[str, int, int], ...], text: str, first: int, last: int) -> bool:
        """No capitalised word runs on before `first` or after `last` (token indexes); a comma, colon
        or bracket between them ends the name ("... on Homeland Security, Ayotte made ..."); the full stop
        of "Sen." does not."""

        def runs_on(k: int, gap: str) -> bool:
            return (
                0 <= k < len(tokens)
                and text[tokens[k][1] : tokens[k][1] + 1].isupper()
                and tokens[k][0] not in words.openers
                and not any(c in gap for c in ",;:()")
            )

        before = text[tokens[first - 1][2] : tokens[first][1]] if first > 0 else ""
        after = text[tokens[last][2] : tokens[last + 1][1]] if last + 1 < len(tokens) else ""
        return not runs_on(first - 1, before) and not runs_on(last + 1, after)

    out = []
    for at, (tag, a0, a1, b0, b1) in enumerate(ops):
        if tag != "replace" or a1 - a0 > MAX_NAME:
            continue
        ends = a1 == len(mine)
        after_words = ops[at + 1][2] - ops[at + 1][1] if at + 1 < len(ops) and ops[at + 1][0] == "equal" else 0
        if b1 - b0 > a1 - a0 and a1 - a0 <= 4 and after_words >= CONTEXT:
            # the source says more before its name ("... all across the country, Klobuchar has urged the DEA"):
            # its name ends the replaced words, next to the shared words after it
            right = _right_aligned(mine, theirs, (a0, a1, b0, b1), folded, folded_evidence, headline, alone, index, words)
            if right is not None:
                out.append(right)
                continue
        if b1 - b0 > a1 - a0 and a1 - a0 <= 4 and after_words >= CONTEXT and theirs[b1 - 1][0] in words.relative:
            # "Priya Raman has covered" for "Owen Brandt, who has covered": the source's name, then a clause about it
            left = _right_aligned(mine, theirs, (a0, a1, b0, b1 - 1), folded, folded_evidence, headline, alone, index, words)
            if left is not None:
                out.append(left)
                continue
        lead = a0
        while lead < a1 and not folded[mine[lead][1] : mine[lead][1] + 1].isupper():
            lead += 1
        if a0 < lead < a1 and a1 - a0 <= 4 and after_words >= CONTEXT:
            # "pressed the FBI" for "urged the DEA": a verb changed too, joined to the name by "the"; the names end both
            right = _right_aligned(mine, theirs, (lead, a1, b0, b1), folded, folded_evidence, headline, alone, index, words)
            if right is not None:
                out.append(right)
                continue
        if b1 - b0 > MAX_NAME and not ends:
            continue
        before = ops[at - 1][2] - ops[at - 1][1] if at and ops[at - 1][0] == "equal" else 0
        after = ops[at + 1][2] - ops[at + 1][1] if at + 1 < len(ops) and ops[at + 1][0] == "equal" else 0
        if a1 == len(mine) and before >= CONTEXT:
            after = 0  # the name ends the sentence: the words before it must carry the match alone
            if b0 and ";" in folded_evidence[theirs[max(0, b0 - CONTEXT)][2] : theirs[b0][1]]:
                continue  # "..., Minority Vice Chair; Rep. Tessa Quill": the words before belong to the list's last entry
        elif a0 == 0 and after >= CONTEXT:
            before = 0
            if b1 < len(theirs) and ";" in folded_evidence[theirs[b1 - 1][2] : theirs[min(len(theirs) - 1, b1 + CONTEXT - 1)][1]]:
                continue
        elif min(before, after) < 1 or before + after < CONTEXT:
            continue
        if a1 - a0 == 1 and b1 - b0 == 1 and mine[a0][0] in words.kin and theirs[b0][0] in words.kin and min(before, after) >= 1:
            # "whose sister grew up in Bandon" for "whose wife grew up in Bandon": one relative for another
            start, end = mine[a0][1], mine[a0][2]
            out.append((start, end, folded[start:end], folded_evidence[theirs[b0][1] : theirs[b0][2]], tuple(t[0] for t in mine[max(0, a0 - 3) : a1 + 1])))
            continue
        # "South" for "North" is "South Dakota" for "North Dakota": widen over shared words to whole names.
        for grow_left, grow_right in ((0, 0), (0, 1), (0, 2), (0, 3), (1, 0), (1, 1), (1, 2), (2, 0), (2, 1), (2, 2), (3, 0), (4, 0), (5, 0)):
            if grow_left > before or grow_right > after:
                continue
            # the shared words left outside the two whole names say something, or the names are of one make (the
            # same head: "the Senate Judiciary Committee" for "the Senate Homeland Security ... Committee"): "of the
            # Marlow Falls Library Foundation" and "after the Marlow Falls City Council" share only "the" besides
            outside = [t[0] for t in (*mine[a0 - before : a0 - grow_left], *mine[a1 + grow_right : a1 + after])]
            bare = not any(w not in STOPWORDS for w in outside)
            m0, m1, t0 = a0 - grow_left, a1 + grow_right, b0 - grow_left
            start, end = mine[m0][1], mine[m1 - 1][2]
            drafted = folded[start:end]
            # At the sentence's end the source may go on: try its name alone, shortest first, then as far
            # as it stays the same name ("Arizona Governor's Task Force" on to "... on Human Trafficking").
            lengths = range(1, min(b1 - b0, MAX_NAME) + 1) if ends else (b1 - b0 + grow_right,)
            source, named = "", None
            for n in lengths:
                candidate = folded_evidence[theirs[t0][1] : theirs[b0 + n - 1][2]]
                loose = not headline and alone(mine, folded, m0, m1 - 1) and alone(theirs, folded_evidence, t0, b0 + n - 1)
                if not source:
                    if _same_sort(drafted, candidate, index, words, loose=loose):
                        source, named = candidate, _sort_of(candidate, index, words)
                    continue
                if named is not None and _sort_of(candidate, index, words) == named:
                    source = candidate  # "... Task Force on Human" is no name; "... on Human Trafficking" is the same one
            if source and bare and not _one_make(drafted, source):
                continue
            if source:
                context = tuple(t[0] for t in mine[max(0, m0 - 3) : m1 + 1])  # enough words to tell two uses apart
                out.append((start, end, drafted, source, context))
                break
    return out


def _one_make(drafted: str, source: str) -> bool:
    """Two names with one head: the same last word ("the Senate Judiciary Committee", "the Senate Homeland Security ...
    Committee"), or a body's head in the words they open with alike ("Washington State Department of Health" and "...
    of Commerce")."""
    mine, theirs = drafted.lower().split(), source.lower().split()
    if mine[-1] == theirs[-1]:
        return True
    shared = [a for a, b in zip(mine, theirs, strict=False) if a == b]
    return len(shared) == min(len(mine), len(theirs)) - 1 and any(w in _HEADS for w in shared)


def _along(drafted: str, source: str, evidence: str, words: _Words) -> bool:
    """The evidence names the draft's person too, as one who went along with the source's ("X, joined by Y"):
    the draft names one of the company, not another person in the source's place."""
    at = evidence.find(source)
    if at < 0 or evidence.count(source) > 1:
        return False  # "Heitkamp and Klobuchar ... in Heitkamp's office": which Heitkamp the draft replaced is unsure
    after = evidence.find(drafted, at + len(source), at + len(source) + 80)
    return after >= 0 and bool(words.along.search(evidence[at + len(source) : after]))


Opcode = tuple[str, int, int, int, int]
Tokens = tuple[tuple[str, int, int], ...]


def _right_aligned(
    mine: Tokens,
    theirs: Tokens,
    op: tuple[int, int, int, int],
    folded: str,
    folded_evidence: str,
    headline: bool,
    alone: Callable[[Tokens, str, int, int], bool],
    index: ClaimIndex,
    words: _Words,
) -> tuple[int, int, str, str, tuple[str, ...]] | None:
    """A name of the same sort at the end of the source's longer replaced words, shortest first."""
    a0, a1, b0, b1 = op
    start, end = mine[a0][1], mine[a1 - 1][2]
    drafted = folded[start:end]
    for n in range(1, min(4, b1 - b0) + 1):
        t0 = b1 - n
        source = folded_evidence[theirs[t0][1] : theirs[b1 - 1][2]]
        loose = not headline and alone(mine, folded, a0, a1 - 1) and alone(theirs, folded_evidence, t0, b1 - 1)
        if _same_sort(drafted, source, index, words, loose=loose):
            return start, end, drafted, source, tuple(t[0] for t in mine[max(0, a0 - 3) : a1 + 1])
    return None


def _joined(ops: Sequence[Opcode], mine: tuple[tuple[str, int, int], ...], words: _Words) -> list[Opcode]:
    """Replacements split only by a name's connectors are one: "Senate Committee on Appropriations" for
    "Arizona Governor's Task Force on Human Trafficking" aligns "on" and splits the names around it."""
    out: list[Opcode] = []
    for op in ops:
        if (
            op[0] == "replace"
            and len(out) >= 2
            and out[-1][0] == "equal"
            and out[-2][0] == "replace"
            and all(mine[k][0] in words.connectors for k in range(out[-1][1], out[-1][2]))
            and op[2] - out[-2][1] <= MAX_NAME
            and op[4] - out[-2][3] <= MAX_NAME
        ):
            first = out[-2]
            del out[-2:]
            out.append(("replace", first[1], op[2], first[3], op[4]))
        else:
            out.append(op)
    return out


def _words_within(mine: tuple[tuple[str, int, int], ...], theirs: tuple[tuple[str, int, int], ...]) -> bool:
    """The sentence's words are a run of the evidence's. Then the longest block SequenceMatcher finds
    is all of them and its opcodes only insert: a quick exit for sentences a source states verbatim."""
    return f" {' '.join(t[0] for t in mine)} " in f" {' '.join(t[0] for t in theirs)} "


def _led_in(context: tuple[str, ...], name: tuple[str, ...]) -> tuple[str, ...]:
    """The name with the words before it in the sentence back to a word that says something ("led the New Hampshire
    Drug Task Force"; not "and the Calder County Sheriff's Office"), () when no such word is in the context."""
    n = len(name)
    at = next((k for k in range(len(context) - n + 1) if context[k : k + n] == name), -1)
    lead = next((k for k in range(at - 1, -1, -1) if context[k] not in STOPWORDS), -1) if at > 0 else -1
    return context[lead : at + n] if lead >= 0 else ()


def _says(evidence: str, words: tuple[str, ...]) -> bool:
    said = [t[0] for t in tokens(evidence)]
    n = len(words)
    return any(tuple(said[i : i + n]) == words for i in range(len(said) - n + 1))


def _one_state(drafted: str, source: str, lex: Lexicon) -> bool:
    """Both end in one U.S. state's name, however written ("N.H", "New Hampshire")."""

    def state(text: str) -> str | None:
        words = text.split()
        return next((found for k in range(len(words)) if (found := lex.state_name(" ".join(words[k:]))) is not None), None)

    mine = state(drafted)
    return mine is not None and mine == state(source)


def _spelled_out(text: str, lex: Lexicon) -> tuple[str, ...]:
    """The words of a name with its abbreviations spelled out: "Arizona Gov.'s Task Force" reads as
    "Arizona Governor's Task Force"."""
    expanded = {a.form.lower(): a.expansion.lower() for a in lex.abbreviations}
    out = []
    for word in re.findall(r"[\w.]+|'s", text.replace("’", "'")):
        key = word.lower()
        out.append(expanded.get(key) or (lex.title_head(word) or "").lower() or key.rstrip("."))
    return tuple(out)


def _title_case(text: str) -> bool:
    """A headline: hardly a long word left in lower case (prose full of names still has its verbs)."""
    if text.rstrip().endswith((".", "!", "?", '."', ".”")):
        return False  # headlines do not end in a full stop; short prose sentences full of names do
    words = [w for w in re.findall(r"[A-Za-z]+", text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].islower() for w in words) <= 1


def compare(facts: SentenceFacts, index: ClaimIndex, *, lex: Lexicon | None = None) -> list[Verdict]:
    """`lex`: the lexicon whose openers, connectors, states and countries to read (the shipped one by default)."""
    words = _words(lex)
    close = [c for c in facts.candidates if c.coverage >= MIN_COVERAGE]
    if not close:
        return []
    texts = {c.card.claim.id: [p.quote for p in c.card.claim.provenance if p.quote] for c in close}
    for cand in close:
        for evidence in texts[cand.card.claim.id]:
            for start, end, drafted, source, context in _swaps(facts.text, evidence, index, words):
                if any(_says(quote, context) for quotes in texts.values() for quote in quotes):
                    continue  # some close claim does say it this way
                if names.cited_author(facts.text, start, end):
                    continue  # "(Dalrymple, 2015)": who wrote the source, not one put for the person it tells of
                named = _led_in(context, tuple(t[0] for t in tokens(drafted)))
                if named and any(c.coverage > cand.coverage and any(_says(q, named) for q in texts[c.card.claim.id]) for c in close):
                    continue  # a claim closer to the sentence names the draft's own after the same word ("led the New Hampshire Drug Task Force")
                if _one_state(drafted, source, lex or lexicon()):
                    continue  # "As N.H. attorney general" for "As New Hampshire attorney general": one state, abbreviated
                if _spelled_out(drafted, lex or lexicon()) == _spelled_out(source, lex or lexicon()):
                    continue  # "Arizona Gov.'s Task Force" for "Arizona Governor's Task Force": one name, abbreviated
                if turned_about(drafted, source, lex or lexicon()):
                    continue  # "Homeland Security Department" for "U.S. Department of Homeland Security": one body
                if fold(facts.text).count(source) >= fold(evidence).count(source):
                    continue  # the sentence still names it as often: words moved, not swapped
                if (_sort_of(drafted, index, words) or ("",))[0] != "person" and re.search(rf"\b{re.escape(drafted)}\s+[A-Z]", fold(evidence)):
                    continue  # "heroin in New England" of a passage naming "[New England HIDTA]": the start of a name it writes
                if any(_along(drafted, source, fold(text), words) for text in (evidence, cand.card.claim.statement)):
                    continue  # "to Mexico with Cindy McCain" for "with U.S. Senator Heidi Heitkamp, joined by Cindy McCain"
                # one person put for another as the one who spoke ("Heitkamp has urged the DEA") is who said it
                sort = _sort_of(source, index, words)
                said = sort is not None and sort[0] == "person" and words.speech.match(facts.text, end) is not None
                kind = "attribution" if said else "entity"
                return [Verdict(kind, True, start, end, facts.text[start:end], source, f"the sources say {source} here, not {drafted}", (cand.card.claim,))]
    return []
