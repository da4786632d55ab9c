"""The registry of checks (factcheck/checks.py): well formed, the one source of every kind list, and its examples hold.

Each check's `failing` example must give a finding of its kind and its `passing` example
none of that kind and no error: verify's as a draft against the shipped claims/ and
sources/, check's as claims/example.yaml beside the shipped sources/ and entities.
"""

from __future__ import annotations

import ast
import json
import shutil
from pathlib import Path

import pytest

from factcheck import checks, model, settings, suppress
from factcheck.checks import CHECKS, Check
from factcheck.errors import FactcheckError
from factcheck.report import sarif

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "factcheck"
VERIFY = [c for c in CHECKS if c.command == "verify"]
CHECK = [c for c in CHECKS if c.command == "check"]


# --- well formed -----------------------------------------------------------------------


def test_kinds_and_ids_are_unique() -> None:
    assert len({c.kind for c in CHECKS}) == len(CHECKS)
    assert len({c.id for c in CHECKS}) == len(CHECKS)


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.kind)
def test_each_check_is_complete(check: Check) -> None:
    assert check.kind.isidentifier() and check.kind.islower()
    assert check.id.isidentifier() and check.id[0].isupper()
    assert check.severity in model.SEVERITIES
    assert check.command in checks.COMMANDS
    assert "\n" not in check.summary and check.summary.endswith(".")
    assert check.doc and check.help
    assert check.failing.strip() and check.passing.strip() and check.failing != check.passing


def test_get_finds_a_check_by_kind_or_id_in_any_case() -> None:
    assert checks.get("date") is checks.get("ContradictedDate") is checks.get("DATE") is checks.BY_KIND["date"]


def test_get_unknown_kind_suggests_the_nearest() -> None:
    with pytest.raises(FactcheckError) as caught:
        checks.get("dat")
    assert str(caught.value) == "unknown kind 'dat' — did you mean `date`?"


# --- everything else derives from it ---------------------------------------------------


def test_model_finding_kinds_are_the_registry() -> None:
    assert tuple(c.kind for c in CHECKS) == model.FINDING_KINDS


def test_configurable_severities_are_verify_kinds_with_their_defaults() -> None:
    assert tuple(c.kind for c in VERIFY) == settings.KINDS
    assert {c.kind: c.severity for c in VERIFY} == settings.DEFAULT_SEVERITY
    assert settings.DEFAULTS["severity"] == {c.kind: c.severity for c in VERIFY}


def test_suppression_comments_name_verify_kinds_but_not_their_own() -> None:
    assert tuple(c.kind for c in VERIFY if c.kind != "suppression") == suppress.KINDS


def test_sarif_rules_are_the_registry() -> None:
    from factcheck.report import Report

    rules = sarif.document(Report(files=()))["runs"][0]["tool"]["driver"]["rules"]
    assert rules == [
        {
            "id": c.kind,
            "name": c.id,
            "shortDescription": {"text": c.summary},
            "fullDescription": {"text": c.doc},
            "help": {"text": c.help},
            "defaultConfiguration": {"level": {"error": "error", "warning": "warning", "info": "note"}[c.severity]},
        }
        for c in CHECKS
    ]


def _severity_enums(node: object) -> list[list[str]]:
    """The property names under every `severity` object of a JSON Schema."""
    found: list[list[str]] = []
    if isinstance(node, dict):
        severity = node.get("properties", {}).get("severity") if isinstance(node.get("properties"), dict) else None
        if isinstance(severity, dict) and isinstance(severity.get("properties"), dict):
            found.append(list(severity["properties"]))
        for value in node.values():
            found.extend(_severity_enums(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_severity_enums(value))
    return found


@pytest.mark.parametrize("schema", sorted((SRC / "schemas").glob("*.json")), ids=lambda p: p.name)
def test_a_schema_of_severity_keys_lists_the_verify_kinds(schema: Path) -> None:
    for keys in _severity_enums(json.loads(schema.read_text(encoding="utf-8"))):
        assert keys == list(settings.KINDS)


def _emitted_kinds() -> dict[str, str]:
    """Every literal kind a Finding or Verdict is built with anywhere in src/: {kind: where}."""
    found: dict[str, str] = {}
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            literals: list[ast.expr] = []
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                if name in ("Finding", "Verdict", "replace") or name.endswith("finding"):
                    literals += [kw.value for kw in node.keywords if kw.arg == "kind"]
                if name == "Verdict" and node.args:
                    literals.append(node.args[0])
            elif isinstance(node, ast.FunctionDef) and node.name.endswith("finding"):
                args = node.args.args + node.args.kwonlyargs
                defaults = [*([None] * (len(node.args.args) - len(node.args.defaults))), *node.args.defaults, *node.args.kw_defaults]
                literals += [default for arg, default in zip(args, defaults, strict=True) if arg.arg == "kind" and default is not None]
            for literal in literals:
                if isinstance(literal, ast.Constant) and isinstance(literal.value, str):
                    found.setdefault(literal.value, f"{path.relative_to(ROOT)}:{literal.lineno}")
    return found


def test_every_kind_emitted_in_src_is_registered_and_every_registered_kind_is_emitted() -> None:
    emitted = _emitted_kinds()
    unregistered = {kind: where for kind, where in emitted.items() if kind not in checks.BY_KIND}
    assert not unregistered, f"add these kinds to factcheck/checks.py: {unregistered}"
    assert set(checks.KINDS) - set(emitted) == set(), "registered kinds nothing emits"


# --- the examples hold -----------------------------------------------------------------


def _verify(cli, tmp_path: Path, text: str) -> list[dict[str, object]]:
    draft = tmp_path / "example.md"
    draft.write_text(text + "\n", encoding="utf-8")
    run = cli("verify", "--root", str(ROOT), "--as-of", "2014-06-01", "--no-baseline", "--format", "json", str(draft))
    assert run.code in (0, 1), run.err
    return [f for entry in run.json()["files"] for f in entry["findings"]]


@pytest.mark.parametrize("check", VERIFY, ids=lambda c: c.kind)
def test_verify_failing_example_gives_its_finding(cli, tmp_path: Path, check: Check) -> None:
    findings = _verify(cli, tmp_path, check.failing)
    assert check.kind in [f["kind"] for f in findings], findings


@pytest.mark.parametrize("check", VERIFY, ids=lambda c: c.kind)
def test_verify_passing_example_gives_no_error_and_not_its_finding(cli, tmp_path: Path, check: Check) -> None:
    findings = _verify(cli, tmp_path, check.passing)
    assert [f for f in findings if f["severity"] == "error" or f["kind"] == check.kind] == []


def _check(cli, tmp_path: Path, claims: str) -> list[dict[str, object]]:
    """`factcheck check` on the shipped sources/ and entities with `claims` as claims/example.yaml: that file's findings."""
    root = tmp_path / "project"
    shutil.copytree(ROOT / "sources", root / "sources")
    (root / "claims").mkdir()
    shutil.copy(ROOT / "claims" / "entities.yaml", root / "claims" / "entities.yaml")
    (root / "claims" / "example.yaml").write_text(claims, encoding="utf-8")
    run = cli("check", "--root", str(root), "--format", "json")
    assert run.code in (0, 1), run.err
    return [f for entry in run.json()["files"] if entry["path"] == "claims/example.yaml" for f in entry["findings"]]


@pytest.mark.parametrize("check", CHECK, ids=lambda c: c.kind)
def test_check_failing_example_gives_its_finding(cli, tmp_path: Path, check: Check) -> None:
    findings = _check(cli, tmp_path, check.failing)
    assert check.kind in [f["kind"] for f in findings], findings


@pytest.mark.parametrize("check", CHECK, ids=lambda c: c.kind)
def test_check_passing_example_gives_no_finding(cli, tmp_path: Path, check: Check) -> None:
    assert _check(cli, tmp_path, check.passing) == []
