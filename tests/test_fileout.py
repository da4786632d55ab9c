"""fileout.write_atomic: every file factcheck rewrites keeps its mode, line ends and symlink; nothing half-written or left behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from factcheck.errors import FactcheckError
from factcheck.fileout import clean_stale, write_atomic


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(
    ("before", "mode", "after"),
    [
        (b"a: 1\nb: 2\n", 0o644, b"a: 3\nb: 4\n"),
        (b"a: 1\r\nb: 2\r\n", 0o640, b"a: 3\r\nb: 4\r\n"),  # CRLF stays CRLF
        (b"a: 1\r\n", 0o664, b"a: 3\r\nb: 4\r\n"),
        (b"", 0o600, b"a: 3\nb: 4\n"),
        (b"a: 1", 0o755, b"a: 3\nb: 4\n"),  # no line end to go by: LF
    ],
)
def test_a_rewritten_file_keeps_its_mode_and_line_ends(tmp_path: Path, before: bytes, mode: int, after: bytes) -> None:
    path = tmp_path / "file.yaml"
    path.write_bytes(before)
    path.chmod(mode)
    write_atomic(path, "a: 3\nb: 4\n")
    assert path.read_bytes() == after
    assert _mode(path) == mode
    assert os.listdir(tmp_path) == ["file.yaml"]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_gets_the_mode_the_umask_gives(tmp_path: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        write_atomic(tmp_path / "sub" / "new.json", "{}\n")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "sub" / "new.json") == mode


def test_a_symlink_stays_a_link_and_its_target_is_rewritten(tmp_path: Path) -> None:
    (tmp_path / "shared").mkdir()
    target = tmp_path / "shared" / "config.yaml"
    target.write_bytes(b"old\r\n")
    target.chmod(0o640)
    link = tmp_path / "config.yaml"
    link.symlink_to(Path("shared") / "config.yaml")
    write_atomic(link, "new\n")
    assert link.is_symlink() and os.readlink(link) == str(Path("shared") / "config.yaml")
    assert target.read_bytes() == b"new\r\n" and _mode(target) == 0o640
    assert sorted(os.listdir(tmp_path / "shared")) == ["config.yaml"]


def test_a_folder_in_the_way_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").mkdir()
    with pytest.raises(FactcheckError, match="not a regular file"):
        write_atomic(tmp_path / "x.yaml", "a\n")
    assert os.listdir(tmp_path) == ["x.yaml"]


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "keep.yaml"
    path.write_text("old\n", encoding="utf-8")

    def broken(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(FactcheckError, match="No space left on device"):
        write_atomic(path, "new\n")
    assert path.read_text(encoding="utf-8") == "old\n" and os.listdir(tmp_path) == ["keep.yaml"]


@pytest.mark.parametrize(
    ("name", "age", "removed"),
    [
        (".x.extracted.yaml.ab_cd12z.tmp", 3600, True),  # ours, left by a killed run
        (".factcheck-baseline.json.k2j4h5g6.tmp", 120, True),
        (".x.extracted.yaml.ab_cd12z.tmp", 0, False),  # ours, but a run may be writing it now
        (".notes.abcdefgh.tmp", 3600, False),  # not a file factcheck writes
        ("x.extracted.yaml.ab_cd12z.tmp", 3600, False),  # not hidden: not our naming
        (".x.extracted.yaml.abcd.tmp", 3600, False),
    ],
)
def test_clean_stale_removes_only_our_old_temp_files(tmp_path: Path, name: str, age: int, removed: bool) -> None:
    path = tmp_path / name
    path.write_text("half a file", encoding="utf-8")
    then = path.stat().st_mtime - age
    os.utime(path, (then, then))
    assert clean_stale(tmp_path) == ([path] if removed else [])
    assert path.exists() is not removed
