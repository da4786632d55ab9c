"""Detect people, bodies and places by the registry's names, with the attributes a sentence gives them.

"Sen. Heidi Heitkamp (D-N.D.)" -> heidi-heitkamp, party Democratic, state North Dakota;
"Minnesota Senator Amy Klobuchar" -> state Minnesota, title Senator;
"Interior Secretary Jesus Murillo Karam" -> title "Interior Secretary";
"Heitkamp, a former North Dakota attorney general" -> title "former North Dakota attorney general";
"Klobuchar of Minnesota, another Democrat" -> party Democratic;
"coalition treasurer Tom Reyes" -> title "coalition treasurer", loose (a role in lower case);
"Ruth Ellison of Pell Lake" -> home "Pell Lake".
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.model import Entity, Mention


def _title_words(lex: Lexicon) -> str:
    """The titles written capitalised before a name ("Sen.", "Superintendent"): titles.tsv, use title or both."""
    return alternation(lex.title_forms(use=("title", "both")))


def _role_nouns(lex: Lexicon) -> str:
    """The roles written in lower case before a name ("library director Mary Danko", "said police chief Ann Ortiz")."""
    return alternation(t.role for t in lex.titles if t.role)


# The town a person is "of", after the "of": a capitalised word or three, not the start of a longer name ("of
# Marlow", "of Linden Grove Township"; not "of Grand Rapids of ..."). `is_home` says whether it is a town.
# Between two names of one list, a title of up to three words before the second: "Harrow and Renfro", "Chair
# Kowalczyk, Vice Chair Whitaker and Member Amsel voting no", "Heitkamp & Klobuchar". Read by compare/actor, reported
# and roll_calls.
_JOINTS = alternation(lexicon().words("list-joint"))
LISTED = re.compile(rf"\s*(?:,\s*(?:(?:{_JOINTS})\s+)?|\s+(?:{_JOINTS}|&)\s+)(?:[A-Z][\w.’'-]*\s+){{0,3}}")
HOME = r"(?P<home>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?![\w’'-])(?!\s+(?:of|for)\b)"


def described_from(lex: Lexicon) -> str:
    """ ", 44, an oral surgeon from Bowling Green", " is a Democrat from Louisville": what a person is, in lower case (or
    a party member's word), then the town they are from, which ends the appositive."""
    copula = alternation(lex.words("copula"))
    return (
        rf"(?:,(?:\s+(?:{copula}))?|\s+(?:{copula}))\s+(?:\d{{1,3}},\s+)?(?:a|an)\s+(?:[A-Za-z][a-z-]*\s+){{1,4}}?from\s+{HOME}"
        r"(?=\s*[,.;:)]|\s+(?:who|and|said|says)\b|\s*$)"
    )


def courtesies(lex: Lexicon) -> str:
    """The courtesy titles written with a full stop ("Dr.", "Mr."), as an alternation: between a post and a name they are
    neither's ("KDA Treasurer Dr. Thomas Greer")."""
    return alternation(t.form for t in lex.titles if t.use == "honorific" and t.form.endswith("."))


@per_lexicon
def _not_home(lex: Lexicon) -> frozenset[str]:
    return frozenset(w.lower() for w in lex.words("district-word") | lex.words("org-head") | lex.calendar_words())


def is_home(home: str, lex: Lexicon | None = None) -> bool:
    """ "Pell Lake", "Linden Grove Township": a town. A state is a person's state, "District 4" their seat, a month a
    date, "the Finance Committee" (a body's word first or last) what they belong to."""
    lex = lex or lexicon()
    words = home.split()
    return lex.state_name(home) is None and words[0].lower() not in _not_home(lex) and words[-1].lower() not in _not_home(lex)


# Alternations of the shipped lexicon, for the modules that build their own patterns on them (extract/).
TITLE_WORDS = _title_words(lexicon())
ROLE_NOUNS = _role_nouns(lexicon())


@dataclass(frozen=True, slots=True)
class _Patterns:
    title_before: re.Pattern[str]
    of_state: re.Pattern[str]
    tag_after: re.Pattern[str]
    tag_bare: re.Pattern[str]  # "Paul Rademacher (D)": a party letter alone in parentheses, a table's or a ballot's tag
    tag_inside: re.Pattern[str]
    party_first: re.Pattern[str]
    party_before: re.Pattern[str]
    party_inside: re.Pattern[str]
    state_before: re.Pattern[str]
    leading_title: re.Pattern[str]
    appositive: re.Pattern[str]
    member_before: re.Pattern[str]
    cells: re.Pattern[str]
    represents: re.Pattern[str]
    qualified: re.Pattern[str]  # "Foreign Ministry Undersecretary for Europe " before a name: a title and its office
    qualifier: re.Pattern[str]  # " of Defense", " for North America" after a title
    title_cell: re.Pattern[str]  # "| Jeh Johnson | Secretary of Defense |": a title alone in the next cell
    plural_title: re.Pattern[str]  # "U.S. Senators", "Sens.": a title shared by the names listed after it
    singular: dict[str, str]  # its singular: "U.S. Senators" -> "U.S. Senator"
    list_gap: re.Pattern[str]  # between a plural title or a listed name and the next name: " ", ", ", " and "
    label: re.Pattern[str]  # "Chair: Sen. Walter Pruitt": a fact sheet's label that names the post of the name after it
    district_after: re.Pattern[str]  # " (Ward 2)", " of District 4", ", who represents Ward 5"
    district_before: re.Pattern[str]  # "Ward 4's Council Member ": a district's possessive before the name
    seat: re.Pattern[str]  # "District 4", "88th District": a seat written alone
    post_before: re.Pattern[str]  # "the company's vice president of human resources, ": a body's post before the name
    function_lead: re.Pattern[str]  # "Alongside ", "With ": a function word that opens a title's words
    salutation: re.Pattern[str]  # "Dear Commissioner Dettweiler": a letter's courtesy, no title the writer claims
    post_after: re.Pattern[str]  # ", Tamarack's senior vice president and CFO.", ", treasurer of Local 12,": no article
    role_before: re.Pattern[str]  # "coalition treasurer Tom Reyes": a role in lower case, a word or two of its body before it
    of_home: re.Pattern[str]  # " of Pell Lake": the town a person is of, if `is_home`
    from_home: re.Pattern[str]  # ", an oral surgeon from Paducah": the town a person is from, if `is_home`
    honorific_end: re.Pattern[str]  # "Dr. " right before a name, after a post or a title
    firm_home: re.Pattern[str]  # ", Inc., of Saginaw", " in Columbus": the town a firm is of


@per_lexicon
def _patterns(lex: Lexicon) -> _Patterns:
    """The detector's patterns, built from one lexicon's tables."""
    titles = _title_words(lex)
    states = alternation(s.name for s in lex.states)
    joints = alternation(lex.words("list-joint"))  # a list's "and", "or"
    # the office a title is of: "of Defense", "for North America", "of the Interior"
    qualifier = rf"(?:{alternation(lex.words('title-qualifier'))})\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}}"
    # The state in a party tag ("D-N.D.", "R-Ariz.", "D-New Hampshire"): one state, never the next word's name
    # ("Sen. Heidi Heitkamp, D-N.D. Cindy McCain ..." is North Dakota, then Cindy McCain).
    # A district may stand in the tag instead: "(R-88th District)", "(D-District 4)".
    districts = alternation(lex.words("district-word"))
    seat = rf"(?:{districts})\s+\d{{1,3}}|\d{{1,3}}(?:st|nd|rd|th)\s+(?:{districts})"  # "District 4", "88th District"
    tag_state = rf"(?:(?:{seat})\b|[A-Z][A-Za-z.]*(?:\s(?:{alternation(s.name.split()[1] for s in lex.states if len(s.name.split()) == 2)})\b)?)"
    # Words before a title: offices as written ("Interior", "U.S."), ranks and past markers either way ("acting",
    # "Deputy", "former", "ex-Gov.").
    office = [m.word for m in lex.modifiers if m.kind in ("office", "scope")]
    ranked = [f for m in lex.modifiers if m.kind in ("rank", "second", "past") for f in (m.word, m.word[:1].upper() + m.word[1:])]
    # Parties before a title ("Democratic Gov. Phil Scott"), but not one whose name is also a plain word
    # ("Independent Budget Office Director").
    plain = lex.words("common-party-name")
    party_words = alternation(p.name for p in lex.parties if p.name not in plain)
    # a tag's letter, or a party's other name in capitals: "(D-Duluth)", "(DFL-Duluth)"
    letters = alternation(f for p in lex.parties for f in (p.letter, *(o for o in p.other if o.isupper())))
    seats = alternation(lex.title_forms(flag="seat"))
    # An appositive after the name: ", a former North Dakota attorney general", ", a former top Hennepin County
    # prosecutor", ", another Democrat". Offices only: "Heitkamp, an attorney by training" names a profession.
    offices = alternation(t.form.lower() for t in lex.titles if "office" in t.flags)
    before_office = alternation(m.word for m in lex.modifiers if m.kind in ("past", "rank", "second", "tenure"))
    members = alternation(f for p in lex.parties for f in (p.member, *p.other))  # "a Democrat", "a DFLer", "a GOP"
    determiners = alternation(lex.words("appositive-determiner"))
    possessives = alternation(w.word for w in lex.pronouns if w.case == "possessive")  # "its general counsel, "

    # A post as a phrase: ranks, a word or two of its office, a title, another joined by "and", and its body:
    # "senior vice president and CFO", "vice president of human resources", "finance chief"
    nouns = alternation(t.form for t in lex.titles if t.use == "noun")  # "... and CFO": a post only joined to a title
    ranks = alternation(m.word for m in lex.modifiers if m.kind in ("rank", "second"))
    any_title = alternation(t.form for t in lex.titles if t.use != "honorific")
    rank = rf"(?:(?i:{ranks})(?:\s+|-))"
    described = rf"(?:(?!(?i:{alternation(lex.words('stop'))})\s)[A-Za-z][a-z-]+\s+)"
    one_post = rf"{rank}{{0,2}}{described}{{0,2}}(?i:{any_title})"
    # where a post written as a phrase ends: a comma, the sentence's end, a table's next cell
    ends = r"(?=\s{3,}|\s*(?:[,;:)]|\.(?:\s|$)|$))"
    # its body, up to that end ("of human resources,"); a body that runs on is left out
    # its body, not a span of time: "director for 18 years", "chair for two terms"
    counts = alternation(w.word for w in lex.numbers if w.kind in ("unit", "teen", "ten"))
    body = rf"(?:\s+(?:{alternation(lex.words('title-qualifier'))})\s+(?!\d|(?i:{counts})\b)(?:the\s+)?[\w’'&.-]+(?:\s+[\w’'&.-]+){{0,4}}{ends})?"
    post = rf"{one_post}(?:\s+(?:and|&)\s+{one_post})?{body}"
    # one blank between words: more parts cells; a function word ("Then Secretary of Defense") is no part of the title
    cell_post = rf"(?:(?:(?!(?i:{alternation(lex.words('stop'))})\s)[A-Z][\w.’'-]*|(?i:{ranks})) ){{0,3}}(?i:{any_title})"
    body_of = r"(?:[A-Z][\w.&’'-]*\s+){0,3}[A-Z][\w.&’'-]*['’]s\s+"  # "Harlan Ridge's "

    def office_title(state_group: str) -> str:
        """ "former North Dakota attorney general", "top Hennepin County prosecutor": ranks, a state or a county, an office."""
        return (
            rf"(?:(?i:{before_office})(?:\s+|-\s*))*"
            rf"(?:(?P<{state_group}>{states})\s+|(?:[A-Z][a-z]+\s+){{1,2}}(?:County|City)\s+)?(?i:{offices}|(?<=County )attorney|(?<=City )attorney)"
            r"(?:\s+in\s+(?:[A-Z][a-z]+\s+){1,2}(?:County|City)\b)?"  # "the top prosecutor in Ramsey County"
        )

    return _Patterns(
        title_before=re.compile(
            # words before a title in one cell: three blanks are a table's cell boundary ("| Jesus Murillo Karam |
            # Ambassador Anthony Wayne ... |" names no "Karam Ambassador")
            rf"((?:(?:(?:{alternation(office)}|{states}|[A-Z][a-z]+)\s{{1,2}}|\b(?:{alternation(ranked)})(?:\s{{1,2}}|-))){{0,4}}"
            # "Senior Vice President and CFO": posts joined by "and", each with its rank
            rf"(?:{titles})(?:\s+(?:(?:and|&)\s+)?(?:(?:{alternation(ranked)})\s+)?(?:{titles}|{nouns}))*)\s+$"
        ),
        of_state=re.compile(rf"\s+of\s+(?P<state>{states})\b"),
        tag_after=re.compile(rf"\s*(?:\(\s*|,\s*)(?P<party>{letters})\s*[-–]\s*(?P<state>{tag_state})\s*(?:\)|,|(?=\s)|$)"),
        # "(R)"; a lower third's "(R) MAINE": the state after it
        # ... and a roster's "(D, Ward 3)": the seat after the letter
        tag_bare=re.compile(rf"\s*\(\s*(?P<party>{letters})\s*(?:,\s*(?P<seat>{seat})\s*)?\)(?:\s+(?P<state>{states})\b(?![’'-]))?"),
        # A registered alias that carries its own tag ("Sen. Heidi Heitkamp, D-N.D.") still gives party and state.
        tag_inside=re.compile(rf"\s*[,(]\s*(?:{letters})\s*[-–]"),
        party_first=re.compile(rf"({party_words})\s+"),
        party_before=re.compile(rf"(?<![\w-])({party_words})\s+$"),
        party_inside=re.compile(rf"(?<=\S\s)({party_words})(?=\s+[A-Z])"),
        state_before=re.compile(rf"(?P<state>{states})(?:'s)?\s+(?:U\.S\.\s+)?(?:(?:{seats})\s+)?$"),
        leading_title=re.compile(rf"(?:U\.S\.\s+)?(?:{seats})\s"),
        # "Vermont Democrat Phil Scott": a state and a party member before the name, no title needed
        member_before=re.compile(rf"(?P<state>{states})\s+(?P<party>{members})\s+$"),
        # "| Amy Klobuchar | Democrat | Minnesota |": a table row's cells after the name (cells are joined by
        # blanks in a row's prose), a party or a state alone in its cell
        # ("| Leonard Amsel | Member | Democrat |": a cell of a post may come between)
        # ... or a party tag alone in its cell, after any one cell: "| Kelly Ayotte | U.S. senator; ... | R-Vt. |"
        cells=re.compile(
            rf"(?:\s{{3,}}\S+(?:\s{{1,2}}\S+)*?(?=\s{{3,}}(?:{members}|{party_words}|(?:{letters})\s?[-–]\s?{tag_state})(?:\s{{3,}}|\s*$)))?"
            rf"\s{{3,}}(?:(?P<party>{members}|{party_words})(?=\s{{3,}}|\s*$)\s*)?"
            rf"(?:(?P<tag>(?P<tag_party>{letters})\s?[-–]\s?(?P<tag_state>{tag_state}))(?=\s{{3,}}|\s*$)\s*)?"
            rf"(?:(?P<state>{states})(?=\s{{3,}}|\s*$))?"
        ),
        # before a name, the office may hold an "and": "Assistant Secretary for Water and Science Lorena Vasquez-Hale"
        qualified=re.compile(rf"((?:[A-Z][\w.’'-]*\s+){{0,3}}(?:{titles})\s+{qualifier}(?:\s+(?:and|&)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,2}})?)\s+$"),
        qualifier=re.compile(rf"\s+{qualifier}"),
        # a table's next cell holding the title, alone or before its body: "| Executive director, Michigan ... |"
        # ranks in any case and posts joined by "and": "| Senior vice president and chief operating officer, KVEC |"
        title_cell=re.compile(
            rf"\s{{3,}}(?:(?i:{alternation(lex.words('stop'))})\s+)?(?P<title>{cell_post}(?: (?:and|&) {cell_post})?(?:\s+{qualifier})?"
            # "| Mexico's federal police commissioner |": a body's possessive, then the post in lower case
            rf"|{body_of}{described}{{0,2}}(?i:{any_title}))(?=\s{{3,}}|\s*$|,\s+[A-Z]|\.\s)"
        ),
        plural_title=re.compile(
            rf"(?<![\w.])(?P<title>(?:(?:{alternation(office)})\s+)?(?P<plural>{alternation(t.plural for t in lex.titles if t.plural)}))\s+"
        ),
        singular={t.plural: t.form for t in lex.titles if t.plural},
        district_after=re.compile(
            rf"\s*(?:\((?P<paren>(?:{districts})\s+\d{{1,3}})\)|,?\s+of\s+(?P<of>(?:{districts})\s+\d{{1,3}})\b"
            # "who represents Ward 5", ", a Republican who represents the 6th District", ", 41, who represents the 3rd District"
            rf"|(?:,\s+(?:an?\s+)?[^,.;:()]{{1,40}}?)?,?\s+who\s+(?:{alternation(lex.words('represent-verb'))})\s+(?:the\s+)?"
            rf"(?P<rep>(?:{districts})\s+\d{{1,3}}|\d{{1,3}}(?:st|nd|rd|th)\s+(?:{districts}))\b"
            # a sign-off: "Marisol Duarte, Council Member, Ward 4"
            rf"|,\s+(?:(?:[A-Z][\w.’'-]*\s+){{0,3}}[A-Z][\w.’'-]*,\s+)?(?P<app>(?:{districts})\s+\d{{1,3}})\b)"
        ),
        post_before=re.compile(
            rf"(?:(?<![\w’'])(?:{determiners})\s+[a-z]+['’]s\s+|(?<![\w’'.-]){body_of}|(?<![\w’'])(?i:{possessives})\s+)(?P<title>{post}),\s+$"
        ),
        function_lead=re.compile(rf"(?:{alternation(lex.words('function'))})\s+(?=\S)", re.I),
        salutation=re.compile(rf"(?:{alternation(lex.words('salutation'))})\s", re.I),
        # ", the health department's medical director": a body of a word or two in lower case, by its possessive
        post_after=re.compile(rf"\s*,\s+(?:{body_of}|(?:{determiners})\s+(?:[a-z]+\s+)?[a-z]+['’]s\s+)?(?P<title>{post}){ends}"),
        from_home=re.compile(described_from(lex)),
        honorific_end=re.compile(rf"(?<=[\w,]\s)(?:{courtesies(lex)})\s+$"),
        of_home=re.compile(rf",?\s+of\s+{HOME}"),  # a state after "of" is read first, by of_state; "Ronnie Jett, of Sharpsburg" too
        # a firm's: its legal form between maybe ("Halvorsen Pipe & Excavation, Inc., of Saginaw"), "in" too
        firm_home=re.compile(rf"(?:,?\s+(?:{alternation(lex.words('firm-form'))}))?,?\s+(?:of|in)\s+{HOME}"),
        role_before=re.compile(
            rf"(?<![\w’'.-])((?:(?!(?:{alternation(lex.words('stop'))})\s)[a-z][\w’'-]*\s+){{0,2}}(?:{alternation(t.role for t in lex.titles if t.role)}))\s+$"
        ),
        seat=re.compile(seat),
        # "Ward 4's Council Member Diaz"; "District 5 Commissioner Harold Brisco": the seat before the title
        district_before=re.compile(rf"(?P<district>(?:{districts})\s+\d{{1,3}})(?:['’]s\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}|\s+(?:{titles})\s+)$"),
        label=re.compile(rf"(?:^|[\n|*])\s*(?P<title>(?:[A-Z][\w.’'-]*\s+){{0,3}}(?:{titles}))\s*:[\s*]+(?:(?:{titles})\s+)?$"),
        list_gap=re.compile(rf"\s*,\s*(?:(?P<joint>{joints})\s+)?|\s+(?P<joint2>{joints})\s+|\s*"),
        # "Klobuchar, who represents Minnesota", "Heitkamp: Democratic senator who represents North Dakota"
        represents=re.compile(
            rf"(?:\s*[,:]\s*(?:[A-Za-z][\w.’'-]*\s+){{1,4}}?|\s*,?\s+)who\s+(?:{alternation(lex.words('represent-verb'))})\s+(?P<state>{states})\b"
        ),
        appositive=re.compile(
            # "the Foreign Ministry's undersecretary": a body's possessive before the title
            # or a predicate: "Ayotte is a New Hampshire Republican"
            rf"(?P<comma>\s*,)?(?P<copula>\s+(?:{alternation(lex.words('copula'))}))?\s+(?:{determiners})\s+(?:(?:[A-Z][\w.’'-]*\s+){{0,3}}[A-Z][\w.’'-]*['’]s\s+(?=[a-z])|[a-z]+['’]s\s+(?=[a-z]))?(?:"
            rf"(?P<title>{office_title('state')})"
            # "the committee's chair", "the city's health commissioner": a post of a body the sentence names by a possessive
            rf"|(?<=['’]s\s)(?P<post>{post})"
            # "a Detroit Republican", "a District 4 Republican": a city or a seat, then the party
            rf"|(?:(?P<member_state>{states})\s+|(?P<member_district>(?:{districts})\s+\d{{1,3}})\s+|(?P<member_home>(?:[A-Z][a-z]+\s+){{1,2}}))?(?P<party>{members})"
            r"(?:\s+from\s+(?P<from_state>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?))?"  # "a Republican from New Hampshire": a state, checked below
            # ", a Democrat and former top Hennepin County prosecutor": the party, then a title
            rf"(?:\s+and\s+(?:an?\s+)?(?P<title_after>{office_title('title_state')}))?"
            # "Tessa Olsen, is the SGA treasurer", ", the treasurer,": a role in lower case, loose as one before a name
            rf"|(?P<loose>(?:[A-Z][\w.’'-]*\s+){{0,2}}(?:{_role_nouns(lex)})(?=\s*[,.;:)]|\s+(?:and|who|since|for)\b)))(?![\w'’-])"  # "a senator's wife" is not a title
        ),
    )


@dataclass(frozen=True, slots=True)
class EntityRef:
    ids: tuple[str, ...]  # the registry entities this name may be (usually one)
    name: str
    party: str | None = None
    party_span: tuple[int, int] | None = None
    state: str | None = None
    state_span: tuple[int, int] | None = None
    title: str | None = None
    title_span: tuple[int, int] | None = None
    district: str | None = None  # "Ward 2", "District 5": the seat's district the sentence gives
    district_span: tuple[int, int] | None = None
    home: str | None = None  # "a Flint Democrat", "Ruth Ellison of Pell Lake": the town the sentence gives the person
    home_span: tuple[int, int] | None = None
    title_past: bool = False  # "Klobuchar was a top prosecutor in Hennepin County": a title held once, not now
    # "coalition treasurer Tom Reyes": a role in lower case before the name, no comma. As often a paraphrase
    # ("marketing chief" for who leads the marketing division) or no title at all ("the official Ayotte
    # questioned") as a post, so it is wrong only where the sources give that post to another person.
    title_loose: bool = False


@dataclass(frozen=True, slots=True)
class NameIndex:
    pattern: re.Pattern[str] | None
    by_alias: dict[str, tuple[str, ...]]
    types: dict[str, str]
    # The titles the registry's people hold ("Emergency Manager", "Public Information Officer"), as a title
    # before a name, with capitalised words before them ("Deputy", "Curry County"): the corpus's own
    # offices, which the lexicon's general titles may not list.
    held: re.Pattern[str] | None = None
    # each person's titles and roles, in lower case: which of two people of one surname "Vice Chair Lindqvist" is
    posts: dict[str, frozenset[str]] | None = None


def _abbreviated(alias: str, lex: Lexicon) -> list[str]:
    """A body's name as writers shorten it: "U.S. Dept. of Justice", "Univ. of Minnesota" (the lexicon's
    abbreviations of capitalised words), each word shortened alone and all of them at once."""
    shortened = [(re.compile(rf"\b{re.escape(a.expansion)}\b"), a.form) for a in lex.abbreviations if a.expansion[:1].isupper() and a.form[:1].isupper()]
    out, every = [], alias
    for pattern, form in shortened:
        if pattern.search(alias):
            out.append(pattern.sub(form, alias))
            every = pattern.sub(form, every)
    return [*out, every] if len(out) > 1 else out


def build_index(entities: dict[str, Entity]) -> NameIndex:
    by_alias: dict[str, set[str]] = {}
    lex = lexicon()
    for entity in entities.values():
        for alias in (entity.name, *entity.aliases):
            alias = alias.strip()
            if len(alias) < 3 or not alias[0].isupper() and not alias[0].isdigit():
                continue  # lower-case aliases ("the senators") would match ordinary words
            by_alias.setdefault(alias, set()).add(entity.id)
            if entity.type != "person" and " " in alias:
                for short in _abbreviated(alias, lex):
                    by_alias.setdefault(short, set()).add(entity.id)
    if not by_alias:
        return NameIndex(None, {}, {})
    names = sorted(by_alias, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    titles = sorted(
        {a.value.strip() for e in entities.values() if e.type == "person" for a in e.attributes if a.attribute in ("title", "role") and a.value[:1].isupper()},
        key=len,
        reverse=True,
    )
    # "Secretary of Homeland Security" is held: "Mayor of Homeland Security" is a title of that office too
    offices = sorted({t.split(" of ", 1)[1] for t in titles if " of " in t}, key=len, reverse=True)
    heads = alternation(lexicon().title_forms())
    forms = [re.escape(t) for t in titles] + ([rf"(?:{heads}) of (?:{'|'.join(re.escape(o) for o in offices)})"] if offices else [])
    held = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,3}(?:" + "|".join(forms) + r"))\s+$") if titles else None
    posts = {
        e.id: frozenset(a.value.strip().lower() for a in e.attributes if a.attribute in ("title", "role")) for e in entities.values() if e.type == "person"
    }
    return NameIndex(pattern, {k: tuple(sorted(v)) for k, v in by_alias.items()}, {e.id: e.type for e in entities.values()}, held, posts)


def detect(text: str, index: NameIndex, *, lex: Lexicon | None = None) -> list[Mention]:
    """The registry's names in `text`, with the party, state and title the sentence gives each."""
    if index.pattern is None:
        return []
    lex = lex or lexicon()
    p = _patterns(lex)
    found = []
    for match in index.pattern.finditer(text):
        start, end = match.span()
        ids = index.by_alias[match.group(0)]
        if index.types.get(ids[0]) == "place" and text[max(0, start - 12) : start].split()[-1:] in ([w] for w in lex.words("region-qualifier")):
            continue  # "North America", "Latin America": a region, not the country the last word may name
        party = state = title = None
        party_span = state_span = title_span = None
        home: str | None = None
        home_span: tuple[int, int] | None = None
        title_past = False
        seat_given: tuple[str, tuple[int, int]] | None = None  # a seat a tag or an appositive gives
        tag = p.tag_after.match(text, end)
        inside = p.tag_inside.search(match.group(0))
        if tag is None and inside:
            tag = p.tag_after.match(text, start + inside.start())
        bare = p.tag_bare.match(text, end) if tag is None else None
        if bare:
            party, party_span = lex.party_name(bare.group("party")), bare.span("party")
            if bare.group("seat"):
                seat_given = (seat_label(bare.group("seat")), bare.span("seat"))
            if bare.group("state"):
                state, state_span = lex.state_name(bare.group("state")), bare.span("state")
        if tag:
            party = lex.party_name(tag.group("party"))
            state = lex.state_name(tag.group("state"))
            state_span = (tag.start("state"), tag.end("state")) if state else None  # "(D-Detroit)": a city, no state
            # "D-N.D." is a party and a state, fixed together; in "(D-Detroit)" only the letter is the party's
            party_span = (tag.start("party"), tag.end("state")) if state else tag.span("party")
            if not state and p.seat.fullmatch(tag.group("state")):  # "(R-District 4)", "(D-88th District)": a seat
                seat_given = (seat_label(tag.group("state")), tag.span("state"))
            elif not state and is_home(tag.group("state"), lex):  # "(D-Oakhurst)": a state legislator's town
                home, home_span = tag.group("state"), tag.span("state")
        of_state = None
        if not tag:
            of_state = p.of_state.match(text, end)
            if of_state:
                state = of_state.group("state")
                state_span = of_state.span("state")
        if not tag and not of_state and index.types.get(ids[0]) in ("person", "organization"):
            # "Ruth Ellison of Pell Lake"; a firm's town: "Halvorsen Pipe & Excavation of Bay City", "... in Columbus"
            of_home = (p.of_home if index.types.get(ids[0]) == "person" else p.firm_home).match(text, end)
            if of_home and is_home(of_home.group("home"), lex):  # "Ruth Ellison of Pell Lake said"
                home, home_span = of_home.group("home"), of_home.span("home")
                bare = p.tag_bare.match(text, of_home.end()) if party is None else None
                if bare:  # "Brenda Kowalczyk of Dunmore (D)": the tag after the town is the person's
                    party, party_span = lex.party_name(bare.group("party")), bare.span("party")
        if home is None and index.types.get(ids[0]) == "person":
            described = p.from_home.match(text, tag.end() if tag else end)
            if described and is_home(described.group("home"), lex):  # "Dr. Anita Reyes-Culver, an oral surgeon from Paducah"
                home, home_span = described.group("home"), described.span("home")
        before = text[max(0, start - 80) : start]
        offset = max(0, start - 80)
        # "the association's treasurer, Dr. Anita Reyes-Culver", "KDA Treasurer Dr. Thomas Greer": a courtesy between
        # a post and the name is neither's
        before = p.honorific_end.sub("", before)
        titled = p.title_before.search(before)
        first_word = match.group(0).split(" ", 1)[0] if " " in match.group(0) else ""
        if not titled and first_word and not p.leading_title.match(match.group(0)):
            # "Attorney General Enrique Galindo" read through the alias "General Enrique Galindo": the alias's
            # first word ends a title that starts before it
            joined = p.title_before.search(text[max(0, start - 80) : start + len(first_word)] + " ")
            if joined and joined.start(1) < len(before) and joined.end(1) == len(before) + len(first_word):
                titled = joined
        if not titled and index.held is not None:
            titled = index.held.search(before)  # "Deputy Emergency Manager Renata Osei"
        if not titled:
            titled = p.qualified.search(before)  # "Secretary of Defense Jeh Johnson"
        if not titled:
            titled = p.post_before.search(before)  # "the company's vice president of human resources, Stuart Pell"
        loose = False
        if not titled:
            titled = p.role_before.search(before)  # "coalition treasurer Tom Reyes"
            loose = titled is not None
        if titled and p.salutation.match(titled.group(1)):
            titled = None  # "Dear Commissioner Dettweiler,": how a letter addresses someone, not a post it states
        label = p.label.search(before)
        if label:  # the label's post is what the line says of the person; "Sen." after it is their seat
            title, title_span = label.group("title"), (offset + label.start("title"), offset + label.end("title"))
        elif titled:
            title = titled.group(1)
            title_span = (offset + titled.start(1), offset + titled.end(1))
            opener = p.function_lead.match(title)
            if opener:  # "Alongside Ambassador Anthony Wayne": a sentence's first function word is no part of the title
                title, title_span = title[opener.end() :], (title_span[0] + opener.end(), title_span[1])
            party_first = p.party_first.match(title)
            if party_first:  # "Democratic Gov. Phil Scott": the party, then the title
                title, title_span = title[party_first.end() :], (title_span[0] + party_first.end(), title_span[1])
            inside = p.party_inside.search(title) if not party_first and not party else None
            if inside:  # "House Republican Leader Curtis Braun": the party inside the title
                party, party_span = lex.party_name(inside.group(1)), (title_span[0] + inside.start(1), title_span[0] + inside.end(1))
        if (titled or p.leading_title.match(match.group(0))) and not party:
            lead = title_span[0] if title_span else start
            party_first = p.party_before.search(text, max(0, lead - 12), lead)
            if party_first:
                party, party_span = lex.party_name(party_first.group(1)), party_first.span(1)
        after = max(end, tag.end() if tag else end, of_state.end() if not tag and of_state else end)
        appositive = p.appositive.match(text, after)
        if appositive and (appositive.group("comma") or appositive.group("copula") or text[:after].rstrip().endswith(",")):
            if appositive.group("party") and not party:
                party, party_span = lex.party_name(appositive.group("party")), appositive.span("party")
                if appositive.group("member_state") and not state:  # ", a New Hampshire Republican"
                    state, state_span = appositive.group("member_state"), appositive.span("member_state")
                if appositive.group("member_district"):  # ", a District 4 Republican"
                    seat_given = (appositive.group("member_district"), appositive.span("member_district"))
                if appositive.group("member_home"):  # ", a Flint Democrat"
                    home_span = (appositive.start("member_home"), appositive.start("member_home") + len(appositive.group("member_home").rstrip()))
                    home = text[home_span[0] : home_span[1]]
                named = appositive.group("from_state") or ""
                if named and not state and lex.state_name(named) is not None:  # ", a Republican from New Hampshire"
                    state, state_span = named, appositive.span("from_state")
                elif named and not state and lex.state_name(named.split()[0]) is not None:  # "from Vermont Thursday"
                    state, state_span = named.split()[0], (appositive.start("from_state"), appositive.start("from_state") + len(named.split()[0]))
            written = "title" if appositive.group("title") else "post" if appositive.group("post") else "title_after"
            seat_only = title is not None and p.leading_title.match(title + " ") is not None
            if appositive.group(written) and (not title or seat_only and written == "post"):
                # "Sen. Thomas Kerrigan, the committee's chair": the post says more than the seat
                # The state stays in the title: it is the role's state, not necessarily the one represented.
                title, title_span = appositive.group(written), appositive.span(written)
                title_past = (appositive.group("copula") or "").strip().lower() in lex.words("copula-past")
                office = p.qualifier.match(text, title_span[1])
                if office:  # ", the Secretary of Defense,"
                    close = office.end() - (text[office.end() - 1] == ".")  # "the Secretary of Defense." ends the sentence
                    title, title_span = text[title_span[0] : close], (title_span[0], close)
        loose_after = bool(appositive and not title and appositive.group("loose") and (appositive.group("comma") or appositive.group("copula")))
        if loose_after and appositive:
            title, title_span = appositive.group("loose"), appositive.span("loose")
        bare = p.post_after.match(text, after) if not title else None
        if bare:  # ", Tamarack's senior vice president and CFO.", ", treasurer of Local 12,"
            title, title_span = bare.group("title"), bare.span("title")
            if title.endswith(".") and title.split()[-1] not in {a.form for a in lex.abbreviations}:
                title, title_span = title[:-1], (title_span[0], title_span[1] - 1)  # the sentence's full stop is no part of it
        member = p.member_before.search(before) if not titled else None
        if member:
            if not party:
                party, party_span = lex.party_name(member.group("party")), (offset + member.start("party"), offset + member.end("party"))
            if not state:
                state, state_span = member.group("state"), (offset + member.start("state"), offset + member.end("state"))
        cells = p.cells.match(text, end) if not tag and not party and not state else None
        if cells and (cells.group("party") or cells.group("state") or cells.group("tag")):
            if cells.group("party"):
                party, party_span = lex.party_name(cells.group("party")), cells.span("party")
            if cells.group("tag") and lex.state_name(cells.group("tag_state")):
                party, party_span = lex.party_name(cells.group("tag_party")), cells.span("tag")
                state, state_span = lex.state_name(cells.group("tag_state")), cells.span("tag_state")
            if cells.group("state"):
                state, state_span = cells.group("state"), cells.span("state")
        cell = p.title_cell.match(text, after) if not title else None
        if cell:  # "| Jeh Johnson | Secretary of Defense |"
            title, title_span = cell.group("title"), cell.span("title")
        represents = p.represents.match(text, after) if not state else None
        if represents:
            state, state_span = represents.group("state"), represents.span("state")
        if titled or p.leading_title.match(match.group(0)):
            state_first = p.state_before.search(before)
            if state_first and not state:
                state = state_first.group("state")
                state_span = (offset + state_first.start("state"), offset + state_first.end("state"))
        district = district_span = None
        seat = p.district_after.match(text, after)
        if seat:
            group = next(g for g in ("paren", "of", "rep", "app") if seat.group(g))
            district, district_span = seat_label(seat.group(group)), seat.span(group)
        else:
            seat = p.district_before.search(before)
            if seat:
                district, district_span = seat.group("district"), (offset + seat.start("district"), offset + seat.end("district"))
        if district is None and seat_given is not None:
            district, district_span = seat_given
        loose = loose and title is not None and titled is not None and title == titled.group(1) or loose_after
        if len(ids) > 1 and title and titled and index.posts:
            low = title.lower()
            holders = tuple(i for i in ids if any(post == low or post.endswith(" " + low) for post in index.posts.get(i, ())))
            ids = holders if len(holders) == 1 else ids  # "Commissioner Lindqvist": of two, the one the sources give that post
        ref = EntityRef(
            ids, match.group(0), party, party_span, state, state_span, title, title_span, district, district_span, home, home_span, title_past, loose
        )
        found.append(Mention("entity", start, end, match.group(0), ref))
    return _shared_titles(text, found, p)


def seat_label(written: str) -> str:
    """A district as its number's label: "the 6th District" is "District 6", as "District 6" is."""
    ordinal = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)\s+(\w+)", written)
    return f"{ordinal.group(2)} {ordinal.group(1)}" if ordinal else written


def is_seat(written: str, lex: Lexicon | None = None) -> bool:
    """ "District 4", "88th District": a seat written alone."""
    return _patterns(lex or lexicon()).seat.fullmatch(written) is not None


def _shared_titles(text: str, found: list[Mention], p: _Patterns) -> list[Mention]:
    """ "U.S. Senators Amy Klobuchar (D-MN) and Heidi Heitkamp (D-ND)": a plural title is each listed name's,
    in the singular, spanning the plural word."""
    out = list(found)
    for plural in p.plural_title.finditer(text):
        at = plural.end()
        joined = False
        for k, mention in enumerate(out):
            if mention.start < at:
                continue
            gap = p.list_gap.fullmatch(text, at, mention.start)
            joint = gap is not None and bool(gap.group("joint") or gap.group("joint2"))
            if gap is None or (joined and joint):
                break  # "Senators Heitkamp and Klobuchar and Cindy McCain": the title stops at the first "and"
            joined = joined or joint
            ref = mention.value
            if ref.title is None:
                title = plural.group("title")[: plural.start("plural") - plural.start()] + p.singular[plural.group("plural")]
                out[k] = dataclasses.replace(mention, value=dataclasses.replace(ref, title=title, title_span=plural.span("title")))
            at = mention.end
            tag = p.tag_after.match(text, at)
            at = tag.end() if tag else at
    return out
