"""Suppression comments in drafts: each form, kinds, regions, fenced examples, unused ones, bad ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from writing_repo import ROOT, WRONG

NUMBER_WRONG = "Klobuchar and Heitkamp were joined on their four-day trip by Cindy McCain.\n"


def _findings(cli, tmp_path: Path, text: str, *args: str) -> list[tuple[int, str, str]]:
    draft = tmp_path / "draft.md"
    draft.write_text(text, encoding="utf-8")
    run = cli("verify", "--root", str(ROOT), str(draft), "--format", "json", *args)
    assert run.code in (0, 1), run.err
    return [(f["line"], f["severity"], f["kind"]) for entry in run.json()["files"] for f in entry["findings"] if f["severity"] != "info"]


def test_without_comments_the_error_is_reported(cli, tmp_path):
    assert _findings(cli, tmp_path, WRONG) == [(1, "error", "date")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next block
        ("<!-- factcheck: ignore -->\n" + WRONG + "\n" + WRONG, [(4, "error", "date")]),
        # the block it stands in (at the end of a paragraph)
        (WRONG.rstrip() + " <!-- factcheck: ignore -->\n\n" + WRONG, [(3, "error", "date")]),
        # the next block, after a blank line
        ("<!-- factcheck: ignore -->\n\n" + WRONG, []),
        # one kind: the right one
        ("<!-- factcheck: ignore date -->\n" + WRONG, []),
        # one kind: another one leaves the error
        ("<!-- factcheck: ignore number -->\n" + WRONG, [(2, "error", "date")]),
        # several kinds, spaces or commas
        ("<!-- factcheck: ignore number, date -->\n" + WRONG, []),
        ("<!--factcheck:ignore quote date-->\n" + WRONG, []),
        # a region, closed
        ("<!-- factcheck: off -->\n\n" + WRONG + "\n" + WRONG + "\n<!-- factcheck: on -->\n\n" + WRONG, [(9, "error", "date")]),
        # a region left open runs to the end
        ("intro words\n\n<!-- factcheck: off -->\n\n" + WRONG + "\n" + NUMBER_WRONG, []),
        # a region for one kind
        ("<!-- factcheck: off number -->\n\n" + WRONG + "\n" + NUMBER_WRONG + "\n<!-- factcheck: on -->\n", [(3, "error", "date")]),
        # a list item
        ("- <!-- factcheck: ignore -->\n  " + WRONG + "- " + WRONG, [(3, "error", "date")]),
        # an example inside fenced code is not a directive
        ("```markdown\n<!-- factcheck: ignore -->\n```\n\n" + WRONG, [(5, "error", "date")]),
    ],
)
def test_suppression_forms(cli, tmp_path, text, expected):
    assert _findings(cli, tmp_path, text) == expected


def test_unused_suppressions_are_reported_on_request(cli, tmp_path):
    text = "<!-- factcheck: ignore -->\nWe met for coffee.\n\n<!-- factcheck: ignore date -->\n" + WRONG + "\n<!-- factcheck: ignore quote -->\n" + NUMBER_WRONG
    assert [k for _, _, k in _findings(cli, tmp_path, text)] == ["number"]
    found = _findings(cli, tmp_path, text, "--report-unused-ignores")
    assert found == [(1, "warning", "suppression"), (7, "warning", "suppression"), (8, "error", "number")]


def test_unused_report_in_text_format_names_the_line(cli, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text("<!-- factcheck: off -->\nWe met for coffee.\n<!-- factcheck: on -->\n", encoding="utf-8")
    run = cli("verify", "--root", str(ROOT), str(draft), "--report-unused-ignores")
    assert run.code == 0
    assert f"{draft}:1:1 warning suppression: unused suppression" in run.out


@pytest.mark.parametrize(
    ("comment", "expected"),
    [
        ("<!-- factcheck: ignore dates -->", "unknown kind `dates` in a factcheck comment, so it silences nothing — did you mean `date`?"),
        ("<!-- factcheck: igonre -->", "unknown factcheck comment `igonre`, so it silences nothing — did you mean `factcheck: ignore`?"),
        ("<!-- factcheck: skip -->", "unknown factcheck comment `skip`"),
        ("<!-- factcheck: -->", "unknown factcheck comment `(empty)`"),
    ],
)
def test_a_malformed_comment_is_a_warning_at_its_line_and_the_file_is_still_checked(cli, tmp_path, comment, expected):
    draft = tmp_path / "draft.md"
    draft.write_text("# Title\n\n" + comment + "\n" + WRONG, encoding="utf-8")
    run = cli("verify", "--root", str(ROOT), str(draft), "--format", "json")
    assert run.code == 1, run.err  # the error it would have hidden is still reported
    findings = [
        (f["line"], f["column"], f["severity"], f["kind"], f["message"]) for entry in run.json()["files"] for f in entry["findings"] if f["severity"] != "info"
    ]
    assert findings[0][:4] == (3, 1, "warning", "suppression") and expected in findings[0][4]
    assert (findings[1][0], findings[1][2], findings[1][3]) == (4, "error", "date")


def test_a_malformed_comment_is_shown_at_its_own_line_in_the_line_format(cli, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text("# Title\n\n<!-- factcheck: igonre -->\n" + WRONG, encoding="utf-8")
    run = cli("verify", "--root", str(ROOT), str(draft), "--format", "line")
    assert run.code == 1
    lines = run.out.splitlines()
    assert lines[0].startswith(f"{draft}:3:1: ") and "did you mean `factcheck: ignore`?" in lines[0]
    assert lines[1].startswith(f"{draft}:4:")
