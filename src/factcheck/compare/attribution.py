"""Compare who a sentence says spoke a quotation with who the sources say did.

Only a quotation the sources have (exactly or nearly) and a speaker the sentence names
are compared; a group's words (a letter "the Senators wrote") may be given to any member.
"""

from __future__ import annotations

from factcheck.compare import SentenceFacts, Verdict
from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import Lexicon, per_lexicon
from factcheck.model import Claim


@per_lexicon
def _pronouns(lex: Lexicon) -> frozenset[str]:
    """What may stand for a quotation's speaker without naming them: "she", "we", "the senator" (lower case)."""
    return frozenset(
        {p.word for p in lex.pronouns if "speaker" in p.tags or "addressee" in p.tags}
        | {f"the {f.lower()}" for t in lex.titles if "alone" in t.flags for f in (t.form, t.plural) if f}
    )


def _voices(claim: Claim, index: ClaimIndex) -> set[str]:
    voices = set(claim.speakers)
    if claim.speaker:
        voices.add(claim.speaker)
        voices |= index.members.get(claim.speaker, frozenset())
    return voices


def _unknown_other(given: str, claims: tuple[Claim, ...], index: ClaimIndex, pronouns: frozenset[str]) -> bool:
    """A name the registry does not know, given words the sources give to someone it does, under no
    name of theirs: "Kristen Bear said" for Garrity's words."""
    if not given or given.lower() in pronouns or not given[:1].isupper():
        return False
    tokens = {t.lower() for t in given.replace(".", " ").split()}
    for claim in claims:
        for voice in _voices(claim, index):
            entity = index.corpus.entities.get(voice)
            if entity is None:
                return False  # the sources' speaker is no registered person: nothing to hold the name against
            names = [entity.name, *entity.aliases]
            if any(n.split()[-1].lower() in tokens for n in names if n):
                return False
    return True


def compare(facts: SentenceFacts, index: ClaimIndex, *, lex: Lexicon | None = None) -> list[Verdict]:
    """`lex`: the lexicon whose pronouns and back-references to read (the shipped one by default)."""
    pronouns = _pronouns(lex)
    verdicts = []
    for mention, speaker, found in zip(facts.quotes, facts.speakers, facts.quote_matches, strict=False):
        if found is None:
            continue
        claims = found.exact or found.near
        if not claims:
            continue
        if not speaker:
            named = {i for m in facts.entities for i in m.value.ids}
            if any(named & _voices(c, index) for c in claims):
                continue  # "Rep. Svoboda, who represents the 2nd Congressional District, called ...": the speaker is named
            if not _unknown_other(mention.value.speaker_text or "", claims, index, pronouns):
                continue
        elif any(set(speaker) & _voices(c, index) for c in claims):
            continue
        right = claims[0]
        who = index.corpus.entities.get(right.speaker or "")
        name = who.name if who else (right.speaker or "someone else")
        quote = mention.value
        start, end = quote.speaker if quote.speaker else (mention.start, mention.end)
        given = quote.speaker_text or ""
        if given.lower() in pronouns and speaker is not None and len(speaker) == 1 and speaker[0] in index.corpus.entities:
            given = f"{given} ({index.corpus.entities[speaker[0]].name})"  # "she", "the senator": say who that is
        verdicts.append(
            Verdict(
                "attribution",
                True,
                start,
                end,
                quote.speaker_text or "",
                name,
                f"the sources give these words to {name}, not {given}",
                (right,),
            )
        )
    return verdicts
