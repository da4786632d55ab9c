"""The town a person is of: "Gary Voss of Marlow said", "Deb Halvorsen of Linden Grove Township, a dairy farmer,
said", "Ronnie Jett, of Sharpsburg". Recorded as the person's `home`, which the draft detector reads the same way
(mentions/names) and compare/entities holds a draft's other town against.
"""

from __future__ import annotations

import re

from factcheck.extract.bodies import ORG_HEAD
from factcheck.extract.doc import Doc, Sentence
from factcheck.extract.gather import Gatherer
from factcheck.extract.naming import NAME as _NAME
from factcheck.extract.naming import VERBS, clean_name
from factcheck.lexicon import lexicon
from factcheck.mentions.names import HOME, TITLE_WORDS, described_from, is_home

_LEX = lexicon()

# "of the coalition" (lower case) is what they belong to; mentions/names.is_home says which capitalised words are a town
# a roster's post between: "Eleanor Vasquez-Hale, Chair, of Billings", "Kayla Thompson, Student Regent, of Missoula"
# ... set off by its own comma: in "Marcus Delgado, Deputy Secretary of Agriculture" the office is the post's
# ... after a house's number: "Harold Brenneman of 2240 Mill Run Road, president of the association"
_OF_HOME = re.compile(rf"(?<!\bof\s)(?P<name>{_NAME})(?P<post>,\s+(?:[A-Z][\w.’'-]*\s+){{0,2}}(?:{TITLE_WORDS}))?(?P<comma>,?)\s+of\s+(?:\d{{1,6}}\s+)?{HOME}")
_SAID_NEXT = re.compile(rf"(?:,[^,“”\"]{{1,80}},)?,?\s+(?:{VERBS})\b")  # "..., a dairy farmer on Aspen Road, said"
# "Harold Lindqvist of Greer Lake, chair of the foundation's board and retired president of the bank, said": a post in
# lower case after the town says the name is someone's, however long the post runs before the verb
_POST_NEXT = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?[a-z]")


# "KDA President-elect Dr. Anita Reyes-Culver, 44, an oral surgeon from Bowling Green": a full name, what they are, and
# the town they are from
_FROM_HOME = re.compile(rf"(?P<name>{_NAME}){described_from(_LEX)}")


# "said Renee Castellano, RN, president of Local 217 and a charge nurse in the emergency department, who lives in
# Grafton Heights": the town after the appositives, by a verb of living (wordset reside-verb)
_WHO_LIVES = re.compile(
    rf"(?P<name>{_NAME})(?:,[^,.;:“”\"]{{1,80}}){{0,3}},\s+who\s+(?:{'|'.join(_LEX.words('reside-verb'))})\s+in\s+{HOME}(?=\s*[,.;:)]|\s*$)"
)


def scan(text: str, doc: Doc, sentence: Sentence, gather: Gatherer, prov: dict[str, object]) -> None:
    """Every "Name of Town" of the sentence, for a person already named or one who speaks here, and every "Full Name,
    a dairy farmer from Town"."""
    for match in _OF_HOME.finditer(text):
        _home(match, text, doc, sentence, gather, prov)
    for match in [*_FROM_HOME.finditer(text), *_WHO_LIVES.finditer(text)]:
        home, name = match.group("home"), clean_name(match.group("name"))
        if not is_home(home, _LEX) or " " not in name or ORG_HEAD.search(match.group("name")):
            continue
        found = gather.person(match.group("name"), doc, sentence, match.start("name"))
        if found is not None and found.type == "person":
            found.add("home", home, text[match.start("name") : match.end("home")], prov)


# "of Kettle Creek Road, Harmon Township": a street's name, then the town it is in
_STREET = re.compile(rf"\s+(?:{'|'.join(sorted(_LEX.words('street-word')))}),\s+{HOME}")


def _home(match: re.Match[str], text: str, doc: Doc, sentence: Sentence, gather: Gatherer, prov: dict[str, object]) -> None:
    home = match.group("home")
    street = _STREET.match(text, match.end("home") - len(home.split()[-1]) - 1)
    homes = [(home, f"{match.group('name')} of {home}")]
    after = match.end()  # where what is said of the person goes on
    if street is not None and is_home(street.group("home"), _LEX):
        # "Ruth Ann Zook of Kettle Creek Road, Harmon Township": of the road, and of the town it is in
        homes.append((street.group("home"), text[match.start("name") : street.end()]))
        after = street.end()
    if not is_home(home, _LEX) or (match.group("post") and not match.group("comma")):
        return
    name = clean_name(match.group("name"))
    known = name in gather.found or (" " not in name and gather.resolve(name) is not None)
    posted = _POST_NEXT.match(text, after) is not None and not ORG_HEAD.search(match.group("name"))  # no "Northlake Health Board of Trustees, a ..."
    if not known and not (" " in name and (match.group("comma") or _SAID_NEXT.match(text, after) or posted)):
        return  # a person already named, one set off by a comma (a roster's "Janet Brekke, of Miles City"), or one who speaks here: "Gary Voss of Marlow said"
    found = gather.person(match.group("name"), doc, sentence, match.start("name"))
    if found is not None and found.type == "person":
        for place, written in homes:
            found.add("home", place, written, prov)
