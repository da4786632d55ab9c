"""Who a document names, gathered over every document of one run: names -> Found people and bodies.

A name is kept whole ("Georgette Amankwah"); a surname or a first name alone ("Amankwah said",
"Georgette said") is the full name the document used last, else the one the run knows, and is
recorded as that person's alias. A lone capitalised word the document only writes where a
sentence starts ("Farmers asked") is no name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck.extract.doc import Doc, Sentence
from factcheck.extract.naming import GIVEN_MONTHS, KIN_BEFORE, NOT_NAME, TITLE_OR_PLURAL, W, clean_name, first_name, nickname, surname
from factcheck.lexicon import lexicon
from factcheck.places import STATES, is_place_name
from factcheck.textutil import STOPWORDS


def common_word(word: str, body: str) -> bool:
    """A word of common use as well as of a name: one names never hold ("Board"), a stopword, or one the document
    writes in lower case ("Will", "grant"). Such a word alone stands for no one."""
    return word in NOT_NAME or word.lower() in STOPWORDS or re.search(rf"\b{re.escape(word.lower())}\b", body) is not None


@dataclass(slots=True)
class Found:
    """A person or body as gathered from the documents, before it is written as an entity."""

    name: str
    type: str  # person | organization | group | place
    aliases: set[str] = field(default_factory=set)
    attributes: list[dict[str, object]] = field(default_factory=list)
    first: tuple[str, int] = ("", 0)  # (source id, offset) of the first mention, for a stable order

    def add(self, attribute: str, value: str, as_written: str, provenance: dict[str, object], **extra: object) -> None:
        for item in self.attributes:
            if item["attribute"] == attribute and item["value"] == value and item.get("former", False) == extra.get("former", False):
                provs = item["provenance"]
                assert isinstance(provs, list)
                if provenance not in provs and len(provs) < 3:
                    provs.append(provenance)
                return
        entry: dict[str, object] = {"attribute": attribute, "value": value}
        entry.update({k: v for k, v in extra.items() if v})
        entry["as_written"] = as_written
        entry["provenance"] = [provenance]
        self.attributes.append(entry)


_ORG_HEADS = lexicon().words("org-head")


class Gatherer:
    """Collects people and bodies over every document of one run, merged by full name."""

    def __init__(self, known: dict[str, str]) -> None:
        self.known = known  # alias -> entity id already in the registry
        self.found: dict[str, Found] = {}
        self.doc_names: list[str] = []  # full names in the current document, in order of mention
        self.kin: set[str] = set()  # full names introduced as someone's kin ("his sister, Marisol Castellanos")

    def person(self, raw: str, doc: Doc, sentence: Sentence, at: int, *, title: str = "") -> Found | None:
        if any(state in raw for state in STATES) or is_place_name(raw):
            return None  # "said North Dakota is further behind"
        if raw.split()[-1] in _ORG_HEADS:
            return None  # "... of the Great Lakes Civil Liberties Alliance, Lansing, asked": a body's name, no person's
        if re.match(r"\s+\d", sentence.text[at + len(raw) :]):
            return None  # "said Local 509 President ...", "Route 14": a numbered thing, no person, comes before a number
        name = clean_name(raw, given=_given_month(raw, sentence.text, at))
        if not name or " " not in name and not raw.endswith(name) and self.resolve(name) is None:
            return None  # "Grand Island", "Platte River": the first word of a place's or a body's name
        alone = name if " " not in name else ""
        if alone:
            full = self.resolve(alone, title=title) or full_name_in(doc, alone)
            if full is None:
                if alone in NOT_NAME or len(alone) < 3 or _only_sentence_initial(doc, alone):
                    return None
                full = alone
            name = full
        elif name not in self.found:
            name = self._short_form(name)
            name = name if name in self.found else self._initialled(name)
        if " " in name and not alone and KIN_BEFORE.search(sentence.text, max(0, at - 40), at):
            self.kin.add(name)
        found = self.found.get(name)
        if found is None:
            found = self.found[name] = Found(name, "person", first=(doc.source.id, sentence.start + at))
        if alone and alone != name:
            found.aliases.add(alone)  # "Georgette said": the first name alone is the person's alias
        if " " in clean_name(raw) and clean_name(raw) != name:
            found.aliases.add(clean_name(raw))  # "Greg Osei" for the "Gregory Osei" named before
        if name not in self.doc_names:
            self.doc_names.append(name)
        else:
            self.doc_names.remove(name)
            self.doc_names.append(name)
        if " " in name:
            last = surname(name)
            found.aliases.update({name, last})
            if nickname(raw):
                found.aliases.add(f"{nickname(raw)} {last}")  # Harold "Hal" Pruitt is Hal Pruitt too
        return found

    def _holds(self, name: str, title: str) -> bool:
        return any(item["attribute"] == "title" and str(item["value"]).lower() == title.lower() for item in self.found[name].attributes)

    def _short_form(self, name: str) -> str:
        """ "Greg Osei" after "Gregory Osei" in the same document: a first name that starts the other's
        (three letters at least) with the same surname is that person, and so is the end of one other's
        name ("Two Feathers" of "Aiyana Two Feathers"); else the name itself."""
        ends = [n for n in self.doc_names if n.endswith(" " + name)] or [n for n in self.found if n.endswith(" " + name)]
        tail = [n for n in ends if self.found[n].type == "person"]
        if len(tail) == 1:
            return tail[0]  # "Regent Two Feathers" after "Aiyana Two Feathers": a surname of two words
        first, last = first_name(name), surname(name)
        if len(first) < 3:
            return name
        same = [
            n
            for n in self.doc_names
            if " " in n and self.found[n].type == "person" and surname(n) == last and first_name(n) != first and first_name(n).startswith(first)
        ]
        return same[0] if len(same) == 1 else name

    def _initialled(self, name: str) -> str:
        """ "Gerald Pruitt" in one document for the "Gerald T. Pruitt" of another: the one person of the run whose
        name is this one but for middle initials; else the name itself."""
        bare = _without_initials(name)
        same = [
            n
            for n, f in self.found.items()
            if f.type == "person" and " " in n and n != name and _without_initials(n) == bare and bare in (n, name)  # "A." is not "T."
        ]
        return same[0] if len(same) == 1 else name

    def body(self, name: str, doc: Doc, at: int) -> Found:
        """The body of that name or alias, else a new one first met at offset `at` of the document."""
        found = self.found.get(name) or next((f for f in self.found.values() if f.type == "organization" and name in f.aliases), None)
        if found is None:
            found = self.found[name] = Found(name, "organization", first=(doc.source.id, at))
        found.aliases.add(name)
        return found

    def first_name_aliases(self, doc: Doc) -> None:
        """ "Ilse coordinated the response": a first name the document writes alone is an alias of the one
        person it named with it, unless the word is also a common one ("Will", "grant" in lower case)."""
        body = doc.source.body
        people = [n for n in self.doc_names if " " in n and self.found[n].type == "person"]
        firsts = [first_name(n) for n in people]
        for name, first in zip(people, firsts, strict=True):
            if firsts.count(first) > 1 or common_word(first, body):
                continue
            for match in re.finditer(rf"(?<![\w.’'-])(?P<before>\S+\s+)?{re.escape(first)}\s+(?P<after>[a-z]+)\b", body):
                before = (match.group("before") or "").strip(" “”\"‘’'(")
                if (not before or not before[0].isupper() or before[-1] in ".!?:") and match.group("after") not in STOPWORDS:
                    self.found[name].aliases.add(first)
                    break

    def resolve(self, word: str, *, title: str = "") -> str | None:
        """A surname to the full name this document used last, else one the run knows; a first name
        ("Georgette said") to the full name this document used last. Of two people of one surname, a title
        before it ("Vice Chair Lindqvist") is the one already given that title."""
        same = [name for name in reversed(self.doc_names) if name.split()[-1] == word or surname(name) == word]
        holders = [name for name in same if title and self._holds(name, title)]
        if len(same) > 1 and len(holders) == 1:
            return holders[0]
        # '"My sister leaves ...," Castellanos said.' after "Dev Castellanos ... said his sister, Marisol Castellanos":
        # a surname alone is the one the story is about, not the kin it introduced by relation
        same = [name for name in same if name not in self.kin] or same
        if same:
            return same[0]
        for name in reversed(self.doc_names):
            if " " in name and first_name(name) == word:
                return name
        matches = [n for n in self.found if " " in n and surname(n) == word]
        if len(matches) == 1:
            return matches[0]
        return None


def _given_month(raw: str, text: str, at: int) -> bool:
    """ "said treasurer June Solberg": a month that is also a given name, before a capitalised word, and after no
    small word that makes it a date ("In June Heitkamp said", "last May Smith") or a figure."""
    words = raw.split()
    if len(words) < 2 or words[0] not in GIVEN_MONTHS or not words[1][:1].isupper():
        return False
    before = text[max(0, at - 20) : at].split()
    return not before or before[-1].lower() not in STOPWORDS and not before[-1][:1].isdigit()


def _without_initials(name: str) -> str:
    return " ".join(w for w in name.split() if not re.fullmatch(r"[A-Z]\.?", w))


def _only_sentence_initial(doc: Doc, word: str) -> bool:
    """ "Farmers asked for one thing", "Officials said": a lone word the document capitalises only where a
    sentence starts is a common noun, not a name."""
    body = doc.source.body
    for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", body):
        before = body[: match.start()].rstrip(" \t“”\"‘’'(—–-")
        if before and before[-1] not in ".!?:\n":
            return False
    return True


_CALENDAR = lexicon().calendar_words()


def opens_a_name(doc: Doc, word: str) -> bool:
    """ "Tamarack said" where the document writes "Tamarack Home Products": a lone word the document names no
    person with, but opens a longer name with, is the short name of a body."""
    after = re.finditer(rf"(?<![\w.’'-]){re.escape(word)}\s+(?P<next>[A-Z][\w’'-]+)", doc.source.body)
    return any(match.group("next") not in _CALENDAR for match in after)


def full_name_in(doc: Doc, word: str) -> str | None:
    """ "Dennis Kraft has led ..." with no title: the first name the document gives a surname with."""
    for match in re.finditer(rf"\b({W}(?:\s+[A-Z]\.)?)\s+{re.escape(word)}\b", doc.source.body):
        first = match.group(1).split()[0]
        if first not in NOT_NAME and not TITLE_OR_PLURAL.fullmatch(first) and not first.endswith(("’s", "'s")):  # "Senior Fiscal Analyst\nFiscal Note"
            return f"{match.group(1)} {word}"
    return None
