"""Who appointed a board member: "Gregory Haines, Treasurer (appointed by Harlan County)", "Chair Denise Okafor, who
was appointed by the City of Port Alden", "Harlan County appointee Gregory Haines", "one of the Pine Hollow appointees".

Read the same way in sources (extract/appointments records the appointer as the person's `appointed_by`) and in
drafts (compare/appointed holds a draft's appointer against it). The verbs and nouns are the lexicon's
(`appointed-by`, `appointee`); the appointer is a capitalised name, "of" and "the" allowed inside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon

# "Harlan County", "City of Port Alden", "Gov. Riordan", "Alden Falls City Council"; never across a comma
_BY = r"(?P<by>[A-Z][\w.’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.’'-]*){0,5})"


# Between the appointee's name and the appointment: a post and a home town after commas, then "(", ",", ", who was",
# " was", or ", one of": "Gregory Haines, Treasurer (appointed by", "Joan Ferris, of Cedar Bend, Chair of the Facilities
# Committee (appointed by", "Okafor, who was appointed by", "Ferris, one of the ... appointees"
BETWEEN = r"(?:,\s+[^,()“”\"]{1,50}?){0,3}\s*(?:\(|,\s*(?:who\s+(?:was|is|has\s+been)\s+|one\s+of\s+)?|\s+(?:was|is|has\s+been)\s+)"


_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True, slots=True)
class Appointment:
    by: str  # the appointer as written, without its article: "City of Port Alden"
    by_span: tuple[int, int]
    start: int  # where the words of the appointment start: a person named before it is the appointee
    end: int  # ... and end: after a noun's ("Harlan County appointee"), the appointee may be named
    noun: bool


@dataclass(frozen=True, slots=True)
class _Patterns:
    verb: re.Pattern[str]
    noun: re.Pattern[str]


@per_lexicon
def _patterns(lex: Lexicon) -> _Patterns:
    verbs = alternation(lex.words("appointed-by"))
    nouns = alternation(lex.words("appointee"))
    return _Patterns(
        verb=re.compile(rf"\b(?:{verbs})\s+(?:the\s+)?{_BY}"),
        # "Harlan County appointee", "one of the Pine Hollow appointees", "a Marlow Village Council appointee"
        noun=re.compile(rf"(?:\b(?:[Tt]he|[Aa]n?)\s+)?{_BY}(?:['’]s)?\s+(?:{nouns})s?\b"),
    )


def appointments(text: str, lex: Lexicon | None = None) -> list[Appointment]:
    """Every appointment the text writes, in order."""
    p = _patterns(lex or lexicon())
    found = [Appointment(m.group("by"), m.span("by"), m.start(), m.end(), False) for m in p.verb.finditer(text)]
    for m in p.noun.finditer(text):
        by = _POSSESSIVE.sub("", m.group("by"))  # "Fenwick's appointee": Fenwick
        found.append(Appointment(by, (m.start("by"), m.start("by") + len(by)), m.start(), m.end(), True))
    return sorted(found, key=lambda a: a.start)
