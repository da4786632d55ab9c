"""`factcheck extract SOURCE...`: propose claims and entities from sources into claims/ (or show the diff).

Claims go to claims/<source-id>.extracted.yaml, one file per source (or section), and new
people, bodies and places to claims/entities.extracted.yaml; see extract/write.py for what
is never overwritten, and extract/state.py for how proposals a person deleted are remembered
(claims/.extract-state.json). A sidecar NAME.yaml named on the command line stands for its
document, so `extract sources/*` works on the README's layout. Warnings (a source with no
date) go to stderr, one line each.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

from factcheck.corpus.load import claim_files, parse_entity, read_claim_file
from factcheck.corpus.sources import SOURCE_SUFFIXES, load_sources
from factcheck.errors import ExitCode, FactcheckError
from factcheck.extract import propose
from factcheck.extract import state as extract_state
from factcheck.extract import write as out
from factcheck.fileout import clean_stale, write_atomic
from factcheck.model import Entity, Source


def select(root: Path, paths: list[Path]) -> list[Source]:
    """The sources the arguments name: files or folders, all inside the project's sources/."""
    folder = (root / "sources").resolve()
    if not folder.is_dir():
        raise FactcheckError("no sources/ folder", path=str(root), hint="put the documents in sources/ first")
    wanted: list[str] = []
    for path in paths:
        resolved = path.resolve()
        if not resolved.exists():
            raise FactcheckError("no such file or folder", path=str(path), hint="name source files or folders inside sources/")
        if resolved != folder and folder not in resolved.parents:
            raise FactcheckError("not inside the project's sources/ folder", path=str(path), hint=f"copy it into {folder} and extract it from there")
        files = sorted(resolved.rglob("*")) if resolved.is_dir() else [_document_of(resolved)]
        for file in files:
            if file.is_file() and file.suffix in SOURCE_SUFFIXES and not file.name.startswith("."):
                wanted.append("sources/" + file.relative_to(folder).as_posix())
            elif not resolved.is_dir():
                raise FactcheckError(
                    f"not a source document (expected {' or '.join(SOURCE_SUFFIXES)})",
                    path=str(path),
                    hint="sources are .txt or .md files; metadata sidecars are read with them",
                )
    sources = load_sources(root)
    chosen = [s for s in sources.values() if s.path in wanted]
    if not chosen:
        raise FactcheckError("no source documents found", path=" ".join(str(p) for p in paths), hint="name .txt or .md files inside sources/")
    return sorted(chosen, key=lambda s: (s.path, s.start))


def _document_of(path: Path) -> Path:
    """A metadata sidecar stands for the document beside it: `extract sources/*` names both."""
    if path.suffix in (".yaml", ".yml"):
        for suffix in SOURCE_SUFFIXES:
            document = path.with_suffix(suffix)
            if document.is_file():
                return document
    return path


def run(root: Path, paths: list[Path], *, dry_run: bool, stream: TextIO, err: TextIO) -> int:
    sources = select(root, paths)
    claims_dir = root / "claims"
    if not dry_run:
        clean_stale(claims_dir)  # temp files a killed run left (the loader skips them meanwhile: hidden, not .yaml)
    state_path = claims_dir / extract_state.NAME
    state = extract_state.read(state_path, state_path.relative_to(root).as_posix())
    ours = {s.id for s in sources}
    curated: dict[str, Entity] = {}
    proposed_entities: dict[str, Entity] = {}
    elsewhere: set[str] = set()
    taken_claims: set[str] = set()
    entities_path = claims_dir / out.ENTITIES_FILE
    loaded: dict[Path, dict[str, Any]] = {}  # parsed once: YAML parsing is a re-run's largest cost
    present: dict[str, set[str]] = {}  # claims file -> the ids it holds now
    commented: dict[Path, set[str]] = {}  # extract's file -> ids of entries with a person's comment
    for path in claim_files(root):
        shown = path.relative_to(root).as_posix()
        data = loaded[path] = read_claim_file(path, shown)
        ids = present[path.relative_to(claims_dir).as_posix()] = set()
        mine = path.name.endswith(out.SUFFIX)
        this_run = mine and path.name[: -len(out.SUFFIX)] in ours
        notes = commented[path] = out.commented(path.read_text(encoding="utf-8"), "entities" if path == entities_path else "claims") if mine else set()
        for entry in data.get("claims") or ():
            if not isinstance(entry, dict):
                continue
            ids.add(str(entry.get("id")))
            if not this_run:
                taken_claims.add(str(entry.get("id")))
            if not mine or out.owned_by_a_person(dict(entry)) or str(entry.get("id")) in notes:
                elsewhere |= out._claim_keys(dict(entry))
        for entry in data.get("entities") or ():
            if not isinstance(entry, dict):
                continue
            entity = parse_entity(entry, shown)
            ids.add(entity.id)
            if path == entities_path and not out.owned_by_a_person(dict(entry)) and entity.id not in notes:
                proposed_entities[entity.id] = entity
            else:
                curated[entity.id] = entity
    state.reject_deleted(present)
    found = propose(sources, curated, proposed_entities, set(curated), rejected=frozenset(state.rejected.get(out.ENTITIES_FILE, ())))
    for warning in found.warnings:
        err.write(f"factcheck: warning: {warning}\n")
    changes = []
    count = 0
    for source in sources:
        path = claims_dir / f"{source.id}{out.SUFFIX}"
        shown = path.relative_to(root).as_posix()
        existing = _entries(loaded, path, shown, "claims")
        rejected = state.rejected.get(path.name, set())
        notes = commented.get(path, set())
        merged = out.merge_claims(existing, found.claims.get(source.id, []), _others(elsewhere, existing, notes), taken_claims, rejected, notes)
        count += sum(1 for e in merged if e.get("status") == "proposed")
        _record(state, path.name, merged)
        if not merged and not path.exists() or merged == existing and path.exists():
            continue  # nothing new: leave the file as it is (and skip rendering it)
        item = out.change(path, shown, "claims", merged)
        if item:
            changes.append(item)
    shown = entities_path.relative_to(root).as_posix()
    existing = _entries(loaded, entities_path, shown, "entities")
    entities = out.merge_entities(existing, found.entities, state.rejected.get(out.ENTITIES_FILE, set()), commented.get(entities_path, set()))
    _record(state, out.ENTITIES_FILE, entities)
    if entities and not (entities == existing and entities_path.exists()):
        item = out.change(entities_path, shown, "entities", entities)
        if item:
            changes.append(item)
    if dry_run:
        for item in changes:
            stream.write(item.diff())
        if not changes:
            stream.write("extract: nothing would change\n")
        return ExitCode.OK
    out.apply(changes)
    remembered = state.text()
    if remembered != (state_path.read_text(encoding="utf-8") if state_path.is_file() else ""):
        # After the claims files: a kill in between can only mark as rejected a proposal this run withdrew
        # (the other order could reject one nobody has seen).
        write_atomic(state_path, remembered)
    files = ", ".join(c.shown for c in changes) or "none"
    stream.write(f"extract: {len(sources)} source{'s' if len(sources) != 1 else ''}, {count} proposed claims; files changed: {files}\n")
    return ExitCode.OK


def _record(state: extract_state.State, name: str, entries: list[dict[str, Any]]) -> None:
    """What the file holds once this run has written it; the next run compares against it."""
    if entries:
        state.files[name] = {str(e.get("id")) for e in entries}
    else:
        state.files.pop(name, None)


def _entries(loaded: dict[Path, dict[str, Any]], path: Path, shown: str, key: str) -> list[dict[str, Any]]:
    if path in loaded:
        return [dict(e) for e in loaded[path].get(key) or () if isinstance(e, dict)]
    return out.read_entries(path, shown, key)


def _others(elsewhere: set[str], existing: list[dict[str, Any]], commented: set[str]) -> set[str]:
    """Keys of claims people own outside this file (this file's own kept entries are handled by the merge)."""
    return elsewhere - {k for e in existing if out.owned_by_a_person(e) or str(e.get("id")) in commented for k in out._claim_keys(e)}
