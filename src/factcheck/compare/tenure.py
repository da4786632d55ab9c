"""The years a person held a post: "She held the office from 2004 to 2007" when the registry has Kelly Ayotte as
Attorney General of New Hampshire from 2004 to 2009.

A range of years in a sentence about a person (named in it, or by the paragraph before a sentence that names no
one) is held against the `from` and `until` of that person's post, the one whose words the sentence (with the one
before it, which may name the post: "misstated Ayotte's tenure as the state's attorney general") has at least half
of. Only a post with both ends recorded is judged; one post must fit best.
"""

from __future__ import annotations

from factcheck.compare import SentenceFacts, Verdict
from factcheck.compare.date_frames import contains_range
from factcheck.compare.registry import attribute_claim
from factcheck.corpus.index import ClaimIndex
from factcheck.model import Attribute, Entity
from factcheck.textutil import content_stems

# The share of a post's words the sentence (and the one before) must have for the post to be the one meant.
FIT = 0.5


def _people(facts: SentenceFacts, index: ClaimIndex) -> list[Entity]:
    own = [i for m in facts.entities for i in m.value.ids[:1] if len(m.value.ids) == 1]
    ids = own or list(facts.context)
    return [e for i in dict.fromkeys(ids) if (e := index.corpus.entities.get(i)) is not None and e.type == "person"]


def _post(person: Entity, said: set[str]) -> Attribute | None:
    """The person's post with both ends recorded that the words fit best, if one does."""
    named = set(content_stems(person.name))
    scored = []
    for attr in person.attributes:
        if attr.attribute not in ("role", "title") or not attr.start or not attr.until:
            continue
        words = set(content_stems(attr.value)) - named
        if words:
            scored.append((len(words & said) / len(words), attr))
    best = max((score for score, _ in scored), default=0.0)
    fits = [attr for score, attr in scored if score == best]
    return fits[0] if best >= FIT and len(fits) == 1 else None


def compare(facts: SentenceFacts, index: ClaimIndex) -> list[Verdict]:
    ranges = [m for m in facts.dates if m.value.precision == "year" and contains_range(m.value) and not m.value.relative]
    if not ranges:
        return []
    said = set(content_stems(f"{facts.previous} {facts.text}"))
    for person in _people(facts, index):
        post = _post(person, said)
        if post is None or post.start is None or post.until is None:
            continue
        right = f"{post.start[:4]} to {post.until[:4]}"
        verdicts = []
        for mention in ranges:
            if (mention.value.first[:4], mention.value.last[:4]) == (post.start[:4], post.until[:4]):
                verdicts.append(Verdict("date", False, mention.start, mention.end, mention.text, "", "date matches the sources", attribute_claim(person, post)))
            else:
                message = f"the sources give {person.name} as {post.value} from {right}, not {mention.text}"
                verdicts.append(Verdict("date", True, mention.start, mention.end, mention.text, right, message, attribute_claim(person, post)))
        return verdicts
    return []
