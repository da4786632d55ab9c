"""A person's party in the forms reports write it: an appositive (", a Republican who ...", "the committee's top
Republican"), a member's word before a name or a list ("Democrat Victor Osei", "Republicans Raymond Szabo and Thomas
Greer"), "is a Republican", and ", all Democrats" after a list. Read by extract/entities.scan for each sentence.
"""

from __future__ import annotations

import re

from factcheck.extract.bodies import ORG_HEAD
from factcheck.extract.doc import Doc, Sentence
from factcheck.extract.gather import Gatherer
from factcheck.extract.naming import NAME as _NAME
from factcheck.extract.naming import clean_name
from factcheck.lexicon import alternation, lexicon
from factcheck.places import STATE_PATTERN, party_name

_LEX = lexicon()
PARTY_MEMBERS = alternation(f for p in _LEX.parties for f in (p.member, *p.other))  # Democrat, Republican, Independent; DFLer
# not "Independent Budget Office Director"; a state party's other name ("a DFL member")
PARTY_NAMES = alternation(f for p in _LEX.parties if p.name not in _LEX.words("common-party-name") for f in (p.name, *p.other))
_COMMON = alternation(_LEX.words("common-party-name"))  # "the Independent Party designee": the word "Party" makes it one


def modifiers(*kinds: str) -> str:
    """A regex alternation of the lexicon's modifiers of these kinds ("former", "top")."""
    return alternation(m.word for m in _LEX.modifiers if m.kind in kinds)


# "Gov. Phil Scott, a Republican,", "Mayor Teresa Okafor, 58, a Democrat in her second term",
# "Rep. Kelly Armstrong, a Republican who represents North Dakota",
# "Sen. John Boozman of Arkansas, the committee's top Republican", "Edwin Sorensen of Fenwick, the Democratic Party
# designee": a party in an appositive.
_APPOSITIVE = re.compile(
    rf"(?P<name>{_NAME})(?:\s*\([^)]*\))?(?:,\s*\d{{1,3}}(?=,))?(?:\s+of\s+(?:{STATE_PATTERN}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?,\s+(?P<body>"
    rf"(?:a|an)\s+(?P<former>(?:{modifiers('past')})(?:\s+|-))?(?:(?:{modifiers('tenure', 'stance')})\s+)?"
    rf"(?:(?P<home>{STATE_PATTERN})\s+)?(?P<party>{PARTY_MEMBERS}|(?:{PARTY_NAMES})(?=\s+[a-z]))"
    rf"(?:\s+who\s+represents\s+(?:parts\s+of\s+)?(?P<state>{STATE_PATTERN})\b)?"
    rf"|the\s+(?:[\w’'.-]+\s+){{0,3}}?(?:{modifiers('rank', 'second')})\s+(?P<leader>{PARTY_MEMBERS})"
    rf"|the\s+(?P<named>{PARTY_NAMES}|{_COMMON})\s+Party(?:['’]s)?\s+(?:{alternation(_LEX.words('party-post'))}))(?![\w’'-])"
)
# "Democrat Victor Osei", "Republicans Raymond Szabo and Thomas Greer": a party member's word before a name or a list
_PARTY_BEFORE = re.compile(
    rf"(?<![\w’'-])(?P<party>{PARTY_MEMBERS})(?P<plural>s)?\s+(?P<names>{_NAME}(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?!(?:{PARTY_MEMBERS})s?\s){_NAME})*)"
)
# "Walter is a Republican from Tolliver County": a party said with "is"
_PARTY_IS = re.compile(rf"(?P<name>{_NAME})\s+(?:is|was)\s+(?:a|an)\s+(?:(?:{modifiers('tenure', 'stance')})\s+)?(?P<party>{PARTY_MEMBERS})\b")
# "Beame, Lydia Marchetti and Anita Roush, all Democrats": the party of every person the list before it names
_ALL_PARTY = re.compile(rf",\s+(?:all|both)\s+(?P<party>{PARTY_MEMBERS})s\b")
_LIST_ITEM = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_TRAILING_NAME = re.compile(r"(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w’'-]*$")


def scan(text: str, doc: Doc, sentence: Sentence, gather: Gatherer, prov: dict[str, object]) -> None:
    """Record the party each form in the sentence gives a person."""
    for match in _APPOSITIVE.finditer(text):
        party = party_name(match.group("party") or match.group("leader") or match.group("named") or "")
        if not party or match.group("former") or not match.group("name").endswith(clean_name(match.group("name")) or "\0"):
            continue  # "a former Republican" says what the person is no longer; "Grand Island, a Democrat" is no person
        found = gather.person(match.group("name"), doc, sentence, match.start("name"))
        if found is not None:
            found.add("party", party, match.group("body"), prov)
            if match.group("home"):  # "a California Democrat"
                found.add("state", match.group("home"), f"{match.group('home')} {match.group('party')}", prov)
            if match.group("state"):
                found.add("state", match.group("state"), text[match.end("party") : match.end("state")].strip(), prov)
    for match in _PARTY_BEFORE.finditer(text):
        _before(match, text, doc, sentence, gather, prov)
    for match in _PARTY_IS.finditer(text):
        found = gather.person(match.group("name"), doc, sentence, match.start("name"))
        party = party_name(match.group("party"))
        if found is not None and party and " " in found.name:
            found.add("party", party, match.group(0), prov)
    for match in _ALL_PARTY.finditer(text):
        _listed(match, text, doc, sentence, gather, prov)


def _before(match: re.Match[str], text: str, doc: Doc, sentence: Sentence, gather: Gatherer, prov: dict[str, object]) -> None:
    """The party of each person a member's word stands before: one name for "Democrat", a list for "Republicans".
    A body's name ("Independent Budget Office") is no person, nor is a lone word no one was named by ("Party")."""
    party = party_name(match.group("party"))
    names = list(re.finditer(_NAME, match.group("names")))
    for name in names if match.group("plural") else names[:1]:
        if not party or ORG_HEAD.search(name.group(0)) or " " not in name.group(0) and gather.resolve(name.group(0)) is None:
            continue  # "the Republican Party designee": a lone word is a person only when already named
        at = match.start("names") + name.start()
        found = gather.person(name.group(0), doc, sentence, at)
        if found is not None and " " in found.name:
            found.add("party", party, text[match.start() : at + len(name.group(0))], prov)


def _listed(match: re.Match[str], text: str, doc: Doc, sentence: Sentence, gather: Gatherer, prov: dict[str, object]) -> None:
    """ ", all Democrats" after a list: each item's name at its end ("Voting to override were Beame", "Council Vice
    President Lydia Marchetti"), back to the clause's start. A lone word counts only as a person already named."""
    party = party_name(match.group("party"))
    start = max(text.rfind(mark, 0, match.start()) for mark in (";", ":", "(")) + 1
    for item in _LIST_ITEM.split(text[start : match.start()]):
        name = _TRAILING_NAME.search(item.strip())
        raw = name.group(0) if name else ""
        written = clean_name(raw)
        if not party or not written or ORG_HEAD.search(written) or " " not in written and gather.resolve(written) is None:
            continue
        found = gather.person(raw, doc, sentence, text.find(raw, start))
        if found is not None:
            found.add("party", party, f"{raw}, all {match.group('party')}s", prov)
