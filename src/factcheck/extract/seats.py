"""A person's seat as rosters write it: the district (or ward, or precinct), and the party and town that come with
it. "Present: Thomas Reardon (Ward 1), Marisol Vega (Ward 2)", "Grace Kimura (at-large, appointed by the City Council)", "Gail Ferris, President (Sub-district 3,
Linnville)", "Curtis Bauman, District 4 (White City)", "Chairman Harold "Hal" Pruitt (R), District 1, Millhaven".
Read by extract/entities.scan for each sentence (a roster's line is one).
"""

from __future__ import annotations

import re

from factcheck.extract.doc import Doc, Sentence
from factcheck.extract.gather import Gatherer
from factcheck.extract.naming import NAME as _NAME
from factcheck.extract.naming import TITLE_WORD, clean_name
from factcheck.lexicon import alternation, lexicon
from factcheck.mentions.names import is_home, seat_label
from factcheck.places import party_name

_LEX = lexicon()
_PLACE_NAME = r"[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3}"  # on one line
# "District 4", "Sub-district 3", "42nd District"
_DISTRICT = rf"(?:(?:[A-Z][a-z]+-)?(?:{alternation(_LEX.words('district-word'))})\s+\d{{1,3}}|\d{{1,3}}(?:st|nd|rd|th)\s+(?:{alternation(_LEX.words('district-word'))}))"
SEAT = re.compile(rf"\s*{_DISTRICT}\b")  # a seat, after a name and its comma
# a name, then its seat in a parenthesis (a party before it maybe: "(D, Ward 1)"), its town after the seat maybe
# ("Gail Ferris, President (Sub-district 3, Linnville)"); or the town alone, a place's head ending it ("Marjorie
# Oyelaran, Vice Chair (Ashgrove Township)"), after a post only ("a warehouse in Ashford (Linn County)" names no one). A
# post may come between the name and the parenthesis.
_SEATED = re.compile(
    rf"(?P<name>{_NAME})(?P<post>,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}})?\s*\("
    rf"(?:(?:(?P<before>[^(),]{{1,12}}),\s*)?(?P<district>(?:[A-Z][a-z]+-)?(?i:{alternation(_LEX.words('district-word'))})\s+\d{{1,3}}|(?i:{alternation(_LEX.words('at-large'))}))"
    # ... and what else the parenthesis says of the seat: "(at-large, appointed by the City Council)"
    rf"(?:,\s*(?P<town>{_PLACE_NAME}))?(?:,\s*[a-z][^()]{{0,60}})?"
    rf"|(?P<place>{_PLACE_NAME}\s+(?:{alternation(_LEX.words('place-head'))}))"
    # a signature block's line, the town alone after the post: "Janet Osei, Treasurer (Eastgate)", at the line's end
    # (checked in the source's text: a block's lines are read as one sentence)
    rf"|(?P<line_town>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){{0,2}}))\)"
)
# the seat after a comma, a party's letter in a parenthesis before it maybe, a post between maybe, and the town in a
# parenthesis after it or after a comma at the line's end: "Harold J. Vogel, President, District 3 (Alta Vista)",
# "Commissioner Teresa Lindqvist (R), District 4, Cooper's Ford"
_PARTIES = alternation(f for p in _LEX.parties for f in (p.name, p.member, p.letter, *p.other))
_SEAT_AFTER = re.compile(
    rf"(?P<name>{_NAME})(?:\s*\((?P<tag>[A-Z]{{1,3}})\))?(?P<post>,\s+[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){{0,3}}?)?"
    rf"(?:\s*\((?P<tag_after>[A-Z]{{1,3}})\))?,\s+(?P<district>{_DISTRICT})"  # "Daniel Okafor, Vice Chair (D), District 4"
    # "District 3 (Republican, Oakmont)": the party, then the town
    # ", Cooper's Ford" or ", of Pell Ridge" ending the line, a post after it maybe (", of Pell Ridge, Vice Chair")
    rf"(?:\s*\((?:(?P<party>{_PARTIES}),\s*)?(?P<town>{_PLACE_NAME})\)"
    rf"|,\s*(?:of\s+)?(?P<last>{_PLACE_NAME})(?:,\s*(?P<tail>(?:[A-Z][\w’'-]*\s+){{0,2}}{TITLE_WORD.pattern}))?(?=[ \t]*[;.]?[ \t]*(?:\n|$))"
    rf"|(?=[ \t]*(?:[,;(]|\.?[ \t]*(?:\n|$))))"  # a seat alone ends there: "Inspection Team Leader, District 6 Bridge Section" is a body's
)


def scan(text: str, doc: Doc, sentence: Sentence, gather: Gatherer, prov: dict[str, object]) -> None:
    """Record the seat, and the party and town with it, of each full name the sentence gives one."""
    seated = list(_SEATED.finditer(text))
    # a roster: one of its names has a title and a town ("Chair Harold Brandvold (Elm Grove);"), so the names after it
    # with a town alone are members too ("Raymond Ochoa (Ashby); Janet Kruse (Dunmore); Thomas Vanderploeg (Kettering).")
    roster = any(match.group("line_town") and _titled_in_list(match, text) for match in seated)
    for match in seated:
        # "Present: Thomas Reardon (Ward 1), Marisol Vega (Ward 2)": a full name with its seat, no title before
        # ... or a roster's titled name and its town, one of a list: "Chair Margaret Lindqvist (Petoskey); Vice Chair ..."
        listed = bool(match.group("line_town")) and (_titled_in_list(match, text) or roster and _in_list(match, text) or _alone_on_line(match, doc, sentence))
        if (match.group("place") or match.group("line_town")) and not (match.group("post") or listed) or " " not in clean_name(match.group("name")):
            continue
        if (
            match.group("line_town")
            and not listed
            and not (TITLE_WORD.search(match.group("post")) and is_home(match.group("line_town"), _LEX) and _ends_line(doc, sentence, match.end()))
        ):
            continue  # "Janet Osei, Treasurer (Eastgate)": a post, then a town, ending the line; not "Jo Hale, Analyst (Finance)"
        _seat(match, match.group("town") or match.group("place") or match.group("line_town"), match.group("before"), doc, sentence, gather, prov)
    for match in _SEAT_AFTER.finditer(text):
        if " " in clean_name(match.group("name")):
            party = match.group("tag") or match.group("tag_after") or match.group("party")
            _seat(match, match.group("town") or match.group("last"), party, doc, sentence, gather, prov)


_LIST_NEXT = re.compile(r"\s*;")


def _titled_in_list(match: re.Match[str], text: str) -> bool:
    """ "Regent Thomas Waite (Gaylord);": a name after its title, its town in a parenthesis, and the roster's next
    entry after a semicolon."""
    first = match.group("name").split()[0]
    return (
        not match.group("post")
        and TITLE_WORD.fullmatch(first) is not None
        and is_home(match.group("line_town"), _LEX)
        and _LIST_NEXT.match(text, match.end()) is not None
    )


def _in_list(match: re.Match[str], text: str) -> bool:
    """A roster's entry with no title: a name, its town in a parenthesis, and the next entry after a semicolon or the
    list's end."""
    return not match.group("post") and is_home(match.group("line_town"), _LEX) and _LIST_END.match(text, match.end()) is not None


# a roster's line: a name, a post maybe, and a town in a parenthesis, alone on the line
_ROSTER_LINE = re.compile(
    rf"[ \t]*(?:{TITLE_WORD.pattern}\.?[ \t]+)?{_NAME}(?:,[ \t]+[^,()\n]{{1,60}})?[ \t]*\([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){{0,2}}\)[ \t]*"
)


def _alone_on_line(match: re.Match[str], doc: Doc, sentence: Sentence) -> bool:
    """A roster's line of a name and its town alone, beside another of the roster's lines: "Dale Whitcomb (Hollis)"
    after "Gerald Hobbs, Vice Chair (Mercer Springs)"."""
    if match.group("post") or not is_home(match.group("line_town"), _LEX):
        return False
    text, at = doc.source.text, sentence.start + match.start("name")
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    if _ROSTER_LINE.fullmatch(text, start, end) is None:
        return False
    before = text.rfind("\n", 0, max(0, start - 1)) + 1
    after = text.find("\n", end + 1)
    after = len(text) if after < 0 else after
    return (start > 0 and _ROSTER_LINE.fullmatch(text, before, start - 1) is not None) or (
        end < len(text) and _ROSTER_LINE.fullmatch(text, end + 1, after) is not None
    )


_LIST_END = re.compile(r"\s*(?:;|\.\s*$|$)")  # one run of blanks, then the entry's end: linear on any run of blanks


def _ends_line(doc: Doc, sentence: Sentence, at: int) -> bool:
    """Nothing but blanks after offset `at` of the sentence to its source line's end."""
    text = doc.source.text
    end = text.find("\n", sentence.start + at)
    return not text[sentence.start + at : len(text) if end < 0 else end].strip()


def _seat(match: re.Match[str], town: str | None, party: str | None, doc: Doc, sentence: Sentence, gather: Gatherer, prov: dict[str, object]) -> None:
    found = gather.person(match.group("name"), doc, sentence, match.start("name"))
    if found is None or found.type != "person":
        return
    raw = match.group("name")
    title = raw[: raw.find(found.name.split()[0])].strip() if found.name.split()[0] in raw else ""
    if title and TITLE_WORD.fullmatch(title.split()[-1]):
        found.add("title", title, raw, prov)  # a roster line in capitals is read here alone: "Chairman Rutherford Kesselring (R), District 1"
    if town:
        found.add("home", town, match.group(0), prov)
    if not match.group("district"):
        return
    found.add("district", seat_label(match.group("district")), match.group("district"), prov)
    named = party_name(party or "")
    if named:
        found.add("party", named, match.group(0), prov)  # "Marcus Bell (I, Ward 7)", "Teresa Lindqvist (R), District 4"
    tail = match.groupdict().get("tail")
    if tail:
        found.add("title", tail, match.group(0), prov)  # "..., of Pell Ridge, Vice Chair": the post ends the line
