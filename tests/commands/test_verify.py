"""`factcheck verify` end to end through the real CLI: bad input, exit codes, --quiet, folders, colour.

Bad input (a missing file, an empty folder, a binary or non-UTF-8 file, unreadable front
matter, an `--as-of` that is not a date) is one line on stderr naming the file and what to
do, exit 2, and every other file named is still checked and reported.
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.errors import ExitCode

ROOT = Path(__file__).resolve().parents[2]
EXE = str(Path(sys.executable).parent / "factcheck")

CLEAN = "Klobuchar and Heitkamp will be joined on their three-day trip by Cindy McCain.\n"
WRONG = "In October 2013, Heitkamp helped lead a Senate hearing on human trafficking.\n"
WARNING_ONLY = (
    "Senator Heidi Heitkamp will visit Canada in the spring to discuss maple syrup tariffs of 12 percent.\n"  # names the registry, states what no claim covers
)


def _verify(cli, *args: str):
    return cli("verify", "--root", str(ROOT), *args)


def _findings(run) -> dict[str, list[dict]]:
    return {entry["path"]: entry["findings"] for entry in run.json()["files"]}


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    (tmp_path / "good.md").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "wrong.md").write_text(WRONG, encoding="utf-8")
    return tmp_path


# --- bad input: one line, naming the file and what to do; exit 2; the rest still checked ---

BAD_FILES = [
    pytest.param("missing.md", None, "missing.md: file not found — check the path", id="missing-file"),
    pytest.param("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary.md: binary file", id="binary"),
    pytest.param("latin1.md", "Caf\xe9 owners met Heitkamp.\n".encode("latin-1"), "latin1.md:1: not UTF-8 text — save the file as UTF-8", id="non-utf8"),
    pytest.param("utf16.md", "Heitkamp spoke.\n".encode("utf-16"), "utf16.md: UTF-16 text, not UTF-8 — save the file as UTF-8", id="utf16"),
    pytest.param("frontmatter.md", b"---\ndate: [2014\n---\nText.\n", "frontmatter.md:3: unreadable front matter", id="broken-front-matter"),
    pytest.param(
        "nodate.md",
        b"---\ndate: someday\n---\nText.\n",
        "nodate.md:2: front matter `date: someday` is not a date — write `date: YYYY-MM-DD`",
        id="front-matter-date",
    ),
    pytest.param("unclosed.md", b"---\ndate: 2014-06-01\nText.\n", "unclosed.md:1: front matter has no closing `---` line", id="unclosed-front-matter"),
]


@pytest.mark.parametrize(("name", "content", "expected"), BAD_FILES)
def test_bad_file_is_one_line_exit_2_and_the_good_file_is_still_reported(cli, drafts, name, content, expected):
    bad = drafts / name
    if content is not None:
        bad.write_bytes(content)
    run = _verify(cli, "--format", "json", str(drafts / "good.md"), str(bad))
    assert run.code == ExitCode.USAGE
    assert run.err.count("\n") == 1 and "Traceback" not in run.err
    assert run.err.startswith("factcheck: ") and f"{bad}".rsplit("/", 1)[0] in run.err
    assert expected in run.err
    assert run.err.count(name) == 1  # the file is named once, not "x.md: x.md:1: ..."
    files = _findings(run)
    assert [f["kind"] for f in files[str(drafts / "good.md")]] == ["supported"]


def test_a_bad_file_does_not_hide_the_errors_of_the_others(cli, drafts):
    run = _verify(cli, "--format", "line", str(drafts / "missing.md"), str(drafts / "wrong.md"))
    assert run.code == ExitCode.USAGE  # input errors outrank findings
    assert "wrong.md:1:4: error date: the sources date this September 2013, not October 2013" in run.out
    assert "missing.md" in run.err


def test_folder_with_no_drafts(cli, tmp_path):
    (tmp_path / "empty" / "notes").mkdir(parents=True)
    (tmp_path / "empty" / "notes" / "image.png").write_bytes(b"\x89PNG")
    run = _verify(cli, str(tmp_path / "empty"))
    assert run.code == ExitCode.USAGE
    assert run.err.strip() == f"factcheck: {tmp_path / 'empty'}: folder has no drafts — put *.md or *.txt files in it, or name the drafts"


@pytest.mark.parametrize("as_of", ["notadate", "2014-13-01", "2014-02-30", "June 2014", ""])
def test_as_of_that_is_not_a_date_is_a_usage_error(cli, drafts, as_of):
    run = _verify(cli, "--as-of", as_of, str(drafts / "good.md"))
    assert run.code == ExitCode.USAGE
    assert run.err.strip() == f"factcheck: --as-of {as_of!r} is not a date — give YYYY-MM-DD, YYYY-MM or YYYY"


@pytest.mark.parametrize("as_of", ["2014", "2014-06", "2014-06-01"])
def test_as_of_at_any_precision_is_accepted(cli, drafts, as_of):
    assert _verify(cli, "--as-of", as_of, str(drafts / "good.md")).code == ExitCode.OK


def test_the_installed_script_reports_bad_input_without_a_traceback(drafts):
    proc = subprocess.run([EXE, "verify", "--root", str(ROOT), str(drafts / "good.md"), str(drafts / "nope.md")], capture_output=True, text=True, check=False)
    assert proc.returncode == ExitCode.USAGE
    assert proc.stderr.strip() == f"factcheck: {drafts / 'nope.md'}: file not found — check the path"
    assert "good.md" in proc.stdout


# --- exit codes and what is shown -------------------------------------------------------


def test_clean_draft_exits_0(cli, drafts):
    run = _verify(cli, str(drafts / "good.md"))
    assert (run.code, run.err) == (ExitCode.OK, "")


def test_draft_with_an_error_exits_1(cli, drafts):
    run = _verify(cli, "--format", "json", str(drafts / "wrong.md"))
    assert run.code == ExitCode.FINDINGS
    [finding] = [f for f in _findings(run)[str(drafts / "wrong.md")] if f["severity"] == "error"]
    assert (finding["kind"], finding["text"], finding["expected"]) == ("date", "October 2013", "September 2013")


def test_warnings_alone_exit_0(cli, tmp_path):
    draft = tmp_path / "warn.md"
    draft.write_text(WARNING_ONLY, encoding="utf-8")
    run = _verify(cli, "--format", "json", str(draft))
    assert run.code == ExitCode.OK
    assert [f["severity"] for f in _findings(run)[str(draft)]] == ["warning"]


def test_quiet_shows_errors_only(cli, tmp_path):
    draft = tmp_path / "mixed.md"
    draft.write_text(CLEAN + WRONG + WARNING_ONLY, encoding="utf-8")
    loud = _findings(_verify(cli, "--format", "json", str(draft)))[str(draft)]
    assert {f["severity"] for f in loud} == {"error", "warning", "info"}
    quiet = _verify(cli, "--quiet", "--format", "json", str(draft))
    assert quiet.code == ExitCode.FINDINGS
    assert [(f["severity"], f["line"]) for f in _findings(quiet)[str(draft)]] == [("error", 2)]
    text = _verify(cli, "--quiet", str(draft))
    assert "October 2013" in text.out and "supported" not in text.out and "unsupported" not in text.out


def test_quiet_on_a_clean_draft_prints_no_findings(cli, drafts):
    run = _verify(cli, "--quiet", "--format", "line", str(drafts / "good.md"))
    assert (run.code, run.out) == (ExitCode.OK, "")


def test_folders_are_searched_recursively_for_md_and_txt(cli, tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "top.md").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "a" / "b" / "deep.txt").write_text(WRONG, encoding="utf-8")
    (tmp_path / "a" / "b" / "notes.rst").write_text(WRONG, encoding="utf-8")
    (tmp_path / "a" / ".hidden").mkdir()
    (tmp_path / "a" / ".hidden" / "skip.md").write_text(WRONG, encoding="utf-8")
    run = _verify(cli, "--format", "json", str(tmp_path / "a"))
    assert run.code == ExitCode.FINDINGS
    assert sorted(_findings(run)) == [str(tmp_path / "a" / "b" / "deep.txt"), str(tmp_path / "a" / "top.md")]


def test_front_matter_date_sets_as_of_and_the_option_overrides_it(cli, tmp_path):
    draft = tmp_path / "dated.md"
    draft.write_text("---\ndate: 2014-06-01\n---\nLast year, Heitkamp helped lead a Senate hearing on human trafficking.\n", encoding="utf-8")
    assert _verify(cli, str(draft)).code == ExitCode.OK  # last year = 2013: the September 2013 hearing
    later = _verify(cli, "--format", "json", "--as-of", "2016-01-01", str(draft))
    assert later.code == ExitCode.FINDINGS  # last year = 2015
    [error] = [f for f in _findings(later)[str(draft)] if f["severity"] == "error"]
    assert (error["kind"], error["line"], error["text"]) == ("date", 4, "Last year")


# --- colour: only on a terminal, never when piped or with NO_COLOR --------------------------


def _run_script(args: list[str], *, tty: bool, env: dict[str, str]) -> str:
    if not tty:
        proc = subprocess.run([EXE, *args], capture_output=True, text=True, env=env, check=False)
        return proc.stdout
    leader, follower = pty.openpty()
    proc = subprocess.Popen([EXE, *args], stdout=follower, stderr=subprocess.DEVNULL, env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait()
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize(
    ("tty", "no_color", "coloured"),
    [(False, False, False), (True, True, False), (True, False, True)],
    ids=["piped", "tty-with-NO_COLOR", "tty"],
)
def test_ansi_codes_only_on_a_terminal_without_no_color(drafts, tty, no_color, coloured):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TERM")}
    env["TERM"] = "xterm-256color"
    if no_color:
        env["NO_COLOR"] = "1"
    out = _run_script(["verify", "--root", str(ROOT), str(drafts / "wrong.md")], tty=tty, env=env)
    assert "October 2013" in out
    assert ("\x1b[" in out) is coloured


@pytest.mark.parametrize("fmt", ["json", "sarif", "github", "line"])
def test_machine_formats_never_carry_ansi_codes(cli, drafts, fmt):
    run = _verify(cli, "--format", fmt, str(drafts / "wrong.md"))
    assert run.code == ExitCode.FINDINGS and "\x1b[" not in run.out
    if fmt in ("json", "sarif"):
        json.loads(run.out)


def test_a_byte_order_mark_is_not_a_column(cli, tmp_path):
    draft = tmp_path / "bom.md"
    draft.write_bytes("\ufeff".encode() + WRONG.encode())
    [error] = [f for f in _findings(_verify(cli, "--format", "json", str(draft)))[str(draft)] if f["severity"] == "error"]
    assert (error["line"], error["column"], error["end_column"], error["text"]) == (1, 4, 16, "October 2013")


def test_relative_dates_in_an_undated_draft_are_said_once_to_be_unchecked(cli, tmp_path):
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text("Last year Heitkamp helped lead a Senate hearing.\n", encoding="utf-8")
    (tmp_path / "c.md").write_text("---\ndate: 2014-06-01\n---\nLast year Heitkamp helped lead a Senate hearing.\n", encoding="utf-8")
    run = _verify(cli, "--format", "json", str(tmp_path / "a.md"), str(tmp_path / "b.md"), str(tmp_path / "c.md"))
    notes = [line for line in run.err.splitlines() if "relative dates" in line]
    assert notes == [
        f'factcheck: note: relative dates ("last year", "since May") in {tmp_path / "a.md"} and 1 more were not checked: give the draft a date (front matter `date:` or --as-of)'
    ]
    dated = _verify(cli, "--format", "json", "--as-of", "2014-06-01", str(tmp_path / "a.md"))
    assert "relative dates" not in dated.err
