"""Write proposals into claims/ without losing anyone's work: Proposals + files on disk -> new file texts.

Every entry `extract` writes carries `extracted:`, a fingerprint of its content as written.
On the next run an entry is the tool's to replace only while it is still `status: proposed`
and its content still matches that fingerprint; an entry a person edited (fingerprint no
longer matches), marked `reviewed`/`curated`, or wrote by hand (no fingerprint) is kept as it
is, where it is; so is one with a person's comment in or above it, or `status: rejected`. A
proposal that repeats a claim a person owns (same quotation words, or the same provenance
sentence), or that a person deleted (extract/state.py), is not added. A rewrite keeps the
file's text wherever it can (`render`): comments and untouched entries stay byte for byte.
Output is deterministic, so a second run on the same sources writes byte-identical files;
writes go through fileout.write_atomic (atomic; mode, line ends and symlinks kept).
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from factcheck.corpus import yamlload
from factcheck.errors import FactcheckError
from factcheck.fileout import dump_yaml as dump
from factcheck.fileout import plain, write_atomic
from factcheck.textutil import normalize

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

SUFFIX = ".extracted.yaml"
ENTITIES_FILE = "entities" + SUFFIX


def fingerprint(entry: dict[str, Any]) -> str:
    body = {k: v for k, v in entry.items() if k != "extracted"}
    text = json.dumps(plain(body), sort_keys=True, ensure_ascii=False, default=str)
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def stamp(entry: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in entry.items() if k != "extracted"}
    out["extracted"] = fingerprint(out)
    return out


def owned_by_a_person(entry: dict[str, Any]) -> bool:
    """Edited, reviewed, curated or hand-written: never the tool's to change."""
    if "extracted" not in entry:
        return True
    if entry.get("status") != "proposed":
        return True  # marked reviewed or curated
    return bool(entry["extracted"] != fingerprint(entry))


@dataclass(frozen=True, slots=True)
class Change:
    path: Path
    shown: str
    old: str  # "" when the file is new
    new: str

    def diff(self) -> str:
        lines = difflib.unified_diff(
            self.old.splitlines(keepends=True),
            self.new.splitlines(keepends=True),
            fromfile=f"a/{self.shown}" if self.old else "/dev/null",
            tofile=f"b/{self.shown}",
        )
        return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def read_entries(path: Path, shown: str, key: str) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    data = yamlload.load(path, shown)
    if data is None:
        return []
    if not isinstance(data, dict):
        raise FactcheckError(
            "a claims file must be a mapping with `claims:` and/or `entities:`",
            path=shown,
            line=1,
            hint="fix it or delete it, then run `factcheck extract` again",
        )
    return [dict(e) for e in data.get(key) or () if isinstance(e, dict)]


def _claim_keys(entry: dict[str, Any]) -> set[str]:
    """What makes two claims the same fact: the quotation's words, or the provenance sentence."""
    if entry.get("kind") == "quote" and entry.get("words"):
        return {"w:" + normalize(str(entry["words"])).strip(" ,.;:")}
    return {f"p:{p.get('source')}:{normalize(str(p.get('quote', '')))}" for p in entry.get("provenance") or () if isinstance(p, dict)}


def merge_claims(
    existing: list[dict[str, Any]],
    proposed: list[dict[str, Any]],
    elsewhere: set[str],
    taken_ids: set[str],
    rejected: AbstractSet[str] = frozenset(),
    commented: AbstractSet[str] = frozenset(),
) -> list[dict[str, Any]]:
    """The file's new entries: kept entries stay in place, proposals fill in around them.

    `elsewhere` holds the keys (_claim_keys) of claims people own in other files; `taken_ids`
    the ids used in other files; `rejected` the ids of proposals a person deleted (extract/state.py);
    `commented` the ids of entries with a person's comment (see `commented`), kept like any entry a
    person touched, as is a proposal a person marked `status: rejected`.
    """
    kept = {str(e.get("id")): e for e in existing if owned_by_a_person(e) or str(e.get("id")) in commented}
    owned_keys = set(elsewhere)
    for entry in kept.values():
        owned_keys |= _claim_keys(entry)
    out: list[dict[str, Any]] = []
    for entry in proposed:
        entry_id = str(entry["id"])
        if entry_id in kept:
            out.append(kept.pop(entry_id))
            continue
        if entry_id in taken_ids or entry_id in rejected or _claim_keys(entry) & owned_keys:
            continue
        out.append(stamp(entry))
    out.extend(kept.values())  # a kept entry the sources no longer give stays: a person owns it
    return out


def merge_entities(
    existing: list[dict[str, Any]], proposed: list[dict[str, Any]], rejected: AbstractSet[str] = frozenset(), commented: AbstractSet[str] = frozenset()
) -> list[dict[str, Any]]:
    """Entities of every run share one file: keep what other runs proposed, add to what this run found again.

    An entity a person deleted (its id in `rejected`) is not proposed again; one with a comment
    (its id in `commented`) is kept as it is.
    """
    by_id = {str(e.get("id")): e for e in existing}
    out = [dict(e) for e in existing]
    position = {str(e.get("id")): i for i, e in enumerate(out)}
    for entry in proposed:
        entry_id = str(entry["id"])
        old = by_id.get(entry_id)
        if old is None and entry_id in rejected:
            continue
        if old is None:
            out.append(stamp(entry))
            continue
        if owned_by_a_person(old) or entry_id in commented:
            continue
        merged = {k: v for k, v in old.items() if k != "extracted"}
        aliases = list(merged.get("aliases") or [])
        aliases += [a for a in entry.get("aliases") or [] if a not in aliases]
        if aliases:
            merged["aliases"] = aliases
        attributes = [dict(a) for a in merged.get("attributes") or []]
        for attr in entry.get("attributes") or []:
            same = next((a for a in attributes if _attr_key(a) == _attr_key(attr)), None)
            if same is None:
                attributes.append(attr)
                continue
            provenance = list(same.get("provenance") or [])
            provenance += [p for p in attr.get("provenance") or [] if p not in provenance]
            same["provenance"] = provenance
        if attributes:
            merged["attributes"] = attributes
        out[position[entry_id]] = stamp(_ordered(merged))
    return out


def _attr_key(attr: dict[str, Any]) -> tuple[object, ...]:
    """One attribute is one statement about the entity, whatever sentences back it."""
    return tuple(str(attr.get(k, "")) for k in ("attribute", "value", "former", "from", "until"))


def _ordered(entry: dict[str, Any]) -> dict[str, Any]:
    order = ("id", "type", "name", "status", "aliases", "attributes", "provenance")
    return {**{k: entry[k] for k in order if k in entry}, **{k: v for k, v in entry.items() if k not in order}}


HEADER = "# Proposed by `factcheck extract`. Review an entry, then set `status: reviewed` (or edit it), or\n# `status: rejected` (or delete it): extract never overwrites, deletes or proposes again what a person decided.\n"


def render(key: str, entries: list[dict[str, Any]], old: str = "") -> str:
    """The file's new text: `old` with its entries replaced, keeping every comment a person wrote.

    PyYAML drops comments. ruamel.yaml keeps them, but is one more dependency, ~55 ms more to
    import (measured: `python -X importtime`), and dumps in its own style, not the one every
    extracted file already has. Instead the new text is spliced from the old at the level of
    list items (_splice): an entry that did not change keeps its text byte for byte, comments
    above and inside it included; a changed or new one is dumped. The splice is parsed back
    and must give exactly `entries` (and the file's other keys); if it does not, or the file
    is laid out in a way the splice does not follow, the whole file is dumped afresh.
    """
    if not old.strip():
        return HEADER + dump({key: entries})
    spliced = _splice(old, key, entries)
    if spliced is not None:
        return spliced
    data = _parse_plain(old)
    if not isinstance(data, dict):
        data = {}
    ordered = {k: v for k, v in data.items()} if key in data else {**data, key: None}
    ordered[key] = entries  # the file's other keys (a person's `entities:` in a claims file) stay
    return HEADER + dump(ordered)


@dataclass(frozen=True, slots=True)
class _Item:
    lead: str  # blank lines and comments above the entry (a comment belongs to the entry below it)
    body: str  # the entry's own lines, comments inside it included
    data: Any  # the entry as parsed


def _splice(old: str, key: str, entries: list[dict[str, Any]]) -> str | None:
    layout = _layout(old, key)
    if layout is None:
        return None
    head, items, tail, after, column = layout
    by_id: dict[str, _Item] = {}
    for item in items:
        if isinstance(item.data, dict):
            by_id.setdefault(str(item.data.get("id")), item)
    parts = [head]
    for entry in entries:
        was = by_id.pop(str(entry.get("id")), None)
        if was is None:
            parts.append(_indent(dump([entry]), column))
        elif was.data == plain(entry):
            parts.append(was.lead + was.body)
        else:
            parts.append(was.lead + _indent(dump([entry]), column))
    text = "".join(parts) + tail + after
    # Read back: the splice must say exactly what a fresh dump would, and keep the other keys as they were.
    before, now = _parse_plain(old), _parse_plain(text)
    if not isinstance(now, dict) or now.get(key) != plain(entries):
        return None
    if {k: v for k, v in now.items() if k != key} != {k: v for k, v in before.items() if k != key}:
        return None
    return text


def _layout(old: str, key: str) -> tuple[str, list[_Item], str, str, int] | None:
    """(text before the first entry, the entries, comments after the last, the text after the list, the list's column).

    None unless `key` holds a non-empty block list of mappings (`- id: ...`), as extract writes it.
    """
    try:
        root = yaml.compose(old, Loader=_Loader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    found = [(k, v) for k, v in root.value if isinstance(k, yaml.ScalarNode) and k.value == key]
    if len(found) != 1:
        return None
    key_node, seq = found[0]
    if not isinstance(seq, yaml.SequenceNode) or seq.flow_style or not seq.value:
        return None
    if not all(isinstance(item, yaml.MappingNode) and not item.flow_style for item in seq.value):
        return None
    lines = old.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    column = seq.start_mark.column
    found_dashes = [_dash_line(lines, item.start_mark.line, column) for item in seq.value]
    starts = [d for d in found_dashes if d is not None]
    if len(starts) != len(found_dashes) or starts[0] <= key_node.start_mark.line or starts != sorted(set(starts)):
        return None
    end = len(lines) if seq.end_mark.line >= len(lines) or seq.end_mark.column else seq.end_mark.line
    data = _parse_plain(old)
    values = data.get(key) if isinstance(data, dict) else None
    if not isinstance(values, list) or len(values) != len(seq.value):
        return None
    items: list[_Item] = []
    lead_start = key_node.start_mark.line + 1
    for index, dash in enumerate(starts):
        stop = starts[index + 1] if index + 1 < len(starts) else end
        body_end = stop
        while body_end > dash + 1 and _outside(lines[body_end - 1], column):
            body_end -= 1  # blank lines and comments at the list's column lead the next entry
        items.append(_Item("".join(lines[lead_start:dash]), "".join(lines[dash:body_end]), values[index]))
        lead_start = body_end
    return "".join(lines[: key_node.start_mark.line + 1]), items, "".join(lines[lead_start:end]), "".join(lines[end:]), column


def commented(text: str, key: str) -> set[str]:
    """Ids of the entries under `key` that carry a comment, inside them or just above: a person's notes.

    A comment is an edit (the fingerprint cannot see it): such an entry is a person's, kept as it is.
    """
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))
    if "#" not in "".join(lines[start:]):  # the file's header aside: the common case, no parse
        return set()
    layout = _layout(text, key)
    if layout is None:
        return set()
    column = layout[4]
    return {str(item.data.get("id")) for item in layout[1] if isinstance(item.data, dict) and _has_comment(item, column)}


def _has_comment(item: _Item, column: int) -> bool:
    if any(line.lstrip().startswith("#") for line in (item.lead + item.body).splitlines()):
        return True
    if "#" not in item.body:
        return False
    # A comment at the end of a line: the line is what extract writes for this entry, and then ` # ...`.
    fresh = _indent(dump([item.data]), column).splitlines()
    body = [line for line in item.body.splitlines() if line.strip()]
    if len(body) != len(fresh):
        return False  # laid out by hand: the fingerprint alone decides
    return any(b != f and b.startswith(f) and re.match(r"\s+#", b[len(f) :]) is not None for b, f in zip(body, fresh, strict=True))


def _dash_line(lines: list[str], line: int, column: int) -> int | None:
    """The line of the `-` that opens the list item whose first key is on `line` (`-` alone on a line above is allowed)."""
    for at in range(line, max(-1, line - 50), -1):
        text = lines[at]
        if text[column : column + 1] == "-" and not text[:column].strip():
            return at
        if at != line and text.strip() and not text.lstrip().startswith("#"):
            return None
    return None


def _outside(line: str, column: int) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#") and len(line) - len(line.lstrip()) <= column


def _indent(text: str, column: int) -> str:
    if not column:
        return text
    pad = " " * column
    return "".join(pad + line if line.strip() else line for line in text.splitlines(keepends=True))


def _parse_plain(text: str) -> Any:
    try:
        return plain(yamlload.parse(text, "(extract's rewrite)"))
    except FactcheckError:
        return None


def change(path: Path, shown: str, key: str, entries: list[dict[str, Any]]) -> Change | None:
    old = _read_old(path, shown)
    new = render(key, entries, old)
    return None if old == new else Change(path, shown, old, new)


def _read_old(path: Path, shown: str) -> str:
    if not path.exists():
        return ""
    return yamlload.read_text(path, shown).replace("\r\n", "\n")  # CRLF is put back by write_atomic


def apply(changes: list[Change]) -> None:
    for item in changes:
        item.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(item.path, item.new)
