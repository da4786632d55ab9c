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
from typing import NamedTuple

from factcheck.compare import SentenceFacts, Verdict
from factcheck.compare.registry import attribute_claim, attribute_values, claims_for, wrong
from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.mentions.names import EntityRef
from factcheck.model import Attribute, Entity
from factcheck.textutil import normalize


class _Words(NamedTuple):
    """What this comparer reads from a lexicon, compiled once per lexicon."""

    past: re.Pattern[str]  # "former", "onetime", "then", "ex-": a title no longer held
    state: re.Pattern[str]  # a state's name inside a title: "former Minnesota attorney general"
    office: re.Pattern[str]  # the office a title is of: "Secretary of Homeland Security", "Undersecretary for North America"
    office_before: re.Pattern[str]  # the office written before the title: "Defense Secretary"
    ranks: frozenset[str]  # "executive", "deputy": a rank said before a title's head (modifiers rank and second)
    no_kind: frozenset[str]  # "the", "former", "u.s.": words before a head that say no kind of post
    local: re.Pattern[str]  # a county's or a parish's name: "Curry County", "St. Tammany Parish"
    seats: frozenset[str]  # the heads of seats: Senator, Representative, Governor
    chamber: frozenset[str]  # the heads of posts a seat's holder holds too: Chair, Ranking Member
    vague: frozenset[str]  # heads too vague to tell a post by: Officer, member
    forms: re.Pattern[str]  # any title's written form, to find where each head of a title is written
    head_of: dict[str, str]  # a written form (lower case) -> its head
    party: frozenset[str]  # party names and members (lower case): "Republican Leader" says whose, not which post
    stop: frozenset[str]  # "with", "as": words before a title that say nothing of it ("With Amb. Wayne")
    body_heads: frozenset[str]  # "ministry", "department": a body's last word, which every body of its kind shares
    seat: str  # a seat's district words, as an alternation: "Trustee Area 3", "Commissioner District 2"


@per_lexicon
def _words(lex: Lexicon) -> _Words:
    past = alternation(m.word for m in lex.modifiers if m.kind == "past")
    return _Words(
        past=re.compile(rf"(?<!\w)(?:{past})(?!\w)", re.I),
        state=re.compile(rf"\b({alternation(s.name for s in lex.states)})\b"),
        office=re.compile(rf"\b(?:{alternation(lex.words('title-qualifier'))})\s+(?:the\s+)?(?P<office>[^,;()]+)"),
        # "Defense Secretary", "Homeland Security Secretary": the office before the head (modifiers, kind office;
        # "U.S.", "State" are kind scope: where a title holds, not which office)
        office_before=re.compile(
            rf"\b(?P<office>{alternation(m.word for m in lex.modifiers if m.kind == 'office')})\s+(?={alternation(t.form for t in lex.titles)}\b)"
        ),
        ranks=frozenset(m.word.lower() for m in lex.modifiers if m.kind in ("rank", "second")),
        # as a title's words are read: lower case, no full stops at the ends ("U.S." -> "u.s")
        no_kind=frozenset(w.lower() for w in lex.words("article"))
        | frozenset(f for m in lex.modifiers if m.kind in ("past", "scope") for f in (m.word.lower(), m.word.lower().strip(".,’'"))),
        local=re.compile(r"\b((?:[A-Z][a-z]+\.?\s+){1,2}(?:County|Parish|Borough))\b"),
        seats=frozenset(t.head for t in lex.titles if "seat" in t.flags),
        chamber=frozenset(t.head for t in lex.titles if "chamber" in t.flags),
        vague=frozenset(t.head for t in lex.titles if "vague" in t.flags),
        forms=re.compile(rf"(?<![\w.])(?:{alternation(f for t in lex.titles for f in (t.form, t.plural) if f)})(?![\w-])", re.I),
        head_of={f.lower(): t.head for t in lex.titles for f in (t.form, t.plural) if f},
        party=frozenset(w.lower() for p in lex.parties for w in (p.name, p.member, *p.other)),
        stop=frozenset(w.lower() for w in lex.words("stop")),
        body_heads=frozenset(w.lower() for w in lex.words("org-head")),
        seat=alternation(w.lower() for w in lex.words("district-word")),
    )


def _heads(text: str, lex: Lexicon | None) -> frozenset[str]:
    """The heads of the titles in `text`: a title the detector found, or a title or role the registry
    holds. Never running prose: the lexicon matches titles in any case ("in general" would be General)."""
    return frozenset((lexicon() if lex is None else lex).title_heads(text))


def title_checks(facts: SentenceFacts, ref: EntityRef, entity: Entity, index: ClaimIndex, lex: Lexicon | None) -> list[Verdict]:
    """What is wrong with the title `ref` gives the registry person `entity`."""
    held = attribute_values(entity, ("title", "role"))
    held_heads = frozenset().union(*(_heads(v, lex) for v in held))
    written = _heads(ref.title or "", lex)
    if ref.title is None or ref.title_span is None:
        return []
    if not written:
        # "Harbormaster Greta Lindqvist": a post of the corpus's own, no title of the lexicon, is wrong only as the
        # very post the sources give another person
        other = _others_title(ref, entity, held, index)
        return [other] if other else []
    seats, chamber = _words(lex).seats, _words(lex).chamber
    # a seat and a chamber's post go together (Senator and Chair); any other pair of titles is one too many
    alike = held_heads - chamber if written & seats else held_heads - seats if written & chamber else held_heads
    if ref.title_loose and not written & held_heads:
        # "coalition treasurer Tom Reyes" where Kowalski is; "marketing chief" is no Chief Engineer's post
        moved = _moved(ref, entity, written - seats, index, lex, exact=True)
        return [moved] if moved else []
    if not written & held_heads:
        if _shortened(written, held_heads, _words(lex).vague):
            return []  # "finance chief" for the Chief Financial Officer
        if alike and not _member_of_body(written, entity, lex):
            start, end = ref.title_span
            shown = "; ".join(held[:2])
            # the held title nearest the written one is the fix: "Chair" -> "Minority Vice Chair", not "Senator"
            drafted = set(ref.title.lower().split())
            nearest = max(held, key=lambda v: len(drafted & set(v.lower().split())))
            return [wrong(start, end, ref.title, nearest, f"the sources give {entity.name} as {shown}, not {ref.title}", claims_for(entity, "title", index))]
        # "Board Vice Chair Jamal Price" when the members' list gives Price no post and Ortiz that one: the very post
        # first, then one holder to a post (the Chair, not a Supervisor)
        moved = (None if entity.attributes else _others_title(ref, entity, held, index)) or _moved(ref, entity, (written - seats) & chamber, index, lex)
        return [moved] if moved else []
    wrong_office = (
        _others_title(ref, entity, held, index)
        or _office_check(ref, entity, held, written, index, lex)
        or _kind_check(ref, entity, held, written, index, lex)
        or _make_check(ref, entity, held, written - held_heads, index, lex)
    )
    return [wrong_office] if wrong_office else _role_checks(facts, ref, entity, written, index, lex)


def _member_of_body(written: frozenset[str], entity: Entity, lex: Lexicon | None) -> bool:
    """The post is held of a body the written title names its members by: "Commissioner Oyelaran" is the "Chair,
    Tamarack County Board of Commissioners"."""
    held = " ".join(a.as_written.lower() for a in entity.attributes if a.attribute in ("title", "role", "member_of"))
    # the members' plural ("Board of Commissioners"), or a seat's district ("Clerk (Trustee Area 3)"); never the
    # head inside another title ("Vice President" is no President, "Attorney General" no General)
    seat = _words(lex).seat
    return any(re.search(rf"\b{re.escape(head.lower())}(?:s\b|\s+(?:{seat})\s+\d)", held) for head in written)


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
    words = _words(lex)
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


def _shortened(written: frozenset[str], held: frozenset[str], vague: frozenset[str]) -> bool:
    """Every written head is a held post's head cut short: its first word ("chief" for "chief financial officer"),
    or a vague last word ("officer"). "President" for "Vice President" is another post."""

    def part(head: str, of: str) -> bool:
        words = of.lower().split()
        return len(words) > 1 and (head.lower() == words[0] or head in vague and head.lower() == words[-1])

    return bool(written) and all(any(part(h, g) for g in held) for h in written)


def _kind_check(ref: EntityRef, entity: Entity, held: list[str], written: frozenset[str], index: ClaimIndex, lex: Lexicon | None) -> Verdict | None:
    """The same head of another kind, head by head: another rank ("senior vice president" for the sources'
    "Executive Vice President", "Executive director" for "policy director of the Michigan Harm Reduction
    Coalition"), or another office named before the head ("Small Business Advocate" for "Consumer Advocate").
    A rank or an office left out is a shortening, not another post."""
    words = _words(lex)
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


def _make_check(ref: EntityRef, entity: Entity, held: list[str], extra: frozenset[str], index: ClaimIndex, lex: Lexicon | None) -> Verdict | None:
    """A post the person does not hold, written beside one they do, of the same make as another they hold:
    "senior vice president and COO" for the senior vice president and CFO."""
    for head in sorted(extra):
        right = next((v for v in held for h in _heads(v, lex) if _one_make(head, h)), None)
        if right is not None and ref.title_span is not None:
            start, end = ref.title_span
            message = f"the sources give {entity.name} as {right}, not {ref.title}"
            return wrong(start, end, ref.title or "", right, message, claims_for(entity, "title", index))
    return None


def _last(before: list[str], words: _Words) -> str:
    """The word right before a head, unless it says no kind of post ("the", "former", "U.S.")."""
    return before[-1] if before and before[-1] not in words.no_kind else ""


def _other_rank(mine: list[str], theirs: list[list[str]], words: _Words) -> bool:
    """The draft's rank ("senior", "executive") where every held title with that head says another word there."""
    drafted, held = _last(mine, words), {_last(b, words) for b in theirs}
    return drafted in words.ranks and "" not in held and drafted not in held


def _office_words(before: list[str], words: _Words) -> set[str]:
    """The words before a head that say which post it is: no rank, party, scope or article, no body's
    possessive ("Tamarack's"), and no body's head ("Ministry") unless it is all there is ("Federal Police")."""
    said = words.no_kind | words.ranks | words.party | words.stop
    office = {w for w in before if w not in said and not w.endswith(("'s", "’s"))}
    # "Interior Ministry" is no "Foreign Ministry": the body's head says no more than its kind, when words before it say which
    return office - words.body_heads or office


def _other_office(mine: _Post, theirs: list[_Post], words: _Words) -> bool:
    """Another office before the same head: "Small Business Advocate" for "Consumer Advocate", when every held
    title with that head names its own and none of its words is the draft's. Not for seats or a chamber's posts
    ("House Minority Leader" is the Republican Leader), a vague head unless inside one post on both sides
    ("chief nursing officer" for "chief medical officer"), nor a title holding a place (compared below)."""
    vague = mine.head in words.vague and not (mine.inside and all(p.inside for p in theirs))
    if vague or mine.head in words.seats | words.chamber or words.state.search(mine.upto) or words.local.search(mine.upto):
        return False
    drafted, held = _office_words(mine.before + mine.after, words), [_office_words(p.before + p.after, words) for p in theirs]
    return bool(drafted) and all(held) and not any(_alike(drafted, h) for h in held)


def _alike(one: set[str], other: set[str]) -> bool:
    """Two offices' words share a stem ("Region" and "Regional"), or one is the other's initials ("DHS")."""
    if {w[:5] for w in one} & {w[:5] for w in other}:
        return True
    if any(len(a) >= 2 and b.startswith(a) for x, y in ((one, other), (other, one)) for a in x for b in y):
        return True  # a word cut short: "Ag Secretary" for the Secretary of Agriculture
    return any(2 <= len(w) <= 4 and {x[0] for x in b} <= set(w) for a, b in ((one, other), (other, one)) for w in a)


def _moved(ref: EntityRef, entity: Entity, posts: frozenset[str], index: ClaimIndex, lex: Lexicon | None, *, exact: bool = False) -> Verdict | None:
    """A post the registry gives another person of the same documents and never this one: "Kerrigan, the
    committee's chair" when the member list makes Whitcomb the Chair. `exact`: the other's title has those
    heads and no other."""
    if not posts:
        return None
    return _given_to_another(ref, entity, index, lambda value: _holds(_heads(value, lex), posts, exact))


def _others_title(ref: EntityRef, entity: Entity, held: list[str], index: ClaimIndex) -> Verdict | None:
    """The very title, capitalised and word for word, the sources give another person of the same documents, and none
    of this one's has in it: "Finance Director Colleen Haverty" when Raman is the Finance Director and Haverty the
    Director of Labor Relations."""
    drafted = normalize(ref.title or "")
    # a role in lower case is a description ("county elections director"), not the post's name
    if not drafted or ref.title_loose or any(drafted in normalize(v) for v in held):
        return None
    # "Board Vice Chair" is the board's "Vice Chair" (not its "Chair"): the longest of its ends another holds
    # A post cut from the title written, or given to someone the sources give no post, is held against its one holder
    # only: a seat ("Commissioner", "Trustee") is many people's.
    words = drafted.split()
    for k in range(len(words)):
        end = " ".join(words[k:])
        if any(end in normalize(v) for v in held):
            return None  # "Even Mayor Brandt": she is the Mayor
        found = _given_to_another(ref, entity, index, functools.partial(_is_post, end), alone=k > 0 or not entity.attributes)
        if found is not None:
            return found
    return None


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
    return normalize(value) == post


def _naming(person: str, index: ClaimIndex) -> set[str]:
    """The sources of the claims that name the person."""
    return {p.source for card in index.cards.values() if person in card.entities for p in card.claim.provenance}


def _holds(theirs: frozenset[str], posts: frozenset[str], exact: bool) -> bool:
    return theirs == posts if exact else bool(theirs & posts)


def _office(title: str, lex: Lexicon | None) -> frozenset[str]:
    """The words of the office a title is of: "Undersecretary for North America, Mexican Foreign Ministry"
    -> {north, america}; none for a title of no office ("Senator")."""
    found = _words(lex).office.search(title) or _words(lex).office_before.search(title)
    return frozenset(normalize(found.group("office")).split()) if found else frozenset()


def _office_check(ref: EntityRef, entity: Entity, held: list[str], written: frozenset[str], index: ClaimIndex, lex: Lexicon | None) -> Verdict | None:
    """The same title of another office: "Secretary of Defense" for the sources' "Secretary of Homeland
    Security", "Undersecretary for Europe" for "Undersecretary for North America"."""
    mine = _office(ref.title or "", lex)
    same = [v for v in held if _heads(v, lex) & written]
    offices = [o for o in (_office(v, lex) for v in same) if o]
    if not mine or not offices or any(mine <= o or o <= mine for o in offices) or ref.title_span is None:
        return None
    right = next(v for v in same if _office(v, lex))
    start, end = ref.title_span
    return wrong(start, end, ref.title or "", right, f"the sources give {entity.name} as {right}, not {ref.title}", claims_for(entity, "title", index))


def _role_checks(facts: SentenceFacts, ref: EntityRef, entity: Entity, written: frozenset[str], index: ClaimIndex, lex: Lexicon | None) -> list[Verdict]:
    """A title the person did hold, judged for its state ("former Minnesota attorney general") and its time."""
    same = [a for a in entity.attributes if a.attribute in ("title", "role") and _heads(a.value, lex) & written]
    if not same or ref.title is None or ref.title_span is None:
        return []
    verdicts = []
    words = _words(lex)
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
    words = _words(lex)
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
    from factcheck.mentions.dates import label, parse_iso

    span = parse_iso(day[:4] if day.endswith("-12-31") else day[:7] if day[8:] in ("28", "29", "30", "31") else day)
    return label(span) if span else day
