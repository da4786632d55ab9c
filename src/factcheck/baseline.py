"""The accepted findings of a day: Findings <-> `.factcheck-baseline.json`.

A baseline lets a team with a large archive adopt factcheck without fixing every old
finding first: `factcheck baseline` records today's errors and warnings by fingerprint
(kind + claim + normalised sentence, never the line), and verify then reports only findings
whose fingerprint is not recorded. Edits elsewhere in a file move lines but keep
fingerprints, so they do not bring old findings back; rewording the sentence does.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.fileout import write_atomic
from factcheck.model import Finding

SCHEMA = "factcheck-baseline/1"
RECORDED = ("error", "warning")


def check_target(path: Path, root: Path) -> None:
    """Refuse a place to write a baseline that would destroy something: raises FactcheckError.

    `-o claims/entities.yaml` once replaced a claims file without a word. A baseline goes
    outside claims/ and sources/ (the database), and replaces only a baseline.
    """
    resolved = path.resolve()  # a symlink pointing into claims/ counts as inside it
    for name in ("claims", "sources"):
        folder = (root / name).resolve()
        if resolved == folder or folder in resolved.parents:
            raise FactcheckError(
                f"will not write a baseline inside {name}/ (the claims database)", path=str(path), hint="write it elsewhere, e.g. `-o .factcheck-baseline.json`"
            )
    if not (path.exists() or path.is_symlink()):
        return
    if not path.is_file():
        raise FactcheckError("exists and is not a file", path=str(path), hint="give another --output")
    try:
        read(path)
    except FactcheckError:
        raise FactcheckError(
            f"exists and is not a {SCHEMA} file; not overwriting it", path=str(path), hint="give another --output, or delete the file first"
        ) from None


def write(path: Path, findings: list[Finding]) -> int:
    """Record the errors and warnings of `findings` in `path`, atomically; returns how many."""
    kept = sorted((f for f in findings if f.severity in RECORDED and f.fingerprint), key=lambda f: (f.path, f.line, f.fingerprint))
    entries = [{"fingerprint": f.fingerprint, "path": f.path, "kind": f.kind, "line": f.line, "text": f.text} for f in kept]
    text = json.dumps({"schema": SCHEMA, "findings": entries}, indent=2, ensure_ascii=False) + "\n"
    write_atomic(path, text)  # a killed run never leaves half a baseline
    return len(entries)


BASELINE_LIMIT = 64 * 1024 * 1024  # ~300,000 recorded findings


def read(path: Path) -> Counter[str]:
    """The fingerprints recorded in `path`, with how often each was recorded."""
    from factcheck.corpus.yamlload import read_bytes

    try:
        data = json.loads(read_bytes(path, str(path), BASELINE_LIMIT).decode("utf-8"))
    except FactcheckError as exc:
        raise FactcheckError(f"cannot read the baseline: {exc.message}", path=str(path), hint="run `factcheck baseline`, or pass --no-baseline") from None
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
        raise FactcheckError("the baseline is not valid JSON", path=str(path), hint="run `factcheck baseline` again to rewrite it") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("findings"), list):
        raise FactcheckError(f"not a {SCHEMA} file", path=str(path), hint="run `factcheck baseline` again to rewrite it")
    return Counter(str(e.get("fingerprint")) for e in data["findings"] if isinstance(e, dict))


def new_only(findings: list[Finding], recorded: Counter[str]) -> list[Finding]:
    """`findings` less those the baseline recorded; a fingerprint recorded twice forgives two findings."""
    left = Counter(recorded)
    kept: list[Finding] = []
    for finding in findings:
        if finding.severity in RECORDED and left[finding.fingerprint] > 0:
            left[finding.fingerprint] -= 1
            continue
        kept.append(finding)
    return kept
