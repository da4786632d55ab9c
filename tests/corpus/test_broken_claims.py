"""Broken claims are not evidence: a claim whose provenance quote left its source is never cited by verify.

`factcheck check` reports such a claim (exit 1); `verify` leaves it out of the index
(corpus/index.py), says once per run on stderr how many it left out and that check names
them, and keeps the `factcheck-report/1` document as it was. A quote that merely moved
(the source was edited above it) is still found, and still evidence.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from factcheck.errors import ExitCode
from factcheck.report.json import SCHEMA

ROOT = Path(__file__).resolve().parents[2]
SOURCE = "sources/000_6a5dbfec2895c369.txt"
TRIP = "In April 2014, Senator Amy Klobuchar led a delegation to Mexico with Senator Heidi Heitkamp to discuss joint efforts to fight sex trafficking and the growing heroin epidemic.\n"
DEATHS = "The problem is close to home: in 2013, 45 people died of heroin overdoses in Hennepin County.\n"
NOTE = re.compile(
    r"^factcheck: note: (\d+) claims? (was|were) skipped because (its quote is|their quotes are) no longer in (its source|their sources); `factcheck check` names (it|them)$",
    re.M,
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "claims", tmp_path / "claims")
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    (tmp_path / ".git").mkdir()  # no configuration above it is read
    return tmp_path


def _edit(project: Path, old: str, new: str) -> None:
    path = project / SOURCE
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def _cited(run) -> set[str]:  # type: ignore[no-untyped-def]
    return {claim["id"] for entry in run.json()["files"] for finding in entry["findings"] for claim in finding["claims"]}


def _verify(cli, project: Path, sentence: str):  # type: ignore[no-untyped-def]
    draft = project / "draft.md"
    draft.write_text(sentence, encoding="utf-8")
    return cli("verify", "--root", str(project), "--format", "json", str(draft))


# (what happened to the source, old text, new text, the draft, the claim that backed it, exit code after)
BROKEN = [
    pytest.param(
        "Klobuchar is leading a delegation",
        "Klobuchar is heading a delegation",
        TRIP,
        "delegation-mexico-trip-2014",
        ExitCode.OK,
        id="quote-reworded",
    ),
    pytest.param(
        "In 2013, there were 54 deaths caused by heroin overdoses in Hennepin County.",
        "",
        DEATHS,
        "delegation-hennepin-heroin-deaths-2013",
        ExitCode.OK,
        id="quote-deleted-so-the-wrong-figure-goes-unchallenged",
    ),
]


@pytest.mark.parametrize(("old", "new", "draft", "claim", "code"), BROKEN)
def test_a_claim_whose_quote_left_its_source_is_not_cited(cli, project: Path, old: str, new: str, draft: str, claim: str, code: int) -> None:
    before = _verify(cli, project, draft)
    assert claim in _cited(before) and not NOTE.search(before.err)
    _edit(project, old, new)
    for run in (_verify(cli, project, draft), _verify(cli, project, draft)):  # built, then from the cache
        assert claim not in _cited(run)
        assert run.code == code
        assert len(NOTE.findall(run.err)) == 1, run.err
        assert run.json()["schema"] == SCHEMA and set(run.json()) == {"schema", "files", "summary"}
    checked = cli("check", "--root", str(project))
    assert checked.code == ExitCode.FINDINGS and claim in checked.out


def test_the_note_counts_the_skipped_claims_and_is_said_once_in_every_format(cli, project: Path) -> None:
    _edit(project, "Klobuchar is leading a delegation", "Klobuchar is heading a delegation")
    draft = project / "draft.md"
    draft.write_text(TRIP + DEATHS, encoding="utf-8")
    counts = set()
    for fmt in ("text", "json", "sarif", "github"):
        run = cli("verify", "--root", str(project), "--format", fmt, str(draft))
        notes = NOTE.findall(run.err)
        assert len(notes) == 1, (fmt, run.err)
        counts.add(notes[0][0])
        assert "note:" not in run.out
    quiet = cli("verify", "--root", str(project), "--quiet", str(draft))
    assert len(NOTE.findall(quiet.err)) == 1
    assert len(counts) == 1 and int(counts.pop()) >= 1


def test_a_quote_that_only_moved_is_still_evidence(cli, project: Path) -> None:
    _edit(project, "MEXICO CITY, MEXICO", "An editor's note added above.\n\nAnd another paragraph.\n\nMEXICO CITY, MEXICO")
    run = _verify(cli, project, TRIP)
    assert "delegation-mexico-trip-2014" in _cited(run)
    assert not NOTE.search(run.err)


def test_a_sound_database_says_nothing_on_stderr(cli, project: Path) -> None:
    run = _verify(cli, project, TRIP + DEATHS)
    assert run.err == ""
    assert run.code == ExitCode.FINDINGS  # the wrong figure is still caught
