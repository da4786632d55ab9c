"""Detect people, bodies and places by the registry's names, with the attributes a sentence gives them.

"Sen. Heidi Heitkamp (D-N.D.)" -> heidi-heitkamp, party Democratic, state North Dakota;
"Minnesota Senator Amy Klobuchar" -> state Minnesota, title Senator;
"Interior Secretary Jesus Murillo Karam" -> title "Interior Secretary";
"Heitkamp, a former North Dakota attorney general" -> title "former North Dakota attorney general";
"Klobuchar of Minnesota, another Democrat" -> party Democratic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.model import Entity, Mention
from factcheck.places import STATE_PATTERN, TAG_STATE, party_name, state_name

TITLE_WORDS = (
    "Senator|Sen\\.|Representative|Rep\\.|Congressman|Congresswoman|Governor|Gov\\.|Secretary|Attorney General|"
    "Ambassador|Commissioner|Undersecretary|Under Secretary|Director|Chairman|Chairwoman|Chair|President|Vice President|"
    "Mayor|Minister|Judge|Justice|Sheriff|Chief|General|Gen\\.|Prosecutor|Ranking Member|Speaker|Leader|Deputy|"
    "Administrator|Lt\\. Gov\\.|Lieutenant Governor|Councilman|Councilwoman|Commander|Inspector General|Auditor|Treasurer|Comptroller|"
    # Local and institutional titles news copy writes before a name ("Superintendent Dana Ruiz").
    "Superintendent|Chancellor|Provost|Assemblyman|Assemblywoman|Assemblymember|Alderman|Alderwoman|Councilmember|"
    "Supervisor|Trustee|Clerk|Assessor|Coroner|Detective|Sergeant|Sgt\\.|Capt\\.|Lt\\.|Trooper|Officer|Professor|Prof\\.|Rev\\."
)
# "library director Mary Danko", "Board member Ellen Costa", "said police chief Ann Ortiz": news copy writes
# most roles in lower case before the name; a capitalised title ("Police Chief") is a TITLE_WORD.
ROLE_NOUNS = (
    "director|member|chief|commissioner|manager|spokesman|spokeswoman|spokesperson|president|chair|chairman|chairwoman|"
    "superintendent|administrator|attorney|lawyer|officer|official|coordinator|treasurer|clerk|councilor|councilman|"
    "councilwoman|councilmember|trustee|principal|economist|analyst|researcher|professor|executive|secretary|engineer|"
    "inspector|auditor|supervisor|historian|librarian|curator|pastor|organizer|founder|owner|judge|sheriff|prosecutor"
)
_TITLE_BEFORE = re.compile(
    rf"((?:(?:U\.S\.|Mexican|Federal|State|Interior|Foreign|Homeland Security|Defense|Justice|Police|Deputy|Assistant|Acting|Former|former|{STATE_PATTERN}|[A-Z][a-z]+)\s+){{0,4}}"
    rf"(?:{TITLE_WORDS})(?:\s+(?:{TITLE_WORDS}))*)\s+$"
)
_TAG_AFTER = re.compile(r"\s*(?:\(\s*|,\s*)(?P<party>[DRI])\s*[-–]\s*(?P<state>" + TAG_STATE + r")\s*(?:\)|,|(?=\s)|$)")
_OF_STATE = re.compile(rf"\s+of\s+(?P<state>{STATE_PATTERN})\b")
_PARTY_FIRST = re.compile(r"(Democratic|Republican)\s+")
_PARTY_BEFORE = re.compile(r"(?<![\w-])(Democratic|Republican)\s+$")
_STATE_BEFORE = re.compile(rf"(?P<state>{STATE_PATTERN})(?:'s)?\s+(?:U\.S\.\s+)?(?:(?:Senator|Sen\.|Rep\.|Representative|Gov\.|Governor)\s+)?$")
_LEADING_TITLE = re.compile(r"(?:U\.S\.\s+)?(?:Senator|Sen\.|Rep\.|Representative|Gov\.|Governor)\s")
# A registered alias that carries its own tag ("Sen. Heidi Heitkamp, D-N.D.") still gives party and state.
_TAG_INSIDE = re.compile(r"\s*[,(]\s*[DRI]\s*[-–]")
# An appositive after the name: ", a former North Dakota attorney general", ", a former top Hennepin County
# prosecutor", ", another Democrat".
_ROLE_WORDS = (
    "attorney general|senator|governor|congressman|congresswoman|representative|prosecutor|county attorney|"
    "district attorney|ambassador|secretary|mayor|sheriff|judge|commissioner|undersecretary"
)  # not a bare "attorney": "Heitkamp, an attorney by training" names a profession, not an office
_APPOSITIVE = re.compile(
    rf"(?P<comma>\s*,)?\s+(?:a|an|the|another|fellow)\s+(?:"
    rf"(?P<title>(?:(?i:former|onetime|then-?|longtime|veteran|top)\s+)*"
    rf"(?:(?P<state>{STATE_PATTERN})\s+|(?:[A-Z][a-z]+\s+){{1,2}}(?:County|City)\s+)?(?i:{_ROLE_WORDS}|(?<=County )attorney|(?<=City )attorney))"
    r"|(?P<party>Democrat|Republican|Independent))(?![\w'’-])"  # "a senator's wife" is not a title
)


@dataclass(frozen=True, slots=True)
class EntityRef:
    ids: tuple[str, ...]  # the registry entities this name may be (usually one)
    name: str
    party: str | None = None
    party_span: tuple[int, int] | None = None
    state: str | None = None
    state_span: tuple[int, int] | None = None
    title: str | None = None
    title_span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class NameIndex:
    pattern: re.Pattern[str] | None
    by_alias: dict[str, tuple[str, ...]]
    types: dict[str, str]


def build_index(entities: dict[str, Entity]) -> NameIndex:
    by_alias: dict[str, set[str]] = {}
    for entity in entities.values():
        for alias in (entity.name, *entity.aliases):
            alias = alias.strip()
            if len(alias) < 3 or not alias[0].isupper() and not alias[0].isdigit():
                continue  # lower-case aliases ("the senators") would match ordinary words
            by_alias.setdefault(alias, set()).add(entity.id)
    if not by_alias:
        return NameIndex(None, {}, {})
    names = sorted(by_alias, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    return NameIndex(pattern, {k: tuple(sorted(v)) for k, v in by_alias.items()}, {e.id: e.type for e in entities.values()})


def detect(text: str, index: NameIndex) -> list[Mention]:
    if index.pattern is None:
        return []
    found = []
    for match in index.pattern.finditer(text):
        start, end = match.span()
        ids = index.by_alias[match.group(0)]
        party = state = title = None
        party_span = state_span = title_span = None
        tag = _TAG_AFTER.match(text, end)
        inside = _TAG_INSIDE.search(match.group(0))
        if tag is None and inside:
            tag = _TAG_AFTER.match(text, start + inside.start())
        if tag:
            party = party_name(tag.group("party"))
            party_span = (tag.start("party"), tag.end("state"))
            state = state_name(tag.group("state")) or tag.group("state")
            state_span = (tag.start("state"), tag.end("state"))
        of_state = None
        if not tag:
            of_state = _OF_STATE.match(text, end)
            if of_state:
                state = of_state.group("state")
                state_span = of_state.span("state")
        before = text[max(0, start - 80) : start]
        offset = max(0, start - 80)
        titled = _TITLE_BEFORE.search(before)
        if titled:
            title = titled.group(1)
            title_span = (offset + titled.start(1), offset + titled.end(1))
            party_first = _PARTY_FIRST.match(title)
            if party_first:  # "Democratic Gov. Phil Scott": the party, then the title
                title, title_span = title[party_first.end() :], (title_span[0] + party_first.end(), title_span[1])
        if (titled or _LEADING_TITLE.match(match.group(0))) and not party:
            lead = title_span[0] if title_span else start
            party_first = _PARTY_BEFORE.search(text, max(0, lead - 12), lead)
            if party_first:
                party, party_span = party_name(party_first.group(1)), party_first.span(1)
        after = max(end, tag.end() if tag else end, of_state.end() if not tag and of_state else end)
        appositive = _APPOSITIVE.match(text, after)
        if appositive and (appositive.group("comma") or text[:after].rstrip().endswith(",")):
            if appositive.group("party") and not party:
                party, party_span = party_name(appositive.group("party")), appositive.span("party")
            if appositive.group("title") and not title:
                # The state stays in the title: it is the role's state, not necessarily the one represented.
                title, title_span = appositive.group("title"), appositive.span("title")
        if titled or _LEADING_TITLE.match(match.group(0)):
            state_first = _STATE_BEFORE.search(before)
            if state_first and not state:
                state = state_first.group("state")
                state_span = (offset + state_first.start("state"), offset + state_first.end("state"))
        found.append(Mention("entity", start, end, match.group(0), EntityRef(ids, match.group(0), party, party_span, state, state_span, title, title_span)))
    return found
