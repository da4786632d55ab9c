"""The number detector's words and patterns, built from the lexicon: number words and their values, hedges,
units, and the helpers that read a figure's noun and a hedge's width. Read by `numbers` and `number_forms`."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon


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
class Patterns:
    number: re.Pattern[str]
    ordinal: re.Pattern[str]
    tally_context: re.Pattern[str]
    age_at: re.Pattern[str]  # "retired at ", "at the age of ": an age's figure follows
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
    clock_range: re.Pattern[str]  # after an hour, the other end of its range of hours: "from 1 to 5 p.m."
    rate: re.Pattern[str]  # between a rate's figure and its base: " of tax for every ", " per "
    vague: re.Pattern[str]  # "thousands", "millions": a scale alone, a range (hedges.tsv, tag noun)
    point: frozenset[str]  # "point": a figure said aloud goes on with its decimals ("three point five")
    words: frozenset[str]  # number words: "two", "twenty"
    stop: frozenset[str]  # words too common to be what a figure counts ("in", "of", "are")
    units: frozenset[str]  # the units table's units, singular: "death", "household", "day"
    phrasal: frozenset[str]  # verbs that make a hedge's words a phrase of their own: "add up to", "come to"
    ceilings: frozenset[str]  # the hedges such a verb takes as its own words: "up to"
    skip: frozenset[str]  # SKIP_ADJECTIVES
    elsewhere: frozenset[str]  # "14 of them": pronouns whose count's noun is somewhere else
    durations: frozenset[str]  # "over five years" is a span of time, not "more than five"
    tally: re.Pattern[str]  # "4-1", "6 to 3", "12 yeas to 7 nays": a vote's two sides
    tally_words: re.Pattern[str]  # "three to two", "four-to-one": a tally in words, read only beside a vote's words
    fraction: re.Pattern[str]  # "more than a third of", "two-thirds of", "half of": a share, not a rank or a count
    parts: dict[str, float]  # "third" -> 1/3, "fifth" -> 1/5: what one part of a fraction is
    of_percent: re.Pattern[str]  # "six-tenths of one percent": the share is of a single percent
    of_scale: re.Pattern[str]  # "a quarter of a million", "half a million": the share is of a scale's sum
    suffixes: dict[str, float]  # "m" -> 1,000,000: a scale written onto a sum ("$14.2M")
    around: dict[str, bool]  # a hedge either side of its figure ("about", "roughly")
    referring: frozenset[str]  # after "the two": a verb or "of" ("The two say", "the three of them"), so no noun is counted
    sides: frozenset[str]  # a vote's sides ("no", "aye"): before a plural, its kind ("the two no votes" counts votes)


@per_lexicon
def patterns(lex: Lexicon) -> Patterns:
    """The detector's patterns, built from one lexicon's tables."""
    cardinals = _values(lex, "unit", "teen", "ten")
    scales, groups = _values(lex, "scale"), _values(lex, "group")
    multipliers = {n.word: n.value or 0.0 for n in lex.numbers if n.kind == "multiplier"}
    ordinals = _values(lex, "ordinal")
    # the parts a whole is cut into: "half", "third", "quarter", and the ordinals from "fifth" ("three-fifths")
    parts = {n.word: n.value or 0.0 for n in lex.numbers if n.kind == "fraction"}
    parts.update({word: 1 / value for word, value in ordinals.items() if value >= 5})
    point = alternation(lex.words("decimal-word"))
    digits = alternation(_values(lex, "unit"))
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
    return Patterns(
        # Never inside a word: a figure there ("someone") is dropped anyway, and trying the hedges and number
        # words at every letter was most of the cost of a sentence.
        number=re.compile(
            r"(?<![A-Za-z])"
            rf"(?:(?P<hedge>{hedge})\s+)?"
            r"(?P<figure>"
            r"\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\$?\d+(?:\.\d+)?"  # digits
            # "and" only after a scale: "a hundred and four" is one figure, "years three and four" two
            rf"|(?:(?:{words})(?:[\s-]+(?:{alternation(scales)})(?:\s+and(?=\s+(?:{alternation(cardinals)})\b))?|[\s-]+(?:{alternation([*cardinals, *scales, *groups])}))*)"  # words: "two dozen" too
            rf"(?:[\s-]+(?:{point})(?:[\s-]+(?:{digits})\b){{1,3}})?"  # "forty-one point six": its decimals said digit by digit
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
        # "retired at 68", "died at the age of 54": a life's event, then the age it came at
        age_at=re.compile(rf"\b(?:(?:{alternation(lex.words('age-verb'))})\s+at|at\s+the\s+age\s+of|at\s+age)\s+$", re.I),
        # one blank at most: "budget amendment   $158,000" is a table's label cell, then its figure
        # "District 3", "§ 12"; a plural label's list: "Districts 1 and 3"
        label=re.compile(rf"(?:\b(?P<word>{labels})(?:s\s?(?:\d{{1,4}}(?:,\s*|\s+(?:and|or)\s+))*)?|(?P<sign>§§?))\s?$", re.I),
        named=re.compile(
            rf"(?<![\w’'.-])(?P<word>(?!(?i:{alternation([*lex.words('vote-side'), *lex.words('value-word'), *lex.calendar_words()])})\s)[A-Z](?:[a-z]+|[A-Z]+(?:-[A-Z]+)?)) "
            r"(?:\d{1,4}(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+))*$"  # "Zones 1, 2 and 4": a plural name's list
        ),
        # three blanks: a table's cell boundary; " and 4": a list of names goes on ("Zones 1, 2 and 4")
        named_end=re.compile(r"\s*(?:$|[|,;:)—–]|\.(?:\s|$)|\s-\s)|\s{3}|\s+(?:and|or)\s+\d"),
        negated=re.compile(rf"\b(?:{alternation(lex.words('negation'))})(?:\s+[a-z]+){{0,2}}\s+$", re.I),
        # "a community of 7,000", "a population of about 7,000": the thing counted is named before the figure.
        # (not a superlative: "the lowest of four" counts the bids it leaves out)
        counted_before=re.compile(
            rf"\b(?:{alternation(lex.words('counted-determiner'))})\s+(?!(?:{alternation(lex.words('superlative'))})\s)([a-z]+)\s+of\s+$"
        ),
        cardinals=cardinals,
        scales=scales,
        suffixes={n.word: n.value or 0.0 for n in lex.numbers if n.kind == "suffix"},
        groups=groups,
        ordinals=ordinals,
        multipliers=multipliers,
        hedges={h.phrase: (h.low, h.high) for h in lex.hedges},
        around={h.phrase: h.direction == "around" for h in lex.hedges},
        phrasal=lex.words("phrasal-hedge-verb"),
        ceilings=frozenset(h.phrase for h in lex.hedges if h.direction in ("at-most", "limit")),
        rate=re.compile(rf"\s+(?:[\w’'-]+\s+){{0,4}}?(?:{alternation(lex.words('rate-word'))})\s+\Z", re.I),
        clock=re.compile(rf"(?::\d\d|\s?(?:{alternation(lex.words('clock-suffix'))})(?![\w.]))", re.I),
        clock_before=re.compile(rf"\b(?:{alternation(lex.words('clock-verb'))})\s+at\s+\Z", re.I),
        clock_range=re.compile(rf"\s*(?:to|until|through|-|–)\s*\d{{1,2}}(?::\d\d)?\s?(?:{alternation(lex.words('clock-suffix'))})(?![\w.])", re.I),
        vague=re.compile(rf"\b(?:{alternation(h.phrase for h in lex.hedges if 'noun' in h.tags)})\b", re.I),
        point=lex.words("decimal-word"),
        words=frozenset(n.word for n in lex.numbers if n.kind in ("unit", "teen", "ten", "scale")),
        stop=lex.words("stop"),
        sides=lex.words("vote-side"),
        units=frozenset(u.unit for u in lex.units),
        skip=lex.words("skip-adjective"),
        elsewhere=frozenset(p.word for p in lex.pronouns if "counted" in p.tags),
        durations=frozenset(u.unit for u in lex.units if u.kind == "duration"),
        # not inside a figure's thousands: "from 3,400 to 3,800 lines" is no "400 to 3"
        # (not after an apostrophe: "delay to '27-28" is a school year cut short)
        tally=re.compile(rf"(?<![\w.$,'’-])(?P<a>\d{{1,3}})\s*(?:(?:{sides})\s+)?(?:-|–|—|to)\s*(?P<b>\d{{1,3}})(?:\s+(?:{sides})\b)?(?![\w%-]|[.,]\d)", re.I),
        tally_words=re.compile(
            rf"(?<![\w’'-])(?P<a>{alternation(cardinals)})(?:\s+(?:{sides}))?(?:\s*[-–—]\s*|\s+to\s+|-to-)(?P<b>{alternation(cardinals)})(?:\s+(?:{sides})\b)?(?![\w-])",
            re.I,
        ),
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
        of_scale=re.compile(rf"\s+(?:of\s+)?(?:a|one)\s+(?P<scale>{alternation(s for s in scales if s != 'hundred')})\b", re.I),
        of_percent=re.compile(rf"\s+of\s+(?:one|a|1)\s+(?:{written}|percentage\s+point)\b", re.I),
        referring=frozenset(
            w.lower()
            for w in (*lex.words("auxiliary"), *lex.words("passive-auxiliary"), *lex.speech_forms(tenses=("past", "present")), *lex.words("speech-base"), "of")
        ),
    )


# The words after a figure. Never across three blanks: a table's cells are joined so ("| 70,000 | Office |").
# "Two U.S. senators": an initialism with its full stops is one of the words, not the noun's end
_NOUN = re.compile(r"\s{1,2}((?:(?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'’-]*)(?:\s{1,2}(?:(?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'’-]*)){0,3})")


def words_value(text: str, *, lex: Lexicon | None = None) -> float | None:
    """'fifty-four' -> 54, 'seven thousand' -> 7000, 'a dozen' -> 12; None if not a number ("eight-thirty")."""
    p = patterns(lex)
    whole, *decimals = re.split(rf"[\s-]+(?:{alternation(p.point)})[\s-]+", text.lower(), maxsplit=1)
    if decimals:  # "forty-one point six": the digits after the point, one word each
        said = [p.cardinals.get(token) for token in re.split(r"[\s-]+", decimals[0].strip())]
        value = words_value(whole, lex=lex)
        if value is None or any(d is None or d > 9 for d in said):
            return None
        # written as its digits would be ("2.47", not 2 + 0.47): the same float a figure in digits gives, scaled alike
        digits = "".join(str(int(d or 0)) for d in said)
        return float(f"{int(value)}.{digits}") if value == int(value) else value + float("0." + digits)
    total, current, seen = 0.0, 0.0, False
    for token in re.split(r"[\s-]+", whole):
        if token in ("and", ""):
            continue
        if token in p.cardinals:
            worth = p.cardinals[token]
            if current % 100 and (worth >= 10 or current % 10 or current % 100 < 20):
                # only a unit follows a ten ("fifty-four"): "eight-thirty", "nine fifteen", "nineteen ninety" are a time
                # of day or a year said aloud, not a count, and "ten two-person crews" two figures
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


def noun_after(text: str, end: int, p: Patterns, lex: Lexicon) -> tuple[str, str]:
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
        after = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
        if low in p.sides and after.endswith("s") and after not in p.stop:
            return singular(after, lex=lex), following  # "the two no votes": votes, of the side "no"
        if low in p.elsewhere or low in p.stop:
            return "", following  # "14 of them", "173 in Curry County": the count's noun is somewhere else
        if low.endswith("ed") and k + 1 < len(tokens) and tokens[k + 1].lower() in p.elsewhere | {"the", "a", "an"}:
            return "", following  # "eight opposed it": a verb and its object, no noun of the count's
        if not _plural(low):
            # "40 steel bridges", "9,312 lead service lines", "3 bus stops": the plural is the head, the words before it
            # its kind
            for ahead in (t.lower() for t in tokens[k + 1 : k + 3]):
                if ahead in p.stop or ahead in p.elsewhere:
                    break
                if _plural(ahead):
                    return singular(ahead, lex=lex), following
        return singular(low, lex=lex), following
    return "", following


def _plural(word: str) -> bool:
    """A plural by its ending: "bridges", "stops"; not "bus", "gross", "census"."""
    return word.endswith("s") and not word.endswith(("ss", "us"))


def negated(hedge: str, p: Patterns) -> str:
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


def last_place(digits: str) -> float:
    """The value of the last significant place of a figure's digits: "3.9" -> 0.1, "2300" -> 100, "30" -> 10."""
    if "." in digits:
        return 10.0 ** -len(digits.split(".", 1)[1])
    stripped = digits.rstrip("0")
    return 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0


def hedged(value: float, hedge: str, *, lex: Lexicon | None = None) -> tuple[float, float]:
    if not hedge:
        return value, value
    low, high = patterns(lex).hedges[hedge.lower()]
    return value * low, value * high


def rounded_to(value: float, hedge: str, digits: str, *, lex: Lexicon | None = None) -> tuple[float, float]:
    """The bounds of a hedged figure written in `digits`: "about $3.9 million" is $3.9 million to its last written
    place, give or take ROUNDING of it (not $3.39 million, which the hedge's own width would allow); any other hedge
    keeps its width."""
    low, high = hedged(value, hedge, lex=lex)
    if hedge and patterns(lex).around.get(hedge.lower()) and digits:
        room = max(last_place(digits) * (value / (float(digits) or 1.0)) / 2, ROUNDING * value)
        low, high = max(low, value - room), min(high, value + room)
    return low, high
