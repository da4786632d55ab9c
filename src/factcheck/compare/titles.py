"""Compare the title or post a sentence gives a registry person with the ones the registry holds.

A title written before a name ("Interior Secretary X"), in a fact sheet's label ("Chair: Sen. X"),
or after it ("X, the committee's chair") is judged against every title and role the person has held,
so "former attorney general" and "Senator" both stand. Seats (Senator, Representative, Governor) and
a chamber's posts (Chair, Ranking Member) go together: a registry that knows only "Chair Whitcomb"
does not make "Sen. Whitcomb" wrong, nor one that knows only "Sen. Kerrigan" his chair (that is wrong
only when the sources give the post to another); a senator called Superintendent is. Then, for a
title the person holds: its office ("Secretary of Defense" for Homeland Security), its state or
county, and its time ("former").
"""

from __future__ import annotations

import re
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
        no_kind=frozenset(w.lower() for w in lex.words("article")) | frozenset(m.word.lower() for m in lex.modifiers if m.kind in ("past", "scope")),
        local=re.compile(r"\b((?:[A-Z][a-z]+\.?\s+){1,2}(?:County|Parish|Borough))\b"),
        seats=frozenset(t.head for t in lex.titles if "seat" in t.flags),
        chamber=frozenset(t.head for t in lex.titles if "chamber" in t.flags),
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
    if not written or ref.title is None or ref.title_span is None:
        return []
    seats, chamber = _words(lex).seats, _words(lex).chamber
    # a seat and a chamber's post go together (Senator and Chair); any other pair of titles is one too many
    alike = held_heads - chamber if written & seats else held_heads - seats if written & chamber else held_heads
    if not written & held_heads:
        if alike:
            start, end = ref.title_span
            shown = "; ".join(held[:2])
            # the held title nearest the written one is the fix: "Chair" -> "Minority Vice Chair", not "Senator"
            drafted = set(ref.title.lower().split())
            nearest = max(held, key=lambda v: len(drafted & set(v.lower().split())))
            return [wrong(start, end, ref.title, nearest, f"the sources give {entity.name} as {shown}, not {ref.title}", claims_for(entity, "title", index))]
        moved = _moved(ref, entity, (written - seats) & chamber, index, lex)  # one holder to a post: the Chair, not a Supervisor
        return [moved] if moved else []
    wrong_office = _office_check(ref, entity, held, written, index, lex) or _kind_check(ref, entity, held, written, index, lex)
    return [wrong_office] if wrong_office else _role_checks(facts, ref, entity, written, index, lex)


def _before_head(title: str, heads: frozenset[str], no_kind: frozenset[str]) -> str:
    """The word right before a title's head, lower case ("Executive director" -> "executive"); "" if none."""
    words = [w.strip(",.").lower() for w in title.split()]
    wanted = {h.lower() for h in heads}
    for k in range(1, len(words)):
        if words[k] in wanted and words[k - 1] not in no_kind:
            return words[k - 1]
    return ""


def _kind_check(ref: EntityRef, entity: Entity, held: list[str], written: frozenset[str], index: ClaimIndex, lex: Lexicon | None) -> Verdict | None:
    """The same head of another kind: "Executive director" for the sources' "policy director of the Michigan
    Harm Reduction Coalition", when the draft's word is a rank (lexicon modifiers) and every held title with
    that head says another kind."""
    words = _words(lex)
    mine = _before_head(ref.title or "", written, words.no_kind)
    same = [v for v in held if _heads(v, lex) & written]
    theirs = {_before_head(v, written, words.no_kind) for v in same}
    if mine not in words.ranks or not same or "" in theirs or mine in theirs or ref.title_span is None:
        return None  # only a rank of the draft's ("Executive", "Deputy") against another kind the sources name
    right = same[0]
    start, end = ref.title_span
    return wrong(
        start,
        end,
        ref.title or "",
        right,
        f"the sources give {entity.name} as {right}, not {ref.title}",
        claims_for(entity, "role", index) or claims_for(entity, "title", index),
    )


def _moved(ref: EntityRef, entity: Entity, posts: frozenset[str], index: ClaimIndex, lex: Lexicon | None) -> Verdict | None:
    """A post the registry gives another person of the same documents and never this one: "Kerrigan, the
    committee's chair" when the member list makes Whitcomb the Chair."""
    mine = {p.source for a in entity.attributes for p in a.provenance}
    if not posts or not mine or ref.title_span is None:
        return None
    for other in index.corpus.entities.values():
        if other.id == entity.id or other.type != "person":
            continue
        for attr in other.attributes:
            if attr.attribute in ("title", "role") and not attr.former and _heads(attr.value, lex) & posts and any(p.source in mine for p in attr.provenance):
                start, end = ref.title_span
                message = f"the sources give {attr.value} to {other.name}, not to {entity.name}"
                return wrong(start, end, ref.title or "", "", message, attribute_claim(other, attr))
    return None


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
    former_word = words.past.search(ref.title)
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
