"""Firms and the town each is of, as minutes, notices and releases write them: "Halvorsen Pipe & Excavation, Inc., of
Saginaw", "Tri-County Environmental Laboratories (Midland)", "Mark Heilig of Heartland Utility Advisors, Salina,
presented". A firm is a run of capitalised words ending in a firm's word (wordset firm-head: "Advisors", "Logistics")
or followed by its legal form (wordset firm-form: "Inc.", "LLC"); it is recorded only with its town, its `home`,
which a draft's "Halvorsen Pipe & Excavation of Bay City" is held against (compare/entities), and its short forms
("Crestline, of Carmel" for "Crestline Urban Partners LLC of Fishers, Indiana").
Read by extract/entities.scan for each sentence.
"""

from __future__ import annotations

import re

from factcheck.extract.doc import Doc, Sentence
from factcheck.extract.gather import Gatherer, common_word
from factcheck.lexicon import alternation, lexicon
from factcheck.mentions.names import is_home
from factcheck.places import is_place_name

_LEX = lexicon()
_WORD = r"(?:[A-Z][\w’'.-]*|&)"
_FORM = rf"(?:{alternation(_LEX.words('firm-form'))})"


def _place(group: str) -> str:
    """A town of up to three capitalised words on one line, captured as `group`."""
    return rf"(?P<{group}>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){{0,2}})"


# the firm's name (its last word a firm's word, or any before its legal form), then its town: in a parenthesis, after
# "of", or between commas before a verb in lower case
FIRM = re.compile(
    rf"(?<![\w’'.-])(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,5}}?(?:[ \t]+(?:{alternation(_LEX.words('firm-head'))})(?=[\s,(])|(?=,?[ \t]+{_FORM})))"
    rf"(?P<form>,?[ \t]+{_FORM})?"
    rf"(?:[ \t]*\({_place('place')}\)|,?[ \t]+of[ \t]+{_place('of')}(?![ \t]+[A-Z])|,[ \t]+{_place('between')},(?=[ \t]+[a-z]))"
)


def scan(text: str, doc: Doc, sentence: Sentence, gather: Gatherer, prov: dict[str, object]) -> None:
    """Record each firm the sentence gives a town, with that town."""
    for match in FIRM.finditer(text):
        town = (match.group("place") or match.group("of") or match.group("between") or "").removesuffix(".")  # "of Lansing."
        name, at = match.group("name"), match.start("name")
        first = name.split()[0]
        if first.lower() in _LEX.words("org-opener") and " " in name:
            name, at = name[len(first) :].lstrip(), at + len(name) - len(name[len(first) :].lstrip())  # "The", "By": the sentence's
        if not town or not (is_home(town, _LEX) or _of_a_state(text, match.end())) or town in name:
            continue
        found = gather.body(name, doc, sentence.start + at)
        found.add("home", town, match.group(0).strip(), prov)
        found.aliases.update(_short_forms(name, doc))


# ", Ohio": the state a town is in, after the town ("Ridgeline Paving & Striping Inc. of Delaware, Ohio")
_STATE_AFTER = re.compile(r",[ \t]+(?P<state>[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)")


def _of_a_state(text: str, end: int) -> bool:
    """The town before `end` is followed by its state: a town named as a state is ("Delaware, Ohio")."""
    after = _STATE_AFTER.match(text, end)
    return after is not None and _LEX.state_name(after.group("state")) is not None


def _short_forms(name: str, doc: Doc) -> set[str]:
    """The names a writer shortens a firm's to: its first word ("Crestline" of "Crestline Urban Partners"), when that
    is a word of no other use (no common word the document writes in lower case, no place, no name's word), and the
    name with "and" for its "&"."""
    forms = {name.replace("&", "and")} if "&" in name else set()
    first = name.split()[0]
    if (
        " " in name
        and len(first) >= SHORT_FORM
        and first.isalpha()
        and not common_word(first, doc.source.body)
        and not is_place_name(first)
        and _LEX.state_name(first) is None
    ):
        forms.add(first)
    return forms


# The fewest letters a firm's first word has to stand for the firm.
SHORT_FORM = 4
