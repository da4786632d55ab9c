"""Find the people and bodies a source names, with what it says about them: Doc -> Found entities.

A person is a run of capitalised words the text marks as a name: a title before it
("U.S. Senator Kelly Ayotte", "Attorney General Eric Holder", a role capitalised as a title:
"Brannock County Emergency Manager Tobias Brennecke"), a party tag after it
("Sen. Amy Klobuchar, D-Minn.", "(R-NH)"), a speech verb ("McCain said", "said Heitkamp")
or an appositive ("Cindy McCain, who ...", "Klobuchar, a former top Hennepin County
prosecutor"). News copy adds a role in lower case before the name ("library director Mary
Danko", "said board member Ellen Costa") and a party in an appositive or before the title
("Gov. Phil Scott, a Republican,", "the committee's top Republican", "Republican Gov. Phil
Scott"). A surname or first name alone is resolved to a full name by extract/gather.py; a
report's header lines and lists ("Prepared by: ...", "CC: ...") are read by extract/staff.py.
Bodies are capitalised names ending in a body word ("... Committee", "Department of ...").
Every attribute keeps the sentence that states it as provenance.
"""

from __future__ import annotations

import re

from factcheck.extract import appointments, firms, homes, parties, seats
from factcheck.extract.bodies import ORG, ORG_HEAD, affiliation, organization
from factcheck.extract.bodies import ORG_HEADS as ORG_HEADS  # the lexicon's README names it here
from factcheck.extract.doc import Doc, Sentence
from factcheck.extract.gather import Found, Gatherer, full_name_in
from factcheck.extract.naming import KIN, NOT_NAME, ROLE_TITLES, SPEECH, TITLE_WORD, VERBS, clean_name, surname
from factcheck.extract.naming import NAME as _NAME
from factcheck.extract.parties import PARTY_MEMBERS as _PARTY_MEMBERS
from factcheck.extract.parties import PARTY_NAMES as _PARTY_NAMES
from factcheck.extract.parties import modifiers as _modifiers
from factcheck.lexicon import Title, alternation, lexicon
from factcheck.mentions import names as name_mentions
from factcheck.mentions.names import ROLE_NOUNS, TITLE_WORDS, EntityRef, build_index, courtesies
from factcheck.model import Entity
from factcheck.places import STATE_PATTERN, party_name, state_name
from factcheck.textutil import STOPWORDS

# The English these patterns read is the lexicon's (issue 9): titles and their flags, modifiers,
# relations, parties and the extract word sets. The name and the speech verbs are the draft detectors'.
_LEX = lexicon()


def _forms(titles: list[Title], *, plural: bool = False) -> str:
    """A regex alternation of the titles' forms, or of their plurals."""
    return alternation(t.form for t in titles) if not plural else alternation(t.plural for t in titles if t.plural)


_SEAT = [t for t in _LEX.titles if "seat" in t.flags]  # Senator, Sen., Representative, Rep., Governor, Gov.
_ALIAS = [t for t in _LEX.titles if "alias" in t.flags]  # titles a "Title Surname" alias is made of
_COUNTRY = alternation(f for c in _LEX.countries if c.name == "United States" for f in (c.name, "U.S.", "US"))
_ABBREVIATED = [t for t in _LEX.titles if t.form.endswith(".") and t.use in ("title", "both", "honorific")]  # Dr., Prof., Sen.
_APPOSITIVE_ROLES = [t for t in _LEX.titles if "appositive" in t.flags]
_RELATIONS = {r.verb: r.word for r in _LEX.relations if r.verb and r.records == "role"}  # "chairs" -> "chair of"
_VAGUE = frozenset(t.form.lower() for t in _LEX.titles if "vague" in t.flags)  # "a member Jane Roe": too vague to be a role
_SEAT_WORDS = frozenset(t.form for t in _SEAT) | frozenset(t.plural for t in _SEAT if t.plural)
_SINGULAR = {t.plural: t.head for t in _SEAT if t.plural}  # "Sens." -> "Senator"
_SHORT = {t.form: t.head for t in _LEX.titles if t.form.endswith(".") and t.use != "honorific"}  # "Sen." -> "Senator", "Sgt." -> "Sergeant"
_CONNECTORS = _LEX.words("org-connector")  # of, for, and, on, to, the

# a body's initials may stand before the title ("KDA Treasurer"), and "-elect" after it ("President-elect")
# never a vote's word ("Director Kimura - Yes / Vice President Lindqvist - Yes" read as one sentence)
_VOTE_SIDE = alternation(w.capitalize() for w in _LEX.words("vote-side"))
_TITLE = (
    rf"(?:(?!(?:{_VOTE_SIDE})\b)(?:{_COUNTRY}|{STATE_PATTERN}|[A-Z][a-z]+(?:’s|'s)?|[A-Z]{{2,6}})\s+){{0,4}}"
    rf"(?:{TITLE_WORDS}|{ROLE_TITLES})(?:-elect)?(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][A-Za-z.]*(?:\s+(?:(?:and|&)\s+)?[A-Z][A-Za-z.]*){{0,3}}?)?"
)
# an honorific between the title and the name is neither's: "KDA Treasurer Dr. Thomas Greer"
_HONORED = rf"(?:(?:{courtesies(_LEX)})\s+)?"
_TITLED = re.compile(rf"(?P<former>\b(?:former|Former)\s+)?(?P<title>(?<![\w.])(?:{_TITLE}))\s+{_HONORED}(?P<name>{_NAME})")
_PLURAL = re.compile(
    rf"(?P<title>(?:U\.S\.\s+)?(?:{_forms(_SEAT, plural=True)}))\s+(?P<names>{_NAME}(?:\s*\([^)]*\))?(?:(?:,\s*|\s+and\s+|,\s+and\s+){_NAME}(?:\s*\([^)]*\))?)+)"
)
_VERB_WORDS = frozenset(SPEECH) | _LEX.words("not-role-verb")
_SAID_AFTER = re.compile(rf"(?<!\bof\s)(?<!\d\s)(?P<name>{_NAME})(?:,[^,“”\"]{{1,80}},)?\s+(?:{VERBS})\b")
_SAID_BEFORE = re.compile(rf"\b(?:{VERBS})\s+(?:(?P<title>(?:U\.S\.\s+)?(?:{_forms(_ALIAS + _ABBREVIATED)}))\s+)?(?P<name>{_NAME})")
_HONORIFIC = re.compile(rf"(?<![\w.])(?:{_forms(_ABBREVIATED)})\s+(?P<name>{_NAME})")
_ROLE_HEAD = "(?i:" + _forms(_APPOSITIVE_ROLES) + ")"
# a parenthesis after a name, before its appositive: a department ("(History)"), a party tag ("(D-Minn.)")
_PAREN = r"(?:\s+\([^()]{1,40}\))?"
# "Wade Tillman of Cabool": the person's town, between the name and what is said of them
_FROM = r"(?:,?\s+of\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})?"  # "Gary Hollenbeck of Kettle Creek", ", of Kettle Creek"
# a state legislator's party and town, unparenthesized ("R-Port Ellery"), set off by commas after the name: "Gordon Ashby,
# R-Port Ellery, ranking member of ..."
_PARTY_DASH = r"[A-Z]{1,3}\s*[-–]\s*"  # a party's letter and the hyphen of its tag: "R-", "D –"
_PARTY_TOWN = rf"{_PARTY_DASH}[A-Z][\w.]*(?:\s+[A-Z][a-z]+)?"
_TAG_AFTER = rf"(?:,\s+{_PARTY_TOWN}(?=,))?"
# "Priya Raman of Halden, the Alliance's legal director": the town may come between
_APPOSITIVE = re.compile(
    rf"(?<!\bof\s)(?P<name>{_NAME}){_FROM}{_PAREN},\s+(?:(?P<art>a|an|the)\s+)(?P<former>former\s+)?(?:top\s+)?(?P<role>(?:[\w.’'-]+\s+){{0,5}}?(?:{_ROLE_HEAD}))\b(?!\s+of\s+Sen)"
)
_AS_ROLE = re.compile(
    rf"\b[Aa]s\s+(?:a\s+|the\s+)?(?P<former>[Ff]ormer\s+)?(?P<role>(?:[\w.’'-]+\s+){{0,4}}?(?:{_ROLE_HEAD}))(?:\s+from\s+(?P<y1>\d{{4}})\s+(?:to|until|through)\s+(?P<y2>\d{{4}}))?,\s+(?:(?:U\.S\.\s+)?(?:{_forms(_SEAT)})\s+)?(?P<name>{_NAME})"
)
# "Dennis Kraft, president of the Iowa Hospital Association": a role with no article before it (or two joined: "President
# and Chief Executive Officer of Meridian Renewables"); a parenthesis
# may come between ("Senator Samuel Greeley (History), Vice President of the Faculty Senate"), and a body in lower
# case after a possessive ends it ("vice chair of the Foundation's board"), or is the whole body ("treasurer of the
# association"). After "of" it is a
# place: "Wade Tillman of Cabool, president of the ..." is Tillman's post, not Cabool's; a street
# address may come between, and its town: "Walter Nkemelu, 41 Tannery Lane, president of ...", "Gloria Haas, 88 Church
# Street, Oakhurst, president of ..." are Nkemelu's and Haas's posts (Oakhurst is no person).
# "treasurer of the association": a body in lower case that the document names elsewhere in full
_LOWER_HEADS = alternation(w.lower() for w in _LEX.words("org-head") if " " not in w and "’" not in w)
_ROLE_OF = re.compile(
    rf"(?<!\bof\s)(?<!\d\s)(?P<name>{_NAME}){_FROM}{_TAG_AFTER}(?:,\s+\d{{1,5}}\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}}(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)?)?{_PAREN},\s+(?P<former>former\s+)?(?P<role>(?:(?i:{_forms(_APPOSITIVE_ROLES)})\s+(?:and|&)\s+)?(?:(?:{_modifiers('rank', 'second')})\s+|[A-Z][a-z]+\s+|(?!(?:the|a|an)\s)[a-z]{{3,}}\s+)?(?i:{_forms(_APPOSITIVE_ROLES)})\s+(?:of|at|for)\s+(?:(?:the\s+)?(?:[a-z]+['’]s\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+|for\s+|and\s+|on\s+)?(?:[A-Z][\w’'.-]*|\d{{1,6}}(?:-[A-Z]\w*)?\b))*(?:(?<=['’]s)\s+(?i:{ORG_HEADS})\b)?|the\s+(?-i:{_LOWER_HEADS})\b))"
)
# "signed by Gregory Lindqvist, Chief Executive Officer, and Teresa Vo, General Counsel.": a capitalised post
# alone after the name, closed by a comma, a semicolon or the sentence's end (a parenthesis between: a roster's "Carl
# Westbrook, Treasurer (Sub-district 2, Harper's Ford);")
_TITLE_AFTER = re.compile(
    rf"(?<!\bof\s)(?P<name>{_NAME}){_PAREN},\s+(?P<role>(?=[A-Z])(?:[A-Z][\w’'-]*\s+){{0,3}}(?:{_ROLE_HEAD}))(?=\s*(?:\([^()]{{1,60}}\)\s*)?(?:[,;]|\.(?:\s|$)|$))"
)
# "the agency's director, Tom Ferris, said": with a comma after the role, the name is an appositive closed by one.
# "to state health director Dr. Marcus Hale": a courtesy title between the role and the name is neither's
_ROLE_BEFORE = re.compile(
    rf"(?<![\w’'.-])(?P<former>former\s+)?(?P<role>(?:[\w’'.-]+\s+){{0,3}}?(?:{ROLE_NOUNS}))(?P<comma>,)?\s+{_HONORED}(?P<name>{_NAME})(?(comma),)"
)
_SIGNER = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME}),\s+\Z")  # "Luis Ortega, " before a role and its comma
SIGNER_REACH = 60
_NOT_ROLE_WORD = re.compile(r"(?:[a-z]+ed|[a-z]+ing|[A-Z][a-z]*ly)$")
_BODY_WORDS = _LEX.words("body-word")  # "Board member", "Department director"
# "Osei, 41, who represents the 3rd District": a seat read by the draft detector around the name
_REPRESENTS = re.compile(rf"(?P<name>{_NAME})(?=(?:,[^,.;:()]{{1,40}})?,?\s+who\s+(?:{alternation(_LEX.words('represent-verb'))})\b)")
_PARTY_IN_TITLE = re.compile(rf"(?<=\S\s)(?:{_PARTY_NAMES}|{_PARTY_MEMBERS})(?=\s+[A-Z])")  # inside a title, not its first word
_SPOUSE = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:the\s+)?(?P<rel>{alternation(r.word for r in _LEX.relations if r.kind == 'spouse')})\s+of\s+"
    rf"(?:(?:U\.S\.\s+)?(?:{_forms(_SEAT)})\s+)?(?P<other>{_NAME})"
)
_KIN_WORDS = alternation(KIN)
# "Hale, whose father, Warren Hale, served", "Hale's father, Warren Hale", "Ortiz said her sister, Maria
# Ortiz, ...": the relation word says what `other` is to `name` (to the last person named, for "her").
_KIN = re.compile(rf"(?:(?P<name>{_NAME})(?:,\s+whose|['’]s)|(?P<pronoun>\b(?:[Hh]er|[Hh]is)))\s+(?P<rel>{_KIN_WORDS}),?\s+(?P<other>{_NAME})")
# "our secretary, Beverly Haugland, who is Glen Haugland's wife": the relation after "who is" and the other's name
# (a town between: "treasurer June Solberg of Tamarack, who is Arne Solberg's sister"), or after "is" alone ("Mark
# Ostrowski is Kaylee Ostrowski's father.")
_WHO_IS_KIN = re.compile(
    rf"(?P<other>{_NAME})(?:\s+of\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,2}})?(?:,?\s+who)?\s+(?:is|was)\s+(?P<name>{_NAME})['’]s\s+(?P<rel>{_KIN_WORDS})\b"
)
# "Dr. Caroline Boone, a pediatric dentist in Lexington who chairs the KDA's council, is the sister of Rep. Teresa
# Boone": the relation after "is the", the other's name after "of" (a title before it maybe)
_IS_KIN_OF = re.compile(
    rf"(?P<other>{_NAME})(?:,[^,;“”\"]{{1,100}},)?\s+(?:is|was)\s+(?:the\s+)?(?P<rel>{_KIN_WORDS})\s+of\s+"
    rf"(?:(?:U\.S\.\s+)?(?:{_forms(_SEAT + _ABBREVIATED)})\s+)?(?P<name>{_NAME})"
)
_NAMED = re.compile(_NAME)
_ALONG = re.compile(rf"\s+(?:{alternation(_LEX.words('accompany-word'))})\s+")
# "who commands our Homicide Unit": a possessive pronoun stands for the body's owner, as "the" does
_OWNER = alternation(["the", *(p.word for p in _LEX.pronouns if p.case == "possessive")])
_WHO = re.compile(
    rf"(?<!\bof\s)(?P<name>{_NAME}){_FROM}(?:,\s+an?\s+[^,;.()]{{1,60}}?\s+|,\s+)who\s+(?P<verb>{alternation(_LEX.words('who-verb'))})\s+(?:{_OWNER})\s+(?P<body>[^,.;]+)"
)
# "Sen. Janelle Moritz, a Democrat from Iowa City who is the ranking member of the Senate Judiciary Committee"
_WHO_IS = re.compile(
    rf"(?<!\bof\s)(?P<name>{_NAME}){_FROM}(?:,\s+an?\s+[^,;.()]{{1,60}}?)?,?\s+who\s+is\s+(?:the\s+)?(?P<post>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+of\s+(?P<body>the\s+[A-Z][^,.;]+)"
)

# Before a name the speech verb follows, an address's number: the name is the street's ("Walter Okonjo, 41 Tannery Lane,
# president of ..., spoke") or the town after it ("Denise Yoder, 1907 Pine Run Road, Pine Run, vice president ..., asked")
_AFTER_STREET = re.compile(r"\d[ \t]+(?:[A-Z][\w’'-]*[ \t]+){0,2}\Z|\d[ \t]+[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3},[ \t]+\Z")

_TITLE_WORD_END = TITLE_WORD


def scan(doc: Doc, sentence: Sentence, gather: Gatherer) -> None:
    """Every person and body the sentence names, with the attributes it gives them."""
    text = sentence.text
    prov = doc.provenance(sentence.start, sentence.end)
    seats.scan(text, doc, sentence, gather, prov)  # a roster's line, in capitals as a heading is: "Curtis Bauman, District 4 (White City)"
    firms.scan(text, doc, sentence, gather, prov)  # a cover's line: "Prepared ... with Brightline Planning Group of Columbus, Ohio"
    if headline(text):
        return  # "Governor Okafor Declares Wildfire Emergency": every word is capitalised, no name can be told apart
    spans: list[tuple[int, int, str]] = []
    for match in _TITLED.finditer(text):
        raw = match.group("name")
        if _post_not_name(text, match):
            continue
        found = gather.person(raw, doc, sentence, match.start("name"), title=match.group("title").strip())
        if found is None:
            continue
        title_text = match.group("title")
        ref = _ref(text, match.start("name"), match.end("name"))
        if ref and ref.party and ref.party_span and ref.party_span[0] == match.start("title") and not match.group("former"):
            # "Republican Gov. Phil Scott": the party before the title, as the draft detector reads it
            found.add("party", ref.party, f"{title_text} {raw}", prov)
            title_text = text[ref.party_span[1] : match.end("title")].lstrip()
        title = _title_value(title_text, raw)
        inside = _PARTY_IN_TITLE.search(title_text)
        if inside and not match.group("former"):
            found.add("party", party_name(inside.group(0)) or "", f"{title_text} {raw}", prov)  # "House Republican Leader Curtis Braun"
        if surname(found.name) in title:
            continue  # "Senator Heidi Heitkamp United States Senator": a page header, not a title
        if title and not re.split(r"\s+(?:of|for)\s+", title)[0].endswith(("s", "s.")):  # not a plural ("Sens."); "... for Operations" is one
            found.add("title", title, match.group(0).strip(), prov, former=bool(match.group("former")))
        spans.append((match.start("name"), match.end("name"), found.name))
        affiliation(found, text, match.end("name"), doc, sentence, gather, prov)
        _district(found, text, ref, prov)
        if title.split()[-1] in _SEAT_WORDS:
            _state_and_party(found, text, match.start("name"), match.end("name"), prov, title_text=match.group("title"), ref=ref)
    for match in _PLURAL.finditer(text):
        written = match.group("title")
        plural = max((p for p in _SINGULAR if written.endswith(p)), key=len)  # "Sens.", "Council Members"
        title = written[: -len(plural)] + _SINGULAR[plural]
        listed = match.group("names")
        if listed.count(" and ") > 1:  # "Senators Heitkamp and Klobuchar and Cindy McCain": the title stops at the first "and"
            listed = listed[: listed.index(" and ", listed.index(" and ") + 1)]
        # a name's seat in a parenthesis is no name of the list ("Sunita Rao (At Large)"): blanked, offsets kept
        listed = re.sub(r"\([^)]*\)", lambda seat: " " * len(seat.group(0)), listed)
        for name in re.finditer(_NAME, listed):
            found = gather.person(name.group(0), doc, sentence, match.start("names") + name.start())
            if found is None:
                continue
            found.add("title", _title_value(title, name.group(0)), match.group(0), prov)
            at, stop = match.start("names") + name.start(), match.start("names") + name.end()
            ref = _ref(text, at, stop)
            _state_and_party(found, text, at, stop, prov, title_text=title, ref=ref)
            _district(found, text, ref, prov)  # "Council Members Gregory Lindqvist (Ward 1), Marisol Duarte (Ward 2)"
    for match in _HONORIFIC.finditer(text):
        gather.person(match.group("name"), doc, sentence, match.start("name"))
    for pattern in (_SAID_AFTER, _SAID_BEFORE):
        for match in pattern.finditer(text):
            if text[max(0, match.start() - 1) : match.start()].isalpha():
                continue
            lone = match.group("name")
            if (
                pattern is _SAID_AFTER
                and " " not in lone
                and re.search(r"[A-Z][\w’'-]*\s+(?:and|&)\s+$", text[: match.start()])
                and gather.resolve(lone) is None
                and full_name_in(doc, lone) is None
            ):
                continue  # "Oklahoma Gas and Electric said": the end of a company's name, no person
            if pattern is _SAID_AFTER and re.search(r"\bof\s+(?:[A-Z][\w’'-]*\s+){1,2}$", text[: match.start("name")]):
                continue  # "Lena Marsh of Birch Hollow Township, a farmer, said": the rest of a town's name, no person
            if pattern is _SAID_AFTER and _AFTER_STREET.search(text, 0, match.start("name")):
                continue  # a street's name, or the town after it: no person
            found = gather.person(match.group("name"), doc, sentence, match.start("name"))
            if found is not None and pattern is _SAID_AFTER:
                _state_and_party(found, text, match.start("name"), match.end("name"), prov)
    for match in _APPOSITIVE.finditer(text):
        found = gather.person(match.group("name"), doc, sentence, match.start())
        if found is None or match.group("role").split()[0].lower() in ("who", "which", "and"):
            continue
        role = match.group("role").strip()
        former = bool(match.group("former"))
        if role.split()[0].lower() in KIN or party_name(role.split()[0]):
            continue  # "a DFL member": the party, read as one below
        if _heads_only(role) and not former:
            continue
        found.add("role", role, text[match.start("art") : match.end()].strip(), prov, former=former)
    for match in _ROLE_BEFORE.finditer(text):
        _role_before(match, doc, sentence, gather, prov)
    parties.scan(text, doc, sentence, gather, prov)
    homes.scan(text, doc, sentence, gather, prov)
    appointments.scan(text, doc, sentence, gather, prov)
    for match in _REPRESENTS.finditer(text):
        found = gather.person(match.group("name"), doc, sentence, match.start("name"))
        if found is not None:
            _district(found, text, _ref(text, match.start("name"), match.end("name")), prov)
    for match in _ROLE_OF.finditer(text):
        if _IN_TAG.search(text, max(0, match.start("name") - 30), match.start("name")):
            continue  # "Sen. Gordon Ashby, R-Port Ellery, ranking member of ...": the tag's town, the senator's role
        found = gather.person(match.group("name"), doc, sentence, match.start("name"))
        if found is not None:
            role = match.group("role").strip().rstrip(".")
            found.add("role", role, match.group(0)[len(match.group("name")) + 2 :].strip().rstrip("."), prov, former=bool(match.group("former")))
    for match in _TITLE_AFTER.finditer(text):
        found = gather.person(match.group("name"), doc, sentence, match.start("name"))
        if found is not None:
            found.add("title", match.group("role"), f"{match.group('name')}, {match.group('role')}", prov)
    for match in _AS_ROLE.finditer(text):
        found = gather.person(match.group("name"), doc, sentence, match.start("name"))
        if found is None:
            continue
        extra: dict[str, object] = {"former": bool(match.group("former")) or bool(match.group("y2"))}
        if match.group("y1"):
            extra.update({"from": match.group("y1"), "until": match.group("y2")})
        found.add("role", match.group("role").strip(), match.group(0).rsplit(",", 1)[0].strip(), prov, **extra)
    for match in _SPOUSE.finditer(text):
        found = gather.person(match.group("name"), doc, sentence, match.start())
        other = gather.person(match.group("other"), doc, sentence, match.start("other"))
        if found is not None and other is not None:
            found.add("spouse", other.name, match.group(0)[len(match.group("name")) + 2 :], prov)
    for match in (*_KIN.finditer(text), *_WHO_IS_KIN.finditer(text), *_IS_KIN_OF.finditer(text)):
        _kin(match, text, doc, sentence, gather, prov)
    for match in _WHO.finditer(text):
        found = gather.person(match.group("name"), doc, sentence, match.start())
        if found is not None and match.group("verb") in _RELATIONS:
            role = _RELATIONS[match.group("verb")]
            # "who co-chairs the task force with Director Samuel Achebe": the body ends where its company starts
            body = _ALONG.split(match.group("body"), maxsplit=1)[0]
            written = match.group(0)[match.start("verb") - match.start() : match.end("body") - match.start()]
            found.add("role", f"{role} the {body}", f"who {_ALONG.split(written, maxsplit=1)[0]}", prov)
    for match in _WHO_IS.finditer(text):
        found = gather.person(match.group("name"), doc, sentence, match.start())
        if found is not None:
            body = _ALONG.split(match.group("body"), maxsplit=1)[0]
            found.add("role", f"{match.group('post')} of {body}", f"who is the {match.group('post')} of {body}", prov)
    for match in ORG.finditer(text):
        organization(match, doc, sentence, gather)


def _kin(match: re.Match[str], text: str, doc: Doc, sentence: Sentence, gather: Gatherer, prov: dict[str, object]) -> None:
    """Record on `other` what they are to the person named (or meant by "her"): "whose father, Warren Hale"."""
    if match.group("name"):
        of = gather.person(match.group("name"), doc, sentence, match.start("name"))
    else:
        before = list(_NAMED.finditer(text, 0, match.start()))
        of = gather.person(before[-1].group(0), doc, sentence, before[-1].start()) if before else None
        if of is None:
            # "said Colette Ruiz, ..., who owns Ruiz Taqueria on Kessler Avenue with her brother": the last person named
            of = next((f for b in reversed(before) if (f := _known_person(gather, b.group(0))) is not None), None)
        if of is None and not any(gather.person(b.group(0), doc, sentence, b.start()) for b in before):
            of = _named_last(doc, sentence, gather)  # "And his wife, Carol, is here.": the one named before
    other = gather.person(match.group("other"), doc, sentence, match.start("other"))
    if of is not None and of is other:
        # "Hale, whose father, Warren Hale": "Hale" is the other Hale, the one named before
        written = clean_name(match.group("name") or "") or surname(other.name)
        earlier = [n for n in gather.doc_names if n != other.name and surname(n) == surname(written)]
        of = gather.found.get(earlier[-1]) if earlier else None
    if of is not None and other is not None:
        rel = match.group("rel")
        records = next((r.records for r in _LEX.relations if r.word == rel.lower() and r.records), None)
        if records:
            other.add(records, of.name, match.group(0)[: match.end("rel") - match.start()], prov)


def _known_person(gather: Gatherer, raw: str) -> Found | None:
    """The person already gathered that `raw` names, or None; gathers no one new."""
    name = clean_name(raw)
    found = gather.found.get(name) or gather.found.get(gather.resolve(name) or "") if name else None
    return found if found is not None and found.type == "person" else None


_BODY_OWNER = re.compile(r"['’]s\s+[A-Z]")
_PLACE_BEFORE = re.compile(r"\b(?:of|in|at|from)\s+\Z")


def _named_last(doc: Doc, sentence: Sentence, gather: Gatherer) -> Found | None:
    """The person the sentence's paragraph named last before it, by a full name or a first name or surname
    the document gave in full."""
    start = doc.paragraphs[sentence.paragraph][0]
    text = doc.source.text
    # not the words before a possessive that opens a body's name ("the Harrow Point Fishermen's Cooperative")
    # nor a place after "of" or "in" ("Ed Tasker of Tenney Cove")
    named = [
        m
        for m in _NAMED.finditer(text, start, sentence.start)
        if not _BODY_OWNER.match(text, m.end()) and not _PLACE_BEFORE.search(text, max(0, m.start() - 6), m.start())
    ]
    for match in reversed(named):
        name = clean_name(match.group(0))
        if " " in name:  # "Gerald Pruitt." alone, a name no earlier sentence gave a title or a verb
            found = gather.person(match.group(0), doc, sentence, match.start() - sentence.start)
        else:
            full = gather.resolve(name)
            found = gather.found.get(full) if full else None
        if found is not None and found.type == "person":
            return found
    return None


def _role_before(match: re.Match[str], doc: Doc, sentence: Sentence, gather: Gatherer, prov: dict[str, object]) -> None:
    """ "said library director Mary Danko": the role is the words before the name back to a verb or a little word."""
    signer = _SIGNER.search(match.string, max(0, match.start() - SIGNER_REACH), match.start()) if match.group("comma") else None
    if signer is not None:
        # "Luis Ortega, organizer, Ortega Family Dairy, 3902 Pettit Road": a signature's line gives the role to the name
        # before it; the words after it are the signer's farm or firm, no person
        found = gather.person(signer.group("name"), doc, sentence, signer.start("name"))
        if found is not None and match.group("role").split()[-1].lower() not in _VAGUE:
            found.add("role", match.group("role"), match.string[signer.start("name") : match.end("role")], prov)
        return
    words = match.group("role").split()
    head = words.pop()
    kept: list[str] = []
    former = bool(match.group("former"))
    for word in reversed(words):
        if word.lower() == "former":
            former = True
            break
        if (
            word.lower() in STOPWORDS
            or word.lower() in _VERB_WORDS
            or _NOT_ROLE_WORD.match(word)
            or word in NOT_NAME
            and word not in _BODY_WORDS
            and not ORG_HEAD.fullmatch(word)
        ):
            break
        kept.insert(0, word)
    if not kept and head.lower() in _VAGUE:
        return  # "a member Jane Roe": too vague to be a role
    found = gather.person(match.group("name"), doc, sentence, match.start("name"))
    if found is None or surname(found.name) not in match.group("name"):
        return
    role = " ".join([*kept, head])
    starts = [m.start() for m in re.finditer(r"\S+", match.group("role"))]
    written = match.string[match.start("role") + starts[len(starts) - 1 - len(kept)] : match.end("name")]
    found.add("role", role, written, prov, former=former)


# a name that is the town of a party tag, or its last word: the "Port Ellery" or "Ellery" of "R-Port Ellery"
_IN_TAG = re.compile(rf"\b{_PARTY_DASH}(?:[A-Z][\w.]*\s+)?\Z")
# "Name, our Chair and Chief Executive Officer", "Name, Vice President of Investor Relations": a title after a
# name and a comma, or after another title and "and", goes on with the title's words, not with a name.
_AFTER_NAME = re.compile(rf"(?:{_NAME}),\s+(?:[a-z]+\s+)?$")
_AFTER_TITLE = re.compile(rf"(?:{TITLE_WORDS}|{ROLE_TITLES})\s+(?:and|&)\s+$")


def _post_not_name(text: str, match: re.Match[str]) -> bool:
    """The words after a title are the rest of a post, no person's name."""
    before = text[max(0, match.start() - 80) : match.start()]
    last = match.group("name").split()[-1]
    tail, first = match.group("title").split(), match.group("name").split()[0]
    if any(_TITLE_WORD_END.fullmatch(" ".join([*tail[-k:], first])) for k in (1, 2)):
        return True  # "Teresa Vo, General Counsel": the title runs on into the words read as a name
    if _TITLE_WORD_END.fullmatch(last) and (_AFTER_TITLE.search(before) or _AFTER_NAME.search(before)):
        return True  # "... Chairman and Chief Executive Officer"
    # "Andrea Whitcombe, President and Chief Executive Officer of Meridian Renewables": the body the post is of
    return (
        " of " in match.group("title")
        and bool(_AFTER_NAME.search(before) or _AFTER_TITLE.search(before))
        and not re.match(r"\s*(?:,\s*)?(?:said|says)\b", text[match.end() :])
    )


def headline(text: str) -> bool:
    """A title-case line with no closing punctuation: a heading, not prose."""
    words = re.findall(r"[A-Za-z][\w’'-]*", text)
    long = [w for w in words if len(w) > 3]
    if not long or text.rstrip().endswith((".", "!", "?", "”", '"', ":")):
        return False
    if any(w[0].islower() and len(w) > 5 and w not in STOPWORDS for w in long):
        return False  # title case leaves only short words small: "Reyes, of Butte (appointed by Gov. Riordan, 2023)" is a roster's line
    if re.search(r"\([DRI]\s*[-–]", text):
        return False  # a party tag ("sponsored by Senator Walter Hinck (R-District 42)") is no heading's
    return bool(sum(w[0].isupper() for w in long) / len(long) > 0.7)


def _district(found: Found, text: str, ref: EntityRef | None, prov: dict[str, object]) -> None:
    """ "Marisol Duarte (Ward 2)", "Supervisor Owen Brackett of District 5", "who represents Ward 5": the
    seat's district, as the draft detector (mentions/names.py, `_ref`) reads it around the name."""
    if ref is not None and ref.district and ref.district_span:
        found.add("district", ref.district, text[ref.district_span[0] : ref.district_span[1]], prov)


def _title_value(title: str, name: str) -> str:
    """ "U.S. Senator" from "U.S. Senator"; "Attorney General" from "Mexican Attorney General"; plural titles as written."""
    value = re.sub(r"\s+", " ", title).strip()
    value = re.sub(r"^(?:the|The)\s+", "", value)
    # Words of the name the title pattern swallowed ("Secretary of Homeland Security Jeh") belong to the name.
    clean, words = clean_name(name).split(), name.split()
    extra = words[: words.index(clean[0])] if clean and clean[0] in words else []  # not a nickname ("Hal"), dropped
    if extra:
        value = f"{value} {' '.join(extra)}".strip()
    if value in _SHORT:  # "Sgt." -> "Sergeant", "Lt. Gov." -> "Lieutenant Governor"
        return _SHORT[value]
    head, _, short = value.rpartition(" ")
    if short in _SHORT and head in ("", "U.S."):
        return f"{head} {_SHORT[short]}".strip()
    return value


def _heads_only(role: str) -> bool:
    """ "a senator", "the leader": too vague to be an attribute unless the text says former."""
    return len(role.split()) < 2


def _ref(text: str, start: int, end: int) -> EntityRef | None:
    """What the draft detector (mentions/names.py) reads around the name at start..end: party, state, title."""
    index = build_index({"name": Entity("name", "person", text[start:end])})
    ref = next((m.value for m in name_mentions.detect(text, index) if (m.start, m.end) == (start, end)), None)
    return ref if isinstance(ref, EntityRef) else None


def _state_and_party(found: Found, text: str, start: int, end: int, prov: dict[str, object], *, title_text: str = "", ref: EntityRef | None = None) -> None:
    """The party and state the sentence gives the name at start..end, read by the draft detector
    (mentions/names.py): a tag after it ("Amy Klobuchar (D-Minn.)"), "of Minnesota", or a seat's
    state before the title ("Minnesota Senator Amy Klobuchar")."""
    ref = ref or _ref(text, start, end)
    if ref is not None and ref.state is None and ref.party and ref.party_span and ref.party_span[0] >= end:
        at, tag_end = ref.party_span
        opener = text[:at].rstrip()[-1:]
        close = text.find(")" if opener == "(" else ",", tag_end, tag_end + 40)
        if opener in "(," and close >= 0 and re.fullmatch(rf"{_PARTY_DASH}[A-Z][\w. ]*", text[at:close].strip()):
            # a state legislator's "(D-Detroit)", "(R-District 42)", ", D-Alden Falls,": a party and a city or a district
            written = text[at:close].strip()
            found.add("party", ref.party, written, prov)
            if ref.home:
                found.add("home", ref.home, written, prov)
            if ref.district:
                found.add("district", ref.district, written, prov)
        return
    if ref is None or ref.state is None or ref.state_span is None:
        return
    state_at, state_end = ref.state_span
    if ref.party and ref.party_span and ref.party_span[0] >= end and ref.party_span[1] == state_end:
        if state_name(text[state_at:state_end]):  # a tag: "D-Minn."
            written = text[ref.party_span[0] : state_end].strip(" ,().")
            found.add("party", ref.party, written, prov)
            found.add("state", ref.state, written, prov)
        return
    if state_at >= end:  # "of Minnesota"
        found.add("state", ref.state, text[end:state_end].strip(), prov)
    elif title_text and state_end <= start:  # "Minnesota Senator"
        found.add("state", ref.state, title_text.strip(), prov)
