"""`factcheck claims [QUERY]`: list or search claims by words, entity, source or kind."""

from __future__ import annotations

import json
import re
from typing import TextIO

from factcheck.corpus.load import load_corpus
from factcheck.errors import ExitCode, FactcheckError
from factcheck.model import Claim, Corpus


def _norm(text: str) -> str:
    text = text.translate(str.maketrans("\u2018\u2019\u201c\u201d\u2013\u2014", "''\"\"--"))
    return re.sub(r"\s+", " ", text).lower()


def _entity_id(corpus: Corpus, wanted: str) -> str:
    if wanted in corpus.entities:
        return wanted
    low = wanted.lower()
    for entity in corpus.entities.values():
        if low == entity.name.lower() or low in (a.lower() for a in entity.aliases):
            return entity.id
    raise FactcheckError(f"no entity {wanted!r}", hint="give an entity id or one of its names; `factcheck claims --format json` lists the ids claims use")


def _source_ids(corpus: Corpus, wanted: str) -> set[str]:
    found = {s.id for s in corpus.sources.values() if wanted in (s.id, s.path, s.path.removeprefix("sources/"))}
    if not found:
        raise FactcheckError(f"no source {wanted!r}", hint="give a source id or a file name in sources/")
    return found


def select(corpus: Corpus, words: list[str], *, entity: str | None = None, source: str | None = None, kind: str | None = None) -> list[Claim]:
    entity_id = _entity_id(corpus, entity) if entity else None
    source_ids = _source_ids(corpus, source) if source else None
    needles = [_norm(w) for w in words]
    chosen = []
    for claim in corpus.claims.values():
        if kind and claim.kind != kind:
            continue
        if entity_id and entity_id not in claim.entities and entity_id != claim.speaker and entity_id not in claim.speakers:
            continue
        if source_ids and not any(p.source in source_ids for p in claim.provenance):
            continue
        if needles:
            haystack = _norm(" ".join([claim.id, claim.statement, claim.words or "", *(p.quote for p in claim.provenance)]))
            if not all(n in haystack for n in needles):
                continue
        chosen.append(claim)
    return chosen


def as_dict(claim: Claim) -> dict[str, object]:
    return {
        "id": claim.id,
        "kind": claim.kind,
        "statement": claim.statement,
        "status": claim.status,
        "entities": list(claim.entities),
        "speaker": claim.speaker,
        "words": claim.words,
        "fact": claim.fact,
        "sources": sorted({p.source for p in claim.provenance}),
        "path": f"{claim.path}:{claim.line}",
    }


def run(root: object, words: list[str], *, entity: str | None, source: str | None, kind: str | None, fmt: str, stream: TextIO) -> int:
    from pathlib import Path

    corpus = load_corpus(Path(str(root)))
    chosen = select(corpus, words, entity=entity, source=source, kind=kind)
    if fmt == "json":
        json.dump({"claims": [as_dict(c) for c in chosen], "count": len(chosen)}, stream, indent=2, ensure_ascii=False)
        stream.write("\n")
        return ExitCode.OK
    for claim in chosen:
        sources = ", ".join(sorted({p.source for p in claim.provenance}))
        stream.write(f"{claim.id}  [{claim.kind}]  {claim.statement}  ({sources})\n")
    stream.write(f"{len(chosen)} claim(s)\n")
    return ExitCode.OK
