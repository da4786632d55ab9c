"""What a person's name is, as extraction reads it: capitalised words with the title and sentence words trimmed.

"Fargo Mayor Tim Mahoney" -> Tim Mahoney; "Security Jeh Johnson" -> Jeh Johnson; "Costa" is a surname
though "Costa Rica" is a country. Used by extract/entities.py (people) and extract/facts.py (towns).
"""

from __future__ import annotations

import re

from factcheck.mentions.dates import MONTHS
from factcheck.mentions.names import TITLE_WORDS
from factcheck.places import COUNTRIES, STATES

W = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
NAME = rf"{W}(?:\s+(?:[A-Z]\.|(?:de|del|la|van|von|da|di)\s+{W}|{W})){{0,3}}"

MONTH_NAMES = frozenset(m.capitalize() for m in MONTHS if len(m) > 3)
NOT_NAME = frozenset(
    """The This That These Those It He She They We I In On At By For From With Of To As After Before During Since A An And But Or
    U.S. US United States America American Americans Senate Senator Senators Sen. House Congress Department Committee Act
    Attorney General Secretary Ambassador Governor Mayor President Chairman Ranking Member Office Program Task Force Security
    Homeland Justice Defense Affairs Governmental Appropriations Subcommittee National Federal State County City Police
    Commissioner Undersecretary Foreign Ministry Institute Mexican Mexico Washington Today Tomorrow Yesterday Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday Human Trafficking Safe Harbor Native Indian Country Oil Patch Day Article Home
    News Service Forum Press Release Statement Report Reports Links About Contact Media Share Save Bookmark Tell Friend New Page
    Both Now One Many Several All Every Additionally Currently Statistics Finding Solutions Shining Light Global Advocate
    Recent Work Heroin Epidemic Sex Drug Drugs Hospital Statewide Republican Republicans Democrat Democrats Democratic
    Representative Rep. Gov. Chief Director Deputy Assistant Acting Judge Justice Sheriff Leader Speaker Spokesman Spokeswoman
    Minister Council Center Agency Administration Commission Bureau Court Embassy Association University Corps Initiative
    Coalition Network Caucus Board Authority Alliance Society Patrol Project Fund Partnership Street Avenue Road Highway
    Interstate Island River Lake Mount County's Dr Mr Mrs Ms Prof Rev Eastern Western Northern Southern North South East West Central Hill Capitol
    Legislature Parliament Assembly Cabinet Supreme""".split()
) | set(STATES) | {m.capitalize() for m in MONTHS} | {c for c in COUNTRIES if " " not in c}
# The words of a two-word country are a place only together: "Costa Rica" is, "Ellen Costa" and
# "Marshall" are not (gather.person turns away a whole place name, "Costa Rica said").
TITLE_WORD = re.compile(rf"(?:{TITLE_WORDS}|Member)")



# "Bill" is a first name before a surname ("Gov. Bill Walker"), a bill's name otherwise ("the Farm Bill").
_BILL = frozenset({"Bill"})


def clean_name(raw: str) -> str:
    """The name proper: title and sentence words trimmed from both ends ("Security Jeh Johnson" -> "Jeh Johnson").

    A title inside the run starts the name after it: "Fargo Mayor Tim Mahoney" is Tim Mahoney,
    "Transportation Secretary Joe Flynn" is Joe Flynn (not a person called Fargo or Transportation).
    """
    words = raw.split()
    titled = [i for i, word in enumerate(words[:-1]) if TITLE_WORD.fullmatch(word)]
    if titled:
        words = words[titled[-1] + 1 :]
    while words and (words[0] in NOT_NAME or words[0].rstrip("’'s") in NOT_NAME):
        words.pop(0)
    if len(words) == 1 and words[0] in _BILL:
        return ""
    for index, word in enumerate(words):
        if word in NOT_NAME or word in _BILL and index:
            words = words[:index]
            break
    return " ".join(words)


def surname(name: str) -> str:
    words = name.split()
    for index, word in enumerate(words[1:], 1):
        if word in ("de", "del", "la", "van", "von", "da", "di"):
            return " ".join(words[index:]) if index == len(words) - 2 else words[-1]
    return words[-1]
