"""Who did it: a person of the sentence against the person the sources give the same act to.

"Senator Heitkamp has questioned Homeland Security Secretary Jeh Johnson about efforts to curb drug
trafficking" when the claim the sentence is plainly about has "Ayotte questioned Secretary of Homeland
Security Jeh Johnson about efforts ... to curb drug trafficking": the act is Ayotte's. So is "At Sen.
Klobuchar's invitation" for "at the invitation of Cindy McCain", "Delgado led the analysis" for "The analysis
was led by Deputy Chief Marcus Lindqvist", and "it was Klobuchar who reminded everybody" for "Heitkamp also
reminds people". The word-by-word swap check (swaps.py) misses these when the wording around the name is
rearranged; this one asks only whose name stands next to the same act: the verb after the name, the noun it
owns ("Klobuchar's invitation"), the word before "of", "by" or "from" in front of it.

Judged only when the case is plain: a claim covers a third of the sentence or more, three of its words other than
names at least; it gives
the act to one person the sentence does not name, or names doing something else ("Heitkamp authored the bill, and
Klobuchar signed on as its cosponsor": the authoring and the cosponsoring swapped); no close claim gives that act to the sentence's person; and
no pronoun in the sentence may stand for the sources' person ("She and Sen. Klobuchar met ...").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from factcheck.compare import SentenceFacts, Verdict, vote_parts
from factcheck.corpus.index import ClaimIndex
from factcheck.facts import persons
from factcheck.lexicon import Lexicon, alternation, per_lexicon
from factcheck.memo import Memo
from factcheck.mentions import names
from factcheck.mentions.name_patterns import along_before
from factcheck.mentions.names import EntityRef
from factcheck.model import Mention
from factcheck.textutil import content_stems

# The share of the sentence a claim must have, and how many of the claims that close are read.
CLOSE = 0.35
CLOSEST = 3
# Words shared besides names and values: the act itself.
ACT_WORDS = 3


class _Words(NamedTuple):
    """What this comparer reads from a lexicon, built once per lexicon."""

    after: re.Pattern[str]  # the act after a name: its verb, or the noun it owns
    before: re.Pattern[str]  # the act before a name: the word before "of", "by", "from"
    stands_in: re.Pattern[str]  # a pronoun that may stand for whoever the sources give the act to
    writer: re.Pattern[str]  # "I", "me": the writer, who signed the draft
    passive: frozenset[str]  # "was", "been": before a participle, the act is done to the name, not by it
    skip: frozenset[str]  # stems that say who someone is, or only that they spoke, not what they did
    things: frozenset[str]  # what several people may own at once, no act: "Klobuchar's bill" is "Heitkamp's bill" too
    along: re.Pattern[str]  # "with", "joined by" right before a name: one who went along, whose act is that
    mutual: frozenset[str]  # "partnered", "teamed up": an act with someone that is theirs too (wordset mutual-verb)


@per_lexicon
def _words(lex: Lexicon) -> _Words:
    auxiliary = alternation(lex.words("auxiliary") | lex.words("passive-auxiliary"))
    # "Ayotte questioned", "Klobuchar, who reminded", "Szabo moved to amend"; "Klobuchar's invitation"
    # past what stands between a name and its verb: a home ("Senator Amy Klobuchar of Minnesota led") or a few
    # words set off by commas ("Heitkamp, for her part, urged", "Dev Tamura, Vice President of the Riders Union,
    # presented"), which is no clause of its own ("Regent Raman, who chaired the committee, reported")
    between = r"(?:\s+of(?:\s+[A-Z][\w.’'-]*){1,3}|\s*,\s*(?!who\b|whose\b|which\b)(?:[\w.’'-]+\s+){1,7}[\w.’'-]+\s*,)?"
    after = re.compile(
        rf"(?:['’]s\s+(?P<owned>[a-z][\w-]+)"
        rf"|{between}(?:\s*,\s*who\s+|\s+who\s+|\s+)(?P<aux>(?:(?:{auxiliary})\s+)*)(?P<verb>[a-z][a-z-]+)(?:\s+to\s+(?P<then>[a-z][a-z-]+))?)"
    )
    # "the invitation of", "was led by", "an amendment from", with a title between ("from board president", "by Deputy Chief")
    before = re.compile(rf"(?<![\w’'-])(?P<act>[a-z][\w-]+)\s+(?:{alternation(lex.words('act-link'))})\s+(?:the\s+)?(?:[A-Za-z.]+\s+){{0,3}}\Z")
    stands_in = re.compile(rf"\b(?:{alternation(p.word for p in lex.pronouns if 'speaker' in p.tags)})\b", re.I)
    # ranks, bodies' heads ("board"), auxiliaries; "said" alone tells nothing done (a verb of speech that says
    # what was asked or urged does)
    words = [
        *(m.word for m in lex.modifiers),
        *lex.words("org-head"),
        *lex.words("auxiliary"),
        *lex.words("plain-speech"),
    ]
    writer = re.compile(
        rf"\b(?:{alternation(p.word.capitalize() if p.word == 'i' else p.word for p in lex.pronouns if p.person == 1 and p.number == 'sg' and p.case != 'possessive')})\b"
    )
    return _Words(
        after,
        before,
        stands_in,
        writer,
        lex.words("passive-auxiliary"),
        frozenset(s for w in words for s in content_stems(w)),
        lex.words("shared-thing"),
        along_before(lex),
        frozenset(s for w in lex.words("mutual-verb") for s in content_stems(w)),
    )


def _act(text: str, mention: Mention, words: _Words) -> frozenset[str]:
    """The stems of the act the sentence ties to a name."""
    found = []
    suffered = False
    after = words.after.match(text, mention.end)
    if after is not None:
        found += [after.group(g) for g in ("owned", "verb", "then") if after.group(g)]
        verb = after.group("verb") or ""
        suffered = verb.endswith(("ed", "en")) and bool(words.passive & set((after.group("aux") or "").lower().split()))
    before = words.before.search(text, max(0, mention.start - 60), mention.start)
    if before is not None:
        found.append(before.group("act"))
    stems = frozenset(s for w in found for s in content_stems(w)) - words.skip
    # "Martin was appointed by Gov. Ellison" names whom the act was done to; the sources' "appointed by Gov.
    # Riordan" names who did it: marked apart, the two are not one act given to two people
    return frozenset(PASSIVE + s for s in stems) if suffered else stems


def _owned(text: str, mention: Mention, words: _Words) -> frozenset[str]:
    """The stems of a thing the name owns ("Klobuchar's bill"), which others may own too; not an act's noun
    ("Klobuchar's invitation")."""
    after = words.after.match(text, mention.end)
    owned = after.group("owned") if after is not None and after.group("owned") else ""
    return frozenset(content_stems(owned)) if owned.lower() in words.things else frozenset()


# The act of one who went along with someone else ("with Sen. Amy Klobuchar"), no stem of any claim's act.
ALONG = "@along"
# Marks the stem of an act done to a person ("was appointed"), never the same act as one they did.
PASSIVE = "~"
# The shortest stem that stands for the words it begins: "amend" is the act of "amendment" too.
SHORTEST = 5


def _same(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """One act in both: the same stem, or one stem beginning the other ("amend", "amendment")."""
    return bool(mine & theirs) or any(min(len(a), len(b)) >= SHORTEST and (a.startswith(b) or b.startswith(a)) for a in mine for b in theirs)


# The people a claim's texts name, with their acts: read once per run, not once per sentence.
_NAMED: Memo[str, tuple[tuple[str, frozenset[str]], ...]] = Memo(16384)


def _named(text: str, index: ClaimIndex, words: _Words) -> tuple[tuple[str, frozenset[str]], ...]:
    def read() -> tuple[tuple[str, frozenset[str]], ...]:
        people = [m for m in persons(names.detect(text, index.names), index) if len(m.value.ids) == 1]
        acts = [_act(text, m, words) for m in people]
        for k in range(len(people) - 2, -1, -1):
            if names.LISTED.fullmatch(text, people[k].end, people[k + 1].start):
                acts[k] |= acts[k + 1]  # "Trustees Lucinda Harrow and Osgood Renfro voted": both voted
        return tuple((m.value.ids[0], act) for m, act in zip(people, acts, strict=True))

    return _NAMED.get((index.names, words), text, read)


def _elsewise(theirs: set[str] | None, act: frozenset[str]) -> bool:
    """The sentence ties another act, not this one, to the person the sources give this one to."""
    return bool(theirs) and not _same(frozenset(theirs or ()), act)


def compare(facts: SentenceFacts, index: ClaimIndex, *, lex: Lexicon | None = None) -> list[Verdict]:
    words = _words(lex)
    people = [m for m in persons(list(facts.entities), index) if len(m.value.ids) == 1]
    if facts.author:
        # "Senator Heitkamp and I met with the NFL", in a letter Klobuchar signed: "I" is Klobuchar
        me = [Mention("entity", m.start(), m.end(), m.group(0), EntityRef((facts.author,), m.group(0))) for m in words.writer.finditer(facts.text)]
        people = sorted(people + me, key=lambda m: m.start)
    close = [c for c in sorted(facts.candidates, key=lambda c: -c.coverage) if c.coverage >= CLOSE][:CLOSEST]
    close = [c for c in close if len([k for k in c.shared if k[0] not in "@#"]) >= ACT_WORDS]
    if not people or not close or words.stands_in.search(facts.text, 0, people[0].start):
        return []  # "She and Sen. Klobuchar met ...", "I joined Amy": the sources' person may be the one meant
    named_here = {i for m in [*facts.entities, *people] for i in m.value.ids}
    read = [(c, _named(text, index, words)) for c in close for text in (c.card.claim.statement, *(p.quote for p in c.card.claim.provenance))]
    acts = [_act(facts.text, m, words) for m in people]
    for k in range(len(people) - 2, -1, -1):
        if not acts[k] and names.LISTED.fullmatch(facts.text, people[k].end, people[k + 1].start):
            acts[k] = acts[k + 1]  # "Heitkamp and McCain met with the NFL": both met (the word after the first is "and")
    # "Heitkamp led a delegation to Mexico City with Sen. Amy Klobuchar and Cindy McCain": those after "with" went
    # along, which is their act here (and the leading is someone else's)
    for k, m in enumerate(people):
        if not acts[k] and (
            words.along.search(facts.text, max(0, m.start - 20), m.start)
            or k
            and ALONG in acts[k - 1]
            and names.LISTED.fullmatch(facts.text, people[k - 1].end, m.start)
        ):
            acts[k] = frozenset({ALONG})
    # "Stuhr called the case "the largest ..."": the act is saying words the sources give this very person
    quoted = {c.speaker for found in facts.quote_matches if found is not None for c in (*found.exact, *found.near) if c.speaker}
    # what the sentence ties to each person it names: "Heitkamp authored the bill, and Klobuchar signed on as its
    # cosponsor" gives the authoring to one and the signing to the other
    tied: dict[str, set[str]] = {}
    for m, act in zip(people, acts, strict=True):
        tied.setdefault(m.value.ids[0], set()).update(act)
    # who moved, seconded or voted no is the roll call's to say, read whole from its minutes (compare/motions): "Ms.
    # Reyes, who seconded the motion" seconded one motion though another's claim gives its seconding to Pruitt
    parted = {i for given in vote_parts.parts(facts.text, people).values() for ids, _ in given for i in ids}
    for mine, act in zip(people, acts, strict=True):
        me = mine.value.ids[0]
        if me in parted:
            continue
        # "Klobuchar's bill" owns what the sources call "Heitkamp's bill" too: no act done, none to swap (but
        # "At Klobuchar's invitation" is one)
        done = act - _owned(facts.text, mine, words)
        if not act or any(who == me and _same(act, theirs) for _, named in read for who, theirs in named):
            continue  # the sentence ties no act to the name, or the sources give this person the act too
        if me in quoted and facts.quotes and facts.quotes[0].start > mine.end:
            continue
        for cand, named in read:
            # the sources' person is not in the sentence, or is in it doing something else: the two acts swapped
            found = {
                who for who, theirs in named if who != me and _same(act, theirs) and (who not in named_here or bool(done) and _elsewise(tied.get(who), act))
            }
            if len(found) != 1:
                continue
            them = found.pop()
            if act & words.mutual and tied.get(them, set()) <= {ALONG} and them in named_here and me in cand.card.claim.entities:
                # "Cindy McCain, who partnered with Klobuchar" of "Klobuchar partnered with Cindy McCain": done together
                continue
            who = index.corpus.entities.get(them)
            shown = who.name if who else them
            written = facts.text[mine.start : mine.end]
            message = f"the sources give this to {shown}, not {written}"
            return [Verdict("attribution", True, mine.start, mine.end, written, shown, message, (cand.card.claim,))]
    return []
