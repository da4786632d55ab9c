"""Compare what a sentence says about a person or place with the entity registry and events.

Party and state tags ("(D-S.D.)", "of Minnesota", "North Dakota Sen."), titles written
before a name ("Interior Secretary X"), and where an event happened ("in Bismarck" when
the sources say Fargo). Titles are judged against every title and role the person has
held, so "former attorney general" and "Senator" both stand.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from factcheck.compare import TOPIC, SentenceFacts, Verdict
from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.mentions.names import EntityRef
from factcheck.model import Attribute, Claim, Entity
from factcheck.textutil import normalize


class _Words(NamedTuple):
    """What this comparer reads from a lexicon, compiled once per lexicon."""

    past: re.Pattern[str]  # "former", "onetime", "then", "ex-": a title no longer held
    state: re.Pattern[str]  # a state's name inside a title: "former Minnesota attorney general"
    place_after: re.Pattern[str]  # "in Bismarck", "at St. Paul": where an event happened
    not_place: frozenset[str]  # a month or a determiner opening the capitalised words after "in" (lower case)
    places: frozenset[str]  # U.S. states and countries, written out: a place even when the registry lacks it
    members: dict[str, str]  # a party's name -> what a member is called: Democratic -> Democrat
    office: re.Pattern[str]  # the office a title is of: "Secretary of Homeland Security", "Undersecretary for North America"
    name_before: re.Pattern[str]  # one or two capitalised words ending right before a name: "the Nevada| Governor's Task Force"
    local: re.Pattern[str]  # a county's or a parish's name: "Curry County", "St. Tammany Parish"


@per_lexicon
def _words(lex: Lexicon) -> _Words:
    past = alternation(m.word for m in lex.modifiers if m.kind == "past")
    states = alternation(s.name for s in lex.states)
    before_place = alternation(a.form for a in lex.abbreviations if "place" in a.tags)
    return _Words(
        past=re.compile(rf"(?<!\w)(?:{past})(?!\w)", re.I),
        state=re.compile(rf"\b({states})\b"),
        place_after=re.compile(rf"\b(?:{alternation(lex.words('place-in'))})\s+((?:(?:{before_place})\s+)?(?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){{0,2}})"),
        not_place=frozenset({f.rstrip(".").lower() for m in lex.months for f in m.forms} | lex.words("place-opener")),
        places=frozenset({s.name for s in lex.states} | {n for c in lex.countries for n in (c.name, *c.aliases)}),
        members={p.name: p.member for p in lex.parties},
        name_before=re.compile(r"(?:^|\s)([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+$"),
        office=re.compile(rf"\b(?:{alternation(lex.words('title-qualifier'))})\s+(?:the\s+)?(?P<office>[^,;()]+)"),
        local=re.compile(r"\b((?:[A-Z][a-z]+\.?\s+){1,2}(?:County|Parish|Borough))\b"),
    )


def _attribute_values(entity: Entity, names: tuple[str, ...]) -> list[str]:
    return [a.value for a in entity.attributes if a.attribute in names]


def _member(party: str, lex: Lexicon | None) -> str:
    return _words(lex).members.get(party, party)


def _heads(text: str, lex: Lexicon | None) -> frozenset[str]:
    """The heads of the titles in `text`: a title the detector found, or a title or role the registry
    holds. Never running prose: the lexicon matches titles in any case ("in general" would be General)."""
    return frozenset((lexicon() if lex is None else lex).title_heads(text))


def _person_checks(facts: SentenceFacts, index: ClaimIndex, lex: Lexicon | None) -> list[Verdict]:
    verdicts = []
    for mention in facts.entities:
        ref = mention.value
        if len(ref.ids) != 1:
            continue
        entity = index.corpus.entities.get(ref.ids[0])
        if entity is None or entity.type != "person":
            continue
        parties = _attribute_values(entity, ("party",))
        if ref.party and parties and ref.party not in parties:
            start, end = ref.party_span
            written_party = facts.text[start:end]
            verdicts.append(
                _wrong(
                    start,
                    end,
                    written_party,
                    parties[0][0] if len(written_party.split("-")[0]) == 1 else _member(parties[0], lex),
                    f"{entity.name} is a {_member(parties[0], lex)}, not a {_member(ref.party, lex)}",
                    _claims_for(entity, "party", index),
                )
            )
        states = _attribute_values(entity, ("state",))
        if ref.state and states and ref.state not in states:
            start, end = ref.state_span
            verdicts.append(
                _wrong(
                    start, end, facts.text[start:end], states[0], f"{entity.name} represents {states[0]}, not {ref.state}", _claims_for(entity, "state", index)
                )
            )
        if ref.title:
            held = _attribute_values(entity, ("title", "role"))
            held_heads = frozenset().union(*(_heads(v, lex) for v in held))
            written = _heads(ref.title, lex)
            if held_heads and written and not written & held_heads:
                start, end = ref.title_span
                shown = "; ".join(held[:2])
                # the held title nearest the written one is the fix: "Chair" -> "Minority Vice Chair", not "Senator"
                drafted = set(ref.title.lower().split())
                nearest = max(held, key=lambda v: len(drafted & set(v.lower().split())))
                verdicts.append(
                    _wrong(start, end, ref.title, nearest, f"the sources give {entity.name} as {shown}, not {ref.title}", _claims_for(entity, "title", index))
                )
            elif written:
                wrong_office = _office_check(ref, entity, held, written, index, lex)
                verdicts.extend([wrong_office] if wrong_office else _role_checks(facts, ref, entity, written, index, lex))
    return verdicts


def _office(title: str, lex: Lexicon | None) -> frozenset[str]:
    """The words of the office a title is of: "Undersecretary for North America, Mexican Foreign Ministry"
    -> {north, america}; none for a title of no office ("Senator")."""
    found = _words(lex).office.search(title)
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
    return _wrong(start, end, ref.title or "", right, f"the sources give {entity.name} as {right}, not {ref.title}", _claims_for(entity, "title", index))


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
            _wrong(
                start,
                end,
                drafted_state.group(1),
                held_states[0],
                f"the sources give {entity.name} as {attr.value}, not {ref.title}",
                attribute_claim(entity, attr),
            )
        )
    wrong_place = _local_check(ref, entity, same, index)
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
                _wrong(
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
                _wrong(
                    start,
                    end,
                    ref.title,
                    f"former {ref.title}",
                    f"{entity.name} was {attr.value} {known}: at the draft's date ({now}) a former one",
                    attribute_claim(entity, attr),
                )
            )
    return verdicts


def _local_check(ref: EntityRef, entity: Entity, same: list[Attribute], index: ClaimIndex) -> Verdict | None:
    """The county a title is of: "Curry County Emergency Manager" for the Emergency Manager of Coos County,
    named in the held title or by the body that published it ("Coos County Emergency Management")."""
    words = _words(None)
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
    return _wrong(start, start + len(drafted.group(1)), drafted.group(1), right, message, attribute_claim(entity, attr))


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


def _wrong(start: int, end: int, found: str, expected: str, message: str, claims: tuple[Claim, ...]) -> Verdict:
    """An entity error on the sentence's span [start, end)."""
    return Verdict("entity", True, start, end, found, expected, message, claims)


def attribute_claim(entity: Entity, attr: Attribute) -> tuple[Claim, ...]:
    """An attribute's evidence, as a pseudo-claim the reporters can cite; () when it has none."""
    if not attr.provenance:
        return ()
    claim = Claim(
        id=f"{entity.id}#{attr.attribute}",
        kind="fact",
        statement=f"{entity.name}: {attr.attribute} {attr.value}",
        provenance=attr.provenance,
        entities=(entity.id,),
        path=entity.path,
        line=attr.line,
    )
    return (claim,)


def _claims_for(entity: Entity, attribute: str, index: ClaimIndex) -> tuple[Claim, ...]:
    """The evidence of the entity's `attribute` (a title's is a title's or a role's)."""
    for attr in entity.attributes:
        if (attr.attribute == attribute or (attribute == "title" and attr.attribute == "role")) and attr.provenance:
            return attribute_claim(entity, attr)
    return ()


def _place_ids(name: str, index: ClaimIndex) -> set[str]:
    found = set(index.names.by_alias.get(name, ()))
    return found or {normalize(name)}


def _within(place: str, other: str, index: ClaimIndex) -> bool:
    """Is `place` (an id) inside or the same as `other`, per the registry's location attributes?"""
    seen, todo = set(), [place]
    while todo:
        current = todo.pop()
        if current == other:
            return True
        if current in seen:
            continue
        seen.add(current)
        entity = index.corpus.entities.get(current)
        if entity:
            for attr in entity.attributes:
                if attr.attribute == "location":
                    todo.extend(_place_ids(attr.value, index))
    return False


def _place_checks(facts: SentenceFacts, index: ClaimIndex, lex: Lexicon | None) -> list[Verdict]:
    verdicts = []
    words = _words(lex)
    for match in words.place_after.finditer(facts.text):
        name = match.group(1)
        if name.split()[0].lower() in words.not_place:
            continue  # "in September", "in Sept.", "at The ...": a date or an article, not a place
        drafted = _place_ids(name, index)
        if not _is_known_place(name, drafted, index, words.places) and not _looks_like_place_name(name, facts.text, index):
            continue  # "Trafficking in Persons": capitalised words after "in" that name no place we know
        for cand in facts.candidates:
            if cand.coverage < TOPIC + 0.1 or not cand.card.places:
                continue
            places = cand.card.places
            if _names_place(facts.text, places[0], index):
                break  # the sentence names the claim's place too: "in Nigeria; ... in Mexico" is two events
            if any(d == p or _within(d, p, index) or _within(p, d, index) for d in drafted for p in places):
                break
            if any(_kind_of(d, index) not in ("place", None) for d in drafted):
                break  # "in Congress", "at the Senate": a body, not a place
            right = places[0]
            entity = index.corpus.entities.get(right)
            shown = entity.name if entity else right
            verdicts.append(
                Verdict("entity", True, match.start(1), match.end(1), name, shown, f"the sources place this in {shown}, not {name}", (cand.card.claim,))
            )
            break
    return verdicts


def _is_known_place(name: str, drafted: set[str], index: ClaimIndex, places: frozenset[str]) -> bool:
    return name in places or any(_kind_of(d, index) is not None for d in drafted)


def _looks_like_place_name(name: str, text: str, index: ClaimIndex) -> bool:
    """'in Bismarck' in running prose, not 'Trafficking in Persons' in a title-case heading."""
    words = [w for w in re.findall(r"[A-Za-z]+", text) if len(w) > 3]
    if words and sum(w[0].isupper() for w in words) / len(words) > 0.6:
        return False
    lowered = set(re.findall(r"\b[a-z]+\b", text))
    return not any(w.lower() in index.common_words or w.lower() in lowered for w in name.split())


def _names_place(text: str, place: str, index: ClaimIndex) -> bool:
    entity = index.corpus.entities.get(place)
    names = (entity.name, *entity.aliases) if entity else (place,)
    return any(re.search(rf"\b{re.escape(n)}\b", text) for n in names if n)


def _kind_of(entity_id: str, index: ClaimIndex) -> str | None:
    entity = index.corpus.entities.get(entity_id)
    return entity.type if entity else None


def _body_place_checks(facts: SentenceFacts, index: ClaimIndex, lex: Lexicon | None) -> list[Verdict]:
    """A body named by the end of its name, after another place than the one its name begins with: "the
    Nevada Governor's Task Force on Human Trafficking" for the Arizona Governor's Task Force."""
    words = _words(lex)
    verdicts = []
    for mention in facts.entities:
        ref = mention.value
        entity = index.corpus.entities.get(ref.ids[0]) if len(ref.ids) == 1 else None
        if entity is None or entity.type == "person" or not entity.name.endswith(ref.name) or entity.name == ref.name:
            continue
        own = entity.name[: -len(ref.name)].strip()
        window = max(0, mention.start - 30)
        before = words.name_before.search(facts.text[window : mention.start])
        if not before or own not in words.places or before.group(1) not in words.places or before.group(1) == own:
            continue
        start = window + before.start(1)
        verdicts.append(
            _wrong(
                start,
                start + len(before.group(1)),
                before.group(1),
                own,
                f"the sources name it the {entity.name}, not the {before.group(1)} {ref.name}",
                _entity_claims(entity, index),
            )
        )
    return verdicts


def _entity_claims(entity: Entity, index: ClaimIndex) -> tuple[Claim, ...]:
    """The claims that name the entity, for a finding's evidence (the first few)."""
    return tuple(index.cards[i].claim for i in index.postings.get("@" + entity.id, ())[:3])


def compare(facts: SentenceFacts, index: ClaimIndex, *, lex: Lexicon | None = None) -> list[Verdict]:
    """`lex`: the lexicon whose title heads, past markers, states and months to read (the shipped one by default)."""
    return _person_checks(facts, index, lex) + _place_checks(facts, index, lex) + _body_place_checks(facts, index, lex)
