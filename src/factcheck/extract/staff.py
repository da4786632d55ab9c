"""People in a report's label lines and lists: a sentence of structured lines -> its lines, and the people each names.

Public documents list people in lines, not sentences: header lines ("Prepared by: Planning
Section Chief Imogen Vasquez", "Approved by: Tobias Brennecke, Emergency Manager and Incident
Commander", "CC: Rafael Ondine, Director of Environmental Health; Beatrix Coll, Deputy
Director"), staff lines ("Public Information Officer: Marisol Quaye.", "Liaison Officer: Deputy
Emergency Manager Priya Halvorsen.") and distribution lists ("Aurelio Sandoval, Director, Tenney
County Health Department"). The segmenter runs such lines together into one sentence; `lines`
gives them back one by one (where one opens on a label, or two are "Name, Post" as a signature
block's are), and `read` takes the people from each (`signature` reads a signature block, a name in
capitals over its title):

- a label that names a post ("Public Information Officer:") is the person's title, or their role
  when the name carries a title of its own ("Safety Officer: Battalion Chief Anders Whitcombe");
- a label that introduces people ("Prepared by", "FROM", "CC", "Distribution"; lexicon word set
  person-label) and a list line ("Name, Title, Body") give titles and bodies after the name,
  joined by "and" ("Emergency Manager and Incident Commander") or by commas;
- such a label alone on its line ("Analysts:", "Company participants:") opens a roster: each line
  under it, "Name — Title, Body" or "Name, Title", is a person with those posts, and in "Name – Firm"
  the firm alone is the person's body (`member_of`), though its name ends in no body word.

A post is a phrase whose head (its last word before "of"/"for") is a title of the lexicon in any
case ("Emergency Manager"), a compound of one ("Undersheriff"), or after a listed name an agent
noun (word set agent-suffix: "State Epidemiologist"); a body ends in an org-head word.
"""

from __future__ import annotations

import re

from factcheck.extract import seats
from factcheck.extract.doc import Doc, Sentence
from factcheck.extract.gather import Gatherer
from factcheck.extract.naming import NAME, NOT_NAME, W
from factcheck.lexicon import alternation, lexicon
from factcheck.mentions.names import is_home

_LEX = lexicon()
# The single words a title ends in, in lower case: "chief", "manager", "officer", "sgt.".
_TITLE_ENDS = frozenset(t.form.split()[-1].lower() for t in _LEX.titles if t.use != "noun")
# The titles a compound ends in ("Undersheriff", "Vicechancellor"); short ones make too many false compounds ("Mischief").
_COMPOUNDABLE = tuple(sorted(t.form.lower() for t in _LEX.titles if t.use in ("title", "both") and t.form.isalpha() and len(t.form) >= 6))
_HONORIFICS = frozenset(t.form for t in _LEX.titles if t.use == "honorific")
_SHORT = {t.form: t.head for t in _LEX.titles if t.form.endswith(".") and t.use != "honorific"}  # "Sgt." -> "Sergeant"
_AGENT = tuple(_LEX.words("agent-suffix"))  # -ist, -er, ...: "Epidemiologist", "Planner"
_PERSON_LABELS = _LEX.words("person-label")  # by, from, cc, distribution
_BODY = re.compile(rf"\b(?:{alternation(_LEX.words('org-head') | _LEX.words('firm-head'))})$")  # "Westbrook Municipal Advisors" too
_PLACE_HEADS = _LEX.words("place-head")
_CONNECTORS = _LEX.words("org-connector")  # of, for, and, on, to, the: the only lower-case words of a list line
_NOT_IN_NAME = NOT_NAME | _LEX.words("org-head") | _PLACE_HEADS

_LABEL = re.compile(r"(?P<label>[A-Z][\w’'.&/-]*(?: [\w’'.&/-]+){0,5}):(?:[ \t]+|$)")
_NAME_WORD = re.compile(rf"{W}|[A-Z]\.|(?:{'|'.join(_LEX.words('name-particle'))})")
_OF = re.compile(r"\s+(?:of|for|to|on)\s+")
_CAPS_NAME = re.compile(r"[A-Z][A-Z'’-]+(?: (?:[A-Z]\.|[A-Z][A-Z'’-]+)){1,3}")  # "DOUGLAS P. MWANGI"
_SEAT = re.compile(rf"\s*\((?P<district>(?:{alternation(_LEX.words('district-word'))})\s+\d{{1,3}})\)")
# "Name — Title, Body", "Name – Firm": a roster's line, the name before a dash set off by spaces.
_DASHED = re.compile(rf"(?P<name>{NAME})\s+[—–-]{{1,2}}\s+(?P<rest>[A-Z][^—–]{{1,150}})")
_POST_PAREN = re.compile(r"\s*\((?P<post>[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,3}),\s+(?P<body>[A-Z][^()\n]{2,80})\)")
_PARTY_LETTER = re.compile(r"\s*\((?P<letter>[A-Z])\)(?=[,\s]|$)")  # "(D)", "(R)"
_TOWN = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}")  # a town closing a list line, after the post
_TAG = re.compile(r"\s*\((?P<party>[A-Z]{1,3})\s*[-–]\s*(?P<place>[A-Z][\w. ]{0,30})\)\s*$")


def lines(doc: Doc, sentence: Sentence, *, labels: bool = True) -> list[Sentence]:
    """The sentence's lines, each a sentence of its own, when one of them opens on a label ("Prepared by:") or two are a
    list's lines ("Lowell Fenske, Chairman, Marlow County Commission"); else the sentence. Without `labels`, only the
    list's: a roll call's "Yes: Kruger, Bauman" and "No: Seifert" under "Roll call vote:" stay one statement."""
    raw = doc.source.text[sentence.start : sentence.end]
    if "\n" not in raw:
        return [sentence]
    parts: list[Sentence] = []
    at = 0
    for line in raw.split("\n"):
        text = line.strip()
        if text:
            lead = at + len(line) - len(line.lstrip())
            parts.append(Sentence(sentence.start + lead, sentence.start + lead + len(text), sentence.text[lead : lead + len(text)], sentence.paragraph))
        at += len(line) + 1
    if (labels and any(_LABEL.match(p.text) for p in parts)) or sum(_list_line(p.text) for p in parts) >= 2:
        return parts
    if _list_line(parts[0].text) and all(len(p.text.split()) <= SIGNATURE_WORDS and not p.text.endswith(".") for p in parts):
        return parts  # a signature: "Harold Brenneman, President" over the signer's address
    return [sentence]


# The most words on a line of a signature block: a name and post, an address, a town.
SIGNATURE_WORDS = 10


def _list_line(text: str) -> bool:
    """ "Nina Kowalski, Treasurer": a signature block's or a list's line, a name and its post, every word
    capitalised. Two such lines make the block's lines read one by one, as a label does."""
    text = _POST_PAREN.sub("", text)  # "Gary Hollenbeck, President (Chief, Kettle Creek Volunteer Fire Company)"
    head, comma, rest = text.rstrip(" .;").partition(",")
    words = text.replace(",", " ").split()
    return bool(comma) and all(w[0].isupper() or w in _CONNECTORS for w in words) and _plain_name(head.split()) and bool(_posts(rest, listed=False))


def signature(doc: Doc, sentence: Sentence, gather: Gatherer) -> None:
    """A signature block: a name in capitals over its title ("DOUGLAS P. MWANGI / SECRETARY OF STATE")."""
    raw = doc.source.text[sentence.start : sentence.end]
    rows = [r.strip() for r in raw.split("\n") if r.strip()]
    if len(rows) != 2 or not all(r.isupper() for r in rows) or not _CAPS_NAME.fullmatch(rows[0]):
        return
    name = " ".join(w if len(w) == 2 and w.endswith(".") else w.capitalize() for w in rows[0].split())
    title = " ".join(w.lower() if w.lower() in _CONNECTORS else w.capitalize() for w in rows[1].split())
    if not _LEX.title_heads(title) or not _plain_name(name.split()):
        return
    # "LORRAINE B. VETTERING" is the "Lorraine Vettering" the run knows, if it knows one of that surname
    known = gather.resolve(name.split()[-1])
    if known is not None and known.split()[0] == name.split()[0]:
        name = known
    found = gather.person(name, doc, sentence, sentence.start)
    if found is not None:
        found.add("title", title, f"{rows[0]} {rows[1]}", doc.provenance(sentence.start, sentence.end))


def read(doc: Doc, line: Sentence, gather: Gatherer, *, roster: bool = False) -> bool:
    """The people a label line or a list line names, with the titles, roles and bodies it gives them.

    `roster`: the line is under a label line that introduces people ("Panelists:" alone on its line), so
    a line "Name — Title, Body" or "Name – Firm" is one of them. Returns whether the next line is too."""
    text = line.text.rstrip(" .;")
    label = _LABEL.match(text)
    if label is None:
        dashed = _DASHED.fullmatch(text) if roster else None
        if dashed:
            _roster_entry(doc, line, gather, dashed)
        elif "," in text and all(w[0].isupper() or w in _CONNECTORS for w in _POST_PAREN.sub("", _PARTY_LETTER.sub("", text)).replace(",", " ").split()):
            # "Aurelio Sandoval, Director, Tenney County Health Department"; "Daniel Okafor, Vice Chair (D), District 4, Linwood"
            _entry(doc, line, gather, 0, text, post=None, listed=False)
        elif roster and "," in text:
            _entry(doc, line, gather, 0, text, post=None, listed=True)  # "Name, director of research"
        return roster
    words = label.group("label").split()
    if label.end() >= len(text):
        return words[-1].lower() in _PERSON_LABELS  # "Analysts:" alone on its line: the lines under it are people
    if words[-1].lower() in _PERSON_LABELS:
        at = label.end()
        for entry in text[label.end() :].split(";"):
            _entry(doc, line, gather, at + len(entry) - len(entry.lstrip()), entry.strip(), post=None, listed=True)
            at += len(entry) + 1
    elif _is_post(label.group("label"), listed=False):
        # "Vice President: Eugene Tatro, District 6 (Americus)": the post's holder, then the seat (extract/seats)
        entry = text[label.end() :]
        if "," in entry and seats.SEAT.match(entry, entry.index(",") + 1):
            entry = entry[: entry.index(",")]
        # "Vice Chair: Thomas Reddick, City Manager, City of Ashford": the post's holder, with a title and body of their own
        if "," not in entry or all(w[:1].isupper() for w in entry.split(",")[0].split()):
            _entry(doc, line, gather, label.end(), entry, post=label.group("label"), listed=False)
    return False


def _roster_entry(doc: Doc, line: Sentence, gather: Gatherer, dashed: re.Match[str]) -> None:
    """ "Name — Chair and Chief Executive Officer", "Name — Senior Analyst, Body", "Name – Firm": the posts
    after the dash, and the body; a firm alone, no post before it, is the person's body though its name
    ends in no body word."""
    words = dashed.group("name").split()
    if not _plain_name(words):
        return
    rest = dashed.group("rest")
    parts = [p.strip() for p in rest.split(",") if p.strip()]
    titles = _posts(rest, listed=True)
    bodies = [p for p in parts if _is_body(p)]
    if not titles and not bodies and len(parts) == 1 and _firm(parts[0]):
        bodies = parts
    if not titles and not bodies:
        return
    found = gather.person(dashed.group("name"), doc, line, dashed.start("name"))
    if found is None:
        return
    prov = doc.provenance(line.start, line.end)
    for title in titles:
        found.add("title", _SHORT.get(title, title), " ".join(line.text.split()), prov)
    for body in bodies:
        found.add("member_of", body, body, prov)
        gather.body(body, doc, line.start + line.text.find(body))


def _firm(phrase: str) -> bool:
    """ "Hollis & Crane Securities", "Brightline Capital": capitalised words (and "&", "of") that are no post, place or name of a month."""
    words = phrase.split()
    return (
        1 <= len(words) <= 6
        and words[0][0].isupper()
        and all(w[0].isupper() or w in _CONNECTORS or w == "&" for w in words)
        and not _is_post(phrase, listed=True)
        and words[-1] not in _PLACE_HEADS
        and words[-1] not in NOT_NAME
    )


def _entry(doc: Doc, line: Sentence, gather: Gatherer, at: int, entry: str, *, post: str | None, listed: bool) -> None:
    """ "Planning Section Chief Imogen Vasquez", "Tobias Brennecke, Emergency Manager and Incident Commander"."""
    seat = _SEAT.search(entry)  # "Harlan J. Dietz (District 2)", "Rosalind T. Abernathy, Chair (District 3)"
    if seat:
        entry = entry[: seat.start()] + entry[seat.end() :]
    # "Gary Hollenbeck, President (Chief, Kettle Creek Volunteer Fire Company)": a second post and its body, in parentheses
    held = _POST_PAREN.search(entry)
    if held and _title_word(held.group("post").split()[-1]) and _is_body(held.group("body")):
        entry = entry[: held.start()] + entry[held.end() :]
    else:
        held = None
    letter = _PARTY_LETTER.search(entry)  # "Vice Chair (D)": a roster's party letter after the post
    entry = _PARTY_LETTER.sub("", entry) if letter else entry
    head, _, rest = entry.partition(",")
    tagged = _TAG.search(head)  # "Sen. Carol Brennan (D-Ann Arbor), Chair": a party tag after the name
    if tagged:
        head = head[: tagged.start()]
    words = head.split()
    cut = max((i + 1 for i, w in enumerate(words) if _title_word(w) or w in _HONORIFICS), default=0)
    before, name = words[:cut], " ".join(words[cut:])
    if not _plain_name(words[cut:]) or not all(w[0].isupper() for w in before):
        return
    titles = _posts(rest, listed=listed)
    if not listed and post is None and not titles:
        return  # "Smith, Jones and Brown": a list line must give a post
    found = gather.person(name, doc, line, at + head.find(name))
    if found is None:
        return
    prov = doc.provenance(line.start, line.end)
    if seat:
        found.add("district", seat.group("district"), seat.group(0).strip(" ()"), prov)
    if letter and (named := _LEX.party_name(letter.group("letter"))):
        found.add("party", named, letter.group(0).strip(" ()"), prov)
    party = _LEX.party_name(tagged.group("party")) if tagged else None
    if tagged and party:
        found.add("party", party, tagged.group(0).strip(" ()"), prov)
        state = _LEX.state_name(tagged.group("place"))
        if state:
            found.add("state", state, tagged.group(0).strip(" ()"), prov)
    own = " ".join(w for w in before if w not in _HONORIFICS)
    if own:
        found.add("title", _SHORT.get(own, own), " ".join(words), prov)
    for title in titles:
        found.add("title", title, " ".join(entry.split()), prov)
    if held:
        body = held.group("body").strip()
        found.add("role", f"{held.group('post').lower()} of {body}", held.group(0).strip(" ()"), prov)
        found.add("member_of", body, body, prov)
        gather.body(body, doc, line.start + line.text.find(body))
    for body in (p.strip() for p in rest.split(",")):
        if _is_body(body):
            found.add("member_of", body, body, prov)
            gather.body(body, doc, line.start + line.text.find(body))
    town = rest.rsplit(",", 1)[-1].strip() if titles else ""
    if _TOWN.fullmatch(town) and town not in titles and not _title_word(town.split()[-1]) and is_home(town, _LEX):
        found.add("home", town, " ".join(entry.split()), prov)  # a signature's "Monique Fairchild, RN, Secretary-Treasurer, Dunmore"
    if post:
        found.add("role" if own or titles else "title", post, line.text.rstrip(" ."), prov)


def _plain_name(words: list[str]) -> bool:
    """Two to four name words, none a title ("Officers"), a body's or a place's word ("Section", "County") or a month."""
    return (
        2 <= len(words) <= 4
        and all(_NAME_WORD.fullmatch(w) and w not in _NOT_IN_NAME and not _title_word(w) and not (w.endswith("s") and _title_word(w[:-1])) for w in words)
        and bool(re.fullmatch(NAME, " ".join(words)))
    )


def _posts(rest: str, *, listed: bool) -> list[str]:
    """The titles after a name: "Emergency Manager and Incident Commander" -> both; a body or a place is none."""
    out: list[str] = []
    for phrase in (p.strip() for p in rest.split(",")):
        parts = phrase.split(" and ")
        if len(parts) > 1 and all(_is_post(p, listed=listed) for p in parts):
            out.extend(p.strip() for p in parts)
        elif phrase and _is_post(phrase, listed=listed):
            out.append(phrase)
    return out


def _is_post(phrase: str, *, listed: bool) -> bool:
    """ "Incident Commander", "Director of Environmental Health", "Undersheriff"; after a listed name also "State Epidemiologist"."""
    words = _OF.split(phrase.strip(), maxsplit=1)[0].split()
    if not words or not all(w[0].isupper() for w in words) or _is_body(phrase):
        return False
    last = words[-1]
    return _title_word(last) or listed and last.lower().endswith(_AGENT) and last not in _PLACE_HEADS


def _is_body(phrase: str) -> bool:
    """ "Tenney County Health Department", "Department of Public Health": a phrase ending (before "of") in an org-head word."""
    lead = _OF.split(phrase, maxsplit=1)[0]
    return lead[:1].isupper() and bool(_BODY.search(lead))


def _title_word(word: str) -> bool:
    """A title's last word in any case ("Manager", "Sgt."), or a compound of one ("Undersheriff")."""
    low = word.lower()
    return low in _TITLE_ENDS or low.endswith(_COMPOUNDABLE) and low.isalpha()
