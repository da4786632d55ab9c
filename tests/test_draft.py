"""draft: reading Markdown and text drafts, masking what is not prose, offsets back to line:col."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck.draft import Draft, parse_draft, read_draft
from factcheck.errors import FactcheckError
from factcheck.segment import segment

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"


def sentence_at(draft: Draft, words: str):
    """The one sentence whose file text starts with `words`."""
    found = [s for s in segment(draft) if draft.text[s.start : s.end].startswith(words)]
    assert len(found) == 1, [draft.text[s.start : s.end] for s in segment(draft)]
    return found[0]


# --- front matter --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("front", "as_of"),
    [
        ("date: 2014-05-22", "2014-05-22"),
        ("date: 2014-05", "2014-05"),
        ("date: 2014", "2014"),
        ('date: "2014-04-15"', "2014-04-15"),
        ("date: 2014-5-2", "2014-05-02"),
        ("date: 2014-05-22T10:00:00Z", "2014-05-22"),
        ("date: 2014-05-22 10:00:00 -05:00", "2014-05-22"),
        ("date: May 22, 2014", "2014-05-22"),
        ("date: Sept. 2013", "2013-09"),
        ("title: No date here", None),
        ("date:", None),
        ("", None),
    ],
)
def test_front_matter_date_sets_as_of(front: str, as_of: str | None) -> None:
    draft = parse_draft(f"---\n{front}\n---\n# Title\n", "d.md")
    assert draft.as_of == as_of


def test_no_front_matter_no_as_of() -> None:
    draft = parse_draft("# Title\n\nText.\n", "d.md")
    assert (draft.as_of, draft.front_matter) == (None, {})


def test_front_matter_is_kept_as_a_dict_and_masked() -> None:
    text = "---\ntitle: Heroin's toll\ndate: 2015-05-01\ntags: [a, b]\n---\n# Heroin\n"
    draft = parse_draft(text, "d.md")
    assert draft.front_matter == {"title": "Heroin's toll", "date": "2015-05-01", "tags": ["a", "b"]}
    assert draft.prose.split("\n")[:5] == ["   ", " " * 20, " " * 16, " " * 12, "   "]
    assert "Heroin's" not in draft.prose


def test_front_matter_allowed_in_text_drafts() -> None:
    draft = parse_draft("---\ndate: 2014-04-18\n---\nPlain text. With *stars*.\n", "notes.txt")
    assert draft.as_of == "2014-04-18"
    assert draft.prose == "   \n" + " " * 16 + "\n   \nPlain text. With *stars*.\n"


def test_a_leading_thematic_break_is_not_front_matter() -> None:
    draft = parse_draft("---\n\nJust a rule.\n", "d.md")
    assert draft.front_matter == {}
    assert draft.prose == "   \n\nJust a rule.\n"


@pytest.mark.parametrize(
    ("content", "message", "line"),
    [
        (None, "d.md: file not found", None),
        (b"%PDF\x00\x01binary", "d.md: binary file", None),
        (b"caf\xe9 au lait\n", "d.md:1: not UTF-8 text", 1),
        ("\ufeffhi".encode("utf-16"), "d.md: UTF-16 text, not UTF-8", None),
        (b"---\ntitle: [unclosed\n---\nText.\n", "d.md:3: unreadable front matter: invalid YAML", 3),
        (b"---\ntitle: x\ndate: : :\n---\nText.\n", "d.md:3: unreadable front matter", 3),
        (b"---\n- a\n- b\n---\nText.\n", "d.md:2: front matter is not a mapping", 2),
        (b"---\ntitle: x\ndate: someday\n---\nText.\n", "d.md:3: front matter `date: someday` is not a date", 3),
        (b"---\ndate: 2014-02-30\n---\nText.\n", "d.md:2: front matter `date: 2014-02-30` is not a date", 2),
        (b"---\ntitle: x\nText.\n", "d.md:1: front matter has no closing `---` line", 1),
    ],
)
def test_bad_input_is_one_clear_line(tmp_path: Path, content: bytes | None, message: str, line: int | None) -> None:
    path = tmp_path / "d.md"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(FactcheckError) as caught:
        read_draft(path, "d.md")
    error = caught.value
    assert str(error).startswith(message)
    assert error.path == "d.md" and error.line == line and error.hint
    assert "\n" not in str(error)


def test_read_draft_keeps_the_text_unchanged(tmp_path: Path) -> None:
    text = "---\r\ndate: 2014-04-18\r\n---\r\n# T\u00eftle\r\n\r\nSen. Heitkamp said so.\r\n"
    path = tmp_path / "d.md"
    path.write_bytes(text.encode("utf-8"))
    draft = read_draft(path, "drafts/d.md")
    assert draft.text == text and draft.path == "drafts/d.md" and draft.as_of == "2014-04-18"


def test_read_text_draft_has_no_markdown(tmp_path: Path) -> None:
    text = "# Not a heading\n\nA `tick` and *star* and http://x.org stay.\n"
    path = tmp_path / "d.txt"
    path.write_text(text, encoding="utf-8")
    draft = read_draft(path, "d.txt")
    assert draft.prose == text
    assert [b[2] for b in draft.blocks] == ["paragraph", "paragraph"]


# --- masking -------------------------------------------------------------------------

MASKED = [
    # (construct, Markdown, text that must not be in prose, text that must be)
    ("code fence", "Before.\n\n```python\nprint('Sen. X')\n```\n\nAfter.\n", ["print", "```", "python"], ["Before.", "After."]),
    ("tilde fence", "~~~\nsecret code\n~~~\n\nAfter.\n", ["secret", "~~~"], ["After."]),
    ("indented code", "Before.\n\n    indented code here\n\nAfter.\n", ["indented"], ["Before.", "After."]),
    ("tab-indented code", "Before.\n\n\tcode after a tab\n\nAfter.\n", ["code after"], ["Before.", "After."]),
    ("inline code", "Run `rm -rf /` now.\n", ["rm -rf", "`"], ["Run", "now."]),
    ("double-backtick code", "A ``code with ` tick`` here.\n", ["code with", "tick", "`"], ["A ", "here."]),
    ("code across lines", "A `code\nspan` here.\n", ["code", "span", "`"], ["A ", "here."]),
    ("HTML comment block", "<!-- TODO: check the 54 deaths -->\n\nText.\n", ["TODO", "54", "<!--"], ["Text."]),
    ("inline HTML comment", "Text <!-- hidden note --> more.\n", ["hidden", "<!--", "-->"], ["Text", "more."]),
    ("comment across lines", "Text <!-- hidden\nnote --> more.\n", ["hidden", "note"], ["Text", "more."]),
    ("HTML block", '<div class="x">\nInside a div.\n</div>\n\nText.\n', ["Inside", "div"], ["Text."]),
    ("inline HTML tag", 'A <span class="red">red</span> word.\n', ["span", "class", "<", ">"], ["A ", "red", "word."]),
    ("link target", "See [the report](http://example.com/report.pdf) now.\n", ["http", "example", "(", ")", "[", "]"], ["See", "the report", "now."]),
    ("link title", 'See [it](http://x.org "The Title") now.\n', ["Title", "x.org"], ["See", "it", "now."]),
    ("link with parens", "See [it](https://en.wikipedia.org/wiki/Fargo_(city)) now.\n", ["wikipedia", "city", ")"], ["See", "it", "now."]),
    ("link in angle brackets", "See [it](<a b.html>) now.\n", ["b.html", "<", ">"], ["See", "it", "now."]),
    (
        "reference link",
        'See [the report][r1] now.\n\n[r1]: http://example.com/r "Report"\n',
        ["[r1]", "r1", "http", "Report", "["],
        ["See", "the report", "now."],
    ),
    ("collapsed reference", "See [Report][] now.\n\n[report]: http://example.com/r\n", ["[", "]", "http"], ["See", "Report", "now."]),
    ("shortcut reference", "See [Report] now.\n\n[report]: http://example.com/r\n", ["[", "]", "http"], ["See", "Report", "now."]),
    ("brackets that are no link", "He said [the senator] was right.\n", [], ["[the senator]"]),
    ("autolink", "Write <https://example.com/a> or <me@example.com>.\n", ["example", "<", "me@"], ["Write", "or", "."]),
    ("bare URL", "Source: https://www.senate.gov/a_b?c=d. Next.\n", ["https", "senate", "a_b"], ["Source:", ". Next."]),
    ("bare www URL", "Visit www.example.org, then leave.\n", ["www", "example"], ["Visit", ", then leave."]),
    ("URL in parentheses", "The report (https://x.org/r) says so.\n", ["https", "x.org"], ["The report (", ") says so."]),
    ("image", 'Look: ![a chart of 54 deaths](chart.png "Chart") here.\n', ["chart", "54", "png", "!", "["], ["Look:", "here."]),
    ("image in a link", "[![badge](b.svg)](http://ci.org) Build.\n", ["badge", "svg", "ci.org"], ["Build."]),
    ("emphasis", "An *emphatic* and **strong** and ***both*** word.\n", ["*"], ["emphatic", "strong", "both", "word."]),
    ("underscore emphasis", "An _emphatic_ and __strong__ word.\n", ["_"], ["emphatic", "strong"]),
    ("strikethrough", "A ~~deleted~~ word.\n", ["~"], ["deleted", "word."]),
    ("intra-word underscores", "The var_name and snake_case_id stay, _em_ goes.\n", ["_em_"], ["var_name", "snake_case_id", " em "]),
    ("apostrophes", "Heitkamp's and the senators' 'scare' quotes.\n", [], ["Heitkamp's", "senators'", "'scare'"]),
    ("a lone star", "5 * 3 is 15.\n", [], ["5 * 3 is 15."]),
    ("escapes", "Not \\*emphasis\\* here.\n", ["\\"], [" *emphasis *", "here."]),
    ("ATX heading", "## Heroin's toll ##\n", ["#"], ["Heroin's toll"]),
    ("setext heading", "Heroin's toll\n=============\n", ["="], ["Heroin's toll"]),
    ("bullets", "- one\n* two\n+ three\n", ["-", "*", "+"], ["one", "two", "three"]),
    ("numbers", "1. one\n2) two\n", ["1.", "2)"], ["one", "two"]),
    ("block quote", "> quoted\n> > nested\n", [">"], ["quoted", "nested"]),
    ("table", "| Who | Said |\n|:----|----:|\n| Heitkamp | so \\| too |\n", ["-", ":", "\\"], ["Who", "Said", "Heitkamp", "so  | too"]),
    ("thematic break", "One.\n\n***\n\nTwo.\n", ["*"], ["One.", "Two."]),
    ("footnote", "A claim.[^1]\n\n[^1]: The note.\n", ["^1", "[", "]"], ["A claim.", "The note."]),
]


@pytest.mark.parametrize(("name", "markdown", "hidden", "kept"), MASKED, ids=[m[0] for m in MASKED])
def test_masked_constructs_are_not_prose(name: str, markdown: str, hidden: list[str], kept: list[str]) -> None:
    draft = parse_draft(markdown, "d.md")
    for text in hidden:
        assert text not in draft.prose, f"{text!r} leaked into {draft.prose!r}"
    for text in kept:
        assert text in draft.prose, f"{text!r} lost from {draft.prose!r}"


@pytest.mark.parametrize(("name", "markdown", "hidden", "kept"), MASKED, ids=[m[0] for m in MASKED])
def test_prose_keeps_every_offset(name: str, markdown: str, hidden: list[str], kept: list[str]) -> None:
    for text in (markdown, markdown.replace("\n", "\r\n")):
        prose = parse_draft(text, "d.md").prose
        assert len(prose) == len(text)
        assert all(p == t or p == " " for p, t in zip(prose, text))
        assert [i for i, c in enumerate(text) if c in "\r\n"] == [i for i, c in enumerate(prose) if c in "\r\n"]


# --- positions -----------------------------------------------------------------------

DOC = """\
---
date: 2014-04-18
---
# Notes from the *delegation*

Intro paragraph with a [link](http://x.org/a). Second sentence here.

- First item: Sen. Amy Klobuchar (D-Minn.) spoke.
- Second item
  wraps onto a second line.
  1. Nested numbered item.

> Quoted words from Heitkamp.
> A second quoted sentence.
> - A list inside the quote.

| Senator | State |
|---------|-------|
| Heidi Heitkamp | North Dakota |
| `code` Amy Klobuchar | Minnesota |

Setext heading here
-------------------
Paragraph start.
\tTab-led continuation line.
"""

POSITIONS = [
    # (first words of the sentence, kind, line, column)
    ("Notes from the *delegation", "heading", 4, 3),  # the closing * is markup: not in the sentence
    ("Intro paragraph with", "paragraph", 6, 1),
    ("Second sentence here.", "paragraph", 6, 48),
    ("First item: Sen. Amy Klobuchar (D-Minn.) spoke.", "list_item", 8, 3),
    ("Second item\n  wraps onto", "list_item", 9, 3),
    ("Nested numbered item.", "list_item", 11, 6),
    ("Quoted words from Heitkamp.", "blockquote", 13, 3),
    ("A second quoted sentence.", "blockquote", 14, 3),
    ("A list inside the quote.", "list_item", 15, 5),
    ("Senator", "table_cell", 17, 3),  # a table row reads as one sentence from its first cell
    ("Heidi Heitkamp", "table_cell", 19, 3),
    ("Amy Klobuchar", "table_cell", 20, 10),
    ("Setext heading here", "heading", 22, 1),
    ("Paragraph start.", "paragraph", 24, 1),
    ("Tab-led continuation line.", "paragraph", 25, 2),
]


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["LF", "CRLF"])
@pytest.mark.parametrize(("words", "kind", "line", "column"), POSITIONS, ids=[p[0][:24] for p in POSITIONS])
def test_sentence_maps_to_line_and_column(newline: str, words: str, kind: str, line: int, column: int) -> None:
    draft = parse_draft(DOC.replace("\n", newline), "d.md")
    sentence = sentence_at(draft, words.replace("\n", newline))
    assert sentence.kind == kind
    assert draft.line_col(sentence.start) == (line, column)
    assert draft.blocks[sentence.block][2] == kind


def test_tabs_count_as_one_column() -> None:
    draft = parse_draft("-\tTabbed item.\n\n>\tTabbed quote.\n\nA\ttab inside.\n", "d.md")
    assert [(draft.line_col(s.start), s.text) for s in segment(draft)] == [
        ((1, 3), "Tabbed item."),
        ((3, 3), "Tabbed quote."),
        ((5, 1), "A tab inside."),
    ]


def test_byte_order_mark_is_not_prose() -> None:
    draft = parse_draft("\ufeff---\ndate: 2014\n---\nText.\n", "d.md")
    assert draft.as_of == "2014" and draft.prose.strip() == "Text."
    assert parse_draft("\ufeffText.\n", "d.md").prose == " Text.\n"


def test_line_col_is_one_based() -> None:
    draft = parse_draft("ab\ncd\r\nef", "d.md")
    assert [draft.line_col(i) for i in (0, 1, 3, 4, 7, 8)] == [(1, 1), (1, 2), (2, 1), (2, 2), (3, 1), (3, 2)]


def test_blocks_in_file_order_with_kinds() -> None:
    draft = parse_draft(DOC, "d.md")
    kinds = [kind for _, _, kind in draft.blocks]
    assert kinds == ["heading", "paragraph", "list_item", "list_item", "list_item", "blockquote", "list_item"] + ["table_cell"] * 6 + ["heading", "paragraph"]
    assert all(a < b for a, b, _ in draft.blocks)
    assert [a for a, _, _ in draft.blocks] == sorted(a for a, _, _ in draft.blocks)


def test_markdown_only_for_markdown_names() -> None:
    assert parse_draft("*x*\n", "d.txt").prose == "*x*\n"
    assert parse_draft("*x*\n", "d.md").prose == " x \n"
    assert parse_draft("*x*\n", "d.txt", markdown=True).prose == " x \n"


# --- the dev drafts ------------------------------------------------------------------


def dev_drafts() -> list[Path]:
    return sorted(p for p in DEV.glob("*.md") if p.name != "README.md")


@pytest.mark.skipif(not DEV.is_dir(), reason="no ../shared/eval/dev")
def test_dev_drafts_as_of_matches_the_cases() -> None:
    cases = yaml.load((DEV / "cases.yaml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["cases"]
    expected = {case["draft"]: case.get("as_of") for case in cases}
    assert {p.name: read_draft(p, p.name).as_of for p in dev_drafts()} == expected


def test_a_column_headed_ward_gives_its_rows_seats() -> None:
    """ "| 2 | Calvin Brooks |" under "Ward": the number is the row's seat (a district the person holds), no figure."""
    draft = parse_draft("| Ward | Member | Votes |\n|---|---|---|\n| 2 | Calvin Brooks | 14 |\n", "d.md")
    assert [(draft.text[a:b], head) for a, b, head in draft.seats] == [("2", "Ward")]
    assert "14" in draft.prose and "2" in draft.prose  # both cells are still prose: the seat is read, not blanked
