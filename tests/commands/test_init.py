"""`factcheck init`: folders, a commented .factcheck.yaml, the pre-commit entry merged without clobbering."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from factcheck.commands.init import merge

ROOT = Path(__file__).resolve().parents[2]

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
        (
            "repos:\n- repo: local\n  hooks:\n  - id: mine\n    name: mine\n    entry: true\n    language: system\n",
            [["mine"], ["factcheck-verify", "factcheck-check"]],
        ),
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
        ("repos:\n  - repo: x\n   bad: [\n", "invalid YAML"),
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


def _nothing_created(folder) -> bool:
    return not any((folder / name).exists() for name in ("claims", "sources", ".factcheck.yaml"))


def _bad_precommit_folder(folder):
    (folder / ".pre-commit-config.yaml").mkdir()


def _non_utf8_precommit(folder):
    (folder / ".pre-commit-config.yaml").write_bytes(b"repos: []\n# caf\xe9\n")


def _dangling_precommit(folder):
    (folder / ".pre-commit-config.yaml").symlink_to(folder / "gone.yaml")


def _non_utf8_config(folder):
    (folder / ".factcheck.yaml").write_bytes(b"severity:\n  unsupported: off  # caf\xe9\n")


def _config_a_list(folder):
    (folder / ".factcheck.yaml").write_text("- a\n- b\n", encoding="utf-8")


def _claims_a_file(folder):
    (folder / "claims").write_text("not a folder\n", encoding="utf-8")


def _sources_a_file(folder):
    (folder / "sources").write_text("not a folder\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("setup", "named", "message"),
    [
        (_bad_precommit_folder, ".pre-commit-config.yaml", "not a file"),
        (_non_utf8_precommit, ".pre-commit-config.yaml:2", "not UTF-8 text"),
        (_dangling_precommit, ".pre-commit-config.yaml", "symlink to a file that does not exist"),
        (_non_utf8_config, ".factcheck.yaml:2", "not UTF-8 text"),
        (_config_a_list, ".factcheck.yaml", "must be a mapping"),
        (_claims_a_file, "claims", "not a folder"),
        (_sources_a_file, "sources", "not a folder"),
    ],
)
def test_init_checks_everything_before_it_writes_anything(cli, tmp_path, setup, named, message):
    folder = tmp_path / "repo"
    folder.mkdir()
    setup(folder)
    before = sorted(p.name for p in folder.iterdir())
    run = cli("init", str(folder))
    assert (run.code, run.out) == (2, "")
    assert run.err.count("\n") == 1 and named in run.err and message in run.err and "init changed nothing" in run.err, run.err
    assert sorted(p.name for p in folder.iterdir()) == before
    if setup not in (_claims_a_file, _sources_a_file, _non_utf8_config, _config_a_list):
        assert _nothing_created(folder)


def test_init_keeps_a_crlf_pre_commit_config_crlf_and_its_mode(cli, tmp_path):
    path = tmp_path / ".pre-commit-config.yaml"
    path.write_bytes(EXISTING.replace("\n", "\r\n").encode("utf-8"))
    path.chmod(0o640)
    assert cli("init", str(tmp_path)).code == 0
    data = path.read_bytes()
    assert data.startswith(EXISTING.split("\n# the CI section")[0].replace("\n", "\r\n").encode("utf-8"))
    assert data.count(b"\n") == data.count(b"\r\n")  # every line, the added ones too
    assert _ids(data.decode("utf-8")) == [["trailing-whitespace"], ["factcheck-verify", "factcheck-check"]]
    assert path.stat().st_mode & 0o777 == 0o640
    umask = os.umask(0o022)
    os.umask(umask)
    assert (tmp_path / ".factcheck.yaml").stat().st_mode & 0o777 == 0o666 & ~umask  # a new file: the umask's mode, not mkstemp's 0600


def test_init_writes_through_a_symlinked_pre_commit_config(cli, tmp_path):
    shared = tmp_path / "shared.yaml"
    shared.write_text(EXISTING, encoding="utf-8")
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / ".pre-commit-config.yaml").symlink_to(shared)
    assert cli("init", str(repo)).code == 0
    assert (repo / ".pre-commit-config.yaml").is_symlink()
    assert _ids(shared.read_text(encoding="utf-8")) == [["trailing-whitespace"], ["factcheck-verify", "factcheck-check"]]


def test_the_next_step_init_prints_works_on_the_readme_layout(tmp_path):
    """Init a repository, add a source with its metadata sidecar, and run exactly the command init suggests."""
    import re
    import subprocess
    import sys

    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / ".git").mkdir()
    init = subprocess.run([str(bin_dir / "factcheck"), "init"], cwd=repo, env=env, capture_output=True, text=True, check=False)
    assert init.returncode == 0, init.stderr
    command = re.search(r"run `(factcheck extract[^`]*)`", init.stdout)
    assert command, init.stdout
    (repo / "sources" / "riverton-2016-shelter.txt").write_bytes((ROOT / "examples" / "riverton-2016-shelter.txt").read_bytes())
    (repo / "sources" / "council-minutes.txt").write_text("The council approved 24 beds for the shelter on Tuesday.\n", encoding="utf-8")
    (repo / "sources" / "council-minutes.yaml").write_text('title: Council minutes\npublished:\n  date: "2016-03-15"\n', encoding="utf-8")
    run = subprocess.run(command.group(1), shell=True, cwd=repo, env=env, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert (repo / "claims" / "council-minutes.extracted.yaml").is_file()


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (None, "# factcheck's index cache, rebuilt as needed\n.factcheck-cache/\n"),
        ("node_modules/\n", "node_modules/\n.factcheck-cache/\n"),
        ("node_modules/", "node_modules/\n.factcheck-cache/\n"),  # no newline at the end: one is added first
        ("dist/\r\n", "dist/\r\n.factcheck-cache/\r\n"),  # a CRLF file stays CRLF
        ("# mine\n.factcheck-cache\n", "# mine\n.factcheck-cache\n"),  # already ignored: untouched
        ("/.factcheck-cache/\n", "/.factcheck-cache/\n"),
    ],
)
def test_init_adds_the_index_cache_to_gitignore_once(cli, tmp_path, before, after):
    ignore = tmp_path / ".gitignore"
    if before is not None:
        ignore.write_bytes(before.encode())
    assert cli("init", str(tmp_path)).code == 0
    assert ignore.read_bytes() == after.encode()
    assert cli("init", str(tmp_path)).code == 0
    assert ignore.read_bytes() == after.encode()


def test_a_billion_laughs_pre_commit_config_is_refused_and_nothing_is_written(cli, tmp_path):
    laughs = "".join(f"{n}: &{n} [{', '.join([f'*{p}'] * 9) if p else 'x'}]\n" for p, n in zip(["", *"abcdefg"], "abcdefgh", strict=True))
    (tmp_path / ".pre-commit-config.yaml").write_text(laughs + "repos: *h\n", encoding="utf-8")
    run = cli("init", str(tmp_path))
    assert run.code == 2 and "YAML aliases" in run.err and "init changed nothing" in run.err
    assert sorted(p.name for p in tmp_path.iterdir()) == [".pre-commit-config.yaml"]
