"""A repository someone else wrote cannot crash, hang, exhaust or rewrite factcheck's project.

Every case of tests/hostile/catalogue.py runs the real console entry point in a child process,
in a copy of the shipped project, under a memory cap; it must exit 0, 1 or 2 with no
traceback, within the time limit, leave claims/ and sources/ untouched, and still report the
wrong statement a case hides.
"""

from __future__ import annotations

import hashlib
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile.catalogue import CASES, MEMORY_LIMIT, TIME_LIMIT, Case, draft_for
from writing_repo import project, write_files


def _tree_digest(root: Path) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for folder in ("claims", "sources"):
        for path in sorted((root / folder).rglob("*")):
            digest.update(str(path.relative_to(root)).encode())
            if path.is_symlink():
                digest.update(b"link:" + os.readlink(path).encode())
            elif path.is_file():
                digest.update(path.read_bytes())
            digest.update(oct(path.lstat().st_mode).encode())
    return digest.hexdigest()


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _setup(case: Case, root: Path) -> None:
    draft = draft_for(case)
    if draft:
        (root / "d.md").write_text(draft, encoding="utf-8")
    write_files(root, case.files)


def _params() -> list[object]:
    return [pytest.param(case, id=case.name, marks=[pytest.mark.slow] if case.slow else []) for case in CASES]


@pytest.mark.parametrize("case", _params())
def test_hostile_input_is_handled(case: Case, tmp_path: Path) -> None:
    root = project(tmp_path / "repo")
    _setup(case, root)
    before = _tree_digest(root)
    env = {**os.environ, "NO_COLOR": "1", **case.extra}
    env.pop("FACTCHECK_NO_CACHE", None)
    started = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-m", "factcheck", *case.args],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        preexec_fn=_limit_memory,
    )
    try:
        out, err = child.communicate(timeout=TIME_LIMIT * 2)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        pytest.fail(f"{case.name}: no answer in {TIME_LIMIT * 2:.0f} s")
    elapsed = time.monotonic() - started
    stdout, stderr = out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
    assert "Traceback" not in stderr and "internal error" not in stderr, stderr[-2000:]
    assert child.returncode in case.codes, (child.returncode, stderr[-2000:])
    if child.returncode == 2:
        assert stderr.strip() and len(stderr.strip().splitlines()) <= 3, stderr[-2000:]  # a clear message, not a dump
    assert elapsed < TIME_LIMIT, f"{case.name}: {elapsed:.1f} s"
    if case.must_report:
        assert case.must_report in stdout, stdout[-2000:]
    if case.must_say:
        assert case.must_say in stderr, stderr[-2000:]
    if not case.writes_claims:
        assert _tree_digest(root) == before
    for name in case.forbidden:
        assert not (root / name).exists(), name
