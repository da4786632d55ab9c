"""Posts that news copy and releases give a person without a title before the name: Sentence -> Found attributes.

extract/entities.py reads a title before a name ("Vice Chair Angela Duarte") and an appositive with an
article ("Kraft, a former top prosecutor"). This module reads the other ways a post is given:

- a possessive before the post, and two posts joined by "and": "Lena Marsh, our Chief Operating
  Officer", "Owen Tarr, Brightwater's director of plant operations and the company's lead negotiator";
- a post with the body it is held at: "Ada Quist, an arbitrator with the Ohio State Employment
  Relations Board" (the post, and the body as the person's `member_of`);
- a verb that gives a post: "Ira Cole of Dunmore will become director of the Lakeland Water Authority",
  "Cole, 47, has served since 2018 as deputy director of ...", "Cole retired in May as dean and
  provost at ..." (a former post), "Cole ... is a former president of ...", "Ira Cole was appointed to
  the State Parks Board" (the board is the person's body);
- a plural title before two names: "Trustees Ada Quist and Ira Cole" (the seats' plurals are
  extract/entities.py's);
- a relation whose subject is a pronoun: "He is the husband of state Sen. Ada Quist" (he: the
  person the sentence before is about).

A post's head is a title of the lexicon (titles.tsv, in any case), or an agent noun (word set
agent-suffix: "negotiator", "mediator") where a possessive or an article says a post follows. The
verbs are the lexicon's word sets post-verb (a post follows: "became", "named"), post-past (the post
is over: "retired"), post-durative (over in the simple past: "served as", not "has served as") and
join-verb ("appointed to" a body).
"""

from __future__ import annotations

import re

from factcheck.extract.doc import Doc, Sentence
from factcheck.extract.gather import Found, Gatherer
from factcheck.extract.naming import KIN, NAME, NOT_NAME, clean_name, surname
from factcheck.lexicon import alternation, lexicon

_LEX = lexicon()
_TITLE_ENDS = frozenset(t.form.split()[-1].lower() for t in _LEX.titles if t.use != "honorific")
_AGENT = tuple(_LEX.words("agent-suffix"))
_VAGUE = frozenset(t.form.lower() for t in _LEX.titles if "vague" in t.flags)
_POSSESSIVES = alternation(p.word for p in _LEX.pronouns if p.case == "possessive")  # our, its, their, his, her
_SUBJECTS = {p.word for p in _LEX.pronouns if p.case == "subject" and p.person == 3 and p.number == "sg"}  # he, she (it)
_SHORT = {t.form: t.head for t in _LEX.titles if t.form.endswith(".") and t.use != "honorific"}
_PLACE_HEADS = _LEX.words("place-head")
_CALENDAR = _LEX.calendar_words()
_ORG_HEADS = _LEX.words("org-head")

# A body's name: capitalised words, with "of", "and", "&" inside and a number at its end ("Local 2287").
_BODY = r"[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+){0,2}(?:[A-Z][\w’'&.-]*|\d{1,6}\b)){0,8}"
_AT_BODY = re.compile(rf"\s+(?P<prep>of|at|for|with|on)\s+(?:the\s+)?(?P<body>{_BODY})")
_STOP = re.compile(r"[,;:()“”\"]|\.(?:\s|$)")
# "Name, our Chief Operating Officer", "Name, Brightwater's director of ...": a possessive before the post.
_OWNED = re.compile(rf"(?P<name>{NAME}),\s+(?:(?i:{_POSSESSIVES})|(?:the\s+[a-z]+|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})['’]s)\s+(?=[A-Za-z])")
# "Name, a mediator with the ...", "Name, the lead counsel for ...": an article, a post and its body.
_WITH = re.compile(rf"(?P<name>{NAME}),\s+(?:a|an|the)\s+(?P<former>former\s+)?(?=[a-z])")
_AGE = r"(?:,\s+\d{1,3},)?"
_FROM = r"(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"  # "Ira Cole of Dunmore"
_WHEN = r"(?:\s+(?:since|in|on)\s+(?:[A-Z][a-z]+\.?\s+)?\d{0,2},?\s*\d{4}|\s+in\s+[A-Z][a-z]+){0,2}"
_AUX = r"(?:\s+(?:will|has|had|have|was|were|is|been|be|also|later|then|recently)){0,3}"
_VERB = re.compile(
    rf"(?P<name>{NAME}){_FROM}{_AGE}(?P<aux>{_AUX})\s+(?P<verb>{alternation(_LEX.words('post-verb') | _LEX.words('post-past'))})"
    rf"(?P<when>{_WHEN})(?:\s+as)?\s+(?=[A-Za-z])"
)
_IS = re.compile(rf"(?P<name>{NAME}){_AGE}(?:,(?:[^,;“”\"]|,(?=\d)){{1,100}},)?\s+(?:is|was)\s+(?:a|an|the)\s+(?P<former>former\s+)?(?=[a-z])")
_JOINED = re.compile(rf"(?P<name>{NAME}){_FROM}{_AGE}{_AUX}\s+(?:{alternation(_LEX.words('join-verb'))})\s+to\s+(?:the\s+)?(?P<body>{_BODY})")
_PLURALS = {t.plural: t.head for t in _LEX.titles if t.plural and "seat" not in t.flags and t.use in ("title", "both") and t.plural[0].isupper()}
_PLURAL = re.compile(rf"(?<![\w.])(?P<title>{alternation(_PLURALS)})\s+(?P<first>{NAME})(?:,\s+(?P<second>{NAME}))?,?\s+and\s+(?P<last>{NAME})")
_SPOUSE = alternation(r.word for r in _LEX.relations if r.kind in ("spouse", "family"))
_TITLES = alternation(_LEX.title_forms(use=("title", "both")))
# "... is the husband of state Sen. Ada Quist": the relation, and whom it is to
_KIN_OF = rf"(?:is|was)\s+(?:the\s+)?(?P<rel>{_SPOUSE})\s+of\s+(?:(?:U\.S\.|[Ss]tate|the\s+late|late)\s+)*(?:(?:{_TITLES})\s+)?(?P<other>{NAME})"
_PRONOUN_KIN = re.compile(rf"^(?P<pronoun>{alternation(w.capitalize() for w in _SUBJECTS)})\s+{_KIN_OF}")

# "Director Carol Voss-Meyer noted for the record that she is the sister of Director Gary Voss": the pronoun is the
# person the sentence named before it
_THAT_KIN = re.compile(rf"\bthat\s+(?P<pronoun>{alternation(_SUBJECTS)})\s+{_KIN_OF}")


def scan(doc: Doc, sentence: Sentence, gather: Gatherer, about: str | None) -> None:
    """The posts and bodies the sentence gives people in the ways extract/entities.py does not read. `about`:
    the person the sentences before are about (see `subject`), whom a pronoun opening this one means."""
    text = sentence.text
    prov = doc.provenance(sentence.start, sentence.end)
    for match in _OWNED.finditer(text):
        _record(doc, sentence, gather, prov, match, text, match.end(), former=False, agents=True)
    for match in _WITH.finditer(text):
        _record(doc, sentence, gather, prov, match, text, match.end(), former=bool(match.group("former")), agents=True, body_needed=True)
    for match in _VERB.finditer(text):
        verb = match.group("verb")
        over = verb in _LEX.words("post-past") or verb in _LEX.words("post-durative") and not re.search(r"\bha(?:s|ve|d)\b", match.group("aux"))
        former = over or bool(re.match(r"\s*former\s", text[match.end() :]))  # "retired as", "served as" (not "has served as")
        _record(doc, sentence, gather, prov, match, text, match.end(), former=former, agents=False)
    for match in _IS.finditer(text):
        _record(doc, sentence, gather, prov, match, text, match.end(), former=bool(match.group("former")), agents=True, body_needed=True)
    for match in _JOINED.finditer(text):
        found = _person(gather, match.group("name"), doc, sentence, match.start("name"))
        if found is not None:
            body = _trim_body(match.group("body"))
            if body:
                found.add("member_of", body, match.group(0)[len(match.group("name")) :].strip(), prov)
                gather.body(body, doc, sentence.start + match.start("body"))
    for match in _PLURAL.finditer(text):
        head = _PLURALS[match.group("title")]
        for key in ("first", "second", "last"):
            if match.group(key):
                found = _person(gather, match.group(key), doc, sentence, match.start(key), titled=True)
                if found is not None:
                    found.add("title", head, match.group(0), prov)
    kin = _PRONOUN_KIN.match(text)
    if kin and about is not None:
        _pronoun_kin(doc, sentence, gather, prov, kin, about)
    for kin in _THAT_KIN.finditer(text):
        before = Sentence(sentence.start, sentence.start + kin.start(), text[: kin.start()], sentence.paragraph)
        named = subject(before, gather, None)
        if named is not None:
            _pronoun_kin(doc, sentence, gather, prov, kin, named)


def _person(gather: Gatherer, raw: str, doc: Doc, sentence: Sentence, at: int, *, titled: bool = False) -> Found | None:
    """The person `raw` names: a full name, or a surname the document named in full ("Fire & Rescue is ..." names
    none). `titled`: a title before it says it is a name."""
    if raw.split()[0] in NOT_NAME or raw.lower() in _SUBJECTS:
        return None  # "The Commission was appointed", "He retired": no name
    if " " not in raw and gather.resolve(raw) is None:
        return None
    before = sentence.text[:at].rstrip()
    if not titled and (before.endswith(("&", " of", " and")) or before[-1:].isalpha() and before.split()[-1][0].isupper()):
        return None  # the end of a longer name: "Pine Hollow Fire & Rescue is the incident commander"
    return gather.person(raw, doc, sentence, at)


def _record(
    doc: Doc,
    sentence: Sentence,
    gather: Gatherer,
    prov: dict[str, object],
    match: re.Match[str],
    text: str,
    at: int,
    *,
    former: bool,
    agents: bool,
    body_needed: bool = False,
) -> None:
    """The posts (and their body) written from `at` on, given to the person `match` names."""
    read = read_posts(text, at, agents=agents)
    if read is None:
        return
    posts, body, prep, end = read
    if body and prep.split()[0] in ("of", "for") and not _a_body(body, prep):
        body = None  # "a business partner of Dana Reyes": a person, not a body
        if not all(_titled(p) for p in posts):
            return
    if body_needed and body is None and not all(_titled(p) for p in posts):
        return  # "Cole, a farmer": an agent noun alone is no post
    found = _person(gather, match.group("name"), doc, sentence, match.start("name"))
    if found is None or surname(found.name) in (body or ""):
        return
    written = text[match.end("name") : end].strip(" ,")
    for post in posts:
        if _capitalised(post):  # "our Chief Financial Officer": a title
            found.add("title", _SHORT.get(post, post), written, prov, former=former)
        else:  # "director of the Lakeland Water Authority": a role, with its body
            found.add("role", f"{post} {prep} {body}" if body else post, written, prov, former=former)
    if body:
        found.add("member_of", body, written, prov, former=former)
        gather.body(body, doc, sentence.start + text.find(body, at))


def read_posts(text: str, at: int, *, agents: bool) -> tuple[list[str], str | None, str, int] | None:
    """The posts written from `at` ("provost and vice president for academic affairs at Lane College"):
    ([posts], the body or None, the words before the body ("at", "of the"), where the reading ended);
    None when the words there are no post. `agents`: an agent noun ("negotiator") may be a post's head."""
    stop = _STOP.search(text, at, min(len(text), at + 160))
    limit = stop.start() if stop else min(len(text), at + 160)
    body_at = next((m for m in _AT_BODY.finditer(text, at, limit) if _trim_body(m.group("body"))), None)
    phrase = text[at : body_at.start() if body_at else limit].strip()
    phrase = re.sub(r"^(?:former|the|a|an)\s+", "", phrase)
    parts = re.split(rf"\s+and\s+(?:(?:the\s+[a-z]+['’]s|(?:{_POSSESSIVES})|the|a|an)\s+)?", phrase)
    posts: list[str] = []
    for part in parts:
        if _is_post(part, agents=agents):
            posts.append(part.strip())
        elif posts and not part[:1].isupper():
            posts[-1] = f"{posts[-1]} and {part}"  # "director of labor and industry": the "of" tail goes on
        else:
            return None
    if not posts or len(phrase.split()) > 12:
        return None
    if body_at is None:
        return posts, None, "", at + len(text[at:limit].rstrip())
    body = _trim_body(body_at.group("body"))
    prep = text[body_at.start("prep") : body_at.start("body")].strip()
    return posts, body, prep, body_at.start("body") + len(body or "")


def _is_post(phrase: str, *, agents: bool) -> bool:
    """ "vice president for academic affairs", "Chief Financial Officer", "chief negotiator" (with `agents`)."""
    lead = _lead(phrase)
    if not lead or len(lead) > 5 or not all(re.fullmatch(r"[A-Za-z][\w’'-]*", w) for w in lead):
        return False
    if any(w[0].isupper() for w in lead) and not all(w[0].isupper() for w in lead):
        return False  # "Minnesota farmer", "our Cannon Bluff plant": a name in a role is the role of a body, not read here
    last = lead[-1].lower()
    if last in KIN or last in _VAGUE and len(lead) == 1:
        return False
    return last in _TITLE_ENDS or agents and len(last) >= 6 and last.endswith(_AGENT) and lead[-1] not in _PLACE_HEADS


def _lead(post: str) -> list[str]:
    """A post's words before its "of" or "for": "vice president" of "vice president for academic affairs"."""
    return re.split(r"\s+(?:of|for)\s+", post.strip(), maxsplit=1)[0].split()


def _titled(post: str) -> bool:
    """A post headed by a title of the lexicon, not only by an agent noun ("chief negotiator" is not)."""
    lead = _lead(post)
    return bool(lead) and lead[-1].lower() in _TITLE_ENDS


def _capitalised(post: str) -> bool:
    return all(w[0].isupper() for w in _lead(post))


def _a_body(body: str, prep: str) -> bool:
    """ "of the Apple Growers League", "of Kettle County Public Works", "of Local 4410": after "of", a body has
    an article, a body's or a place's head word, or a number; "of Dana Reyes" is a person."""
    words = body.split()
    return prep.endswith(" the") or any(w.rstrip("s") in _ORG_HEADS or w in _PLACE_HEADS or w[0].isdigit() for w in words)


def _trim_body(body: str) -> str | None:
    """A body's name without the words after it that are no part of it; None when it is a place or a name of one word."""
    words = body.split()
    month = next((i for i, w in enumerate(words) if w.rstrip(".") in _CALENDAR), None)
    words = words[:month] if month is not None else words  # "... Office of Orchard Safety on Aug. 3": the date is no part of it
    while words and words[-1] in ("of", "for", "and", "on", "the", "&"):
        words.pop()
    if len(words) < 2 or words[-1] in _PLACE_HEADS and len(words) == 2 or words[0] in NOT_NAME and len(words) < 3:
        return None
    return " ".join(words).rstrip(".")


def subject(sentence: Sentence, gather: Gatherer, before: str | None) -> str | None:
    """Who a "he" or "she" in the next sentence is: the first person this sentence names, read after the
    sentence was gathered; else the one `before` (the sentence before's), as "Before that, she ..." names none."""
    for match in re.finditer(NAME, sentence.text):
        name = clean_name(match.group(0)) or match.group(0)  # "Director Carol Voss-Meyer" is Carol Voss-Meyer
        found = gather.found.get(name)
        if found is None and " " not in name:
            full = gather.resolve(name)
            found = gather.found.get(full) if full else None
        if found is not None and found.type == "person":
            return found.name
    return before


def _pronoun_kin(doc: Doc, sentence: Sentence, gather: Gatherer, prov: dict[str, object], kin: re.Match[str], subject: str) -> None:
    """ "He is the husband of state Sen. Ada Quist": he is the person the sentences before are about."""
    found = gather.found.get(subject)
    other = gather.person(kin.group("other"), doc, sentence, kin.start("other"))
    if found is None or other is None or found is other or found.type != "person":
        return
    rel = kin.group("rel").lower()
    records = next((r.records for r in _LEX.relations if r.word == rel and r.records), None)
    if records:  # the relation word is what the holder is to the other ("the husband of ...")
        found.add(records, other.name, kin.group(0)[len(kin.group("pronoun")) :].strip(), prov)
