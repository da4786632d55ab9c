"""What compare/titles.py and compare/post_kinds.py read from a lexicon to judge titles: the forms and heads of
titles, ranks, scopes, seats, a chamber's posts, vague heads, parties, and a body's heads. Compiled once per lexicon.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon


class TitleWords(NamedTuple):
    """What this comparer reads from a lexicon, compiled once per lexicon."""

    past: re.Pattern[str]  # "former", "onetime", "then", "ex-": a title no longer held
    state: re.Pattern[str]  # a state's name inside a title: "former Minnesota attorney general"
    office: re.Pattern[str]  # the office a title is of: "Secretary of Homeland Security", "Undersecretary for North America"
    office_before: re.Pattern[str]  # the office written before the title: "Defense Secretary"
    ranks: frozenset[str]  # "executive", "deputy": a rank said before a title's head (modifiers rank and second)
    no_kind: frozenset[str]  # "the", "former", "u.s.": words before a head that say no kind of post
    local: re.Pattern[str]  # a county's or a parish's name: "Curry County", "St. Tammany Parish"
    seats: frozenset[str]  # the heads of seats: Senator, Representative, Governor
    chamber: frozenset[str]  # the heads of posts a seat's holder holds too: Chair, Ranking Member
    vague: frozenset[str]  # heads too vague to tell a post by: Officer, member
    forms: re.Pattern[str]  # any title's written form, to find where each head of a title is written
    head_of: dict[str, str]  # a written form (lower case) -> its head
    party: frozenset[str]  # party names and members (lower case): "Republican Leader" says whose, not which post
    stop: frozenset[str]  # "with", "as": words before a title that say nothing of it ("With Amb. Wayne")
    body_heads: frozenset[str]  # "ministry", "department": a body's last word, which every body of its kind shares
    seat: str  # a seat's district words, as an alternation: "Trustee Area 3", "Commissioner District 2"
    nations: dict[str, str]  # a people's adjective -> its country's name (lower case): "mexican" -> "mexico"


@per_lexicon
def title_words(lex: Lexicon) -> TitleWords:
    past = alternation(m.word for m in lex.modifiers if m.kind == "past")
    return TitleWords(
        past=re.compile(rf"(?<!\w)(?:{past})(?!\w)", re.I),
        state=re.compile(rf"\b({alternation(s.name for s in lex.states)})\b"),
        office=re.compile(rf"\b(?:{alternation(lex.words('title-qualifier'))})\s+(?:the\s+)?(?P<office>[^,;()]+)"),
        # "Defense Secretary", "Homeland Security Secretary": the office before the head (modifiers, kind office;
        # "U.S.", "State" are kind scope: where a title holds, not which office)
        office_before=re.compile(
            rf"\b(?P<office>{alternation(m.word for m in lex.modifiers if m.kind == 'office')})\s+(?={alternation(t.form for t in lex.titles)}\b)"
        ),
        ranks=frozenset(m.word.lower() for m in lex.modifiers if m.kind in ("rank", "second")),
        # as a title's words are read: lower case, no full stops at the ends ("U.S." -> "u.s")
        no_kind=frozenset(w.lower() for w in lex.words("article"))
        | frozenset(f for m in lex.modifiers if m.kind in ("past", "scope") for f in (m.word.lower(), m.word.lower().strip(".,’'"))),
        local=re.compile(r"\b((?:[A-Z][a-z]+\.?\s+){1,2}(?:County|Parish|Borough))\b"),
        seats=frozenset(t.head for t in lex.titles if "seat" in t.flags),
        chamber=frozenset(t.head for t in lex.titles if "chamber" in t.flags),
        vague=frozenset(t.head for t in lex.titles if "vague" in t.flags),
        forms=re.compile(rf"(?<![\w.])(?:{alternation(f for t in lex.titles for f in (t.form, t.plural) if f)})(?![\w-])", re.I),
        head_of={f.lower(): t.head for t in lex.titles for f in (t.form, t.plural) if f},
        party=frozenset(w.lower() for p in lex.parties for w in (p.name, p.member, *p.other)),
        stop=frozenset(w.lower() for w in lex.words("stop")),
        body_heads=frozenset(w.lower() for w in lex.words("org-head")),
        seat=alternation(w.lower() for w in lex.words("district-word")),
        nations={c.demonym.lower(): c.name.lower() for c in lex.countries if c.demonym},
    )


def heads(text: str, lex: Lexicon | None) -> frozenset[str]:
    """The heads of the titles in `text`: a title the detector found, or a title or role the registry
    holds. Never running prose: the lexicon matches titles in any case ("in general" would be General)."""
    return frozenset((lexicon() if lex is None else lex).title_heads(text))
