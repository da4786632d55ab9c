"""U.S. states and parties in the forms writers use: "North Dakota", "N.D.", "ND", "D-N.D."."""

from __future__ import annotations

import re

from factcheck.lexicon import lexicon

_LEXICON = lexicon()
# name: (postal code, AP-style abbreviation), from the lexicon's states table
STATES = {state.name: (state.postal, state.ap) for state in _LEXICON.states}
PARTIES = {party.letter: party.name for party in _LEXICON.parties}
PARTY_WORDS = {word.lower(): party.name for party in _LEXICON.parties for word in (party.name, party.member, *party.other)}


def _key(text: str) -> str:
    return text.replace(".", "").replace(" ", "").lower()


_BY_KEY = {_key(form): state.name for state in _LEXICON.states for form in (state.name, state.postal, state.ap, *state.other)}


def state_name(text: str) -> str | None:
    """'N.D.' / 'ND' / 'North Dakota' / 'Minn.' -> 'North Dakota'; None when not a state."""
    return _BY_KEY.get(_key(text.strip(" ,()")))


def party_name(text: str) -> str | None:
    text = text.strip()
    return PARTIES.get(text.upper()) if len(text) == 1 else PARTY_WORDS.get(text.lower())


# The state in a party tag ("D-N.D.", "R-Ariz.", "D-New Hampshire"): one state, never the next word's name
# ("Sen. Heidi Heitkamp, D-N.D. Cindy McCain ..." is North Dakota, then Cindy McCain).
_SECOND_WORDS = "|".join(sorted({name.split()[1] for name in STATES if len(name.split()) == 2}))  # Dakota, Hampshire, ...
TAG_STATE = rf"[A-Z][A-Za-z.]*(?:\s(?:{_SECOND_WORDS})\b)?"
STATE_PATTERN = "|".join(sorted((re.escape(n) for n in STATES), key=len, reverse=True))

# Sovereign states (and the nations and territories writers name like them) by their usual English
# short names: "in Guatemala" is a place claim even when the registry has never heard of Guatemala,
# while "in Persons" (a title) is not.
COUNTRIES = frozenset(name for country in _LEXICON.countries for name in (country.name, *country.aliases))


def is_place_name(text: str) -> bool:
    """A U.S. state or a country, as written out: the places a draft can name that no registry lists."""
    return text in COUNTRIES or text in STATES
