"""The pre-commit hook for real: a writing repository, the real `pre-commit` tool, a commit blocked and then let through.

pre-commit installs factcheck from a git repository into an environment of its own, so the
tests clone this project (its committed state, as CI has it) into a temporary folder and
point pre-commit at the clone. The first test builds that environment (pip from the package
registry, ~20-60 s); PRE_COMMIT_HOME is shared by the session so the others reuse it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from writing_repo import PLAIN, RIGHT, ROOT, WRONG, git, git_env, git_repo, project

pytestmark = pytest.mark.slow  # real pre-commit runs, with a hook environment built from the package index

pytest.importorskip("pre_commit", reason="pre-commit is in the `test` extra: pip install -e '.[test]'")

FINDING = "error date: the sources date this April 2014, not March 2014"


@pytest.fixture(scope="session")
def hook_source(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict[str, str]]:
    """(clone of this project, its HEAD commit, environment with a session-wide PRE_COMMIT_HOME)."""
    if not (ROOT / ".git").exists():
        pytest.skip("this copy of factcheck is not a git repository; pre-commit installs hooks from one")
    base = tmp_path_factory.mktemp("precommit")
    clone = base / "factcheck"
    env = git_env(PRE_COMMIT_HOME=str(base / "cache"))
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], env=env, check=True, capture_output=True)
    if not (clone / ".pre-commit-hooks.yaml").is_file():
        pytest.skip(".pre-commit-hooks.yaml is not committed yet")
    rev = git(clone, "rev-parse", "HEAD", env=env).stdout.strip()
    return clone, rev, env


def _pre_commit(repo: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=repo, env=env, capture_output=True, text=True, timeout=900)


def _writing_repo(folder: Path, clone: Path, rev: str) -> Path:
    repo = git_repo(project(folder))
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {clone.as_posix()}\n    rev: {rev}\n    hooks:\n      - id: factcheck-verify\n      - id: factcheck-check\n",
        encoding="utf-8",
    )
    return repo


def test_a_commit_with_a_contradiction_is_blocked_and_the_fixed_one_passes(hook_source, tmp_path):
    clone, rev, env = hook_source
    repo = _writing_repo(tmp_path / "writing", clone, rev)
    installed = _pre_commit(repo, env, "install")
    assert installed.returncode == 0, installed.stderr
    (repo / "draft.md").write_text("# The trip\n\n" + WRONG, encoding="utf-8")
    git(repo, "add", "-A", env=env)

    blocked = git(repo, "commit", "-m", "a draft with a wrong date", env=env, check=False)
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "factcheck verify" in output and "Failed" in output
    assert f"draft.md:3:81 {FINDING}" in output
    assert "evidence: sources/" in output and "fix: replace 'March 2014' with 'April 2014'" in output
    assert git(repo, "rev-list", "--all", env=env, check=False).stdout == ""  # nothing was committed

    (repo / "draft.md").write_text("# The trip\n\n" + RIGHT, encoding="utf-8")
    git(repo, "add", "draft.md", env=env)
    passed = git(repo, "commit", "-m", "the date fixed", env=env, check=False)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "factcheck verify" in passed.stdout + passed.stderr
    assert git(repo, "log", "--format=%s", env=env).stdout.strip() == "the date fixed"


def test_try_repo_flags_the_draft(hook_source, tmp_path):
    # try-repo copies the hook repository each time, so its environment is built anew (~15 s): used once.
    clone, _rev, env = hook_source
    repo = git_repo(project(tmp_path / "writing"))
    (repo / "draft.md").write_text(WRONG, encoding="utf-8")
    git(repo, "add", "-A", env=env)
    wrong = _pre_commit(repo, env, "try-repo", str(clone), "factcheck-verify", "--files", "draft.md")
    assert wrong.returncode == 1, wrong.stdout + wrong.stderr
    assert f"draft.md:1:81 {FINDING}" in wrong.stdout


def test_a_run_on_plain_prose_is_silent_and_quick(hook_source, tmp_path):
    clone, rev, env = hook_source
    repo = _writing_repo(tmp_path / "writing", clone, rev)
    (repo / "notes.md").write_text("# Notes\n\n" + PLAIN, encoding="utf-8")
    git(repo, "add", "-A", env=env)
    _pre_commit(repo, env, "install-hooks")  # the environment, once (shared with the other tests)
    started = time.monotonic()
    plain = _pre_commit(repo, env, "run", "factcheck-verify", "--files", "notes.md", "--verbose")
    elapsed = time.monotonic() - started
    assert plain.returncode == 0, plain.stdout + plain.stderr
    assert "Passed" in plain.stdout
    after = plain.stdout.split("- duration:", 1)[1].split("\n", 1)[1]
    assert after.strip() == "", plain.stdout  # the hook itself printed nothing
    assert elapsed < 20


def test_sources_and_claims_are_checked_not_verified(hook_source, tmp_path):
    """On claims/ and sources/ the hook runs `factcheck check`, never verify (a source is not a draft)."""
    clone, rev, env = hook_source
    repo = _writing_repo(tmp_path / "writing", clone, rev)
    git(repo, "add", "-A", env=env)
    run = _pre_commit(repo, env, "run", "--all-files", "--verbose")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "factcheck verify" in run.stdout and "(no files to check)Skipped" in run.stdout
    assert "factcheck check" in run.stdout and "0 errors" in run.stdout


def test_the_local_hook_written_by_init_blocks_a_commit(tmp_path):
    """`factcheck init`'s default entry runs the installed factcheck (language: system): no environment to build."""
    repo = git_repo(project(tmp_path / "writing"))
    env = git_env(PRE_COMMIT_HOME=str(tmp_path / "cache"), PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    init = subprocess.run([str(Path(sys.executable).parent / "factcheck"), "init"], cwd=repo, env=env, capture_output=True, text=True, check=False)
    assert init.returncode == 0, init.stderr
    assert _pre_commit(repo, env, "install").returncode == 0
    (repo / "draft.md").write_text(WRONG, encoding="utf-8")
    git(repo, "add", "-A", env=env)
    blocked = git(repo, "commit", "-m", "wrong", env=env, check=False)
    assert blocked.returncode != 0 and f"draft.md:1:81 {FINDING}" in blocked.stdout + blocked.stderr
    (repo / "draft.md").write_text(RIGHT, encoding="utf-8")
    git(repo, "add", "-A", env=env)
    passed = git(repo, "commit", "-m", "right", env=env, check=False)
    assert passed.returncode == 0, passed.stdout + passed.stderr


def test_the_hook_manifest_and_the_config_init_writes_are_valid_for_pre_commit(tmp_path):
    env = git_env()
    manifest = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")], env=env, capture_output=True, text=True, check=False
    )
    assert manifest.returncode == 0, manifest.stdout + manifest.stderr
    for args in ([], ["--hook-repo", "https://example.invalid/factcheck.git", "--hook-rev", "v0.1.0"]):
        folder = tmp_path / ("remote" if args else "local")
        subprocess.run([str(Path(sys.executable).parent / "factcheck"), "init", str(folder), *args], env=env, capture_output=True, check=True)
        config = subprocess.run(
            [sys.executable, "-m", "pre_commit", "validate-config", str(folder / ".pre-commit-config.yaml")],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert config.returncode == 0, config.stdout + config.stderr


def test_the_hook_manifest_says_what_writers_rely_on():
    import yaml

    hooks = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    verify, check = hooks["factcheck-verify"], hooks["factcheck-check"]
    assert (verify["language"], verify["entry"], verify["args"]) == ("python", "factcheck verify", ["--quiet"])
    assert set(verify["types_or"]) == {"markdown", "plain-text"} and verify["require_serial"] is True
    assert verify.get("pass_filenames", True) is True and verify["exclude"] == "^(claims|sources)/"
    assert (check["entry"], check["files"], check["pass_filenames"]) == ("factcheck check", "^(claims|sources)/", False)
