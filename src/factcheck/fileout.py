"""Writing files: YAML as the claims database keeps it, and atomically (never half a file).

Dates stay quoted so that any YAML reader keeps them strings, as the schemas ask. libyaml's
emitter is used where present: the pure-Python one is most of an extract run's time.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import FactcheckError

_BaseDumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_BaseDumper):  # type: ignore[misc]
    pass


def _str(dumper: Any, value: str) -> Any:
    if re.fullmatch(r"\d{4}(-\d{2}){0,2}", value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="'")
    return dumper.represent_str(value)


_Dumper.add_representer(str, _str)


def plain(node: Any) -> Any:
    """Plain dicts and lists with string keys (the loader's line-numbered mappings are subclasses)."""
    if isinstance(node, dict):
        return {str(k): plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    return node


def dump_yaml(data: Any) -> str:
    return yaml.dump(plain(data), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)


# mkstemp's names: `.TARGET.` + 8 characters of [a-z0-9_] + `.tmp`; TARGET is a file factcheck writes.
_TEMP = re.compile(r"\.(?P<target>.+\.(?:ya?ml|json))\.[a-z0-9_]{8}\.tmp")
STALE_AFTER = 60.0  # seconds: a temp file this old belongs to no run still writing (a write takes milliseconds)


def write_atomic(path: Path, text: str) -> None:
    """Write `text` (with \\n line ends) to `path` so that a killed run leaves the old file or the new one.

    The text goes to a temp file beside the target, then os.replace() puts it in place. What the
    file was stays as it was: its mode (mkstemp would make it 0600), its line ends (a CRLF file
    stays CRLF), and a symlink stays a link: the write goes to the file it points at. A new file
    gets the mode the user's umask gives (0644 under 022), as `open()` would.
    """
    target = _write_target(path)
    old_mode, crlf = _existing(target)
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    tmp = ""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            os.fchmod(handle.fileno(), old_mode if old_mode is not None else 0o666 & ~_umask())
            handle.write(text)
        os.replace(tmp, target)
    except OSError as exc:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        raise FactcheckError(
            f"cannot write the file ({exc.strerror or exc})", path=str(path), hint="check the folder exists and is writable, and the disk is not full"
        ) from None
    except BaseException:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        raise


def _write_target(path: Path) -> Path:
    """The file to replace: `path`, or the file a symlink at `path` points at (so the link stays a link)."""
    if not path.is_symlink():
        return path
    try:
        return Path(os.path.realpath(path, strict=True))
    except FileNotFoundError:
        return Path(os.path.realpath(path))  # a dangling link: create the file it names
    except OSError as exc:
        raise FactcheckError(f"cannot follow the symlink ({exc.strerror or exc})", path=str(path), hint="point it at a file, or replace it with one") from None


def _existing(target: Path) -> tuple[int | None, bool]:
    """(the file's permission bits, whether its first line ends in CRLF); (None, False) for a new file."""
    try:
        info = target.stat()
        if not stat.S_ISREG(info.st_mode):  # a folder, or a fifo that open() would wait on forever
            raise FactcheckError("not a regular file", path=str(target), hint="move it away, or give another path")
        with target.open("rb") as handle:
            head = handle.read(64 * 1024)
    except FileNotFoundError:
        return None, False
    except OSError as exc:
        raise FactcheckError(f"cannot read the file before rewriting it ({exc.strerror or exc})", path=str(target), hint="check its permissions") from None
    end = head.find(b"\n")
    return stat.S_IMODE(info.st_mode), end > 0 and head[end - 1 : end] == b"\r"


def _umask() -> int:
    mask = os.umask(0o022)  # reading the umask means setting it; put it straight back
    os.umask(mask)
    return mask


def clean_stale(folder: Path, *, older_than: float = STALE_AFTER) -> list[Path]:
    """Delete the temp files a killed run of factcheck left in `folder` (kill -9 runs no cleanup); returns them.

    Only names write_atomic makes, and only older than `older_than` seconds, so a run writing
    right now in the same folder keeps its temp file.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        if not _TEMP.fullmatch(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and now - info.st_mtime >= older_than:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue  # gone already, or not ours to delete: it is hidden and never read anyway
    return removed
