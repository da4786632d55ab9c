"""Compare the title or post a sentence gives a registry person with the ones the registry holds.

A title written before a name ("Interior Secretary X"), in a fact sheet's label ("Chair: Sen. X"),
or after it ("X, the committee's chair") is judged against every title and role the person has held,
so "former attorney general" and "Senator" both stand. Seats (Senator, Representative, Governor) and
a chamber's posts (Chair, Ranking Member) go together: a registry that knows only "Chair Whitcomb"
does not make "Sen. Whitcomb" wrong, nor one that knows only "Sen. Kerrigan" his chair (that is wrong
only when the sources give the post to another); a senator called Superintendent is. Then, for a
title the person holds: its office ("Secretary of Defense" for Homeland Security), its rank ("senior vice
president" for an executive one; a rank left out is a shortening), the office named before its head ("Small
Business Advocate" for the Consumer Advocate), a post of the same make beside it ("vice president and COO"
for the vice president and CFO), its state or county, and its time ("former").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date

from factcheck.compare import SentenceFacts, Verdict
from factcheck.compare.post_kinds import another_office, kind_check, make_check, shortened
from factcheck.compare.registry import attribute_claim, attribute_values, claims_for, wrong
from factcheck.compare.title_words import heads, title_words
from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import Lexicon, lexicon
from factcheck.mentions.names import EntityRef
from factcheck.model import Attribute, Entity
from factcheck.textutil import normalize


def title_checks(facts: SentenceFacts, ref: EntityRef, entity: Entity, index: ClaimIndex, lex: Lexicon | None) -> list[Verdict]:
    """What is wrong with the title `ref` gives the registry person `entity`."""
    held = attribute_values(entity, ("title", "role"))
    held_heads = frozenset().union(*(heads(v, lex) for v in held))
    written = heads(ref.title or "", lex)
    if ref.title is None or ref.title_span is None:
        return []
    if not written:
        # "Harbormaster Greta Lindqvist": a post of the corpus's own, no title of the lexicon, is wrong only as the
        # very post the sources give another person
        other = _others_title(ref, entity, held, index)
        return [other] if other else []
    seats, chamber = title_words(lex).seats, title_words(lex).chamber
    # a seat and a chamber's post go together (Senator and Chair); any other pair of titles is one too many
    alike = held_heads - chamber if written & seats else held_heads - seats if written & chamber else held_heads
    if ref.title_loose and not written & held_heads:
        # "coalition treasurer Tom Reyes" where Kowalski is; "marketing chief" is no Chief Engineer's post
        moved = _moved(ref, entity, written - seats, index, lex, exact=True)
        return [moved] if moved else []
    if not written & held_heads:
        if shortened(written, held_heads, title_words(lex).vague):
            return []  # "finance chief" for the Chief Financial Officer
        if alike and not _member_of_body(written, entity, lex):
            start, end = ref.title_span
            shown = "; ".join(held[:2])
            # the held title nearest the written one is the fix: "Chair" -> "Minority Vice Chair", not "Senator"
            drafted = set(ref.title.lower().split())
            nearest = max(held, key=lambda v: len(drafted & set(v.lower().split())))
            return [wrong(start, end, ref.title, nearest, f"the sources give {entity.name} as {shown}, not {ref.title}", claims_for(entity, "title", index))]
        # "Board Vice Chair Jamal Price" when the members' list gives Price no post (a home at most) and Ortiz that one: the very post
        # first, then one holder to a post (the Chair, not a Supervisor)
        moved = (None if held else _others_title(ref, entity, held, index)) or _moved(ref, entity, (written - seats) & chamber, index, lex)
        return [moved] if moved else []
    wrong_office = (
        _others_title(ref, entity, held, index)
        or _office_check(ref, entity, held, written, index, lex)
        or kind_check(ref, entity, held, written, index, lex)
        or make_check(ref, entity, held, written - held_heads, index, lex)
    )
    return [wrong_office] if wrong_office else _role_checks(facts, ref, entity, written, index, lex)


def _member_of_body(written: frozenset[str], entity: Entity, lex: Lexicon | None) -> bool:
    """The post is held of a body the written title names its members by: "Commissioner Oyelaran" is the "Chair,
    Tamarack County Board of Commissioners"."""
    held = " ".join(a.as_written.lower() for a in entity.attributes if a.attribute in ("title", "role", "member_of"))
    # the members' plural ("Board of Commissioners"), or a seat's district ("Clerk (Trustee Area 3)"); never the
    # head inside another title ("Vice President" is no President, "Attorney General" no General)
    seat = title_words(lex).seat
    return any(re.search(rf"\b{re.escape(head.lower())}(?:s\b|\s+(?:{seat})\s+\d)", held) for head in written)


def _moved(ref: EntityRef, entity: Entity, posts: frozenset[str], index: ClaimIndex, lex: Lexicon | None, *, exact: bool = False) -> Verdict | None:
    """A post the registry gives another person of the same documents and never this one: "Kerrigan, the
    committee's chair" when the member list makes Whitcomb the Chair. `exact`: the other's title has those
    heads and no other."""
    if not posts:
        return None
    return _given_to_another(ref, entity, index, lambda value: _holds(heads(value, lex), posts, exact) and not another_office(ref.title or "", value, lex))


def _others_title(ref: EntityRef, entity: Entity, held: list[str], index: ClaimIndex) -> Verdict | None:
    """The very title, capitalised and word for word, the sources give another person of the same documents, and none
    of this one's has in it: "Finance Director Colleen Haverty" when Raman is the Finance Director and Haverty the
    Director of Labor Relations."""
    drafted = normalize(ref.title or "")
    # a role in lower case is a description ("county elections director"), not the post's name
    if not drafted or ref.title_loose or any(_squeezed(drafted) in _squeezed(v) for v in held):
        return None
    # "Board Vice Chair" is the board's "Vice Chair" (not its "Chair"): the longest of its ends another holds
    # A post cut from the title written, or given to someone the sources give no post, is held against its one holder
    # only: a seat ("Commissioner", "Trustee") is many people's.
    words = drafted.split()
    seconds = {m.word.lower() for m in lexicon().modifiers if m.kind == "second"}
    for k in range(len(words)):
        if k and words[k - 1] in seconds:
            break  # "Vice President" is no "President": a second's post, not the post it seconds
        end = " ".join(words[k:])
        if any(_squeezed(end) in _squeezed(v) for v in held):
            return None  # "Even Mayor Brandt": she is the Mayor; "Council Member Felicia Grant": she is a "Councilmember"
        found = _given_to_another(ref, entity, index, functools.partial(_is_post, end), alone=k > 0 or not held)
        if found is not None:
            return found
    return None


def _squeezed(title: str) -> str:
    """A title with no blanks or hyphens between its words: "Council Member", "Council-member" and "Councilmember" are
    one post."""
    return re.sub(r"[\s-]+", "", normalize(title))


def _given_to_another(ref: EntityRef, entity: Entity, index: ClaimIndex, fits: Callable[[str], bool], *, alone: bool = False) -> Verdict | None:
    """A title or role another person of the documents this one is named in now holds, that `fits` the sentence's:
    the post is theirs. `alone`: only when one person of those documents holds it."""
    # the documents: those that give this person a post, else those that name them ("Jamal Price" of a members' list)
    mine = {p.source for a in entity.attributes for p in a.provenance} or _naming(entity.id, index)
    if not mine or ref.title_span is None:
        return None
    holders = [
        (other, attr)
        for other in index.corpus.entities.values()
        if other.id != entity.id and other.type == "person"
        for attr in other.attributes
        if attr.attribute in ("title", "role") and not attr.former and fits(attr.value) and any(p.source in mine for p in attr.provenance)
    ]
    if not entity.attributes:
        # someone the sources give no post: only one a list that gives the post to another names too ("MEMBERS
        # PRESENT: Yvette Marrow, Chair; Samuel Ortiz, Vice Chair; ...; Jamal Price."), its posts all said
        name = normalize(entity.name)
        holders = [(other, attr) for other, attr in holders if any(name in normalize(p.quote) for p in attr.provenance)]
    if not holders or alone and len({other.id for other, _ in holders}) > 1:
        return None
    other, attr = holders[0]
    start, end = ref.title_span
    message = f"the sources give {attr.value} to {other.name}, not to {entity.name}"
    return wrong(start, end, ref.title or "", "", message, attribute_claim(other, attr))


def _is_post(post: str, value: str) -> bool:
    """The value is the post, or the post of a body named by its possessive ("coalition's vice president")."""
    value = normalize(value)
    return value == post or value.endswith(" " + post) and bool(_OF_BODY.fullmatch(value[: -len(post) - 1]))


_OF_BODY = re.compile(r"(?:the\s+)?[a-z]+['’]?s")


def _naming(person: str, index: ClaimIndex) -> set[str]:
    """The sources of the claims that name the person."""
    return {p.source for card in index.cards.values() if person in card.entities for p in card.claim.provenance}


def _holds(theirs: frozenset[str], posts: frozenset[str], exact: bool) -> bool:
    return theirs == posts if exact else bool(theirs & posts)


def _office(title: str, lex: Lexicon | None) -> frozenset[str]:
    """The words of the office a title is of: "Undersecretary for North America, Mexican Foreign Ministry"
    -> {north, america}; none for a title of no office ("Senator")."""
    words = title_words(lex)
    found = words.office.search(title) or words.office_before.search(title)
    if not found:
        return frozenset()
    # a country by its people's adjective is the country: "Mexican Attorney General" is the "Attorney General of Mexico"
    return frozenset(w for word in normalize(found.group("office")).split() for w in words.nations.get(word, word).split())


def _acronyms_spelled_out(title: str, held: list[str]) -> str:
    """The title with an acronym spelled out as a held title writes it: "president of FOP Lodge 58" reads "president of
    Fraternal Order of Police Lodge 58"."""
    for acronym in re.findall(r"\b[A-Z]{2,6}\b", title):
        for value in held:
            words = re.findall(r"[A-Za-z][\w’'-]*", value)
            for k in range(len(words)):
                run = [w for w in words[k:] if w.lower() not in ("of", "the", "and", "for")][: len(acronym)]
                if len(run) == len(acronym) and "".join(w[0] for w in run) == acronym and run[0] == words[k]:
                    end = value.find(run[-1], value.find(words[k])) + len(run[-1])
                    title = title.replace(acronym, value[value.find(words[k]) : end], 1)
                    break
            else:
                continue
            break
    return title


def _office_check(ref: EntityRef, entity: Entity, held: list[str], written: frozenset[str], index: ClaimIndex, lex: Lexicon | None) -> Verdict | None:
    """The same title of another office: "Secretary of Defense" for the sources' "Secretary of Homeland
    Security", "Undersecretary for Europe" for "Undersecretary for North America"."""
    same = [v for v in held if heads(v, lex) & written]
    mine = _office(_acronyms_spelled_out(ref.title or "", same), lex)
    offices = [o for o in (_office(v, lex) for v in same) if o]
    if not mine or not offices or any(mine <= o or o <= mine for o in offices) or ref.title_span is None:
        return None
    right = next(v for v in same if _office(v, lex))
    start, end = ref.title_span
    return wrong(start, end, ref.title or "", right, f"the sources give {entity.name} as {right}, not {ref.title}", claims_for(entity, "title", index))


def _role_checks(facts: SentenceFacts, ref: EntityRef, entity: Entity, written: frozenset[str], index: ClaimIndex, lex: Lexicon | None) -> list[Verdict]:
    """A title the person did hold, judged for its state ("former Minnesota attorney general") and its time."""
    same = [a for a in entity.attributes if a.attribute in ("title", "role") and heads(a.value, lex) & written]
    if not same or ref.title is None or ref.title_span is None:
        return []
    verdicts = []
    words = title_words(lex)
    drafted_state = words.state.search(ref.title)
    held_states = [m.group(1) for a in same for m in words.state.finditer(a.value)]
    if drafted_state and held_states and drafted_state.group(1) not in held_states:
        start = ref.title_span[0] + drafted_state.start(1)
        end = ref.title_span[0] + drafted_state.end(1)
        attr = next(a for a in same if held_states[0] in a.value)
        verdicts.append(
            wrong(
                start,
                end,
                drafted_state.group(1),
                held_states[0],
                f"the sources give {entity.name} as {attr.value}, not {ref.title}",
                attribute_claim(entity, attr),
            )
        )
    wrong_place = _local_check(ref, entity, same, index, lex)
    if wrong_place:
        verdicts.append(wrong_place)
    current = [a for a in same if not a.former and not a.until]
    past = [a for a in same if a.former or a.until]
    now = facts.as_of or date.today().isoformat()
    former_word = words.past.search(ref.title) or ref.title_past
    # "| top Hennepin County prosecutor |" under "Prior post": the column says the post is past
    former_word = former_word or any(a <= ref.title_span[0] < b and words.past.search(head) for a, b, head in facts.cells)
    began = [_began(a) for a in same]
    if all(began) and not former_word:
        first = min(b for b in began if b)
        attr = same[began.index(first)]
        if now < first and not any(m.value.last >= first for m in facts.dates):
            start, end = ref.title_span
            verdicts.append(
                wrong(
                    start,
                    end,
                    ref.title,
                    "",
                    f"{entity.name} became {attr.value} in {attr.start}: at the draft's date ({now}) not yet",
                    attribute_claim(entity, attr),
                )
            )
            return verdicts
    if past and not current and not former_word:
        ended = max((day for day in (_ended(a, index) for a in past) if day), default=None)
        told_then = any(m.value.first <= ended for m in facts.dates) if ended else True
        if ended and now > ended and not told_then:
            attr = past[0]
            start, end = ref.title_span
            known = f"until {attr.until}" if attr.until else f"and the sources call it former by {_shown_day(ended)}"
            verdicts.append(
                wrong(
                    start,
                    end,
                    ref.title,
                    f"former {ref.title}",
                    f"{entity.name} was {attr.value} {known}: at the draft's date ({now}) a former one",
                    attribute_claim(entity, attr),
                )
            )
    return verdicts


def _local_check(ref: EntityRef, entity: Entity, same: list[Attribute], index: ClaimIndex, lex: Lexicon | None) -> Verdict | None:
    """The county a title is of: "Curry County Emergency Manager" for the Emergency Manager of Coos County,
    named in the held title or by the body that published it ("Coos County Emergency Management")."""
    words = title_words(lex)
    drafted = words.local.search(ref.title or "")
    if drafted is None or ref.title_span is None:
        return None
    held: dict[str, Attribute] = {}
    for attr in same:
        for place in words.local.findall(attr.value):
            held.setdefault(place, attr)
        title_stems = {w[:5].lower() for w in attr.value.split() if len(w) > 3}
        for prov in attr.provenance:
            source = index.corpus.sources.get(prov.source)
            publisher = words.local.match(source.publisher.removeprefix("The ")) if source else None
            # the publisher is the title's own body when they share a word: "Emergency Manager", "... Emergency Management"
            if publisher and source and title_stems & {w[:5].lower() for w in source.publisher[publisher.end() :].split()}:
                held.setdefault(publisher.group(1), attr)
    if not held or drafted.group(1) in held:
        return None
    right, attr = next(iter(held.items()))
    start = ref.title_span[0] + drafted.start(1)
    held_as = attr.value if right in attr.value else f"{attr.value} of {right}"
    message = f"the sources give {entity.name} as {held_as}, not {ref.title}"
    return wrong(start, start + len(drafted.group(1)), drafted.group(1), right, message, attribute_claim(entity, attr))


def _began(attr: Attribute) -> str | None:
    """The first day of a role's `from` date, if the registry gives one."""
    from factcheck.mentions.dates import parse_iso

    span = parse_iso(str(attr.start)) if attr.start else None
    return span.first if span else None


def _ended(attr: Attribute, index: ClaimIndex) -> str | None:
    """The last day a role is known to have been over by: its `until`, else the date of the source calling it former."""
    from factcheck.mentions.dates import parse_iso

    if attr.until:
        span = parse_iso(str(attr.until))
        return span.last if span else None
    days = []
    for prov in attr.provenance:
        source = index.corpus.sources.get(prov.source)
        span = parse_iso(source.published.date) if source and source.published else None
        if span:
            days.append(span.last)
    return min(days) if days else None


def _shown_day(day: str) -> str:
    from factcheck.mentions.date_spans import label
    from factcheck.mentions.dates import parse_iso

    span = parse_iso(day[:4] if day.endswith("-12-31") else day[:7] if day[8:] in ("28", "29", "30", "31") else day)
    return label(span) if span else day
