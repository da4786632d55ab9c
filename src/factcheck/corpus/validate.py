"""`factcheck check`: a project folder -> one FileReport per claims, metadata and source file.

Reads leniently so that one broken file does not hide the problems of the others: a file
that cannot be read or parsed becomes a finding, and every other check still runs. The
checks, in order: schema (claims files, source metadata), duplicate ids, references
(sources, entities, speakers), provenance (quotes verbatim in their sources, quotation
words inside their quotes; corpus/quotecheck.py) and conflicts between sources
(corpus/conflicts.py).
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from factcheck.corpus import yamlload
from factcheck.corpus.conflicts import Placed, find_conflicts
from factcheck.corpus.load import REJECTED, claim_files, parse_claim
from factcheck.corpus.quotecheck import QuoteUse, check_quotes, check_words
from factcheck.corpus.schemacheck import schema_findings, subject
from factcheck.corpus.sources import SOURCE_SUFFIXES, read_source, shown_path, source_files
from factcheck.corpus.yamlpos import YamlDoc, YamlPath
from factcheck.errors import FactcheckError
from factcheck.model import Finding, Provenance, Source
from factcheck.report import FileReport

# The same front matter grammar as corpus/sources.py; kept here to validate it on its own lines.
_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True, slots=True)
class _Named:
    """Something with an id (an entity, a source), and where that id is written."""

    id: str
    shown: str
    doc: YamlDoc | None
    path: YamlPath


@dataclass(slots=True)
class _Project:
    files: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    claims_docs: list[YamlDoc] = field(default_factory=list)
    claims: list[Placed] = field(default_factory=list)
    entities: list[_Named] = field(default_factory=list)
    sources: list[tuple[Source, _Named]] = field(default_factory=list)
    sources_note: str = ""  # why a source id may be unknown although the claim is right

    def source_map(self) -> dict[str, Source]:
        found: dict[str, Source] = {}
        for source, _ in self.sources:
            found.setdefault(source.id, source)
        return found


@dataclass(frozen=True, slots=True)
class Summary:
    claims: int
    entities: int
    sources: int
    files: int


def validate(root: Path) -> tuple[list[FileReport], Summary]:
    """Every finding about the project at `root`, grouped by file, and what was checked."""
    if not (root / "claims").is_dir():
        raise FactcheckError("no claims/ folder", path=str(root), hint="run `factcheck init` or pass --root DIR")
    project = _Project()
    _read_claims(root, project)
    _read_sources(root, project)
    _duplicates(project)
    _references(project)
    sources = project.source_map()
    project.findings += check_quotes(_quote_uses(project), sources, sources_note=project.sources_note)
    # Non-text words are a schema error already; comparing their str() would only repeat it.
    project.findings += check_words([(p.claim, p.doc, p.path) for p in project.claims if isinstance(p.doc.get((*p.path, "words")), str)])
    project.findings += find_conflicts([p for p in project.claims if p.claim.status != REJECTED], sources)  # a rejected claim is no evidence
    summary = Summary(len(project.claims), len(project.entities), len(project.sources), len(project.files))
    return _reports(project), summary


def _input_finding(exc: FactcheckError, shown: str, *, line_offset: int = 0, kind: str = "schema") -> Finding:
    line = exc.line + line_offset if exc.line else 1
    hint = f" — {exc.hint}" if exc.hint else ""
    return Finding(path=shown, line=line, column=1, kind=kind, severity="error", message=f"{exc.message}{hint}")


def _read_yaml(path: Path, shown: str, project: _Project) -> YamlDoc | None:
    try:
        text = yamlload.read_text(path, shown)
        data = yamlload.parse(text, shown)
    except FactcheckError as exc:
        project.findings.append(_input_finding(exc, shown))
        return None
    return YamlDoc(shown, text, data)


def _read_claims(root: Path, project: _Project) -> None:
    for path in claim_files(root):
        shown = path.relative_to(root).as_posix()
        project.files.append(shown)
        doc = _read_yaml(path, shown, project)
        if doc is None:
            continue
        if doc.data is None:
            project.findings.append(
                Finding(
                    path=shown,
                    line=1,
                    column=1,
                    kind="schema",
                    severity="error",
                    message="empty claims file — add `claims:` or `entities:`, or delete the file",
                )
            )
            continue
        project.claims_docs.append(doc)
        project.findings += schema_findings("claims", doc)
        if not isinstance(doc.data, dict):
            continue
        for index, entry in _dict_items(doc.data.get("claims")):
            if isinstance(entry.get("id"), str | int) and str(entry["id"]):
                project.claims.append(Placed(parse_claim(entry, shown), doc, ("claims", index)))
        for index, entry in _dict_items(doc.data.get("entities")):
            if isinstance(entry.get("id"), str | int) and str(entry["id"]):
                project.entities.append(_Named(str(entry["id"]), shown, doc, ("entities", index)))


def _dict_items(items: Any) -> list[tuple[int, dict[str, Any]]]:
    return [(i, item) for i, item in enumerate(items) if isinstance(item, dict)] if isinstance(items, list) else []


def _read_sources(root: Path, project: _Project) -> None:
    folder = root / "sources"
    if not folder.is_dir():
        project.sources_note = "there is no sources/ folder"
        return
    documents = source_files(folder)
    owned = {p.with_suffix(".yaml") for p in documents}
    for path in documents:
        _read_source(path, shown_path(folder, path), project)
    for sidecar in sorted(folder.rglob("*.yaml")):
        if sidecar not in owned and not any(part.startswith(".") for part in sidecar.relative_to(folder).parts):
            shown = shown_path(folder, sidecar)
            suffixes = " or ".join(f"{Path(shown).stem}{s}" for s in SOURCE_SUFFIXES[:2])
            project.files.append(shown)
            project.findings.append(
                Finding(path=shown, line=1, column=1, kind="reference", severity="warning", message=f"metadata with no document: expected {suffixes} beside it")
            )


def _read_source(path: Path, shown: str, project: _Project) -> None:
    project.files.append(shown)
    try:
        text = yamlload.read_text(path, shown)
    except FactcheckError as exc:
        project.findings.append(_input_finding(exc, shown))
        project.sources_note = f"{shown} could not be read"
        return
    docs: list[YamlDoc] = []
    match = _FRONT.match(text)
    if match:
        try:
            meta = yamlload.parse(match.group(1) or "", shown)
        except FactcheckError as exc:
            project.findings.append(_input_finding(exc, shown, line_offset=1))
            project.sources_note = f"the metadata of {shown} could not be read"
            return
        docs.append(YamlDoc(shown, match.group(1) or "", {} if meta is None else meta, first_line=2))
    sidecar = path.with_suffix(".yaml")
    if sidecar.exists():
        sidecar_shown = str(Path(shown).with_suffix(".yaml"))
        project.files.append(sidecar_shown)
        side = _read_yaml(sidecar, sidecar_shown, project)
        if side is None:
            project.sources_note = f"the metadata of {shown} could not be read"
            return
        docs.append(side)
    bad = False
    for doc in docs:
        found = schema_findings("source", doc)
        if doc.shown == shown:
            # A document's own front matter serves its publisher too (layout, tags, a timestamped date):
            # what factcheck does not read is worth a warning, not a failed check.
            found = [replace(f, severity="warning", message=f"{f.message}; factcheck ignores it") if "unknown key" in f.message else f for f in found]
        project.findings += found
        sections = doc.data.get("sections") if isinstance(doc.data, dict) else None
        bad = (
            bad or not isinstance(doc.data, dict) or (sections is not None and not (isinstance(sections, list) and all(isinstance(s, dict) for s in sections)))
        )
    if bad:
        project.sources_note = f"the metadata of {shown} is not valid"
        return  # the schema findings say why; reading it as a source would only fail again
    try:
        sources = read_source(path, shown)[0]
    except FactcheckError as exc:
        # The loader counts front matter lines from the line after the opening ---.
        offset = 1 if exc.path == shown and match else 0
        project.findings.append(_input_finding(exc, exc.path or shown, line_offset=offset, kind="provenance"))
        project.sources_note = f"{shown} could not be read as a source"
        return
    for source in sources:
        project.sources.append((source, _source_place(source, shown, docs)))


def _source_place(source: Source, shown: str, docs: list[YamlDoc]) -> _Named:
    """Where a source's id is written: a section entry, an `id:` key, or (default id) the file itself."""
    for doc in docs:  # front matter first: it wins over the sidecar
        data = doc.data if isinstance(doc.data, dict) else {}
        sections = data.get("sections")
        if isinstance(sections, list):
            for index, section in enumerate(sections):
                if isinstance(section, dict) and str(section.get("id")) == source.id:
                    return _Named(source.id, doc.shown, doc, ("sections", index, "id"))
        elif "id" in data:
            return _Named(source.id, doc.shown, doc, ("id",))
    return _Named(source.id, shown, None, ())


def _where(named: _Named) -> tuple[int, int]:
    return named.doc.where(named.path) if named.doc else (1, 1)


def _duplicates(project: _Project) -> None:
    claims = [_Named(p.claim.id, p.doc.shown, p.doc, (*p.path, "id")) for p in project.claims]
    entities = [_Named(n.id, n.shown, n.doc, (*n.path, "id")) for n in project.entities]
    for noun, items in (("claim", claims), ("entity", entities), ("source", [named for _, named in project.sources])):
        groups: dict[str, list[_Named]] = defaultdict(list)
        for item in items:
            groups[item.id].append(item)
        for same in (g for g in groups.values() if len(g) > 1):
            places = [f"{item.shown}:{_where(item)[0]}" for item in same]
            for item, here in zip(same, places, strict=False):
                others = [p for p in places if p != here] or places[1:]
                line, column = _where(item)
                project.findings.append(
                    Finding(
                        path=item.shown,
                        line=line,
                        column=column,
                        kind="duplicate",
                        severity="error",
                        message=f"{noun} id '{item.id}' is used {len(same)} times (also at {', '.join(others)}) — ids must be unique; rename or merge",
                        related=tuple({"location": p, "message": f"the same {noun} id"} for p in others),
                    )
                )


def _references(project: _Project) -> None:
    known = {n.id for n in project.entities}
    names = _entity_names(project)
    for doc in project.claims_docs:
        for path, value, role in _entity_refs(doc.data):
            if isinstance(value, str) and value and value not in known:
                who, _ = subject(doc.data, path)
                line, column = doc.where(path)
                project.findings.append(
                    Finding(
                        path=doc.shown,
                        line=line,
                        column=column,
                        kind="reference",
                        severity="error",
                        message=f"{who}: unknown entity '{value}' in `{role}`{_did_you_mean(value, known, names)}",
                    )
                )


def _entity_refs(data: Any) -> list[tuple[YamlPath, Any, str]]:
    """(path, entity id, key) for every place a claims file names an entity by id."""
    if not isinstance(data, dict):
        return []
    found: list[tuple[YamlPath, Any, str]] = []
    for i, claim in _dict_items(data.get("claims")):
        base: YamlPath = ("claims", i)
        for key in ("entities", "speakers"):
            items = claim.get(key)
            found += [((*base, key, j), item, key) for j, item in enumerate(items)] if isinstance(items, list) else []
        found.append(((*base, "speaker"), claim.get("speaker"), "speaker"))
        found += [((*base, "values", j, "entity"), value.get("entity"), "entity") for j, value in _dict_items(claim.get("values"))]
    for i, entity in _dict_items(data.get("entities")):
        found += [(("entities", i, "attributes", j, "entity"), attr.get("entity"), "entity") for j, attr in _dict_items(entity.get("attributes"))]
    return [(path, value, key) for path, value, key in found if value is not None]


def _entity_names(project: _Project) -> dict[str, str]:
    """lower-cased name or alias -> entity id, to answer "Heitkamp" with heidi-heitkamp."""
    names: dict[str, str] = {}
    for named in project.entities:
        entry = named.doc.get(named.path) if named.doc else None
        if isinstance(entry, dict):
            aliases = entry.get("aliases")
            for name in [entry.get("name"), *(aliases if isinstance(aliases, list) else [])]:
                if isinstance(name, str):
                    names.setdefault(name.lower(), named.id)
    return names


def _did_you_mean(value: str, known: set[str], names: dict[str, str]) -> str:
    if value.lower() in names:
        return f" (did you mean '{names[value.lower()]}'? '{value}' is one of its names)"
    close = difflib.get_close_matches(value, sorted(known), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _quote_uses(project: _Project) -> list[QuoteUse]:
    """Every provenance entry of the claims files: claims', entities' and entity attributes'."""
    uses: list[QuoteUse] = []
    for doc in project.claims_docs:
        data = doc.data if isinstance(doc.data, dict) else {}
        owners: list[tuple[YamlPath, Any]] = []
        for i, claim in _dict_items(data.get("claims")):
            owners.append((("claims", i), claim))
        for i, entity in _dict_items(data.get("entities")):
            owners.append((("entities", i), entity))
            owners += [(("entities", i, "attributes", j), attr) for j, attr in _dict_items(entity.get("attributes"))]
        for owner_path, owner in owners:
            label, _ = subject(data, owner_path)
            owner_id = str(doc.get((*owner_path[:2], "id")) or "")
            for k, item in _dict_items(owner.get("provenance")):
                if isinstance(item.get("source"), str) and isinstance(item.get("quote"), str):
                    uses.append(QuoteUse(label, owner_id, doc, (*owner_path, "provenance", k), _provenance(item)))
    return uses


def _text_or_empty(value: object) -> str:
    return value if isinstance(value, str) else ""


def _provenance(item: dict[str, Any]) -> Provenance:
    line = item.get("line")
    return Provenance(
        source=item["source"],
        quote=item["quote"],
        line=line if isinstance(line, int) and not isinstance(line, bool) else None,
        prefix=_text_or_empty(item.get("prefix")),
        suffix=_text_or_empty(item.get("suffix")),
        yaml_line=getattr(item, "line", 0),
    )


def _reports(project: _Project) -> list[FileReport]:
    by_path: dict[str, dict[tuple[Any, ...], Finding]] = {shown: {} for shown in project.files}
    for finding in project.findings:
        # One problem can surface twice (jsonschema repeats some); keep it once.
        key = (finding.line, finding.column, finding.kind, finding.message)
        by_path.setdefault(finding.path, {}).setdefault(key, finding)
    reports = []
    for shown, findings in by_path.items():
        ordered = sorted(findings.values(), key=lambda f: (f.line, f.column, _SEVERITY_ORDER.get(f.severity, 3), f.kind, f.message))
        reports.append(FileReport(path=shown, findings=tuple(ordered)))
    return reports
