"""`factcheck cite`: citations in four formats, their escaping, validity, and where the quotes stand.

The fixture project (tests/fixtures/cite) has a .txt source with a sidecar .yaml (a news
article by a person, dated to the day) and a .md source with front matter (a press release
by an office, dated to the month). Golden files: tests/golden/cite/; regenerate them with
`FACTCHECK_UPDATE_GOLDEN=1 .venv/bin/pytest tests/commands/test_cite.py` and review the diff.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from jsonschema import Draft7Validator

from factcheck import citations
from factcheck.cli import main
from factcheck.commands import cite as cite_command
from factcheck.model import Claim, Corpus, Provenance, Published, Source

HERE = Path(__file__).resolve().parents[1]  # tests/
FIXTURE = HERE / "fixtures" / "cite"
GOLDEN = HERE / "golden" / "cite"
CSL_SCHEMA = HERE / "data" / "csl-data.json"
UPDATE_GOLDEN = os.environ.get("FACTCHECK_UPDATE_GOLDEN") == "1"

FORMATS = ("text", "markdown", "csl-json", "bibtex")
GOLDEN_NAMES = {"text": "all.txt", "markdown": "all.md", "csl-json": "all.csl.json", "bibtex": "all.bib"}
ALL_IDS = ("shelter-cost-2014", "martinez-every-survivor-quote", "shelter-opening-2014", "example-grant-beds")
GAZETTE = "sources/prairie-gazette-2014-04-15.txt"
RELEASE = "sources/office-release.md"


def cite(capsys: pytest.CaptureFixture[str], *ids: str, fmt: str, root: Path = FIXTURE) -> tuple[int, str, str]:
    code = main(["cite", *ids, "--root", str(root), "--format", fmt])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the fixture project that a test may edit."""
    root = tmp_path / "project"
    shutil.copytree(FIXTURE, root)
    return root


# --- the whole citation, per format --------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_citation_matches_golden_file(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    code, out, err = cite(capsys, *ALL_IDS, fmt=fmt)
    assert (code, err) == (0, "")
    golden = GOLDEN / GOLDEN_NAMES[fmt]
    if UPDATE_GOLDEN:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_citation_carries_title_date_quote_and_location(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    code, out, _ = cite(capsys, "martinez-every-survivor-quote", fmt=fmt)
    assert code == 0
    assert "Prairie Gazette" in out
    assert "survivor in the" in out
    assert f"{GAZETTE}:5" in out
    if fmt in ("text", "markdown"):
        assert "April 15, 2014" in out


@pytest.mark.parametrize("fmt", FORMATS)
def test_claim_with_several_sources_cites_each(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    code, out, _ = cite(capsys, "shelter-opening-2014", fmt=fmt)
    assert code == 0
    assert f"{GAZETTE}:1" in out and f"{RELEASE}:14" in out
    if fmt == "csl-json":
        assert [item["id"] for item in json.loads(out)] == ["shelter-opening-2014", "shelter-opening-2014:office-2014-05-release"]
    if fmt == "bibtex":
        assert out.count("\n@") + out.startswith("@") == 2
    if fmt == "markdown":
        assert out.count("[^") == 1  # one footnote, both sources in it


@pytest.mark.parametrize("fmt", FORMATS)
def test_quotes_from_one_source_share_one_reference(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    code, out, _ = cite(capsys, "shelter-cost-2014", fmt=fmt)
    assert code == 0
    assert f"{GAZETTE}:3" in out and f"{GAZETTE}:7" in out
    assert out.count("Shelter opens in Fargo") == 1
    if fmt == "csl-json":
        (item,) = json.loads(out)
        assert item["custom"]["locations"] == [f"{GAZETTE}:3", f"{GAZETTE}:7"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_repeated_id_is_cited_once(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    _, once, _ = cite(capsys, "example-grant-beds", fmt=fmt)
    _, twice, _ = cite(capsys, "example-grant-beds", "example-grant-beds", fmt=fmt)
    assert twice == once


def test_text_is_plain_when_piped_and_coloured_on_a_terminal(tmp_path: Path) -> None:
    plain, coloured = tmp_path / "plain.txt", tmp_path / "coloured.txt"
    with plain.open("w", encoding="utf-8") as stream:
        cite_command.run(FIXTURE, ["shelter-cost-2014"], "text", stream, color=False)
    with coloured.open("w", encoding="utf-8") as stream:
        cite_command.run(FIXTURE, ["shelter-cost-2014"], "text", stream, color=True)
    assert "\x1b[" not in plain.read_text(encoding="utf-8")
    assert "\x1b[" in coloured.read_text(encoding="utf-8")


# --- CSL-JSON is valid CSL data --------------------------------------------------------------


def test_csl_json_is_valid_csl_data(capsys: pytest.CaptureFixture[str]) -> None:
    schema = json.loads(CSL_SCHEMA.read_text(encoding="utf-8"))
    Draft7Validator.check_schema(schema)
    _, out, _ = cite(capsys, *ALL_IDS, fmt="csl-json")
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in Draft7Validator(schema).iter_errors(json.loads(out))]
    assert errors == []


@pytest.mark.parametrize(
    "item",
    [
        {"id": "x", "type": "press-release"},  # not a CSL type
        {"id": "x", "type": "report", "issued": {"date-parts": [[2014, 4, 15, 1]]}},
        {"id": "x", "type": "report", "author": [{"name": "Jane Doe"}]},
        {"id": "x", "type": "report", "url": "https://example.org"},  # CSL spells it URL
        {"type": "report"},
    ],
)
def test_csl_schema_rejects_invalid_items(item: dict[str, object]) -> None:
    schema = json.loads(CSL_SCHEMA.read_text(encoding="utf-8"))
    assert not Draft7Validator(schema).is_valid([item])


def test_csl_names_a_person_by_parts_and_a_body_literally(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = cite(capsys, "shelter-opening-2014", fmt="csl-json")
    news, release = json.loads(out)
    assert (news["type"], news["author"]) == ("article-newspaper", [{"family": "Ortega", "given": "María"}])
    assert (release["type"], release["author"]) == ("report", [{"literal": "Office of Senator Pat Example"}])
    assert (news["issued"], release["issued"]) == ({"date-parts": [[2014, 4, 15]]}, {"date-parts": [[2014, 5]]})


# --- unknown ids -------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_unknown_id_exits_2_with_one_line_suggestion(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    assert cite(capsys, "shelter-cots-2014", fmt=fmt) == (2, "", "factcheck: no claim 'shelter-cots-2014'; did you mean 'shelter-cost-2014'?\n")


@pytest.mark.parametrize("fmt", FORMATS)
def test_nothing_is_printed_when_any_id_is_unknown(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    code, out, err = cite(capsys, "shelter-cost-2014", "no-such-claim", fmt=fmt)
    assert (code, out) == (2, "")
    assert err.startswith("factcheck: no claim 'no-such-claim'") and err.count("\n") == 1


def test_a_word_suggests_the_ids_that_contain_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert cite(capsys, "grant", fmt="text")[2] == "factcheck: no claim 'grant'; did you mean 'example-grant-beds'?\n"


def test_an_entity_id_is_explained(capsys: pytest.CaptureFixture[str]) -> None:
    assert cite(capsys, "jose-martinez", fmt="markdown") == (
        2,
        "",
        "factcheck: jose-martinez is an entity, not a claim; try `factcheck claims --entity jose-martinez`\n",
    )


def test_claim_citing_an_unknown_source_is_an_input_error(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    claims = project / "claims" / "shelter.yaml"
    claims.write_text(claims.read_text(encoding="utf-8").replace("source: office-2014-05-release", "source: office-2099"), encoding="utf-8")
    code, out, err = cite(capsys, "example-grant-beds", fmt="bibtex", root=project)
    assert (code, out) == (2, "")
    assert "cites unknown source 'office-2099'" in err and err.count("\n") == 1


# --- the location follows the quote -------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_location_follows_the_quote_after_the_source_is_edited(capsys: pytest.CaptureFixture[str], project: Path, fmt: str) -> None:
    source = project / GAZETTE
    source.write_text("Correction appended on April 16.\n\nA second paragraph.\n" + source.read_text(encoding="utf-8"), encoding="utf-8")
    code, out, _ = cite(capsys, "martinez-every-survivor-quote", fmt=fmt, root=project)
    assert code == 0
    assert f"{GAZETTE}:8" in out
    assert f"{GAZETTE}:5" not in out


def test_location_picks_the_occurrence_whose_context_matches(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    source = project / GAZETTE
    source.write_text("Update: Senators and advocates opened the Safe_Harbor shelter on Tuesday.\n\n" + source.read_text(encoding="utf-8"), encoding="utf-8")
    _, out, _ = cite(capsys, "shelter-opening-2014", fmt="markdown", root=project)
    assert f"({GAZETTE}:3)" in out  # the copy after "FARGO, N.D. – ", not the new line 1


def test_location_falls_back_to_the_stored_line_when_the_quote_is_gone(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    source = project / GAZETTE
    source.write_text(source.read_text(encoding="utf-8").replace("*every*", "each"), encoding="utf-8")
    _, out, _ = cite(capsys, "martinez-every-survivor-quote", fmt="markdown", root=project)
    assert f"({GAZETTE}:5)" in out


def test_location_in_a_section_counts_lines_from_the_top_of_the_file() -> None:
    text = "Two releases\n\nFirst release\nThe same sentence.\n\nSecond release\nThe same sentence.\n"
    second = text.index("Second release")
    corpus = Corpus(
        root=".",
        sources={
            "one": Source(id="one", path="sources/two.txt", text=text, start=0, end=second),
            "two": Source(id="two", path="sources/two.txt", text=text, start=second, end=len(text)),
        },
        claims={},
        entities={},
    )
    claim = Claim(id="c", kind="fact", statement="s", provenance=())
    assert citations.location(claim, Provenance("two", "The same sentence.", line=7), corpus) == "sources/two.txt:7"
    assert citations.location(claim, Provenance("one", "The same sentence.", line=4), corpus) == "sources/two.txt:4"
    assert citations.location(claim, Provenance("two", "Gone.", line=7), corpus) == "sources/two.txt:7"


# --- the parts: dates, names, kinds, escaping -----------------------------------------------------


@pytest.mark.parametrize(
    ("date", "precision", "label", "parts"),
    [
        ("2014", "year", "2014", [2014]),
        ("2014-04", "month", "April 2014", [2014, 4]),
        ("2014-04-15", "day", "April 15, 2014", [2014, 4, 15]),
        ("2014-04-15", "month", "April 2014", [2014, 4]),  # a known day is not claimed beyond the precision
        ("2015-12-09", "year", "2015", [2015]),
    ],
)
def test_date_is_rendered_at_its_precision(date: str, precision: str, label: str, parts: list[int]) -> None:
    published = Published(date, precision)
    assert (citations.date_label(published), citations.date_parts(published)) == (label, parts)


@pytest.mark.parametrize(
    ("author", "name"),
    [
        ("Amy Dalrymple", {"family": "Dalrymple", "given": "Amy"}),
        ("María Ortega", {"family": "Ortega", "given": "María"}),
        ("Doe, Jane Q.", {"family": "Doe", "given": "Jane Q."}),
        ("Vincent van Gogh", {"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"}),
        ("Martin Luther King Jr.", {"family": "King", "given": "Martin Luther", "suffix": "Jr."}),
        ("Office of U.S. Senator Amy Klobuchar", None),
        ("U.S. Embassy - Mexico", None),
        ("Forum News Service", None),
        ("Reuters", None),
    ],
)
def test_author_is_a_person_or_a_body(author: str, name: dict[str, str] | None) -> None:
    assert citations.person_name(author) == name


@pytest.mark.parametrize(
    ("kind", "csl"),
    [
        ("news article", "article-newspaper"),
        ("press release", "report"),
        ("web page", "webpage"),
        ("Web-page", "webpage"),
        ("speech", "speech"),
        ("hearing", "hearing"),
        ("compilation", "document"),
        ("", "document"),
    ],
)
def test_csl_type_follows_the_source_kind(kind: str, csl: str) -> None:
    assert citations.csl_type(Source(id="s", path="sources/s.txt", text="", start=0, end=0, kind=kind)) == csl


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("plain words, 54 deaths.", "plain words, 54 deaths."),
        ("built for *every* survivor", r"built for \*every\* survivor"),
        ("the [Red River] valley", r"the \[Red River\] valley"),
        ("see [^1] and `code`", r"see \[^1\] and \`code\`"),
        ("Safe_Harbor and 000_6a5.txt", "Safe_Harbor and 000_6a5.txt"),  # inside a word _ is text
        ("_Safe Harbor_", r"\_Safe Harbor\_"),
        ("a <b> tag, a \\ backslash, ~strike~", r"a \<b> tag, a \\ backslash, \~strike\~"),
        ("AT&T &amp; &#38; R&D", r"AT&T \&amp; \&#38; R&D"),
        ("$2 million and $3 million", "$2 million and $3 million"),  # "$3" cannot close maths
        ("it cost 5$ or 6$", r"it cost 5\$ or 6\$"),
        ("$x$", r"\$x\$"),
        ("two\n\nparagraphs", "two paragraphs"),
    ],
)
def test_markdown_escapes_only_what_markdown_would_read(text: str, escaped: str) -> None:
    assert citations.markdown_escape(text) == escaped


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("plain words", "plain words"),
        ("100% & #1 for $2", r"100\% \& \#1 for \$2"),
        ("Safe_Harbor", r"Safe\_Harbor"),
        ("{Safe Harbor}", r"\textbraceleft{}Safe Harbor\textbraceright{}"),
        ("a\\b ~ ^", r"a\textbackslash{}b \textasciitilde{} \textasciicircum{}"),
        ("José Martínez – “quoted”", "José Martínez – “quoted”"),  # UTF-8 stays as it is
    ],
)
def test_bibtex_escapes_special_characters(text: str, escaped: str) -> None:
    assert citations.bibtex_escape(text) == escaped


def test_bibtex_fields_keep_braces_balanced(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = cite(capsys, *ALL_IDS, fmt="bibtex")
    for entry in out.strip().split("\n\n"):
        depth = 0
        for ch in entry:
            depth += {"{": 1, "}": -1}.get(ch, 0)
            assert depth >= 0
        assert depth == 0


def test_markdown_footnote_renders_back_to_the_verbatim_quote(capsys: pytest.CaptureFixture[str]) -> None:
    markdown_it = pytest.importorskip("markdown_it")
    footnote = pytest.importorskip("mdit_py_plugins.footnote")
    import html
    import re

    _, out, _ = cite(capsys, "martinez-every-survivor-quote", fmt="markdown")
    rendered = markdown_it.MarkdownIt("commonmark").use(footnote.footnote_plugin).render("Text.[^martinez-every-survivor-quote]\n\n" + out)
    plain = html.unescape(re.sub(r"<[^>]+>", "", rendered))
    assert "“We built this for *every* survivor in the [Red River] valley,” Martínez said." in plain
    assert '<li id="fn1" class="footnote-item">' in rendered
