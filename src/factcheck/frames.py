"""What a value is about: the words of its own clause (issue 11, fact alignment).

"1,009 in Coos County, 173 in Curry County and 72 in Douglas County": each figure is about its
own county. A draft's "| Homes damaged or destroyed, Curry County | 72 |" is about Curry County,
so it is held against 173, not waved through by the 72 of Douglas County. A value's frame is
the stems of the words around it up to the clause's edge (a comma, a semicolon, a colon, a
dash, a bracket, a table cell's edge), and the names in it with their heads ("Curry County"),
which must not name another thing of the same make.

A frame is stored as one string ("damag destroy home ^curry~county") so that a claim card keeps
plain data (corpus/codec.py): stems, then the names with their heads, marked with "^".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.lexicon import alternation, lexicon
from factcheck.textutil import content_stems

# How far a clause reaches from its value, in words each way: a long clause's far end is about something else.
REACH = 12
# A shared name weighs this many of the rarest words.
NAMED = 3
_EDGE = re.compile(r"[,;:()\[\]—–|]|\s{3,}|\s-\s")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# ", or 36 percent", ", or about a third": the figure before, in other terms
_HEDGES = alternation(h.phrase for h in lexicon().hedges if "noun" not in h.tags)  # hedges written before a figure
_RESTATES = re.compile(rf"\s*or\s+(?:(?:{_HEDGES})\s+)?")
_PAST = tuple(lexicon().words("past-suffix"))
_PARTICIPLES = lexicon().words("irregular-participle")  # "set up in 2010", "built in 1927": no -ed to tell them by
# Weekdays and months say when, not what: "on Tuesday, May 12" is about no more than "Tuesday, May 19".
# ... and so do the times of a day: "On the night of Tuesday, Sept. 30, I seconded the motion" is about the seconding.
_WHEN = frozenset(w.lower() for w in lexicon().calendar_words()) | lexicon().words("when-word")
_RELATIVE = lexicon().words("relative-opener")  # "the act, which we introduced two years ago, ...": about the act
_OPEN = {"(": ")", "[": "]"}
_CLOSE = {")": "(", "]": "["}
_JOINT = re.compile(rf"\b(?:{alternation(lexicon().words('list-joint'))})\b")  # a list's "and", "or"
# The words that end a name of a place or body: "Curry County", "Justice Department".
HEADS = frozenset(lexicon().words("place-head") | lexicon().words("org-head"))
# The words that say which way a figure went: "down from 93.1 percent", "rose to 88.4 percent".
# the words right before a figure that make it a change ("up 75 students", "an increase of 57", "rose by 4
# percent"), read up to the figure
_ROUGHLY = alternation(h.phrase for h in lexicon().hedges if h.direction in ("around", "approaching") and "noun" not in h.tags)
_CHANGE = re.compile(rf"\b(?:{alternation(lexicon().words('change'))})\s+(?:by\s+)?(?:(?:{_ROUGHLY})\s+)?\$?$", re.I)
# ... or a change noun right after the figure and its unit: "a 90-basis-point drop", "a 12 percent increase"
_CHANGE_NOUNS = alternation(w.removesuffix(" of") for w in lexicon().words("change") if w.endswith(" of"))  # "increase of" -> "increase"
_CHANGE_AFTER = re.compile(
    rf"(?:-[a-z]+){{0,3}}(?:\s+(?:percent|points?))?\s+(?:{_CHANGE_NOUNS})\b"
    # ... or a gap after it and its rate: "$2 an hour below the $22.15 average"
    rf"|(?:\s+(?:a|an|per)\s+[a-z]+)?\s+(?:{alternation(lexicon().words('gap-word'))})\s+(?:the|a|an|its|their|what)\b",
    re.I,
)
# "Achterberg told the board on Sept. 18 that the FTA award was ...": a value between a speech verb and the "that" opening
# what was said dates or counts the saying, not what was said
_SPOKE = frozenset(f.lower() for f in lexicon().speech_forms(tenses=("past", "present"))) | lexicon().words("report-verb")
_REPORTED = re.compile(rf"\s+(?:{alternation(lexicon().words('report-that'))})\b", re.I)
# what may stand between a comma and a value that restates the one before it: a hedge ("$20.9 million, about 19 percent"),
# not "to" ("fell 18.5 percent, to 1,387" is a level)
_APPOSED = re.compile(rf"\s*(?:(?:{_HEDGES})\s+)?", re.I)
_TRENDS = tuple((way, re.compile(rf"\b(?:{alternation(lexicon().words('trend-' + way))})\b")) for way in ("up", "down"))


@dataclass(frozen=True, slots=True)
class Frame:
    stems: frozenset[str]
    names: frozenset[str]  # "curry~county": a name's word and the head it comes before ("Curry County")
    trend: str = ""  # "up" or "down": the way the clause says the figure went ("down from 93.1 percent")
    change: bool = False  # the figure is by how much something went ("up 75", "an increase of 57"), not a level


_LOWER_BEFORE = re.compile(r"\b[a-z][\w’'-]*\s*\Z")
_DATED = re.compile(rf"(?:{alternation(f for m in lexicon().months for f in m.forms)})(?!\w)|(?:19|20)\d\d\Z", re.I)


def frame_of(text: str, start: int, end: int, others: Sequence[tuple[int, int]] = (), stops: Sequence[tuple[int, int]] = ()) -> Frame:
    """The frame of the value written at text[start:end]; `others` are the spans of the text's other
    values. Its words run to the clause's edge or the next value after it ("173 in Curry County and"),
    and before it back to the edge, unless another value there owns those words ("and 72 in Douglas
    County" is Douglas's, not Curry's). A value alone in its cell (a table's "| 72 |") takes the
    whole text: its row. `stops`: values of the same kind (a date's other dates) whose words are never this
    one's: "released its preliminary report last Thursday on last month's collision" is about the report."""
    left = _left_edge(text, start)
    first = _WORD.search(text, left, start)
    if (
        left > 0
        and text[left - 1] == ","
        and first is not None
        and first.group(0)[:1].islower()
        and (first.group(0).endswith(_PAST) or first.group(0) in _PARTICIPLES or first.group(0) in _RELATIVE)
    ):
        # "Her Stop Exploitation Through Trafficking Act, introduced in November 2012, ...": a clause opened by a
        # past participle or a relative pronoun ("which we introduced") is about the thing before it
        left = _left_edge(text, left - 1)
    restates = left > 0 and text[left - 1] == "," and _RESTATES.fullmatch(text, left, start) is not None
    if restates:
        # "five of the 14 budgeted nursing positions, or 36 percent, have been vacant": the share restates the count
        # before it, and is about what that count is about (its ", or" joins no list)
        left = _left_edge(text, left - 1)
    after = _clause_end(text, end)
    right = after.start() if after else len(text)
    reported = _REPORTED.match(text, end, right)
    if reported is not None and any(m.group(0).lower() in _SPOKE for m in _WORD.finditer(text, left, start)):
        right = end
    # "173 in Curry County and 72 in Douglas County": the words before 72 are 173's, as a list goes;
    # "The three visited Mexico last year": they are the date's too
    # The values next to this one, by bisection: a sentence of 200 dates frames each in linear time.
    ordered = [o for o in sorted(others) if o[0] != start]  # the value's own span (maybe with its unit) may be among them
    k = bisect_left(ordered, (start, -1))
    previous = ordered[k - 1] if k > 0 else None
    # A list's connector between two values divides the words between them: "eight in Gallatin County
    # and five in Cascade County" gives "in Gallatin County" to eight; "Gallatin with five and Cascade
    # with eight" gives "Cascade with" to eight. Without one, a value's words run to the clause's edge.
    joint = _last(_JOINT, text, previous[1], start) if previous is not None and left <= previous[0] and not restates else None
    owned_before = joint is not None
    # after it, the words run to the first connector that another value of the clause follows ("$11.2
    # million over two years to hire nurses ... and $7.3 million for county clinics")
    j = bisect_left(ordered, (right, -1)) - 1
    last_value = ordered[j][0] if j >= 0 else -1
    first = _JOINT.search(text, end, last_value) if last_value > end else None
    nxt = first.start() if first is not None else len(text)
    nxt = min([nxt, *(a for a, _ in stops if a >= end)])
    starts = [o[0] for o in ordered]
    # "Structures destroyed: 17 (12 residences, 5 outbuildings)": a parenthesis of other figures right after
    # this one is their breakdown, not its words
    opening = _PAREN.match(text, end)
    if opening is not None:
        close = text.find(")", opening.end())
        if close > 0 and any(opening.end() <= a < close for a in starts):
            nxt = min(nxt, opening.start())

    def inside(at: int) -> bool:
        j = bisect_right(starts, at) - 1
        return j >= 0 and at < ordered[j][1]

    # nor are the words before a date of the same kind before it: "reported in December 2015 that the three
    # had visited Mexico in 2013" frames 2013 by the visit, not the report
    since = max([joint.end() if joint is not None else left, *(b for a, b in stops if left <= a and b <= start)])
    # "met with the NFL about this year's Super Bowl": a value in the possessive is the noun's after it, not the clause's,
    # when that noun's words say what it is ("the agenda for next Tuesday's meeting" needs the agenda)
    spans = [(end, min(right, nxt)), (since, start)]
    if possessive(text, end) and len(content_stems(text[end : min(right, nxt)])) >= POSSESSED:
        spans = spans[:1]
    words = [m for a, b in spans for m in _WORD.finditer(text, a, b) if not inside(m.start())]
    # "Starting in January, the typical bill goes ...": a date that opens the text after a word that only leads it in is
    # as fronted as one alone, and is about the clause after it
    lead_in = left == 0 and _LEAD_IN.fullmatch(text, 0, start) is not None
    # "Substantial completion: no later than October 29, 2027": a deadline's words say when, as a label's value
    deadline = left > 0 and _DEADLINE.fullmatch(text, left, start) is not None
    alone = (lead_in or not any(_says(m) for m in words if not (deadline and left <= m.start() < start))) and not owned_before
    # "... collection and technology ($600,000) and a new endowed programming fund ($400,000)": a value alone in its
    # parenthesis is about the words before it, as one set off by a comma is
    # (not a dateline's "CHICAGO (May 9, 2023) — Today, the agency announced": after a name, the words after it)
    bracketed = (
        left > 0
        and text[left - 1] == "("
        and after is not None
        and after.group(0).strip() == ")"
        and _LOWER_BEFORE.search(text, 0, left - 1) is not None
        # a date in parentheses is a reference's, "the mayor's veto letter (Nov. 23)": no figure of what comes before
        and not _DATED.match(text, start, end)
    )
    if (
        alone
        and left > 0
        and (text[left - 1] in ",:" and (after is None or after.group(0).strip() != "(") or bracketed)
        and (deadline or not text[left:start].strip(" ,"))
    ):
        # "the most cases, 14, followed by ...", "| State attorney general, 2004–2011 |": a value set off
        # alone by a comma is about what comes before it, as a label's value is ("Regular meeting: Thursday,
        # December 10, 2026")
        before = _last(_EDGE, text, 0, left - 1)
        words = [m for m in _WORD.finditer(text, before.end() if before else 0, left) if not inside(m.start())]
    elif alone and after is not None and after.group(0).strip() not in ("", "|"):
        # "In 2013, there were 54 deaths ...": a value fronted in a clause of its own is about the next one
        # (a table's next cell is not: the value's row is what it is about)
        after_next = _clause_end(text, right + 1)
        for _ in range(LIST_CLAUSES):
            # "Earlier this month, Sen. Amy Klobuchar (D-MN), Cindy McCain and I traveled to Mexico City": a list of
            # names is no clause of its own; the date is about what they did
            named = [m.group(0) for m in _WORD.finditer(text, right, after_next.start() if after_next else len(text))]
            if after_next is None or any(w[:1].islower() and w.lower() not in _WHEN and content_stems(w) for w in named):
                break
            after_next = _clause_end(text, after_next.end())
        words = [m for m in _WORD.finditer(text, right, after_next.start() if after_next else len(text)) if not inside(m.start())]
    if not any(_says(m) for m in words):
        # the clause between semicolons it stands in ("...; families split 54 percent for and 39 percent against"),
        # else the whole text near it, within the reach of words either way (a bounded scan: a 2,000-character
        # sentence of dates frames each without reading all of it)
        near_text = (max(0, start - REACH * 24), min(len(text), end + REACH * 24))
        opened, closed = text.rfind(";", near_text[0], start), text.find(";", end, near_text[1])
        clause = (opened + 1 if opened >= 0 else near_text[0], closed if closed >= 0 else near_text[1])
        words = [m for m in _WORD.finditer(text, *clause) if not (start <= m.start() < end) and not inside(m.start())]
        if clause != near_text and not any(_says(m) for m in words):
            words = [m for m in _WORD.finditer(text, *near_text) if not (start <= m.start() < end) and not inside(m.start())]
    words = sorted(words, key=lambda m: m.start())
    near = [m for m in words if m.start() >= end][:REACH] + [m for m in words if m.start() < start][-REACH:]
    stems: set[str] = set()
    names: set[str] = set()
    for match in near:
        if match.group(0).lower() in _WHEN:
            continue
        stems.update(content_stems(match.group(0)))
        head = _WORD.match(text, match.end() + 1)
        noun = re.sub(r"['’]s$", "", head.group(0)) if head is not None else ""  # "Adams County's clinic"
        if match.group(0)[:1].isupper() and noun in HEADS and match.group(0) not in HEADS:
            names.add(f"{match.group(0).lower()}~{noun.lower()}")
    said = " ".join(m.group(0).lower() for m in near)
    trends = {way for way, pattern in _TRENDS if pattern.search(said)}
    change = _CHANGE.search(text, max(0, start - 24), start) is not None or _CHANGE_AFTER.match(text, end) is not None
    if (
        not change
        and previous is not None
        and 0 < previous[1] < left
        and text[left - 1] in ",("
        and not text[previous[1] : left - 1].strip()
        and _APPOSED.fullmatch(text, left, start) is not None
    ):
        # "The increase of $20.9 million, about 19 percent, reflects": a value set off right after another restates it,
        # a change when that one is
        change = _CHANGE.search(text, max(0, previous[0] - 24), previous[0]) is not None
    return Frame(frozenset(stems), frozenset(names), trends.pop() if len(trends) == 1 else "", change)


_PAREN = re.compile(r"\s*\(")  # a parenthesis opening right after a value
# "Substantial completion: no later than October 29, 2027": a deadline's words before a label's value
_DEADLINE = re.compile(rf"\s*(?:{alternation(lexicon().words('deadline-lead'))})\s+", re.I)
_POSSESSIVE = re.compile(r"['’]s\b")
_LEAD_IN = re.compile(rf"[\s*_>-]*(?:{alternation(lexicon().words('date-lead'))})(?:\s+(?:in|on))?\s+", re.I)
# The fewest words a possessive date's noun needs to frame the date alone ("Super Bowl"; not "meeting").
POSSESSED = 2


def possessive(text: str, end: int) -> bool:
    """The value ending at `end` is in the possessive ("this year's Super Bowl"): it is the noun's after it."""
    return _POSSESSIVE.match(text, end) is not None


# How many commas of a list of names a fronted value's clause may run past.
LIST_CLAUSES = 3


def _says(word: re.Match[str]) -> bool:
    """A word that says what a value is about: a content word, not a weekday or a month."""
    return word.group(0).lower() not in _WHEN and bool(content_stems(word.group(0)))


def trend_words(text: str, way: str, start: int, end: int) -> re.Match[str] | None:
    """The words nearest text[start:end] that say the figure went `way` ("up from")."""
    pattern = dict(_TRENDS)[way]
    found = list(pattern.finditer(text.lower(), max(0, start - REACH * 12), min(len(text), end + REACH * 12)))
    return min(found, key=lambda m: min(abs(m.start() - end), abs(start - m.end()))) if found else None


def _clause_end(text: str, at: int) -> re.Match[str] | None:
    """The edge that ends the clause going on at `at`: "Heitkamp joined Amy Klobuchar (D-MN) in introducing
    the act" runs on past its parenthesis."""
    after = _EDGE.search(text, at)
    while after is not None and after.group(0) in _OPEN:
        close = text.find(_OPEN[after.group(0)], after.end())
        if close < 0:
            break
        after = _EDGE.search(text, close + 1)
    return after


def _left_edge(text: str, start: int) -> int:
    """Where the clause before `start` begins: after the last edge, a parenthesis skipped whole."""
    edges = list(_EDGE.finditer(text, 0, start))
    k = len(edges) - 1
    while k >= 0:
        mark = edges[k].group(0)
        if mark not in _CLOSE:
            return edges[k].end()
        opener = text.rfind(_CLOSE[mark], 0, edges[k].start())
        if opener < 0:
            return edges[k].end()
        k = bisect_left(edges, opener, 0, k, key=lambda m: m.start()) - 1
    return 0


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    matches = list(pattern.finditer(text, start, end))
    return matches[-1] if matches else None


def covered(mine: Frame, stems: frozenset[str], idf: dict[str, float], unseen: float) -> float:
    """The share of the frame's meaning a claim's words have (0..1; 0 for an empty frame)."""
    # summed in a fixed order: a set's order varies with the hash seed, and so would the last bit of a sum
    total = sum(idf.get(stem, unseen) for stem in sorted(mine.stems))
    return sum(idf.get(stem, unseen) for stem in sorted(mine.stems & stems)) / total if total else 0.0


def encode(frame: Frame) -> str:
    return " ".join(
        sorted(frame.stems) + ["^" + n for n in sorted(frame.names)] + (["!" + frame.trend] if frame.trend else []) + (["!+"] if frame.change else [])
    )


def decode(text: str) -> Frame:
    words = text.split()
    trend = next((w[1:] for w in words if w.startswith("!") and w != "!+"), "")
    return Frame(frozenset(w for w in words if w[0] not in "^!"), frozenset(w[1:] for w in words if w.startswith("^")), trend, "!+" in words)


def overlap(mine: Frame, theirs: Frame, idf: dict[str, float], unseen: float) -> float:
    """How much the two frames share, the rare words weighing most, and a name shared whole ("Curry
    County") more than any words: it says which of a list's figures is meant."""
    return sum(idf.get(stem, unseen) for stem in sorted(mine.stems & theirs.stems)) + NAMED * unseen * len(mine.names & theirs.names)


def conflict(mine: Frame, theirs: Frame, sentence: str) -> bool:
    """The two name different things of one make in the value's place: "Curry County" against "Douglas
    County". The source's name must be missing from the whole sentence, not only from the frame cut out
    of it: a draft that leaves a name out says nothing against it."""
    folded = sentence.lower()
    for name in mine.names:
        if name in theirs.names:
            continue  # "13 in LaGrange County and the Steuben County buck" names LaGrange County too
        word, head = name.split("~")
        for other in theirs.names:
            their_word, their_head = other.split("~")
            if head == their_head and word != their_word and their_word not in folded and word not in theirs.stems:
                return True
    return False
