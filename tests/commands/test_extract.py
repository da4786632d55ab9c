"""`factcheck extract` end to end: files it writes, re-runs, people's edits, curated duplicates, --dry-run, bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from factcheck.extract.write import render

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "cases" / "wildfire" / "corpus"


def _project(tmp_path: Path, corpus: Path = CORPUS, *, curated: bool = False) -> Path:
    shutil.copytree(corpus, tmp_path / "sources")
    if curated:
        shutil.copytree(ROOT / "claims", tmp_path / "claims")
    else:
        (tmp_path / "claims").mkdir()
    return tmp_path


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((root / "claims").iterdir())}


def _entries(path: Path, key: str = "claims") -> list[dict]:  # type: ignore[type-arg]
    return yaml.safe_load(path.read_text(encoding="utf-8"))[key]


def test_extract_writes_one_claims_file_per_source_and_an_entities_file(cli, tmp_path: Path) -> None:
    root = _project(tmp_path)
    run = cli("extract", "--root", str(root), str(root / "sources"))
    assert run.code == 0, run.err
    names = set(_snapshot(root))
    assert "entities.extracted.yaml" in names
    assert "okafor-2015-emergency.extracted.yaml" in names and "tribune-ellison-profile.extracted.yaml" in names
    claims = _entries(root / "claims" / "hale-2016-04-hearing.extracted.yaml")
    assert all(c["status"] == "proposed" and c["extracted"].startswith("sha256:") for c in claims)


def test_check_passes_on_extracted_claims(cli, tmp_path: Path) -> None:
    root = _project(tmp_path)
    cli("extract", "--root", str(root), str(root / "sources"))
    run = cli("check", "--root", str(root))
    assert run.code == 0, run.out
    assert "0 errors" in run.out


def test_running_again_changes_nothing(cli, tmp_path: Path) -> None:
    root = _project(tmp_path)
    cli("extract", "--root", str(root), str(root / "sources"))
    first = _snapshot(root)
    run = cli("extract", "--root", str(root), str(root / "sources"))
    assert run.code == 0
    assert _snapshot(root) == first
    assert "files changed: none" in run.out


def test_extracting_one_source_keeps_the_others_entities(cli, tmp_path: Path) -> None:
    root = _project(tmp_path)
    cli("extract", "--root", str(root), str(root / "sources"))
    first = _snapshot(root)
    cli("extract", "--root", str(root), str(root / "sources" / "hale-2016-04-hearing.txt"))
    assert _snapshot(root) == first


@pytest.mark.parametrize("edit", ["statement", "reviewed", "hand-written"])
def test_an_entry_a_person_touched_is_never_overwritten_or_deleted(cli, tmp_path: Path, edit: str) -> None:
    root = _project(tmp_path)
    cli("extract", "--root", str(root), str(root / "sources"))
    path = root / "claims" / "hale-2016-04-hearing.extracted.yaml"
    claims = _entries(path)
    target = claims[0]
    if edit == "statement":
        target["statement"] = "Hale said a budget should pay for prevention."
    elif edit == "reviewed":
        target["status"] = "reviewed"
    else:
        del target["extracted"]
    text = render("claims", claims)
    path.write_text(text, encoding="utf-8")
    # The source changes so much that the touched claim is no longer proposed at all.
    source = root / "sources" / "hale-2016-04-hearing.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("When more than half", "When over half"), encoding="utf-8")
    cli("extract", "--root", str(root), str(root / "sources"))
    after = path.read_text(encoding="utf-8")
    kept = [c for c in _entries(path) if c["id"] == target["id"]]
    assert len(kept) == 1
    if edit == "statement":
        assert kept[0]["statement"] == "Hale said a budget should pay for prevention."
    elif edit == "reviewed":
        assert kept[0]["status"] == "reviewed"
    else:
        assert "extracted" not in kept[0]
    assert "When over half" in after  # the untouched proposals were regenerated


def test_an_edited_entity_is_kept_and_not_duplicated(cli, tmp_path: Path) -> None:
    root = _project(tmp_path)
    cli("extract", "--root", str(root), str(root / "sources"))
    path = root / "claims" / "entities.extracted.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("name: Robert Hale", "name: Robert J. Hale", 1), encoding="utf-8")
    cli("extract", "--root", str(root), str(root / "sources"))
    entities = _entries(path, "entities")
    hales = [e for e in entities if e["id"].startswith("robert")]
    assert [e["name"] for e in hales] == ["Robert J. Hale"]


def test_no_proposal_repeats_a_curated_claim_or_entity(cli, tmp_path: Path) -> None:
    root = _project(tmp_path, ROOT / "sources", curated=True)
    curated = yaml.safe_load((ROOT / "claims" / "fns-2015-12-09-heitkamp-klobuchar.yaml").read_text(encoding="utf-8"))["claims"]
    run = cli("extract", "--root", str(root), str(root / "sources"))
    assert run.code == 0, run.err
    proposed = [c for p in (root / "claims").glob("*.extracted.yaml") for c in (yaml.safe_load(p.read_text(encoding="utf-8")) or {}).get("claims") or []]
    curated_words = {" ".join(c["words"].split()) for c in curated if c["kind"] == "quote"}
    assert not [c for c in proposed if c["kind"] == "quote" and " ".join(c["words"].split()) in curated_words]
    entities = _entries(root / "claims" / "entities.extracted.yaml", "entities") if (root / "claims" / "entities.extracted.yaml").exists() else []
    assert not {e["id"] for e in entities} & {"amy-klobuchar", "heidi-heitkamp", "kelly-ayotte", "cindy-mccain"}
    assert cli("check", "--root", str(root)).code == 0


def test_dry_run_prints_a_diff_and_writes_nothing(cli, tmp_path: Path) -> None:
    root = _project(tmp_path)
    run = cli("extract", "--dry-run", "--root", str(root), str(root / "sources"))
    assert run.code == 0
    assert "--- /dev/null\n+++ b/claims/hale-2016-04-hearing.extracted.yaml\n" in run.out
    assert "+- id: hale-2016-04-hearing-" in run.out
    assert list((root / "claims").iterdir()) == []
    cli("extract", "--root", str(root), str(root / "sources"))
    again = cli("extract", "--dry-run", "--root", str(root), str(root / "sources"))
    assert again.out == "extract: nothing would change\n"


def test_a_source_without_any_date_is_warned_about_on_one_line(cli, tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "sources" / "undated.txt").write_text("Last year, U.S. Senator Robert Hale toured the burn area.\n", encoding="utf-8")
    run = cli("extract", "--root", str(tmp_path), str(tmp_path / "sources"))
    assert run.code == 0
    assert run.err.count("\n") == 1 and "sources/undated.txt: no publication date" in run.err


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        ("none", ["sources/missing.txt"], "no such file or folder"),
        ("outside", ["elsewhere.txt"], "not inside the project's sources/ folder"),
        ("binary", ["sources/bad.txt"], "not UTF-8 text"),
        ("sidecar", ["sources/orphan.yaml"], "not a source document"),  # metadata with no document beside it
        ("noclaims", ["sources"], "no claims/ folder"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setup: str, args: list[str], message: str) -> None:
    (tmp_path / "sources").mkdir()
    if setup != "noclaims":
        (tmp_path / "claims").mkdir()
    (tmp_path / "sources" / "doc.txt").write_text("A document.\n", encoding="utf-8")
    (tmp_path / "sources" / "doc.yaml").write_text("title: A document\n", encoding="utf-8")
    (tmp_path / "sources" / "orphan.yaml").write_text("title: No document\n", encoding="utf-8")
    (tmp_path / "elsewhere.txt").write_text("Elsewhere.\n", encoding="utf-8")
    if setup == "binary":
        (tmp_path / "sources" / "bad.txt").write_bytes(b"caf\xe9\n")
    monkeypatch.chdir(tmp_path)
    run = cli("extract", *args)
    assert run.code == 2
    assert run.err.count("\n") == 1 and message in run.err, run.err
    assert "Traceback" not in run.err


def test_running_again_changes_nothing_when_a_surname_is_shared(cli, tmp_path: Path) -> None:
    # A surname alone in one document, two people with that surname in others: the registry
    # written by the first run must not make the second run resolve names differently.
    (tmp_path / "claims").mkdir()
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text(
        "Dec. 1, 2015\n\n“We will keep working on this,” said Senator Menon. Senator Menon is a former Ohio attorney general.\n", encoding="utf-8"
    )
    (sources / "b.txt").write_text("Dec. 2, 2015\n\nU.S. Senator Ravi Menon (D-Ohio) spoke in Columbus.\n", encoding="utf-8")
    (sources / "c.txt").write_text("Dec. 3, 2015\n\nU.S. Senator Asha Menon (R-Iowa) spoke. “We agree on this,” Menon said.\n", encoding="utf-8")
    cli("extract", "--root", str(tmp_path), str(sources))
    first = _snapshot(tmp_path)
    cli("extract", "--root", str(tmp_path), str(sources))
    assert _snapshot(tmp_path) == first
