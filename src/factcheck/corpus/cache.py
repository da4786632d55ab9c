"""The built ClaimIndex, cached per project so a hook run skips YAML parsing and indexing: root -> ClaimIndex.

`load_index(root)` returns what `index.build(load_corpus(root))` returns. The cache is an
SQLite database, `ROOT/.factcheck-cache/index-2.sqlite`, that holds data only (hardening
issue: a pickle planted in a repository would run code as whoever runs verify):

  meta   format, key (below), the skipped claim ids and the index's common words, as JSON;
  files  one row per file under claims/ and sources/: its path, its stamp (size, mtime_ns,
         inode, content hash) and what it parsed to: its claims, entities and sources;
  cards  one row per usable claim: what indexing derived from it (stems, dates, figures ...).

Rows are JSON read back by corpus/codec.py, which builds only factcheck's own records from
fields of their declared types; postings, idf and the name pattern are rebuilt on load
(~25 ms at 7,000 claims). The per-file stamps and per-claim rows are there so a later
change can update a large project file by file; today any change rebuilds it all.

The key hashes everything the build reads and everything that decides its shape:
  - the project folder as given, and resolved (the index records it);
  - every file under claims/ and sources/ (its stamp);
  - every module of the factcheck package (path, size, mtime_ns) and the Python version.
So an edited claim, a new source, or new code rebuilds; nothing is ever served stale. If
`build` or `load_corpus` starts reading anything else, add it to `_stamps`.

Anything unexpected (not SQLite, other tables, another key, data of the wrong shape)
means "no cache": the index is built and the cache written afresh, silently. The cache is
written to a temporary database, then renamed over the old one; it is never written or
read through a symlink (a repository can commit a `.factcheck-cache` link, which the
`.factcheck-cache/` line of a .gitignore does not match). FACTCHECK_NO_CACHE=1 turns it off.
"""

from __future__ import annotations

import gc
import json
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

try:  # the hash alone; `hashlib` would load OpenSSL too (~8 ms on every hook run)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

if TYPE_CHECKING:
    import sqlite3

    from factcheck.corpus.index import ClaimCard, ClaimIndex
    from factcheck.model import Claim, Corpus, Entity, Source

CACHE_DIR = ".factcheck-cache"
CACHE_FILE = "index-2.sqlite"
FORMAT = "factcheck-index 3"
_OLD_FILES = ("index-1.pickle",)  # earlier caches: deleted when a new one is written, never read
_PACKAGE = Path(__file__).resolve().parent.parent
# The whole schema; a database with anything else in it (a view, a trigger) is not ours.
_TABLES = {
    "cards": "CREATE TABLE cards(seq INTEGER PRIMARY KEY, claim TEXT NOT NULL, data TEXT NOT NULL)",
    "files": "CREATE TABLE files(seq INTEGER PRIMARY KEY, path TEXT NOT NULL, stamp TEXT NOT NULL, data TEXT NOT NULL)",
    "meta": "CREATE TABLE meta(name TEXT NOT NULL, value TEXT NOT NULL)",
}
_SCHEMA = [("table", name, sql) for name, sql in sorted(_TABLES.items())]


class _Invalid(Exception):
    """The database is not a cache this code wrote for this key."""


def _stamps(root: Path) -> tuple[str, dict[str, str]]:
    """(the key, {path under root: stamp}) of everything the build reads."""
    digest = blake2b(digest_size=24)
    # The index records the root as given; a relative one means something only from this folder.
    here = "" if root.is_absolute() else os.getcwd()
    digest.update(f"{FORMAT}\0{sys.version}\0{root}\0{here}\0{root.resolve()}\n".encode())
    # the code and the lexicon it reads: a changed word list changes the cards as a changed pattern does
    for path in sorted(p for p in _PACKAGE.rglob("*") if p.suffix in (".py", ".tsv")):
        info = path.stat()
        digest.update(f"{path}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    stamps: dict[str, str] = {}
    for folder in ("claims", "sources"):
        base = root / folder
        if not base.is_dir():
            digest.update(f"no {folder}\n".encode())
            continue
        for path in sorted(p for p in base.rglob("*") if p.is_file()):
            info = path.stat()
            shown = str(path.relative_to(root))
            stamp = f"{info.st_size} {info.st_mtime_ns} {info.st_ino} {blake2b(path.read_bytes(), digest_size=24).hexdigest()}"
            stamps[shown] = stamp
            digest.update(f"{shown}\0{stamp}\n".encode())
    return digest.hexdigest(), stamps


@contextmanager
def _no_gc() -> Iterator[None]:
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _folder_state(folder: Path) -> str:
    """'dir' (a real folder), 'absent', or 'other' (a symlink, a file ...: never read or written through)."""
    try:
        mode = os.lstat(folder).st_mode
    except FileNotFoundError:
        return "absent"
    except OSError:
        return "other"
    return "dir" if stat.S_ISDIR(mode) else "other"


def _regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)  # not a link to a FIFO or a device: reading it could hang
    except OSError:
        return False


def _loads(text: Any) -> Any:
    if type(text) is not str:
        raise _Invalid("not text")
    return json.loads(text)


def _read(path: Path, key: str, root: Path) -> ClaimIndex | None:
    import sqlite3
    import urllib.parse

    if not _regular_file(path):
        return None
    try:
        # Read-only and immutable: SQLite neither locks nor rolls back a journal planted next to it.
        uri = "file:" + urllib.parse.quote(os.path.abspath(path)) + "?mode=ro&immutable=1"
        connection = sqlite3.connect(uri, uri=True)
    except Exception:
        return None
    try:
        with _no_gc():  # decoding allocates only live objects: collections during it are pure cost
            return _decode(connection, key, root)
    except Exception:  # corrupt, truncated, foreign or forged: rebuild
        return None
    finally:
        connection.close()


def _decode(connection: sqlite3.Connection, key: str, root: Path) -> ClaimIndex:
    from factcheck.corpus import codec
    from factcheck.corpus import index as claim_index
    from factcheck.model import Corpus

    if connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall() != _SCHEMA:
        raise _Invalid("not our tables")
    meta: dict[str, Any] = {}
    for name, value in connection.execute("SELECT name, value FROM meta"):
        meta[name] = value
    if meta.get("format") != FORMAT or meta.get("key") != key:
        raise _Invalid("another key")
    skipped = tuple(codec.strings(_loads(meta.get("skipped"))))
    common_words = frozenset(codec.strings(_loads(meta.get("common_words"))))
    claims: dict[str, Claim] = {}
    entities: dict[str, Entity] = {}
    sources: dict[str, Source] = {}
    for (data,) in connection.execute("SELECT data FROM files ORDER BY seq"):
        row = _loads(data)
        if type(row) is not list or len(row) != 4:
            raise _Invalid("a files row")
        file_claims, file_entities, text, file_sources = row
        for claim in _items(file_claims, codec.CLAIM.decode):
            claims[claim.id] = claim
        for entity in _items(file_entities, codec.ENTITY.decode):
            entities[entity.id] = entity
        if file_sources:
            if type(text) is not str or type(file_sources) is not list:
                raise _Invalid("sources without their text")
            for item in file_sources:
                source = codec.SOURCE.decode(item, text)
                sources[source.id] = source
    corpus = claim_index.evidence(Corpus(str(root), sources, claims, entities), skipped)
    ids: list[Any] = []
    texts: list[Any] = []
    for claim_id, data in connection.execute("SELECT claim, data FROM cards ORDER BY seq"):
        ids.append(claim_id)
        texts.append(data)
    rows = _loads("[" + ",".join(texts) + "]")  # one parse, not thousands (join refuses anything but text)
    if len(rows) != len(ids) or len(ids) != len(corpus.claims):
        raise _Invalid("claims without cards")
    cards: dict[str, ClaimCard] = {}
    for claim_id, data in zip(ids, rows, strict=True):
        claim = corpus.claims.get(claim_id) if type(claim_id) is str else None
        if claim is None:
            raise _Invalid("a card for no claim")
        cards[claim_id] = codec.CARD.decode(data, claim)
    if len(cards) != len(ids):
        raise _Invalid("a claim with two cards")
    return claim_index.assemble(corpus, cards, skipped=skipped, common_words=common_words)


def _items(data: Any, decode: Any) -> list[Any]:
    if type(data) is not list:
        raise _Invalid("a list of records")
    return [decode(item) for item in data]


def _rows(stamps: dict[str, str], corpus: Corpus, index: ClaimIndex) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The files and cards rows; raises codec.CodecError for anything JSON would not give back as it was."""
    from factcheck.corpus import codec

    per_file: dict[str, tuple[list[Any], list[Any], list[Any]]] = {path: ([], [], []) for path in stamps}
    texts: dict[str, str] = {}
    for claim in corpus.claims.values():
        per_file[claim.path][0].append(codec.CLAIM.encode(claim))
    for entity in corpus.entities.values():
        per_file[entity.path][1].append(codec.ENTITY.encode(entity))
    for source in corpus.sources.values():
        per_file[source.path][2].append(codec.SOURCE.encode(source))
        texts[source.path] = source.text
    # Read back file by file, the records must come in the order the build saw them.
    position = {path: at for at, path in enumerate(stamps)}
    for records in (corpus.claims.values(), corpus.entities.values(), corpus.sources.values()):
        seen = [position[record.path] for record in records]
        if seen != sorted(seen):
            raise codec.CodecError("records out of file order")
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode
    files = [(seq, path, stamp, dumps([*per_file[path][:2], texts.get(path), per_file[path][2]])) for seq, (path, stamp) in enumerate(stamps.items())]
    cards = [(seq, claim_id, dumps(codec.CARD.encode(card))) for seq, (claim_id, card) in enumerate(index.cards.items())]
    return files, cards


def _write(folder: Path, key: str, stamps: dict[str, str], corpus: Corpus, index: ClaimIndex) -> None:
    import sqlite3

    try:
        files, cards = _rows(stamps, corpus, index)
        state = _folder_state(folder)
        if state == "absent":
            os.mkdir(folder)  # not Path.mkdir(exist_ok=True), which accepts a symlink to a folder
        elif state != "dir":
            return
        _ignore_self(folder)
        handle, temp = tempfile.mkstemp(prefix=".index-", suffix=".tmp", dir=folder)
        os.close(handle)
        try:
            connection = sqlite3.connect(temp)
            try:
                # A scratch file renamed into place when complete: no journal needed.
                connection.execute("PRAGMA journal_mode=OFF")
                connection.execute("PRAGMA synchronous=OFF")
                with connection:
                    for sql in _TABLES.values():
                        connection.execute(sql)
                    connection.executemany(
                        "INSERT INTO meta VALUES (?, ?)",
                        [
                            ("format", FORMAT),
                            ("key", key),
                            ("skipped", json.dumps(list(index.skipped))),
                            ("common_words", json.dumps(sorted(index.common_words), ensure_ascii=False)),
                        ],
                    )
                    connection.executemany("INSERT INTO files VALUES (?, ?, ?, ?)", files)
                    connection.executemany("INSERT INTO cards VALUES (?, ?, ?)", cards)
            finally:
                connection.close()
            if _folder_state(folder) == "dir":
                os.replace(temp, folder / CACHE_FILE)  # replaces a planted symlink itself, never its target
        finally:
            with suppress(FileNotFoundError):
                os.unlink(temp)
        for old in _OLD_FILES:
            with suppress(OSError):
                os.unlink(folder / old)
    except Exception:
        return


def _ignore_self(folder: Path) -> None:
    # O_EXCL | O_NOFOLLOW: an existing .gitignore (or a planted link by that name) is left alone.
    try:
        handle = os.open(folder / ".gitignore", os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
    except FileExistsError:
        return
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write("# made by factcheck: nothing here belongs in git\n*\n")


def load_index(root: Path) -> ClaimIndex:
    """The project's ClaimIndex, from the cache when claims, sources and code are unchanged."""
    from factcheck.corpus import index as claim_index

    def build() -> tuple[Corpus, ClaimIndex]:
        from factcheck.corpus.load import load_corpus  # and PyYAML (~15 ms): only when there is no cache

        with _no_gc():  # parsing and indexing allocate only live objects (DEPS.md: 2.5-3.5x on YAML)
            corpus = load_corpus(root)
            return corpus, claim_index.build(corpus)

    folder = root / CACHE_DIR
    if os.environ.get("FACTCHECK_NO_CACHE") or _folder_state(folder) == "other":
        return build()[1]
    try:
        key, stamps = _stamps(root)
    except OSError:
        return build()[1]
    cached = _read(folder / CACHE_FILE, key, root)
    if cached is not None:
        return cached
    corpus, index = build()
    _write(folder, key, stamps, corpus, index)
    return index
