"""The patterns mentions/names.py reads names with, built from one lexicon's tables: titles and roles before a name,
party tags ("(D-N.D.)", "(R) MAINE", "(D, Ward 3)"), seats and districts, homes ("of Pell Lake"), appositives (", a former
North Dakota attorney general", ", a fellow Democrat and a former ... attorney general").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon


def _title_words(lex: Lexicon) -> str:
    """The titles written capitalised before a name ("Sen.", "Superintendent"): titles.tsv, use title or both."""
    return alternation(lex.title_forms(use=("title", "both")))


@per_lexicon
def along_before(lex: Lexicon) -> re.Pattern[str]:
    """ "with", "joined by" (wordset accompany-word) right before a name, "U.S." between maybe: one who went along,
    neither the speaker of the sentence's quotation nor the doer of its act ("led a delegation ... with Sen. Klobuchar")."""
    return re.compile(rf"\b(?:{alternation(lex.words('accompany-word'))})\s+(?:U\.S\.\s+)?\Z", re.I)


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
# A passive's agent right before a name, a title between: "Asked by Commissioner Reyes", "appointed by Gov. Ann Ortiz":
# the name is no subject of the verb after it, nor whom a pronoun after it stands for.
_AGENT = re.compile(r"\bby\s+(?:[A-Z][\w.’'-]*\s+){0,3}\Z")
AGENT_REACH = 40  # how far before the name the "by" may begin


def agent_before(text: str, at: int) -> bool:
    """The name at `at` is a passive's agent: "by" and up to three capitalised words right before it."""
    return _AGENT.search(text, max(0, at - AGENT_REACH), at) is not None


# ... a place's abbreviated first word is the town's, not a town of its own: "of St. Cloud", "of Mt. Vernon"
_PLACE_SHORT = alternation(a.form for a in lexicon().abbreviations if "place" in a.tags)
TOWN = rf"(?:(?:{_PLACE_SHORT})\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}"
HOME = rf"(?P<home>{TOWN})(?![\w’'-])(?!\s+(?:of|for)\b)"


def described_from(lex: Lexicon) -> str:
    """ ", 44, an oral surgeon from Bowling Green", " is a Democrat from Louisville": what a person is, in lower case (or
    a party member's word), then the town they are from, which ends the appositive."""
    copula = alternation(lex.words("copula"))
    lives = alternation(lex.words("reside-verb"))
    return (
        rf"(?:(?:,(?:\s+(?:{copula}))?|\s+(?:{copula}))\s+(?:\d{{1,3}},\s+)?(?:a|an)\s+(?:[A-Za-z][a-z-]*\s+){{1,4}}?from"
        # ", who lives in West Yard,", ", the union's treasurer, lives over in Lakeview"
        rf"|(?:,\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}[a-z][\w’'-]*,)?,?(?:\s+who)?\s+(?:{lives})(?:\s+over)?\s+in)\s+{HOME}"
        r"(?=\s*[,.;:)]|\s+(?:who|and|said|says)\b|\s*$)"
    )


def courtesies(lex: Lexicon) -> str:
    """The courtesy titles written with a full stop ("Dr.", "Mr."), as an alternation: between a post and a name they are
    neither's ("KDA Treasurer Dr. Thomas Greer")."""
    return alternation(t.form for t in lex.titles if t.use == "honorific" and t.form.endswith("."))


@per_lexicon
def _not_home(lex: Lexicon) -> frozenset[str]:
    # a firm's last word or legal form ("Westbrook Municipal Advisors", "Inc.") closes no town's name either
    firms = lex.words("firm-head") | lex.words("firm-form")
    return frozenset(w.lower().rstrip(".") for w in lex.words("district-word") | lex.words("org-head") | firms | lex.calendar_words())


def is_home(home: str, lex: Lexicon | None = None) -> bool:
    """ "Pell Lake", "Linden Grove Township": a town. A state is a person's state, "District 4" their seat, a month a
    date, "the Finance Committee" (a body's word first or last) what they belong to."""
    lex = lex or lexicon()
    words = home.split()
    return lex.state_name(home) is None and words[0].lower().rstrip(".") not in _not_home(lex) and words[-1].lower().rstrip(".") not in _not_home(lex)


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
    # "District 4", "88th District", "At Large"
    seat = rf"(?:{districts})\s+\d{{1,3}}|\d{{1,3}}(?:st|nd|rd|th)\s+(?:{districts})|(?i:{alternation(lex.words('at-large'))})"
    # ... or a town of two words closing the tag: "(D-Cedar Flats)", "(D-Royal Oak)", ", R-Port Ellery,"
    tag_state = (
        rf"(?:(?:{seat})\b|[A-Z][A-Za-z.]*(?:\s(?:{alternation(s.name.split()[1] for s in lex.states if len(s.name.split()) == 2)})\b"
        rf"|\s[A-Z][a-z]+(?=\)|,))?)"
    )
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
        # ... or a party tag alone in its cell, after any one cell: "| Kelly Ayotte | U.S. senator; ... | R-Vt. |", or
        # opening the cell before a semicolon: "| Sen. Amy Klobuchar | D-Minn.; former top Hennepin County prosecutor |"
        cells=re.compile(
            rf"(?:\s{{3,}}\S+(?:\s{{1,2}}\S+)*?(?=\s{{3,}}(?:{members}|{party_words}|(?:{letters})\s?[-–]\s?{tag_state})(?:\s{{3,}}|\s*$)))?"
            rf"\s{{3,}}(?:(?P<party>{members}|{party_words})(?=\s{{3,}}|\s*$)\s*)?"
            rf"(?:(?P<tag>(?P<tag_party>{letters})\s?[-–]\s?(?P<tag_state>{tag_state}))(?=\s{{3,}}|\s*$|;)\s*)?"
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
        # ... or a possessive pronoun before it: ", our deputy general manager for operations," (not "the": ", the head
        # of the federal police," goes on a list)
        post_after=re.compile(rf"\s*,\s+(?:{body_of}|(?:{determiners})\s+(?:[a-z]+\s+)?[a-z]+['’]s\s+|(?:{possessives})\s+)?(?P<title>{post}){ends}"),
        from_home=re.compile(described_from(lex)),
        honorific_end=re.compile(rf"(?<=[\w,]\s)(?:{courtesies(lex)})\s+$"),
        of_home=re.compile(rf",?\s+of\s+{HOME}"),  # a state after "of" is read first, by of_state; "Ronnie Jett, of Sharpsburg" too
        # a firm's: its legal form between maybe ("Halvorsen Pipe & Excavation, Inc., of Saginaw"), "in" too
        firm_home=re.compile(rf"(?:,?\s+(?:{alternation(lex.words('firm-form'))}))?,?\s+(?:of|in)\s+{HOME}"),
        role_before=re.compile(
            # (its first word capitalised only where the sentence starts: "Vice chair Omar Haddad")
            rf"(?<![\w’'.-])((?:(?!(?i:{alternation(lex.words('stop'))})\s)(?:[a-z]|^[A-Z])[\w’'-]*\s+){{0,2}}(?:{alternation(t.role for t in lex.titles if t.role)}))\s+$"
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
            rf"(?P<comma>\s*,)?(?P<copula>\s+(?:who\s+)?(?:{alternation(lex.words('copula'))}))?(?:\s+(?:{alternation(lex.words('also-word'))}))?(?P<once>\s+(?:{alternation(lex.words('past-adverb'))}))?\s+(?:{determiners})\s+(?:(?:[A-Z][\w.’'-]*\s+){{0,3}}[A-Z][\w.’'-]*['’]s\s+(?=[a-z])|[a-z]+['’]s\s+(?=[a-z]))?(?:"
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
