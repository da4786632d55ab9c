"""The figures the main number pattern does not read: vote tallies, scales alone ("thousands"), shares
("two-thirds of", "six in 10"), ranks ("the sixth-highest"), and the passes over all a sentence's figures
(rates and their bases, a figure whose noun is left out)."""

from __future__ import annotations

import re

from factcheck.lexicon import Lexicon
from factcheck.mentions.number_words import Patterns, hedged, noun_after, singular
from factcheck.model import Mention, Quantity
from factcheck.spans import Spans


def rates(text: str, found: list[Mention], p: Patterns) -> list[Mention]:
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


def elliptic(text: str, found: list[Mention]) -> list[Mention]:
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
_PART_OF = re.compile(r"\s+of(?:\s+the)?(?:\s+[A-Za-z][\w.-]*['’]s)?\s+$")  # "5,680 of the city's 9,312 lead lines"


def _counted(mention: Mention) -> bool:
    """A figure that names what it counts (not a multiplier or a vote tally)."""
    return bool(mention.value.unit) and mention.value.unit not in ("times", "tally")


def word_before(text: str, at: int) -> str:
    words = text[max(0, at - 16) : at].split()
    return words[-1].lower() if words else ""


# "Dubois/Navarro, 7-0": minutes' shorthand for who moved and who seconded, then the tally
_MOVED_SECONDED = re.compile(r"\b[A-Z][a-z’'-]+\s?/\s?[A-Z][a-z’'-]+,?\s*\Z")


def voted(text: str, start: int, end: int, p: Patterns) -> bool:
    """A vote word in the pair's reach: "Approved by the House Committee on Environmental Protection, 15-6"
    puts the body's whole name between the verb and its tally; or the mover and seconder right before it."""
    return bool(p.tally_context.search(text, max(0, start - 80), min(len(text), end + 30)) or _MOVED_SECONDED.search(text, max(0, start - 40), start))


# A tally is one figure: its votes for times this, plus its votes against.
TALLY_BASE = 1000


def is_identifier(q: Quantity) -> bool:
    """ "Ward 4", "District 3", "Chart 1": a figure under its label, which the detector gives the noun "number"."""
    return q.noun.split()[:1] == ["number"]


def votes_against(q: Quantity) -> int:
    """A tally's votes against: 1 for "6-1", 0 for a unanimous "5-0"."""
    return int(q.value) % TALLY_BASE


def tallies(text: str, skip: Spans, p: Patterns) -> list[Mention]:
    """The vote tallies in digits ("4-1", "6 to 3") and in words ("three to two"), each beside a vote's words."""
    found = []
    for match in p.tally.finditer(text):
        if skip.overlaps(*match.span()) or not voted(text, *match.span(), p):
            continue  # "ages 5-12", "pages 10-14": a range, not a count of votes
        found.append(_tally(match, int(match.group("a")), int(match.group("b"))))
    for match in p.tally_words.finditer(text):
        before = text[max(0, match.start() - 24) : match.start()].lower().split()
        if skip.overlaps(*match.span()) or not voted(text, *match.span(), p) or before[-1:] and before[-1] in p.hedges:
            continue  # "from three to five days": a range; "almost two to one": a ratio; "The vote was three to two" a tally
        found.append(_tally(match, p.cardinals[match.group("a").lower()], p.cardinals[match.group("b").lower()]))
    return found


def _tally(match: re.Match[str], ayes: int, noes: int) -> Mention:
    value = float(ayes * TALLY_BASE + noes)  # one number per tally: 6-1 and 5-2 differ, 6-1 and 6 to 1 agree
    return Mention("number", match.start(), match.end(), match.group(0), Quantity(value, value, value, "tally", "", "vote", match.group(0)))


def vague(text: str, skip: Spans, p: Patterns, lex: Lexicon) -> list[Mention]:
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
        low, high = hedged(value, word, lex=lex)
        unit, following = noun_after(text, end, p, lex)
        found.append(Mention("number", start, end, match.group(0), Quantity(value, low, high, unit, word, following, match.group(0))))
    return found


# The most a share in words ("six in 10", "two-thirds") is off the exact figure it rounds.
SHARE_SLACK = 0.05


def fractions(text: str, skip: Spans, p: Patterns, lex: Lexicon) -> list[Mention]:
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
        low, high = hedged(share, hedge, lex=lex)
        if not hedge:
            # "seven of every ten" is a share rounded to its tenths: 71 percent is seven in ten
            slack = min(0.5 / (den if match.group("num") else 10), SHARE_SLACK)
            low, high = share - slack, share + slack
        end, scale = match.end(), 100.0
        if (of := p.of_percent.match(text, end)) and not match.group("num"):
            end, scale = of.end(), 1.0  # "about six-tenths of one percent" is the sources' "about 0.6 percent"
        elif (sum_of := p.of_scale.match(text, end)) and not match.group("num"):
            # "a quarter of a million dollars", "half a million people": a sum, $250,000, no share
            end, whole = sum_of.end(), float(p.scales[sum_of.group("scale").lower()])
            unit, following = noun_after(text, end, p, lex)
            shown = text[match.start() : end]
            found.append(Mention("number", match.start(), end, shown, Quantity(share * whole, low * whole, high * whole, unit, hedge, following, shown)))
            continue
        _, following = noun_after(text, end, p, lex)
        shown = text[match.start() : end]
        # a share is a percentage in other words: "about six in 10" is held against the sources' "61 percent"
        found.append(
            Mention(
                "number",
                match.start(),
                end,
                shown,
                Quantity(scale * share if scale != 1 else round(share, 9), scale * low, scale * high, "percent", hedge, following, shown),
            )
        )
    return found


RANK = "rank-"  # the unit of a place in an order: "rank-lowest" of "second-lowest", "rank-city" of "third city"


def ordinals(text: str, skip: Spans, p: Patterns, lex: Lexicon) -> list[Mention]:
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
            unit, end = RANK + compound.lower(), match.end("compound")
        elif word.isalpha() and value <= 2 or not match.group("noun"):  # "first" and "second" alone are too often plain words
            continue
        else:
            unit = RANK + singular(match.group("noun"), lex=lex)
        shown = text[start:end]
        found.append(Mention("number", start, end, shown, Quantity(float(value), float(value), float(value), unit, "", "", shown)))
    return found


def drop_nested(found: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            if mention.end - mention.start > kept[-1].end - kept[-1].start:
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept
