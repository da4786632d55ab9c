"""Who wrote a source: the person its metadata names as author ("Dana M. Whitcomb"; "Rebecca A. Lindqvist, City
Solicitor"), or else the byline of its header ("Prepared by Caroline Ashby, Port Director", "FROM: Gregory Lamb"), as
the registry knows them. extract/quotes.py gives a memo's unattributed quotation to its author; compare/quotes.py holds
a draft's "Farraday wrote that ..." against the words of the documents Farraday wrote.
"""

from __future__ import annotations

import re

from factcheck.lexicon import alternation, lexicon
from factcheck.mentions.names import NameIndex
from factcheck.model import Source

# a header's line naming who wrote the document (wordset author-label)
_BYLINE = re.compile(rf"(?im)^[ \t]*(?:{alternation(lexicon().words('author-label'))})[ \t]*:?[ \t]+(?P<name>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){{1,3}})")
BYLINE_CHARS = 600  # a header's lines, before the body


def author_of(source: Source, index: NameIndex) -> str | None:
    """The registry person who wrote `source`, if its metadata or its header's byline names one the registry knows."""
    name = " ".join(source.author.split(",")[0].split())
    if not name:
        byline = _BYLINE.search(source.body[:BYLINE_CHARS])
        name = byline.group("name") if byline else ""
    if not name:
        return None
    words = name.split()
    for alias in (name, f"{words[0]} {words[-1]}"):
        ids = [i for i in index.by_alias.get(alias, ()) if index.types.get(i) == "person"]
        if len(ids) == 1:
            return ids[0]
    return None
