"""Reporters: one hand-built Report rendered by every format and compared with golden files.

Golden files: tests/golden/report/<format>.<ext>; regenerate them with
`FACTCHECK_UPDATE_GOLDEN=1 .venv/bin/pytest tests/report/test_report.py` and review the diff.
The SARIF output is also validated against tests/data/sarif-subset.schema.json, the part
of the official SARIF 2.1.0 schema that factcheck writes.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import factcheck
from factcheck.errors import FactcheckError
from factcheck.model import FINDING_KINDS, Finding
from factcheck.report import REPORT_FORMATS, REPORTERS, FileReport, Report, reporter, split_location, write
from factcheck.report import github as github_reporter
from factcheck.report import sarif as sarif_reporter
from factcheck.report import text as text_reporter

HERE = Path(__file__).resolve().parents[1]  # tests/
GOLDEN = HERE / "golden" / "report"
SARIF_SCHEMA = HERE / "data" / "sarif-subset.schema.json"
UPDATE_GOLDEN = os.environ.get("FACTCHECK_UPDATE_GOLDEN") == "1"
GOLDEN_NAMES = {"text": "text.txt", "json": "json.json", "sarif": "sarif.sarif", "github": "github.txt", "line": "line.txt"}
ANSI = re.compile(r"\x1b\[[0-9;]*m")

DRAFT = "drafts/mexico trip, 2014.md"  # a space and a comma: URI and GitHub property escaping
HEARING = {
    "id": "heitkamp-page-hsgac-hearing",
    "source": "heitkamp-human-trafficking-page",
    "quote": "In September 2013, Senator Heitkamp helped lead a Senate hearing to better understand\nthe work being done on the federal, state, and local levels to combat human trafficking.",
    "location": "sources/003_840c58d8bd7f0915.txt:11",
}
TRIP = {
    "id": "delegation-mexico-trip-2014",
    "source": "klobuchar-2014-mexico-delegation",
    "quote": "U.S. Senator Amy Klobuchar is leading a delegation to Mexico with U.S. Senator Heidi Heitkamp",
    "location": "sources/000_6a5dbfec2895c369.txt:4",
}
DATELINE = {
    "id": "delegation-dateline-mexico-city",
    "source": "klobuchar-2014-mexico-delegation",
    "quote": "MEXICO CITY",
    "location": "sources/000_6a5dbfec2895c369.txt:2",
}


def sample_report() -> Report:
    supported = Finding(
        path=DRAFT,
        line=3,
        column=1,
        end_line=3,
        end_column=72,
        kind="supported",
        severity="info",
        message="backed by the sources",
        text="",
        claims=(TRIP, DATELINE),
        line_text="Klobuchar led a delegation to Mexico City with Heitkamp and Cindy McCain.",
        fingerprint="5c2e0d9a41b7f3e8",
    )
    wrong_date = Finding(
        path=DRAFT,
        line=5,
        column=4,
        end_line=5,
        end_column=16,
        kind="date",
        severity="error",
        message="the sources date this September 2013, not October 2013",
        text="October 2013",
        expected="September 2013",
        fix="September 2013",
        claims=(HEARING,),
        related=({"location": "sources/000_6a5dbfec2895c369.txt:18", "message": "the same hearing, dated 'last year' (2013)"},),
        line_text="In October 2013, Heitkamp helped lead a Senate hearing on trafficking.",
        fingerprint="3f9a1c2b7d4e5f60",
    )
    unsupported = Finding(
        path=DRAFT,
        line=7,
        column=1,
        end_line=8,
        end_column=25,
        kind="unsupported",
        severity="warning",
        message="no claim covers this statement",
        text="Arrests for trafficking rose 40% in 2014, a record,\naccording to state officials.",
        line_text="Arrests for trafficking rose 40% in 2014, a record,",
        fingerprint="a0b1c2d3e4f50617",
    )
    return Report(
        files=(
            FileReport(DRAFT, (supported, wrong_date, unsupported)),
            FileReport("drafts/missing.md", (), error="file not found"),
        )
    )


def render(fmt: str, report: Report | None = None, *, color: bool = False) -> str:
    stream = io.StringIO()
    write(report or sample_report(), fmt, stream, color=color)
    return stream.getvalue()


# --- golden files ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", sorted(GOLDEN_NAMES))
def test_output_matches_golden_file(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(factcheck, "__version__", "0.0.0-golden")  # a release must not change the golden files
    out = render(fmt)
    golden = GOLDEN / GOLDEN_NAMES[fmt]
    if UPDATE_GOLDEN:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(out, encoding="utf-8", newline="")
    assert out == golden.read_text(encoding="utf-8"), f"differs from {golden}; rerun with FACTCHECK_UPDATE_GOLDEN=1 and review the diff"


def test_every_format_has_a_golden_file() -> None:
    assert set(GOLDEN_NAMES) == set(REPORTERS)


# --- the registry ----------------------------------------------------------------------


def test_every_reporter_module_is_registered_under_its_name() -> None:
    modules = {p.stem for p in (Path(factcheck.__file__).parent / "report").glob("*.py") if p.stem != "__init__"}
    assert {name.rsplit(".", 1)[1] for name in REPORTERS.values()} == modules
    assert list(REPORTERS) == sorted(REPORTERS)
    assert tuple(REPORTERS) == REPORT_FORMATS
    for fmt in REPORTERS:
        module = reporter(fmt)
        assert fmt == module.NAME
        assert callable(module.write)


def test_unknown_format_is_a_usage_error() -> None:
    with pytest.raises(FactcheckError, match="unknown --format 'xml'"):
        render("xml")


@pytest.mark.parametrize(("fmt", "color"), [("json", False), ("sarif", False), ("github", False), ("line", False), ("text", False)])
def test_plain_output_does_not_import_rich(fmt: str, color: bool) -> None:
    """factcheck runs as a pre-commit hook, where output is piped: rich (~50 ms) stays unloaded."""
    code = (
        "import io, sys\n"
        "from factcheck.report import FileReport, Report, write\n"
        f"write(Report((FileReport('a.md', ()),)), {fmt!r}, io.StringIO(), color={color})\n"
        "print('rich' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


# --- text ------------------------------------------------------------------------------


def test_text_without_color_has_no_escape_codes() -> None:
    report = sample_report()
    hostile = Finding(
        path="a.md",
        line=1,
        column=1,
        kind="unsupported",
        severity="warning",
        message="no claim covers \x1b[31mthis\x1b[0m",
        line_text="Red \x1b[31mtext\x1b[0m here.",
    )
    report = Report(files=(*report.files, FileReport("a.md", (hostile,))))
    for fmt in ("text", "line"):
        assert "\x1b" not in render(fmt, report)


def test_text_with_color_is_the_plain_text_styled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("NO_COLOR", "1")  # the caller has decided; the reporter does not second-guess it
    colored = render("text", color=True)
    assert re.search(r"\x1b\[[0-9;]*31m", colored)  # red, so NO_COLOR in the environment was not applied again
    assert ANSI.sub("", colored) == render("text")


def test_text_summary_counts_severities_and_files() -> None:
    assert render("text").splitlines()[-1] == "1 error, 1 warning, 1 info in 2 files (1 could not be read)"
    clean = Report(files=(FileReport("a.md", ()),))
    assert render("text", clean) == "0 errors, 0 warnings, 0 info in 1 file\n"


@pytest.mark.parametrize(
    ("line_text", "column", "end_column", "shown", "marker"),
    [
        ("In October 2013, Heitkamp spoke.", 4, 16, "In October 2013, Heitkamp spoke.", "   ^" + "~" * 11),
        ("Heitkamp spoke.", 16, 16, "Heitkamp spoke.", "               ^"),  # an empty span at the end of the line
        ("東京で October 2013 に", 5, 17, "東京で October 2013 に", " " * 7 + "^" + "~" * 11),  # wide characters take two cells
        ("\tIn 2013 it met.", 5, 9, "\tIn 2013 it met.", "\t   ^~~~"),  # tabs kept so the marker lines up
        ("x" * 150 + " 2013 " + "y" * 150, 152, 156, "…" + "x" * 39 + " 2013 " + "y" * 75 + "…", " " + " " * 40 + "^~~~"),
    ],
)
def test_text_marks_the_wrong_part_of_the_line(line_text: str, column: int, end_column: int, shown: str, marker: str) -> None:
    finding = Finding(path="a.md", line=9, column=column, end_line=9, end_column=end_column, kind="date", severity="error", message="m", line_text=line_text)
    first, second = ("".join(text for text, _ in line) for line in text_reporter._snippet(finding))
    assert first == "    9 | " + shown
    assert second == "      | " + marker


# --- json ------------------------------------------------------------------------------

CONTRACT_FIELDS = {"kind", "severity", "line", "column", "end_line", "end_column", "text", "expected", "message", "claims"}


def test_json_keeps_the_contract_and_adds_fix_and_fingerprint() -> None:
    doc = json.loads(render("json"))
    assert doc["schema"] == "factcheck-report/1"
    assert doc["summary"] == {"error": 1, "warning": 1, "info": 1}
    assert [f["path"] for f in doc["files"]] == [DRAFT, "drafts/missing.md"]
    assert doc["files"][1]["error"] == "file not found"
    for finding in doc["files"][0]["findings"]:
        assert set(finding) >= CONTRACT_FIELDS
        for claim in finding["claims"]:
            assert set(claim) >= {"id", "source", "quote", "location"}
    date = doc["files"][0]["findings"][1]
    assert (date["fix"], date["fingerprint"]) == ("September 2013", "3f9a1c2b7d4e5f60")


# --- sarif -----------------------------------------------------------------------------


def sarif_validator() -> jsonschema.Draft7Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def test_sarif_is_valid_sarif_2_1_0() -> None:
    doc = json.loads(render("sarif"))
    errors = sorted(sarif_validator().iter_errors(doc), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors)


def test_sarif_schema_subset_rejects_what_sarif_rejects() -> None:
    """The subset is not a rubber stamp: a bad level, a missing message, an unknown property fail."""
    validator = sarif_validator()
    good = json.loads(render("sarif"))
    result = good["runs"][0]["results"][0]
    for broken in ({**result, "level": "info"}, {k: v for k, v in result.items() if k != "message"}, {**result, "severity": "error"}):
        doc = json.loads(json.dumps(good))
        doc["runs"][0]["results"][0] = broken
        assert not validator.is_valid(doc)


def test_sarif_describes_the_run() -> None:
    doc = json.loads(render("sarif"))
    run = doc["runs"][0]
    assert doc["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert run["tool"]["driver"]["version"] == factcheck.__version__
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]] == list(FINDING_KINDS)
    assert run["invocations"][0]["executionSuccessful"] is False
    assert run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"] == "drafts/missing.md: file not found"
    date = run["results"][1]
    assert (date["ruleId"], date["level"], date["partialFingerprints"]) == ("date", "error", {"factcheck/v1": "3f9a1c2b7d4e5f60"})
    assert date["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "drafts/mexico%20trip%2C%202014.md"
    assert date["relatedLocations"][0]["physicalLocation"] == {"artifactLocation": {"uri": "sources/003_840c58d8bd7f0915.txt"}, "region": {"startLine": 11}}
    assert [r["level"] for r in run["results"]] == ["note", "error", "warning"]
    clean = json.loads(render("sarif", Report(files=(FileReport("a.md", ()),))))
    assert clean["runs"][0]["invocations"] == [{"executionSuccessful": True}]
    assert clean["runs"][0]["results"] == []


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("drafts/a.md", "drafts/a.md"),
        ("drafts\\a b.md", "drafts/a%20b.md"),
        ("../notes/é.md", "../notes/%C3%A9.md"),
        ("/tmp/draft.md", "file:///tmp/draft.md"),
        ("C:\\work\\draft.md", "file:///C:/work/draft.md"),
    ],
)
def test_sarif_uris(path: str, uri: str) -> None:
    assert sarif_reporter.uri(path) == uri


@pytest.mark.parametrize(
    ("location", "parts"),
    [
        ("sources/003_840c58d8bd7f0915.txt:11", ("sources/003_840c58d8bd7f0915.txt", 11)),
        ("sources/a.txt", ("sources/a.txt", None)),
        ("sources/a.txt:", ("sources/a.txt:", None)),
        ("claims/x.yaml:0", ("claims/x.yaml:0", None)),
    ],
)
def test_split_location(location: str, parts: tuple[str, int | None]) -> None:
    assert split_location(location) == parts


# --- github ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "data", "prop"),
    [
        ("plain", "plain", "plain"),
        ("100% sure", "100%25 sure", "100%25 sure"),
        ("two\r\nlines", "two%0D%0Alines", "two%0D%0Alines"),
        ("a: b, c", "a: b, c", "a%3A b%2C c"),
        ("%0A", "%250A", "%250A"),  # an escape-looking text is itself escaped, not passed through
    ],
)
def test_github_escaping(text: str, data: str, prop: str) -> None:
    assert github_reporter.escape_data(text) == data
    assert github_reporter.escape_property(text) == prop


def test_github_writes_one_command_per_finding() -> None:
    lines = render("github").splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::notice", "::error", "::warning", "::error"]
    assert lines[1].startswith("::error file=drafts/mexico trip%2C 2014.md,line=5,col=4,endLine=5,endColumn=16,title=factcheck date::the sources date this")


# --- line ------------------------------------------------------------------------------


def test_line_is_one_finding_per_line() -> None:
    assert render("line").splitlines()[1] == f"{DRAFT}:5:4: error date: the sources date this September 2013, not October 2013"
