"""Detect and retrieve: one sentence -> SentenceFacts (its dates, figures, names, quotations, and the claims it may be about).

The detectors run in a fixed order, each masking what the one before took (a date's digits
are no figure); names give the quotations their speakers, and pronouns ("she", "the
senator") are resolved to the last people named, which the caller carries across sentences.
"""

from __future__ import annotations

import dataclasses
import re

from factcheck.compare import SentenceFacts
from factcheck.compare.cited import cited_source
from factcheck.compare.quotes import match as match_quote
from factcheck.compare.quotes import match_document
from factcheck.corpus.index import ClaimIndex, identifier_keys
from factcheck.frames import covered, frame_of
from factcheck.lexicon import alternation, lexicon
from factcheck.memo import Memo
from factcheck.mentions import dates, names, numbers, quotes
from factcheck.mentions.names import EntityRef
from factcheck.model import DateSpan, Mention
from factcheck.retrieve import Candidate, candidates, keys_for, with_field_value
from factcheck.segment import FIELD
from factcheck.textutil import content_stems, from_capitals, uncapped

PERSONISH = ("person", "group")


def persons(found: list[Mention] | tuple[Mention, ...], index: ClaimIndex) -> list[Mention]:
    """The names of people (or groups of them) among the registry names found."""
    return [m for m in found if index.names.types.get(m.value.ids[0]) in PERSONISH]


# "She" and "the senator" look back this many people named: enough for any article, and a 10 MB
# draft does not search all the people it has named for each pronoun.
RECENT_PEOPLE = 64
# Claims retrieved for each figure's own clause.
FRAMED = 4
# A sentence this short, opening with a word that points back (word set continuation), is read with the one before.
CONTINUED_WORDS = 8
_CONTINUERS = lexicon().words("continuation")
_PAGE_MARKS = lexicon().words("page-mark")  # "Page E1", "p. 8": a cited work's page
# The share of a figure's clause a claim must hold to be retrieved for it though it names no one the sentence names.
CLAUSE_HELD = 0.85
CLAUSE_WORDS = 3  # ... and the clause must say that much: "687K TEUs" alone is any claim's TEUs


def _key_days(found: list[Mention]) -> list[DateSpan]:
    """The days a sentence's dates key: a day written without its year ("Tuesday, Jan. 4") may be the one a
    year either side of the draft's date's year."""
    out = []
    for m in found:
        out.append(m.value)
        if dates.yearless(m):
            out.extend(dates.years_around(m.value))
    return out


def masked(text: str, spans: list[Mention]) -> str:
    """The text with the mentions' characters blanked (same length): what is left around the values."""
    chars = list(text)
    for mention in spans:
        chars[mention.start : mention.end] = " " * (mention.end - mention.start)
    return "".join(chars)


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


_LABEL = re.compile(r"\s*(?P<label>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2})(?:\s*\((?P<inner>[^()]{1,24})\))?\s*:\s")


def _script_label(text: str, index: ClaimIndex) -> tuple[tuple[int, int], tuple[str, ...], str] | None:
    """The person a line's capitalised speaker label names ("HEITKAMP (SOT):", "SEN. KLOBUCHAR:"), by span."""
    label = _LABEL.match(text)
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


def _of_state(words: str, index: ClaimIndex) -> str | None:
    """ "the Minnesota senator": the one person of the registry who holds that title for that state."""
    lex = lexicon()
    parts = words.split()
    if len(parts) < 3 or parts[0].lower() != "the":
        return None
    state = lex.state_name(" ".join(parts[1:-1]))
    head = lex.title_head(parts[-1])
    if state is None or head is None:
        return None
    found = [
        e.id
        for e in index.corpus.entities.values()
        if e.type == "person"
        and any(a.attribute == "state" and a.value == state for a in e.attributes)
        and any(head in lex.title_heads(a.value) for a in e.attributes if a.attribute in ("title", "role"))
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


def _first_names(text: str, known: list[Mention], last_person: list[str], index: ClaimIndex) -> list[Mention]:
    """ "Cindy summed it up": a first name alone is the person the draft has already named in full with
    it, when exactly one such person has that first name (issue 11, names). The registry does not list
    first names as aliases: "Amy" alone could be any Amy."""
    given: dict[str, set[str]] = {}
    for person in last_person:
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


def _seated(text: str, found: list[Mention], seats: tuple[tuple[int, int, str], ...], index: ClaimIndex) -> list[Mention]:
    """A table row's person with the seat its "Ward" column gives ("| 2 | Calvin Brooks |"), as "Calvin Brooks (Ward 2)"
    would: the one person of the row, when the row has one seat."""
    people = [k for k, m in enumerate(found) if len(m.value.ids) == 1 and index.names.types.get(m.value.ids[0]) == "person"]
    if len(people) != 1 or len(seats) != 1 or found[people[0]].value.district:
        return found
    (start, end, head), k = seats[0], people[0]
    number = text[start:end].strip(" .)")
    ref = dataclasses.replace(found[k].value, district=f"{head} {number}", district_span=(start, start + len(number)))
    return [*found[:k], dataclasses.replace(found[k], value=ref), *found[k + 1 :]]


def _counted(mention: Mention) -> str:
    """The stem of the noun a figure with a unit counts ("trip" of "four-day trip"); "" for a date or a bare figure."""
    return numbers.counted_noun(mention.value) if mention.kind == "number" and mention.value.unit else ""


# How close a block quote's sentence must come to a source's quotation to be read as quoting it.
BLOCK_QUOTE = 75.0


def _block_quotation(text: str, index: ClaimIndex) -> list[Mention]:
    """A block quote's sentence, with no quotation marks of its own, as a quotation when it is one of the
    sources' quotations or close to one ("> ... can carry those droplets across several blocks."): then a
    changed word is a misquote. Any other block quote (a document's words, an epigraph) stays prose."""
    label = _LABEL.match(text)
    # "> **KLOBUCHAR:** Pretty soon ...": a transcript's speaker label is who speaks, not the words spoken
    start = label.end() if label else 0
    lead = start + len(text[start:]) - len(text[start:].lstrip())
    words = text[lead:].strip()
    found = match_quote(words, index)
    if found is None or not found.exact and found.score < BLOCK_QUOTE:
        return []
    quotation = quotes.Quotation(words, lead, lead + len(words), None, None, "block")
    return [Mention("quote", lead, lead + len(words), words, quotation)]


# A figure owns at most this many words of its counted noun after it ("120 basis points").
UNIT_WORDS = 2
_UNIT_WORD = re.compile(r"\s+([a-z][a-z-]*)")
# ... when the next figure follows those words after no more than this many small words ("to", "from").
LINK_WORDS = 2


def _with_unit(text: str, mention: Mention, starts: list[int]) -> tuple[int, int]:
    """The figure's span with the words of its counted noun after it, when another figure comes right
    after them: "up 120 basis points to 31.4%" frames 31.4% by "up", not by the points, which are what 120
    counts. `starts`: where the sentence's figures begin."""
    end = mention.end
    noun = getattr(mention.value, "noun", "").split()
    for written in noun[:UNIT_WORDS]:
        word = _UNIT_WORD.match(text, end)
        if word is None or word.group(1) != written or not content_stems(written):
            break
        end = word.end()
    nxt = min((at for at in starts if at >= end), default=-1)
    if end == mention.end or nxt < 0:
        return mention.start, mention.end
    between = text[end:nxt].split()
    if len(between) > LINK_WORDS or content_stems(" ".join(between)):
        return mention.start, mention.end
    return mention.start, end


# "$41.20 an hour today", "12 percent now": a figure's present, no day of an event
_NOW = lexicon().words("present-word")
_PRESENT = re.compile(
    rf"\s*(?:(?:an?|per)\s+(?:{alternation(f for u in lexicon().units if u.kind == 'duration' for f in (u.unit, *u.forms) if f.isalpha())})\s+)?$", re.I
)


def _present(text: str, date: Mention, found_numbers: list[Mention]) -> bool:
    """The date is "today" or "now" right after a figure (and its rate): the figure as it stands, not a dated event."""
    if date.text.lower() not in _NOW:
        return False
    return any(m.end <= date.start and date.start - m.end <= 16 and _PRESENT.fullmatch(text, m.end, date.start) for m in found_numbers)


_WEEKDAYS = alternation(f for d in lexicon().weekdays for f in (d.name, *d.abbreviations))
# Between a relative date and the date it is, in apposition: ", on Tuesday, ", " (", ", or "
_APPOSED = re.compile(rf"\s*(?:,|\(|—|–)\s*(?:or\s+|on\s+)?(?:(?:{_WEEKDAYS})\.?,?\s+)?\Z")


def _restated(date: Mention, found: list[Mention], text: str) -> bool:
    """A relative date the sentence gives as a date right after it: "Just over three weeks ago, on Tuesday, March 10"
    is March 10, which is checked; the writer's "three weeks ago" only rounds it."""
    return not any(c.isdigit() for c in date.text) and any(
        n.start >= date.end and any(c.isdigit() for c in n.text) and _APPOSED.match(text[date.end : n.start]) for n in found
    )


# A reference cut after its quoted title: the sentence before ends with the title's closing mark, and this one is
# its publisher (capitalised words and commas) up to the date.
_TITLE_CLOSED = re.compile(r"[.,!?][”\"]\s*\Z")
_PUBLISHER = re.compile(r"(?:(?:[A-Z][\w.&’'-]*|of|the|and|for|&),?\s+){1,10}")


def _of_cited_work(mention: Mention, text: str, before: str = "") -> bool:
    """The date is a cited work's, in its parentheses: '"Safe Harbor, explained" (Dec. 13, Page E1)' or
    'Column (Dec. 12, p. 8)' dates the newspaper's page, no event of the sources; so does a reference's date after
    its publisher, when the sentence before was its quoted title."""
    if _TITLE_CLOSED.search(before) and _PUBLISHER.fullmatch(text, 0, mention.start) and not text[mention.end :].strip(" .;)]"):
        # a reference the segmenter cut after its quoted title: '"Board Names Castellanos President." Ridgeway State
        # University, October 9, 2026.' (whole, the title names the source the date is held against)
        return True
    opened = text.rfind("(", 0, mention.start)
    if opened < 0 or text.find(")", opened, mention.start) >= 0:
        return False
    closed = text.find(")", mention.end)
    inside = text[opened + 1 : closed if closed >= 0 else len(text)]
    if text[:opened].rstrip().endswith(('"', "”")) and not text[opened + 1 : mention.start].strip():
        return True
    words = inside.replace(",", " ").split()
    return any(w.lower() in _PAGE_MARKS and any(c.isdigit() for c in nxt) for w, nxt in zip(words, words[1:], strict=False))


def continues(text: str) -> bool:
    """A short sentence that opens with a word pointing back ("It took place last September.", "There were
    45."): what it is about is in the sentence before it."""
    words = text.split()
    return 0 < len(words) <= CONTINUED_WORDS and words[0].lower().strip(",") in _CONTINUERS


def sentence_facts(
    text: str,
    index: ClaimIndex,
    as_of: str | None,
    last_person: list[str],
    context: tuple[str, ...] = (),
    *,
    quoted: bool = False,
    row: bool = False,
    before: str = "",
    said_before: tuple[str, ...] | None = None,
    addressee: str | None = None,
    previous: str = "",
    seats: tuple[tuple[int, int, str], ...] = (),
) -> SentenceFacts:
    """Everything one sentence states that can be checked. `last_person` carries pronoun context;
    `context` is who and what the sentence before it in its paragraph named (entity ids); `quoted`: the
    sentence is in a block quote; `row`: it is a table's row; `before`: the sentence before it in its
    paragraph, whose words a sentence that `continues` it is retrieved and framed with; `said_before`: who spoke the
    last quotation of that sentence, the speaker of a quotation standing alone after it; `addressee`: whom the draft,
    a letter, is to ("Dear Senator Heitkamp,"), the speaker of "you said"; `previous`: the draft's sentence before, in
    any block."""
    found_dates = dates.detect(text, as_of, weekdays=False, marked=True)
    found_numbers = numbers.detect(text, skip=[(m.start, m.end) for m in found_dates])
    found_dates = [
        m for m in found_dates if not _present(text, m, found_numbers) and not _of_cited_work(m, text, before) and not _restated(m, found_dates, text)
    ]
    found_names = names.detect(uncapped(text), index.names)
    found_names = sorted(found_names + _first_names(text, found_names, last_person, index), key=lambda m: m.start)
    if seats:
        found_numbers = [m for m in found_numbers if not any(a <= m.start < b for a, b, _ in seats)]
        found_names = _seated(text, found_names, seats, index)
    people = persons(found_names, index)
    lone_given = _registry_given_names(text, found_names, index)
    found_quotes = quotes.detect(text, sorted([(m.start, m.end) for m in people] + _unknown_names(text, found_names) + list(lone_given)))
    if quoted and not found_quotes:
        found_quotes = _block_quotation(text, index)
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
            said_by = _script_label(text, index)  # 'HEITKAMP (SOT): "..."': a script's or transcript's speaker label
        if ids is None and said_by is None and row:
            # "| Jesus Murillo Karam | Mexican Attorney General | "..." |": the one person the row names before its quotation
            earlier = [m for m in people if m.end <= mention.start and index.names.types.get(m.value.ids[0]) == "person"]
            if len({m.value.ids for m in earlier}) == 1:
                said_by = (earlier[0].start, earlier[0].end), earlier[0].value.ids, "row"
        if ids is None and said_by is None and span is None and said_before and not unnamed and quotes.stands_alone(text, mention.start, mention.end):
            # '"For twelve days, ...," Castellano said. "The least we can do is ..."': the quotation goes on
            ids = said_before
        if said_by is not None:
            (at, end), ids, how = said_by
            quotation = dataclasses.replace(mention.value, speaker=(at, end), speaker_text=text[at:end], how=how)
            found_quotes[len(speakers)] = dataclasses.replace(mention, value=quotation)
        speakers.append(ids)
    for person in people:
        if len(person.value.ids) == 1 and index.names.types.get(person.value.ids[0]) == "person":
            last_person.append(person.value.ids[0])
    del last_person[:-RECENT_PEOPLE]
    plain = masked(text, found_dates + found_numbers)
    label = _LABEL.match(plain)
    if label:
        plain = " " * label.end() + plain[label.end() :]  # "VO (FULL-SCREEN GRAPHIC):", "REPORTER (VO):": a script's cue, no content
    field = FIELD.match(plain) if not label else None
    own_ids = {i for m in found_names for i in m.value.ids}
    # "The visit was planned as a four-day trip": a sentence that names no one goes on about what the
    # one before it named (the delegation to Mexico City), and is retrieved with it
    entity_ids = own_ids or set(context)
    carried = frozenset(content_stems(masked(before, dates.detect(before, as_of)))) if before and continues(text) else frozenset()
    keys = keys_for(content_stems(plain) + sorted(carried), own_ids, (m.value for m in found_numbers if m.value.unit != "tally"), _key_days(found_dates))
    optional = frozenset("@" + e for e in entity_ids - own_ids)  # who the sentence before named: a help, no weight against
    # "59 lead lines in Ward 4": the identifier retrieves the report's row "Ward 4: 59 lines", and weighs nothing
    # against a claim that lacks it (the draft's "District 5" may be the very thing that is wrong)
    optional |= identifier_keys(m.value for m in found_numbers)
    starts = [m.start for m in found_numbers]
    spans = sorted([(m.start, m.end) for m in found_dates] + [_with_unit(text, m, starts) for m in found_numbers])
    days = [(m.start, m.end) for m in found_dates]
    frames = [frame_of(text, m.start, m.end, spans, days if m.kind == "date" else ()) for m in found_dates + found_numbers]  # what each value is about
    if carried:
        frames = [dataclasses.replace(f, stems=f.stems | carried) for f in frames]
    framed = []
    for mention, frame in zip(found_dates + found_numbers, frames, strict=True):
        # only about someone or something the corpus knows, or a figure's own thing ("The four-day trip")
        head = _counted(mention)
        if frame.stems and (entity_ids or head):
            # ranked by how much of the clause they have, among those naming someone the paragraph names
            # (or that hold most of the clause: "Brandt argued ... the police department spent more than $7 million on
            # overtime" is the department's spending, whoever argued it)
            found = [
                Candidate(c.card, cover, c.shared)
                for c in candidates(keys_for(sorted(frame.stems), entity_ids), index, limit=4 * FRAMED)
                for cover in [covered(frame, c.card.stems, index.idf, index.unseen_idf)]
                if (
                    (any(k.startswith("@") for k in c.shared) if entity_ids else head in c.shared)
                    or mention.kind == "number"
                    and len(frame.stems) >= CLAUSE_WORDS
                    and cover >= CLAUSE_HELD
                )
                and (mention.kind != "date" or c.card.dates)  # a date's: claims with dates
            ]
            # a claim with a figure of the thing counted ("their three-day trip") first, then by coverage
            ranked = sorted(found, key=lambda c: (not (head and head in c.shared and c.card.numbers), -c.coverage))
            framed.append((mention.start, tuple(ranked[:FRAMED])))
    return SentenceFacts(
        text=text,
        dates=tuple(found_dates),
        numbers=tuple(found_numbers),
        quotes=tuple(found_quotes),
        entities=tuple(found_names),
        speakers=tuple(speakers),
        candidates=tuple(with_field_value(candidates(keys, index, optional=optional), field, plain, found_names, keys, index, optional)),
        quote_matches=tuple(
            match_quote(m.value.words, index) or (match_document(m.value.words, index) if who is None and m.value.speaker is None else None)
            for m, who in zip(found_quotes, speakers, strict=False)
        ),
        as_of=as_of,
        framed=tuple(framed),
        quoted=quoted,
        frames=tuple(frames),
        cites=cited_source(text, index, frozenset(own_ids)),
        previous=previous,
    )
