"""Who took the photograph and who wrote the story: a credit held against the roles the sources give.

"The photograph was taken by Amy Dalrymple" when the caption credits "Ryan Babb / Forum News Service" and the
registry has Dalrymple as the article's reporter, Babb as its photographer. A credit is a person named right after
"by" (or "credit:") in a sentence that speaks of a photograph (lexicon word set `photo-word`) or of writing
(`writing-word`); the roles that answer each are the word sets `photo-role` and `writing-role`. The credit is wrong
when the person's roles answer the other credit only, and someone of the same sources has the one asked for.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from factcheck.compare import SentenceFacts, Verdict
from factcheck.compare.registry import attribute_claim
from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.model import Attribute, Entity

# How far before the credit's "by" the word naming what is credited may stand ("The photograph was taken by").
REACH = 60
_BY = re.compile(r"(?:\bby|\bcredit(?:ed)?(?:\s+to|:))\s+(?:[A-Z][\w.’'-]*\s+){0,2}$", re.I)


class _Words(NamedTuple):
    asks: tuple[tuple[str, re.Pattern[str]], ...]  # (credit, the words that ask for it)
    roles: dict[str, frozenset[str]]  # credit -> the role words that answer it


@per_lexicon
def _words(lex: Lexicon) -> _Words:
    return _Words(
        asks=(
            ("photo", re.compile(rf"\b(?:{alternation(lex.words('photo-word'))})\b", re.I)),
            ("writing", re.compile(rf"\b(?:{alternation(lex.words('writing-word'))})\b", re.I)),
        ),
        roles={"photo": lex.words("photo-role"), "writing": lex.words("writing-role")},
    )


def _credits(entity: Entity, words: _Words) -> dict[str, list[Attribute]]:
    """The credits the entity's roles and titles answer, with the attributes that say so."""
    out: dict[str, list[Attribute]] = {}
    for attr in entity.attributes:
        if attr.attribute not in ("role", "title") or attr.former:
            continue
        said = set(attr.value.lower().split())
        for credit, roles in words.roles.items():
            if said & roles:
                out.setdefault(credit, []).append(attr)
    return out


def compare(facts: SentenceFacts, index: ClaimIndex, *, lex: Lexicon | None = None) -> list[Verdict]:
    words = _words(lex or lexicon())
    for mention in facts.entities:
        if len(mention.value.ids) != 1 or index.names.types.get(mention.value.ids[0]) != "person":
            continue
        title = mention.value.title_span
        lead = title[0] if title and title[0] < mention.start else mention.start
        by = _BY.search(facts.text, max(0, lead - 40), lead)
        if by is None:
            continue
        asked = [credit for credit, pattern in words.asks if pattern.search(facts.text, max(0, by.start() - REACH), by.start())]
        entity = index.corpus.entities.get(mention.value.ids[0])
        if len(asked) != 1 or entity is None:
            continue
        credit = asked[0]
        mine = _credits(entity, words)
        if not mine or credit in mine:
            continue  # the sources give this person no credit, or this one
        sources = {p.source for attrs in mine.values() for a in attrs for p in a.provenance}
        others = [
            (other, attr)
            for other in index.corpus.entities.values()
            if other.id != entity.id
            for attr in _credits(other, words).get(credit, [])
            if {p.source for p in attr.provenance} & sources
        ]
        if len({other.id for other, _ in others}) != 1:
            continue  # no one, or several, credited with it in those sources
        other, attr = others[0]
        what = "photograph" if credit == "photo" else "story"
        message = f"the sources credit the {what} to {other.name} ({attr.value}), not {mention.text}"
        return [Verdict("attribution", True, mention.start, mention.end, mention.text, other.name, message, attribute_claim(other, attr))]
    return []
