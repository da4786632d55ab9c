"""Detect figures in a sentence: text -> Mentions whose value is a Quantity.

Digits with separators and scale words ("7,000", "20 million", "$5.2 billion", "45%"),
number words ("fifty-four", "seven thousand", "three", "a dozen"), compounds ("three-day",
"7,000-person"), ages ("13 years old"), multipliers ("nearly tripled", "doubled"), and the
hedges that widen them ("more than", "nearly", "about", "at least"). Years and the day
numbers of dates are left to the date detector.
"""

from __future__ import annotations

import math
import re

from factcheck.lexicon import Lexicon, lexicon
from factcheck.mentions import number_forms as forms
from factcheck.mentions.number_words import Patterns, hedged, negated, noun_after, patterns, rounded_to, singular, words_value
from factcheck.model import Mention, Quantity
from factcheck.spans import Spans
from factcheck.textutil import content_stems

# "voted 6-1", "by a vote of 89 to 9", "a 5–4 ruling": a tally is one figure, compared whole.
# How far before a figure the patterns ending at it look: searched from the sentence's start instead,
# each figure of a long sentence rescanned all before it (quadratic; hardening issue).
LOOK_BACK = 200
# "Mahoney, 62, said": an age in apposition to a name.
_PLURAL_NEXT = re.compile(r"\s+[A-Za-z][\w’'-]*s\b")
_DOLLARS = re.compile(r"-dollars?\b")  # "48-million-dollar": the unit after a hyphenated scale
_ENUMERATOR = re.compile(r"(?:/\d{1,3}|[/)])\s")  # "1/ ", "2) ", a thread's "15/20 "
_AGE_APPOSITIVE = re.compile(r"[A-Z][a-z]+,\s*$")


# "would rise from 19 to 20": a level before and a level after, each a figure of its own, not a range like "ages 5-12"
_FROM_TO = re.compile(r"\bfrom\s+$", re.I)
_RATIO = re.compile(r"[\s-]+to[\s-]+(?:one|1)\b(?![,.]?\d)", re.I)
# a figure's "or more" written onto it: "38,000+", "38,000-plus" (not "2+2")
_PLUS = re.compile(r"(?:\+|-plus\b)(?!\s*\d)")


_ITEM = re.compile(r"\)\s+[a-z]")  # "(1) authorizes": after an item's number, its clause
_LIST_GOES_ON = re.compile(r",?\s+(?:(?:and|or)\s+)?\d|,\d")  # "Zones 1, 2 and 4": after the first of a list


# A figure's own sign, written before it: "+3.5%", "-16 feet", "−3.5%".
SIGNS = "+-−"
MINUS = "-−"


def _signed(text: str, at: int, signs: str = MINUS) -> bool:
    """A sign before the figure at `at`, after a blank, a cell's bar or an opening parenthesis."""
    return text[at - 1] in signs and (at == 1 or text[at - 2] in " \t\n(|")


def written_signed(q: Quantity) -> bool:
    """The writer put a sign before the figure ("+3.5%"), rather than its way in words ("rose 3.5%")."""
    return q.shown.lstrip()[:1] in SIGNS


# A figure that opens the text as a label, the noun it counts after the colon: "64: parcels bordering the corridor"
# (a bold label's markup blanked: "Three  : trailheads")
_LABELLED = re.compile(r"\s{0,2}:(?=\s{1,2}[a-z])")


def detect(text: str, *, skip: list[tuple[int, int]] | None = None, lex: Lexicon | None = None) -> list[Mention]:
    """Figures in `text` (offsets local), not overlapping the spans in `skip` (dates)."""
    lex = lex or lexicon()
    p = patterns(lex)
    # "4–1" with no vote near it ("City Council, 4–1" in a table, "ages 5-12"): a tally or a range, never
    # two counts of their own; a tally with its vote words is read as one below
    pairs = [
        m.span()
        for m in p.tally.finditer(text)
        if not forms.voted(text, *m.span(), p) and not (" to" in m.group(0).lower() and _FROM_TO.search(text, max(0, m.start() - 8), m.start()))
    ]
    taken = Spans([*(skip or []), *pairs])
    found: list[Mention] = forms.fractions(text, taken, p, lex)
    for mention in found:
        taken.add(mention.start, mention.end)
    for match in p.mult.finditer(text):
        value = float(p.multipliers[match.group("verb").lower()])
        hedge = (match.group("hedge") or "").lower()
        low, high = hedged(value, hedge, lex=lex)
        found.append(
            Mention(
                "number", match.start(), match.end(), match.group(0), Quantity(value, low, high, "times", hedge, match.group("verb").lower(), match.group(0))
            )
        )
    for match in p.number.finditer(text):
        figure = match.group("figure")
        if not figure or not figure.strip():
            continue
        start, end = match.span()
        fig_start = match.start("figure")
        if taken.overlaps(fig_start, match.end("figure")):
            continue
        if fig_start > 0 and (text[fig_start - 1].isalnum() or text[fig_start - 1] in "-/:") and not _signed(text, fig_start):
            # I-35, 4x4, Day7: part of a name; the minutes of 5:30. A minus sign after a blank is the figure's own ("a depth
            # of -16 feet MLLW", a table's "-3.2%")
            continue
        if text.startswith(":", match.end("figure")) and text[match.end("figure") + 1 : match.end("figure") + 2].isdigit():
            continue  # "1:5", a ratio; "5:30", a time: no count
        if fig_start > 1 and text[fig_start - 1] == "[" and not text[fig_start - 2].isspace() and text.startswith("]", match.end("figure")):
            continue  # "trafficking.[1]": a reference's mark, no count
        if fig_start > 0 and text[fig_start - 1] == "(" and _ITEM.match(text, match.end("figure")) and text[fig_start : match.end("figure")].isdigit():
            continue  # "the resolution (1) authorizes ... (2) moves": an item's number inside a sentence, no count ("technology ($600,000) and" is one)
        if not text[:fig_start].strip() and _ENUMERATOR.match(text, match.end("figure")):
            continue  # "1/ A thread on ...", "2) The bill ...", "15/20 Worth ...": an item's number, no count
        if p.clock.match(text, match.end("figure")) or p.clock_range.match(text, match.end("figure")):
            continue  # "9 a.m.", "6 o'clock", the 1 of "from 1 to 5 p.m.": a time of day, no count
        if _RATIO.match(text, match.end("figure")):
            continue  # "almost two to one", "3-to-1", a vote's "four to one": a ratio or a tally in words, no count
        if figure.lower() in p.scales:
            continue  # "25 parts per million", "(million tons)": a rate's base or a table's unit, no figure
        if figure.lower() == "a":
            continue  # a lone "a" is an article; "a dozen" is handled by words_value
        digits = ""  # the figure's digits as written, for a figure written in digits
        if figure[0].isdigit() or figure[0] == "$":
            digits = figure.lstrip("$").replace(",", "")
            value = float(digits)
            if re.fullmatch(r"(1[89]|20)\d\d", figure.lstrip("$")) and not match.group("percent") and not match.group("scale"):
                continue  # a year
        else:
            parsed = words_value(figure, lex=lex)
            if parsed is None and (shorter := _first_figure(text, match, p, lex)) is not None:
                # "ten two-person crews": the words make two figures, and the first is the count
                match, figure = shorter, shorter.group("figure")
                start, end = match.span()
                parsed = words_value(figure, lex=lex)
            if parsed is None:
                continue
            value = parsed
            if figure.lower() == "one" and (not match.group("compound") or match.group("compound").lower() in lex.words("one-compound")):
                continue  # "one of the", "one federal initiative": rarely a checkable count; "one-time", "one-way": no count
        if (
            digits
            and 1 <= value <= 12
            and value == int(value)
            and not match.group("percent")
            and p.clock_before.search(text, max(0, fig_start - 20), fig_start)
        ):
            continue  # "where the recount is set to start at 9": an hour, no count
        if match.group("part"):
            value += p.parts[match.group("part").lower()]  # "three and a half": 3.5
        compound = (match.group("compound") or "").lower()
        if match.group("scale"):
            value *= p.scales[match.group("scale").lower()]
        elif compound in p.scales:
            # "a $2.5-million grant", "a 48-million-dollar package": the scale joined by a hyphen, then maybe the unit
            value *= p.scales[compound]
            dollars = _DOLLARS.match(text, end)  # matched in place: a slice per figure would copy the text again and again
            if dollars:
                end = dollars.end()
            if figure.startswith("$") or dollars:
                figure = "$" + figure.lstrip("$")
        if match.group("suffix"):
            if not figure.startswith("$") and not match.group("hedge") and not _PLURAL_NEXT.match(text, match.end()):
                continue  # "a 10K race": a name's modifier; "687K TEUs", "14.2M riders", "nearly 20M trafficked" count
            value *= p.suffixes[match.group("suffix").lower()]
        if not math.isfinite(value):
            continue  # 400 digits: no count anyone checks, and infinity breaks the arithmetic after
        hedge = (match.group("hedge") or "").lower()
        label = p.label.search(text, max(0, fig_start - 30), fig_start) if not match.group("hedge") and not figure.startswith("$") else None
        if label:
            unit, following = "§" if label.group("sign") else label.group("word").lower().replace(" ", "").rstrip("."), "number"
        elif match.group("percent"):
            unit, following = "percent", ""
        elif figure.startswith("$"):
            unit, following = "dollar", ""
        elif compound in p.scales:
            unit, following = noun_after(text, end, p, lex)  # "48-million people"
        elif match.group("compound") and text.startswith("-old", end) and singular(match.group("compound"), lex=lex) == "year":
            unit, following, end = "year", "old", end + 4  # "a 15-year-old girl": an age
        elif match.group("compound"):
            unit, following = singular(match.group("compound"), lex=lex), noun_after(text, end, p, lex)[1]
        else:
            age = p.age.match(text, end)
            if age:
                unit, following, end = "year", "old", age.end()
            else:
                unit, following = noun_after(text, end, p, lex)
                labelled = _LABELLED.match(text, end) if not unit and not text[:start].strip() else None
                if labelled is not None:
                    unit, following = noun_after(text, labelled.end(), p, lex)  # a box's line "Three: trailheads, at ...": what it counts
                counted = p.counted_before.search(text, max(0, start - LOOK_BACK), start) if not unit else None
                if counted:
                    unit, following = singular(counted.group(1), lex=lex), counted.group(1)  # "a community of 7,000"
                named = p.named.search(text, max(0, start - 30), start) if not unit and not match.group("hedge") else None
                if named and value == int(value) and p.named_end.match(text, end):
                    # "Chart 1", "Dalrymple 15"; "Zones 1, 2 and 4" are each a zone
                    word = named.group("word").lower()
                    listed = named.group(0).rstrip() != named.group("word") or _LIST_GOES_ON.match(text, end) is not None
                    unit, following = (singular(word, lex=lex) if listed else word), "number"
        if (
            not unit
            and not hedge
            and not digits
            and forms.word_before(text, fig_start) == "the"
            and following.split()[:1]
            and following.split()[0].lower() in p.referring
        ):
            continue  # "The two say they are a team", "the three of them": the people named before, no count
        if hedge == "over" and unit in p.durations:
            hedge, start = "", fig_start  # "over five years" is a span of time, not "more than five"
        if hedge in p.ceilings and forms.word_before(text, start) in p.phrasal:
            # "grants add up to $14.7 million": a total, not a ceiling; "adding about $5" keeps its hedge
            hedge, start = "", fig_start
        if (
            not unit
            and not hedge
            and (figure[0].isdigit() or value >= 13)  # "Marsh, 44," or "Marsh, forty-seven,"; "Marsh, two," is no age
            and value < 120
            and _AGE_APPOSITIVE.search(text, max(0, fig_start - LOOK_BACK), fig_start)
            and text.startswith(",", match.end("figure"))
        ):
            unit, following = "year", "old"
        if not unit and not hedge and value == int(value) and 5 <= value < 120 and p.age_at.search(text, max(0, fig_start - LOOK_BACK), fig_start):
            unit, following = "year", "old"  # "She retired at 68", "died at the age of 54": an age
        plus = _PLUS.match(text, match.end("figure")) or (_PLUS.match(text, match.end("scale")) if match.group("scale") else None)  # "20 million+"
        if plus and not hedge:
            hedge, end = "at least", max(end, plus.end())  # "38,000+ doors", "38,000-plus": that many or more
            if (match.group("compound") or "").lower() == "plus" or not unit:
                unit, following = noun_after(text, end, p, lex)  # "-plus" is no noun: "38,000-plus doors" counts doors
        if hedge and p.negated.search(text, max(0, start - 24), start):
            hedge = negated(hedge, p)  # "never went above 25": at most 25
        low, high = rounded_to(value, hedge, digits, lex=lex)
        if start == fig_start and fig_start and _signed(text, fig_start, SIGNS):
            start = fig_start - 1  # "+3.5%", "-16 feet": the sign is the figure's, shown with it
            if text[start] != "+":
                value, low, high = -value, -high, -low
        found.append(Mention("number", start, end, text[start:end], Quantity(value, low, high, unit, hedge, following, text[start:end])))
    found.extend(forms.ordinals(text, taken, p, lex))
    found.extend(forms.vague(text, taken, p, lex))
    found.extend(forms.tallies(text, taken, p))
    found.sort(key=lambda m: m.start)
    return forms.rates(text, forms.elliptic(text, forms.drop_nested(found)), p)


def _first_figure(text: str, match: re.Match[str], p: Patterns, lex: Lexicon) -> re.Match[str] | None:
    """The longest run of the figure's first words that is a number of its own, read again as a figure, when the rest
    makes a modifier with the word after it ("ten two-person crews"; not "eight-thirty", a time)."""
    if not match.group("compound"):
        return None
    words = list(re.finditer(r"[^\s-]+", match.group("figure")))
    for k in range(len(words) - 1, 0, -1):
        if not match.group("figure")[words[k - 1].end() : words[k].start()].isspace():
            continue
        shorter = p.number.match(text, match.start(), match.start("figure") + words[k - 1].end())
        if shorter is not None and shorter.group("figure") and words_value(shorter.group("figure"), lex=lex) is not None:
            return shorter
    return None


def counted_noun(q: Quantity) -> str:
    """The noun a figure is written before, stemmed: "trip" of "four-day trip"; "" when it has none, or
    when it is only a span of time ("seven minutes after the call" counts minutes of anything)."""
    stems = content_stems(q.noun)
    if not stems or q.unit in patterns(None).durations and stems[0] in content_stems(q.unit):
        return ""
    return stems[0]
