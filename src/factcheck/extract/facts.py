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

from factcheck.extract.naming import NOT_NAME
from factcheck.lexicon import alternation, lexicon
from factcheck.mentions import dates, numbers
from factcheck.mentions.name_patterns import TOWN
from factcheck.model import DateSpan, Quantity
from factcheck.places import is_place_name, state_name

_LEX = lexicon()
_IN_PLACE = re.compile(rf"\b(?:{alternation(_LEX.words('place-preposition'))})\s+(?P<place>{TOWN})(?:,\s+(?P<state>[A-Z][A-Za-z.]+(?:\s[A-Z][a-z]+)?))?")
# The state must end the phrase ("Fargo, N.D., to"), so "through Chicago, Minnesota has" is not a city in a state.
_CITY_STATE = re.compile(rf"\b(?P<place>{TOWN}),\s+(?P<state>(?:[A-Z]\.){{2}}|[A-Z]{{2}}\b|[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+)?)(?=\s*(?:[,;:)–—]|\s-\s|$))")
_DEGREES = _LEX.words("degree-suffix")
_PLACE_OPENERS = _LEX.words("place-opener") | _LEX.words("place-preposition")  # "In Fargo, N.D.": not part of the name
_DEMONYM_SUFFIXES = tuple(sorted(_LEX.words("demonym-suffix")))  # "in Spanish", "in Ukrainian"
_EVENT_VERBS = re.compile(rf"\b(?:{alternation(_LEX.words('event'))})\b", re.I)
ANY_DAY = "2000-06-15"  # a reference day used only to *find* relative dates, never to resolve them
# A web page's "09Dec" stamp: the three-letter month abbreviations.
_COMPACT_DATE = re.compile(rf"\s*(?P<day>[0-3]?\d)\s?(?P<mon>{alternation(f for m in _LEX.months for f in (m.name, *m.abbreviations) if len(f) == 3)})(?=\s|$)")
_SAME_PERIOD = re.compile(r"(?i)today|(?:earlier )?this (?:week|month|year)")
# "both states", "the trio", "thousands of": counts a draft restates as figures (numbers.tsv, kind collective).
# A collective that is also a hedge ("thousands") keeps it; "both" counts the plural noun after it.
_COLLECTIVES = {n.word: int(n.value or 0) for n in _LEX.numbers if n.kind == "collective"}
_HEDGE_NOUNS = frozenset(h.phrase for h in _LEX.hedges if "noun" in h.tags)
_COLLECTIVE = re.compile(
    rf"\b(?:(?P<both>[Bb]oth)\s+(?P<noun>[a-z]+s)\b"
    rf"|[Tt]he\s+(?P<group>{alternation(w for w in _COLLECTIVES if w != 'both' and w not in _HEDGE_NOUNS)})\b"
    rf"|(?P<many>(?i:{alternation(w for w in _COLLECTIVES if w in _HEDGE_NOUNS)}))\b)"
)


@dataclass(frozen=True, slots=True)
class Facts:
    values: tuple[dict[str, object], ...]
    places: tuple[str, ...]
    kind: str  # date | number | event | fact


def date_value(text: str, span: DateSpan) -> dict[str, object]:
    value = {"year": span.first[:4], "month": span.first[:7], "day": span.first}[span.precision]
    entry: dict[str, object] = {"type": "date", "value": value, "precision": span.precision}
    if span.precision == "day" and span.first != span.last:
        entry["end"] = span.last  # a week: "this week" in a release of Wednesday, June 4, 2014 is June 2 to 8
    elif span.precision == "month" and span.first[:7] != span.last[:7]:
        entry["end"] = span.last[:7]  # a season: "spring 2027" is March to May 2027
    elif span.first[:4] != span.last[:4]:
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


# A news release's dateline: the town in capitals, maybe its state, then a dash ("HARMON, Ohio -- ")
_DATELINE = re.compile(r"(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}),?(?: [A-Z][\w.]+(?: [A-Z][\w.]+)?)? ?(?:--|—|–) ")


def place_names(text: str, known_places: set[str]) -> list[tuple[str, str | None]]:
    """(place, state or None) for each place the sentence names after in/at/to/from."""
    found = []
    for match in _IN_PLACE.finditer(text):
        place = match.group("place")
        words = place.split()
        while words and not (is_place_name(" ".join(words)) or " ".join(words) in known_places):
            words.pop()
        numbered = re.match(r"\s+\d", text[match.end("place") :]) is not None  # "in Zone 3", "in Ward 5": a numbered part, no town
        if not words and match.group(0).split()[0] == "in" and not numbered and _town(place, text):
            words = place.split()  # "advocates in Fargo": a town no list knows, named in running prose
        if not words:
            continue
        name = " ".join(words)
        state = state_name(match.group("state") or "") if len(words) == len(place.split()) else None
        found.append((name, state))
    return found


def _town(place: str, text: str) -> bool:
    words = place.split()
    if len(words) > 2 or any(w in NOT_NAME for w in words):
        return False
    if words[-1].endswith(_DEMONYM_SUFFIXES):
        return False  # "in Spanish", "in Ukrainian": languages and peoples, not towns
    capitals = [w for w in re.findall(r"[A-Za-z]{4,}", text)]
    # A title-case line ("Shining a Light on Trafficking in Indian Country") names no town.
    return bool(capitals) and sum(w[0].isupper() for w in capitals) / len(capitals) < 0.5


def city_states(text: str) -> list[tuple[str, str]]:
    """ "Fargo, N.D." / "Minneapolis, MN" / "Minot, North Dakota": a city the text places in a state."""
    found = []
    for match in _CITY_STATE.finditer(text):
        if match.group("state") in _DEGREES:
            continue  # "Nadia Okafor, M.D., M.P.H.": a doctor, no town in Maryland
        state = state_name(match.group("state"))
        place = match.group("place").split()
        while place and place[0].lower() in _PLACE_OPENERS:
            place.pop(0)
        if state and place and not is_place_name(" ".join(place)) and not any(w in NOT_NAME for w in place):
            found.append((" ".join(place), state))
    return found


def read(text: str, as_of: str | None, known_places: set[str]) -> Facts:
    found_dates = dates.detect(text, as_of)
    skip = [(m.start, m.end) for m in found_dates]
    values: list[dict[str, object]] = [date_value(m.text, m.value) for m in found_dates]
    for m in dates.detect(text, ANY_DAY):
        if not m.value.relative or any(m.start < e and s < m.end for s, e in skip):
            continue
        skip.append((m.start, m.end))
        if as_of is not None and _SAME_PERIOD.fullmatch(m.text):
            # "today", "this week" in a source dated only to the year still fall in that year.
            values.append({**date_value(m.text, dates.parse_iso(as_of)), "relative": True})  # type: ignore[arg-type]
        elif as_of is None:
            # Relative dates with nothing to resolve them against stay words, flagged (issue 4).
            values.append(
                {
                    "type": "text",
                    "value": m.text,
                    "role": "unresolved date",
                    "as_written": m.text,
                    "note": "relative date; the source has no date to resolve it against",
                }
            )
    compact = _COMPACT_DATE.match(text)
    if compact and as_of:
        # A web page's "09Dec" stamp is "Dec. 9" of the page's own year, read as the date detector reads "Dec. 9".
        for m in dates.detect(f"{compact.group('mon')}. {int(compact.group('day'))}", as_of):
            values.append({**date_value(compact.group(0).strip(), m.value), "relative": True})
        skip.append(compact.span())
    for m in numbers.detect(text, skip=skip):
        values.append(number_value(m.text, m.value))
    for match in _COLLECTIVE.finditer(text):
        # "the three", "the trio", "both states", "thousands of": counts a draft restates as figures.
        word = (match.group("both") or match.group("group") or match.group("many")).lower()
        if any(match.start() < e and s < match.end() for s, e in skip) or any(v.get("as_written") == match.group(0) for v in values):
            continue
        entry: dict[str, object] = {"type": "number", "value": _COLLECTIVES[word]}
        if word in _HEDGE_NOUNS:
            entry["hedge"] = word
        entry["counts"] = match.group("noun") or word
        entry["as_written"] = match.group(0)
        values.append(entry)
    places = []
    dateline = _DATELINE.match(text)
    # "HARMON, Ohio -- The board ... appointed the provost of a university in Duluth": the dateline says where
    named = [(dateline.group("place").title(), None)] if dateline else place_names(text, known_places)
    for name, _state in named:
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


# "is leading a delegation": an event going on as the document is written. A past-tense lead
# ("led a delegation") may report something weeks old, so it is not dated by the document.
ONGOING = re.compile(r"\b(?:is|are)\s+(?:now\s+)?[a-z]+ing\b")


def lead_date(text: str, as_of: str) -> dict[str, object]:
    """The date of the first ongoing event a dated document reports: its own month.

    The month, not the day: the document may be dated a few days into the event.
    """
    verb = _EVENT_VERBS.search(text)
    return {
        "type": "date",
        "value": as_of[:7],
        "precision": "month",
        "role": "when",
        "relative": True,
        "as_written": verb.group(0) if verb else text.split()[0],
        "note": "the document's own date: the event was going on as it was written",
    }
