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
from dataclasses import dataclass

from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.model import Mention, Quantity
from factcheck.spans import Spans
from factcheck.textutil import content_stems


def _values(lex: Lexicon, *kinds: str) -> dict[str, int]:
    return {n.word: int(n.value or 0) for n in lex.numbers if n.kind in kinds}


# Of the shipped lexicon, for the modules that read them (compare/numbers, extract/facts).
UNITS = _values(lexicon(), "unit", "teen")  # zero to nineteen
TENS = _values(lexicon(), "ten")
SCALES = _values(lexicon(), "scale")
ORDINALS = _values(lexicon(), "ordinal")
MULTIPLIERS = {n.word: n.value or 0.0 for n in lexicon().numbers if n.kind == "multiplier"}
HEDGES = {h.phrase: (h.low, h.high) for h in lexicon().hedges}
IRREGULAR = {f.lower(): u.unit for u in lexicon().units for f in u.forms}
# Words between a figure and the noun it counts ("three young people", "54 more deaths").
SKIP_ADJECTIVES = lexicon().words("skip-adjective")


@dataclass(frozen=True, slots=True)
class _Patterns:
    number: re.Pattern[str]
    ordinal: re.Pattern[str]
    tally_context: re.Pattern[str]
    mult: re.Pattern[str]
    age: re.Pattern[str]
    label: re.Pattern[str]
    # "Chart 1,", "Dalrymple 15 |", "Story three:": a capitalised word, one blank, then a figure that nothing
    # after counts: the word names it as "Route 37" does, so it is compared only under that word
    named: re.Pattern[str]
    named_end: re.Pattern[str]
    negated: re.Pattern[str]  # "never went above", "did not rise above": a negation flips the bound after it
    counted_before: re.Pattern[str]
    cardinals: dict[str, int]  # "seven" -> 7, "twenty" -> 20
    scales: dict[str, int]  # "thousand" -> 1000
    groups: dict[str, int]  # "dozen" -> 12
    ordinals: dict[str, int]
    multipliers: dict[str, float]
    hedges: dict[str, tuple[float, float]]
    clock: re.Pattern[str]  # after a figure, a time of day: " a.m.", ":30", " o'clock"
    clock_before: re.Pattern[str]  # before an hour with no suffix, a time of day: "set to start at 9", "doors open at 6"
    rate: re.Pattern[str]  # between a rate's figure and its base: " of tax for every ", " per "
    vague: re.Pattern[str]  # "thousands", "millions": a scale alone, a range (hedges.tsv, tag noun)
    words: frozenset[str]  # number words: "two", "twenty"
    stop: frozenset[str]  # words too common to be what a figure counts ("in", "of", "are")
    units: frozenset[str]  # the units table's units, singular: "death", "household", "day"
    phrasal: frozenset[str]  # verbs that make a hedge's words a phrase of their own: "add up to", "come to"
    ceilings: frozenset[str]  # the hedges such a verb takes as its own words: "up to"
    skip: frozenset[str]  # SKIP_ADJECTIVES
    elsewhere: frozenset[str]  # "14 of them": pronouns whose count's noun is somewhere else
    durations: frozenset[str]  # "over five years" is a span of time, not "more than five"
    tally: re.Pattern[str]  # "4-1", "6 to 3", "12 yeas to 7 nays": a vote's two sides
    fraction: re.Pattern[str]  # "more than a third of", "two-thirds of", "half of": a share, not a rank or a count
    parts: dict[str, float]  # "third" -> 1/3, "fifth" -> 1/5: what one part of a fraction is
    suffixes: dict[str, float]  # "m" -> 1,000,000: a scale written onto a sum ("$14.2M")
    around: dict[str, bool]  # a hedge either side of its figure ("about", "roughly")


@per_lexicon
def _patterns(lex: Lexicon) -> _Patterns:
    """The detector's patterns, built from one lexicon's tables."""
    cardinals = _values(lex, "unit", "teen", "ten")
    scales, groups = _values(lex, "scale"), _values(lex, "group")
    multipliers = {n.word: n.value or 0.0 for n in lex.numbers if n.kind == "multiplier"}
    ordinals = _values(lex, "ordinal")
    # the parts a whole is cut into: "half", "third", "quarter", and the ordinals from "fifth" ("three-fifths")
    parts = {n.word: n.value or 0.0 for n in lex.numbers if n.kind == "fraction"}
    parts.update({word: 1 / value for word, value in ordinals.items() if value >= 5})
    sides = alternation(lex.words("vote-side"))  # "yeas", "nays": a roll call's words for its two sides
    # "a" counts only before a scale ("a dozen", "a million"): "a four-day trip" is four days, not five.
    words = alternation([*cardinals, *scales, *groups]) + rf"|a(?=[\s-]+(?:{alternation([*groups, *scales])})\b)"
    # "thousands" is a hedge of its own (a noun), never written before a figure.
    hedge = alternation(h.phrase for h in lex.hedges if "noun" not in h.tags)
    percent = [f for u in lex.units if u.kind == "percent" for f in (u.unit, *u.forms)]
    signs = alternation(f for f in percent if not f[0].isalpha())
    written = alternation(f for f in percent if f[0].isalpha())
    year = alternation(f for u in lex.units if u.unit == "year" for f in (u.unit, *u.forms) if f.isalpha())
    # "Section 107", "Title 17", "H.R. 898": a label before a figure makes it an identifier, compared only
    # with figures under the same label. "H. R." is written with a space too.
    labels = alternation(lex.words("label")).replace(r"\.", r"\.\s?")
    return _Patterns(
        # Never inside a word: a figure there ("someone") is dropped anyway, and trying the hedges and number
        # words at every letter was most of the cost of a sentence.
        number=re.compile(
            r"(?<![A-Za-z])"
            rf"(?:(?P<hedge>{hedge})\s+)?"
            r"(?P<figure>"
            r"\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\$?\d+(?:\.\d+)?"  # digits
            # "and" only after a scale: "a hundred and four" is one figure, "years three and four" two
            rf"|(?:(?:{words})(?:[\s-]+(?:{alternation(scales)})(?:\s+and(?=\s+(?:{alternation(cardinals)})\b))?|[\s-]+(?:{alternation([*cardinals, *scales, *groups])}))*)"  # words: "two dozen" too
            # a scale written onto a sum: "$14.2M", "$2bn"
            # never the first digits of a longer figure or ordinal: "1" of "the 19th"
            rf")(?:(?<=\d)(?P<suffix>{alternation(n.word for n in lex.numbers if n.kind == 'suffix')})(?![A-Za-z])|(?![A-Za-z\d]))"
            rf"(?:\s+and\s+a\s+(?P<part>{alternation(n.word for n in lex.numbers if n.kind == 'fraction')})\b)?"  # "three and a half percent"
            rf"(?:\s+(?P<scale>{alternation(scales)}))?"
            rf"(?P<percent>\s*(?:{signs})|\s+(?:{written}))?"
            r"(?:-(?P<compound>[a-z]+))?",
            re.I,
        ),
        # "the sixth-highest level", "its 3rd-largest city", "the fourth time": a rank, compared with ranks of the same thing.
        ordinal=re.compile(
            rf"\b(?P<figure>{alternation(ordinals)}|\d{{1,3}}(?:st|nd|rd|th))"
            rf"(?:-(?P<compound>(?:{alternation(lex.words('superlative'))})\b(?:-[a-z]+)?))?"
            r"(?=\s+(?P<noun>[a-z]+))?",
            re.I,
        ),
        tally_context=re.compile(rf"\b(?:{alternation(lex.words('tally'))})\b", re.I),
        mult=re.compile(rf"(?<![A-Za-z])(?:(?P<hedge>{hedge})\s+)?\b(?P<verb>{alternation(multipliers)})\b", re.I),  # not inside a word, as number
        age=re.compile(rf"\s*(?:{year})[\s-]old\b", re.I),  # matched at the figure's end (no ^: match(text, pos))
        # one blank at most: "budget amendment   $158,000" is a table's label cell, then its figure
        # "District 3", "§ 12"; a plural label's list: "Districts 1 and 3"
        label=re.compile(rf"(?:\b(?P<word>{labels})(?:s\s?(?:\d{{1,4}}(?:,\s*|\s+(?:and|or)\s+))*)?|(?P<sign>§§?))\s?$", re.I),
        named=re.compile(
            rf"(?<![\w’'.-])(?P<word>(?!(?i:{alternation([*lex.words('vote-side'), *lex.words('value-word'), *lex.calendar_words()])})\s)[A-Z][a-z]+) "
            r"(?:\d{1,4}(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+))*$"  # "Zones 1, 2 and 4": a plural name's list
        ),
        # three blanks: a table's cell boundary; " and 4": a list of names goes on ("Zones 1, 2 and 4")
        named_end=re.compile(r"\s*(?:$|[|,;:)—–]|\.(?:\s|$)|\s-\s)|\s{3}|\s+(?:and|or)\s+\d"),
        negated=re.compile(rf"\b(?:{alternation(lex.words('negation'))})(?:\s+[a-z]+){{0,2}}\s+$", re.I),
        # "a community of 7,000", "a population of about 7,000": the thing counted is named before the figure.
        counted_before=re.compile(rf"\b(?:{alternation(lex.words('counted-determiner'))})\s+([a-z]+)\s+of\s+$"),
        cardinals=cardinals,
        scales=scales,
        suffixes={n.word: n.value or 0.0 for n in lex.numbers if n.kind == "suffix"},
        groups=groups,
        ordinals=ordinals,
        multipliers=multipliers,
        hedges={h.phrase: (h.low, h.high) for h in lex.hedges},
        around={h.phrase: h.direction == "around" for h in lex.hedges},
        phrasal=lex.words("phrasal-hedge-verb"),
        ceilings=frozenset(h.phrase for h in lex.hedges if h.direction == "at-most"),
        rate=re.compile(rf"\s+(?:[\w’'-]+\s+){{0,4}}?(?:{alternation(lex.words('rate-word'))})\s+\Z", re.I),
        clock=re.compile(rf"(?::\d\d|\s?(?:{alternation(lex.words('clock-suffix'))})(?![\w.]))", re.I),
        clock_before=re.compile(rf"\b(?:{alternation(lex.words('clock-verb'))})\s+at\s+\Z", re.I),
        vague=re.compile(rf"\b(?:{alternation(h.phrase for h in lex.hedges if 'noun' in h.tags)})\b", re.I),
        words=frozenset(n.word for n in lex.numbers if n.kind in ("unit", "teen", "ten", "scale")),
        stop=lex.words("stop"),
        units=frozenset(u.unit for u in lex.units),
        skip=lex.words("skip-adjective"),
        elsewhere=frozenset(p.word for p in lex.pronouns if "counted" in p.tags),
        durations=frozenset(u.unit for u in lex.units if u.kind == "duration"),
        # not inside a figure's thousands: "from 3,400 to 3,800 lines" is no "400 to 3"
        tally=re.compile(rf"(?<![\w.$,-])(?P<a>\d{{1,3}})\s*(?:(?:{sides})\s+)?(?:-|–|—|to)\s*(?P<b>\d{{1,3}})(?:\s+(?:{sides})\b)?(?![\w%-]|[.,]\d)", re.I),
        fraction=re.compile(
            rf"(?<![A-Za-z])(?:(?P<hedge>{hedge})\s+)?(?:(?P<count>an?|{alternation(cardinals)})[\s-]+)?"
            rf"(?P<part>{alternation(parts)})s?(?=\s+(?:of|the)\b)"
            # "grew by more than a third, to 6,418": a change by a share, with no "of" after it
            rf"|(?<=\bby )(?:(?P<bhedge>{hedge})\s+)?(?P<bcount>an?|{alternation(cardinals)})[\s-]+(?P<bpart>{alternation(parts)})s?(?![\w-])"
            # "six in 10", "three out of four", "one of every five": a share written as a ratio
            rf"|(?<![A-Za-z\d])(?:(?P<rhedge>{hedge})\s+)?(?P<num>\d{{1,2}}|{alternation(cardinals)})\s+(?:in|out\s+of|of\s+every)\s+(?P<den>\d{{1,3}}|{alternation(cardinals)})(?![\d,])",
            re.I,
        ),
        parts=parts,
    )


# "voted 6-1", "by a vote of 89 to 9", "a 5–4 ruling": a tally is one figure, compared whole.
# How far before a figure the patterns ending at it look: searched from the sentence's start instead,
# each figure of a long sentence rescanned all before it (quadratic; hardening issue).
LOOK_BACK = 200
# "Mahoney, 62, said": an age in apposition to a name.
_PLURAL_NEXT = re.compile(r"\s+[A-Za-z][\w’'-]*s\b")
_DOLLARS = re.compile(r"-dollars?\b")  # "48-million-dollar": the unit after a hyphenated scale
_ENUMERATOR = re.compile(r"(?:/\d{1,3}|[/)])\s")  # "1/ ", "2) ", a thread's "15/20 "
_AGE_APPOSITIVE = re.compile(r"[A-Z][a-z]+,\s*$")
# The words after a figure. Never across three blanks: a table's cells are joined so ("| 70,000 | Office |").
# "Two U.S. senators": an initialism with its full stops is one of the words, not the noun's end
_NOUN = re.compile(r"\s{1,2}((?:(?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'’-]*)(?:\s{1,2}(?:(?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'’-]*)){0,3})")


_RATIO = re.compile(r"[\s-]+to[\s-]+(?:one|1)\b(?![,.]?\d)", re.I)
# a figure's "or more" written onto it: "38,000+", "38,000-plus" (not "2+2")
_PLUS = re.compile(r"(?:\+|-plus\b)(?!\s*\d)")


def words_value(text: str, *, lex: Lexicon | None = None) -> float | None:
    """'fifty-four' -> 54, 'seven thousand' -> 7000, 'a dozen' -> 12; None if not a number ("eight-thirty")."""
    p = _patterns(lex)
    total, current, seen = 0.0, 0.0, False
    for token in re.split(r"[\s-]+", text.lower()):
        if token in ("and", ""):
            continue
        if token in p.cardinals:
            worth = p.cardinals[token]
            if current % 100 and (worth >= 10 or current % 10):
                # only a unit follows a ten ("fifty-four"): "eight-thirty", "nine fifteen", "nineteen ninety" are a time
                # of day or a year said aloud, not a count
                return None
            current += worth
        elif token in p.groups:
            current = (current or 1.0) * p.groups[token]
        elif token == "a":
            current += 1
        elif token in p.scales:
            current = (current or 1.0) * p.scales[token]  # floats: "hundred hundred ..." 6,000 times was an int too large to convert
            if p.scales[token] >= 1000:
                total, current = total + current, 0.0
        else:
            return None
        seen = True
    value = total + current
    return value if seen and math.isfinite(value) else None


def singular(noun: str, *, lex: Lexicon | None = None) -> str:
    """'people' -> 'person', 'deaths' -> 'death': the units table's forms first, then the regular plural rules."""
    low = noun.lower().strip(" .,;:")
    known = (lex or lexicon()).singular(low)
    if known:
        return known
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        return low[:-1]
    return low


def _noun_after(text: str, end: int, p: _Patterns, lex: Lexicon) -> tuple[str, str]:
    """(unit, following words) for the figure ending at `end`."""
    match = _NOUN.match(text, end)
    if not match:
        return "", ""
    tokens = match.group(1).split()
    following = " ".join(tokens)
    # "50 heroin overdose deaths": a known unit among the first words is the head, past its modifiers
    for token in tokens[:3]:
        if singular(token.lower(), lex=lex) in p.units:
            return singular(token.lower(), lex=lex), following
        if token.lower() in p.stop:
            break
        if token.lower().endswith("s") and not token.lower().endswith("ss"):
            break  # "687,340 TEUs last year": a plural ends the figure's noun; "year" is the date's
    for k, token in enumerate(tokens):
        low = token.lower()
        if low in p.skip:
            continue
        if low in ("of",):
            continue
        if low in p.elsewhere or low in p.stop:
            return "", following  # "14 of them", "173 in Curry County": the count's noun is somewhere else
        after = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
        if not low.endswith("s") and after.endswith("s") and not after.endswith("ss") and after not in p.stop and after not in p.elsewhere:
            return singular(after, lex=lex), following  # "40 steel bridges": the plural is the head, "steel" its kind
        return singular(low, lex=lex), following
    return "", following


def _negated(hedge: str, p: _Patterns) -> str:
    """The hedge a negation makes of a bound: "not more than", "never above" -> "at most"; "never below" ->
    "at least". Any other hedge is kept ("not about 20" says nothing of the figure)."""
    low, high = p.hedges[hedge.lower()]
    if high == math.inf:
        return "at most"
    if low == 0 and high < 1:
        return "at least"
    return hedge


# What a round figure after "about" may be off by beyond its last written place: "about 2,300" for 2,340.
ROUNDING = 0.05


def _last_place(digits: str) -> float:
    """The value of the last significant place of a figure's digits: "3.9" -> 0.1, "2300" -> 100, "30" -> 10."""
    if "." in digits:
        return 10.0 ** -len(digits.split(".", 1)[1])
    stripped = digits.rstrip("0")
    return 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0


def _hedged(value: float, hedge: str, *, lex: Lexicon | None = None) -> tuple[float, float]:
    if not hedge:
        return value, value
    low, high = _patterns(lex).hedges[hedge.lower()]
    return value * low, value * high


_ITEM = re.compile(r"\)\s+[a-z]")  # "(1) authorizes": after an item's number, its clause
_LIST_GOES_ON = re.compile(r",?\s+(?:(?:and|or)\s+)?\d|,\d")  # "Zones 1, 2 and 4": after the first of a list


def detect(text: str, *, skip: list[tuple[int, int]] | None = None, lex: Lexicon | None = None) -> list[Mention]:
    """Figures in `text` (offsets local), not overlapping the spans in `skip` (dates)."""
    lex = lex or lexicon()
    p = _patterns(lex)
    # "4–1" with no vote near it ("City Council, 4–1" in a table, "ages 5-12"): a tally or a range, never
    # two counts of their own; a tally with its vote words is read as one below
    pairs = [m.span() for m in p.tally.finditer(text) if not _voted(text, *m.span(), p)]
    taken = Spans([*(skip or []), *pairs])
    found: list[Mention] = _fractions(text, taken, p, lex)
    for mention in found:
        taken.add(mention.start, mention.end)
    for match in p.mult.finditer(text):
        value = float(p.multipliers[match.group("verb").lower()])
        hedge = (match.group("hedge") or "").lower()
        low, high = _hedged(value, hedge, lex=lex)
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
        if fig_start > 0 and (text[fig_start - 1].isalnum() or text[fig_start - 1] in "-/:"):
            continue  # I-35, 4x4, Day7: part of a name; the minutes of 5:30
        if text.startswith(":", match.end("figure")) and text[match.end("figure") + 1 : match.end("figure") + 2].isdigit():
            continue  # "1:5", a ratio; "5:30", a time: no count
        if fig_start > 1 and text[fig_start - 1] == "[" and not text[fig_start - 2].isspace() and text.startswith("]", match.end("figure")):
            continue  # "trafficking.[1]": a reference's mark, no count
        if fig_start > 0 and text[fig_start - 1] == "(" and _ITEM.match(text, match.end("figure")):
            continue  # "the resolution (1) authorizes ... (2) moves": an item's number inside a sentence, no count
        if not text[:fig_start].strip() and _ENUMERATOR.match(text, match.end("figure")):
            continue  # "1/ A thread on ...", "2) The bill ...", "15/20 Worth ...": an item's number, no count
        if p.clock.match(text, match.end("figure")):
            continue  # "9 a.m.", "6 o'clock": a time of day, no count
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
            if parsed is None:
                continue
            value = parsed
            if figure.lower() == "one" and not match.group("compound"):
                continue  # "one of the", "one federal initiative": rarely a checkable count
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
            unit, following = _noun_after(text, end, p, lex)  # "48-million people"
        elif match.group("compound") and text.startswith("-old", end) and singular(match.group("compound"), lex=lex) == "year":
            unit, following, end = "year", "old", end + 4  # "a 15-year-old girl": an age
        elif match.group("compound"):
            unit, following = singular(match.group("compound"), lex=lex), _noun_after(text, end, p, lex)[1]
        else:
            age = p.age.match(text, end)
            if age:
                unit, following, end = "year", "old", age.end()
            else:
                unit, following = _noun_after(text, end, p, lex)
                counted = p.counted_before.search(text, max(0, start - LOOK_BACK), start) if not unit else None
                if counted:
                    unit, following = singular(counted.group(1), lex=lex), counted.group(1)  # "a community of 7,000"
                named = p.named.search(text, max(0, start - 30), start) if not unit and not match.group("hedge") else None
                if named and value == int(value) and p.named_end.match(text, end):
                    # "Chart 1", "Dalrymple 15"; "Zones 1, 2 and 4" are each a zone
                    word = named.group("word").lower()
                    listed = named.group(0).rstrip() != named.group("word") or _LIST_GOES_ON.match(text, end) is not None
                    unit, following = (singular(word, lex=lex) if listed else word), "number"
        if hedge == "over" and unit in p.durations:
            hedge, start = "", fig_start  # "over five years" is a span of time, not "more than five"
        if hedge in p.ceilings and _word_before(text, start) in p.phrasal:
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
        plus = _PLUS.match(text, match.end("figure"))
        if plus and not hedge:
            hedge, end = "at least", max(end, plus.end())  # "38,000+ doors", "38,000-plus": that many or more
            if (match.group("compound") or "").lower() == "plus" or not unit:
                unit, following = _noun_after(text, end, p, lex)  # "-plus" is no noun: "38,000-plus doors" counts doors
        if hedge and p.negated.search(text, max(0, start - 24), start):
            hedge = _negated(hedge, p)  # "never went above 25": at most 25
        low, high = _hedged(value, hedge, lex=lex)
        if hedge and p.around.get(hedge) and digits:
            # "about $3.9 million" is $3.9 million to its last written place, give or take ROUNDING of it: not
            # $3.39 million, which the hedge's own width would allow
            room = max(_last_place(digits) * (value / (float(digits) or 1.0)) / 2, ROUNDING * value)
            low, high = max(low, value - room), min(high, value + room)
        found.append(Mention("number", start, end, text[start:end], Quantity(value, low, high, unit, hedge, following, text[start:end])))
    found.extend(_ordinals(text, taken, p, lex))
    found.extend(_vague(text, taken, p, lex))
    found.extend(_tallies(text, taken, p))
    found.sort(key=lambda m: m.start)
    return _rates(text, _elliptic(text, _drop_nested(found)), p)


def _rates(text: str, found: list[Mention], p: _Patterns) -> list[Mention]:
    """A figure "for every" or "per" another is a rate, and the other its base: "$1 of tax for every $1,000 of
    assessed value" states no sum of $1, and no value of $1,000. The rate keeps the unit `rate`, held only against
    rates; the base is no figure."""
    out: list[Mention] = []
    for mention in found:
        before = out[-1] if out else None
        if before is not None and before.value.unit != "rate" and p.rate.match(text[before.end : mention.start]):
            q = before.value
            out[-1] = Mention(before.kind, before.start, before.end, before.text, Quantity(q.value, q.low, q.high, "rate", q.hedge, q.noun, q.shown))
            continue
        out.append(mention)
    return out


def _elliptic(text: str, found: list[Mention]) -> list[Mention]:
    """A figure with its noun left out counts what the figure next to it counts: "from nine employees in
    2018 to six in 2022" (six employees), "41 of the 120 permit decisions" (41 decisions)."""
    out = list(found)
    for k, mention in enumerate(out):
        q = mention.value
        if q.unit:
            continue
        before = out[k - 1] if k else None
        after = out[k + 1] if k + 1 < len(out) else None
        if before is not None and _counted(before) and _THEN.match(text, before.end, mention.start):
            unit = before.value.unit
            if unit == "percent" and q.value > 100:
                continue  # "grew 11.8 percent to 412,300": the change, then the level it reached
        elif after is not None and _counted(after) and _PART_OF.match(text, mention.end, after.start):
            unit = after.value.unit
        else:
            continue
        out[k] = Mention(mention.kind, mention.start, mention.end, mention.text, Quantity(q.value, q.low, q.high, unit, q.hedge, q.noun, q.shown))
    return out


# Between two figures that count one thing: "nine employees in 2018 to six", "41 of the 120 decisions".
_THEN = re.compile(r"[\s\w]{0,24}?\b(?:to|and|or)\s+$")
_PART_OF = re.compile(r"\s+of(?:\s+the)?\s+$")


def _counted(mention: Mention) -> bool:
    """A figure that names what it counts (not a multiplier or a vote tally)."""
    return bool(mention.value.unit) and mention.value.unit not in ("times", "tally")


def _word_before(text: str, at: int) -> str:
    words = text[max(0, at - 16) : at].split()
    return words[-1].lower() if words else ""


def _voted(text: str, start: int, end: int, p: _Patterns) -> bool:
    """A vote word in the pair's reach: "Approved by the House Committee on Environmental Protection, 15-6"
    puts the body's whole name between the verb and its tally."""
    return bool(p.tally_context.search(text, max(0, start - 80), min(len(text), end + 30)))


# A tally is one figure: its votes for times this, plus its votes against.
TALLY_BASE = 1000


def is_identifier(q: Quantity) -> bool:
    """ "Ward 4", "District 3", "Chart 1": a figure under its label, which the detector gives the noun "number"."""
    return q.noun.split()[:1] == ["number"]


def votes_against(q: Quantity) -> int:
    """A tally's votes against: 1 for "6-1", 0 for a unanimous "5-0"."""
    return int(q.value) % TALLY_BASE


def _tallies(text: str, skip: Spans, p: _Patterns) -> list[Mention]:
    found = []
    for match in p.tally.finditer(text):
        start, end = match.span()
        if skip.overlaps(start, end):
            continue
        a, b = int(match.group("a")), int(match.group("b"))
        if not _voted(text, start, end, p):
            continue  # "ages 5-12", "pages 10-14": a range, not a count of votes
        value = float(a * TALLY_BASE + b)  # one number per tally: 6-1 and 5-2 differ, 6-1 and 6 to 1 agree
        shown = text[start:end]
        found.append(Mention("number", start, end, shown, Quantity(value, value, value, "tally", "", "vote", shown)))
    return found


def _vague(text: str, skip: Spans, p: _Patterns, lex: Lexicon) -> list[Mention]:
    """ "thousands in the United States", "millions of dollars": a scale, as a range of its own ("thousands"
    is 1,000 up to a million), so "millions" for a source's "thousands" is a figure the sources contradict."""
    found = []
    for match in p.vague.finditer(text):
        start, end = match.span()
        before = text[max(0, start - 12) : start].split()
        if skip.overlaps(start, end) or (before and (before[-1][:1].isdigit() or before[-1].lower() in p.words)):
            continue  # "two millions", "20 thousands": the figure before it is the count
        word = match.group(0).lower()
        value = float(p.scales.get(word[:-1], 0))
        if not value:
            continue
        low, high = _hedged(value, word, lex=lex)
        unit, following = _noun_after(text, end, p, lex)
        found.append(Mention("number", start, end, match.group(0), Quantity(value, low, high, unit, word, following, match.group(0))))
    return found


# The most a share in words ("six in 10", "two-thirds") is off the exact figure it rounds.
SHARE_SLACK = 0.05


def _fractions(text: str, skip: Spans, p: _Patterns, lex: Lexicon) -> list[Mention]:
    """ "more than a third of the money" (a share above 1/3), "two-thirds of voters", "half of the homes", "six in
    10": a percentage, so "less than a third" for the source's "more than a third" is caught, and "about six
    in 10" is the sources' "61 percent"."""
    found = []
    for match in p.fraction.finditer(text):
        if skip.overlaps(*match.span()):
            continue
        if match.group("num"):
            num, den = (float(g) if g.isdigit() else float(p.cardinals.get(g.lower(), 0)) for g in (match.group("num"), match.group("den")))
            if not num or not den or num > den:
                continue  # "10 in 2024" is no share
            share, hedge = num / den, (match.group("rhedge") or "").lower()
        else:
            by = "b" if match.group("bpart") else ""
            part = match.group(by + "part").lower()
            count = (match.group(by + "count") or "").lower()
            if not count and part != "half":
                continue  # "the third of five hearings" has no count: a rank
            share = (1.0 if count in ("", "a", "an") else float(p.cardinals.get(count, 0))) * p.parts[part]
            hedge = (match.group(by + "hedge") or "").lower()
        low, high = _hedged(share, hedge, lex=lex)
        if not hedge:
            # "seven of every ten" is a share rounded to its tenths: 71 percent is seven in ten
            slack = min(0.5 / (den if match.group("num") else 10), SHARE_SLACK)
            low, high = share - slack, share + slack
        _, following = _noun_after(text, match.end(), p, lex)
        shown = match.group(0)
        # a share is a percentage in other words: "about six in 10" is held against the sources' "61 percent"
        found.append(Mention("number", match.start(), match.end(), shown, Quantity(100 * share, 100 * low, 100 * high, "percent", hedge, following, shown)))
    return found


def _ordinals(text: str, skip: Spans, p: _Patterns, lex: Lexicon) -> list[Mention]:
    found = []
    for match in p.ordinal.finditer(text):
        start, end = match.span("figure")
        if skip.overlaps(start, end):
            continue
        word = match.group("figure").lower()
        value = p.ordinals.get(word) or (int(word[:-2]) if word[:-2].isdigit() else None)
        if value is None:
            continue
        compound = match.group("compound")
        if compound:
            unit, end = "rank-" + compound.lower(), match.end("compound")
        elif word.isalpha() and value <= 2 or not match.group("noun"):  # "first" and "second" alone are too often plain words
            continue
        else:
            unit = "rank-" + singular(match.group("noun"), lex=lex)
        shown = text[start:end]
        found.append(Mention("number", start, end, shown, Quantity(float(value), float(value), float(value), unit, "", "", shown)))
    return found


def _drop_nested(found: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            if mention.end - mention.start > kept[-1].end - kept[-1].start:
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


def counted_noun(q: Quantity) -> str:
    """The noun a figure is written before, stemmed: "trip" of "four-day trip"; "" when it has none, or
    when it is only a span of time ("seven minutes after the call" counts minutes of anything)."""
    stems = content_stems(q.noun)
    if not stems or q.unit in _patterns(None).durations and stems[0] in content_stems(q.unit):
        return ""
    return stems[0]
