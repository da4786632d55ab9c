"""Load a project's claims database: claims/*.yaml + sources/ -> Corpus.

Loading is lenient about optional fields and strict about what every later stage relies
on (ids, kinds, provenance); full schema validation is `factcheck check`'s job.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from factcheck.corpus import yamlload
from factcheck.corpus.sources import load_sources
from factcheck.errors import FactcheckError
from factcheck.model import Attribute, Claim, Corpus, Entity, Provenance, Value

CLAIM_SUFFIXES = (".yaml", ".yml")
REJECTED = "rejected"  # a claim's status once a person turned the proposal down


def find_root(start: Path) -> Path | None:
    """The nearest folder at or above `start` that has a claims/ folder."""
    here = start.resolve()
    for folder in (here, *here.parents):
        if (folder / "claims").is_dir():
            return folder
    return None


def claim_files(root: Path) -> list[Path]:
    folder = root / "claims"
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in CLAIM_SUFFIXES and not p.name.startswith("."))


def read_claim_file(path: Path, shown: str) -> dict[str, Any]:
    text = yamlload.read_text(path, shown)
    if not text.strip():
        raise FactcheckError("empty claims file", path=shown, line=1, hint="add `claims:` or `entities:`, or delete the file")
    data = yamlload.parse(text, shown)
    if not isinstance(data, dict):
        raise FactcheckError("a claims file must be a mapping with `claims:` and/or `entities:`", path=shown, line=1, hint="see docs/data-format.md")
    return data


def _provenance(items: Any) -> tuple[Provenance, ...]:
    found = []
    for item in items or ():
        if isinstance(item, dict):
            found.append(
                Provenance(
                    source=str(item.get("source", "")),
                    quote=str(item.get("quote", "")),
                    line=item.get("line") if isinstance(item.get("line"), int) else None,
                    prefix=str(item.get("prefix") or ""),
                    suffix=str(item.get("suffix") or ""),
                    yaml_line=getattr(item, "line", 0),
                )
            )
    return tuple(found)


def _values(items: Any) -> tuple[Value, ...]:
    found = []
    for item in items or ():
        if isinstance(item, dict) and "type" in item:
            fields = {k: v for k, v in item.items() if k not in ("type", "value")}
            found.append(Value(str(item["type"]), item.get("value"), fields))
    return tuple(found)


def _strings(items: Any) -> tuple[str, ...]:
    return tuple(str(i) for i in items) if isinstance(items, list) else ()


def _need_id(entry: Any, what: str, shown: str) -> str:
    if not isinstance(entry, dict) or not entry.get("id"):
        line = getattr(entry, "line", None)
        raise FactcheckError(f"{what} without an `id`", path=shown, line=line, hint=f"give every {what} a unique `id`")
    return str(entry["id"])


def parse_claim(entry: dict[str, Any], shown: str) -> Claim:
    claim_id = _need_id(entry, "claim", shown)
    return Claim(
        id=claim_id,
        kind=str(entry.get("kind", "fact")),
        statement=str(entry.get("statement", "")),
        provenance=_provenance(entry.get("provenance")),
        status=str(entry.get("status", "curated")),
        entities=_strings(entry.get("entities")),
        values=_values(entry.get("values")),
        speaker=str(entry["speaker"]) if entry.get("speaker") else None,
        speakers=_strings(entry.get("speakers")),
        words=str(entry["words"]) if entry.get("words") else None,
        fact=str(entry["fact"]) if entry.get("fact") else None,
        context=str(entry["context"]) if entry.get("context") else None,
        path=shown,
        line=getattr(entry, "line", 0),
    )


def parse_entity(entry: dict[str, Any], shown: str) -> Entity:
    entity_id = _need_id(entry, "entity", shown)
    attributes = tuple(
        Attribute(
            attribute=str(a.get("attribute", "")),
            value=str(a.get("value", "")),
            provenance=_provenance(a.get("provenance")),
            as_written=str(a.get("as_written") or ""),
            former=bool(a.get("former", False)),
            start=str(a["from"]) if a.get("from") else None,
            until=str(a["until"]) if a.get("until") else None,
            line=getattr(a, "line", 0),
        )
        for a in entry.get("attributes") or ()
        if isinstance(a, dict)
    )
    return Entity(
        id=entity_id,
        type=str(entry.get("type", "")),
        name=str(entry.get("name", entity_id)),
        aliases=_strings(entry.get("aliases")),
        attributes=attributes,
        provenance=_provenance(entry.get("provenance")),
        path=shown,
        line=getattr(entry, "line", 0),
    )


def load_corpus(root: Path, *, strict_ids: bool = True) -> Corpus:
    """Read every claims file and source. With strict_ids, a repeated id is an input error."""
    if not (root / "claims").is_dir():
        raise FactcheckError("no claims/ folder", path=str(root), hint="run `factcheck init` or pass --root DIR")
    claims: dict[str, Claim] = {}
    entities: dict[str, Entity] = {}
    for path in claim_files(root):
        shown = str(path.relative_to(root))
        data = read_claim_file(path, shown)
        for entry in data.get("claims") or ():
            if isinstance(entry, dict) and entry.get("status") == REJECTED:
                continue  # a proposal a person turned down: kept in its file for extract, never evidence
            claim = parse_claim(entry, shown)
            if strict_ids and claim.id in claims:
                other = claims[claim.id]
                raise FactcheckError(
                    f"claim id {claim.id!r} is used twice (first at {other.path}:{other.line})",
                    path=shown,
                    line=claim.line,
                    hint="rename one of them; `factcheck check` lists all duplicates",
                )
            claims.setdefault(claim.id, claim)
        for entry in data.get("entities") or ():
            entity = parse_entity(entry, shown)
            if strict_ids and entity.id in entities:
                first = entities[entity.id]
                raise FactcheckError(
                    f"entity id {entity.id!r} is used twice (first at {first.path}:{first.line})", path=shown, line=entity.line, hint="merge the two entries"
                )
            entities.setdefault(entity.id, entity)
    return Corpus(root=str(root), sources=load_sources(root), claims=claims, entities=entities)
