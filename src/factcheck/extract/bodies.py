"""Bodies a sentence names, and the body a titled person is of: Sentence -> Found organizations.

A body is a run of capitalised words ending in a body word of the lexicon (word set org-head:
"... Committee", "Department of ..."), with its acronym in parentheses; the sentence's words before it
("The", "In"), a post before it ("Executive Director of the ..."), the people of it ("Members of ..."),
and a date after it ("... on Aug. 3") are no part of its name; a number ends it ("Machinists Local 2287").
"""

from __future__ import annotations

import re

from factcheck.extract.doc import Doc, Sentence
from factcheck.extract.gather import Found, Gatherer
from factcheck.extract.naming import MONTH_NAMES, NOT_NAME, TITLE_WORD
from factcheck.lexicon import alternation, lexicon

_LEX = lexicon()
_SEAT_WORDS = frozenset(f for t in _LEX.titles if "seat" in t.flags for f in (t.form, t.plural) if f)
_CONNECTORS = _LEX.words("org-connector")  # of, for, and, on, to, the
_OPENERS = _LEX.words("org-opener")  # "The", "In", "With": a sentence's words before a body's name
_MONTH_SHORT = frozenset(a for m in _LEX.months for a in m.abbreviations)  # "Aug." in "Office of Orchard Safety on Aug. 3"
_PERSON_LABELS = _LEX.words("person-label")  # members, witnesses: "Members of ..." opens no body's name

ORG_HEADS = alternation(_LEX.words("org-head"))
ORG_HEAD = re.compile(ORG_HEADS)
ORG = re.compile(
    rf"(?P<org>(?:(?:[A-Z][\w’'.-]*|{alternation(_CONNECTORS)}|&)\s+){{0,7}}(?:{ORG_HEADS})\b(?:\s+(?:of|for|on|to)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:and\s+|on\s+)?(?:[A-Z][\w’'.-]*|\d{{1,6}}\b)){{0,4}})?)(?:\s+\((?P<acr>[A-Z][A-Za-z]{{1,9}})\))?"
)

_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")


def affiliation(found: Found, text: str, at: int, doc: Doc, sentence: Sentence, gather: Gatherer, prov: dict[str, object]) -> None:
    """ "Division Chief Marcus Oyelaran of Pine Hollow Fire & Rescue": the body a titled person is of."""
    of = _OF_BODY.match(text, at)
    body = ORG.match(text, of.end()) if of else None
    if body is None or not body.group("org")[0].isupper() or len(body.group("org").split()) < 2:
        return
    name = body.group("org").rstrip(".")
    found.add("member_of", name, text[at : body.end("org")].strip(), prov)
    gather.body(name, doc, sentence.start + body.start())


def organization(match: re.Match[str], doc: Doc, sentence: Sentence, gather: Gatherer) -> None:
    words = match.group("org").split()
    for index, word in enumerate(words):
        if word[0].isdigit() and index == len(words) - 1 and words[index - 1] not in _CONNECTORS:
            break  # "Machinists Local 2287": a number ends the name
        if word.capitalize() in MONTH_NAMES or word[0].isdigit() or word.endswith(".") and word[:-1] in _MONTH_SHORT:
            words = words[:index]  # "Committee on April 12": the date is not part of the name
            while words and words[-1] in _CONNECTORS:
                words.pop()
            break
    for index in range(len(words) - 2, 0, -1):
        if words[index] == "and" and words[index + 1] == "the":
            words = words[index + 2 :]  # "... Inspector General and the Reynoldsburg Police Department": the last name
            break
    while words and (words[0] in _CONNECTORS or words[0].lower() in _OPENERS):
        words.pop(0)
    if len(words) > 3 and words[0].lower() in _PERSON_LABELS and words[1] == "of":
        words = words[2:]  # "Members of International Association of Machinists": the people of the body, not its name
    post = words.index("of") if "of" in words[1:6] else 0
    if post and any(TITLE_WORD.fullmatch(w) for w in words[:post]) and not any(ORG_HEAD.fullmatch(w) for w in words[:post]):
        words = words[post + 1 :]  # "Executive Director of the Central Health Department": the post before the body's name
        while words and (words[0] in _CONNECTORS or words[0].lower() in _OPENERS):
            words.pop(0)
    if len(words) < 2 or words[0][0].islower():
        return
    name = " ".join(words).rstrip(".")
    if name.removeprefix("U.S. ").split()[0] in _SEAT_WORDS or name in NOT_NAME or re.search(r"\b(?:and|of)\s+[A-Z][a-z]+\s+[A-Z][a-z]+\s+and\b", name):
        return
    found = gather.body(name, doc, sentence.start + match.start())
    if name.startswith("U.S. "):
        found.aliases.add(name[5:])
    if match.group("acr"):
        found.aliases.add(match.group("acr"))
