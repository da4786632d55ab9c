"""Find a document's own date in its text when its metadata gives none: body text -> Published | None.

Press releases and news pages carry their date near the top, as a line of its own
("Monday, April 21, 2014", "Dec. 9, 2015") or after the dateline city
("WASHINGTON, D.C. — April 21, 2014 —"). Only those placements count: the first date
in running prose ("In 2013, there were 54 deaths") says when something happened, not
when the document was written, so it is never taken (issue 4: never guess).
"""

from __future__ import annotations

import re

from factcheck.lexicon import alternation, lexicon
from factcheck.mentions import dates
from factcheck.model import Published

HEAD_LINES = 25  # a dateline stands in the first lines of a document
FOOT_LINES = 8
_LEXICON = lexicon()
_WEEKDAY = re.compile(rf"^\s*(?:{alternation(f for day in _LEXICON.weekdays for f in day.forms)})\b\.?,?\s*", re.I)
# "WASHINGTON, D.C. –", "MEXICO CITY, MEXICO —", "Minneapolis, MN -": a place, then a dash.
_CITY = re.compile(r"^\s*(?:[A-Z][A-Za-z.]*[ ,]*){1,5}(?:\(|[–—-]\s*)")
_LEAD = re.compile(rf"^\s*(?:{alternation(_LEXICON.words('dateline-lead'))})\b[:,]?\s*", re.I)


def _only_date(line: str) -> str | None:
    """The line's text when a date is all it says (weekday, release words and punctuation aside)."""
    rest = _LEAD.sub("", _WEEKDAY.sub("", line)).strip(" \t,.;:()[]–—-|")
    return rest or None


def find(text: str) -> Published | None:
    """The date the document gives itself, at the precision written, with how it was found."""
    lines = [line for line in text.splitlines() if line.strip()]
    found = _head(lines[:HEAD_LINES])
    if found is None:
        # A footer that says what it is: "Press release, Apr. 15, 2014, Embassy of ...", "Posted on June 3, 2016 by ...".
        for line in reversed(lines[-FOOT_LINES:]):
            lead = _LEAD.match(line)
            if lead and not line[: lead.start()].strip():
                dated = [m for m in dates.detect(line) if not m.value.relative and m.value.precision != "year"]
                if dated and re.fullmatch(r"[\s,:]*(?:on\s+)?", line[lead.end() : dated[0].start]):
                    span = dated[0].value
                    value = span.first if span.precision == "day" else span.first[:7]
                    return Published(value, span.precision, f'the document says: "{line[: dated[0].end].strip()}"')
    return found


def _head(lines: list[str]) -> Published | None:
    for line in lines:
        found = dates.detect(line)
        absolute = [m for m in found if not m.value.relative and m.value.first[:4] == m.value.last[:4]]
        if not absolute:
            continue
        first = absolute[0]
        span = first.value
        value = {"year": span.first[:4], "month": span.first[:7], "day": span.first}[span.precision]
        rest = _only_date(line)
        if rest is not None and _only_date(rest.replace(first.text, "", 1)) is None and span.precision != "year":
            return Published(value, span.precision, f'first date in the text: the line "{line.strip()}"')
        before = line[: first.start]
        if _CITY.match(before) and before.strip() and len(before) < 60 and span.precision != "year":
            return Published(value, span.precision, f'dateline: "{line[: first.end].strip()}"')
    return None
