"""What of a sentence no backing claim gives (issue 11, strict support): its dates and figures no comparer found in a
claim, the places, bodies and names (of one word too, in running prose) no backing claim or registry entry gives, the
posts and relations it gives people that neither does, a party the registry records for no one of the name.
findings.py calls a sentence `supported` only when this is empty; otherwise it is a warning naming the parts, with
the claims that back the rest cited.
"""

from __future__ import annotations

import re

from factcheck.compare import SentenceFacts, Verdict
from factcheck.corpus.index import ClaimCard, ClaimIndex, value_keys
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.model import Mention
from factcheck.textutil import normalize

# "in Bandon", "at Myrtle Point": where something happened, a place the backing claims must name too. Not
# a month or a weekday ("in March").
_WHEN_NAMES = lexicon().calendar_words()
_FUNCTION = lexicon().words("function") | lexicon().words("stop")
# "the Senate Judiciary Committee": a body's name, its capitalised words up to a body's head word
_BODY = re.compile(
    rf"\b(?P<body>(?:[A-Z][\w’'.-]*\s+(?:(?:{alternation(lexicon().words('org-connector'))})\s+)?){{1,6}}"
    rf"(?:{alternation(w.capitalize() for w in lexicon().words('org-head'))}))\b"
)
# "the Departments of Homeland Security and Justice": one head for two bodies, each its own "Department of ..."
_HEADS = {(w[:-1] + "ies" if w.endswith("y") else w + "s").lower(): w for w in lexicon().words("org-head")}
_NAMED_BODY = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
_BODIES = re.compile(
    rf"\b(?P<head>{alternation(h.capitalize() for h in _HEADS)})\s+(?:of|on|for)\s+(?P<a>{_NAMED_BODY})\s+and\s+(?:the\s+)?(?P<b>{_NAMED_BODY})"
)
_PLACE_IN = re.compile(rf"\b(?:{alternation(lexicon().words('place-in'))})\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}})")

# A proper name: two capitalised words or more in a row ("Grand Forks", "Forum News Service").
_PROPER = re.compile(r"(?<![\w’'.-])[A-Z][a-z]+(?:\s[A-Z][a-z]+)+(?![\w’'-])")


def unbacked(facts: SentenceFacts, verdicts: list[Verdict], cards: list[ClaimCard], index: ClaimIndex) -> list[Mention]:
    """The dates and figures of the sentence that no comparer found in a claim, in order, with the places, bodies
    and parties no backing claim or registry entry gives. A value inside
    a quotation the sources have word for word is the speaker's, backed with the quotation; a bare figure
    ("| 20 |" in a table) is backed by a claim backing the sentence that states it as its one figure (of
    "173 in Curry County, 72 in Douglas", 72 could be either row's)."""
    agreed = [(v.start, v.end) for v in verdicts if not v.contradicts and v.kind in ("date", "number", "quote")]
    verbatim = [(q.start, q.end) for q, found in zip(facts.quotes, facts.quote_matches, strict=False) if found is not None and found.exact]
    out = []
    for mention in sorted((*facts.dates, *facts.numbers), key=lambda m: m.start):
        if any(s <= mention.start and mention.end <= e for s, e in agreed + verbatim):
            continue
        if (
            mention.kind == "number"
            and not mention.value.unit
            and any(len(card.numbers) == 1 and card.numbers[0].value == mention.value.value for card in cards)
        ):
            continue
        if (
            mention.kind == "number"
            and value_keys([mention.value])
            and any(q.value == mention.value.value and q.unit == mention.value.unit for card in cards for q in card.numbers)
        ):
            continue  # "from $8,460 to $8,840, a $380 jump": a precise figure a backing claim states, though the sentence works it out
        out.append(mention)
    # what the backing claims' words say, and who published them: "the Marrowbone Teachers Association" of its own release
    publishers = {index.corpus.sources[p.source].publisher for card in cards for p in card.claim.provenance if p.source in index.corpus.sources}
    evidence = " ".join([*(card.evidence for card in cards), *(normalize(p) for p in publishers if p)])
    for match in _PLACE_IN.finditer(facts.text):
        place = match.group("place")
        if place.split()[0] not in _WHEN_NAMES and place.lower() not in evidence:
            out.append(Mention("place", match.start("place"), match.end("place"), place, place))  # "in Bandon": where no backing claim says
    for m in facts.entities:
        # "Mayor Gerald Whitcomb, a Republican": a party the registry records for no one of the name is no source's
        people = [p for i in m.value.ids if (p := index.corpus.entities.get(i)) is not None]
        if m.value.party and m.value.party_span and people and not any(a.attribute == "party" for p in people for a in p.attributes):
            start, end = m.value.party_span
            out.append(Mention("entity", start, end, facts.text[start:end], m.value.party))
    named = {i for card in cards for i in card.entities}
    for m in facts.entities:
        # "Director Paul Sorensen cast the lone 'no' vote, saying ... in five years": the five years are backed, the
        # person no backing claim names is not
        ids = [i for i in m.value.ids if index.names.types.get(i) == "person"]
        if len(ids) == 1 and len(m.value.ids) == 1 and ids[0] not in named and normalize(m.text) not in evidence:
            out.append(Mention("entity", m.start, m.end, m.text, m.text))
    quoted = [(q.start, q.end) for q in facts.quotes]
    for match in _PROPER.finditer(facts.text):
        # "Grand Forks" where every backing claim says Fargo: a name no backing claim or registry entry gives
        words = match.group(0).split()
        while words and (words[0].lower() in _FUNCTION or words[0] in _WHEN_NAMES):
            words.pop(0)  # "In April", "The Grand Forks": the name is what follows
        if len(words) < 2 or any(w in _WHEN_NAMES for w in words):
            continue
        name = " ".join(words)
        start = match.end() - len(name)
        inside = any(start < e and s < match.end() for s, e in [*((m.start, m.end) for m in facts.entities), *quoted])
        if not inside and normalize(name) not in evidence:
            out.append(Mention("entity", start, match.end(), name, name))
    for match in _BODIES.finditer(facts.text):
        head = _HEADS[match.group("head").lower()]
        of = facts.text[match.end("head") : match.start("a")].strip()
        for part in ("a", "b"):
            if normalize(f"{head} {of} {match.group(part)}") not in evidence:
                out.append(Mention("entity", match.start(part), match.end(part), match.group(part), match.group(part)))
    for match in _BODY.finditer(facts.text):
        # "asked the Senate Judiciary Committee": a body no backing claim names, by its words or as a registry entity
        body = match.group("body")
        known = any(m.start <= match.start("body") and match.end("body") <= m.end + 1 and set(m.value.ids) & named for m in facts.entities)
        # "Meridian Renewables' Tallgrass Crossing Wind Project": the owner and the thing owned, each named by a claim
        parts = re.split(r"(?<=s)['’]\s+|['’]s\s+", body, maxsplit=1)
        known = known or len(parts) == 2 and all(normalize(part) in evidence for part in parts)
        if (
            not known
            and normalize(body) not in evidence
            and not any(normalize(body).endswith(normalize(m.text)) and set(m.value.ids) & named for m in facts.entities)
        ):
            out.append(Mention("entity", match.start("body"), match.end("body"), body, body))
    taken = [*((m.start, m.end) for m in facts.entities), *quoted, *((m.start, m.end) for m in out)]
    out.extend(_lone_names(facts, evidence, taken, index))
    out.extend(_posts(facts, evidence, taken, index))
    return sorted(out, key=lambda m: m.start)


@per_lexicon
def _known(lex: Lexicon) -> frozenset[str]:
    """Capitalised words that name no one thing a claim must give: titles, states, countries and their people,
    parties, months, a body's or place's head, and the words the lexicon says start no name."""
    words = {f for t in lex.titles for f in t.form.split()}
    words |= {f for st in lex.states for f in (st.name, st.postal, st.ap, *st.other) for f in f.split()}
    words |= {f for c in lex.countries for f in (c.name, c.demonym, *c.aliases) if f for f in f.split()}
    words |= {f for p in lex.parties for f in (p.name, p.member, p.plural, *p.other)}
    words |= set(lex.calendar_words()) | {f for season in lex.seasons for f in season.forms}
    words |= lex.words("not-name") | lex.words("not-first-name") | lex.words("org-head") | lex.words("place-head")
    return frozenset(w.strip(".,").lower() for w in words)


# A name of one word in running prose, after a word in lower case or a possessive: "with AmeriCorps", "HUD's
# Pittsburgh field office"; not a label's ("**True.**", "| Creates |"), and not an initialism ("ER" for the
# sources' "emergency room")
_LONE = re.compile(r"(?:(?<=[a-z]\s)|(?<=['’]s\s))[A-Z][a-z]+(?:[A-Z][a-z]+)?(?![\w’'-]|:)")


def _lone_names(facts: SentenceFacts, evidence: str, taken: list[tuple[int, int]], index: ClaimIndex) -> list[Mention]:
    """Names of one word no backing claim gives: "HUD's Pittsburgh field office" where every backing claim says
    Philadelphia."""
    known = _known(lexicon())
    out = []
    for match in _LONE.finditer(facts.text):
        word = match.group(0)
        low = word.lower()
        if any(s <= match.start() < e for s, e in taken):
            continue
        if low in known or low in _FUNCTION or low in index.common_words or re.search(rf"\b{re.escape(low)}", evidence):
            continue
        out.append(Mention("entity", match.start(), match.end(), word, word))
    return out


@per_lexicon
def _post_words(lex: Lexicon) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """The posts and relations a sentence may give someone ("treasurer", "Vice Chair", "his wife"), and for each the
    forms a source may write it in (every form of its head)."""
    titles = [t for t in lex.titles if t.use != "honorific" and "vague" not in t.flags]
    forms: dict[str, tuple[str, ...]] = {}
    for t in titles:
        heads = tuple(f.lower() for f in (t.head, *(u.form for u in titles if u.head == t.head)))
        forms[t.form.lower()] = heads
    for r in lex.relations:
        if r.kind in ("spouse", "family"):
            forms[r.word.lower()] = (r.word.lower(),)
    # one person's post, in running prose: not a plural ("senators"), nor a script's speaker label ("REPORTER:")
    pattern = re.compile(rf"(?<![\w’'-])(?:{alternation(forms)})(?![\w’'-]|\s*:)", re.I)
    return pattern, forms


def _posts(facts: SentenceFacts, evidence: str, taken: list[tuple[int, int]], index: ClaimIndex) -> list[Mention]:
    """Posts and relations no backing claim or registry entry gives: "reviewed by Treasurer Denise Albright" where
    the sources give her no post, "her husband, Dale" where they call him her brother."""
    pattern, forms = _post_words(lexicon())
    held = " ".join(
        f"{a.value} {a.as_written}".lower()
        for m in facts.entities
        for i in m.value.ids
        if (e := index.corpus.entities.get(i)) is not None
        for a in e.attributes
    )
    out = []
    for match in pattern.finditer(facts.text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        if match.group(0).isupper() and len(match.group(0)) > 3:
            continue  # a script's cue in capitals ("ANCHOR", "REPORTER")
        written = match.group(0).lower()
        heads = forms.get(written, ())
        if any(re.search(rf"(?<![\w-]){re.escape(h)}", evidence) or h in held for h in (written, *heads)):
            continue
        out.append(Mention("entity", match.start(), match.end(), match.group(0), match.group(0)))
    return out
