"""Compare the relation a sentence gives two registry people with the one the registry records.

"Cindy McCain, husband of Sen. John McCain" and "Cindy McCain, sister of John McCain" are entity
errors when the registry records Cindy McCain's spouse as John McCain "the wife of U.S. Senator
John McCain": the relation word (wife, husband, sister, daughter ...; lexicon/relations.tsv) is
held against the registry's attribute for that person, and the word the source wrote. A relation
the registry does not record between the two is not judged: it is unverified, not wrong.

A person's body is a relation too: "Marcus Oyelaran of the Oregon Department of Forestry" is an
entity error when the registry has him only of Pine Hollow Fire & Rescue (`member_of`), and no
source names him with the body the draft gives him.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from factcheck.compare import SentenceFacts, Verdict
from factcheck.compare.registry import attribute_claim
from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.mentions import names
from factcheck.model import Attribute, Entity, Mention
from factcheck.textutil import normalize


class _Words(NamedTuple):
    kinds: dict[str, str]  # relation word -> spouse | family
    records: dict[str, str]  # relation kind -> the registry attribute that records it (spouse, relative)
    between: re.Pattern[str]  # the words between the person and the other one: ", husband of Sen. "
    whose: re.Pattern[str]  # the words between the other one and the person: "'s brother, ", ", whose father, "
    word: re.Pattern[str]  # a relation word anywhere: the one a source wrote ("the wife of ...")
    apart: re.Pattern[str]  # "the sister of Sen. " before the other one, the person it describes named further back
    possessor: re.Pattern[str]  # ", Sen. ", " is ", "... she is ": the other one's possessive is the first's relation
    owned: re.Pattern[str]  # "'s sister" right after the other one
    called: re.Pattern[str]  # "sister Sandra", "his wife, Sandra": the word right before the one it describes


@per_lexicon
def _words(lex: Lexicon) -> _Words:
    personal = [r for r in lex.relations if r.kind in ("spouse", "family")]
    kinds = {r.word: r.kind for r in personal}
    records = {r.kind: r.records for r in personal if r.records}
    # the title before the other one, with the words that say where it holds ("U.S.", "state"; modifiers, kind
    # scope) and whether it still does ("former", "the late"; kind past), in either case
    # (and a state's name: "the sister of Arizona Sen. John McCain")
    titles = alternation([*lex.title_forms(), *(m.word for m in lex.modifiers if m.kind in ("scope", "past")), *(st.name for st in lex.states)])
    # "Cindy McCain, wife of Sen.", "Cindy McCain is the sister of Sen.", "..., who is the wife of"
    between = re.compile(
        rf"\s*(?:,\s*(?:who\s+(?:is|was)\s+)?|\s+(?:is|was)\s+)(?:the\s+)?(?P<word>{alternation(kinds)})\s+of\s+(?:(?:{titles})(?:\s+|-))*\Z", re.I
    )
    whose = re.compile(rf"(?:['’]s|,\s+whose)\s+(?P<word>{alternation(kinds)}),?\s+(?:(?:{titles})(?:\s+|-))*\Z", re.I)
    # "..., a national leader on anti-trafficking issues and the sister of Sen.": the word of someone named earlier
    apart = re.compile(rf"\b(?P<word>{alternation(kinds)})\s+of\s+(?:(?:{titles})(?:\s+|-))*\Z", re.I)
    # "Cindy McCain, John McCain's wife", "Cindy McCain ... : she is John McCain's sister"
    possessor = re.compile(rf"(?:,\s*|\s+(?:is|was)\s+|\b(?:she|he)\s+(?:is|was)\s+)(?:the\s+)?(?:(?:{titles})(?:\s+|-))*\Z", re.I)
    owned = re.compile(rf"['’]s\s+(?P<word>{alternation(kinds)})\b", re.I)
    called = re.compile(rf"\b(?P<word>{alternation(kinds)}),?\s+\Z", re.I)
    return _Words(kinds, records, between, whose, re.compile(rf"\b({alternation(kinds)})\b", re.I), apart, possessor, owned, called)


def _recorded_word(attr: Attribute, words: _Words, partner: set[str]) -> str | None:
    """The relation word the source wrote for an attribute ("the wife of ..." -> "wife"), when it says what the
    person is to the partner: "Cindy McCain, the wife of U.S. Senator John McCain" recorded on John McCain
    says what she is to him, not he to her."""
    found = words.word.search(attr.as_written)
    if found is None:
        return None
    after, before = attr.as_written[found.end() : found.end() + 60].lower(), attr.as_written[: found.start()].lower()
    if any(name in after for name in partner) and not any(name in before for name in partner):
        return found.group(1).lower()
    if any(name in before for name in partner) and _WHOSE.search(before):
        return found.group(1).lower()  # what the person is to the partner named before
    if not any(name in after or name in before for name in partner):
        return found.group(1).lower()  # "her sister": the word alone, as extraction records it
    return None


_WHOSE = re.compile(r"(?:['’]s|,\s*whose|\b(?:her|his|their))\s*\Z")  # "Hale, whose father", "Ortiz said her sister"


def compare(facts: SentenceFacts, index: ClaimIndex, *, lex: Lexicon | None = None) -> list[Verdict]:
    """`lex`: the lexicon whose relation words to read (the shipped one by default)."""
    words = _words(lex)
    people = _registry_people(list(facts.entities), index)
    verdicts: list[Verdict] = []
    judged: set[int] = set()
    for first, other in zip(people, people[1:], strict=False):
        gap_text = facts.text[first.end : other.start]
        gap = words.between.match(gap_text)  # "Cindy McCain, wife of John McCain": the word is the first's
        described, partner = first, other
        if gap is None:
            gap = words.whose.match(gap_text)  # "Hale's father, Warren Hale": the word is the second's
            described, partner = other, first
        at = first.end + gap.start("word") if gap is not None else 0
        if gap is None and words.possessor.search(gap_text):
            gap = words.owned.match(facts.text, other.end)  # "... she is John McCain's sister": the word is the first's
            described, partner, at = first, other, gap.start("word") if gap is not None else 0
        if gap is None or len(described.value.ids) != 1:
            continue
        judged.add(other.start)
        found = _held(index.corpus.entities[described.value.ids[0]], partner, gap.group("word"), at, facts, index, words)
        verdicts.extend(found[:1])
    for k, other in enumerate(people):
        # "Cindy McCain | Co-chair, ...; sister of Sen. John McCain": the one person named before whom the registry
        # relates to the other one
        gap = words.apart.search(facts.text, max(0, other.start - 60), other.start)
        if other.start in judged or gap is None:
            continue
        # "Who is Cindy McCain? The sister of Sen. John McCain, ...": with no one before it, the one the sentence before named
        earlier = people[:k] or _registry_people(names.detect(facts.previous, index.names), index)
        found = [
            v
            for before in earlier
            if len(before.value.ids) == 1
            for v in _held(index.corpus.entities[before.value.ids[0]], other, gap.group("word"), gap.start("word"), facts, index, words, related=True)
        ]
        if len({v.claims for v in found}) == 1:
            verdicts.append(found[0])
            judged.add(other.start)
    for k, other in enumerate(people):
        # "Westbrook disclosure: sister Sandra teaches ...": the word is what the one after it is to a person named
        # before it (the sentence's last one before it)
        gap = words.called.search(facts.text, max(0, other.start - 24), other.start)
        if other.start in judged or gap is None or k == 0 or len(other.value.ids) != 1:
            continue
        found = _held(index.corpus.entities[other.value.ids[0]], people[k - 1], gap.group("word"), gap.start("word"), facts, index, words, related=True)
        verdicts.extend(found[:1])
    return verdicts + _affiliations(facts, index, lex)


def _registry_people(found: list[Mention], index: ClaimIndex) -> list[Mention]:
    """The names found that are all of the registry's entities."""
    return [m for m in found if m.value.ids and all(i in index.corpus.entities for i in m.value.ids)]


def _held(
    person: Entity, partner: Mention, word: str, start: int, facts: SentenceFacts, index: ClaimIndex, words: _Words, *, related: bool = False
) -> list[Verdict]:
    """The relation word, at `start`, held against the registry's for the person and the partner named.
    `related`: only a person the registry relates to the partner at all counts (an empty list otherwise)."""
    drafted = word.lower()
    # "Hale's brother, Warren Hale": the other Hale, not Warren himself
    partners = [index.corpus.entities[i] for i in partner.value.ids if i != person.id]
    if len(partners) != 1:
        return []
    names = {partners[0].name.lower(), *(alias.lower() for alias in partners[0].aliases)}
    out = []
    for attr in person.attributes:
        if attr.value.lower() not in names or attr.attribute not in words.records.values():
            continue
        recorded = _recorded_word(attr, words, names)
        if recorded is None or recorded == drafted:
            if related:
                return []  # the sources relate them this way: the word is right
            continue
        end = start + len(word)
        written = facts.text[start:end]
        fix = recorded.capitalize() if written[:1].isupper() else recorded
        message = f"the sources give {person.name} as the {recorded} of {partners[0].name}, not the {drafted}"
        out.append(Verdict("entity", True, start, end, written, fix, message, attribute_claim(person, attr)))
    return out


# "Marcus Oyelaran of the Oregon Department of Forestry", "Jane Roe (D-Ohio) of the Finance Committee"
_OF = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s+of\s+(?:the\s+)?\Z")


_POST_OF = re.compile(r"\s+of\s+(?:the\s+)?\Z")


@per_lexicon
def _body_after(lex: Lexicon) -> re.Pattern[str]:
    """A body's name after "of (the)", up to its head: "of the Lakeshore County Sheriff's Office"."""
    heads = alternation(lex.words("org-head") | lex.words("firm-head"))
    return re.compile(rf"\s*(?:\([^()]{{0,40}}\)\s*)?,?\s+of\s+(?:the\s+)?(?P<body>(?:[A-Z][\w’'.&-]*\s+|(?:of|for|and|on|&)\s+){{0,6}}(?:{heads}))\b")


def _affiliations(facts: SentenceFacts, index: ClaimIndex, lex: Lexicon | None) -> list[Verdict]:
    """A person given a body the registry's bodies for them leave out, when no source names them with it."""
    verdicts = []
    mentions = list(facts.entities)
    for k, person_at in enumerate(mentions):
        person = index.corpus.entities.get(person_at.value.ids[0]) if len(person_at.value.ids) == 1 else None
        if person is None or person.type != "person":
            continue
        held = [a for a in person.attributes if a.attribute == "member_of"]
        if not held:
            continue
        after = mentions[k + 1] if k + 1 < len(mentions) else None
        body = index.corpus.entities.get(after.value.ids[0]) if after and len(after.value.ids) == 1 else None
        # "Kevin Ashby, managing director of Halvorsen-Reyes Builders": the body closing the post the name is given
        span = person_at.value.title_span or (-1, -1)
        posted = after is not None and span[1] == after.end
        of_post = posted and after is not None and _POST_OF.search(facts.text, span[0], after.start) is not None
        if after and body and body.type == "organization" and (_OF.match(facts.text[person_at.end : after.start]) or of_post):
            start, end, names = after.start, after.end, {body.name.lower(), *(alias.lower() for alias in body.aliases)}
        else:
            written = _body_after(lexicon() if lex is None else lex).match(facts.text, person_at.end)
            if written is None and not posted and span[0] >= 0:
                # "Kevin Ashworth, managing director of Ridgeline Coach Company": the post's own "of" and body
                written = _body_after(lexicon() if lex is None else lex).search(facts.text, span[0], span[1])
                written = written if written is not None and written.end() == span[1] else None
            if written is None:
                continue
            start, end, names = written.start("body"), written.end("body"), {normalize(written.group("body"))}
        if any(a.value.lower() in names or any(n in a.value.lower() or a.value.lower() in n for n in names) for a in held):
            continue
        told = normalize(" ".join(p.quote for a in person.attributes for p in a.provenance))
        if any(n in told for n in names):
            continue  # a source names the person with that body: unverified, not wrong
        message = f"the sources give {person.name} as of {held[0].value}, not of {facts.text[start:end]}"
        verdicts.append(Verdict("entity", True, start, end, facts.text[start:end], held[0].value, message, attribute_claim(person, held[0])))
    return verdicts
