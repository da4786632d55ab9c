"""Whom a draft written as a letter is to: the one person its salutation names ("Dear Senator Heitkamp,"); and who
wrote it: the one person its sign-off ("Sincerely,") or its front matter's `from:` names.

A letter's "you said" quotes that person (facts.py), never the last person its sentences named: a
constituent's "When you visited Minneapolis with Sen. Klobuchar, you said ..." is the senator written to. A
senator's reply's "Senator Heitkamp and I met with the NFL" gives the meeting to the senator who signed it
(compare/actor.py).
"""

from __future__ import annotations

import re

from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import Lexicon, alternation, per_lexicon
from factcheck.mentions import names


@per_lexicon
def _salutation(lex: Lexicon) -> re.Pattern[str]:
    # a line of its own: "Dear Senator Heitkamp," or "Dear Commissioner Dettweiler:"
    return re.compile(rf"^[ \t]*(?:{alternation(lex.words('salutation'))})[ \t]+(?P<to>[^\n,:;]{{2,80}})[,:][ \t]*$", re.I | re.M)


def _people(text: str, index: ClaimIndex) -> set[tuple[str, ...]]:
    """The ids of each name of people of the registry the text has."""
    return {m.value.ids for m in names.detect(text, index.names) if m.value.ids and all(index.names.types.get(i) == "person" for i in m.value.ids)}


def addressee(prose: str, index: ClaimIndex, *, lex: Lexicon | None = None) -> str | None:
    """The registry's id of the one person the draft's first salutation names; None for a letter to several
    ("Dear Senator Klobuchar and Senator Heitkamp:"), to someone the registry lacks, or for no letter."""
    found = _salutation(lex).search(prose)
    if found is None:
        return None
    people = _people(found.group("to"), index)
    if len(people) != 1:
        return None
    ids = people.pop()
    return ids[0] if len(ids) == 1 else None


@per_lexicon
def _sign_off(lex: Lexicon) -> re.Pattern[str]:
    # "Sincerely," on a line of its own, then the signer's name on one of the next lines
    return re.compile(rf"^[ \t]*(?:{alternation(lex.words('sign-off'))})[ \t]*,[ \t]*\n(?P<after>(?:[ \t]*\n)*[^\n]{{2,80}})", re.I | re.M)


# The front matter's keys that name who wrote the draft.
AUTHOR_KEYS = ("from", "author", "by")


def signer(prose: str, front_matter: dict[str, object], index: ClaimIndex, *, lex: Lexicon | None = None) -> str | None:
    """The registry's id of the one person who signed the letter (the line after its sign-off) or whom its front
    matter's `from:` or `author:` names; None when that is no one of the registry, or several."""
    written = [str(front_matter[k]) for k in AUTHOR_KEYS if isinstance(front_matter.get(k), str)]
    written += [m.group("after") for m in _sign_off(lex).finditer(prose)][-1:]
    found = set()
    for text in written:
        found |= {ids[0] for ids in _people(text, index) if len(ids) == 1}
    return found.pop() if len(found) == 1 else None
