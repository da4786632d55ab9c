"""Propose claims and entities from sources: Sources + the registry -> Proposals (the `extract` verb).

Two passes. The first reads every document for the people, bodies and places it names
(extract/entities.py in sentences, extract/posts.py for the posts given with no title before
the name, extract/staff.py in header lines, lists and rosters, gathered by extract/gather.py), so that a surname in one sentence resolves to the full name of
another and every document of the run shares one entity per person. The second reads
each sentence for quotations (extract/quotes.py) and for dates, figures and places
(extract/facts.py), each a claim whose provenance is the verbatim sentence.
Writing them, and keeping what people edited, is extract/write.py.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from factcheck.extract import doc as docs
from factcheck.extract import facts as sentence_facts
from factcheck.extract import posts, staff
from factcheck.extract import quotes as quoted
from factcheck.extract.entities import scan
from factcheck.extract.gather import Found, Gatherer, opens_a_name
from factcheck.extract.naming import first_name, surname
from factcheck.lexicon import alternation, lexicon
from factcheck.mentions import names as name_mentions
from factcheck.mentions.names import NameIndex, build_index
from factcheck.model import Attribute, Entity, Source
from factcheck.places import STATES, is_place_name
from factcheck.textutil import content_stems, is_question, normalize


@dataclass(slots=True)
class Proposals:
    claims: dict[str, list[dict[str, object]]]  # source id -> claim entries, in source order
    entities: list[dict[str, object]]  # new or updated entity entries
    warnings: list[str] = field(default_factory=list)


def slug(text: str, limit: int = 6) -> str:
    words = re.findall(r"[a-z0-9]+", normalize(text).replace("'", ""))
    return "-".join(words[:limit]) or "x"


def _short_hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:6]


def propose(
    sources: list[Source], curated: dict[str, Entity], ours: dict[str, Entity], taken_ids: set[str], *, rejected: AbstractSet[str] = frozenset()
) -> Proposals:
    """Claims and entities for `sources`. `curated` entities are reused, never rewritten; `ours` are
    entities an earlier run proposed (merged with what this run finds); `rejected` are ids of
    entities a person deleted: not proposed again, and no claim names them."""
    read = [docs.read(s) for s in sources]
    known: dict[str, str] = {}
    registry = [*curated.values(), *ours.values()]
    for entity in registry:  # a name is matched by the entity of that name before any alias ("Menon" vs "Ravi Menon")
        known.setdefault(entity.name, entity.id)
    for entity in registry:
        for alias in entity.aliases:
            known.setdefault(alias, entity.id)
    gather, known_places = _gather(read, known)
    found = _merge_surnames(gather.found)
    by_id = {doc.source.id: doc for doc in read}
    # "Tamarack said" where the document writes "Tamarack Home Products": a lone word no full name of a person
    # ends or starts with, that opens a longer name, is a body's short name
    found = {
        k: f for k, f in found.items() if not (f.type == "person" and " " not in f.name and f.first[0] in by_id and opens_a_name(by_id[f.first[0]], f.name))
    }
    ids = {key: entity_id for key, entity_id in _assign_ids(found, known, {**curated, **ours}, taken_ids).items() if entity_id not in rejected}
    entities = _entity_records(found, ids, curated, ours)
    index = build_index({**curated, **ours, **{e.id: e for e in entities.values()}})
    names = {e.id: e.name for e in [*curated.values(), *ours.values(), *entities.values()]}
    proposals = Proposals({}, [], [])
    groups: dict[str, dict[str, object]] = {}
    for doc in read:
        as_of = doc.source.published.date if doc.source.published else None
        if as_of is None:
            proposals.warnings.append(
                f"{doc.source.path}: no publication date in its metadata or dateline — its relative dates stay unresolved (add `published:` to its metadata)"
            )
        entries = _quote_claims(doc, index, names, groups) + _sentence_claims(doc, index, as_of, known_places, ids)
        proposals.claims[doc.source.id] = _unique_ids(entries)
    proposals.entities = [*_entity_entries(found, ids, entities), *groups.values()]
    return proposals


def _gather(read: list[docs.Doc], known: dict[str, str]) -> tuple[Gatherer, set[str]]:
    """First pass: the people, bodies and places every document names."""
    gather = Gatherer(known)
    known_places: set[str] = set()
    for doc in read:
        gather.doc_names = []
        about: str | None = None  # the person the sentences so far are about: "he" in the next one
        paragraph = -1
        for sentence in doc.sentences:
            staff.signature(doc, sentence, gather)
            roster = False  # under a label line that introduces people ("Panelists:")
            if sentence.paragraph != paragraph:
                about, paragraph = None, sentence.paragraph
            for line in staff.lines(doc, sentence):  # a header block's lines, each read on its own
                roster = staff.read(doc, line, gather, roster=roster)
                scan(doc, line, gather)
                posts.scan(doc, line, gather, about)
                about = posts.subject(line, gather, about)
            for city, state in sentence_facts.city_states(sentence.text):
                place = _place(gather, city, doc.source.id, sentence.start)
                place.add("location", state, f"{city}, {state}", doc.provenance(sentence.start, sentence.end))
                known_places.add(city)
        gather.first_name_aliases(doc)
    for doc in read:
        for sentence in doc.sentences:
            for name, _ in sentence_facts.place_names(sentence.text, known_places):
                if is_place_name(name) or name in known_places:
                    _place(gather, name, doc.source.id, sentence.start)
    return gather, known_places


def _quote_claims(doc: docs.Doc, index: NameIndex, names: dict[str, str], groups: dict[str, dict[str, object]]) -> list[dict[str, object]]:
    entries: list[dict[str, object]] = []
    for q in quoted.find(doc, index):
        speaker, speakers = q.speaker, list(q.speakers)
        if speaker == "@group":
            speaker = f"{doc.source.id}-group"
            names[speaker] = f"the group quoted in {doc.source.title or doc.source.id}"
            groups.setdefault(speaker, {"id": speaker, "type": "group", "name": names[speaker], "status": "proposed"})
        entry: dict[str, object] = {
            "id": f"{doc.source.id}-quote-{slug(q.words, 5)}-{_short_hash(q.words, speaker)}",
            "kind": "quote",
            "statement": f"{names.get(speaker, speaker)}: “{' '.join(q.words.split())}”",
            "status": "proposed",
            "entities": [speaker, *[s for s in speakers if s != speaker]],
            "speaker": speaker,
        }
        if speakers:
            entry["speakers"] = speakers
        entry["words"] = q.words
        entry["provenance"] = [doc.provenance(q.start, q.end)]
        entries.append(entry)
    return entries


def _sentence_claims(doc: docs.Doc, index: NameIndex, as_of: str | None, known_places: set[str], ids: dict[str, str]) -> list[dict[str, object]]:
    """A date, number, event or fact claim for each sentence that states something checkable."""
    entries: list[dict[str, object]] = []
    dated_lead = False
    lead: list[str] = []  # what the paragraph so far is about: "their three-day trip" is the trip to Mexico
    paragraph = -1
    # a block's lines read one by one (a cc list, a signature block) are statements one by one: "Lowell Fenske,
    # Chairman, Marlow County Commission" and the next line's "Theresa Kolb, General Manager" are not one title
    lined = [(position, line) for position, whole in enumerate(doc.sentences) for line in staff.lines(doc, whole, labels=False)]
    for position, sentence in lined:
        if sentence.paragraph != paragraph:
            paragraph, lead = sentence.paragraph, []
        if sentence.paragraph in doc.heads:
            continue  # a section's heading is what its sentences are about (their context), not a statement
        read_facts = sentence_facts.read(sentence.text, as_of, known_places)
        values = list(read_facts.values)
        mentioned = [i for m in name_mentions.detect(sentence.text, index) for i in m.value.ids]
        context = [i for i in lead if i not in mentioned]
        lead = list(dict.fromkeys([*lead, *mentioned]))
        if not _worth_a_claim(sentence.text, read_facts, mentioned) or is_question(sentence.text):
            continue  # nothing checkable, or a question: it asks, it states nothing
        if read_facts.kind != "fact":
            mentioned += context
        if read_facts.kind == "event" and not dated_lead and as_of and len(as_of) >= 7 and sentence_facts.ONGOING.search(sentence.text):
            dated_lead = True
            if not any(v["type"] == "date" for v in values):
                values.append(sentence_facts.lead_date(sentence.text, as_of))
        values = [_with_entity(v, ids) for v in values]
        said = " ".join(sentence.text.split())
        entry: dict[str, object] = {
            "id": f"{doc.source.id}-{read_facts.kind}-{slug(said, 5)}-{_short_hash(said)}",
            "kind": read_facts.kind,
            "statement": said,
            "status": "proposed",
        }
        about = _context(doc, position, said, read_facts)
        if about:
            entry["context"] = about
        if mentioned:
            entry["entities"] = list(dict.fromkeys(mentioned))
        if values:
            entry["values"] = values
        entry["provenance"] = [doc.provenance(sentence.start, sentence.end)]
        entries.append(entry)
    return entries


def _context(doc: docs.Doc, position: int, said: str, read: sentence_facts.Facts) -> str:
    """What a statement is about where its own words do not say it, kept out of the statement: the heading
    of its section; the sentence before, for one that opens on "That bill" or "She"; and the motion, for a
    roll call's result ("Motion carried, 6-0." after "Ms. Vega moved ... to adopt Resolution No. 2026-18")."""
    sentence = doc.sentences[position]
    parts = []
    heading = doc.headings[sentence.paragraph] if doc.headings else ""
    if heading and not set(content_stems(heading)) <= set(content_stems(said)):
        parts.append(heading)
    first = next(k for k in range(position, -1, -1) if k == 0 or doc.sentences[k - 1].paragraph != sentence.paragraph)
    if read.kind != "fact" and _ANAPHOR.match(said) and position:
        parts.append(" ".join(doc.sentences[position - 1].text.split()))  # "That bill did not pass last year"
    elif first < position and _result(said, read):
        parts.append(" ".join(doc.sentences[first].text.split()))
    return " ".join(parts)


def _result(said: str, read: sentence_facts.Facts) -> bool:
    """A vote's result and little else: "Motion carried, 6-0.", "The motion failed 4-2." """
    return any(v.get("unit") == "tally" for v in read.values) and len(content_stems(said)) <= 4


def _with_entity(value: dict[str, object], ids: dict[str, str]) -> dict[str, object]:
    """A place the registry knows points at its entity (the key before `as_written`, as curators write it)."""
    if value["type"] != "place" or not ids.get(str(value["value"])):
        return value
    out = {k: v for k, v in value.items() if k != "as_written"}
    out["entity"] = ids[str(value["value"])]
    out["as_written"] = value["value"]
    return out


# A sentence that opens on a definite description or a pronoun ("The project cost $1.2 million", "She said")
# is about what the sentence before named.
_DETERMINERS = [p.word for p in lexicon().pronouns if p.case == "demonstrative" and p.number == "sg"] + ["the"]  # the, that, this
_ANAPHOR = re.compile(
    rf"(?:{alternation(w.capitalize() for w in lexicon().words('anaphor'))}"
    rf"|(?:{alternation(w.capitalize() for w in _DETERMINERS)}) [a-z]+(?:-[a-z]+)?)\b(?! [A-Z])"
)


def _worth_a_claim(text: str, read: sentence_facts.Facts, mentioned: list[str]) -> bool:
    """Sentences that state something checkable: a value, or a named subject and enough words."""
    if read.values:
        return True
    stems = len(content_stems(text))
    return stems >= 7 or bool(mentioned) and stems >= 4


def _place(gather: Gatherer, name: str, source_id: str, at: int) -> Found:
    found = gather.found.get(name)
    if found is None or found.type != "place":
        key = name if found is None else f"{name} (place)"
        found = gather.found.setdefault(key, Found(name, "place", {name}, first=(source_id, at)))
    if name in STATES:
        found.aliases.update(a for a in STATES[name] if len(a) > 2)
    return found


def _merge_surnames(found: dict[str, Found]) -> dict[str, Found]:
    """ "Heitkamp" met before "Heidi Heitkamp" is the same person when only one full name ends so; a
    first name alone ("Georgette said") is the one full name that starts so, and its alias.

    A body whose name runs over a person's ("Homeland Security Jeh Johnson and Defense
    Department") is two names run together, not a body, and is dropped.
    """
    people = [n for n, f in found.items() if f.type == "person" and " " in n]
    out = {n: f for n, f in found.items() if not (f.type == "organization" and any(p in n for p in people))}
    for name, item in found.items():
        if item.type != "person" or " " in name:
            continue
        fulls = [f for n, f in found.items() if f.type == "person" and " " in n and surname(n) == name]
        fulls = fulls or [f for n, f in found.items() if f.type == "person" and " " in n and first_name(n) == name]
        if len(fulls) == 1:
            fulls[0].attributes.extend(a for a in item.attributes if a not in fulls[0].attributes)
            fulls[0].aliases.add(name)
            out.pop(name, None)
    return out


def _assign_ids(found: dict[str, Found], known: dict[str, str], registry: dict[str, Entity], taken: set[str]) -> dict[str, str]:
    ids: dict[str, str] = {}
    used = set(taken) | set(registry)
    for key, item in sorted(found.items(), key=lambda kv: kv[1].first):
        if item.name in known:
            ids[key] = known[item.name]
            continue
        same = [e.id for e in registry.values() if e.type == item.type and _same_person(item.name, e)]
        if len(same) == 1:
            ids[key] = same[0]  # "Robert Hale" is the registry's "Robert J. Hale" (aliases Hale, Sen. Hale)
            continue
        base = slug(item.name, 8)
        candidate, n = base, 2
        while candidate in used:
            candidate, n = f"{base}-{n}", n + 1
        used.add(candidate)
        ids[key] = candidate
    return ids


def _same_person(name: str, entity: Entity) -> bool:
    words, theirs = name.split(), entity.name.split()
    if len(words) < 2 or len(theirs) < 2 or entity.type != "person":
        return False
    return words[0] == theirs[0] and surname(name) in (surname(entity.name), *entity.aliases)


def _alias_forms() -> dict[str, tuple[str, ...]]:
    """A full title with the alias flag -> the forms a "Title Surname" alias is made of: Senator -> (Senator, Sen.)."""
    alias = [t for t in lexicon().titles if "alias" in t.flags]
    return {t.form: (t.form, *(a.form for a in alias if a.head == t.head and a.form != t.form)) for t in alias if t.form == t.head}


_ALIAS_FORMS = _alias_forms()


def _entity_records(found: dict[str, Found], ids: dict[str, str], curated: dict[str, Entity], ours: dict[str, Entity]) -> dict[str, Entity]:
    """Found entities as Entity records (for the name index), curated ones left out."""
    out: dict[str, Entity] = {}
    for key, item in found.items():
        entity_id = ids.get(key)
        if entity_id is None or entity_id in curated:  # None: rejected
            continue
        aliases = set(item.aliases)
        if item.type == "person" and " " in item.name:
            titles = [str(a["value"]) for a in item.attributes if a["attribute"] == "title"]
            last = surname(item.name)
            words = item.name.split()
            if len(words) > 2 and any(re.fullmatch(r"[A-Z]\.", w) for w in words[1:-1]):
                aliases.add(" ".join(w for w in words if not re.fullmatch(r"[A-Z]\.", w)))  # "Harlan Dietz" for "Harlan J. Dietz"
            for title in titles:
                short = title.replace("U.S. ", "")
                if short in _ALIAS_FORMS:  # "Senator Heitkamp", "Sen. Heitkamp" (titles.tsv flag alias)
                    aliases.update(f"{form} {last}" for form in _ALIAS_FORMS[short])
        attributes = tuple(Attribute(str(a["attribute"]), str(a["value"])) for a in item.attributes)
        out[entity_id] = Entity(entity_id, item.type, item.name, tuple(sorted(a for a in aliases if a != item.name)), attributes)
    return out


def _entity_entries(found: dict[str, Found], ids: dict[str, str], records: dict[str, Entity]) -> list[dict[str, object]]:
    """The entity entries to write, in order of first mention; curated entities are not rewritten."""
    out = []
    for key, item in sorted(found.items(), key=lambda kv: kv[1].first):
        entity = records.get(ids.get(key, ""))
        if entity is None:
            continue
        entry: dict[str, object] = {"id": entity.id, "type": entity.type, "name": entity.name, "status": "proposed"}
        if entity.aliases:
            entry["aliases"] = list(entity.aliases)
        if item.attributes:
            entry["attributes"] = item.attributes
        out.append(entry)
    return out


def _unique_ids(entries: list[dict[str, object]]) -> list[dict[str, object]]:
    seen: set[str] = set()
    out = []
    for entry in entries:
        if entry["id"] in seen:
            continue  # the same sentence read twice (a repeated line): one claim is enough
        seen.add(str(entry["id"]))
        out.append(entry)
    return out
