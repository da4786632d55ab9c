"""Compare the post a clause gives a registry person with the post of that kind the registry holds.

"Jacqueline Tso, who directs Reclamation's Upper Colorado Basin Region" is an entity error when the
registry has her as "Regional Director of Reclamation's Lower Colorado Basin Region"; so is "Collins,
who chairs the Senate Finance Committee" for the chair of the Senate Aging Committee. The verb names
the post (lexicon/relations.tsv: directs -> director of), and the body is held against the body of
the registry's post with the same head. Posts are compared only when their bodies are of one make
(as many words, one or two changed: "Upper Colorado Basin Region"); a post the registry does not hold
is unverified, not wrong.
"""

from __future__ import annotations

import difflib
import re
from typing import NamedTuple

from factcheck.compare import SentenceFacts, Verdict
from factcheck.compare.registry import attribute_claim
from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import Lexicon, alternation, per_lexicon
from factcheck.model import Attribute
from factcheck.textutil import normalize


class _Words(NamedTuple):
    heads: dict[str, str]  # "directs" -> "director": the post a verb names
    who: re.Pattern[str]  # ", who directs Reclamation's Upper Colorado Basin Region"
    of: re.Pattern[str]  # a held post and its body: "Regional Director of Reclamation's Lower ..."
    articles: frozenset[str]  # "the", "a": no part of a body's words
    post: re.Pattern[str]  # a held post and its body: "ranking member of the Senate Judiciary Committee"
    second: frozenset[str]  # "ranking", "vice", "deputy": a rank under a post's head
    leading: frozenset[str]  # the heads of posts that lead a body: "chair", "director", "commander"
    connectors: frozenset[str]  # lower-case words inside a body's name: "of", "and"


@per_lexicon
def _words(lex: Lexicon) -> _Words:
    heads = {r.verb: r.word.removesuffix(" of") for r in lex.relations if r.kind == "leads" and r.verb and r.word.endswith(" of")}
    # after a party tag too, or an appositive: "Sen. Maria Ortega, the Harlow Democrat who chairs ..."
    who = re.compile(
        rf"\s*(?:\([^()]{{0,40}}\)\s*)?(?:,\s+(?:(?:the|a|an)\s+[^,.;:()]{{1,40}}?\s+)?|\s+)who\s+(?P<verb>{alternation(heads)})\s+(?P<body>[^,.;:()]+)"
    )
    of = re.compile(rf"(?P<head>[\w-]+)\s+(?:{alternation(lex.words('title-qualifier'))})\s+(?P<body>.+)$")
    post = re.compile(rf"(?P<post>[\w-]+(?:\s+[\w-]+)?)\s+(?:{alternation(lex.words('title-qualifier'))})\s+(?P<body>.+)$")
    second = frozenset(m.word for m in lex.modifiers if m.kind == "second")
    return _Words(heads, who, of, lex.words("article"), post, second, frozenset(heads.values()), lex.words("org-connector"))


def _body_words(text: str, words: _Words) -> list[str]:
    """ "the Senate Finance Committee" -> [senate, finance, committee]; possessives folded."""
    return [w.removesuffix("'s") for w in re.findall(r"[\w'-]+", normalize(text)) if w not in words.articles]


def _held(attr: Attribute, head: str, words: _Words) -> str | None:
    """The body of a held post whose head is `head`: "Regional Director of X" -> "X" for "director"."""
    found = words.of.search(attr.value)
    if found is None or found.group("head").lower() != head:
        return None
    return found.group("body")


def _other_post(attributes: tuple[Attribute, ...], head: str, drafted: list[str], words: _Words) -> tuple[Attribute, str] | None:
    """A post the registry holds of the very body the draft names, a rank under its head (lexicon modifiers,
    kind `second`): the ranking member's, a vice chair's, for "who chairs"; a co-chair's. Any other post (a plain member, a
    director said to head it) may be the one the draft names, in other words."""
    for attr in attributes:
        if attr.attribute not in ("title", "role"):
            continue
        found = words.post.match(attr.value)
        if found is None or _body_words(found.group("body"), words) != drafted:
            continue
        post = found.group("post").strip()
        last = post.split()[-1].lower()
        # "co-chairs" for "chairs": a post shared, under a prefix of the same head
        if last != head and (set(post.lower().split()) & words.second or last.endswith("-" + head)):
            return attr, post
    return None


def compare(facts: SentenceFacts, index: ClaimIndex, *, lex: Lexicon | None = None) -> list[Verdict]:
    words = _words(lex)
    verdicts: list[Verdict] = []
    for mention in facts.entities:
        if len(mention.value.ids) != 1:
            continue
        person = index.corpus.entities.get(mention.value.ids[0])
        clause = words.who.match(facts.text, mention.end)
        if person is None or person.type != "person" or clause is None:
            continue
        head = words.heads[clause.group("verb")]
        written = _named_body(clause.group("body"), words)
        drafted = _body_words(written, words)
        posts = [(a, body) for a in person.attributes if a.attribute in ("title", "role") for body in [_held(a, head, words)] if body]
        if not posts:
            # "who heads the department's Burglary Unit" for the commander of its Homicide Unit: a post that leads
            # another body of the same make, under another verb
            led = [
                (a, body)
                for a in person.attributes
                if a.attribute in ("title", "role") and not a.former
                for h in words.leading
                for body in [_held(a, h, words)]
                if body
            ]
            posts = [(a, body) for a, body in led if _named_apart(written, body, words)]
        whole = clause.group("body").rstrip()
        if written != whole and any(
            _one_or_two_changed(_body_words(whole, words), _body_words(b, words)) or _body_words(whole, words) == _body_words(b, words) for _, b in posts
        ):
            # "the House appropriations subcommittee on higher education": a body written in lower case past its one
            # capitalised word, of the make of a held post's body
            written, drafted = whole, _body_words(whole, words)
        if not posts and not drafted:
            continue
        if not posts and drafted:
            other = _other_post(person.attributes, head, drafted, words)
            if other is not None:
                # "who chairs the Senate Judiciary Committee" for its ranking member: another post of the same body
                attr, post = other
                start, end = clause.start("verb"), clause.end("verb")
                message = f"the sources give {person.name} as {attr.value}, not {head} of {written.strip()}"
                verdicts.append(Verdict("entity", True, start, end, facts.text[start:end], f"is the {post} of", message, attribute_claim(person, attr)))
            continue
        agreeing = [b for _, b in posts if set(drafted) <= set(_body_words(b, words)) or set(_body_words(b, words)) <= set(drafted)]
        # of one make: as many words, one or two of them changed ("Upper" for "Lower", "Finance" for "Aging"); a
        # body named at another length ("Region 7 Enforcement ... Division" for "EPA Region") is not judged
        alike = [(a, b) for a, b in posts if _one_or_two_changed(drafted, _body_words(b, words)) or _named_apart(written, b, words)]
        if not agreeing and not alike and _holder(index, person.id, head, drafted, words):
            # "Haugland, who chairs the Academic and Student Affairs Committee": another person of the sources
            # holds that very post, and hers is of another body
            alike = posts[:1]
        if agreeing or not alike:
            continue
        attr, body = alike[0]
        message = f"the sources give {person.name} as {attr.value}, not {head} of {written.strip()}"
        if _named_apart(written, body, words):
            start, end, expected = _own_names(clause.start("body"), written, body)
        else:
            start, end, expected = _smallest(clause.start("body"), written.rstrip(), body, words)
        verdicts.append(Verdict("entity", True, start, end, facts.text[start:end], expected, message, attribute_claim(person, attr)))
    return verdicts


_OWNED = re.compile(r"^.*['’]s\s+")  # "the City Council's " before a body's own name


def _named_body(body: str, words: _Words) -> str:
    """A body's words up to the end of its capitalised name: "the department's Patrol Operations Bureau" of
    "... Bureau and led the analysis"; the whole when it names nothing in capitals."""
    tokens = list(_TOKEN.finditer(body))
    named = [k for k, t in enumerate(tokens) if t.group(0)[:1].isupper()]
    if not named:
        return body
    last = named[0]
    for k in range(named[0] + 1, len(tokens)):
        word = tokens[k].group(0)
        if word[:1].isupper():
            last = k
        elif word not in words.connectors:
            break
    return body[: tokens[last].end()]


def _owner(body: str) -> tuple[str, int]:
    """The words before a body's own name ("the City Council's "), and where its own name starts; "" and 0 when none."""
    owned = _OWNED.match(body)
    return (owned.group(0), owned.end()) if owned else ("", 0)


def _named_apart(drafted: str, held: str, words: _Words) -> bool:
    """Two bodies of one owner and one head named apart: "the council's Budget and Finance Committee" for the "City
    Council's Public Safety Committee", "the department's Burglary Unit" for "the Homicide Unit". The owners (the
    words before a possessive) agree when both are given; the bodies' own names share their last word and no other."""
    (mine_owner, mine_at), (theirs_owner, theirs_at) = _owner(drafted), _owner(held)
    mine, theirs = _body_words(drafted[mine_at:], words), _body_words(held[theirs_at:], words)
    if mine_owner and theirs_owner:
        one, other = set(_body_words(mine_owner, words)), set(_body_words(theirs_owner, words))
        if not (one <= other or other <= one):
            return False
    return len(mine) >= 2 and len(theirs) >= 2 and mine[-1] == theirs[-1] and not set(mine[:-1]) & set(theirs[:-1])


def _own_names(at: int, drafted: str, held: str) -> tuple[int, int, str]:
    """The drafted body's own name but its head, and the held one's: "Budget and Finance" for "Public Safety"."""

    def own(text: str) -> list[re.Match[str]]:
        tokens = list(_TOKEN.finditer(text, _owner(text)[1]))
        first = next((k for k, t in enumerate(tokens) if t.group(0)[:1].isupper()), 0)
        return tokens[first:-1]

    mine, theirs = own(drafted), own(held)
    return at + mine[0].start(), at + mine[-1].end(), held[theirs[0].start() : theirs[-1].end()]


def _holder(index: ClaimIndex, person: str, head: str, drafted: list[str], words: _Words) -> bool:
    """Someone else of the registry holds the post with this head of this very body."""
    for other in index.corpus.entities.values():
        if other.id == person or other.type != "person":
            continue
        for attr in other.attributes:
            body = _held(attr, head, words) if attr.attribute in ("title", "role") and not attr.former else None
            if body is not None and _body_words(body, words) == drafted:
                return True
    return False


def _changed(mine: list[str], theirs: list[str]) -> list[tuple[str, int, int, int, int]]:
    """The places where two bodies' words differ (difflib opcodes other than equal)."""
    return [op for op in difflib.SequenceMatcher(a=mine, b=theirs, autojunk=False).get_opcodes() if op[0] != "equal"]


def _one_or_two_changed(mine: list[str], theirs: list[str]) -> bool:
    """Of one make: the same words but for one or two in a row, or two apart ("Upper" for "Lower"; "Attorney
    General's" for "Governor's")."""
    ops = _changed(mine, theirs)
    if len(mine) == len(theirs):
        return 1 <= sum(a != b for a, b in zip(mine, theirs, strict=True)) <= 2
    return len(ops) == 1 and ops[0][0] == "replace" and max(ops[0][2] - ops[0][1], ops[0][4] - ops[0][3]) <= 2


_TOKEN = re.compile(r"[\w’'-]+")


def _smallest(at: int, drafted: str, held: str, words: _Words) -> tuple[int, int, str]:
    """The one word that differs when the two bodies differ in one ("Upper" for "Lower"); else the whole body."""
    mine = [m for m in _TOKEN.finditer(drafted) if m.group(0).lower() not in words.articles]
    theirs = [m.group(0) for m in _TOKEN.finditer(held) if m.group(0).lower() not in words.articles]
    differ = [i for i, (a, b) in enumerate(zip(mine, theirs, strict=False)) if normalize(a.group(0)).removesuffix("'s") != normalize(b).removesuffix("'s")]
    if len(mine) == len(theirs) and len(differ) == 1:
        word = mine[differ[0]]
        return at + word.start(), at + word.end(), theirs[differ[0]]
    ops = _changed([normalize(m.group(0)).removesuffix("'s") for m in mine], [normalize(t).removesuffix("'s") for t in theirs])
    if len(ops) == 1 and ops[0][0] == "replace":
        _, a0, a1, b0, b1 = ops[0]  # "Attorney General's" for "Governor's"
        return at + mine[a0].start(), at + mine[a1 - 1].end(), " ".join(theirs[b0:b1])
    return at, at + len(drafted), held
