"""Helpers for the writing-repository tests: a throwaway project with the shipped claims, and git."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WRONG = "Senator Amy Klobuchar led a delegation to Mexico with Senator Heidi Heitkamp in March 2014.\n"
RIGHT = "Senator Amy Klobuchar led a delegation to Mexico with Senator Heidi Heitkamp in April 2014.\n"
PLAIN = "We met for coffee and talked about the weather.\n"


def project(folder: Path) -> Path:
    """`folder` holding a copy of the shipped claims/ and sources/, and a .git so no configuration above it is read."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "claims", folder / "claims")
    shutil.copytree(ROOT / "sources", folder / "sources")
    (folder / ".git").mkdir(exist_ok=True)
    return folder


def write_files(root: Path, files: dict[str, str | bytes | Callable[[Path], None]]) -> None:
    """Write each file under `root` (folders made as needed): text as UTF-8, bytes as they are; a callable makes its own."""
    for name, content in files.items():
        if callable(content):
            content(root)
            continue
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def git_env(**extra: str) -> dict[str, str]:
    """The environment without anything a surrounding git hook or the user's config could leak in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") and k != "PRE_COMMIT"}
    env.update(
        {
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "Test",
            "GIT_AUTHOR_EMAIL": "test@example.invalid",
            "GIT_COMMITTER_NAME": "Test",
            "GIT_COMMITTER_EMAIL": "test@example.invalid",
        }
    )
    env.update(extra)
    return env


def git(repo: Path, *args: str, env: dict[str, str] | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
        cwd=repo,
        env=env or git_env(),
        capture_output=True,
        text=True,
        check=check,
    )


def git_repo(folder: Path) -> Path:
    """A real git repository at `folder` (replacing the placeholder .git of `project`)."""
    if (folder / ".git").is_dir() and not any((folder / ".git").iterdir()):
        (folder / ".git").rmdir()
    git(folder, "init", "-q")
    git(folder, "config", "user.name", "Test")
    git(folder, "config", "user.email", "test@example.invalid")
    return folder
