"""Faithful restatements: a claim's source sentence -> the same facts in other words. None may get an error.

verbatim        the sentence as the source writes it
digits-words    three-day -> 3-day, 13 -> thirteen          (the same value)
date-form       April 15, 2014 -> 4/15/2014 or 15 April 2014; Apr. -> April; in April 2014 -> in April of 2014
title-abbrev    Senator -> Sen., Sen. -> Senator             (another written form of the same head)
party-tag       a (D-N.D.) tag dropped, or the registry's own tag added after a full name
partial-quote   Heitkamp said “a grave problem both abroad.”  (a run of the source's own words)
relative-year   last year -> in 2013                        (resolved against the source's date)
"""

from __future__ import annotations

import re

from factcheck.lexicon import alternation
from factcheck.selftest.attribution import TAG
from factcheck.selftest.cases import Context, Rewrite, Seed, alias_spans, cap_like, claim_entities, free, splice, words_pattern
from factcheck.selftest.dates import month_pattern, relative_years
from factcheck.selftest.numbers import figures, number_words
from factcheck.selftest.quotes import quotation_span

KIND = "faithful"


def verbatim(seed: Seed, ctx: Context) -> list[Rewrite]:
    return [Rewrite(seed.text, "as written")]


def digits_words(seed: Seed, ctx: Context) -> list[Rewrite]:
    spelled = number_words(ctx.lex)
    out = []
    for start, end, value, form in figures(seed, ctx.lex):
        written = seed.text[start:end]
        if form == "words":
            new = str(value)
        elif value in spelled and value >= 2 and "," not in written:
            new = cap_like(spelled[value], written) if start else spelled[value].capitalize()
        else:
            continue
        out.append(Rewrite(splice(seed.text, start, end, new), f"{written} -> {new}"))
    return out


def date_form(seed: Seed, ctx: Context) -> list[Rewrite]:
    lex = ctx.lex
    out = []
    for m in month_pattern(lex).finditer(seed.text):
        number = lex.month_number(m.group(1))
        if number is None or not free(seed.text, *m.span()):
            continue
        name = lex.months[number - 1].name
        day, year = m.group(2), m.group(3)
        if day and year:
            for new in (f"{number}/{day}/{year}", f"{day} {name} {year}"):
                out.append(Rewrite(splice(seed.text, m.start(), m.end(), new), f"{m.group(0)} -> {new}"))
        elif year and not day and seed.text[: m.start()].rstrip().lower().endswith(" in") and " of " not in m.group(0):
            new = f"{name} of {year}"
            out.append(Rewrite(splice(seed.text, m.start(), m.end(), new), f"{m.group(0)} -> {new}"))
        elif (day or year) and m.group(1) != name:
            out.append(Rewrite(splice(seed.text, m.start(1), m.end(1), name), f"{m.group(1)} -> {name}"))
    return out


def title_abbrev(seed: Seed, ctx: Context) -> list[Rewrite]:
    lex = ctx.lex
    usable = [t for t in lex.titles if t.use in ("title", "both")]
    out = []
    for m in words_pattern([t.form for t in usable]).finditer(seed.text):
        if not re.match(r"\s+[A-Z]", seed.text[m.end() :]) or not free(seed.text, *m.span()):
            continue
        head = next(t.head for t in usable if t.form == m.group(0))
        # Only the plain form and its abbreviation ("Senator" <-> "Sen."): "U.S. Sen." adds a word.
        alike = sorted(t.form for t in usable if t.head == head and t.form != m.group(0) and " " not in t.form and (t.form.endswith(".") or t.form == head))
        for new in alike:
            out.append(Rewrite(splice(seed.text, m.start(), m.end(), new), f"{m.group(0)} -> {new}"))
    return out


def party_tag(seed: Seed, ctx: Context) -> list[Rewrite]:
    lex = ctx.lex
    out = []
    for m in TAG.finditer(seed.text):
        if free(seed.text, *m.span()):
            out.append(Rewrite(splice(seed.text, m.start(), m.end(), ""), f"dropped {m.group(0).strip()!r}"))
    if out:
        return out
    for entity_id in sorted(claim_entities(seed.claim)):
        entity = ctx.entity(entity_id)
        if entity is None or entity.type != "person":
            continue
        current = {a.attribute: a.value for a in entity.attributes if not a.former and a.attribute in ("party", "state")}
        party = next((p for p in lex.parties if p.name == current.get("party")), None)
        state = next((s for s in lex.states if s.name == current.get("state")), None)
        if party is None or state is None:
            continue
        tag = f" ({party.letter}-{state.ap})"
        for start, end in alias_spans(seed.text, entity):
            if seed.text[start:end] == entity.name and not seed.text[end:].lstrip().startswith("(") and free(seed.text, start, end):
                out.append(Rewrite(splice(seed.text, end, end, tag), f"added {tag.strip()!r}"))
                break
    return out


def partial_quote(seed: Seed, ctx: Context) -> list[Rewrite]:
    span = quotation_span(seed)
    speaker = ctx.entity(seed.claim.speaker)
    if span is None or speaker is None or speaker.type != "person":
        return []
    words = seed.text[span[0] : span[1]].split()
    if len(words) < 6:
        return []
    out = []
    for first, last in ((1, min(len(words), 9)), (len(words) // 2, len(words) - 1)):
        part = " ".join(words[first:last]).strip(",.;:–—- ")
        if len(part.split()) >= 4:
            out.append(Rewrite(f"{speaker.name} said “{part}.”", f"“{part}”"))
    return out


def relative_year(seed: Seed, ctx: Context) -> list[Rewrite]:
    prepositions = ctx.lex.words("month-preposition")
    found = relative_years(seed, ctx.lex)
    if not found:
        return []
    text = seed.text
    changes = []
    for m, meant in reversed(found):
        before = text[: m.start()].split()
        new = str(meant) if before and before[-1].lower() in prepositions else f"in {meant}"
        text = splice(text, m.start(), m.end(), cap_like(new, m.group(0)) if m.start() == 0 else new)
        changes.append(f"{m.group(0)} -> {new}")
    # The draft states a later date of its own, a year on: the years written out must still be right. Only when
    # nothing relative is left ("this week", "today"), which would move with it.
    later = None
    if not _relative_left(text, ctx) and seed.as_of:
        later = str(int(seed.as_of[:4]) + 1) + seed.as_of[4:]
    return [Rewrite(text, "; ".join(reversed(changes)) + (f"; draft dated {later}" if later else ""), as_of=later)]


def _relative_left(text: str, ctx: Context) -> bool:
    lex = ctx.lex
    modifiers = lex.words("date-past") | lex.words("date-next") | lex.words("date-this")
    units = [f for u in lex.units if u.kind == "duration" for f in (u.unit, *u.forms)]
    pattern = rf"(?<![\w-])(?:{alternation(modifiers)})\s+(?:{alternation(units)})\b|(?<![\w-])(?:{alternation(lex.words('relative-day'))})\b"
    return re.search(pattern, text, re.I) is not None


OPERATORS = {
    "date-form": date_form,
    "digits-words": digits_words,
    "partial-quote": partial_quote,
    "party-tag": party_tag,
    "relative-year": relative_year,
    "title-abbrev": title_abbrev,
    "verbatim": verbatim,
}
