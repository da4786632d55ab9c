"""Only what is new: `factcheck baseline` + verify, and `verify --since REF`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from writing_repo import PLAIN, WRONG, git, git_repo, project

NUMBER_WRONG = "Klobuchar and Heitkamp were joined on their four-day trip by Cindy McCain.\n"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = project(tmp_path / "writing")
    monkeypatch.chdir(folder)
    return folder


def _errors(run) -> list[tuple[int, str]]:
    return [(f["line"], f["kind"]) for entry in run.json()["files"] for f in entry["findings"] if f["severity"] == "error"]


def test_baseline_records_findings_and_verify_then_reports_only_new_ones(cli, repo):
    draft = repo / "draft.md"
    draft.write_text("# Old\n\n" + WRONG, encoding="utf-8")
    run = cli("baseline", "draft.md")
    assert run.code == 0 and "recorded 1 finding" in run.out
    data = json.loads((repo / ".factcheck-baseline.json").read_text(encoding="utf-8"))
    assert data["schema"] == "factcheck-baseline/1" and [e["kind"] for e in data["findings"]] == ["date"]
    assert not list(repo.glob(".factcheck-baseline.*.tmp"))  # the atomic write left nothing behind

    quiet = cli("verify", "draft.md", "--format", "json")
    assert quiet.code == 0 and _errors(quiet) == []

    # Edits elsewhere move the old sentence down; it stays accepted. A new error is reported.
    draft.write_text("# Old\n\nA new opening paragraph.\n\nAnd another one.\n\n" + WRONG + "\n" + NUMBER_WRONG, encoding="utf-8")
    run = cli("verify", "draft.md", "--format", "json")
    assert run.code == 1 and _errors(run) == [(9, "number")]

    every = cli("verify", "draft.md", "--format", "json", "--no-baseline")
    assert _errors(every) == [(7, "date"), (9, "number")]


def test_rewording_the_sentence_brings_the_finding_back(cli, repo):
    (repo / "draft.md").write_text(WRONG, encoding="utf-8")
    cli("baseline", "draft.md")
    (repo / "draft.md").write_text(WRONG.replace("led a delegation", "headed a delegation"), encoding="utf-8")
    assert _errors(cli("verify", "draft.md", "--format", "json")) == [(1, "date")]


def test_baseline_option_names_another_file(cli, repo):
    (repo / "draft.md").write_text(WRONG, encoding="utf-8")
    assert cli("baseline", "draft.md", "--output", "accepted.json").code == 0
    assert not (repo / ".factcheck-baseline.json").exists()
    assert cli("verify", "draft.md").code == 1
    assert cli("verify", "draft.md", "--baseline", "accepted.json").code == 0


@pytest.mark.parametrize(("content", "expected"), [("{not json", "not valid JSON"), ('{"schema": "other"}', "not a factcheck-baseline/1 file")])
def test_a_broken_baseline_is_a_one_line_error(cli, repo, content, expected):
    (repo / "draft.md").write_text(WRONG, encoding="utf-8")
    (repo / ".factcheck-baseline.json").write_text(content, encoding="utf-8")
    run = cli("verify", "draft.md")
    assert run.code == 2 and expected in run.err and ".factcheck-baseline.json" in run.err
    assert cli("verify", "draft.md", "--no-baseline").code == 1


def test_a_missing_named_baseline_is_an_error(cli, repo):
    (repo / "draft.md").write_text(WRONG, encoding="utf-8")
    run = cli("verify", "draft.md", "--baseline", "nope.json")
    assert run.code == 2 and "nope.json" in run.err and "factcheck baseline" in run.err


def test_since_reports_only_lines_the_change_touched(cli, repo):
    git_repo(repo)
    draft = repo / "draft.md"
    draft.write_text("# Draft\n\n" + WRONG + "\n" + PLAIN, encoding="utf-8")
    git(repo, "add", "draft.md")
    git(repo, "commit", "-q", "-m", "old draft")
    draft.write_text("# Draft\n\n" + WRONG + "\n" + NUMBER_WRONG + "\n" + PLAIN, encoding="utf-8")

    assert _errors(cli("verify", "draft.md", "--format", "json")) == [(3, "date"), (5, "number")]
    run = cli("verify", "draft.md", "--format", "json", "--since", "HEAD")
    assert run.code == 1 and _errors(run) == [(5, "number")]

    # A file git does not track yet is new from top to bottom.
    (repo / "new.md").write_text(WRONG, encoding="utf-8")
    assert _errors(cli("verify", "new.md", "--format", "json", "--since", "HEAD")) == [(1, "date")]

    # A change that only touches other lines leaves nothing to report.
    git(repo, "add", "draft.md")
    git(repo, "commit", "-q", "-m", "new sentence")
    draft.write_text("# Draft, retitled\n\n" + WRONG + "\n" + NUMBER_WRONG + "\n" + PLAIN, encoding="utf-8")
    run = cli("verify", "draft.md", "--format", "json", "--since", "HEAD")
    assert run.code == 0 and _errors(run) == []


def test_since_a_ref_that_does_not_exist_is_a_usage_error(cli, repo):
    git_repo(repo)
    (repo / "draft.md").write_text(WRONG, encoding="utf-8")
    run = cli("verify", "draft.md", "--since", "no-such-branch")
    assert run.code == 2 and "--since 'no-such-branch' is not a commit" in run.err


def test_since_outside_a_repository_is_a_usage_error(cli, repo):
    (repo / "draft.md").write_text(WRONG, encoding="utf-8")
    run = cli("verify", "draft.md", "--since", "HEAD")
    assert run.code == 2 and "not inside a git repository" in run.err


def test_baseline_without_files_records_every_draft_under_the_repository(cli, repo):
    (repo / "drafts").mkdir()
    (repo / "drafts" / "a.md").write_text(WRONG, encoding="utf-8")
    (repo / "b.md").write_text(NUMBER_WRONG, encoding="utf-8")
    run = cli("baseline")
    assert run.code == 0 and "recorded 2 findings" in run.out  # claims/ and sources/ are not drafts
    assert cli("verify", "drafts", "b.md").code == 0


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("claims/entities.yaml", "inside claims/"),  # an existing claims file
        ("claims/new-baseline.json", "inside claims/"),
        ("sources/baseline.json", "inside sources/"),
        ("notes.json", "not a factcheck-baseline/1 file"),
        ("README.md", "not a factcheck-baseline/1 file"),
        ("drafts", "is not a file"),
    ],
)
def test_baseline_output_refuses_what_is_not_a_baseline(cli, repo, target, message):
    (repo / "draft.md").write_text(WRONG, encoding="utf-8")
    (repo / "notes.json").write_text('{"mine": true}\n', encoding="utf-8")
    (repo / "README.md").write_text("# Our drafts\n", encoding="utf-8")
    (repo / "drafts").mkdir()
    before = {p: p.read_bytes() for p in repo.rglob("*") if p.is_file()}
    run = cli("baseline", "draft.md", "-o", target)
    assert (run.code, run.out) == (2, "")
    assert run.err.count("\n") == 1 and target in run.err and message in run.err, run.err
    assert {p: p.read_bytes() for p in repo.rglob("*") if p.is_file()} == before


def test_baseline_output_replaces_an_older_baseline(cli, repo):
    (repo / "draft.md").write_text(PLAIN, encoding="utf-8")
    assert cli("baseline", "draft.md", "-o", "accepted.json").code == 0
    (repo / "draft.md").write_text(WRONG, encoding="utf-8")
    run = cli("baseline", "draft.md", "-o", "accepted.json")
    assert run.code == 0 and "recorded 1 finding" in run.out


def test_baseline_output_through_a_symlink_into_claims_is_refused(cli, repo):
    (repo / "draft.md").write_text(WRONG, encoding="utf-8")
    (repo / "accepted.json").symlink_to(repo / "claims" / "entities.yaml")
    run = cli("baseline", "draft.md", "-o", "accepted.json")
    assert run.code == 2 and "inside claims/" in run.err
