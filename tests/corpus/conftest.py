"""Fixtures of the cache tests: a copy of the shipped project, and a record of every real index build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck.corpus import cache
from factcheck.corpus import index as claim_index
from factcheck.model import Corpus

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "claims", tmp_path / "project" / "claims")
    shutil.copytree(ROOT / "sources", tmp_path / "project" / "sources")
    return tmp_path / "project"


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """Records every real build, so a test can tell a cache hit from a rebuild.

    The key's code part reads a stand-in package, so edits to src/ while the tests run do not rebuild.
    """
    code = tmp_path / "code"
    code.mkdir()
    (code / "module.py").write_text("VERSION = 1\n", encoding="utf-8")
    monkeypatch.setattr(cache, "_PACKAGE", code)
    seen: list[Path] = []
    real = claim_index.build

    def counting(corpus: Corpus) -> claim_index.ClaimIndex:
        seen.append(Path(corpus.root))
        return real(corpus)

    monkeypatch.setattr(claim_index, "build", counting)
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    return seen
