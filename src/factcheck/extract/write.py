"""Write proposals into claims/ without losing anyone's work: Proposals + files on disk -> new file texts.

Every entry `extract` writes carries `extracted:`, a fingerprint of its content as written.
On the next run an entry is the tool's to replace only while it is still `status: proposed`
and its content still matches that fingerprint; an entry a person edited (fingerprint no
longer matches), marked `reviewed`/`curated`, or wrote by hand (no fingerprint) is kept as it
is, where it is. A proposal that repeats a claim a person owns (same quotation words, or the
same provenance sentence) is not added. Output is deterministic, so a second run on the same
sources writes byte-identical files; writes are atomic (temp file + os.replace).
"""

from __future__ import annotations

import difflib
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.corpus import yamlload
from factcheck.fileout import dump_yaml as dump
from factcheck.fileout import plain, write_atomic
from factcheck.textutil import normalize

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
    return entry["extracted"] != fingerprint(entry)


@dataclass(frozen=True, slots=True)
class Change:
    path: Path
    shown: str
    old: str  # "" when the file is new
    new: str

    def diff(self) -> str:
        lines = difflib.unified_diff(self.old.splitlines(keepends=True), self.new.splitlines(keepends=True),
                                     fromfile=f"a/{self.shown}" if self.old else "/dev/null", tofile=f"b/{self.shown}")
        return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def read_entries(path: Path, shown: str, key: str) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    data = yamlload.load(path, shown)
    if data is None:
        return []
    if not isinstance(data, dict):
        from factcheck.errors import FactcheckError

        raise FactcheckError("a claims file must be a mapping with `claims:` and/or `entities:`", path=shown, line=1, hint="fix it or delete it, then run `factcheck extract` again")
    return [dict(e) for e in data.get(key) or () if isinstance(e, dict)]


def _claim_keys(entry: dict[str, Any]) -> set[str]:
    """What makes two claims the same fact: the quotation's words, or the provenance sentence."""
    if entry.get("kind") == "quote" and entry.get("words"):
        return {"w:" + normalize(str(entry["words"])).strip(" ,.;:")}
    return {f"p:{p.get('source')}:{normalize(str(p.get('quote', '')))}" for p in entry.get("provenance") or () if isinstance(p, dict)}


def merge_claims(existing: list[dict[str, Any]], proposed: list[dict[str, Any]], elsewhere: set[str], taken_ids: set[str]) -> list[dict[str, Any]]:
    """The file's new entries: kept entries stay in place, proposals fill in around them.

    `elsewhere` holds the keys (_claim_keys) of claims people own in other files; `taken_ids`
    the ids used in other files.
    """
    kept = {str(e.get("id")): e for e in existing if owned_by_a_person(e)}
    owned_keys = set(elsewhere)
    for entry in kept.values():
        owned_keys |= _claim_keys(entry)
    out: list[dict[str, Any]] = []
    for entry in proposed:
        entry_id = str(entry["id"])
        if entry_id in kept:
            out.append(kept.pop(entry_id))
            continue
        if entry_id in taken_ids or _claim_keys(entry) & owned_keys:
            continue
        out.append(stamp(entry))
    out.extend(kept.values())  # a kept entry the sources no longer give stays: a person owns it
    return out


def merge_entities(existing: list[dict[str, Any]], proposed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entities of every run share one file: keep what other runs proposed, add to what this run found again."""
    by_id = {str(e.get("id")): e for e in existing}
    out = [dict(e) for e in existing]
    position = {str(e.get("id")): i for i, e in enumerate(out)}
    for entry in proposed:
        entry_id = str(entry["id"])
        old = by_id.get(entry_id)
        if old is None:
            out.append(stamp(entry))
            continue
        if owned_by_a_person(old):
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


def render(key: str, entries: list[dict[str, Any]]) -> str:
    header = "# Proposed by `factcheck extract`. Review an entry, then set `status: reviewed` (or edit it):\n# extract never overwrites or deletes an entry once a person has touched it.\n"
    return header + dump({key: entries})


def change(path: Path, shown: str, new: str) -> Change | None:
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    return None if old == new else Change(path, shown, old, new)


def apply(changes: list[Change]) -> None:
    for item in changes:
        item.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(item.path, item.new)
