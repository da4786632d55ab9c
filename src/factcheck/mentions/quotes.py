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
_QUOTE = re.compile(r"“(?P<curly>[^”]{2,}?)”|\"(?P<straight>[^\"]{2,}?)\"")
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
    for match in _PRONOUN.finditer(text):
        if not any(s <= match.start() < e for s, e in spans):
            found.append(match.span())
    return sorted(found)


def detect(text: str, person_spans: list[tuple[int, int]]) -> list[Mention]:
    """Quotations in `text`; `person_spans` are where the sentence names people (from names.detect)."""
    names = _names(text, person_spans)
    quotes = list(_QUOTE.finditer(text))
    found = []
    for index, match in enumerate(quotes):
        group = "curly" if match.group("curly") is not None else "straight"
        inner_start, inner_end = match.span(group)
        speaker, how = _speaker(text, match.start(), match.end(), names, quotes, index)
        words = text[inner_start:inner_end]
        found.append(Mention("quote", match.start(), match.end(), match.group(0),
                             Quotation(words, inner_start, inner_end, speaker, text[speaker[0]:speaker[1]] if speaker else None, how)))
    return found


def _speaker(text: str, start: int, end: int, names: list[tuple[int, int]], quotes: list[re.Match[str]], index: int) -> tuple[tuple[int, int] | None, str]:
    # After the quote: `,” Klobuchar said.` or `,” said Heitkamp.`
    limit = quotes[index + 1].start() if index + 1 < len(quotes) else len(text)
    after = [n for n in names if end <= n[0] < limit]
    if after:
        first = after[0]
        gap = text[end : first[0]]
        if re.fullmatch(r"\s*[,.!?]?\s*(?:(?:" + SPEECH_VERBS + r")\s+)?(?:U\.S\.\s+)?(?:Sen\.|Senator|Rep\.|Gov\.|Ambassador|the senator\s+)?\s*", gap, re.I):
            tail = text[first[1] : first[1] + 40]
            if re.match(rf"\s*(?:,[^,]*,\s*)?(?:\([^)]*\)\s*)?(?:{SPEECH_VERBS})\b", tail, re.I) or re.search(rf"(?:{SPEECH_VERBS})\s+(?:U\.S\.\s+)?(?:Sen\.|Senator|Rep\.|Gov\.|Ambassador)?\s*$", gap, re.I):
                return first, "after"
        titled = _TITLED_GAP.fullmatch(gap)
        if titled and (titled.group("verb") or re.match(rf"\s*(?:,[^,]*,\s*)?(?i:{SPEECH_VERBS})\b", text[first[1] : first[1] + 40])):
            return first, "after"  # `,” Transportation Secretary Joe Flynn said.` / `,” said board member Ellen Costa.`
    previous_end = quotes[index - 1].end() if index > 0 else 0
    before = text[previous_end:start]
    # `Heitkamp: "We've got a long way to go."` — a name (or pronoun) and a colon introduce the words.
    colon = [n for n in names if previous_end <= n[0] and re.fullmatch(r"[\s,]*:\s*", text[n[1] : start])]
    if colon:
        return colon[-1], "colon"
    verbs = list(_VERB_BEFORE.finditer(before))
    if verbs:
        verb = verbs[-1]
        verb_at = previous_end + verb.start()
        word = verb.group("verb").lower()
        if word in ("according to", "in the words of"):
            candidates = [n for n in names if verb_at < n[0] < start]
            return (candidates[0], "according") if candidates else (None, "none")
        if word == "as":
            return None, "none"
        if word == "saying":
            candidates = [n for n in names if n[1] <= verb_at]
            return (candidates[0], "saying") if candidates else (None, "none")
        candidates = [n for n in names if n[1] <= verb_at and n[0] >= previous_end]
        if candidates:
            return candidates[-1], "before"
    if index > 0:
        # A second passage after `X said.` belongs to the same speaker.
        prior_speaker, how = _speaker(text, quotes[index - 1].start(), quotes[index - 1].end(), names, quotes, index - 1)
        if prior_speaker and prior_speaker[0] < start:
            return prior_speaker, how
    return None, "none"
