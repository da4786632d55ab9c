"""Who appointed a board member, recorded as the person's `appointed_by`: a roster's "Gregory Haines, Treasurer
(appointed by Harlan County)", a report's "Okafor, who was appointed by the City of Port Alden", "Harlan County
appointee Gregory Haines". compare/appointed holds a draft's other appointer against it; mentions/appointed reads
both.
"""

from __future__ import annotations

import re

from factcheck.extract.doc import Doc, Sentence
from factcheck.extract.gather import Gatherer
from factcheck.extract.naming import NAME as _NAME
from factcheck.lexicon import lexicon
from factcheck.mentions.appointed import BETWEEN, appointments

_LEX = lexicon()

# The appointee before the appointment: a name, maybe its post after a comma, then "(", "," or ", who was"
_BEFORE = re.compile(rf"(?P<name>{_NAME}){BETWEEN}\Z")
# ... or after a noun's: "Harlan County appointee Gregory Haines"
_AFTER = re.compile(rf"\s+(?P<name>{_NAME})")


def scan(text: str, doc: Doc, sentence: Sentence, gather: Gatherer, prov: dict[str, object]) -> None:
    """Every appointment of the sentence whose appointee it names."""
    for found in appointments(text):
        named = _BEFORE.search(text, max(0, found.start - 120), found.start) or (_AFTER.match(text, found.end) if found.noun else None)
        if named is None:
            continue
        if _LEX.title_head(named.group("name").split()[-1]) is not None:
            continue  # "Chair, of Rapid Falls (appointed by": a post, its holder named before it
        person = gather.person(named.group("name"), doc, sentence, named.start("name"))
        if person is not None and person.type == "person":
            person.add("appointed_by", found.by, text[min(named.start("name"), found.start) : max(named.end("name"), found.end)], prov)
