"""Who appointed a board member, held against the registry's `appointed_by` (extract/appointments): "Treasurer
Gregory Haines, who was appointed by Merritt County" is an entity error when the roster has him "(appointed by Harlan
County)". The appointee is the person named right before the appointment, or right after an appointee noun ("Harlan
County appointee Gregory Haines"). A person the registry records no appointer for is not judged.
"""

from __future__ import annotations

import re

from factcheck.compare import SentenceFacts, Verdict
from factcheck.compare.registry import attribute_values, claims_for, wrong
from factcheck.corpus.index import ClaimIndex
from factcheck.facts import persons
from factcheck.lexicon import Lexicon, lexicon, per_lexicon
from factcheck.mentions.appointed import BETWEEN, Appointment, appointments
from factcheck.model import Mention

_BETWEEN = re.compile(BETWEEN)
_AFTER = re.compile(r"\s+(?:[A-Z][\w.’'-]*\s+){0,3}")  # "Harlan County appointee| Treasurer |Gregory Haines"


@per_lexicon
def _generic(lex: Lexicon) -> frozenset[str]:
    """The words that name no appointer apart: a body's or place's head, "of", "the"."""
    return frozenset(w.lower().rstrip("’'s") for w in lex.words("org-head") | lex.words("place-head") | lex.words("function") | lex.words("stop"))


def _words(appointer: str, lex: Lexicon) -> set[str]:
    """ "City of Port Alden" -> {"port", "alden"}; "Gov. Riordan" -> {"riordan"}."""
    out = set()
    for written in re.findall(r"[A-Za-z][\w.’'-]*", appointer):
        word = written.lower().strip(".’'")
        if lex.title_head(written) is None and word not in _generic(lex):
            out.add(word)  # not a title ("Gov."): two governors are told apart by their names
    return out


def _appointee(found: Appointment, people: list[Mention], text: str) -> Mention | None:
    before = [m for m in people if m.end <= found.start and _BETWEEN.fullmatch(text, m.end, found.start)]
    if before:
        return before[-1]
    if found.noun:
        return next((m for m in people if m.start >= found.end and _AFTER.fullmatch(text, found.end, m.start)), None)
    return None


def compare(facts: SentenceFacts, index: ClaimIndex, *, lex: Lexicon | None = None) -> list[Verdict]:
    lex = lex or lexicon()
    people = persons(facts.entities, index)
    verdicts = []
    for found in appointments(facts.text, lex):
        person = _appointee(found, people, facts.text)
        if person is None or len(person.value.ids) != 1:
            continue
        entity = index.corpus.entities.get(person.value.ids[0])
        held = attribute_values(entity, ("appointed_by",)) if entity is not None else []
        drafted = _words(found.by, lex)
        # a held appointer of no words of its own ("the Board") may be the draft's too
        if entity is None or not held or not drafted or any(not (theirs := _words(h, lex)) or drafted & theirs for h in held):
            continue
        start, end = found.by_span
        message = f"the sources give {entity.name} as appointed by {held[0]}, not {found.by}"
        verdicts.append(wrong(start, end, found.by, held[0], message, claims_for(entity, "appointed_by", index)))
    return verdicts
