"""Turn each sentence of a source into the facts it states: Sentence -> typed values.

Dates and figures come from the detectors that read drafts (mentions/dates.py,
mentions/numbers.py), so a draft's "last year" and a source's "In 2013" are read the same
way; a source's relative dates resolve against its own publication date, and when it has
none they are kept as unresolved text, never guessed. Places are the names after "in"/"at"
that are states, countries or places the documents locate ("Fargo, N.D.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.entities import NOT_NAME
from factcheck.mentions import dates, numbers
from factcheck.model import DateSpan, Quantity
from factcheck.places import is_place_name, state_name

_IN_PLACE = re.compile(r"\b(?:in|at|to|from|visited|across)\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?:,\s+(?P<state>[A-Z][A-Za-z.]+(?:\s[A-Z][a-z]+)?))?")
# The state must end the phrase ("Fargo, N.D., to"), so "through Chicago, Minnesota has" is not a city in a state.
_CITY_STATE = re.compile(r"\b(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}),\s+(?P<state>(?:[A-Z]\.){2}|[A-Z]{2}\b|[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+)?)(?=\s*(?:[,;:)–—]|\s-\s|$))")
_EVENT_VERBS = re.compile(
    r"\b(?:visited|traveled|travelled|met|meet|meeting|held|hosted|led|leading|toured|touring|gathered|joined|introduced|"
    r"announced|signed|testified|participated|attended|hearing|trip|delegation|conference|roundtable|summit|forum|visit)\b",
    re.I,
)
# A figure this small that counts nothing is an ordinal or a list marker, not a fact.
_DATE_LABELS = frozenset("day week month year".split())
ANY_DAY = "2000-06-15"  # a reference day used only to *find* relative dates, never to resolve them


@dataclass(frozen=True, slots=True)
class Facts:
    values: tuple[dict[str, object], ...]
    places: tuple[str, ...]
    kind: str  # date | number | event | fact


def date_value(text: str, span: DateSpan) -> dict[str, object]:
    value = {"year": span.first[:4], "month": span.first[:7], "day": span.first}[span.precision]
    entry: dict[str, object] = {"type": "date", "value": value, "precision": span.precision}
    if span.first[:4] != span.last[:4]:
        entry["end"] = span.last[:4]
        entry["precision"] = "year"
    entry["role"] = "when"
    if span.relative:
        entry["relative"] = True
    entry["as_written"] = text
    return entry


def number_value(text: str, q: Quantity) -> dict[str, object]:
    value: int | float = int(q.value) if q.value == int(q.value) else q.value
    entry: dict[str, object] = {"type": "number", "value": value}
    if q.unit:
        entry["unit"] = q.unit
    if q.noun:
        entry["counts"] = q.noun
    if q.hedge:
        entry["hedge"] = q.hedge
    entry["as_written"] = text
    return entry


def place_names(text: str, known_places: set[str]) -> list[tuple[str, str | None]]:
    """(place, state or None) for each place the sentence names after in/at/to/from."""
    found = []
    for match in _IN_PLACE.finditer(text):
        place = match.group("place")
        words = place.split()
        while words and not (is_place_name(" ".join(words)) or " ".join(words) in known_places):
            words.pop()
        if not words:
            continue
        name = " ".join(words)
        state = state_name(match.group("state") or "") if len(words) == len(place.split()) else None
        found.append((name, state))
    return found


def city_states(text: str) -> list[tuple[str, str]]:
    """"Fargo, N.D." / "Minneapolis, MN" / "Minot, North Dakota": a city the text places in a state."""
    found = []
    for match in _CITY_STATE.finditer(text):
        state = state_name(match.group("state"))
        place = match.group("place").split()
        while place and place[0] in ("In", "At", "The", "From", "To"):
            place.pop(0)
        if state and place and not is_place_name(" ".join(place)) and not any(w in NOT_NAME for w in place):
            found.append((" ".join(place), state))
    return found


def read(text: str, as_of: str | None, known_places: set[str]) -> Facts:
    found_dates = dates.detect(text, as_of)
    skip = [(m.start, m.end) for m in found_dates]
    values: list[dict[str, object]] = [date_value(m.text, m.value) for m in found_dates]
    if as_of is None:
        # Relative dates with nothing to resolve them against stay words, flagged (issue 4).
        for m in dates.detect(text, ANY_DAY):
            if m.value.relative:
                skip.append((m.start, m.end))
                values.append({"type": "text", "value": m.text, "role": "unresolved date", "as_written": m.text,
                               "note": "relative date; the source has no date to resolve it against"})
    for m in numbers.detect(text, skip=skip):
        q: Quantity = m.value
        if q.unit in ("section", "title", "§", "page", "vol", "volume", "no", "number", "chapter", "route", "interstate"):
            continue  # identifiers, not quantities
        values.append(number_value(m.text, q))
    places = []
    for name, _state in place_names(text, known_places):
        if name not in places:
            places.append(name)
            values.append({"type": "place", "value": name, "role": "where", "as_written": name})
    has_number = any(v["type"] == "number" for v in values)
    has_date = any(v["type"] == "date" for v in values)
    if places and _EVENT_VERBS.search(text):
        kind = "event"
    elif has_number:
        kind = "number"
    elif has_date:
        kind = "date"
    else:
        kind = "fact"
    return Facts(tuple(values), tuple(places), kind)
