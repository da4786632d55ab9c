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

from factcheck.lexicon import Lexicon, alternation, lexicon
from factcheck.mentions.name_patterns import HOME as HOME
from factcheck.mentions.name_patterns import LISTED as LISTED
from factcheck.mentions.name_patterns import ROLE_NOUNS as ROLE_NOUNS
from factcheck.mentions.name_patterns import TITLE_WORDS as TITLE_WORDS
from factcheck.mentions.name_patterns import _Patterns, _patterns
from factcheck.mentions.name_patterns import courtesies as courtesies
from factcheck.mentions.name_patterns import described_from as described_from
from factcheck.mentions.name_patterns import is_home as is_home
from factcheck.model import Entity, Mention

# An author-date reference: "(Dalrymple, 2015)", "(Dalrymple 2015, p. 4; ...)", "Dalrymple (2015) reports". The
# name there is who wrote a source, not anyone the sentence tells of.
_CITED_AFTER = re.compile(
    r"(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w’'-]+)?"
    r"(?:,?\s+(?P<year>(?:1[5-9]|20)\d\d[a-z]?)(?:,\s*(?:pp?\.|at)\s*\d+(?:[-–]\d+)?)?\s*[;)]"
    r"|\s+\((?:1[5-9]|20)\d\d[a-z]?(?:,\s*pp?\.\s*\d+(?:[-–]\d+)?)?\))"
)
_CITED_BEFORE = re.compile(r"(?:\(|;\s)\s*$")


def cited_author(text: str, start: int, end: int) -> bool:
    """The name at `start`-`end` is an author-date reference's: "(Dalrymple, 2015)", "Dalrymple (2015) reports"."""
    after = _CITED_AFTER.match(text, end)
    if after is None:
        return False
    return after.group("year") is None or _CITED_BEFORE.search(text, max(0, start - 3), start) is not None


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


# The fewest letters a surname has before its capitals are a name and not an initialism ("KLOBUCHAR", not "COLE").
MIN_CAPS = 5


def build_index(entities: dict[str, Entity]) -> NameIndex:
    by_alias: dict[str, set[str]] = {}
    lex = lexicon()
    for entity in entities.values():
        for alias in (entity.name, *entity.aliases):
            alias = alias.strip()
            if len(alias) < 3 or not alias[0].isupper() and not alias[0].isdigit():
                continue  # lower-case aliases ("the senators") would match ordinary words
            by_alias.setdefault(alias, set()).add(entity.id)
            if entity.type == "person" and " " not in alias and len(alias) >= MIN_CAPS and alias.isalpha():
                # "Senator KLOBUCHAR", "Ms. HEITKAMP": a surname in capitals, as the Congressional Record prints it
                by_alias.setdefault(alias.upper(), set()).add(entity.id)
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
            elif not state and is_home(town := tag.group("state").rstrip("."), lex):  # "(D-Oakhurst)": a state legislator's town
                # ", R-Ashford." ends the sentence: its full stop is no part of the town
                home, home_span = town, (tag.start("state"), tag.start("state") + len(town))
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
        if label and not _a_post_held(label.group("title"), index):
            label = None  # "**Leader:** Sen. Amy Klobuchar ... led the group": what the line tells of, no post anyone holds
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
                # "who was the", ", once the top prosecutor in ...": a post held before
                verb = (appositive.group("copula") or "").lower().split()[-1:]
                title_past = bool(verb and verb[0] in lex.words("copula-past") or appositive.group("once"))
                office = p.qualifier.match(text, title_span[1])
                if office:  # ", the Secretary of Defense,"
                    close = office.end() - (text[office.end() - 1] == ".")  # "the Secretary of Defense." ends the sentence
                    title, title_span = text[title_span[0] : close], (title_span[0], close)
        loose_after = bool(appositive and not title and appositive.group("loose") and (appositive.group("comma") or appositive.group("copula")))
        if loose_after and appositive:
            title, title_span = appositive.group("loose"), appositive.span("loose")
        # ... past the town the person is "of": "Ruth Abernathy of Kettle Hill, the coalition's vice president"
        bare = p.post_after.match(text, max(after, home_span[1] if home_span and home_span[0] >= end else after))
        if bare and title and not (_NAMED_BODY.search(bare.group("title")) and title_span is not None and title_span[1] <= end and " of " not in title):
            bare = None  # a title before the name, unless the post after it names its body: "Commissioner Ray Holcomb,
            # president of the Calder County Board of Commissioners" says more than "Commissioner"
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
    # "(D-Cedar Flats)": the town a tag gives is its legislator's home, no name of its own ("Flats" of Cedar Flats)
    tagged = [span for m in found if (span := m.value.home_span) and span[0] > 0 and text[span[0] - 1] in "-–"]
    found = [m for m in found if not any(a <= m.start and m.end <= b for a, b in tagged)]
    return _shared_titles(text, found, p)


def _a_post_held(title: str, index: NameIndex) -> bool:
    """Some person of the registry holds a post of this head ("Chair" of "Chair of the Finance Committee")."""
    head = title.split()[-1].lower()
    return any(post.split()[-1] == head for posts in (index.posts or {}).values() for post in posts if post)


# a post's body named in full: "president of the Calder County Board of Commissioners", not "vice chair of the committee"
_NAMED_BODY = re.compile(r"\sof\s+(?:the\s+)?[A-Z]")


def seat_label(written: str) -> str:
    """A district as its number's label: "the 6th District" is "District 6", as "District 6" is; "at-large" is "At Large"."""
    if written.lower().replace("-", " ") in {w.replace("-", " ") for w in lexicon().words("at-large")}:
        return "At Large"
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
