"""`factcheck check`: schema, provenance, ids, references and conflicts, through the real CLI.

Each broken project is the valid fixture (tests/fixtures/check/valid) copied to tmp_path
with one or two edits, so every test shows the one thing it breaks.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from writing_repo import write_files

from factcheck.cli import main
from factcheck.errors import ExitCode

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "check" / "valid"


# --- helpers -------------------------------------------------------------------------------


def project(tmp_path: Path, *edits: tuple[str, str, str], files: dict[str, str | bytes] | None = None) -> Path:
    """A copy of the valid fixture with (file, old, new) text replacements and whole files added."""
    root = tmp_path / "project"
    shutil.copytree(VALID, root)
    for name, old, new in edits:
        path = root / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"fixture edit: {old!r} not in {name}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    write_files(root, dict(files or {}))
    return root


class Result:
    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err

    @property
    def report(self) -> dict[str, Any]:
        return json.loads(self.out)

    def findings(self, kind: str | None = None) -> list[dict[str, Any]]:
        """Every finding, each with the `path` of its file entry added."""
        found = [{**f, "path": entry["path"]} for entry in self.report["files"] for f in entry["findings"]]
        return [f for f in found if kind is None or f["kind"] == kind]


def check(capsys: pytest.CaptureFixture[str], root: Path, fmt: str = "json") -> Result:
    code = main(["check", "--root", str(root), "--format", fmt])
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


def line_of(root: Path, name: str, needle: str) -> int:
    for number, line in enumerate((root / name).read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {name}")


# --- a clean project -----------------------------------------------------------------------


def test_valid_project_has_no_findings_and_exits_0(capsys):
    result = check(capsys, VALID)
    assert result.code == ExitCode.OK
    assert result.report["schema"] == "factcheck-report/1"
    assert result.findings() == []
    assert result.report["summary"] == {"error": 0, "warning": 0, "info": 0}
    paths = {entry["path"] for entry in result.report["files"]}
    assert {"claims/press.yaml", "sources/press.yaml", "sources/news.md", "sources/pair.txt"} <= paths


def test_text_format_ends_with_a_one_line_summary(capsys):
    result = check(capsys, VALID, "text")
    assert result.code == ExitCode.OK
    lines = result.out.strip().splitlines()
    assert lines[0] == "checked 8 files: 6 claims, 2 entities, 4 sources"
    assert lines[-1] == "0 errors, 0 warnings, 0 info in 8 files"
    assert result.err == ""


# --- schema --------------------------------------------------------------------------------


def test_wrong_enum_value_names_the_claim_allowed_values_and_found_value(capsys, tmp_path):
    root = project(tmp_path, ("claims/press.yaml", "kind: quote\n", "kind: quotation\n"))
    result = check(capsys, root)
    assert result.code == ExitCode.FINDINGS
    [finding] = result.findings("schema")
    assert finding["path"] == "claims/press.yaml"
    assert finding["severity"] == "error"
    assert "claim 'doe-bridge-quote': `kind` must be one of quote, date, number, event, fact (found 'quotation')" in finding["message"]
    assert finding["line"] == line_of(root, "claims/press.yaml", "kind: quotation")


def test_missing_required_key_is_reported_at_the_entry(capsys, tmp_path):
    root = project(tmp_path, files={"claims/extra.yaml": "claims:\n  - id: lonely\n    kind: fact\n    statement: Nothing backs this.\n"})
    result = check(capsys, root)
    [finding] = result.findings("schema")
    assert finding["message"] == "claim 'lonely': missing required `provenance`"
    assert (finding["path"], finding["line"]) == ("claims/extra.yaml", 2)


def test_unknown_key_suggests_the_close_spelling_at_the_key_line(capsys, tmp_path):
    root = project(tmp_path, ("claims/press.yaml", "    speaker: jane-doe\n", "    speeker: jane-doe\n"))
    result = check(capsys, root)
    messages = [f["message"] for f in result.findings("schema")]
    assert "claim 'doe-bridge-quote': unknown key `speeker` (did you mean `speaker`?)" in messages
    # a quote claim without speaker is also incomplete
    assert any("missing required `speaker`" in m for m in messages)
    unknown = next(f for f in result.findings("schema") if "speeker" in f["message"])
    assert unknown["line"] == line_of(root, "claims/press.yaml", "speeker:")
    assert unknown["column"] == 5


def test_sidecar_metadata_errors_point_at_the_sidecar(capsys, tmp_path):
    root = project(
        tmp_path, ("sources/press.yaml", '  date: "2015-02"', "  date: 2015-2"), ("sources/press.yaml", "kind: press release", "kynd: press release")
    )
    result = check(capsys, root)
    findings = result.findings("schema")
    assert {f["path"] for f in findings} == {"sources/press.yaml"}
    by_line = {f["line"]: f["message"] for f in findings}
    assert by_line[3] == "unknown key `kynd` (did you mean `kind`?)"
    assert by_line[6].startswith("`published.date` must be a quoted date")


def test_front_matter_errors_point_at_the_document_line(capsys, tmp_path):
    root = project(tmp_path, ("sources/news.md", "publisher: Springfield Daily", "publisherr: Springfield Daily"))
    result = check(capsys, root)
    [finding] = result.findings("schema")
    assert finding["path"] == "sources/news.md"
    assert finding["line"] == line_of(root, "sources/news.md", "publisherr:")
    assert "did you mean `publisher`?" in finding["message"]


# --- files check cannot read ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "line", "message"),
    [
        ("", 1, "empty claims file"),
        ("claims:\n  - id: x\n    kind: [unclosed\n", 4, "invalid YAML"),
        (b"claims:\n  - id: caf\xe9\n", 2, "not UTF-8 text"),
    ],
    ids=["empty", "malformed-yaml", "not-utf8"],
)
def test_unreadable_claims_file_is_a_finding_and_the_rest_is_still_checked(capsys, tmp_path, content, line, message):
    root = project(tmp_path, ("claims/press.yaml", "kind: quote\n", "kind: quotation\n"), files={"claims/broken.yaml": content})
    result = check(capsys, root)
    assert result.code == ExitCode.FINDINGS
    assert result.err == ""
    broken = [f for f in result.findings() if f["path"] == "claims/broken.yaml"]
    assert [(f["line"], f["severity"]) for f in broken] == [(line, "error")]
    assert message in broken[0]["message"]
    assert any("quotation" in f["message"] for f in result.findings("schema"))  # the other file was checked


def test_missing_claims_folder_is_a_one_line_usage_error(capsys, tmp_path):
    code = main(["check", "--root", str(tmp_path), "--format", "json"])
    captured = capsys.readouterr()
    assert code == ExitCode.USAGE
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert "no claims/ folder" in captured.err and "Traceback" not in captured.err


def test_section_whose_start_text_is_missing_points_at_the_section(capsys, tmp_path):
    root = project(tmp_path, ("sources/pair.yaml", 'starts_at: "Second Release"', 'starts_at: "Third Release"'))
    result = check(capsys, root)
    assert result.code == ExitCode.FINDINGS
    finding = next(f for f in result.findings() if f["path"] == "sources/pair.yaml")
    assert finding["line"] == line_of(root, "sources/pair.yaml", "- id: release-two")
    assert "starts_at text not found" in finding["message"]
    # the claims citing those sections cannot be checked, and say why
    unknown = [f for f in result.findings("reference") if "release-" in f["message"]]
    assert unknown and all("sources/pair.txt" in f["message"] for f in unknown)


def test_metadata_file_without_a_document_is_a_warning(capsys, tmp_path):
    root = project(tmp_path, files={"sources/orphan.yaml": "title: Lost\n"})
    result = check(capsys, root)
    assert result.code == ExitCode.OK
    [finding] = result.findings("reference")
    assert (finding["path"], finding["severity"]) == ("sources/orphan.yaml", "warning")
    assert finding["message"] == "metadata with no document: expected orphan.txt or orphan.md beside it"


# --- provenance ----------------------------------------------------------------------------


def test_quote_missing_from_its_source_is_an_error(capsys, tmp_path):
    root = project(tmp_path, ("claims/press.yaml", 'quote: "The buses arrive in March 2015."', 'quote: "The trams arrive in May."'))
    result = check(capsys, root)
    assert result.code == ExitCode.FINDINGS
    [finding] = result.findings("provenance")
    assert finding["severity"] == "error"
    assert finding["message"].startswith("claim 'buses-arrive': quote not found in sources/press.txt")
    assert finding["line"] == line_of(root, "claims/press.yaml", "The trams arrive")


def test_quote_moved_by_an_edit_above_it_is_only_a_warning(capsys, tmp_path):
    root = project(tmp_path, ("sources/press.txt", "Doe Pushes for Bridge Funding\n", "Doe Pushes for Bridge Funding\n\nUpdated: a correction was added.\n"))
    result = check(capsys, root)
    assert result.code == ExitCode.OK
    moved = result.findings("provenance")
    assert {f["severity"] for f in moved} == {"warning"}
    messages = {f["message"] for f in moved}
    assert "claim 'buses-arrive': quote moved from line 7 to line 9 of sources/press.txt; set `line: 9`" in messages
    assert len(moved) == 4  # two quotes of line 3 (a claim, an entity attribute), one of line 5, one of line 7


def test_edited_quote_is_re_anchored_to_where_its_text_now_stands(capsys, tmp_path):
    root = project(
        tmp_path,
        ("sources/press.txt", "Doe Pushes for Bridge Funding\n", "Doe Pushes for Bridge Funding\n\n\n"),
        ("sources/press.txt", "54 new buses", "45 new buses"),
    )
    result = check(capsys, root)
    assert result.code == ExitCode.FINDINGS
    finding = next(f for f in result.findings("provenance") if f["path"] == "claims/press.yaml" and f["severity"] == "error")
    assert finding["message"].startswith("claim 'doe-buses': quote no longer in sources/press.txt; closest text now at line 5: 'Senator Jane Doe")
    assert finding["message"].endswith("(- 54 + 45)")
    assert finding["expected"] == "Senator Jane Doe (D-State) announced on Monday that the state will receive 45 new buses."
    assert finding["claims"][0]["location"] == "sources/press.txt:5"
    # the entity attribute quoting the same sentence is re-anchored too
    assert any(f["path"] == "claims/entities.yaml" and "entity 'jane-doe', attribute 'party'" in f["message"] for f in result.findings("provenance"))


def test_short_edited_quote_is_re_anchored_by_its_stored_context(capsys, tmp_path):
    when = """claims:
  - id: doe-announced-when
    kind: date
    statement: Doe made the announcement on a Monday.
    provenance:
      - source: press-2015-02
        quote: "announced on Monday"
        line: 3
        prefix: "SPRINGFIELD – Senator Jane Doe (D-State) "
        suffix: " that the state will receive 54 new buses."
"""
    root = project(tmp_path, files={"claims/when.yaml": when})
    for name in ("claims/press.yaml", "claims/entities.yaml"):
        (root / name).write_text((root / name).read_text(encoding="utf-8").replace("announced on Monday", "announced on Tuesday"), encoding="utf-8")
    path = root / "sources/press.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("announced on Monday", "announced on Tuesday"), encoding="utf-8")
    result = check(capsys, root)
    [finding] = [f for f in result.findings("provenance") if f["path"] == "claims/when.yaml"]
    assert (
        finding["message"]
        == "claim 'doe-announced-when': quote no longer in sources/press.txt; closest text now at line 3: 'announced on Tuesday' (- Monday + Tuesday)"
    )


def test_quote_differing_only_in_spacing_or_quote_marks_says_so(capsys, tmp_path):
    root = project(tmp_path, ("sources/news.md", "“Nobody should wait for a bridge to fall,”", '"Nobody  should wait for a bridge to fall,"'))
    result = check(capsys, root)
    [finding] = [f for f in result.findings("provenance") if f["severity"] == "error"]
    assert "differs in spacing, quote marks or dashes from line 12" in finding["message"]
    assert finding["expected"] == '"Nobody  should wait for a bridge to fall," she said.'


def test_quote_from_the_wrong_section_names_the_right_one(capsys, tmp_path):
    root = project(tmp_path, ("claims/news.yaml", "source: release-one", "source: release-two"))
    result = check(capsys, root)
    [finding] = result.findings("provenance")
    assert finding["message"] == "claim 'council-met-may': quote is not in 'release-two' but in section 'release-one' of sources/pair.txt:3 — fix `source:`"


def test_quote_words_outside_their_provenance_quote_are_an_error(capsys, tmp_path):
    root = project(
        tmp_path,
        (
            "claims/press.yaml",
            'words: "We need to fix every bridge in this state before the next winter comes,"',
            'words: "We must fix every bridge in this state before the next winter comes"',
        ),
    )
    result = check(capsys, root)
    [finding] = result.findings("provenance")
    assert finding["severity"] == "error"
    assert finding["message"].startswith("claim 'doe-bridge-quote': `words` are not in its provenance quote(s)")
    assert "(- must + need to)" in finding["message"]


def test_quote_words_compare_with_straight_quotes_and_spaces_normalised(capsys, tmp_path):
    root = project(tmp_path, ("claims/news.yaml", 'words: "Nobody should wait for a bridge to fall,"', 'words: "Nobody   should wait for a bridge to fall."'))
    result = check(capsys, root)
    assert result.findings() == []


# --- ids and references --------------------------------------------------------------------


def test_duplicate_claim_ids_across_files_are_reported_at_both_places(capsys, tmp_path):
    root = project(tmp_path, ("claims/news.yaml", "- id: council-met-june", "- id: doe-buses"))
    result = check(capsys, root)
    assert result.code == ExitCode.FINDINGS
    found = {(f["path"], f["line"]) for f in result.findings("duplicate")}
    assert found == {("claims/press.yaml", 2), ("claims/news.yaml", line_of(root, "claims/news.yaml", "- id: doe-buses"))}
    first = next(f for f in result.findings("duplicate") if f["path"] == "claims/press.yaml")
    assert first["related"][0]["location"].startswith("claims/news.yaml:")


def test_duplicate_entity_and_source_ids_are_reported(capsys, tmp_path):
    root = project(
        tmp_path,
        ("sources/news.md", "id: news-2015-03-01", "id: press-2015-02"),
        files={"claims/more.yaml": "entities:\n  - id: jane-doe\n    type: person\n    name: Jane Doe\n"},
    )
    result = check(capsys, root)
    messages = [f["message"] for f in result.findings("duplicate")]
    assert sum("entity id 'jane-doe' is used 2 times" in m for m in messages) == 2
    assert sum("source id 'press-2015-02' is used 2 times" in m for m in messages) == 2
    paths = {f["path"] for f in result.findings("duplicate")}
    assert {"sources/press.yaml", "sources/news.md", "claims/entities.yaml", "claims/more.yaml"} == paths


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("source: release-one", "source: relase-one", "claim 'council-met-may': unknown source 'relase-one' (did you mean 'release-one'?)"),
        (
            "entities: [springfield-council]\n    fact",
            "entities: [springfield-counsil]\n    fact",
            "claim 'council-met-may': unknown entity 'springfield-counsil' in `entities` (did you mean 'springfield-council'?)",
        ),
        ("speaker: jane-doe", "speaker: Doe", "claim 'doe-wait-quote': unknown entity 'Doe' in `speaker` (did you mean 'jane-doe'? 'Doe' is one of its names)"),
        (
            "{type: place, value: Springfield,",
            "{type: place, value: Springfield, entity: springfeld,",
            "claim 'council-met-may', value 2: unknown entity 'springfeld' in `entity` (did you mean 'springfield-council'?)",
        ),
    ],
    ids=["source", "entities", "speaker", "value-entity"],
)
def test_unknown_reference_is_an_error_with_a_suggestion(capsys, tmp_path, old, new, expected):
    root = project(tmp_path, ("claims/news.yaml", old, new))
    result = check(capsys, root)
    assert result.code == ExitCode.FINDINGS
    [finding] = result.findings("reference")
    assert finding["message"] == expected
    assert finding["severity"] == "error"


# --- conflicts -----------------------------------------------------------------------------

NEAR_DUPLICATE = """claims:
  - id: news-bridge-quote
    kind: quote
    statement: Doe said every bridge must be fixed before winter.
    speaker: jane-doe
    words: "We need to fix every bridge in this state before winter comes,"
    provenance:
      - source: news-2015-03-01
        quote: "“We need to fix every bridge in this state before winter comes,” Doe said."
"""


def test_near_identical_quotes_from_two_sources_are_a_conflict_without_a_fact_key(capsys, tmp_path):
    root = project(
        tmp_path,
        (
            "sources/news.md",
            "Doe repeated her call this week.",
            "Doe repeated her call this week. “We need to fix every bridge in this state before winter comes,” Doe said.",
        ),
        files={"claims/news-quotes.yaml": NEAR_DUPLICATE},
    )
    result = check(capsys, root)
    assert result.code == ExitCode.OK  # a conflict is a warning
    [conflict] = result.findings("conflict")
    assert conflict["severity"] == "warning"
    assert "news-2015-03-01 and press-2015-02" in conflict["message"] or "press-2015-02 and news-2015-03-01" in conflict["message"]
    assert "(+ the next)" in conflict["message"] or "(- the next)" in conflict["message"]
    assert {c["id"] for c in conflict["claims"]} == {"news-bridge-quote", "doe-bridge-quote"}
    assert conflict["related"][0]["location"].startswith("claims/")


def test_an_altered_excerpt_inside_a_longer_quotation_is_a_conflict(capsys, tmp_path):
    longer = NEAR_DUPLICATE.replace(
        'words: "We need to fix every bridge in this state before winter comes,"',
        'words: "Doe said we need to fix every bridge in our state before the next winter comes, and then the roads, the rails and every school"',
    ).replace(
        'quote: "“We need to fix every bridge in this state before winter comes,” Doe said."',
        'quote: "“Doe said we need to fix every bridge in our state before the next winter comes, and then the roads, the rails and every school,” he said."',
    )
    root = project(
        tmp_path,
        (
            "sources/news.md",
            "Doe repeated her call this week.",
            "Doe repeated her call this week. “Doe said we need to fix every bridge in our state before the next winter comes, and then the roads, the rails and every school,” he said.",
        ),
        files={"claims/news-quotes.yaml": longer},
    )
    result = check(capsys, root)
    [conflict] = result.findings("conflict")
    assert "(- our + this)" in conflict["message"] or "(- this + our)" in conflict["message"]


def test_a_shorter_excerpt_of_the_same_quotation_is_not_a_conflict(capsys, tmp_path):
    excerpt = NEAR_DUPLICATE.replace("before winter comes,", "before the next winter comes,").replace(
        'words: "We need to fix every bridge in this state before the next winter comes,"', 'words: "fix every bridge in this state"'
    )
    root = project(
        tmp_path,
        (
            "sources/news.md",
            "Doe repeated her call this week.",
            "Doe repeated her call this week. “We need to fix every bridge in this state before the next winter comes,” Doe said.",
        ),
        files={"claims/news-quotes.yaml": excerpt},
    )
    result = check(capsys, root)
    assert result.findings() == []


def test_claims_sharing_a_fact_key_with_different_figures_conflict(capsys, tmp_path):
    other = """claims:
  - id: buses-45
    kind: number
    statement: The state will receive 45 buses.
    fact: doe-buses
    values:
      - {type: number, value: 45, unit: bus, as_written: "45 buses"}
    provenance:
      - source: news-2015-03-01
        quote: "Doe repeated her call this week."
"""
    root = project(
        tmp_path,
        ("claims/press.yaml", "  - id: doe-buses\n", "  - id: doe-buses\n    fact: doe-buses\n"),
        files={"claims/other.yaml": other},
    )
    result = check(capsys, root)
    [conflict] = result.findings("conflict")
    assert conflict["message"].startswith("claim 'buses-45' and claim 'doe-buses': fact 'doe-buses': news-2015-03-01 and press-2015-02 give two versions: 45")
    assert "54" in conflict["message"]
    assert conflict["related"] == [{"location": "claims/press.yaml:2", "message": "claim 'doe-buses' (press-2015-02)"}]


def test_claims_sharing_a_fact_key_that_agree_are_not_a_conflict(capsys, tmp_path):
    other = """claims:
  - id: council-met-may-again
    kind: event
    statement: The council met in May 2015.
    fact: council-meeting
    values:
      - {type: date, value: "2015-05", precision: month, role: when}
    provenance:
      - source: release-two
        quote: "The council met again on 9 June 2015 in Shelbyville."
"""
    root = project(tmp_path, files={"claims/other.yaml": other})
    result = check(capsys, root)
    assert result.findings("conflict") == []


# --- the schemas themselves ----------------------------------------------------------------

PROVENANCE = {"source": "press-2015-02", "quote": "The buses arrive in March 2015.", "line": 7}
SCHEMA_CASES = [
    ("claims", {"claims": [{"id": "a", "kind": "fact", "statement": "s", "provenance": [PROVENANCE]}]}, True),
    ("claims", {"claims": [{"id": "a", "kind": "quote", "statement": "s", "provenance": [PROVENANCE]}]}, False),  # quote without speaker/words
    (
        "claims",
        {
            "claims": [
                {"id": "a", "kind": "date", "statement": "s", "values": [{"type": "date", "value": "2015-3", "precision": "month"}], "provenance": [PROVENANCE]}
            ]
        },
        False,
    ),
    ("claims", {"notes": []}, False),
    ("entity", {"id": "jane-doe", "type": "person", "name": "Jane Doe", "aliases": ["Doe"]}, True),
    ("entity", {"id": "jane-doe", "type": "senator", "name": "Jane Doe"}, False),
    ("source", {"id": "press", "title": "t", "published": {"date": "2015-02", "precision": "month"}}, True),
    ("source", {"title": "t", "sections": [{"id": "one"}]}, False),  # a section needs starts_at
    ("provenance", PROVENANCE, True),
    ("provenance", {"source": "press", "quote": "q", "line": 0}, False),
]


@pytest.mark.parametrize(
    ("kind", "instance", "valid"), SCHEMA_CASES, ids=[f"{k}-{'valid' if v else 'invalid'}-{i}" for i, (k, _, v) in enumerate(SCHEMA_CASES)]
)
def test_schema_validator_accepts_valid_and_rejects_invalid_entries(kind, instance, valid):
    from factcheck import schemas

    errors = list(schemas.validator(kind).iter_errors(instance))
    assert (errors == []) is valid, [e.message for e in errors]


# --- cost at start-up ----------------------------------------------------------------------


def test_jsonschema_is_imported_only_when_check_runs():
    code = "import sys, factcheck.cli, factcheck.commands.check; print('jsonschema' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
