"""Who a sentence names and who said its quotations: first names alone, names the registry lacks, a
transcript's speaker label, "she" and "the senator", "you" in a letter, a block quote's unmarked words.

Read by facts.sentence_facts, which carries `last_person` (the people named so far) across sentences.
"""

from __future__ import annotations

import dataclasses
import re

from factcheck.compare.quotes import match as match_quote
from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import lexicon
from factcheck.memo import Memo
from factcheck.mentions import names, quotes
from factcheck.mentions.name_patterns import along_before
from factcheck.mentions.names import EntityRef
from factcheck.model import Mention
from factcheck.textutil import CREDIT_DASH, from_capitals

# "She" may be any of the last few people named: "At three hearings, she questioned Secretary Jeh Johnson.
# She has called the program ..." is Ayotte, not the secretary named last.
PRONOUN_REACH = 3


_VOCATIVE = re.compile(r"\s*,\s*")  # "Mr. Oyelaran, you said": a name, a comma, then "you"
# where a name called on stands: a clause's start, maybe after a title ("Q: Mr. Oyelaran, you said"; not "When you
# spoke with Director Tolliver, you said")
_CLAUSE_START = re.compile(r"(?:^|[.:;!?])[\s*_>\"“]*(?:[A-Z][\w.]*\s+)?\Z")


def _referents(words: str, last_person: list[str], index: ClaimIndex) -> tuple[str, ...]:
    """Who "she" or "the senator" may be: for a title, the last one who holds it; for a pronoun, the last
    few people named, the latest first."""
    if words.lower().removeprefix("the ") != words.lower():
        return (_referent(words, last_person, index),)
    return tuple(dict.fromkeys(reversed(last_person)))[:PRONOUN_REACH]


def _referent(words: str, last_person: list[str], index: ClaimIndex) -> str:
    """Who "she" or "the senator" is: the last person named, or for a title the last one who holds it."""
    title = words.lower().removeprefix("the ")
    if title != words.lower():
        for person in reversed(last_person):
            entity = index.corpus.entities.get(person)
            held = [a.value.lower() for a in entity.attributes if a.attribute in ("title", "role")] if entity else []
            if any(title in value for value in held):
                return person
    return last_person[-1]


# "Letter urging Attorney General Eric Holder to take an "all hands on deck" approach": the one asked to do it, not
# the one who said it
_ASKED_TO = re.compile(r"\s+to\s+[a-z]+\b")


LABEL = re.compile(quotes.SCRIPT_LABEL.pattern + r"\s")  # the label, then the line's words


def _script_label(text: str, index: ClaimIndex) -> tuple[tuple[int, int], tuple[str, ...], str] | None:
    """The person a line's capitalised speaker label names ("HEITKAMP (SOT):", "SEN. KLOBUCHAR:"), by span."""
    label = LABEL.match(text)
    if label is None:
        return None
    for part in ("label", "inner"):  # "HEITKAMP (SOT):", and "SOT (HEITKAMP):" as some scripts write it
        if not label.group(part):
            continue
        written = from_capitals(label.group(part))
        people = [m for m in names.detect(written, index.names) if index.names.types.get(m.value.ids[0]) == "person"]
        if len(people) == 1 and len(people[0].value.ids) == 1:
            return label.span(part), people[0].value.ids, "label"
    return None


# After a line's opening name, before its colon: a short qualifier ("Klobuchar, before the Mexico trip:"), no quotation.
_LEAD_COLON = re.compile(r"(?:\s*,\s*[^:\"“”,]{1,50})?\s*:\s")


def _lead_name(text: str, people: list[Mention], at: int, index: ClaimIndex) -> tuple[tuple[int, int], tuple[str, ...], str] | None:
    """The person whose name opens the line, before a colon and the quotation at `at`: a talking point's or a slide's
    'Klobuchar, before the Mexico trip: heroin use "has recently increased ..."'."""
    first = people[0] if people else None
    if first is None or text[: first.start].strip(" *_-•>") or len(first.value.ids) != 1 or index.names.types.get(first.value.ids[0]) != "person":
        return None
    colon = _LEAD_COLON.match(text, first.end)
    if colon is None or colon.end() > at:
        return None
    return (first.start, first.end), first.value.ids, "label"


def _of_state(words: str, index: ClaimIndex) -> str | None:
    """ "the Minnesota senator", "the Minnesota Democrat": the one person of the registry who holds that title, or
    is of that party, for that state."""
    lex = lexicon()
    parts = words.split()
    if len(parts) < 3 or parts[0].lower() != "the":
        return None
    state = lex.state_name(" ".join(parts[1:-1]))
    head = lex.title_head(parts[-1])
    party = lex.party_name(parts[-1]) if head is None and parts[-1][:1].isupper() else None
    if state is None or (head is None and party is None):
        return None
    found = [
        e.id
        for e in index.corpus.entities.values()
        if e.type == "person"
        and any(a.attribute == "state" and a.value == state for a in e.attributes)
        and (
            any(head in lex.title_heads(a.value) for a in e.attributes if a.attribute in ("title", "role"))
            if head
            else any(a.attribute == "party" and lex.party_name(a.value) == party for a in e.attributes)
        )
    ]
    return found[0] if len(found) == 1 else None


# "Kristen Bear said": a person the registry does not know can still be the one a draft credits. Its words are a
# blank or two apart: three are a bold line's end ("**Deb Halvorsen · Aspen Road**" over "Jerome said ...").
_NAME_LIKE = re.compile(r"\b[A-Z][a-z]+(?:\s{1,2}[A-Z]\.)?(?:\s{1,2}(?:Mc|Mac|O')?[A-Z][a-z'’-]+){1,2}\b")
_NOT_FIRST_NAMES = frozenset(word.capitalize() for word in lexicon().words("not-first-name"))


def _unknown_names(text: str, known: list[Mention]) -> list[tuple[int, int]]:
    spans = []
    for match in _NAME_LIKE.finditer(text):
        start, end = match.span()
        if match.group(0).split()[0] in _NOT_FIRST_NAMES or any(m.start < end and start < m.end for m in known):
            continue
        spans.append((start, end))
    return spans


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def first_names(text: str, known: list[Mention], last_person: list[str], index: ClaimIndex) -> list[Mention]:
    """ "Cindy summed it up": a first name alone is the person the draft has already named in full with
    it, when exactly one such person has that first name (issue 11, names), or one the sentence names by a surname
    that person shares ("Westbrook disclosure: sister Sandra teaches ..."). The registry does not list first names as
    aliases: "Amy" alone could be any Amy."""
    given: dict[str, set[str]] = {}
    for person in [*last_person, *(i for m in known for i in m.value.ids if len(m.value.ids) > 1)]:
        entity = index.corpus.entities.get(person)
        if entity is not None and " " in entity.name:
            given.setdefault(entity.name.split()[0], set()).add(person)
    if not given:
        return []
    out = []
    for match in _CAPITALISED.finditer(text):
        ids = given.get(match.group(0))
        if ids is None or len(ids) != 1 or any(m.start < match.end() and match.start() < m.end for m in known):
            continue
        out.append(Mention("entity", match.start(), match.end(), match.group(0), EntityRef(tuple(ids), match.group(0))))
    return out


# Per name index: the given names that exactly one person of the registry has ("Heidi" -> heidi-heitkamp).
_GIVEN: Memo[str, dict[str, str]] = Memo(1)


def _given_names(index: ClaimIndex) -> dict[str, str]:
    def make() -> dict[str, str]:
        seen: dict[str, set[str]] = {}
        for entity in index.corpus.entities.values():
            if entity.type == "person" and " " in entity.name:
                seen.setdefault(entity.name.split()[0], set()).add(entity.id)
        return {name: next(iter(ids)) for name, ids in seen.items() if len(ids) == 1 and len(name) > 2}

    return _GIVEN.get((index.corpus,), "", make)


def _registry_given_names(text: str, known: list[Mention], index: ClaimIndex) -> dict[tuple[int, int], str]:
    """The given names alone in `text` that one registry person has, by span: a quotation's speaker may be
    named so ("Heidi added"), and is taken for that person only when the sources have the quotation."""
    given = _given_names(index)
    out = {}
    for match in _CAPITALISED.finditer(text):
        person = given.get(match.group(0))
        if person is not None and not any(m.start < match.end() and match.start() < m.end for m in known):
            out[match.span()] = person
    return out


def seated(
    text: str, found: list[Mention], seats: tuple[tuple[int, int, str], ...], homes: tuple[tuple[int, int, str], ...], index: ClaimIndex
) -> list[Mention]:
    """A table row's person with the seat its "Ward" column gives ("| 2 | Calvin Brooks |"), as "Calvin Brooks (Ward 2)"
    would: the one person of the row, when the row has one seat; and with the home its "Home town" column gives."""
    people = [k for k, m in enumerate(found) if len(m.value.ids) == 1 and index.names.types.get(m.value.ids[0]) == "person"]
    if len(people) == 1 and len(homes) == 1 and not found[people[0]].value.home:
        # "| Thomas Waite | Petoskey |" under "Home town": as "Thomas Waite of Petoskey" would
        (start, end, _), k = homes[0], people[0]
        ref = dataclasses.replace(found[k].value, home=text[start:end].strip(), home_span=(start, start + len(text[start:end].strip())))
        found = [*found[:k], dataclasses.replace(found[k], value=ref), *found[k + 1 :]]
    if len(people) != 1 or len(seats) != 1 or found[people[0]].value.district:
        return found
    (start, end, head), k = seats[0], people[0]
    number = text[start:end].strip(" .)")
    ref = dataclasses.replace(found[k].value, district=f"{head} {number}", district_span=(start, start + len(number)))
    return [*found[:k], dataclasses.replace(found[k], value=ref), *found[k + 1 :]]


# How close a block quote's sentence must come to a source's quotation to be read as quoting it.
BLOCK_QUOTE = 75.0


def _block_quotation(text: str, index: ClaimIndex, people: list[Mention]) -> list[Mention]:
    """A block quote's sentence, with no quotation marks of its own, as a quotation when it is one of the
    sources' quotations or close to one ("> ... can carry those droplets across several blocks."): then a
    changed word is a misquote. Any other block quote (a document's words, an epigraph) stays prose. A dash and a
    name ending it ("... trafficking. — Cindy McCain") credit the words, and are none of them."""
    label = LABEL.match(text)
    # "> **KLOBUCHAR:** Pretty soon ...": a transcript's speaker label is who speaks, not the words spoken
    start = label.end() if label else 0
    lead = start + len(text[start:]) - len(text[start:].lstrip())
    credit = _CREDIT_TAIL.search(text, lead)
    end = credit.start() if credit else len(text)
    words = text[lead:end].strip()
    found = match_quote(words, index)
    if found is None or not found.exact and found.score < BLOCK_QUOTE:
        return []
    who = next((m for m in people if credit and credit.start("who") <= m.start < credit.end("who")), None)
    speaker = (who.start, who.end) if who else None
    quotation = quotes.Quotation(words, lead, lead + len(words), speaker, text[who.start : who.end] if who else None, "block" if who is None else "after")
    return [Mention("quote", lead, lead + len(words), words, quotation)]


# "... trafficking. — Cindy McCain", "— Sen. Klobuchar, delegation announcement": a block quote's credit
_CREDIT_TAIL = re.compile(rf"\s+{CREDIT_DASH}\s*(?P<who>(?:[A-Z][\w.’'-]*\s+){{0,4}}[A-Z][\w.’'-]*)\s*(?:,[^\n—–]{{0,80}})?\s*\Z")


def quotations(
    text: str,
    found_names: list[Mention],
    people: list[Mention],
    last_person: list[str],
    index: ClaimIndex,
    *,
    quoted: bool,
    row: bool,
    said_before: tuple[str, ...] | None,
    addressee: str | None,
) -> tuple[list[Mention], list[tuple[str, ...] | None]]:
    """The sentence's quotations and, for each, the ids of who said it (None: no one the sentence or its context
    names). The arguments are sentence_facts' own."""
    lone_given = _registry_given_names(text, found_names, index)
    found_quotes = quotes.detect(text, sorted([(m.start, m.end) for m in people] + _unknown_names(text, found_names) + list(lone_given)))
    if quoted and not found_quotes:
        found_quotes = _block_quotation(text, index, people)
    speakers: list[tuple[str, ...] | None] = []
    for mention in found_quotes:
        span = mention.value.speaker
        ids: tuple[str, ...] | None = None
        if span:
            named = [m for m in people if m.start == span[0]]
            if named:
                ids = named[0].value.ids
            elif (mention.value.speaker_text or "").lower() in quotes.ADDRESSEE:
                # "you said": whom a letter is to, or the one the sentence calls on by name ("Mr. Oyelaran, you said")
                called = [m for m in people if m.end <= span[0] and _VOCATIVE.fullmatch(text, m.end, span[0]) and _CLAUSE_START.search(text, 0, m.start)]
                ids = called[-1].value.ids if called else (addressee,) if addressee else None
            elif of_state := _of_state(mention.value.speaker_text or "", index):
                ids = (of_state,)  # "the Minnesota senator": the one of that state
            elif (
                mention.value.speaker_text
                and mention.value.speaker_text.lower() in quotes.PRONOUNS
                and (known := last_person + [m.value.ids[0] for m in people if m.end <= span[0] and len(m.value.ids) == 1])
            ):
                # "Chief Denise Okafor was careful: "...," she said.": the people this sentence named before it, first
                ids = _referents(mention.value.speaker_text, known, index)
            elif (span[0], span[1]) in lone_given and match_quote(mention.value.words, index) is not None:
                # '"...," Heidi added.' of a quotation the sources have: the one person of the registry so called
                ids = (lone_given[(span[0], span[1])],)
        said_by = None
        unnamed = mention.value.how == "as"  # 'As the superintendent put it, "..."': not the turn's speaker's own words
        if ids is None and span is None and not unnamed:
            # 'HEITKAMP (SOT): "..."': a script's or transcript's speaker label; 'Klobuchar, before the trip: heroin use
            # "..."': a line's opening name
            said_by = _script_label(text, index) or _lead_name(text, people, mention.start, index)
        if ids is None and said_by is None and row:
            # "| Jesus Murillo Karam | Mexican Attorney General | "..." |": the one person the row names before its quotation
            earlier = [
                # "| Mexico delegation with Sen. Klobuchar | ... | Called trafficking "..." |": one who went along is no row's person
                m
                for m in people
                if m.end <= mention.start and index.names.types.get(m.value.ids[0]) == "person" and not along_before(None).search(text, 0, m.start)
            ]
            if len({m.value.ids for m in earlier}) == 1 and not _ASKED_TO.match(text, earlier[-1].end):
                said_by = (earlier[0].start, earlier[0].end), earlier[0].value.ids, "row"
        if ids is None and said_by is None and span is None and said_before and not unnamed and quotes.stands_alone(text, mention.start, mention.end):
            # '"For twelve days, ...," Castellano said. "The least we can do is ..."': the quotation goes on
            ids = said_before
        if said_by is not None:
            (at, end), ids, how = said_by
            quotation = dataclasses.replace(mention.value, speaker=(at, end), speaker_text=text[at:end], how=how)
            found_quotes[len(speakers)] = dataclasses.replace(mention, value=quotation)
        speakers.append(ids)
    return found_quotes, speakers
