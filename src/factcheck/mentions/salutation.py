"""Whom a draft written as a letter is to: the one person its salutation names ("Dear Senator Heitkamp,").

A letter's "you said" quotes that person (facts.py), never the last person its sentences named: a
constituent's "When you visited Minneapolis with Sen. Klobuchar, you said ..." is the senator written to.
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


def addressee(prose: str, index: ClaimIndex, *, lex: Lexicon | None = None) -> str | None:
    """The registry's id of the one person the draft's first salutation names; None for a letter to several
    ("Dear Senator Klobuchar and Senator Heitkamp:"), to someone the registry lacks, or for no letter."""
    found = _salutation(lex).search(prose)
    if found is None:
        return None
    to = found.group("to")
    people = {m.value.ids for m in names.detect(to, index.names) if m.value.ids and all(index.names.types.get(i) == "person" for i in m.value.ids)}
    if len(people) != 1:
        return None
    ids = people.pop()
    return ids[0] if len(ids) == 1 else None
