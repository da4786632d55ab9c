"""What a person's name is, as extraction reads it: capitalised words with the title and sentence words trimmed.

"Fargo Mayor Tim Mahoney" -> Tim Mahoney; "Security Jeh Johnson" -> Jeh Johnson; "Costa" is a surname
though "Costa Rica" is a country. Used by extract/entities.py (people) and extract/facts.py (towns).
"""

from __future__ import annotations

import re

from factcheck.lexicon import alternation, lexicon
from factcheck.mentions.names import TITLE_WORDS

_LEX = lexicon()

# the relation words of kin: "sister", "wife" (relations of kind family or spouse)
KIN = frozenset(r.word for r in _LEX.relations if r.kind in ("family", "spouse"))
# "said his sister, Marisol Castellanos, a home health aide": a name given right after a relation word is someone's
# kin, whom the surname alone afterwards does not mean ('"My sister leaves ...," Castellanos said.')
KIN_BEFORE = re.compile(rf"(?:\b[Hh](?:is|er)|\b[Tt]heir|['’]s)\s+(?P<kin>{alternation(KIN)}),?\s+\Z")

# The speech verbs that make the run of capitalised words before or after them a person: past and
# present tenses (bases such as "state" and "note" are mostly nouns), not the ones a body does
# ("the Environmental Protection Agency announced" is an event, not a person speaking).
SPEECH = tuple(f for f in _LEX.speech_forms(tenses=("past", "present")) if f not in _LEX.words("event"))
VERBS = alternation(SPEECH)
_PARTICLES = _LEX.words("name-particle")  # de, del, la, van, von, da, di
_SUFFIXES = _LEX.words("name-suffix")  # jr, sr, ii, iii, iv
_PREFIX = alternation(_LEX.words("name-prefix")).replace("'", "['’]")  # Mc, Mac, O' (either apostrophe)
W = rf"(?:{_PREFIX})?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# a nickname in quotation marks between the names: Harold "Hal" Pruitt
NICKNAME = r"[\"“][A-Z][a-z]+[\"”](?=\s+[A-Z])"
NAME = rf"{W}(?:\s+(?:[A-Z]\.|(?:{alternation(_PARTICLES)})\s+{W}|{NICKNAME}|{W})){{0,3}}"

MONTH_NAMES = frozenset(f for m in _LEX.months for f in (m.name, *m.abbreviations) if len(f) > 3)  # and "Sept"
# The words that start or end no name (not-name), places' heads, ranks, every state, month and one-word country.
NOT_NAME = (
    _LEX.words("not-name")
    | _LEX.words("place-head")  # "Big Slough Township, president of ...": a place's head ends no person's name
    | {m.word.capitalize() for m in _LEX.modifiers if m.kind == "rank"}  # "Rachel Lindqvist, Senior Fiscal Analyst"
    | {s.name for s in _LEX.states}
    | {f for m in _LEX.months for f in (m.name, *m.abbreviations)}
    | {f for c in _LEX.countries for f in (c.name, *c.aliases) if " " not in f}
)
GIVEN_MONTHS = _LEX.words("given-name-month")
# The words of a two-word country are a place only together: "Costa Rica" is, "Ellen Costa" and
# "Marshall" are not (gather.person turns away a whole place name, "Costa Rica said").
# The lower-case roles of titles.tsv capitalised as titles are in reports ("Emergency Manager Tobias
# Brennecke", "Program Coordinator"); not the vague ones ("Official", "Owner").
ROLE_TITLES = alternation(f for t in _LEX.titles if t.use == "role" and "vague" not in t.flags for f in dict.fromkeys((t.form.capitalize(), t.form.title())))
TITLE_WORD = re.compile(rf"(?:{TITLE_WORDS}|{ROLE_TITLES}|Member)")
TITLE_WORDS_MOST = 3  # the most words a title has ("Under Secretary", "Lieutenant Governor", "Lt. Gov.")
# ... or a plural title before a list ("Supervisors Ortega and Stoudt, all Republicans"): no name's first word
TITLE_OR_PLURAL = re.compile(rf"(?:{TITLE_WORD.pattern}|{alternation(t.plural for t in _LEX.titles if t.plural and t.plural != '-')})")


# "Bill" is a first name before a surname ("Gov. Bill Walker"), a bill's name otherwise ("the Farm Bill").
_BILL = frozenset({"Bill"})


def clean_name(raw: str, *, given: bool = False) -> str:
    """The name proper: title and sentence words trimmed from both ends ("Security Jeh Johnson" -> "Jeh Johnson").

    A title inside the run starts the name after it: "Fargo Mayor Tim Mahoney" is Tim Mahoney,
    "Transportation Secretary Joe Flynn" is Joe Flynn (not a person called Fargo or Transportation).
    `given`: a month first ("June Solberg") is the first name, not a date's word.
    """
    words = [w for w in raw.split() if w[0] not in '"“']  # Harold "Hal" Pruitt is Harold Pruitt
    # a title of one word or several ("Corporation Counsel Pell"), ending before the last word
    titled = [
        j - 1
        for i in range(len(words) - 1)
        for j in range(i + 1, min(i + TITLE_WORDS_MOST, len(words) - 1) + 1)
        if TITLE_OR_PLURAL.fullmatch(" ".join(words[i:j]))
    ]
    if titled:
        words = words[titled[-1] + 1 :]
    while words and (words[0] in NOT_NAME or words[0].rstrip("’'s") in NOT_NAME) and not (given and words[0] in GIVEN_MONTHS and len(words) > 1):
        words.pop(0)
    if len(words) == 1 and words[0] in _BILL:
        return ""
    for index, word in enumerate(words):
        if word in NOT_NAME and not (given and index == 0 and word in GIVEN_MONTHS) or word in _BILL and index:
            words = words[:index]
            break
    return " ".join(words)


def nickname(raw: str) -> str:
    """ "Hal" of Harold "Hal" Pruitt: the name the person goes by, or ""."""
    found = re.search(NICKNAME, raw)
    return found.group(0).strip('"“”') if found else ""


def first_name(name: str) -> str:
    """ "Georgette Amankwah" -> "Georgette"; "J. Robert Hale" -> "Robert": the first word that is no initial."""
    words = name.split()
    return next((w for w in words[:-1] if not re.fullmatch(r"[A-Z]\.", w)), words[0])


def surname(name: str) -> str:
    """ "Heidi Heitkamp" -> "Heitkamp"; "Sam Desue Jr" -> "Desue" (word set name-suffix); "Ana de Souza" -> "de Souza"."""
    words = name.split()
    while len(words) > 2 and words[-1].rstrip(".").lower() in _SUFFIXES:
        words.pop()
    for index, word in enumerate(words[1:], 1):
        if word in _PARTICLES:
            return " ".join(words[index:]) if index == len(words) - 2 else words[-1]
    return words[-1]
