"""What a curator decides survives `factcheck extract`: rejections (by status or by deletion), comments, file modes and line ends.

Every case runs the real CLI in-process on a throwaway project: one source with a metadata
sidecar, as the README lays it out, and a draft that contradicts one of its proposals.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
from pathlib import Path

import pytest
import yaml

from factcheck.extract import write

ROOT = Path(__file__).resolve().parents[2]
WILDFIRE = ROOT / "tests" / "cases" / "wildfire" / "corpus"

SOURCE = "The Riverton council approved 24 beds for the new shelter on Monday.\n\n“We will open the doors in May,” said Mayor Dana Ortiz.\n"
SIDECAR = 'title: Council minutes\npublisher: City of Riverton\npublished:\n  date: "2016-03-15"\n'
DRAFT = "---\ndate: 2016-03-20\n---\n\nThe Riverton council approved 42 beds for the new shelter on Monday.\n"
CLAIMS = "claims/council.extracted.yaml"
ENTITIES = "claims/entities.extracted.yaml"
STATE = "claims/.extract-state.json"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("sources", "claims", ".git"):
        (tmp_path / name).mkdir()
    (tmp_path / "sources" / "council.txt").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "sources" / "council.yaml").write_text(SIDECAR, encoding="utf-8")
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _extract(cli, *args: str):  # type: ignore[no-untyped-def]
    run = cli("extract", *(args or ("sources/",)))
    assert run.code == 0, run.err
    return run


def _ids(path: str, key: str = "claims") -> list[str]:
    return [e["id"] for e in yaml.safe_load(Path(path).read_text(encoding="utf-8"))[key] or ()]


def _number_claim() -> str:
    return next(i for i in _ids(CLAIMS) if "-number-" in i)


def _entries(text: str) -> list[str]:
    """A file's text cut before each `- id:` line: [head, entry, entry, ...]."""
    return re.split(r"(?m)^(?=- id: )", text)


def _delete(path: str, entry_id: str) -> None:
    parts = _entries(Path(path).read_text(encoding="utf-8"))
    Path(path).write_text("".join(p for p in parts if not p.startswith(f"- id: {entry_id}\n")), encoding="utf-8")


def _set_status(path: str, entry_id: str, status: str) -> None:
    parts = _entries(Path(path).read_text(encoding="utf-8"))
    parts = [p.replace("  status: proposed\n", f"  status: {status}\n") if p.startswith(f"- id: {entry_id}\n") else p for p in parts]
    Path(path).write_text("".join(parts), encoding="utf-8")


# --- rejecting a proposal ------------------------------------------------------------------


@pytest.mark.parametrize("how", ["deleted", "status: rejected"])
def test_a_rejected_proposal_is_never_proposed_again(cli, repo: Path, how: str) -> None:
    _extract(cli)
    target = _number_claim()
    if how == "deleted":
        _delete(CLAIMS, target)
    else:
        _set_status(CLAIMS, target, "rejected")
    decided = Path(CLAIMS).read_text(encoding="utf-8")
    _extract(cli)
    _extract(cli, "sources/council.txt", "sources/council.yaml")
    assert Path(CLAIMS).read_text(encoding="utf-8") == decided
    if how == "deleted":
        assert target not in _ids(CLAIMS)
        assert target in json.loads(Path(STATE).read_text(encoding="utf-8"))["rejected"]["council.extracted.yaml"]


@pytest.mark.parametrize("how", ["deleted", "status: rejected"])
def test_verify_never_uses_a_rejected_claim_as_evidence(cli, repo: Path, how: str) -> None:
    _extract(cli)
    assert cli("verify", "draft.md").code == 1  # the proposal says 24 beds, the draft 42
    target = _number_claim()
    if how == "deleted":
        _delete(CLAIMS, target)
    else:
        _set_status(CLAIMS, target, "rejected")
    _extract(cli)
    run = cli("verify", "draft.md", "--format", "json")
    assert run.code == 0, run.out
    assert target not in run.out
    assert cli("check").code == 0  # `rejected` is a status the schema knows
    assert target not in cli("claims", "--format", "json").out


def test_a_deleted_entity_is_not_proposed_again_and_no_claim_names_it(cli, repo: Path) -> None:
    _extract(cli)
    assert "dana-ortiz" in _ids(ENTITIES, "entities")
    _delete(ENTITIES, "dana-ortiz")
    _extract(cli)
    assert "dana-ortiz" not in _ids(ENTITIES, "entities")
    assert "dana-ortiz" not in Path(CLAIMS).read_text(encoding="utf-8")


def test_deleting_a_whole_extracted_file_starts_that_source_over(cli, repo: Path) -> None:
    _extract(cli)
    first = _ids(CLAIMS)
    _delete(CLAIMS, _number_claim())
    _extract(cli)
    Path(CLAIMS).unlink()
    _extract(cli)
    assert _ids(CLAIMS) == [i for i in first if "-number-" not in i]  # the rejection outlives the file


def test_a_rejection_is_undone_by_taking_the_id_off_the_state_file(cli, repo: Path) -> None:
    _extract(cli)
    first = _ids(CLAIMS)
    _delete(CLAIMS, _number_claim())
    _extract(cli)
    state = json.loads(Path(STATE).read_text(encoding="utf-8"))
    del state["rejected"]
    Path(STATE).write_text(json.dumps(state), encoding="utf-8")
    _extract(cli)
    assert _ids(CLAIMS) == first


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe{}", "not valid JSON"),
        (b"[]", "not a factcheck-extract-state/1 file"),
        (b'{"schema": "something-else/1"}', "not a factcheck-extract-state/1 file"),
        (b'{"schema": "factcheck-extract-state/1", "rejected": ["x"]}', "`rejected` must map file names"),
        (b'{"schema": "factcheck-extract-state/1", "files": {"a.extracted.yaml": [1, 2]}}', "must be a list of ids"),
        (b'{"schema": "factcheck-extract-state/1", "files": {"a": "__import__(\'os\')"}}', "must be a list of ids"),
        (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
        (None, "not a regular file"),
    ],
)
def test_a_bad_state_file_is_one_line_and_exit_2_and_nothing_changes(cli, repo: Path, content: bytes | None, message: str) -> None:
    _extract(cli)
    state = Path(STATE)
    state.unlink()
    if content is None:
        state.mkdir()
    else:
        state.write_bytes(content)
    _delete(CLAIMS, _number_claim())
    before = {p: p.read_bytes() for p in Path("claims").rglob("*") if p.is_file()}
    run = cli("extract", "sources/")
    assert (run.code, run.out) == (2, "")
    assert run.err.count("\n") == 1 and STATE in run.err and message in run.err, run.err
    assert {p: p.read_bytes() for p in Path("claims").rglob("*") if p.is_file()} == before


# --- comments and the file as it was -------------------------------------------------------


def test_comments_survive_the_rewrite_and_untouched_entries_keep_their_bytes(cli, repo: Path) -> None:
    shutil.rmtree(repo / "sources")
    shutil.copytree(WILDFIRE, repo / "sources")
    _extract(cli)
    path = Path("claims/hale-2016-04-hearing.extracted.yaml")
    head, first, second, *rest = _entries(path.read_text(encoding="utf-8"))
    noted = "# our desk's notes on the hearing\n" + head  # above everything
    second = "# the second quote: checked against the video\n" + second  # above an entry
    rest[0] = rest[0].replace("\n  status: proposed\n", "\n  status: proposed  # ask Hale's office\n", 1)  # inside one
    rest[-1] += "\n# end of the hearing\n"  # after the last
    path.write_text(noted + first + second + "".join(rest), encoding="utf-8")
    untouched = [e for e in rest[1:-1] if "When more than half" not in e]
    # The source changes: the first proposal goes, a new one comes; the file is rewritten.
    source = repo / "sources" / "hale-2016-04-hearing.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("When more than half", "When over half"), encoding="utf-8")
    run = _extract(cli)
    assert "hale-2016-04-hearing.extracted.yaml" in run.out
    after = path.read_text(encoding="utf-8")
    for comment in (
        "# our desk's notes on the hearing\n",
        "# the second quote: checked against the video\n- id: ",
        "  status: proposed  # ask Hale's office\n",
        "\n# end of the hearing\n",
    ):
        assert comment in after
    assert all(entry in after for entry in untouched)  # byte for byte
    assert "When over half" in after and "hale-2016-04-hearing-quote-when-more-than-half" not in after
    assert cli("check").code == 0
    again = path.read_bytes()
    _extract(cli)
    assert path.read_bytes() == again  # idempotent after a splice too


def test_an_entry_with_a_comment_is_a_persons_and_is_kept(cli, repo: Path) -> None:
    shutil.rmtree(repo / "sources")
    shutil.copytree(WILDFIRE, repo / "sources")
    _extract(cli)
    path = Path("claims/hale-2016-04-hearing.extracted.yaml")
    head, first, *rest = _entries(path.read_text(encoding="utf-8"))
    first = first.replace("  kind: quote\n", "  kind: quote  # checked against the video\n", 1)
    path.write_text(head + first + "".join(rest), encoding="utf-8")
    source = repo / "sources" / "hale-2016-04-hearing.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("When more than half", "When over half"), encoding="utf-8")
    _extract(cli)
    after = path.read_text(encoding="utf-8")
    assert first in after  # kept as the person left it, comment and all
    assert "When over half" in after  # and the new proposal beside it


def test_a_persons_other_keys_in_an_extracted_file_are_kept(cli, repo: Path) -> None:
    _extract(cli)
    path = Path(CLAIMS)
    path.write_text(
        path.read_text(encoding="utf-8") + "entities:\n- id: riverton-council\n  type: organization\n  name: Riverton City Council\n", encoding="utf-8"
    )
    (repo / "sources" / "council.txt").write_text(SOURCE + "\nThe shelter will cost $1.2 million.\n", encoding="utf-8")
    _extract(cli)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["entities"] == [{"id": "riverton-council", "type": "organization", "name": "Riverton City Council"}]
    assert any("cost" in c["statement"] for c in data["claims"])


@pytest.mark.parametrize("crlf", [False, True])
def test_a_rewritten_claims_file_keeps_its_mode_and_line_ends(cli, repo: Path, crlf: bool) -> None:
    _extract(cli)
    path = Path(CLAIMS)
    if crlf:
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    path.chmod(0o664)
    (repo / "sources" / "council.txt").write_text(SOURCE + "\nThe shelter will cost $1.2 million.\n", encoding="utf-8")
    assert CLAIMS in _extract(cli).out
    data = path.read_bytes()
    assert stat.S_IMODE(path.stat().st_mode) == 0o664
    assert (data.count(b"\r\n") == data.count(b"\n")) is crlf and b"1.2 million" in data
    assert CLAIMS not in _extract(cli).out  # and a second run leaves it be


def test_new_files_get_the_umask_mode_not_0600(cli, repo: Path) -> None:
    old = os.umask(0o022)
    try:
        _extract(cli)
    finally:
        os.umask(old)
    for name in (CLAIMS, ENTITIES, STATE):
        assert stat.S_IMODE(Path(name).stat().st_mode) == 0o644, name


# --- a killed run --------------------------------------------------------------------------


def test_a_killed_runs_temp_file_is_ignored_meanwhile_and_cleaned_at_the_next_extract(cli, repo: Path) -> None:
    _extract(cli)
    stale = Path("claims/.council.extracted.yaml.k3j_x9ab.tmp")
    stale.write_text("claims:\n- id: half-written\n  kind: [", encoding="utf-8")  # what kill -9 mid-write leaves
    os.utime(stale, (1, 1))
    assert cli("check").code == 0
    assert cli("verify", "draft.md").code == 1
    assert cli("extract", "sources/", "--dry-run").code == 0 and stale.exists()  # a dry run writes (and deletes) nothing
    _extract(cli)
    assert not stale.exists()
    assert sorted(p.name for p in Path("claims").iterdir()) == [".extract-state.json", "council.extracted.yaml", "entities.extracted.yaml"]


def test_extract_takes_a_sidecar_for_its_document(cli, repo: Path) -> None:
    run = _extract(cli, "sources/council.yaml")
    assert "1 source," in run.out and Path(CLAIMS).is_file()
    assert write.SUFFIX == ".extracted.yaml"


# --- the splice itself ---------------------------------------------------------------------

_A = write.stamp({"id": "a", "kind": "fact", "statement": "A is so.", "status": "proposed"})
_B = write.stamp({"id": "b", "kind": "fact", "statement": "B is so.", "status": "proposed"})
_C = write.stamp({"id": "c", "kind": "fact", "statement": "C began on 2016-03-14: a date.", "status": "proposed"})
_BASE = write.render("claims", [_A, _B])


def _indented(text: str) -> str:
    return re.sub(r"(?m)^(-|  )", r"  \1", text.split("claims:\n", 1)[1]).join(["claims:  # our list\n", ""])


@pytest.mark.parametrize(
    ("old", "kept"),
    [
        (_BASE.replace("- id: a\n", "# about a\n- id: a  # first\n"), ["# about a\n- id: a  # first\n"]),
        (_BASE + "# the end\n", ["\n# the end\n"]),
        (_indented(_BASE), ["claims:  # our list\n  - id: a\n    kind: fact\n"]),  # the list's own column
        (_BASE.replace("- id: a\n", "-\n  # a, on its own line\n  id: a\n"), ["-\n  # a, on its own line\n  id: a\n"]),
        ("# mine\nentities: []\n" + _BASE.split("\n", 2)[2] + "other: 1  # keep\n", ["# mine\nentities: []\n", "other: 1  # keep\n"]),
        ("claims: [{id: a, kind: fact, statement: A is so., status: proposed}]\n", []),  # flow style: dumped afresh
        (_BASE.replace("kind: fact\n  statement: A", "kind: &k fact\n  statement: A").replace("kind: fact\n  statement: B", "kind: *k\n  statement: B"), []),
    ],
)
def test_a_rewrite_says_exactly_the_new_entries_and_keeps_what_it_can(old: str, kept: list[str]) -> None:
    from factcheck.corpus import yamlload
    from factcheck.fileout import plain

    new = write.render("claims", [_A, _C], old)
    data = plain(yamlload.parse(new, "x"))
    assert data["claims"] == plain([_A, _C])
    assert {k: v for k, v in data.items() if k != "claims"} == {k: v for k, v in plain(yamlload.parse(old, "x")).items() if k != "claims"}
    for text in kept:
        assert text in new
    assert write.render("claims", [_A, _C], new) == new  # nothing changed: the same bytes
