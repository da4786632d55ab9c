"""What a figure counts and how a draft writes it: whether two figures count the same thing ("54 people" and
"54 deaths", not "41 years old" and "16 years" of service), and the draft's own words with the source's figure
in them ("fifteen years old" -> "thirteen years old"). Read by compare/numbers.py."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from factcheck.frames import Frame
from factcheck.lexicon import Lexicon, alternation, per_lexicon
from factcheck.mentions.number_forms import is_identifier
from factcheck.model import Claim, Mention, Quantity
from factcheck.textutil import content_stems


class Words(NamedTuple):
    """What this comparer reads from a lexicon, built once per lexicon."""

    people: frozenset[str]  # units that count people: "deaths", "students", "senators"
    generic: frozenset[str]  # units that count any people: "people", "individuals"
    small: dict[int, str]  # 0..20 as the detector reads them in words: 7 -> "seven"
    scales: tuple[tuple[str, float], ...]  # a million and up, largest first: a figure is written "2.5 million"
    age: frozenset[str]  # "old", "aged": the words that make a count of years an age
    figure: re.Pattern[str]  # a figure in the draft's words: "$4.5 million", "twenty-one", "two million"
    anaphor: re.Pattern[str]  # an article ending the text before a figure with no noun: "The two went ..."
    past: frozenset[str]  # the endings of a past tense: "visited"
    along: re.Pattern[str]  # the words before someone who went along: "with", "joined by"
    labels: frozenset[str]  # the units of identifiers: "district", "section", "h.r"
    measures: frozenset[str]  # units that count no things: money, shares, durations, lengths, levels, tallies
    period: re.Pattern[str]  # a rate's period after its figure: "$81 a year", "$18.00 per month"
    rate_before: re.Pattern[str]  # a rate's period before its figure: "a first-year cost of ", "annual rent of "
    total: re.Pattern[str]  # a sum over a span after its figure: "the most it can cost over five years"
    durations: dict[str, str]  # a duration's written forms -> its unit: "yrs" -> "year"


@per_lexicon
def lexical(lex: Lexicon) -> Words:
    def tagged(tag: str) -> frozenset[str]:
        return frozenset(f for u in lex.units if tag in u.tags for f in (u.unit, *u.forms))

    cardinal = {n.word: int(n.value or 0) for n in lex.numbers if n.kind in ("unit", "teen", "ten")}
    small: dict[int, str] = {}
    for word, value in cardinal.items():
        if value <= 20:
            small.setdefault(value, word)
    tens = alternation(w for w, v in cardinal.items() if v >= 20 and v % 10 == 0)
    ones = alternation(w for w, v in cardinal.items() if 1 <= v <= 9)
    scale_words = {n.word: n.value or 0.0 for n in lex.numbers if n.kind == "scale"}
    scale = rf"(?:\s+(?:{alternation(scale_words)}))?"
    durations = {f.lower(): u.unit for u in lex.units if u.kind == "duration" for f in (u.unit, *u.forms)}
    return Words(
        people=tagged("people"),
        generic=tagged("generic"),
        small=small,
        scales=tuple(sorted(((w, v) for w, v in scale_words.items() if v >= 1e6), key=lambda item: -item[1])),
        age=lex.words("age-word"),
        anaphor=re.compile(rf"\b(?:{alternation(lex.words('article'))})\s+$", re.I),
        past=lex.words("past-suffix"),
        along=re.compile(rf"\b(?:{alternation(lex.words('accompany-word'))})\s+(?:\S+\s+){{0,2}}$", re.I),
        labels=frozenset(w.replace(" ", "").rstrip(".") for w in lex.words("label")) | {"§"},
        measures=frozenset(u.unit for u in lex.units if u.kind != "count") | {"tally"},
        # (no other figure between: "5,815 (1,046,700 miles a year)" is no yearly 5,815)
        period=re.compile(rf"^\s+(?:[^\s\d(]\S*\s+){{0,2}}?(?:{alternation(lex.words('rate-base'))})\s+(?P<unit>{alternation(durations)})\b", re.I),
        rate_before=re.compile(rf"\b(?:{alternation(lex.words('rate-adjective'))})\s+(?:[\w’'-]+\s+){{1,5}}?(?:of\s+|is\s+|was\s+|:\s*)?$", re.I),
        total=re.compile(
            rf"[^.;]{{0,60}}?\b(?:{alternation(lex.words('total-over'))})\s+(?:the\s+)?(?:next\s+|first\s+)?\S+\s+(?:{alternation(durations)})\b", re.I
        ),
        durations=durations,
        figure=re.compile(rf"\$?\d[\d,]*(?:\.\d+)?{scale}|(?:(?:{tens})(?:-(?:{ones}))?|{alternation(small.values())}){scale}\b", re.I),
    )


def is_age(q: Quantity, *, lex: Lexicon | None = None) -> bool:
    return q.unit == "year" and bool(lexical(lex).age & set(q.noun.lower().split()))


def period(text: str, at: int, *, lex: Lexicon | None = None) -> str | None:
    """The period of the rate whose figure ends at `at`: "year" for "$81 a year", "month" for "$18.00 per month
    per commercial account"; None for a figure that is no rate over time."""
    words = lexical(lex)
    match = words.period.match(text[at : at + 60])
    return words.durations[match.group("unit").lower()] if match else None


# a figure of one year, the year written after it in its clause
_ONE_YEAR = re.compile(r"[^.;]{0,40}?\b(?:in|for|during)\s+(?:the\s+)?(?:fiscal\s+)?(?:year\s+)?(?:19|20)\d\d(?:[-–/](?:\d\d){1,2})?\b(?![-–/]\d)")

# A sum over a span of periods ("$14.97 million: the most the contract can cost over five years"): no rate of one
TOTAL = "total"


def drafted_period(drafted: Quantity, text: str, mentions: Iterable[Mention], *, lex: Lexicon | None = None) -> str | None:
    """The period of the rate a sentence's figure states ("year" for "about eighty-one dollars a year"), or TOTAL for
    a sum it says is over a span of them."""
    here = next((m for m in mentions if m.value is drafted), None)
    if here is None:
        return None
    every = period(text, here.end, lex=lex)
    return every or (TOTAL if lexical(lex).total.match(text, here.end) else None)


def other_period(q: Quantity, claim: Claim, every: str | None, *, lex: Lexicon | None = None) -> bool:
    """The claim's figure is a rate of another period than `every`, read where its evidence writes it: "$18.00
    per month" against "about eighty-one dollars a year", whatever their digits; a rate of any period ("a first-year
    cost of $2,847,300") against a sum over several."""
    if every is None or not q.shown:
        return False
    words = lexical(lex)
    for text in (claim.statement, *(p.quote for p in claim.provenance)):
        at = text.find(q.shown)
        if at < 0:
            continue
        end = at + len(q.shown)
        theirs = period(text, end, lex=lex)
        if every != TOTAL:
            return theirs not in (None, every)
        if words.total.match(text, end):
            return False  # "set aside $85 million for the program over 10 years in 2020": a sum over years too
        # a rate ("$38,400 a year", "a first-year cost of $2,847,300") or one year's ("$3,104,000 paid ... in the 2024-25
        # school year")
        return theirs is not None or _ONE_YEAR.match(text, end) is not None or words.rate_before.search(text, max(0, at - 40), at) is not None
    return False


def is_label(q: Quantity) -> bool:
    """The figure is an identifier under its label ("Ward 4", "span 2")."""
    return is_identifier(q) or bool(q.unit) and q.shown.lower().startswith(q.unit)  # a claim's typed "Title 17"


def unlabelled(frame: Frame, drafted: Quantity) -> Frame:
    """A frame without the identifier's own label word: "Ward" frames every ward alike."""
    return Frame(frame.stems - frozenset(content_stems(drafted.unit)), frame.names)


def compatible(a: Quantity, b: Quantity, *, lex: Lexicon | None = None) -> bool:
    if a.unit and a.unit == b.unit:
        # "41 years old" is no "16 years" of service, and "span 2" names a span where "four spans" counts them
        return is_age(a, lex=lex) == is_age(b, lex=lex) and is_label(a) == is_label(b)
    words = lexical(lex)
    if a.unit in words.people and b.unit in words.people and a.unit in words.generic:
        # the draft's "54 people" counts the sources' "54 deaths"; the draft's "two senators" need not count
        # the sources' "three people" (the senators and Cindy McCain), nor "two senators" the "two deaths"
        return True
    if b.unit and "-" in b.shown:
        # "the 7,000-person community" counts the community's people; "a three-span steel bridge" counts spans,
        # and the bridge after its modifier is no count of bridges
        return bool(a.unit and b.noun and a.unit == b.noun.lower().split()[0].rstrip("s"))
    # (a word of its noun, not of a name in it: "81 at Ashby Middle School" counts no schools)
    return bool(a.unit and b.noun and a.unit in {w.rstrip("s").lower() for w in b.noun.split() if not (w[:1].isupper() and b.unit)})


def shown(q: Quantity) -> str:
    if q.shown:
        return q.shown
    value = int(q.value) if q.value == int(q.value) else q.value
    return f"{q.hedge + ' ' if q.hedge else ''}{value:,} {q.unit}".strip()


def figure_text(value: float, like: str, words: Words) -> str:
    """`value` written the way the draft wrote its figure: words, digits, or digits with a scale."""
    whole = int(value) if value == int(value) else value
    if like[:1].isalpha() and isinstance(whole, int) and whole in words.small:
        word = words.small[whole]
        return word.capitalize() if like[:1].isupper() else word
    for scale, size in words.scales:
        if scale in like.lower() and value >= size:
            amount = value / size
            return f"{'$' if like.startswith('$') else ''}{int(amount) if amount == int(amount) else amount} {scale}"
    if like.startswith("$"):
        return f"${whole:,}"
    return f"{whole:,}" if "," in like or value >= 10000 or (like[:1].isalpha() and value >= 1000) else f"{whole}"


def replacement(written: str, drafted: Quantity, right: Quantity, *, lex: Lexicon | None = None) -> str:
    """The draft's own words with the source's figure in them: "15 years old" -> "13 years old"."""
    words = lexical(lex)
    figure = words.figure.search(written)
    if figure is None or drafted.unit in ("times", "tally"):
        return shown(right)
    text = written[: figure.start()] + figure_text(right.value, figure.group(0), words) + written[figure.end() :]
    if drafted.hedge != right.hedge:
        rest = text[len(drafted.hedge) :].lstrip() if drafted.hedge and text.lower().startswith(drafted.hedge) else text
        text = f"{right.hedge} {rest}" if right.hedge else rest
    return text
