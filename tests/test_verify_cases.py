"""End to end: `factcheck verify` on drafts with planted errors, scored like ../shared/eval.

Each case folder under tests/cases/ holds drafts and a cases.yaml in the format of
../shared/eval/FORMAT.md; a case set whose `corpus:` is a folder is checked against a
scratch project built from that folder by `factcheck extract`. Every planted error must be found with the right kind, every
other line must be free of errors, and supported lines must cite a claim from a listed source.
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"


def _norm(text: str) -> str:
    text = text.translate(str.maketrans("\u2018\u2019\u201c\u201d\u2013\u2014", "''\"\"--"))
    return re.sub(r"\s+", " ", text).strip().lower()


def _cases():
    for spec_path in sorted(CASES.glob("*/cases.yaml")):
        spec = yaml.safe_load(spec_path.read_text())
        corpus = spec.get("corpus", "seeds")
        for case in spec["cases"]:
            yield pytest.param(spec_path.parent, corpus, case, id=f"{spec_path.parent.name}/{case['draft']}")


_PROJECTS: dict[Path, Path] = {}


def _project(folder: Path, corpus: str, tmp_root: Path) -> tuple[Path, dict[str, str]]:
    """The project the drafts are checked from, and the source texts a citation may come from.

    `corpus: seeds` is this checkout; a folder corpus is copied into a scratch project's
    sources/ and run through `factcheck extract sources` first, as score-verify does.
    """
    if corpus == "seeds":
        return ROOT, {p.name: _norm(p.read_text(encoding="utf-8")) for p in (ROOT / "sources").glob("*.txt")}
    source_dir = (folder / corpus).resolve()
    texts = {p.name: _norm(p.read_text(encoding="utf-8")) for p in source_dir.glob("*") if p.is_file()}
    if source_dir not in _PROJECTS:
        from factcheck.cli import main

        scratch = tmp_root / folder.name
        shutil.copytree(source_dir, scratch / "sources")
        (scratch / "claims").mkdir()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            assert main(["extract", "--root", str(scratch), str(scratch / "sources")]) == 0
        _PROJECTS[source_dir] = scratch
    return _PROJECTS[source_dir], texts


def findings_of(cli, root: Path, folder: Path, case: dict) -> list[dict]:
    """`factcheck verify --format json` on one case's draft, at its as-of date: the findings."""
    args = ["verify", "--format", "json", "--root", str(root), str(folder / case["draft"])]
    if case.get("as_of"):
        args += ["--as-of", str(case["as_of"])]
    run = cli(*args)
    assert run.code in (0, 1), run.err
    return [f for entry in run.json()["files"] for f in entry["findings"]]


@pytest.mark.parametrize(("folder", "corpus", "case"), list(_cases()))
def test_planted_errors_are_found_and_nothing_else_is_flagged(cli, tmp_path_factory, folder, corpus, case):
    root, sources = _project(folder, corpus, tmp_path_factory.getbasetemp())
    findings = findings_of(cli, root, folder, case)
    errors: dict[int, list[str]] = {}
    for f in findings:
        if f["severity"] == "error":
            errors.setdefault(f["line"], []).append(f["kind"])
    planted = {e["line"]: e["kind"] for e in case.get("errors", [])}
    missed = {line: kind for line, kind in planted.items() if kind not in errors.get(line, [])}
    false_alarms = {line: kinds for line, kinds in errors.items() if line not in planted}
    assert not missed, f"planted errors not found (line: kind): {missed}; errors reported: {errors}"
    assert not false_alarms, f"errors on lines with no planted error: {false_alarms}"
    for sup in case.get("supported", []):
        quotes = [_norm(c["quote"]) for f in findings if f["line"] == sup["line"] for c in f["claims"]]
        assert any(q and q in sources[name] for q in quotes for name in sup["sources"]), f"line {sup['line']} is not cited to {sup['sources']}"


def _source_cases():
    from factcheck.corpus.sources import load_sources

    for source in load_sources(ROOT).values():
        if source.published:
            yield pytest.param(source.path, source.published.date, id=source.id)


@pytest.mark.parametrize(("path", "as_of"), sorted(set(_source_cases())))
def test_a_source_verified_at_its_own_date_has_no_errors(cli, path, as_of):
    run = cli("verify", "--quiet", "--format", "line", "--root", str(ROOT), "--as-of", as_of, str(ROOT / path))
    assert run.code == 0, run.out
