"""The command line as a user meets it: exit codes, one-line errors, the claims and schema verbs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.errors import ExitCode

ROOT = Path(__file__).resolve().parent.parent


def test_exit_codes_are_pinned():
    assert (ExitCode.OK, ExitCode.FINDINGS, ExitCode.USAGE) == (0, 1, 2)


def _project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    shutil.copytree(ROOT / "claims", tmp_path / "claims")
    return tmp_path


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("broken.yaml", b"claims:\n  - id: x\n    kind: [quote\n", "broken.yaml:"),
        ("latin1.yaml", "claims:\n  - id: caf\xe9\n".encode("latin-1"), "not UTF-8"),
        ("empty.yaml", b"", "empty claims file"),
        ("list.yaml", b"- a\n- b\n", "must be a mapping"),
        ("noid.yaml", b"claims:\n  - kind: fact\n    statement: x\n", "claim without an `id`"),
    ],
)
def test_bad_claims_file_is_one_line_error_with_exit_2(cli, tmp_path, name, content, expected):
    project = _project(tmp_path)
    (project / "claims" / name).write_bytes(content)
    run = cli("claims", "--root", str(project))
    assert run.code == 2
    assert expected in run.err
    assert run.err.count("\n") == 1 and "Traceback" not in run.err
    assert f"claims/{name}" in run.err


def test_missing_claims_folder_says_what_to_do(cli, tmp_path):
    run = cli("claims", "--root", str(tmp_path))
    assert run.code == 2
    assert "no claims/ folder" in run.err and "factcheck init" in run.err


def test_root_is_found_from_a_subfolder(cli, tmp_path, monkeypatch):
    project = _project(tmp_path)
    (project / "drafts" / "deep").mkdir(parents=True)
    monkeypatch.chdir(project / "drafts" / "deep")
    run = cli("claims", "--format", "json")
    assert run.code == 0
    assert run.json()["count"] > 100


def test_claims_filters_by_words_entity_source_and_kind(cli):
    run = cli("claims", "54", "Hennepin", "--root", str(ROOT), "--format", "json")
    ids = [c["id"] for c in run.json()["claims"]]
    assert "delegation-hennepin-heroin-deaths-2013" in ids
    quotes = cli("claims", "--entity", "Heitkamp", "--kind", "quote", "--source", "001_7fb26bfa5141be14.txt", "--root", str(ROOT), "--format", "json").json()
    assert quotes["count"] == 1 and quotes["claims"][0]["speaker"] == "heidi-heitkamp"


def test_claims_unknown_entity_is_exit_2(cli):
    run = cli("claims", "--entity", "Nobody Atall", "--root", str(ROOT))
    assert run.code == 2 and "no entity 'Nobody Atall'" in run.err


@pytest.mark.parametrize("kind", ["claims", "entity", "source", "provenance"])
def test_schema_prints_a_draft_2020_12_schema(cli, kind):
    run = cli("schema", kind)
    schema = json.loads(run.out)
    assert run.code == 0 and schema["$schema"].endswith("2020-12/schema")


def test_unknown_option_is_usage_error(cli):
    run = cli("check", "--bogus")
    assert run.code == 2 and "No such option" in run.err


def test_installed_console_script_runs():
    exe = Path(sys.executable).parent / "factcheck"
    proc = subprocess.run([str(exe), "claims", "--root", str(ROOT), "--format", "json"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["count"] > 100


def test_printed_claims_schema_is_self_contained_and_accepts_the_shipped_claims(cli):
    from jsonschema import Draft202012Validator

    from factcheck.corpus.yamlload import load

    schema = json.loads(cli("schema", "claims").out)
    assert ".schema.json" not in json.dumps(schema).replace(schema["$id"], "")
    validator = Draft202012Validator(schema)
    for path in sorted((ROOT / "claims").glob("*.yaml")):
        data = json.loads(json.dumps(load(path, str(path))))
        assert not [e.message for e in validator.iter_errors(data)], path.name


def test_check_passes_the_shipped_corpus_and_lists_the_quote_conflicts_between_000_and_001(cli):
    run = cli("check", "--root", str(ROOT), "--format", "json")
    assert run.code == ExitCode.OK
    findings = [f for file in run.json()["files"] for f in file["findings"]]
    assert not [f for f in findings if f["severity"] == "error"]
    conflicts = [f for f in findings if f["kind"] == "conflict"]
    assert all(f["severity"] == "warning" for f in conflicts)
    between = {tuple(sorted({c["source"] for c in f["claims"]})) for f in conflicts}
    assert ("embassy-2014-04-15-delegation", "klobuchar-2014-mexico-delegation") in between
    quoted = " ".join(f["message"] for f in conflicts)
    assert "klobuchar" in quoted and "heitkamp" in quoted
