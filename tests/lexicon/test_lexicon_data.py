"""The lexicon's data, linted like codespell lints its dictionaries, and held against the word lists still in the code."""

from __future__ import annotations

import importlib
import re
import shutil
from pathlib import Path

import pytest

from factcheck import lexicon
from factcheck.lexicon import DATA, TABLES, Lexicon, LexiconError, alternation, load, read_table

LEX = lexicon.lexicon()


# --- form ------------------------------------------------------------------------------


def test_the_data_folder_holds_exactly_the_declared_tables() -> None:
    assert sorted(p.stem for p in DATA.glob("*.tsv")) == sorted(TABLES)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_each_table_is_well_formed(name: str) -> None:
    text = (DATA / f"{name}.tsv").read_text(encoding="utf-8")
    assert text.endswith("\n") and not text.endswith("\n\n"), "one final newline"
    assert "\r" not in text and "  " not in text.replace("\t", "|"), "no CR, no double spaces"
    rows = read_table(DATA / f"{name}.tsv", TABLES[name])
    assert rows, "a table has rows"
    for cells in rows:
        for cell in cells:
            assert cell == "-" or cell.strip(",") != "-", cell
            assert all(part and part == part.strip() for part in cell.split(",")), f"list cell {cell!r}: no empty or padded items"


SORTED = {  # file -> the key its rows are kept in
    "abbreviations": None,
    "countries": None,
    "hedges": None,
    "modifiers": None,
    "parties": None,
    "pronouns": None,
    "relations": None,
    "speech": None,
    "states": None,
    "units": None,
    "wordsets": None,
    "titles": lambda r: (r[1].lower(), r[0] != r[1], r[0].lower()),  # by head, the head's own row first
    "months": lambda r: int(r[0]),
    "weekdays": lambda r: int(r[0]),
    "numbers": lambda r: (
        ["unit", "teen", "ten", "scale", "group", "ordinal", "fraction", "multiplier", "collective", "suffix"].index(r[2]),
        lexicon._number(r[1]),
        r[0],
    ),
}


@pytest.mark.parametrize("name", sorted(SORTED))
def test_tables_are_kept_sorted(name: str) -> None:
    rows = read_table(DATA / f"{name}.tsv", TABLES[name])
    key = SORTED[name]
    assert rows == (sorted(rows) if key is None else sorted(rows, key=key))


def test_a_malformed_row_names_its_file_and_line(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    with (folder / "parties.tsv").open("a", encoding="utf-8") as out:
        out.write("Green\tG\tGreen\n")
    with pytest.raises(LexiconError, match=r"parties\.tsv:6: expected 5"):
        load(folder)
    (folder / "parties.tsv").write_text("name\tletter\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="header"):
        load(folder)


# --- no duplicates ---------------------------------------------------------------------


def _unique(values: list[str], what: str) -> None:
    seen: set[str] = set()
    doubled = sorted({v for v in values if v in seen or seen.add(v)})  # type: ignore[func-returns-value]
    assert not doubled, f"{what} listed twice: {doubled}"


def test_no_duplicates_within_tables() -> None:
    _unique([t.form.lower() for t in LEX.titles] + [t.plural.lower() for t in LEX.titles if t.plural], "title form")
    _unique([f.lower() for v in LEX.speech for f in v.forms], "speech form")
    _unique([f.rstrip(".").lower() for m in LEX.months for f in (m.name, *m.abbreviations)], "month form")
    _unique([f.rstrip(".").lower() for d in LEX.weekdays for f in (d.name, *d.abbreviations)], "weekday form")
    _unique([f"{n.kind}:{n.word}" for n in LEX.numbers], "number word")
    _unique([n.word for n in LEX.numbers if n.kind in ("unit", "teen", "ten", "scale", "group")], "cardinal")
    _unique([f.lower() for u in LEX.units for f in (u.unit, *u.forms)], "unit form")
    _unique([h.phrase for h in LEX.hedges], "hedge")
    _unique([f.lower() for p in LEX.parties for f in dict.fromkeys((p.name, p.member, p.plural, *p.other))] + [p.letter for p in LEX.parties], "party form")
    _unique([k for s in LEX.states for k in {lexicon._key(f) for f in (s.name, s.postal, s.ap, *s.other)}], "state form")  # "ND" and "N.D." are one key
    _unique([f for c in LEX.countries for f in (c.name, *c.aliases)], "country name")
    _unique([p.word for p in LEX.pronouns], "pronoun")
    _unique([m.word.lower() for m in LEX.modifiers], "modifier")
    _unique([f"{r.word}:{r.verb}" for r in LEX.relations], "relation")
    _unique([a.form for a in LEX.abbreviations], "abbreviation")


def test_no_abbreviation_is_listed_in_two_tables() -> None:
    """The segmenter reads all of them: an abbreviation belongs to its own table (title, month, weekday, state) or to abbreviations.tsv."""
    owned = {t.form for t in LEX.titles} | {t.plural for t in LEX.titles if t.plural}
    owned |= {f for m in LEX.months for f in m.forms} | {f for d in LEX.weekdays for f in d.forms}
    owned |= {f for s in LEX.states for f in (s.ap, *s.other)}
    assert not owned & {a.form for a in LEX.abbreviations}


def test_a_place_is_a_state_or_a_country_not_both() -> None:
    states = {s.name for s in LEX.states}
    assert states & {c.name for c in LEX.countries} == {"Georgia"}  # the one real clash: the code reads both


# --- the tables agree ------------------------------------------------------------------

TITLE_USES = {"title", "role", "both", "honorific", "noun"}
TITLE_FLAGS = {"alone", "office", "seat", "alias", "appositive", "vague", "chamber"}


def test_every_title_has_a_head_that_is_itself_a_title() -> None:
    rows = {t.form: t for t in LEX.titles}
    for title in LEX.titles:
        assert title.use in TITLE_USES and title.flags <= TITLE_FLAGS, title
        head = rows.get(title.head)
        assert head is not None, f"{title.form}: its head {title.head!r} has no row"
        assert head.head == head.form, f"{title.form}: its head {head.form!r} stands for {head.head!r} (one step only)"
        assert lexicon.title_head(title.form) == title.head, title.form
        if title.plural:
            assert lexicon.title_head(title.plural) == title.head, title.plural


def test_every_abbreviated_title_expands() -> None:
    for title in LEX.titles:
        if title.form.endswith(".") and not (title.use == "honorific" and title.head == title.form):  # Mr., Mrs., Ms. have no long form
            assert not title.head.endswith("."), f"{title.form} expands to {title.head}"
        if title.plural and title.plural.endswith("."):
            assert title.form.endswith("."), f"{title.plural} is the plural of an abbreviation"


def test_every_abbreviation_expands() -> None:
    for month in LEX.months:
        assert all(month.name.startswith(a) for a in month.abbreviations), month
        assert month.ap in month.forms, f"{month.name}: AP style {month.ap!r} is one of its forms"
    for day in LEX.weekdays:
        assert all(day.name.startswith(a) for a in day.abbreviations), day
    for abbreviation in LEX.abbreviations:
        assert abbreviation.form.endswith(".") and abbreviation.expansion != abbreviation.form, abbreviation
        assert abbreviation.cls in ("never", "maybe", "before-name") and abbreviation.tags <= {"place"}, abbreviation


def test_every_state_has_an_ap_and_a_postal_form() -> None:
    assert len([s for s in LEX.states if s.kind == "state"]) == 50 and [s.name for s in LEX.states if s.kind == "district"] == ["District of Columbia"]
    for state in LEX.states:
        assert re.fullmatch(r"[A-Z]{2}", state.postal), state
        assert state.ap == state.name or state.ap.endswith("."), state
        assert all(o.endswith(".") for o in state.other), state
        for form in (state.name, state.postal, state.ap, *state.other):
            assert lexicon.state_name(form) == state.name


def test_months_weekdays_and_numbers_are_complete() -> None:
    assert [m.number for m in LEX.months] == list(range(1, 13))
    assert [d.number for d in LEX.weekdays] == list(range(7))
    cardinal = {n.word: n.value for n in LEX.numbers if n.kind in ("unit", "teen", "ten")}
    assert sorted(cardinal.values()) == [*range(20), *range(20, 100, 10)]
    assert [n.value for n in LEX.numbers if n.kind == "ordinal"] == list(range(1, 21))
    for number in LEX.numbers:
        assert number.kind in SORTED_KINDS and number.value is not None and number.value > 0 or number.word == "zero", number
    assert lexicon.number_word("seventeen") == 17 and lexicon.number_word("half") is None and LEX.ordinal("third") == 3


SORTED_KINDS = ("unit", "teen", "ten", "scale", "group", "ordinal", "fraction", "multiplier", "collective", "suffix")


def test_every_speech_verb_lists_all_its_forms() -> None:
    for verb in LEX.speech:
        assert verb.kind in ("verb", "phrase"), verb
        if verb.kind == "phrase":
            assert (verb.past, verb.present, verb.participle) == (None, None, None), verb
            continue
        assert verb.past and verb.present and verb.participle, f"{verb.base}: every form"
        particle = verb.base.split()[1:]  # "point out" -> pointed out, points out, pointing out
        for form in (verb.past, verb.present, verb.participle):
            assert form.split()[1:] == particle, form
        assert verb.participle.split()[0].endswith("ing") and verb.present.split()[0].endswith("s"), verb


def test_hedge_directions_agree_with_their_bounds() -> None:
    for hedge in LEX.hedges:
        low, high = hedge.low, hedge.high
        assert 0 <= low <= high, hedge
        expected = {
            "above": low > 1 and high == float("inf"),
            "at-least": low == 1 and high == float("inf"),
            "below": low == 0 and high < 1,
            "at-most": low == 0 and high == 1,
            "limit": low == high == 1,  # "capped at 50": the cap itself
            "approaching": 0 < low < 1 and high == 1,
            "around": low < 1 < high < float("inf"),
            "just-above": low > 1 and high < float("inf"),
            "just-below": low > 0 and high < 1,
            "range": "noun" in hedge.tags,
        }
        assert expected.get(hedge.direction), hedge


def test_parties_units_pronouns_relations_and_countries_are_consistent() -> None:
    for party in LEX.parties:
        assert party.letter == party.name[0] and lexicon.party_name(party.letter) == party.name == lexicon.party_name(party.member.lower())
    for unit in LEX.units:
        assert unit.kind in ("count", "duration", "length", "level", "multiple", "percent", "money") and unit.tags <= {"people", "generic"}, unit
        assert "generic" not in unit.tags or "people" in unit.tags, unit
    for pronoun in LEX.pronouns:
        assert pronoun.word == pronoun.word.lower() and pronoun.tags <= {"speaker", "addressee", "counted", "owner"}, pronoun
    who_verbs = LEX.words("who-verb")
    for relation in LEX.relations:
        assert relation.kind in ("spouse", "family", "leads", "founded") and relation.records in (None, "spouse", "relative", "role"), relation
        assert relation.verb is None or relation.verb in who_verbs, relation
    for country in LEX.countries:
        assert country.kind in ("country", "constituent", "territory") and country.demonym[0].isupper(), country
        assert LEX.demonym(country.name) == country.name
    assert LEX.demonym("Mexican") == "Mexico" and LEX.demonym("Burma") == "Myanmar"
    assert {m.kind for m in LEX.modifiers} <= {"office", "scope", "rank", "second", "past", "tenure", "stance"}


def test_look_ups() -> None:
    assert lexicon.title_head("U.S. Sen.") == "Senator" == lexicon.title_head("Senator")
    assert lexicon.title_head("former North Dakota attorney general") == "Attorney General"
    assert lexicon.title_head("Lt. Gov.") == "Lieutenant Governor" and lexicon.title_head("Lt.") == "Lieutenant"
    assert lexicon.title_head("Congresswoman") == "Representative" and lexicon.title_head("the weather") is None
    assert lexicon.state_name("Minn") == lexicon.state_name("MN") == lexicon.state_name("Minn.") == "Minnesota"
    assert lexicon.state_name("(D-N.D.)".strip("(D-)")) == "North Dakota" and lexicon.state_name("Paris") is None
    assert lexicon.month_number("Sept.") == lexicon.month_number("sep") == 9 and lexicon.month_number("Mayday") is None
    assert LEX.weekday_number("Thurs.") == 3 and LEX.singular("%") == "percent" and LEX.singular("kids") == "child"
    assert re.fullmatch(alternation(["Lt.", "Lt. Gov.", "Gov."]), "Lt. Gov.") and alternation(["a", "bb", "a"]) == "bb|a"


def test_the_lexicon_is_read_once() -> None:
    assert lexicon.lexicon() is lexicon.lexicon()


# --- one row added is one entry more -----------------------------------------------------


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "lexicon"
    shutil.copytree(DATA, folder)
    return folder


def _append(path: Path, row: str) -> None:
    with path.open("a", encoding="utf-8") as out:
        out.write(row + "\n")


def test_adding_a_title_a_speech_verb_and_a_party_is_one_row_each(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _append(folder / "titles.tsv", "Comptroller General\tComptroller General\ttitle\t-\talone")
    _append(folder / "speech.tsv", "whisper\twhispered\twhispers\twhispering\tverb")
    _append(folder / "parties.tsv", "Libertarian\tL\tLibertarian\tLibertarians\t-")
    added: Lexicon = load(folder)
    assert added.title_head("Acting Comptroller General") == "Comptroller General" and "Comptroller General" in added.title_forms(flag="alone")
    assert {"whispered", "whispers"} <= set(added.speech_forms())
    assert added.party_name("L") == added.party_name("libertarian") == "Libertarian"
    assert LEX.party_name("L") is None and "whispered" not in LEX.speech_forms()  # the shipped lexicon is untouched


# --- nothing the code knows is lost ------------------------------------------------------


def _alternatives(pattern: str, word: str) -> set[str]:
    """The words of the regex alternation in `pattern` that holds `word` (escaped as the pattern writes it)."""
    at = re.search(rf"(?<=[|(:>]){re.escape(word)}(?=[|)])", pattern)
    assert at, f"{word!r} not in {pattern[:80]!r}"
    start, depth = at.start(), 0
    while start > 0:
        start -= 1
        if pattern[start] == ")" and pattern[start - 1] != "\\":
            depth += 1
        elif pattern[start] == "(" and pattern[start - 1] != "\\":
            if depth == 0:
                break
            depth -= 1
    end, depth = at.end(), 0
    while end < len(pattern) and not (pattern[end] == ")" and depth == 0 and pattern[end - 1] != "\\"):
        depth += {"(": 1, ")": -1}.get(pattern[end], 0) if pattern[end - 1] != "\\" else 0
        end += 1
    inner = re.sub(r"^\?(?:P<\w+>|[a-z]*:)", "", pattern[start + 1 : end])
    items, depth, current = [], 0, ""
    for index, char in enumerate(inner):
        escaped = index and inner[index - 1] == "\\"
        if char == "|" and depth == 0 and not escaped:
            items.append(current)
            current = ""
            continue
        depth += {"(": 1, ")": -1}.get(char, 0) if not escaped else 0
        current += char
    items.append(current)
    words = {re.sub(r"\\(.)", r"\1", re.sub(r"\\s[+*]?", " ", item)) for item in items}
    return {w for w in words if not re.search(r"[][(){}*+?^$]", w)}


def _constant(module: str, name: str) -> object:
    found = getattr(importlib.import_module(f"factcheck.{module}"), name, None)
    if found is None:
        pytest.skip(f"factcheck.{module}.{name} is gone (read from the lexicon now?)")
    return found


def _words(module: str, name: str) -> set[str]:
    """A word list of the code as a set: an alternation string, a compiled pattern's words, a collection or a dict's keys."""
    found = _constant(module, name)
    if isinstance(found, str):
        return {re.sub(r"\\(.)", r"\1", w) for w in found.split("|")}
    return {str(w) for w in found}  # type: ignore[attr-defined]


def _pattern(module: str, name: str, word: str) -> set[str]:
    found = _constant(module, name)
    return _alternatives(found if isinstance(found, str) else found.pattern, word)  # type: ignore[attr-defined]


TITLE_FORMS = {t.form for t in LEX.titles} | {t.plural for t in LEX.titles if t.plural}
MONTH_FORMS = {f for m in LEX.months for f in m.forms}
WEEKDAY_FORMS = {f for d in LEX.weekdays for f in d.forms}
STATE_FORMS = {f for s in LEX.states for f in (s.name, s.postal, s.ap, *s.other)}
COUNTRY_NAMES = {f for c in LEX.countries for f in (c.name, *c.aliases)}
SPEECH_FORMS = {f for v in LEX.speech for f in v.forms}
MODIFIERS = {m.word.lower() for m in LEX.modifiers}
UNIT_FORMS = {f.lower() for u in LEX.units for f in (u.unit, *u.forms)}  # read in lower case ("dBA")
NUMBER_WORDS = {n.word for n in LEX.numbers}
PRONOUNS = {p.word for p in LEX.pronouns}
ABBREVIATIONS = {a.form for a in LEX.abbreviations}

COPIES = [  # (copy in the code, its words, what in the lexicon must hold them all)
    ("mentions.names.TITLE_WORDS", lambda: _words("mentions.names", "TITLE_WORDS"), TITLE_FORMS),
    ("mentions.names.ROLE_NOUNS", lambda: _words("mentions.names", "ROLE_NOUNS"), {t.role for t in LEX.titles if t.role}),
    ("mentions.quotes.SPEECH_VERBS", lambda: _words("mentions.quotes", "SPEECH_VERBS"), SPEECH_FORMS),
    (
        "mentions.quotes.TITLE_REFERENCES",
        lambda: set(_words("mentions.quotes", "TITLE_REFERENCES")),
        {t.form.lower() for t in LEX.titles if "alone" in t.flags},
    ),
    (
        "mentions.quotes.PRONOUNS",
        lambda: {w for w in _words("mentions.quotes", "PRONOUNS") if " " not in w},
        {p.word for p in LEX.pronouns if "speaker" in p.tags or "owner" in p.tags},
    ),
    ("mentions.dates.MONTHS", lambda: _words("mentions.dates", "MONTHS"), {f.rstrip(".").lower() for f in MONTH_FORMS}),
    (
        "mentions.number_words.UNITS/TENS/SCALES",
        lambda: _words("mentions.number_words", "UNITS") | _words("mentions.number_words", "TENS") | _words("mentions.number_words", "SCALES"),
        NUMBER_WORDS,
    ),
    ("mentions.number_words.ORDINALS", lambda: _words("mentions.number_words", "ORDINALS"), {n.word for n in LEX.numbers if n.kind == "ordinal"}),
    ("mentions.number_words.MULTIPLIERS", lambda: _words("mentions.number_words", "MULTIPLIERS"), {n.word for n in LEX.numbers if n.kind == "multiplier"}),
    ("mentions.number_words.HEDGES", lambda: _words("mentions.number_words", "HEDGES"), {h.phrase for h in LEX.hedges}),
    ("mentions.number_words.IRREGULAR", lambda: _words("mentions.number_words", "IRREGULAR"), UNIT_FORMS),
    ("mentions.number_words.SKIP_ADJECTIVES", lambda: _words("mentions.number_words", "SKIP_ADJECTIVES"), LEX.words("skip-adjective")),
    ("textutil.STOPWORDS", lambda: _words("textutil", "STOPWORDS"), LEX.words("stop")),
    ("segment.TITLES", lambda: _words("segment", "TITLES"), TITLE_FORMS | {a.form for a in LEX.abbreviations if a.cls == "never"}),
    (
        "segment.ABBREVIATIONS",
        lambda: _words("segment", "ABBREVIATIONS"),
        ABBREVIATIONS | MONTH_FORMS | WEEKDAY_FORMS | {f for s in LEX.states for f in (s.ap, *s.other)} | {"D.C."},
    ),
]


@pytest.mark.parametrize(("copy", "read", "lexicon_words"), COPIES, ids=[c[0] for c in COPIES])
def test_the_lexicon_holds_every_word_of_every_copy_in_the_code(copy: str, read, lexicon_words: set[str]) -> None:  # type: ignore[no-untyped-def]
    words = read()
    assert words, f"{copy}: no words read"
    assert not words - set(lexicon_words), f"{copy} knows words the lexicon lacks"


def test_the_lexicon_agrees_with_the_code_on_values() -> None:
    from factcheck.mentions import number_words as numbers
    from factcheck.places import PARTY_WORDS, STATES, state_name

    assert {w: lexicon.number_word(w) for w in (*numbers.UNITS, *numbers.TENS, *numbers.SCALES)} == {**numbers.UNITS, **numbers.TENS, **numbers.SCALES}
    assert {w: LEX.ordinal(w) for w in numbers.ORDINALS} == numbers.ORDINALS
    assert {n.word: n.value for n in LEX.numbers if n.kind == "multiplier"} == numbers.MULTIPLIERS
    assert {h.phrase: (h.low, h.high) for h in LEX.hedges} == numbers.HEDGES
    assert {form: LEX.singular(form) for form in numbers.IRREGULAR} == numbers.IRREGULAR
    assert {s.name: (s.postal, s.ap) for s in LEX.states} == STATES
    assert all(lexicon.state_name(f) == state_name(f) for s in LEX.states for f in (s.name, s.postal, s.ap))
    assert {w: lexicon.party_name(w) for w in PARTY_WORDS} == PARTY_WORDS
    from factcheck.mentions.dates import MONTHS

    assert {w: lexicon.month_number(w) for w in MONTHS} == MONTHS
