"""The built ClaimIndex, cached per project so a hook run skips YAML parsing and indexing.

`load_index(root)` returns what `index.build(load_corpus(root))` returns. The cache is one
file, `ROOT/.factcheck-cache/index-1.pickle`: a header line with a key, then the pickled
index. The key hashes everything the build reads and everything that decides its shape:
  - the project folder as given, and resolved (the index records it);
  - every file under claims/ and sources/ (path, size, mtime_ns, inode and its bytes);
  - every module of the factcheck package (path, size, mtime_ns) and the Python version.
So an edited claim, a new source, or new code rebuilds; nothing is ever served stale. If
`build` or `load_corpus` starts reading anything else, add it to `_key`.

The pickle is only read when the header matches the key computed now. The key includes
mtimes in nanoseconds and inode numbers, which a file planted in a repository (the cache
folder is git-ignored, but could be forced in) cannot predict, so a foreign pickle is
never loaded; it is replaced. Writes are atomic (temporary file, then rename); any error
reading or writing the cache falls back to building, silently. FACTCHECK_NO_CACHE=1
turns it off.
"""

from __future__ import annotations

import dataclasses
import gc
import os
import pickle
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

try:  # the hash alone; `hashlib` would load OpenSSL too (~8 ms on every hook run)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

if TYPE_CHECKING:
    from factcheck.corpus.index import ClaimIndex

CACHE_DIR = ".factcheck-cache"
CACHE_FILE = "index-1.pickle"
_MAGIC = b"factcheck-index-cache 1 "
_PACKAGE = Path(__file__).resolve().parent.parent


def _key(root: Path) -> bytes:
    digest = blake2b(digest_size=24)
    # The index records the root as given; a relative one means something only from this folder.
    here = "" if root.is_absolute() else os.getcwd()
    digest.update(f"{sys.version}\0{root}\0{here}\0{root.resolve()}\n".encode())
    for path in sorted(_PACKAGE.rglob("*.py")):
        stat = path.stat()
        digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    for folder in ("claims", "sources"):
        base = root / folder
        if not base.is_dir():
            digest.update(f"no {folder}\n".encode())
            continue
        for path in sorted(p for p in base.rglob("*") if p.is_file()):
            stat = path.stat()
            digest.update(f"{path.relative_to(root)}\0{stat.st_size}\0{stat.st_mtime_ns}\0{stat.st_ino}\n".encode())
            digest.update(blake2b(path.read_bytes(), digest_size=24).digest())
    return digest.hexdigest().encode()


@contextmanager
def _no_gc() -> Iterator[None]:
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


_BY_INIT: dict[type, bool] = {}


def _by_init(cls: type) -> bool:
    """A frozen, slotted dataclass whose __init__ only stores its fields: rebuilt by calling it.

    Pickle's default for these (dataclasses' __setstate__) calls fields() once per object,
    which made loading a 7,000-claim index take ~3x longer than rebuilding it through __init__.
    """
    known = _BY_INIT.get(cls)
    if known is None:
        params = getattr(cls, "__dataclass_params__", None)
        known = bool(
            params is not None and params.frozen and "__slots__" in cls.__dict__ and not hasattr(cls, "__post_init__")
            and all(f.init for f in dataclasses.fields(cls))
        )
        _BY_INIT[cls] = known
    return known


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: object) -> object:
        cls = type(obj)
        if _by_init(cls):
            return cls, tuple(getattr(obj, f.name) for f in dataclasses.fields(cls))
        return NotImplemented


def _read(path: Path, key: bytes) -> ClaimIndex | None:
    try:
        with path.open("rb") as handle:
            if handle.readline() != _MAGIC + key + b"\n":
                return None
            with _no_gc():  # a load allocates only live objects: collections during it are pure cost (~30%)
                return pickle.load(handle)  # noqa: S301 - only our own file, matched to an unguessable key
    except Exception:
        return None


def _write(folder: Path, index: ClaimIndex, key: bytes) -> None:
    try:
        folder.mkdir(exist_ok=True)
        ignore = folder / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# made by factcheck: nothing here belongs in git\n*\n", encoding="utf-8")
        handle, temp = tempfile.mkstemp(prefix=".index-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(_MAGIC + key + b"\n")
                _Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(index)
            os.replace(temp, folder / CACHE_FILE)
        except BaseException:
            os.unlink(temp)
            raise
    except Exception:
        return


def load_index(root: Path) -> ClaimIndex:
    """The project's ClaimIndex, from the cache when claims, sources and code are unchanged."""
    from factcheck.corpus import index as claim_index

    def build() -> ClaimIndex:
        from factcheck.corpus.load import load_corpus

        with _no_gc():  # parsing and indexing allocate only live objects (DEPS.md: 2.5-3.5x on YAML)
            return claim_index.build(load_corpus(root))

    if os.environ.get("FACTCHECK_NO_CACHE"):
        return build()
    try:
        key = _key(root)
    except OSError:
        return build()
    folder = root / CACHE_DIR
    cached = _read(folder / CACHE_FILE, key)
    if isinstance(cached, claim_index.ClaimIndex):
        return cached
    index = build()
    _write(folder, index, key)
    return index
