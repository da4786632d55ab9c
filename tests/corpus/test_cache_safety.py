"""The claim cache holds data only: nothing read from .factcheck-cache/ can run code or write elsewhere.

A repository can commit a forged `.factcheck-cache/` (or a symlink by that name, which the
`.factcheck-cache/` line of a .gitignore does not match) and wait for a pre-commit hook or
CI to run `factcheck verify`. Whatever is there, verify gives what a fresh build gives,
runs nothing from it, and writes only inside a real `.factcheck-cache` folder of the project.
"""

from __future__ import annotations

import ast
import json
import math
import os
import pickle
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.corpus import cache, codec
from factcheck.corpus import index as claim_index
from factcheck.corpus.load import load_corpus
from factcheck.corpus.yamlload import parse
from factcheck.model import Value

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "factcheck"


def _fresh(project: Path) -> claim_index.ClaimIndex:
    return claim_index.build(load_corpus(project))


# --- nothing read from the cache becomes code ---

CODE_MODULES = {"pickle", "_pickle", "marshal", "shelve", "dill", "cloudpickle", "joblib", "copyreg"}
CODE_CALLS = {"eval", "exec", "compile"}


def test_no_module_of_factcheck_can_turn_bytes_into_code() -> None:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module.split(".")[0]]
            if CODE_MODULES.intersection(names):
                found.append(f"{path.relative_to(SRC)}:{node.lineno} imports {names}")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in CODE_CALLS:
                found.append(f"{path.relative_to(SRC)}:{node.lineno} calls {node.func.id}")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "__import__"
                and not (node.args and isinstance(node.args[0], ast.Constant))
            ):  # __import__("re") names its module; a name from data would not
                found.append(f"{path.relative_to(SRC)}:{node.lineno} imports a module named by data")
    assert found == []


class _Planted:
    """Unpickling this creates a file: proof that a pickle was loaded."""

    marker: Path

    def __reduce__(self) -> tuple[Any, ...]:
        return (Path.write_text, (self.marker, "code ran"))


@pytest.mark.parametrize("name", [cache.CACHE_FILE, "index-1.pickle"])
def test_a_planted_pickle_is_never_loaded(project: Path, builds: list[Path], tmp_path: Path, name: str) -> None:
    planted = _Planted()
    planted.marker = tmp_path / "code-ran"
    folder = project / cache.CACHE_DIR
    folder.mkdir()
    (folder / name).write_bytes(b"factcheck-index-cache 1 " + cache._stamps(project)[0].encode() + b"\n" + pickle.dumps(planted))
    index = cache.load_index(project)
    assert not planted.marker.exists()
    assert len(builds) == 1
    assert index == _fresh(project)


# --- a corrupt, foreign, truncated or forged cache is ignored and rebuilt, silently ---


def _ours(project: Path) -> Path:
    """A sound cache for `project`, written by a first load."""
    cache.load_index(project)
    path = project / cache.CACHE_DIR / cache.CACHE_FILE
    assert path.is_file()
    return path


def _garbage(path: Path) -> None:
    path.write_bytes(os.urandom(3000))


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _other_tables(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes(text TEXT)")
        db.execute("INSERT INTO notes VALUES ('hello')")


def _endless_view(path: Path) -> None:
    # A view by a table's name that never ends: reading it would hang verify.
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE files")
        db.execute(
            "CREATE VIEW files AS WITH RECURSIVE n(seq) AS (SELECT 1 UNION ALL SELECT seq + 1 FROM n) SELECT seq, '' AS path, '' AS stamp, '[]' AS data FROM n"
        )


def _trigger(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TRIGGER t AFTER INSERT ON meta BEGIN DELETE FROM cards; END")


def _rows(update: str, *params: Any) -> Any:
    def change(path: Path) -> None:
        with sqlite3.connect(path) as db:
            db.execute(update, params)
        db.close()

    return change


def _first_claim(edit: Any) -> Any:
    """Rewrite the first claim of the first claims file's row with `edit(claim_as_list)`."""

    def change(path: Path) -> None:
        with sqlite3.connect(path) as db:
            seq, data = db.execute("SELECT seq, data FROM files WHERE data LIKE '[[[%' ORDER BY seq LIMIT 1").fetchone()
            row = json.loads(data)
            row[0][0] = edit(row[0][0])
            db.execute("UPDATE files SET data = ? WHERE seq = ?", (json.dumps(row), seq))
        db.close()

    return change


def _set(at: int, value: Any) -> Any:
    def edit(claim: list[Any]) -> list[Any]:
        claim[at] = value
        return claim

    return edit


DAMAGE = [
    pytest.param(_garbage, id="garbage-bytes"),
    pytest.param(_truncated, id="truncated"),
    pytest.param(_empty, id="empty-file"),
    pytest.param(_other_tables, id="sqlite-with-other-tables"),
    pytest.param(_endless_view, id="endless-view-named-like-a-table"),
    pytest.param(_trigger, id="extra-trigger"),
    pytest.param(_rows("UPDATE meta SET value = 'factcheck-index 1' WHERE name = 'format'"), id="other-format"),
    pytest.param(_rows("UPDATE files SET data = 'not json'"), id="not-json"),
    pytest.param(_rows("UPDATE files SET data = ?", json.dumps({"__class__": "os.system", "args": ["touch x"]})), id="json-object-for-a-row"),
    pytest.param(_rows("UPDATE files SET data = ?", "[" * 100_000 + "]" * 100_000), id="json-nested-past-the-recursion-limit"),
    pytest.param(_rows("UPDATE files SET data = ?", "[1e999999, 123" + "4" * 5000 + "]"), id="json-huge-numbers"),
    pytest.param(_rows("UPDATE files SET data = x'00ff'"), id="blob-for-text"),
    pytest.param(_rows("UPDATE cards SET data = '[]'"), id="card-of-no-fields"),
    pytest.param(_rows("DELETE FROM cards WHERE seq = 3"), id="a-card-missing"),
    pytest.param(_rows("UPDATE cards SET claim = 'no-such-claim' WHERE seq = 0"), id="card-for-no-claim"),
    pytest.param(_rows("UPDATE cards SET claim = (SELECT claim FROM cards WHERE seq = 0) WHERE seq = 1"), id="a-claim-with-two-cards"),
    pytest.param(_rows("UPDATE files SET data = json_set(data, '$[3]', json('{\"a\": 1}')) WHERE data LIKE '[[],[],\"%'"), id="sources-a-mapping"),
    pytest.param(_rows("UPDATE meta SET value = '[1, 2]' WHERE name = 'skipped'"), id="skipped-not-strings"),
    pytest.param(_first_claim(lambda claim: [*claim, "extra"]), id="claim-with-an-unknown-field"),
    pytest.param(_first_claim(lambda claim: claim[:-1]), id="claim-missing-a-field"),
    pytest.param(_first_claim(_set(0, 17)), id="claim-id-a-number"),
    pytest.param(_first_claim(_set(3, [["source", "quote", None, "", ""]])), id="provenance-short-a-field"),
    pytest.param(_first_claim(_set(3, [["source", "quote", "4", "", "", 0]])), id="provenance-line-a-string"),
    pytest.param(_first_claim(_set(3, [{"source": "s", "quote": "q"}])), id="provenance-a-mapping"),
    pytest.param(_first_claim(_set(6, [["date", "2014", {"precision": "year"}, "x"]])), id="value-with-four-fields"),
    pytest.param(_first_claim(_set(5, "amy-klobuchar")), id="entities-a-string-not-a-list"),
    pytest.param(_first_claim(_set(5, [["nested"]])), id="entities-holding-a-list"),
    pytest.param(_first_claim(_set(11, True)), id="claim-path-a-bool"),
]


@pytest.mark.slow  # 28 kinds of damage, a rebuild each; the planted pickles above stay in the quick set
@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_or_forged_cache_is_rebuilt_silently(project: Path, builds: list[Path], capsys: pytest.CaptureFixture[str], damage: Any) -> None:
    path = _ours(project)
    damage(path)
    index = cache.load_index(project)  # the forged rows carry the right key: the worst case
    assert len(builds) == 2
    assert index == _fresh(project)
    assert capsys.readouterr() == ("", "")
    key = cache._stamps(project)[0]
    assert cache._read(path, key, project) == index  # and a sound cache is back in its place


def test_the_cache_is_served_only_for_its_own_key(project: Path, builds: list[Path]) -> None:
    path = _ours(project)
    assert cache._read(path, cache._stamps(project)[0], project) is not None
    assert cache._read(path, "0" * 48, project) is None


# --- never read or written through a symlink ---


def _outside(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("the user's file\n", encoding="utf-8")
    return outside


def _listing(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_symlinked_cache_folder_is_neither_read_nor_written(project: Path, builds: list[Path], tmp_path: Path) -> None:
    outside = _outside(tmp_path)
    before = _listing(outside)
    (project / cache.CACHE_DIR).symlink_to(outside, target_is_directory=True)
    first, second = cache.load_index(project), cache.load_index(project)
    assert len(builds) == 2  # no cache: every run builds
    assert first == second == _fresh(project)
    assert _listing(outside) == before


def test_a_dangling_cache_folder_link_is_not_followed(project: Path, builds: list[Path], tmp_path: Path) -> None:
    target = tmp_path / "made-by-following"
    (project / cache.CACHE_DIR).symlink_to(target, target_is_directory=True)
    assert cache.load_index(project).cards
    assert not target.exists()


def test_a_file_named_like_the_cache_folder_is_left_alone(project: Path, builds: list[Path]) -> None:
    (project / cache.CACHE_DIR).write_text("not a folder\n", encoding="utf-8")
    assert cache.load_index(project) == _fresh(project)
    assert (project / cache.CACHE_DIR).read_text(encoding="utf-8") == "not a folder\n"


@pytest.mark.parametrize("name", [cache.CACHE_FILE, ".gitignore"])
def test_links_planted_inside_the_cache_folder_are_replaced_or_left_not_followed(project: Path, builds: list[Path], tmp_path: Path, name: str) -> None:
    outside = _outside(tmp_path)
    folder = project / cache.CACHE_DIR
    folder.mkdir()
    (folder / name).symlink_to(outside / "keep.txt")
    dangling = folder / (".gitignore" if name == cache.CACHE_FILE else cache.CACHE_FILE)
    dangling.symlink_to(outside / "created.txt")
    cache.load_index(project)
    cache.load_index(project)
    assert _listing(outside) == {"keep.txt": b"the user's file\n"}
    assert not (outside / "created.txt").exists()


def test_a_fifo_in_place_of_the_cache_does_not_hang(project: Path, builds: list[Path]) -> None:
    folder = project / cache.CACHE_DIR
    folder.mkdir()
    os.mkfifo(folder / cache.CACHE_FILE)
    assert cache.load_index(project).cards  # a read would block forever


# --- the codec: YAML values round-trip exactly, or the project is simply not cached ---

YAML_VALUES = [
    ("value: 54", 54),
    ("value: 3.5", 3.5),
    ("value: 1e3", "1e3"),  # YAML 1.1: a float needs its dot
    ("value: 1.5e+3", 1500.0),
    ("value: .inf", math.inf),
    ("value: -.inf", -math.inf),
    ("value: 0x1F", 31),
    ("value: -0.0", -0.0),
    ("value: true", True),
    ("value: yes", "yes"),  # kept a string by the loader
    ("value: 2014-04-15", "2014-04-15"),  # dates too
    ("value: null", None),
    ("value: ~", None),
    ("value: ''", ""),
    ("value: 'Ünïcödé “quotes” \\u2028 \\x00'", "Ünïcödé “quotes” \\u2028 \\x00"),
    ('value: "\\u2028 \\0 \\t"', "\u2028 \x00 \t"),
    ("value: 123456789012345678901234567890", 123456789012345678901234567890),
    ("value: [1, 1.0, true, '1', null, [], {}]", [1, 1.0, True, "1", None, [], {}]),
    ("value: {a: {b: [1, {c: null}]}, 'd e': 2014-01}", {"a": {"b": [1, {"c": None}]}, "d e": "2014-01"}),
]


def _same(a: Any, b: Any) -> bool:
    """Equal and of the same types all the way down (1, 1.0 and True are ==, but not the same)."""
    if type(a) is not type(b) and not (isinstance(a, dict) and isinstance(b, dict)):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return a == b and (not isinstance(a, float) or math.copysign(1, a) == math.copysign(1, b))


def _round_trip(value: Value) -> Value:
    return codec.Record(Value).decode(json.loads(json.dumps(codec.Record(Value).encode(value))))


@pytest.mark.parametrize(("text", "expected"), YAML_VALUES)
def test_yaml_values_round_trip_exactly(text: str, expected: Any) -> None:
    loaded = parse(text, "t.yaml")["value"]
    assert _same(loaded, expected)
    value = Value("text", loaded, {"unit": loaded, "as_written": "x"})
    back = _round_trip(value)
    assert _same(back.value, loaded) and _same(back.fields, value.fields)


def _containers(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.lists(children, max_size=4), st.dictionaries(st.text(max_size=5), children, max_size=4))


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(), _containers, max_leaves=20)


@settings(max_examples=200, deadline=None)
@given(JSON_VALUES)
def test_any_value_json_can_hold_round_trips_exactly(value: Any) -> None:
    assert _same(_round_trip(Value("number", value, {"x": value})).value, value)


@pytest.mark.parametrize(
    "text",
    [
        "value: !!timestamp 2014-04-15",
        "value: !!binary aGVsbG8=",
        "value: !!set {a, b}",
        "value: !!omap [a: 1]",
        "value: {1: one}",
        "value: {null: x}",
    ],
)
def test_yaml_values_json_cannot_keep_are_refused_not_changed(text: str) -> None:
    value = Value("text", parse(text, "t.yaml")["value"])
    with pytest.raises(codec.CodecError):
        codec.Record(Value).encode(value)


def test_a_project_with_such_a_value_is_not_cached_and_verifies_the_same(project: Path, builds: list[Path]) -> None:
    claims = project / "claims" / "odd.yaml"
    claims.write_text(
        "claims:\n- id: odd-value\n  kind: fact\n  statement: An odd value.\n  values:\n  - type: date\n    value: !!timestamp 2014-04-15\n"
        "  provenance:\n  - source: klobuchar-2014-mexico-delegation\n    quote: U.S. Senator Amy Klobuchar is leading a delegation to Mexico\n",
        encoding="utf-8",
    )
    first, second = cache.load_index(project), cache.load_index(project)
    assert len(builds) == 2
    assert first == second == _fresh(project)
    assert not (project / cache.CACHE_DIR / cache.CACHE_FILE).exists()


def test_every_record_field_has_a_json_form() -> None:
    # Record() raises TypeError for a field type the codec does not know; a new field must be taught to it.
    for record in codec.RECORDS:
        codec.Record(record)
