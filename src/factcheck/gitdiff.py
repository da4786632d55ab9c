"""Which lines of a file a change touched: `git diff --unified=0 REF -- FILE` -> set of line numbers.

For `factcheck verify --since REF`: lines added or changed in the working tree compared with
REF. A file git does not track yet is new, so every line of it counts.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from factcheck.errors import FactcheckError

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.M)
ALL = None  # every line: an untracked file


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, encoding="utf-8", errors="replace", check=False)
    except FileNotFoundError:
        raise FactcheckError("git is not installed, and --since needs it", hint="install git, or drop --since") from None


def check_ref(ref: str, cwd: Path) -> None:
    """Raise a one-line error unless `ref` names a commit in the repository at `cwd`."""
    done = _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd)
    if done.returncode != 0:
        inside = _git(["rev-parse", "--is-inside-work-tree"], cwd)
        if inside.returncode != 0:
            raise FactcheckError("not inside a git repository, and --since needs one", path=str(cwd), hint="run in the repository, or drop --since")
        raise FactcheckError(
            f"--since {ref!r} is not a commit in this repository", hint="give a branch, tag or commit, e.g. --since origin/main or --since HEAD~1"
        )


def touched_lines(path: Path, ref: str) -> set[int] | None:
    """Lines of `path` added or changed since `ref`; None when git does not track the file (all lines are new)."""
    folder = path.resolve().parent
    tracked = _git(["ls-files", "--error-unmatch", "--", path.name], folder)
    if tracked.returncode != 0:
        return ALL
    done = _git(["diff", "--unified=0", "--no-color", "--no-ext-diff", ref, "--", path.name], folder)
    if done.returncode != 0:
        raise FactcheckError(
            f"git diff failed: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else 'no reason given'}", path=str(path), hint="check --since REF"
        )
    lines: set[int] = set()
    for match in _HUNK.finditer(done.stdout):
        start, count = int(match.group(1)), int(match.group(2) or 1)
        lines.update(range(start, start + count))
    return lines
