"""A test's own corpus: one source with its metadata, run through the real `extract`, what extract proposed, and the
errors the real `verify` finds in a draft of one or more lines against it."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def meta(source_id: str, title: str, kind: str, publisher: str, day: str) -> str:
    """A source's metadata sidecar, dated to the day by its header."""
    return f'id: {source_id}\ntitle: "{title}"\nkind: {kind}\npublisher: {publisher}\npublished:\n  date: "{day}"\n  precision: day\n  basis: "header"\n'


def extracted(root: Path, name: str, text: str, meta: str) -> Path:
    """`root` as a project whose one source `name` holds `text`, with its claims extracted."""
    return extracted_all(root, [(name, text, meta)])


def extracted_all(root: Path, sources: list[tuple[str, str, str]]) -> Path:
    """`root` as a project of the sources (name, text, metadata), with their claims extracted."""
    from factcheck.cli import main

    (root / "sources").mkdir()
    (root / "claims").mkdir()
    for name, text, meta in sources:
        (root / "sources" / f"{name}.txt").write_text(text, encoding="utf-8")
        (root / "sources" / f"{name}.yaml").write_text(meta, encoding="utf-8")
    assert main(["extract", "--root", str(root), str(root / "sources")]) == 0
    return root


def proposed(project: Path, name: str, key: str) -> list[dict[str, Any]]:
    """What `extract` proposed in claims/NAME.extracted.yaml under `key` ("claims", "entities")."""
    import yaml

    entries: list[dict[str, Any]] = yaml.safe_load((project / "claims" / f"{name}.extracted.yaml").read_text(encoding="utf-8"))[key]
    return entries


def findings(cli: Any, project: Path, text: str, as_of: str) -> list[dict[str, Any]]:
    """The findings the real `verify` gives a draft of `text`, as its JSON report lists them."""
    draft = project / "draft.md"
    draft.write_text(text + "\n", encoding="utf-8")
    run = cli("verify", "--root", str(project), str(draft), "--format", "json", "--as-of", as_of)
    return [f for file in run.json()["files"] for f in file["findings"]]


def errors(cli: Any, project: Path, text: str, as_of: str) -> set[str]:
    """The drafted words each error finding underlines."""
    return {f["text"] for f in findings(cli, project, text, as_of) if f["severity"] == "error"}
