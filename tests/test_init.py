"""`factcheck init`: folders, a commented .factcheck.yaml, the pre-commit entry merged without clobbering."""

from __future__ import annotations

import pytest
import yaml

from factcheck.commands.init import merge

EXISTING = """\
# our hooks: keep this comment
default_stages: [pre-commit]
repos:
    -   repo: https://github.com/pre-commit/pre-commit-hooks
        rev: v4.6.0
        hooks:
        -   id: trailing-whitespace   # and this one

# the CI section
ci:
    autofix_prs: false
"""


def _ids(text: str) -> list[list[str]]:
    return [[h["id"] for h in repo["hooks"]] for repo in yaml.safe_load(text)["repos"]]


def test_init_sets_up_an_empty_folder(cli, tmp_path):
    run = cli("init", str(tmp_path))
    assert run.code == 0, run.err
    assert (tmp_path / "claims").is_dir() and (tmp_path / "sources").is_dir()
    config = (tmp_path / ".factcheck.yaml").read_text(encoding="utf-8")
    assert config.count("\n# ") > 5  # commented
    assert _ids((tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8")) == [["factcheck-verify", "factcheck-check"]]
    assert "Next:" in run.out and "  3. " in run.out


def test_the_written_configuration_is_valid_and_matches_the_defaults(cli, tmp_path, monkeypatch):
    cli("init", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    run = cli("config", "--format", "json")
    assert run.code == 0, run.err
    assert run.json()["values"]["severity.unsupported"] == {"value": "warning", "from": ".factcheck.yaml"}


def test_init_merges_into_an_existing_pre_commit_config_keeping_comments(cli, tmp_path):
    (tmp_path / ".pre-commit-config.yaml").write_text(EXISTING, encoding="utf-8")
    assert cli("init", str(tmp_path)).code == 0
    text = (tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert text.startswith(EXISTING.split("\n# the CI section")[0])  # everything before kept, byte for byte
    assert "# and this one" in text and "# our hooks: keep this comment" in text and text.endswith("ci:\n    autofix_prs: false\n")
    assert _ids(text) == [["trailing-whitespace"], ["factcheck-verify", "factcheck-check"]]
    assert "\n    -   repo: https" in text and "\n    - repo: local" in text  # the list's own indentation
    data = yaml.safe_load(text)
    assert data["ci"] == {"autofix_prs": False} and data["default_stages"] == ["pre-commit"]


def test_init_is_idempotent(cli, tmp_path):
    (tmp_path / ".pre-commit-config.yaml").write_text(EXISTING, encoding="utf-8")
    cli("init", str(tmp_path))
    (tmp_path / ".factcheck.yaml").write_text("severity:\n  unsupported: off\n", encoding="utf-8")
    before = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.iterdir() if p.is_file()}
    again = cli("init", str(tmp_path))
    assert again.code == 0
    assert {p.name: p.read_text(encoding="utf-8") for p in tmp_path.iterdir() if p.is_file()} == before
    assert "kept     .pre-commit-config.yaml (it already runs factcheck)" in again.out


@pytest.mark.parametrize(
    ("text", "expected_ids"),
    [
        ("", [["factcheck-verify", "factcheck-check"]]),
        ("repos: []\n", [["factcheck-verify", "factcheck-check"]]),
        ("repos:\n", [["factcheck-verify", "factcheck-check"]]),
        ("default_language_version:\n  python: python3\n", [["factcheck-verify", "factcheck-check"]]),
        ("repos:\n- repo: local\n  hooks:\n  - id: mine\n    name: mine\n    entry: true\n    language: system\n", [["mine"], ["factcheck-verify", "factcheck-check"]]),
        ("repos:\n  - repo: local\n    hooks: []\nfail_fast: true", [[], ["factcheck-verify", "factcheck-check"]]),
    ],
)
def test_merge_shapes(text, expected_ids):
    merged = merge(text, _entry(), shown="x")
    assert merged is not None
    assert _ids(merged) == expected_ids
    assert merged.startswith(text.replace("repos: []\n", "repos:\n").rstrip("\n").split("\nfail_fast")[0])


def _entry() -> list[str]:
    from factcheck.commands.init import hook_entry

    return hook_entry(repo=None, rev=None)


def test_remote_hook_entry(cli, tmp_path):
    cli("init", str(tmp_path), "--hook-repo", "https://example.invalid/factcheck", "--hook-rev", "v0.1.0")
    data = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert data["repos"] == [{"repo": "https://example.invalid/factcheck", "rev": "v0.1.0", "hooks": [{"id": "factcheck-verify"}, {"id": "factcheck-check"}]}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("repos:\n  - repo: x\n   bad: [\n", "not valid YAML"),
        ("- just\n- a list\n", "not a pre-commit configuration"),
        ("repos: [{repo: local, hooks: []}]\n", "flow style"),
    ],
)
def test_init_refuses_what_it_cannot_merge_and_changes_nothing(cli, tmp_path, text, expected):
    (tmp_path / ".pre-commit-config.yaml").write_text(text, encoding="utf-8")
    run = cli("init", str(tmp_path))
    assert run.code == 2
    assert ".pre-commit-config.yaml" in run.err and expected in run.err and run.err.count("\n") == 1
    assert (tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8") == text
    assert not (tmp_path / "claims").exists() and not (tmp_path / ".factcheck.yaml").exists()
