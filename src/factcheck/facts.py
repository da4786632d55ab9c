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
from factcheck.mentions import date_spans, dates, names, numbers
from factcheck.model import DateSpan, Mention
from factcheck.retrieve import Candidate, candidates, keys_for, with_field_value
from factcheck.segment import FIELD
from factcheck.spans import Spans
from factcheck.speakers import LABEL, first_names, quotations, seated
from factcheck.textutil import content_stems, uncapped

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
# "according to the state Cabinet for Health and Family Services", "per the Census Bureau": who reports it
_CREDITED = re.compile(
    rf"\b(?i:{alternation(lexicon().words('attribution-lead'))})\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?"
    r"(?P<who>[A-Z][\w.’'&-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+){0,2}[A-Z][\w.’'&-]*){0,7})"
)
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
            out.extend(date_spans.years_around(m.value))
    return out


def masked(text: str, spans: list[Mention]) -> str:
    """The text with the mentions' characters blanked (same length): what is left around the values."""
    chars = list(text)
    for mention in spans:
        chars[mention.start : mention.end] = " " * (mention.end - mention.start)
    return "".join(chars)


def _counted(mention: Mention) -> str:
    """The stem of the noun a figure with a unit counts ("trip" of "four-day trip"); "" for a date or a bare figure."""
    return numbers.counted_noun(mention.value) if mention.kind == "number" and mention.value.unit else ""


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
    heading: bool = False,
    row: bool = False,
    before: str = "",
    said_before: tuple[str, ...] | None = None,
    addressee: str | None = None,
    previous: str = "",
    seats: tuple[tuple[int, int, str], ...] = (),
    homes: tuple[tuple[int, int, str], ...] = (),
    author: str | None = None,
    ballots: tuple[tuple[int, int, str], ...] = (),
    cells: tuple[tuple[int, int, str], ...] = (),
) -> SentenceFacts:
    """Everything one sentence states that can be checked. `last_person` carries pronoun context;
    `context` is who and what the sentence before it in its paragraph named (entity ids); `quoted`: the
    sentence is in a block quote; `heading`: it is a heading; `row`: it is a table's row; `before`: the sentence before it in its
    paragraph, whose words a sentence that `continues` it is retrieved and framed with; `said_before`: who spoke the
    last quotation of that sentence, the speaker of a quotation standing alone after it; `addressee`: whom the draft,
    a letter, is to ("Dear Senator Heitkamp,"), the speaker of "you said"; `previous`: the draft's sentence before, in
    any block; `author`: who signed it, the writer's "I"; `seats`, `homes`, `ballots`: a table row's seat, home town and vote cells; `cells`: its cells with their columns' headings."""
    found_dates = dates.detect(text, as_of, weekdays=False, marked=True)
    found_numbers = numbers.detect(text, skip=[(m.start, m.end) for m in found_dates])
    found_dates = [
        m for m in found_dates if not _present(text, m, found_numbers) and not _of_cited_work(m, text, before) and not _restated(m, found_dates, text)
    ]
    found_names = names.detect(uncapped(text), index.names)
    found_names = sorted(found_names + first_names(text, found_names, last_person, index), key=lambda m: m.start)
    # "Regent Two Feathers": a number word inside a registry name counts nothing
    in_names = Spans([(n.start, n.end) for n in found_names])
    found_numbers = [m for m in found_numbers if not (m.text[:1].isalpha() and in_names.overlaps(m.start, m.end))]
    if seats:
        found_numbers = [m for m in found_numbers if not any(a <= m.start < b for a, b, _ in seats)]
    if seats or homes:
        found_names = seated(text, found_names, seats, homes, index)
    people = persons(found_names, index)
    found_quotes, speakers = quotations(text, found_names, people, last_person, index, quoted=quoted, row=row, said_before=said_before, addressee=addressee)
    for person in people:
        # "said Haugen" of two Haugens: "She" after it may be either, not someone named before them
        last_person.extend(i for i in person.value.ids if index.names.types.get(i) == "person")
    del last_person[:-RECENT_PEOPLE]
    plain = masked(text, found_dates + found_numbers)
    label = LABEL.match(plain)
    if label:
        plain = " " * label.end() + plain[label.end() :]  # "VO (FULL-SCREEN GRAPHIC):", "REPORTER (VO):": a script's cue, no content
    field = FIELD.match(plain) if not label else None
    # "..., according to the state Cabinet for Health and Family Services": who reports the fact, not what it is about.
    # Its name helps a claim that has it and counts against none that lacks it ("In 2025, 28 percent of adult
    # Medicaid members had at least one dental visit" is the fact, though the Cabinet's many claims name it)
    credits = [m.span("who") for m in _CREDITED.finditer(text)]
    credited = [m for m in found_names if any(a <= m.start < b for a, b in credits)]
    own_ids = {i for m in found_names if m not in credited for i in m.value.ids}
    credited_keys = frozenset({"@" + i for m in credited for i in m.value.ids} | {s for a, b in credits for s in content_stems(text[a:b])})
    # "The visit was planned as a four-day trip": a sentence that names no one goes on about what the
    # one before it named (the delegation to Mexico City), and is retrieved with it
    entity_ids = own_ids or set(context)
    carried = frozenset(content_stems(masked(before, dates.detect(before, as_of)))) if before and continues(text) else frozenset()
    keys = keys_for(content_stems(plain) + sorted(carried), own_ids, (m.value for m in found_numbers if m.value.unit != "tally"), _key_days(found_dates))
    keys -= credited_keys
    optional = frozenset("@" + e for e in entity_ids - own_ids)  # who the sentence before named: a help, no weight against
    optional |= credited_keys
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
    named = frozenset(s for m in people for s in content_stems(m.text))
    for mention, frame in zip(found_dates + found_numbers, frames, strict=True):
        # only about someone or something the corpus knows, or a figure's own thing ("The four-day trip")
        head = _counted(mention)
        if frame.stems and (entity_ids or head):
            # ranked by how much of the clause they have, among those naming someone the paragraph names
            # (or that hold most of the clause: "Brandt argued ... the police department spent more than $7 million on
            # overtime" is the department's spending, whoever argued it)
            # a clause of nothing but a person's name ("Lorraine, 54,"): any claim about that person covers it
            said = dataclasses.replace(frame, stems=frame.stems - named) if frame.stems - named else None
            found = [
                Candidate(c.card, cover, c.shared)
                for c in candidates(keys_for(sorted(frame.stems), entity_ids), index, limit=4 * FRAMED)
                for cover in [covered(said, c.card.stems, index.idf, index.unseen_idf) if said else float(any(k.startswith("@") for k in c.shared))]
                if (
                    (any(k.startswith("@") for k in c.shared) if entity_ids else head in c.shared)
                    or mention.kind == "number"
                    and len(frame.stems) >= CLAUSE_WORDS
                    and cover >= CLAUSE_HELD
                )
                and (mention.kind != "date" or c.card.dates)  # a date's: claims with dates
            ]
            # a claim with a figure of the thing counted ("their three-day trip") first, then by coverage
            # (of claims as close, one with figures for a figure: "Lorraine, 54," is Beck's "Beck, 52,", not her quotations)
            ranked = sorted(
                found, key=lambda c: (not (head and head in c.shared and c.card.numbers), -c.coverage, mention.kind == "number" and not c.card.numbers)
            )
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
        heading=heading,
        frames=tuple(frames),
        cites=cited_source(text, index, frozenset(own_ids)),
        previous=previous,
        author=author,
        ballots=ballots,
        cells=cells,
        context=tuple(context),
    )
