"""Compare who a sentence says spoke a quotation with who the sources say did.

Only a quotation the sources have (exactly or nearly) and a speaker the sentence names
are compared; a group's words (a letter "the Senators wrote") may be given to any member.
"""

from __future__ import annotations

from factcheck.compare import SentenceFacts, Verdict
from factcheck.corpus.index import ClaimIndex
from factcheck.mentions.quotes import PRONOUNS
from factcheck.model import Claim


def _voices(claim: Claim, index: ClaimIndex) -> set[str]:
    voices = set(claim.speakers)
    if claim.speaker:
        voices.add(claim.speaker)
        voices |= index.members.get(claim.speaker, frozenset())
    return voices


def compare(facts: SentenceFacts, index: ClaimIndex) -> list[Verdict]:
    verdicts = []
    for mention, speaker, found in zip(facts.quotes, facts.speakers, facts.quote_matches):
        if found is None or not speaker:
            continue
        claims = found.exact or found.near
        if not claims:
            continue
        if any(set(speaker) & _voices(c, index) for c in claims):
            continue
        right = claims[0]
        who = index.corpus.entities.get(right.speaker or "")
        name = who.name if who else (right.speaker or "someone else")
        quote = mention.value
        start, end = quote.speaker if quote.speaker else (mention.start, mention.end)
        given = quote.speaker_text or ""
        if given.lower() in PRONOUNS and len(speaker) == 1 and speaker[0] in index.corpus.entities:
            given = f"{given} ({index.corpus.entities[speaker[0]].name})"  # "she", "the senator": say who that is
        verdicts.append(Verdict(
            "attribution", True, start, end, quote.speaker_text or "", name,
            f"the sources give these words to {name}, not {given}", (right,),
        ))
    return verdicts
