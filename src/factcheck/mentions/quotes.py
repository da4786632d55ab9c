"""Detect quotations and who the sentence says spoke them.

Straight and curly double quotes; partial quotes ("take this to the national level");
attribution after the quote (", Klobuchar said." / ", said Heitkamp."), before it
("Ayotte wrote that", "Klobuchar said Heitkamp's visit would help", "told Holder that",
"according to X"), a name and a colon ("Heitkamp: ..."), the subject of "X ..., saying", and
pronouns or a title used alone ("She noted that", "the senator said"), which the pipeline
resolves to the last person named.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from factcheck.mentions.names import ROLE_NOUNS
from factcheck.model import Mention

SPEECH_VERBS = (
    "said|says|say|added|adds|wrote|writes|told|tells|noted|notes|explained|explains|continued|asked|asks|stated|states|"
    "recalled|recalls|declared|declares|argued|argues|insisted|insists|warned|warns|remarked|remarks|observed|"
    "acknowledged|acknowledges|admitted|admits|emphasized|emphasizes|stressed|stresses|urged|urges|called|calls|"
    "spoke|speaks|praised|praises|testified|put it|replied|commented|announced|announces|claimed|claims|"
    "described|describes|recounted|conceded|concedes|pointed out|points out|saying"
)
_VERB_AFTER = re.compile(rf"\s*[,.!?]?\s*(?P<verb>{SPEECH_VERBS})\b", re.I)
_VERB_BEFORE = re.compile(rf"\b(?P<verb>{SPEECH_VERBS}|according to|in the words of|as)\b", re.I)
# Words that refer back to the last person named: pronouns, and a title used alone ("the senator said").
TITLE_REFERENCES = ("senator", "ambassador", "attorney general", "governor", "secretary", "congressman", "congresswoman",
                    "commissioner", "undersecretary", "prosecutor", "reporter")
PRONOUNS = {"he", "she", "they", "we", "i", *(f"the {t}" for t in TITLE_REFERENCES)}
_PRONOUN = re.compile(r"\b(He|She|They|he|she|they|[Tt]he (?:" + "|".join(TITLE_REFERENCES) + r")(?![\w-])(?!\s+[A-Z]))")


# A title or a lower-case role between the quotation and the speaker's name (case-sensitive: a title is capitalised).
_TITLED_GAP = re.compile(
    rf"\s*[,.!?]?\s*(?P<verb>(?i:{SPEECH_VERBS})\s+)?(?:(?:[A-Z][\w.’'-]*\s+){{1,4}}"
    rf"|(?:(?:the|a|an)\s+)?(?:former\s+)?(?:[\w’'.-]+\s+){{0,3}}?(?:{ROLE_NOUNS}),?\s+)"
)


# The words between a quotation and the name after it, and after the name (`,” Sen. Klobuchar said`).
_GAP_AFTER = re.compile(r"\s*[,.!?]?\s*(?:(?:" + SPEECH_VERBS + r")\s+)?(?:U\.S\.\s+)?(?:Sen\.|Senator|Rep\.|Gov\.|Ambassador|the senator\s+)?\s*", re.I)
_GAP_VERB_END = re.compile(rf"(?:{SPEECH_VERBS})\s+(?:U\.S\.\s+)?(?:Sen\.|Senator|Rep\.|Gov\.|Ambassador)?\s*$", re.I)
_VERB_NEXT = re.compile(rf"\s*(?:,[^,]*,\s*)?(?:\([^)]*\)\s*)?(?:{SPEECH_VERBS})\b", re.I)
_VERB_NEXT_CASED = re.compile(rf"\s*(?:,[^,]*,\s*)?(?i:{SPEECH_VERBS})\b")
_COLON = re.compile(r"[\s,]*:\s*")


@dataclass(frozen=True, slots=True)
class Quotation:
    words: str
    inner_start: int  # offsets of the words, inside the quotation marks
    inner_end: int
    speaker: tuple[int, int] | None  # span of the name or pronoun naming the speaker
    speaker_text: str | None
    how: str  # after | before | colon | saying | according | none


def _names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Person-name spans plus pronoun spans, in order."""
    found = list(spans)
    taken = sorted(spans)
    for match in _PRONOUN.finditer(text):
        at = bisect_right(taken, (match.start(), len(text) + 1)) - 1
        if not (at >= 0 and taken[at][0] <= match.start() < taken[at][1]):
            found.append(match.span())
    return sorted(found)


@dataclass(frozen=True, slots=True)
class _Marked:
    """One quotation as `_QUOTE` would match it: the whole span and the words' span."""

    start: int
    end: int
    inner_start: int
    inner_end: int


def _quotations(text: str) -> list[_Marked]:
    """What `_QUOTE.finditer` finds, in one pass: a regex retried at every unclosed “ scans to the end
    each time, quadratic on thousands of them (hardening issue)."""
    closers = {mark: [m.start() for m in re.finditer(mark, text)] for mark in ("”", '"')}
    found: list[_Marked] = []
    at = 0
    for opener in re.finditer(r"[“\"]", text):
        start = opener.start()
        if start < at:
            continue
        closer = "”" if opener.group() == "“" else '"'
        positions = closers[closer]
        k = bisect_right(positions, start)
        # The lazy `[^”]{2,}?”`: the next closing mark, with at least two characters before it.
        if k < len(positions) and positions[k] >= start + 3:
            found.append(_Marked(start, positions[k] + 1, start + 1, positions[k]))
            at = positions[k] + 1
    return found


def detect(text: str, person_spans: list[tuple[int, int]]) -> list[Mention]:
    """Quotations in `text`; `person_spans` are where the sentence names people (from names.detect)."""
    names = _names(text, person_spans)
    quotes = _quotations(text)
    found: list[Mention] = []
    spoken: list[tuple[tuple[int, int] | None, str]] = []
    for index, quote in enumerate(quotes):
        speaker, how = _speaker(text, names, quotes, index, spoken[index - 1] if index else (None, "none"))
        spoken.append((speaker, how))
        words = text[quote.inner_start:quote.inner_end]
        found.append(Mention("quote", quote.start, quote.end, text[quote.start:quote.end],
                             Quotation(words, quote.inner_start, quote.inner_end, speaker, text[speaker[0]:speaker[1]] if speaker else None, how)))
    return found


def _between(names: list[tuple[int, int]], low: int, high: int) -> list[tuple[int, int]]:
    """The names starting at `low` or after and before `high` (names sorted by start)."""
    return names[bisect_left(names, (low, -1)):bisect_left(names, (high, -1))]


def _speaker(text: str, names: list[tuple[int, int]], quotes: list[_Marked], index: int,
             prior: tuple[tuple[int, int] | None, str]) -> tuple[tuple[int, int] | None, str]:
    """Who speaks quotation `index`; `prior` is what this found for the quotation before it."""
    start, end = quotes[index].start, quotes[index].end
    # After the quote: `,” Klobuchar said.` or `,” said Heitkamp.`
    limit = quotes[index + 1].start if index + 1 < len(quotes) else len(text)
    after = _between(names, end, limit)
    if after:
        first = after[0]
        gap = text[end : first[0]]
        if _GAP_AFTER.fullmatch(gap):
            tail = text[first[1] : first[1] + 40]
            if _VERB_NEXT.match(tail) or _GAP_VERB_END.search(gap):
                return first, "after"
        titled = _TITLED_GAP.fullmatch(gap)
        if titled and (titled.group("verb") or _VERB_NEXT_CASED.match(text[first[1] : first[1] + 40])):
            return first, "after"  # `,” Transportation Secretary Joe Flynn said.` / `,” said board member Ellen Costa.`
    previous_end = quotes[index - 1].end if index > 0 else 0
    before = text[previous_end:start]
    # `Heitkamp: "We've got a long way to go."` — a name (or pronoun) and a colon introduce the words.
    colon = [n for n in _between(names, previous_end, start) if _COLON.fullmatch(text, n[1], start)]
    if colon:
        return colon[-1], "colon"
    verbs = list(_VERB_BEFORE.finditer(before))
    if verbs:
        verb = verbs[-1]
        verb_at = previous_end + verb.start()
        word = verb.group("verb").lower()
        if word in ("according to", "in the words of"):
            candidates = _between(names, verb_at + 1, start)
            return (candidates[0], "according") if candidates else (None, "none")
        if word == "as":
            return None, "none"
        if word == "saying":
            for name in names:  # the first name ending before the verb; none starting after it can
                if name[1] <= verb_at:
                    return name, "saying"
                if name[0] > verb_at:
                    break
            return None, "none"
        candidates = [n for n in _between(names, previous_end, verb_at + 1) if n[1] <= verb_at]
        if candidates:
            return candidates[-1], "before"
    # A second passage after `X said.` belongs to the same speaker.
    if index > 0 and prior[0] and prior[0][0] < start:
        return prior
    return None, "none"
