"""Entity mutations: a claim's source sentence -> one name, title, party, state, country, body or relation swapped
for another of the same type.

    entity-title     Senator Kelly Ayotte -> Governor Kelly Ayotte     (a head the person never held)
    entity-party     (R-NH) -> (D-NH), Republican -> Democratic
    entity-state     (R-NH) -> (R-NJ), North Dakota -> South Dakota  (written the same way: postal, AP, name)
    entity-country   Mexico -> Guatemala, Mexican -> Guatemalan
    entity-relation  wife -> sister
    entity-body      Department of Justice -> Department of Homeland Security  (another body of the registry)
    entity-person    Cindy McCain -> Jeh Johnson                   (another person of the registry)

Every word list comes from the lexicon; the bodies and people from the project's own registry.
"""

from __future__ import annotations

import re

from factcheck.selftest.attribution import subjects
from factcheck.selftest.cases import Context, Rewrite, Seed, alias_spans, cap_like, claim_entities, free, splice, words_pattern

KIND = "entity"

NAME_AFTER = re.compile(r"\s+((?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'-]+)")


def _people_here(seed: Seed, ctx: Context) -> list[tuple[str, int, int]]:
    """(entity id, start, end) of the claim's people named in the sentence."""
    out: list[tuple[str, int, int]] = []
    for entity_id in sorted(claim_entities(seed.claim)):
        entity = ctx.entity(entity_id)
        if entity is not None and entity.type == "person":
            out.extend((entity_id, s, e) for s, e in alias_spans(seed.text, entity) if free(seed.text, s, e))
    return out


def _held(ctx: Context, entity_id: str, attribute: str) -> set[str]:
    entity = ctx.entity(entity_id)
    return {a.value for a in entity.attributes if a.attribute == attribute} if entity else set()


def title(seed: Seed, ctx: Context) -> list[Rewrite]:
    lex = ctx.lex
    forms = lex.title_forms(use=("title", "both"))
    heads = sorted({t.head for t in lex.titles if t.head == t.form and "office" in t.flags and t.use == "title"})
    out = []
    for m in words_pattern(forms).finditer(seed.text):
        for person, start, end in _people_here(seed, ctx):
            # the title is written in the name ("U.S. Senator Kelly Ayotte" is an alias) or just before it
            if not (start <= m.start() < end or (start > m.end() and re.fullmatch(r"\s+", seed.text[m.end() : start]))):
                continue
            entity = ctx.entity(person)
            held = {h for a in (entity.attributes if entity else ()) if a.attribute in ("title", "role") for h in lex.title_heads(a.value)}
            held.add(lex.title_head(m.group(0)) or m.group(0))
            for new in heads:
                if new not in held:
                    out.append(Rewrite(splice(seed.text, m.start(), m.end(), new), f"{m.group(0)} -> {new}"))
    return out


def _tags(seed: Seed, ctx: Context) -> list[re.Match[str]]:
    letters = "".join(sorted(p.letter for p in ctx.lex.parties))
    return [m for m in re.finditer(rf"\(([{letters}])-([A-Za-z. ]{{2,16}})\)", seed.text) if free(seed.text, *m.span())]


def party(seed: Seed, ctx: Context) -> list[Rewrite]:
    lex = ctx.lex
    people = _people_here(seed, ctx)
    held = {p for person, _, _ in people for p in _held(ctx, person, "party")}
    out: list[Rewrite] = []
    if not people:
        return out
    for m in _tags(seed, ctx):
        for p in lex.parties:
            if p.name not in held and lex.party_name(m.group(1)) in held:
                out.append(Rewrite(splice(seed.text, m.start(1), m.end(1), p.letter), f"{m.group(1)} -> {p.letter}"))
    names = {p.name: p for p in lex.parties}
    for m in words_pattern([f for p in lex.parties for f in (p.name, p.member)]).finditer(seed.text):
        was = lex.party_name(m.group(0))
        if was not in held or not free(seed.text, *m.span()):
            continue
        for p in lex.parties:
            if p.name not in held:
                new = p.member if m.group(0) == names[was].member else p.name  # "a Republican" -> "a Democrat"
                out.append(Rewrite(splice(seed.text, m.start(), m.end(), new), f"{m.group(0)} -> {new}"))
    return out


def _state_form(written: str, state_name: str, ctx: Context) -> str:
    """`state_name` written the way `written` is written (postal, AP or full name)."""
    lex = ctx.lex
    was = next(s for s in lex.states if s.name == lex.state_name(written))
    new = next(s for s in lex.states if s.name == state_name)
    if written == was.postal:
        return new.postal
    if written == was.ap and was.ap != was.name:
        return new.ap
    return new.name


def _stated_states(seed: Seed, ctx: Context) -> set[str]:
    lex = ctx.lex
    stated = {lex.state_name(str(v.value)) for v in seed.claim.values if v.type == "place"}
    for entity_id in claim_entities(seed.claim):
        entity = ctx.entity(entity_id)
        if entity is not None:
            stated.add(lex.state_name(entity.name))
            stated.update(lex.state_name(a.value) for a in entity.attributes if a.attribute in ("state", "location"))
    return {s for s in stated if s}


def state(seed: Seed, ctx: Context) -> list[Rewrite]:
    lex = ctx.lex
    stated = _stated_states(seed, ctx)
    spans = [(m.start(2), m.end(2)) for m in _tags(seed, ctx)]
    spans += [m.span() for m in words_pattern([s.name for s in lex.states]).finditer(seed.text)]
    names = {e.name for i in claim_entities(seed.claim) if (e := ctx.entity(i)) is not None}
    out = []
    for start, end in sorted(set(spans)):
        written = seed.text[start:end]
        was = lex.state_name(written)
        # "Washington" of "Washington, D.C." is no state
        if was is None or was not in stated or not free(seed.text, start, end) or any(n != was and n.startswith(was) for n in names):
            continue
        choices = sorted(s.name for s in lex.states if s.kind == "state" and s.name not in stated)
        if not choices:
            continue
        pick = [choices[(len(was) * k) % len(choices)] for k in (1, 3)]
        for other in dict.fromkeys(pick):
            new = _state_form(written, other, ctx)
            out.append(Rewrite(splice(seed.text, start, end, new), f"{written} -> {new}"))
    return out


def country(seed: Seed, ctx: Context) -> list[Rewrite]:
    lex = ctx.lex
    countries = [c for c in lex.countries if c.kind == "country"]
    stated = {lex.demonym(e.name) for i in claim_entities(seed.claim) if (e := ctx.entity(i)) is not None}
    stated |= {lex.demonym(str(v.value)) for v in seed.claim.values if v.type == "place"}
    out = []
    for m in words_pattern([f for c in countries for f in (c.name, c.demonym)]).finditer(seed.text):
        was = lex.demonym(m.group(0))
        if was is None or was not in stated or not free(seed.text, *m.span()):
            continue
        is_demonym = any(m.group(0) == c.demonym for c in countries)
        choices = sorted(c.name for c in countries if c.name not in stated)
        if not choices:
            continue
        for other in dict.fromkeys(choices[(len(m.group(0)) * k) % len(choices)] for k in (1, 5)):
            row = next(c for c in countries if c.name == other)
            new = row.demonym if is_demonym else row.name
            out.append(Rewrite(splice(seed.text, m.start(), m.end(), new), f"{m.group(0)} -> {new}"))
    return out


def relation(seed: Seed, ctx: Context) -> list[Rewrite]:
    kinds = ("spouse", "family")
    words = sorted({r.word for r in ctx.lex.relations if r.kind in kinds})
    stated = {str(v.get("role")) for v in seed.claim.values} | {a.attribute for i in claim_entities(seed.claim) if (e := ctx.entity(i)) for a in e.attributes}
    if not stated & {r.records for r in ctx.lex.relations if r.records} - {"role"}:
        return []
    out = []
    for m in words_pattern(words, case=False).finditer(seed.text):
        if not free(seed.text, *m.span()):
            continue
        for new in words:
            if new != m.group(0).lower():
                out.append(Rewrite(splice(seed.text, m.start(), m.end(), cap_like(new, m.group(0))), f"{m.group(0)} -> {new}"))
    return out


def body(seed: Seed, ctx: Context) -> list[Rewrite]:
    """A body (department, committee, task force) of the claim swapped for another body of the registry."""
    mine = claim_entities(seed.claim)
    bodies = sorted((e for e in ctx.index.corpus.entities.values() if e.type == "organization"), key=lambda e: e.id)
    out = []
    for entity_id in sorted(mine):
        entity = ctx.entity(entity_id)
        if entity is None or entity.type != "organization":
            continue
        spans = [s for s in alias_spans(seed.text, entity) if " " in seed.text[s[0] : s[1]] and free(seed.text, *s)]
        others = [b for b in bodies if b.id not in mine]
        heads = {w.lower() for w in ctx.lex.words("org-head")}
        for start, end in spans:
            written = seed.text[start:end]
            # a body of the same kind when the registry has one: a Department for a Department, a Committee for a Committee
            kind = {w for w in written.split() if w.lower() in heads}
            alike = [b for b in others if kind & set(b.name.split())]
            pool = alike or others
            for other in dict.fromkeys(pool[(len(written) * k) % len(pool)] for k in (1, 2)) if pool else ():
                out.append(Rewrite(splice(seed.text, start, end, other.name), f"{written} -> {other.name}"))
    return out


def person(seed: Seed, ctx: Context) -> list[Rewrite]:
    """The person the claim is about (not a quotation's speaker, nor one the sentence has say or urge something: that
    is attribution) swapped for another."""
    return subjects(seed, ctx, speaking=False)


OPERATORS = {
    "entity-body": body,
    "entity-country": country,
    "entity-party": party,
    "entity-person": person,
    "entity-relation": relation,
    "entity-state": state,
    "entity-title": title,
}
