"""The ClaimIndex cache (.factcheck-cache/): served only when claims, sources and code are unchanged."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.corpus import cache
from factcheck.corpus import index as claim_index
from factcheck.corpus.load import load_corpus

ROOT = Path(__file__).resolve().parents[2]


def test_second_load_is_served_from_the_cache_and_equal(project: Path, builds: list[Path]) -> None:
    first = cache.load_index(project)
    second = cache.load_index(project)
    assert len(builds) == 1
    assert (project / cache.CACHE_DIR / cache.CACHE_FILE).is_file()
    assert sorted(second.cards) == sorted(first.cards)
    assert second.postings == first.postings
    assert second.names.by_alias == first.names.by_alias
    fresh = claim_index.build(load_corpus(project))
    assert second == fresh  # every record, rebuilt through its __init__ from the cache's JSON


def test_cache_folder_ignores_itself_in_git(project: Path, builds: list[Path]) -> None:
    cache.load_index(project)
    assert (project / cache.CACHE_DIR / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"


@pytest.mark.parametrize("change", ["edit claim", "same size and mtime, other bytes", "add source", "remove claims file"])
def test_any_change_to_claims_or_sources_rebuilds(project: Path, builds: list[Path], change: str) -> None:
    cache.load_index(project)
    claims_file = sorted((project / "claims").glob("*.yaml"))[-1]
    if change == "edit claim":
        claims_file.write_text(claims_file.read_text(encoding="utf-8") + "# reviewed\n", encoding="utf-8")
    elif change == "same size and mtime, other bytes":
        source = sorted((project / "sources").glob("*.txt"))[-1]
        stat = source.stat()
        data = source.read_bytes()
        at = len(data.rstrip()) - 1  # the last visible character, ASCII in every shipped source
        source.write_bytes(data[:at] + (b"X" if data[at : at + 1] != b"X" else b"Y") + data[at + 1 :])
        assert source.stat().st_size == stat.st_size
        os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    elif change == "add source":
        (project / "sources" / "new.txt").write_text("A new source.\n", encoding="utf-8")
    else:
        claims_file.unlink()
    rebuilt = cache.load_index(project)
    assert len(builds) == 2
    if change == "remove claims file":
        assert not any(card.claim.path == f"claims/{claims_file.name}" for card in rebuilt.cards.values())


def test_new_factcheck_code_rebuilds(project: Path, builds: list[Path]) -> None:
    cache.load_index(project)
    cache.load_index(project)
    assert len(builds) == 1
    module = cache._PACKAGE / "module.py"
    module.write_text("VERSION = 2  # a new release\n", encoding="utf-8")  # key: size and mtime of each module
    cache.load_index(project)
    assert len(builds) == 2


def test_foreign_or_damaged_cache_is_replaced_not_loaded(project: Path, builds: list[Path]) -> None:
    folder = project / cache.CACHE_DIR
    folder.mkdir()
    (folder / cache.CACHE_FILE).write_bytes(b"SQLite format 3\x00" + b"\x80\x05garbage")
    index = cache.load_index(project)
    assert len(builds) == 1 and index.cards
    assert cache._read(folder / cache.CACHE_FILE, cache._stamps(project)[0], project) == index  # replaced by a sound one


def test_warm_cache_verifies_exactly_as_no_cache(cli, project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole report, byte for byte, on the shipped corpus: built and cached, from the cache, and uncached."""
    runs = []
    for env in ("", "", "1"):
        if env:
            monkeypatch.setenv("FACTCHECK_NO_CACHE", env)
        else:
            monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
        for draft in (ROOT / "examples" / "draft.md", ROOT / "bench" / "data" / "draft-2000.md"):
            run = cli("verify", "--root", str(project), "--format", "json", str(draft))
            runs.append((run.code, run.out, run.err))
    assert (project / cache.CACHE_DIR / cache.CACHE_FILE).is_file()
    assert runs[0:2] == runs[2:4] == runs[4:6]
    assert runs[0][0] == 1 and runs[1][0] == 1  # both drafts have planted errors: the comparison is not vacuous


def test_no_cache_variable_neither_reads_nor_writes(project: Path, builds: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    cache.load_index(project)
    cache.load_index(project)
    assert len(builds) == 2
    assert not (project / cache.CACHE_DIR).exists()


def test_unwritable_project_still_verifies(project: Path, builds: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError("read-only")

    monkeypatch.setattr(cache.tempfile, "mkstemp", refuse)
    assert cache.load_index(project).cards
    assert cache.load_index(project).cards
    assert len(builds) == 2
    assert not (project / cache.CACHE_DIR / cache.CACHE_FILE).exists()
