"""The README's commands, run as written through the real `factcheck` console script in a copy of the project.

Every line of every ```sh block is run with bash, in order, at the root of the copy (which is
a git repository on a branch `main`, as a writer's would be). A line expects exit code 0
unless its comment says `exit code N`; the opening command's code (1) is stated in the
prose. Installing (`pip`), the test run (`pytest`) and `pre-commit` are not run here: the
first is how these tests got to run, and tests/test_precommit.py runs the real hook.
The configuration examples are loaded, and the CI workflow's commands are run too.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from writing_repo import ROOT, git, git_env

README = (ROOT / "README.md").read_text(encoding="utf-8")
BIN = Path(sys.executable).parent
OPENING = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/factcheck verify examples/draft.md"
NOT_RUN = re.compile(r"^(?:\.venv/bin/python -m pytest|pre-commit )")
_BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.M | re.S)


def blocks(kind: str) -> list[str]:
    return [body for info, body in _BLOCK.findall(README) if info == kind]


def commands() -> list[tuple[str, int]]:
    """(command line, expected exit code) for each line of the sh blocks, in order."""
    out: list[tuple[str, int]] = []
    for body in blocks("sh"):
        for line in body.splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line == OPENING:
                out.append((line.rsplit(" && ", 1)[1], 1))
                continue
            code = re.search(r"#.*\bexit code (\d)", line)
            out.append((line, int(code.group(1)) if code else 0))
    return out


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A copy of the project as a git repository on `main`, with `.venv/bin` pointing at the factcheck under test."""
    where = tmp_path_factory.mktemp("readme") / "project"
    where.mkdir()
    for name in ("claims", "sources", "examples", "docs"):
        shutil.copytree(ROOT / name, where / name)
    (where / ".venv" / "bin").mkdir(parents=True)
    (where / ".venv" / "bin" / "factcheck").symlink_to(BIN / "factcheck")
    (where / ".gitignore").write_text(".venv/\n", encoding="utf-8")
    env = git_env(PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", NO_COLOR="1")
    git(where, "init", "-q", env=env)
    git(where, "add", "-A", env=env)
    git(where, "commit", "-q", "-m", "the project", env=env)
    return where, env


def test_the_opening_commands_are_kept_as_written():
    sh = blocks("sh")
    assert sh[0].strip() == OPENING
    assert sh[1].strip() == ".venv/bin/python -m pytest -q"


@pytest.mark.slow
def test_every_command_in_the_readme_runs_with_its_exit_code(copy):
    where, env = copy
    ran = []
    for line, expected in commands():
        if NOT_RUN.match(line):
            continue
        done = subprocess.run(["bash", "-c", line], cwd=where, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == expected, f"{line}\nexit code {done.returncode}, expected {expected}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
        assert "Traceback" not in done.stderr
        ran.append(line)
    used = {line.split()[1] for line in ran if line.startswith("factcheck ")}
    assert {"verify", "check", "claims", "cite", "extract", "init", "config", "baseline", "schema"} <= used


def test_the_configuration_examples_are_valid(tmp_path, monkeypatch):
    yaml_example = next(b for b in blocks("yaml") if b.startswith("# .factcheck.yaml"))
    toml_example = next(b for b in blocks("toml") if b.startswith("# pyproject.toml"))
    (tmp_path / ".git").mkdir()
    (tmp_path / ".factcheck.yaml").write_text(yaml_example, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(toml_example, encoding="utf-8")
    done = subprocess.run([str(BIN / "factcheck"), "config", "--format", "json"], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    values = json.loads(done.stdout)["values"]
    assert values["severity.unsupported"] == {"value": "off", "from": ".factcheck.yaml"}
    assert values["exclude"]["value"] == ["claims/**", "sources/**", "archive/**"]


def test_the_hook_example_names_the_shipped_hooks():
    shipped = {hook["id"] for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    example = next(yaml.safe_load(b) for b in blocks("yaml") if b.startswith("repos:"))
    assert {hook["id"] for hook in example["repos"][0]["hooks"]} == shipped == {"factcheck-verify", "factcheck-check"}


def test_the_ci_workflow_commands_run(copy):
    where, env = copy
    workflow = yaml.safe_load(next(b for b in blocks("yaml") if b.startswith("name: factcheck")))
    runs = [step["run"] for step in workflow["jobs"]["factcheck"]["steps"] if str(step.get("run", "")).startswith("factcheck ")]
    assert len(runs) == 2
    (where / "drafts").mkdir(exist_ok=True)
    shutil.copy(where / "examples" / "draft.md", where / "drafts" / "draft.md")
    git(where, "add", "drafts", env=env)
    git(where, "commit", "-q", "-m", "a draft", env=env)  # so --since main sees no change
    for run in runs:
        line = run.replace('"origin/${{ github.base_ref }}"', "main")
        done = subprocess.run(["bash", "-c", line], cwd=where, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, f"{line}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
    sarif = json.loads((where / "factcheck.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]


def test_the_example_draft_has_exactly_one_planted_error_and_no_warnings():
    done = subprocess.run([str(BIN / "factcheck"), "verify", "examples/draft.md", "--format", "json"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 1, done.stderr
    findings = json.loads(done.stdout)["files"][0]["findings"]
    assert [(f["line"], f["kind"], f["text"], f["expected"]) for f in findings if f["severity"] == "error"] == [(12, "number", "45", "54")]
    assert [f for f in findings if f["severity"] == "warning"] == []
    assert len([f for f in findings if f["kind"] == "supported"]) >= 3


def test_the_finding_shown_in_the_readme_is_what_verify_prints():
    shown = next(b for b in blocks("text") if b.startswith("examples/draft.md"))
    done = subprocess.run(
        [str(BIN / "factcheck"), "verify", "examples/draft.md"], cwd=ROOT, env={**os.environ, "NO_COLOR": "1"}, capture_output=True, text=True, check=False
    )
    printed = done.stdout.splitlines()
    for line in shown.splitlines():
        assert line in printed, f"README shows a line verify does not print:\n{line}\n---\n{done.stdout}"
