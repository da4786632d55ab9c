"""The English that factcheck reads, as data: lexicon/data/*.tsv -> a frozen Lexicon, read once, on first use.

Titles and roles, relation words, speech verbs, months, weekdays, number words, units, hedges,
parties, U.S. states, countries and demonyms, pronouns, title modifiers, abbreviations and the
other word lists the detectors keep (stopwords, function words, ...). Each table is one TSV file:
`#` comment lines, a header row naming the columns, then one row per entry; `-` is an empty cell
and a cell holding several values separates them with commas. Nothing read is ever evaluated.
README.md says where each table came from in the code.

Rows are typed NamedTuples (immutable; defining one costs about a fiftieth of a dataclass, which
the commit hook pays at every import); the Lexicon holding them is a frozen dataclass.

    from factcheck import lexicon
    lexicon.title_head("U.S. Sen.")      # 'Senator'
    lexicon.state_name("N.D.")           # 'North Dakota'
    lexicon.lexicon().speech_forms()     # ('acknowledge', 'acknowledged', ...)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import NamedTuple, TypeVar

DATA = Path(__file__).resolve().parent / "data"

TABLES = {
    "abbreviations": ("form", "expansion", "class", "tags"),
    "countries": ("name", "demonym", "aliases", "kind"),
    "hedges": ("phrase", "direction", "low", "high", "tags"),
    "modifiers": ("word", "kind"),
    "months": ("number", "name", "abbreviations", "ap"),
    "numbers": ("word", "value", "kind"),
    "parties": ("name", "letter", "member", "plural", "other"),
    "pronouns": ("word", "person", "number", "case", "tags"),
    "seasons": ("name", "first", "last", "other"),
    "relations": ("word", "kind", "verb", "records"),
    "speech": ("base", "past", "present", "participle", "kind"),
    "states": ("name", "postal", "ap", "other", "kind"),
    "titles": ("form", "head", "use", "plural", "flags"),
    "units": ("unit", "forms", "kind", "tags", "minutes"),
    "weekdays": ("number", "name", "abbreviations"),
    "wordsets": ("set", "word"),
}


class LexiconError(ValueError):
    """A lexicon file that cannot be read: names the file and line."""


class Title(NamedTuple):
    form: str  # as written: "Sen.", "Attorney General"; a role written only in lower case as such ("spokesman")
    head: str  # the title this form stands for ("Senator" for "Sen."); a head row has head == form
    use: str  # title: capitalised before a name | role: lower case before a name | both | honorific | noun: neither (an appositive's head)
    plural: str | None
    flags: frozenset[str]  # alone ("the senator"), office, seat, alias, appositive, vague: see README.md

    @property
    def before_name(self) -> bool:
        return self.use in ("title", "both", "honorific")

    @property
    def role(self) -> str | None:
        """The lower-case form written before a name ("library director Mary Danko"), if any."""
        return self.form.lower() if self.use in ("role", "both") else None


class Word(NamedTuple):
    """A row of a two-column-ish table: modifiers (kind), numbers (value, kind)."""

    word: str
    kind: str
    value: float | None = None


class Relation(NamedTuple):
    word: str  # "wife", "chair of"
    kind: str  # spouse | family | leads | founded
    verb: str | None  # the verb of "X, who chairs the ..." that gives it
    records: str | None  # the attribute extraction records: spouse | role | None


class SpeechVerb(NamedTuple):
    base: str
    past: str | None
    present: str | None
    participle: str | None
    kind: str  # verb | phrase ("according to")

    @property
    def forms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f for f in (self.base, self.past, self.present, self.participle) if f))

    def form(self, tense: str) -> str | None:
        """base | past | present | participle."""
        return {"base": self.base, "past": self.past, "present": self.present, "participle": self.participle}[tense]


class Month(NamedTuple):
    number: int
    name: str
    abbreviations: tuple[str, ...]  # without the dot: ("Sep", "Sept")
    ap: str  # AP style: "Sept.", "March"

    @property
    def forms(self) -> tuple[str, ...]:
        """Every written form: name, abbreviations with and without the dot."""
        return (self.name, *self.abbreviations, *(a + "." for a in self.abbreviations))


class Season(NamedTuple):
    name: str  # "fall"
    first: int  # its first month: 9
    last: int  # its last month: 11 (winter's, 2, is in the next year)
    other: tuple[str, ...]  # "autumn"

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.other)


class Weekday(NamedTuple):
    number: int  # as datetime.date.weekday(): Monday 0
    name: str
    abbreviations: tuple[str, ...]

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.abbreviations, *(a + "." for a in self.abbreviations))


class Unit(NamedTuple):
    unit: str  # singular: "person", "percent"
    forms: tuple[str, ...]  # other written forms: "people", "persons"; "%", "per cent"
    kind: str  # count | duration | length | multiple | percent | money
    tags: frozenset[str]  # people, generic
    minutes: float | None = None  # a duration's length, to restate "36 months" as "three years"


class Hedge(NamedTuple):
    phrase: str
    direction: str  # above | at-least | approaching | around | just-above | just-below | below | at-most | range
    low: float  # the figure times low .. the figure times high
    high: float
    tags: frozenset[str]  # noun: not written before a figure ("thousands")


class Party(NamedTuple):
    name: str  # "Democratic": the party's name and adjective
    letter: str  # "D" in "D-N.D."
    member: str  # "Democrat"
    plural: str
    other: tuple[str, ...]  # "GOP"


class State(NamedTuple):
    name: str
    postal: str  # "ND"
    ap: str  # "N.D."; the name when AP writes it in full ("Ohio")
    other: tuple[str, ...]  # other abbreviations seen in copy: "Tex.", "Penn."
    kind: str  # state | district


class Country(NamedTuple):
    name: str
    demonym: str  # "Mexican"
    aliases: tuple[str, ...]  # "Burma"
    kind: str  # country | constituent | territory


class Pronoun(NamedTuple):
    word: str
    person: int
    number: str  # sg | pl | any
    case: str  # subject | object | possessive | demonstrative | relative
    tags: frozenset[str]  # speaker, counted


class Abbreviation(NamedTuple):
    form: str
    expansion: str
    cls: str  # never | maybe | before-name (the segmenter's classes)
    tags: frozenset[str]  # place: "St.", "Mt." before a place name


@dataclass(frozen=True, slots=True)
class Lexicon:
    titles: tuple[Title, ...]
    modifiers: tuple[Word, ...]
    relations: tuple[Relation, ...]
    speech: tuple[SpeechVerb, ...]
    months: tuple[Month, ...]
    weekdays: tuple[Weekday, ...]
    seasons: tuple[Season, ...]
    numbers: tuple[Word, ...]
    units: tuple[Unit, ...]
    hedges: tuple[Hedge, ...]
    parties: tuple[Party, ...]
    states: tuple[State, ...]
    countries: tuple[Country, ...]
    pronouns: tuple[Pronoun, ...]
    abbreviations: tuple[Abbreviation, ...]
    wordsets: dict[str, frozenset[str]]
    # Look-up tables and patterns built on first use (the dataclass is frozen; these dicts only fill).
    _index: dict[str, dict[str, str]] = field(default_factory=dict, repr=False, compare=False)
    _pattern: dict[str, re.Pattern[str]] = field(default_factory=dict, repr=False, compare=False)

    # --- views -------------------------------------------------------------------------

    @property
    def roles(self) -> tuple[Title, ...]:
        """The titles written in lower case before a name or as an appositive's head."""
        return tuple(t for t in self.titles if t.use in ("role", "both", "noun"))

    def title_forms(self, *, flag: str | None = None, use: Iterable[str] = ("title", "both", "honorific")) -> tuple[str, ...]:
        """Forms written before a name (or of the given uses), with `flag` if given."""
        wanted = set(use)
        return tuple(t.form for t in self.titles if t.use in wanted and (flag is None or flag in t.flags))

    def speech_forms(self, kind: str = "verb", tenses: Iterable[str] = ("base", "past", "present", "participle")) -> tuple[str, ...]:
        """The written forms of the speech verbs (or phrases), of the tenses asked: a detector that wants
        "said", "says" and "saying" but not the noun-like bases ("state", "note", "call") asks for those."""
        wanted = tuple(tenses)
        return tuple(dict.fromkeys(f for v in self.speech if v.kind == kind for t in wanted if (f := v.form(t))))

    def words(self, name: str) -> frozenset[str]:
        """A word set of wordsets.tsv by name ("stop", "function", ...); KeyError for an unknown set."""
        return self.wordsets[name]

    # --- look-ups ----------------------------------------------------------------------

    def _lookup(self, table: str, key: str) -> str | None:
        index = self._index.get(table)
        if index is None:
            index = self._index[table] = _BUILDERS[table](self)
        return index.get(key)

    def title_heads(self, text: str) -> tuple[str, ...]:
        """The heads of the titles `text` holds, in order: "former Interior Secretary" -> ("Secretary",)."""
        if "titles" not in self._pattern:
            forms = [t.form for t in self.titles] + [t.plural for t in self.titles if t.plural]
            # "President-elect" is a president's post to come: its head is the title's
            self._pattern["titles"] = re.compile(rf"(?<![\w.])(?:{alternation(forms)})(?:(?![\w-])|(?=-elect\b))", re.I)
        out = []
        for match in self._pattern["titles"].finditer(text):
            head = self._lookup("titles", match.group(0).lower())
            if head:
                out.append(head)
        return tuple(out)

    def title_head(self, text: str) -> str | None:
        """The head of the last title in `text`: "U.S. Sen." -> "Senator"; None when it names none."""
        heads = self.title_heads(text)
        return heads[-1] if heads else None

    def state_name(self, text: str) -> str | None:
        """'N.D.' / 'ND' / 'North Dakota' / 'Minn' / 'Tex.' -> the state's name; None when not a state."""
        return self._lookup("states", _key(text.strip(" ,()")))

    def party_name(self, text: str) -> str | None:
        """'D' / 'Democrat' / 'democratic' / 'GOP' -> the party's name."""
        text = text.strip()
        return self._lookup("parties", text.upper() if len(text) == 1 else text.lower())

    def calendar_words(self, *, weekdays: bool = True) -> frozenset[str]:
        """The months' names and abbreviations, and the weekdays' unless told not ("May", "Sept", "Thurs"):
        words that say when, never what or who."""
        days = [(d.name, *d.abbreviations) for d in self.weekdays] if weekdays else []
        return frozenset(f for forms in [*((m.name, *m.abbreviations) for m in self.months), *days] for f in forms)

    def month_number(self, word: str) -> int | None:
        """'Sept.' / 'sep' / 'September' -> 9."""
        found = self._lookup("months", word.strip().rstrip(".").lower())
        return int(found) if found else None

    def weekday_number(self, word: str) -> int | None:
        """'Thurs.' / 'Thursday' -> 3 (Monday 0)."""
        found = self._lookup("weekdays", word.strip().rstrip(".").lower())
        return int(found) if found else None

    def number_word(self, word: str) -> int | None:
        """A cardinal's value: 'seven' -> 7, 'Dozen' -> 12, 'million' -> 1000000; None otherwise."""
        found = self._lookup("numbers", word.strip().lower())
        return int(found) if found else None

    def ordinal(self, word: str) -> int | None:
        found = self._lookup("ordinals", word.strip().lower())
        return int(found) if found else None

    def singular(self, word: str) -> str | None:
        """A unit from any of its written forms: 'people' -> 'person', '%' -> 'percent'; None when unlisted."""
        return self._lookup("units", word.strip().lower())

    def demonym(self, word: str) -> str | None:
        """The country a demonym or a country name stands for: 'Mexican' -> 'Mexico'."""
        return self._lookup("countries", word.strip())


def _key(text: str) -> str:
    return text.replace(".", "").replace(" ", "").lower()


def _titles_index(lex: Lexicon) -> dict[str, str]:
    out: dict[str, str] = {}
    for t in lex.titles:
        out[t.form.lower()] = t.head
        if t.plural:
            out[t.plural.lower()] = t.head
    return out


def _states_index(lex: Lexicon) -> dict[str, str]:
    out: dict[str, str] = {}
    for s in lex.states:
        for form in (s.name, s.postal, s.ap, *s.other):
            out[_key(form)] = s.name
    return out


def _parties_index(lex: Lexicon) -> dict[str, str]:
    out: dict[str, str] = {}
    for p in lex.parties:
        out[p.letter] = p.name
        for form in (p.name, p.member, p.plural, *p.other):
            out[form.lower()] = p.name
    return out


def _months_index(lex: Lexicon) -> dict[str, str]:
    return {f.rstrip(".").lower(): str(m.number) for m in lex.months for f in m.forms}


def _weekdays_index(lex: Lexicon) -> dict[str, str]:
    return {f.rstrip(".").lower(): str(d.number) for d in lex.weekdays for f in d.forms}


def _numbers_index(lex: Lexicon) -> dict[str, str]:
    cardinal = ("unit", "teen", "ten", "scale", "group")
    return {n.word: str(int(n.value or 0)) for n in lex.numbers if n.kind in cardinal}


def _ordinals_index(lex: Lexicon) -> dict[str, str]:
    return {n.word: str(int(n.value or 0)) for n in lex.numbers if n.kind == "ordinal"}


def _units_index(lex: Lexicon) -> dict[str, str]:
    return {f.lower(): u.unit for u in lex.units for f in (u.unit, *u.forms)}


def _countries_index(lex: Lexicon) -> dict[str, str]:
    out: dict[str, str] = {}
    for c in lex.countries:
        out.setdefault(c.demonym, c.name)  # "Dominican" is Dominica's first, then the Dominican Republic's: the first row wins
        for form in (c.name, *c.aliases):
            out[form] = c.name
    return out


_BUILDERS = {
    "titles": _titles_index,
    "states": _states_index,
    "parties": _parties_index,
    "months": _months_index,
    "weekdays": _weekdays_index,
    "numbers": _numbers_index,
    "ordinals": _ordinals_index,
    "units": _units_index,
    "countries": _countries_index,
}


# --- reading ---------------------------------------------------------------------------


def read_table(path: Path, columns: tuple[str, ...]) -> list[list[str]]:
    """The rows (lists of cells) of a TSV table with these columns; LexiconError for a malformed one."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise LexiconError(f"{path}: cannot read the lexicon table ({error.strerror})") from None
    numbered = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    if not numbered:
        raise LexiconError(f"{path}: no header row")
    if tuple(numbered[0][1].split("\t")) != columns:
        raise LexiconError(f"{path}:{numbered[0][0]}: the header is {numbered[0][1]!r}, expected {'/'.join(columns)} separated by tabs")
    rows = [line.split("\t") for _, line in numbered[1:]]
    width = len(columns)
    for (number, line), cells in zip(numbered[1:], rows, strict=True):
        if len(cells) != width or "" in cells or line != line.strip() or "\t " in line or " \t" in line:
            raise LexiconError(f"{path}:{number}: expected {width} tab-separated, non-empty cells without outer spaces, found {cells!r}")
    return rows


def _cell(value: str) -> str | None:
    return None if value == "-" else value


def _list(value: str) -> tuple[str, ...]:
    return () if value == "-" else tuple(v for v in value.split(","))


def _number(value: str) -> float:
    return float(Fraction(value)) if "/" in value else float(value)  # "1/3", "0.85", "inf"


def load(path: Path | None = None) -> Lexicon:
    """The lexicon in folder `path` (the shipped data/ by default). Every table must be there."""
    folder = path or DATA
    t = {name: read_table(folder / f"{name}.tsv", columns) for name, columns in TABLES.items()}
    wordsets: dict[str, set[str]] = {}
    for name, word in t["wordsets"]:
        wordsets.setdefault(name, set()).add(word)
    return Lexicon(
        titles=tuple(Title(f, h, u, _cell(p), frozenset(_list(fl))) for f, h, u, p, fl in t["titles"]),
        modifiers=tuple(Word(w, k) for w, k in t["modifiers"]),
        relations=tuple(Relation(w, k, _cell(v), _cell(r)) for w, k, v, r in t["relations"]),
        speech=tuple(SpeechVerb(b, _cell(pa), _cell(pr), _cell(pp), k) for b, pa, pr, pp, k in t["speech"]),
        months=tuple(Month(int(n), name, _list(a), ap) for n, name, a, ap in t["months"]),
        weekdays=tuple(Weekday(int(n), name, _list(a)) for n, name, a in t["weekdays"]),
        seasons=tuple(Season(name, int(f), int(la), _list(o)) for name, f, la, o in t["seasons"]),
        numbers=tuple(Word(w, k, _number(v)) for w, v, k in t["numbers"]),
        units=tuple(Unit(u, _list(f), k, frozenset(_list(tags)), None if m == "-" else _number(m)) for u, f, k, tags, m in t["units"]),
        hedges=tuple(Hedge(p, d, _number(lo), _number(hi), frozenset(_list(tags))) for p, d, lo, hi, tags in t["hedges"]),
        parties=tuple(Party(n, letter, m, pl, _list(o)) for n, letter, m, pl, o in t["parties"]),
        states=tuple(State(n, po, ap, _list(o), k) for n, po, ap, o, k in t["states"]),
        countries=tuple(Country(n, d, _list(a), k) for n, d, a, k in t["countries"]),
        pronouns=tuple(Pronoun(w, int(pe), nu, c, frozenset(_list(tags))) for w, pe, nu, c, tags in t["pronouns"]),
        abbreviations=tuple(Abbreviation(f, e, c, frozenset(_list(tags))) for f, e, c, tags in t["abbreviations"]),
        wordsets={k: frozenset(v) for k, v in sorted(wordsets.items())},
    )


@cache
def lexicon() -> Lexicon:
    """The shipped lexicon, read on the first call only."""
    return load()


# --- helpers for detectors -------------------------------------------------------------


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, escaped, longest first (so "Lt. Gov." wins over "Lt."), duplicates dropped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def title_head(text: str) -> str | None:
    return lexicon().title_head(text)


def state_name(text: str) -> str | None:
    return lexicon().state_name(text)


def party_name(text: str) -> str | None:
    return lexicon().party_name(text)


def month_number(word: str) -> int | None:
    return lexicon().month_number(word)


def number_word(word: str) -> int | None:
    return lexicon().number_word(word)


_T = TypeVar("_T")
_MAX_LEXICONS = 8  # the shipped one, and the few a test loads


def per_lexicon(build: Callable[[Lexicon], _T]) -> Callable[[Lexicon | None], _T]:
    """`build(lex)` once per lexicon (the shipped one for None): what detectors and comparers compile
    from the tables. A Lexicon holds dicts, so it cannot be hashed: it is keyed by identity, and held,
    so that its id is never reused by another while cached."""
    cache: dict[int, tuple[Lexicon, _T]] = {}

    @functools.wraps(build)
    def get(lex: Lexicon | None = None) -> _T:
        lex = lexicon() if lex is None else lex
        hit = cache.get(id(lex))
        if hit is None:
            if len(cache) >= _MAX_LEXICONS:
                cache.clear()
            hit = cache[id(lex)] = (lex, build(lex))
        return hit[1]

    return get
