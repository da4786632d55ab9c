"""Compare what a sentence says about a person or place with the entity registry and events.

Party and state tags ("(D-S.D.)", "of Minnesota", "North Dakota Sen."), the title a sentence
gives a person (judged in compare/titles.py), where an event happened ("in Bismarck" when the
sources say Fargo), and the place a body's name begins with.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from factcheck.compare import TOPIC, SentenceFacts, Verdict
from factcheck.compare.registry import attribute_claim, attribute_values, claims_for, place_ids, within, wrong
from factcheck.compare.titles import title_checks
from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.mentions import names
from factcheck.model import Claim, Entity


class _Words(NamedTuple):
    """What this comparer reads from a lexicon, compiled once per lexicon."""

    place_after: re.Pattern[str]  # "in Bismarck", "at St. Paul": where an event happened
    not_place: frozenset[str]  # a month, an honorific or a determiner opening the capitalised words after "in" (lower case)
    places: frozenset[str]  # U.S. states and countries, written out: a place even when the registry lacks it
    members: dict[str, str]  # a party's name -> what a member is called: Democratic -> Democrat
    name_before: re.Pattern[str]  # one or two capitalised words ending right before a name: "the Nevada| Governor's Task Force"
    state_after: re.Pattern[str]  # the state after a town's name: "Columbus|, Georgia", "Columbus|, Ga."
    based: re.Pattern[str]  # "based in", "headquartered at": the home of a firm or a body, no event's place, before its "in"
    place_in: str  # the words before a place, as an alternation: "in", "at"


@per_lexicon
def _words(lex: Lexicon) -> _Words:
    before_place = alternation(a.form for a in lex.abbreviations if "place" in a.tags)
    return _Words(
        place_after=re.compile(rf"\b(?:{alternation(lex.words('place-in'))})\s+((?:(?:{before_place})\s+)?(?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){{0,2}})"),
        not_place=frozenset(
            {f.rstrip(".").lower() for m in lex.months for f in m.forms}
            | {f.rstrip(".").lower() for f in lex.title_forms(use=("honorific",))}  # "at Mrs. McCain's invitation"
            | lex.words("place-opener")
        ),
        places=frozenset({s.name for s in lex.states} | {n for c in lex.countries for n in (c.name, *c.aliases)}),
        members={p.name: p.member for p in lex.parties},
        name_before=re.compile(r"(?:^|\s)([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+$"),
        state_after=re.compile(r",\s+([A-Z][a-z]*\.?(?:\s[A-Z][a-z]*\.?)?|[A-Z]{2})\b\.?"),
        based=re.compile(rf"\b(?:{alternation(lex.words('based-word'))})\s+\Z", re.I),
        place_in=alternation(lex.words("place-in")),
    )


def _member(party: str, lex: Lexicon | None) -> str:
    return _words(lex).members.get(party, party)


def _person_checks(facts: SentenceFacts, index: ClaimIndex, lex: Lexicon | None) -> list[Verdict]:
    verdicts = []
    for mention in facts.entities:
        ref = mention.value
        if len(ref.ids) != 1:
            continue
        entity = index.corpus.entities.get(ref.ids[0])
        if entity is None or entity.type not in ("person", "organization"):
            continue  # a firm has a town too: "Halvorsen Pipe & Excavation of Bay City"
        parties = attribute_values(entity, ("party",))
        if ref.party and parties and ref.party not in parties:
            start, end = ref.party_span
            written_party = facts.text[start:end]
            verdicts.append(
                wrong(
                    start,
                    end,
                    written_party,
                    parties[0][0] if len(written_party.split("-")[0]) == 1 else _member(parties[0], lex),
                    f"{entity.name} is {_article(_member(parties[0], lex))}, not {_article(_member(ref.party, lex))}",
                    claims_for(entity, "party", index),
                )
            )
        states = attribute_values(entity, ("state",))
        if ref.state and states and ref.state not in states:
            start, end = ref.state_span
            verdicts.append(
                wrong(
                    start, end, facts.text[start:end], states[0], f"{entity.name} represents {states[0]}, not {ref.state}", claims_for(entity, "state", index)
                )
            )
        districts = attribute_values(entity, ("district",)) + _tag_seats(entity, lexicon() if lex is None else lex)
        if ref.district and ref.district_span and districts and ref.district.lower() not in {d.lower() for d in districts}:
            start, end = ref.district_span
            message = f"the sources give {entity.name} as of {districts[0]}, not {ref.district}"
            verdicts.append(wrong(start, end, facts.text[start:end], districts[0], message, claims_for(entity, "district", index)))
        homes = _homes(entity, lexicon() if lex is None else lex)
        towns = attribute_values(entity, ("home",))
        if ref.home and ref.home_span and (homes or towns) and not any(_same_town(ref.home, h) for h in [*homes, *towns]):
            start, end = ref.home_span
            right = (homes or towns)[0]
            message = f"the sources give {entity.name} as from {right}, not {ref.home}"
            verdicts.append(wrong(start, end, facts.text[start:end], right, message, claims_for(entity, "party" if homes else "home", index)))
        if ref.title:
            verdicts.extend(title_checks(facts, ref, entity, index, lex))
    return verdicts


def _same_town(drafted: str, held: str) -> bool:
    """ "Linden Grove" is the sources' "Linden Grove Township", and back: one's words hold the other's."""
    mine, theirs = set(drafted.lower().split()), set(held.lower().split())
    return mine <= theirs or theirs <= mine


def _tag_places(entity: Entity) -> list[str]:
    """What a legislator's party tags give after the party's letter: "D-Royal Oak" -> Royal Oak, "R-District 3"."""
    return [attr.as_written.split("-", 1)[1].strip(" ()") for attr in entity.attributes if attr.attribute == "party" and "-" in attr.as_written]


def _homes(entity: Entity, lex: Lexicon) -> list[str]:
    """The towns a legislator's party tags give ("D-Royal Oak" -> Royal Oak); a state or a district is none."""
    districts = {w.lower() for w in lex.words("district-word")}
    return [place for place in _tag_places(entity) if place and lex.state_name(place) is None and place.split()[0].lower() not in districts]


def _tag_seats(entity: Entity, lex: Lexicon) -> list[str]:
    """The seats a legislator's party tags give ("R-District 3" -> District 3, "D-88th District" -> District 88)."""
    return [names.seat_label(place) for place in _tag_places(entity) if names.is_seat(place, lex)]


def _place_checks(facts: SentenceFacts, index: ClaimIndex, lex: Lexicon | None) -> list[Verdict]:
    verdicts = []
    words = _words(lex)
    for match in words.place_after.finditer(facts.text):
        name = match.group(1)
        if name.split()[0].lower() in words.not_place:
            continue  # "in September", "in Sept.", "at The ...": a date or an article, not a place
        if re.match(r"\s+[A-Z]", facts.text[match.end(1) :]):
            continue  # "at Slate Creek Peaking Station": a longer name than a place's, read only in part
        drafted = place_ids(name, index)
        if not _is_known_place(name, drafted, index, words.places) and not _looks_like_place_name(name, _cell(facts.text, match.start(1)), index):
            continue  # "Trafficking in Persons": capitalised words after "in" that name no place we know
        close = [c for c in facts.candidates if c.coverage >= TOPIC + 0.1]
        if any(_names_place(c.card.claim.statement, name, index) or _names_place(c.card.evidence, name, index) for c in close):
            continue  # "at next year's Super Bowl in Arizona": a claim as close as the one placed elsewhere has it
        # "a company based in Cedar Rapids" is where the firm is, held only against the place a claim says a firm or
        # a body is based in; "the board meeting in Carver Falls" against where things happened, not against the
        # "private company based in Davenport" of a claim about that meeting
        home = words.based.search(facts.text, max(0, match.start() - 20), match.start()) is not None
        for cand in close:
            places = tuple(p for p in cand.card.places if _based_in(cand.card.evidence, p, index, words) == home)
            if not places:
                continue
            if _names_place(facts.text, places[0], index):
                break  # the sentence names the claim's place too: "in Nigeria; ... in Mexico" is two events
            if any(d == p or within(d, p, index) or within(p, d, index) for d in drafted for p in places):
                break
            if _names_place(cand.card.claim.statement, name, index) or _names_place(cand.card.evidence, name, index):
                break  # "In Minneapolis, Heitkamp met with groups ... in Indian Country": the claim has both places
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


def _cell(text: str, at: int) -> str:
    """The table cell of a row's text that holds offset `at` (the row's pipes are blanks in prose); prose is one cell.
    A cell of title-case words ("Former top prosecutor in Ramsey County") is no heading."""
    start = max((m.end() for m in _CELLS.finditer(text, 0, at)), default=0)
    end = next((m.start() for m in _CELLS.finditer(text, at)), len(text))
    return text[start:end]


_CELLS = re.compile(r"\s{3,}")


def _looks_like_place_name(name: str, text: str, index: ClaimIndex) -> bool:
    """'in Bismarck' in running prose, not 'Trafficking in Persons' in a title-case heading: the words besides the place's
    own and the first are mostly in lower case."""
    words = [w for w in re.findall(r"[A-Za-z]+", text.replace(name, " "))[1:] if len(w) > 3]
    if words and sum(w[0].isupper() for w in words) / len(words) > 0.6:
        return False
    lowered = set(re.findall(r"\b[a-z]+\b", text))
    return not any(w.lower() in index.common_words or w.lower() in lowered for w in name.split())


def _names_place(text: str, place: str, index: ClaimIndex) -> bool:
    entity = index.corpus.entities.get(place)
    if entity is None:  # a place the claims give by a key of its lower-cased words ("mexican border")
        return re.search(rf"\b{re.escape(place)}\b", text, re.I) is not None
    return any(re.search(rf"\b{re.escape(n)}\b", text) for n in (entity.name, *entity.aliases) if n)


def _based_in(evidence: str, place: str, index: ClaimIndex, words: _Words) -> bool:
    """The claim writes the place as a firm's or a body's home: "a private company based in Davenport"."""
    entity = index.corpus.entities.get(place)
    names = (entity.name, *entity.aliases) if entity else (place,)
    for name in names:
        for found in re.finditer(rf"\b(?:{words.place_in})\s+{re.escape(name)}\b", evidence, re.I) if name else ():
            if words.based.search(evidence, max(0, found.start() - 20), found.start()):
                return True
    return False


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
            wrong(
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
    return _person_checks(facts, index, lex) + _place_checks(facts, index, lex) + _body_place_checks(facts, index, lex) + _town_state_checks(facts, index, lex)


def _town_state_checks(facts: SentenceFacts, index: ClaimIndex, lex: Lexicon | None) -> list[Verdict]:
    """A town of the registry put in another state: "Columbus, Georgia" when the sources have Columbus, Ohio."""
    known = lexicon() if lex is None else lex
    verdicts = []
    for mention in facts.entities:
        place = index.corpus.entities.get(mention.value.ids[0]) if len(mention.value.ids) == 1 else None
        if place is None or place.type != "place":
            continue
        held = [a for a in place.attributes if a.attribute == "location" and known.state_name(a.value)]
        after = _words(lex).state_after.match(facts.text, mention.end)
        written = after.group(1) if after else ""
        drafted = known.state_name(written.rstrip("."))
        if drafted != written and not written.endswith(".") and not written.isupper():
            drafted = None  # "Columbus, In 2020 ...": a capitalised word after a comma, not Indiana's code
        if not held or after is None or drafted is None or drafted in {known.state_name(a.value) for a in held}:
            continue
        start, end = after.start(1), after.end(1)
        message = f"the sources place {place.name} in {held[0].value}, not {drafted}"
        verdicts.append(wrong(start, end, facts.text[start:end], held[0].value, message, attribute_claim(place, held[0])))
    return verdicts


def _article(word: str) -> str:
    """ "a Republican", "an Independent"."""
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word}"
