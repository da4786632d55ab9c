"""Whether a draft's figure can be a source's figure: ranges that overlap, hedges that turn, figures rounded,
digits transposed or a place off, bounds that neither back nor contradict (issue 11).

compare/numbers decides which claim's figure a sentence's figure is; this module says whether the two agree.
"""

from __future__ import annotations

import dataclasses
import math
import re

from factcheck.corpus.index import SIGNATURE_DIGITS, significant
from factcheck.lexicon import Lexicon, lexicon
from factcheck.model import Quantity

# hedges that are prepositions too ("over", "under"): lexicon tag "preposition"
_PREPOSITIONS = frozenset(h.phrase for h in lexicon().hedges if "preposition" in h.tags)


def restated(source: Quantity, unit: str, lex: Lexicon | None = None) -> Quantity:
    """The source's duration in the draft's unit when it is a whole number of them: "36 months" is three years, "two
    weeks" 14 days; "180 days" stays days (no whole number of months), and so does "18 months"."""
    sizes = {u.unit: u.minutes for u in (lex or lexicon()).units if u.minutes}
    if source.unit == unit or source.unit not in sizes or unit not in sizes:
        return source
    ratio = sizes[source.unit] / sizes[unit]
    value = source.value * ratio
    if abs(value - round(value)) > 1e-6 or value < 1:
        return source  # "five years" is no half of a decade that "more than two decades" would be held against
    return dataclasses.replace(source, value=value, low=source.low * ratio, high=source.high * ratio, unit=unit)


# How far two hedged shares ("about 61%", "roughly 63%") may lie apart and still agree, in points.
PERCENT_POINTS = 2.0
# How far past the sources' "more than" a figure the draft gives as exact may lie and still be what the bound tells of.
OPEN_REACH = 1.5


def agrees(source: Quantity, drafted: Quantity) -> bool:
    """The ranges the words allow overlap, unless both are open on the same side with different figures:
    "more than 2 million" restates the sources' "more than 20 million" with another figure, although
    any number past 20 million is past 2 million too."""
    if "tally" in (source.unit, drafted.unit):
        return source.value == drafted.value  # "842 to 171" is no rounding of "842 to 117": a roll call is exact
    if drafted.hedge in _PREPOSITIONS and not source.hedge and drafted.value == source.value and drafted.unit == source.unit != "times":
        return True  # "routes traffic over 14.2 miles of county roads": a preposition before the sources' very figure
    if source.value * drafted.value < 0:
        return False  # "+3.5%" for the table's "-3.5%": a rise for a fall
    if source.unit == drafted.unit == "percent":
        # "about 46 percent" is a point or two either way, not a sixth of itself: "more than half" is no restatement
        source, drafted = _share(source), _share(drafted)
    if not source.overlaps(drafted) and not _rounded(source, drafted) and not _rounded(drafted, source):
        return False  # either may be the other rounded: "46 percent" in a story, "45.59%" in the canvass
    if source.low < source.value < source.high != math.inf:
        # "more than 5,700" for "about 5,680", "under 5,600" for it: a bound past the sources' own estimate, though
        # the estimate's give-or-take reaches it
        if drafted.high == math.inf and drafted.low > 0 and source.value < drafted.value:
            return False
        if drafted.low == 0 and drafted.high != math.inf and source.value > drafted.value:
            return False
    if source.high == math.inf and source.value > 0 and not drafted.hedge and drafted.value > OPEN_REACH * source.value:
        # "54,000 visits" for the sources' "more than 31,000": a bound says about how many, not any number past it
        return False
    if turned_round(source, drafted):
        return False  # "about 496 inspections" for 469: a hedge rounds a figure, it does not turn its digits round
    if source.value == drafted.value and {_leans(source), _leans(drafted)} == {"below", "above"}:
        # "no more than 2.1 percent" for "no less than 2.1 percent", "nearly $200,000" for "more than $200,000":
        # the hedge turned, and the two ranges touch only at the figure
        return False
    one_sided = bool(_leans(source) or _leans(drafted))  # "nearly half" for 46 percent: a bound, held as one below
    if (
        not one_sided
        and source.unit == drafted.unit == "percent"
        and source.high != math.inf
        and drafted.high != math.inf
        and source.low > 0
        and drafted.low > 0
    ):
        # "about 61%" and "roughly 67%": a share is hedged by a point or two, not by a sixth of itself
        return abs(source.value - drafted.value) <= PERCENT_POINTS
    lower_bounds = source.high == math.inf and drafted.high == math.inf
    upper_bounds = source.low == 0 and drafted.low == 0 and source.high > 0 and drafted.high > 0
    if lower_bounds or upper_bounds:
        past = drafted.value - source.value if lower_bounds else source.value - drafted.value
        if past > 0 and past >= _step(source.value):
            return False  # "more than 28,000" for "more than 27,900" (27,904): past the source's figure by its last place
        step = _step(drafted.value)
        if past < 0 and step != math.inf and drafted.value == (math.floor if lower_bounds else math.ceil)(source.value / step) * step:
            return True  # "more than 12,000" for "more than 12,400": the source's bound rounded to the draft's place
        return abs(source.value - drafted.value) <= 0.01 * max(abs(source.value), abs(drafted.value))
    return True


def _share(q: Quantity) -> Quantity:
    """A share hedged both ways ("about 46 percent") ranges at most PERCENT_POINTS either side of its figure; a bound
    ("more than 40 percent") stays open."""
    if not q.low < q.value < q.high or q.high == math.inf:
        return q
    low, high = max(q.low, q.value - PERCENT_POINTS), min(q.high, q.value + PERCENT_POINTS)
    return q if (low, high) == (q.low, q.high) or low > high else dataclasses.replace(q, low=low, high=high)


def _step(value: float) -> float:
    """The place of a whole figure's last digit that is not zero: 27,900 -> 100; a fraction has none (inf)."""
    if value != int(value) or not value:
        return math.inf
    whole, step = int(abs(value)), 1
    while whole % 10 == 0:
        whole, step = whole // 10, step * 10
    return float(step)


def _leans(q: Quantity) -> str:
    """Which side of its figure a hedged figure lies on: "below" ("nearly", "up to"), "above" ("more than")."""
    if q.high == q.value and q.low < q.value:
        return "below"
    if q.low == q.value and q.high > q.value:
        return "above"
    return ""


_DECIMALS = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _rounded(source: Quantity, drafted: Quantity) -> bool:
    """The draft's unhedged figure is the source's rounded to the places the draft writes: "$7.2 million" for
    "$7,215,000", "1.5 million" for "1,535,000"; never "$27.58" for "$27.85"."""
    if source.hedge or drafted.hedge or source.unit != drafted.unit or source.value == drafted.value or not drafted.value:
        return False
    digits = _DECIMALS.search(drafted.shown)
    if digits is None:
        return False
    written = float(digits.group(0).replace(",", ""))
    if not written:
        return False
    scale = drafted.value / written  # "$7.2 million" is 7.2 written at a million
    places = len(digits.group(1) or "")
    step = scale * 10.0**-places
    # a whole percent is a share rounded ("46 percent" for 45.59%); a whole count is only itself
    coarse = step > 1 or (step == 1 and drafted.unit == "percent" and source.value != int(source.value))
    return coarse and abs(source.value - drafted.value) <= step / 2 and abs(source.value) > abs(drafted.value) / 10


def transposed(source: Quantity, drafted: Quantity) -> bool:
    """The same digits in another order ("321" for "312"), or a place off ("70,000" for "7,000"): the figure
    the draft misstated, whatever noun it gives ("321 neighbors" for "312 signatures"), when the words around
    it frame it alike."""
    mine, theirs = f"{drafted.value:.0f}", f"{source.value:.0f}"
    whole = drafted.value == int(drafted.value) and source.value == int(source.value)
    if not whole or mine == theirs or max(len(mine), len(theirs)) < 3:
        return False
    # the same digits in another order, or a zero too many or too few ("70,000" for the "7,000-person" town)
    return sorted(mine) == sorted(theirs) or mine.rstrip("0") == theirs.rstrip("0")


def turned_round(source: Quantity, drafted: Quantity) -> bool:
    """Three significant digits or more, the same ones in another order ("15.4" for "14.5")."""
    mine, theirs = significant(drafted), significant(source)
    return source.value != drafted.value and len(mine) >= SIGNATURE_DIGITS and sorted(mine) == sorted(theirs)


def permuted(source: Quantity, drafted: Quantity) -> bool:
    """The same digits in another order, not merely a place off."""
    return sorted(f"{drafted.value:.0f}") == sorted(f"{source.value:.0f}")


def open_ended(q: Quantity) -> bool:
    """A bound: "more than 20 million" runs on without end, "below $65,000" down to nothing."""
    return q.high == math.inf or q.low == 0


def within_bound(source: Quantity, drafted: Quantity) -> bool:
    """The source gives only a bound ("income below $65,000", "more than 20 million") and the draft a figure
    of its own inside it: neither backed nor contradicted by it ("tuition of $9,129" is no income below
    $65,000). A figure outside the bound is still held against it."""
    bound = open_ended(source) and source.low != source.high
    exact = drafted.low == drafted.high
    return bound and exact and drafted.value != source.value and source.overlaps(drafted)


def apart(figure: Quantity, drafted: Quantity) -> float:
    """How far apart two figures are in scale (0 for equal ones)."""
    if figure.value <= 0 or drafted.value <= 0:
        return math.inf if figure.value != drafted.value else 0.0
    return abs(math.log(figure.value / drafted.value))


# A figure with no noun is held only against one within this factor of it.
SCALE = 10.0

_SCALE_NOUNS = frozenset(h.phrase for h in lexicon().hedges if "noun" in h.tags)  # "thousands", "millions"


def near_in_scale(q: Quantity, drafted: Quantity) -> bool:
    if q.hedge in _SCALE_NOUNS:
        return True  # "millions" for the sources' "thousands": a scale word is the very figure misstated
    a, b = abs(q.value), abs(drafted.value)
    return bool(a and b) and max(a, b) <= SCALE * min(a, b)
