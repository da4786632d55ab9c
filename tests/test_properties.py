"""What must hold for any input: verify never raises and points only inside the file; YAML loads or says why.

Hypothesis with a fixed seed (derandomize), so CI runs the same examples every time. The
text strategy mixes the corpus's own words, dates, figures, names, quotation marks and
Markdown markers with arbitrary characters, so the examples reach the detectors and
comparers rather than only the tokenizer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.corpus import yamlload
from factcheck.corpus.cache import load_index
from factcheck.corpus.index import ClaimIndex
from factcheck.draft import parse_draft
from factcheck.errors import FactcheckError
from factcheck.pipeline import verify_draft

ROOT = Path(__file__).resolve().parent.parent
FIXED = settings(derandomize=True, deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

_WORDS = [
    "Senator",
    "Sen.",
    "Amy Klobuchar",
    "Heitkamp",
    "Heidi Heitkamp (D-N.D.)",
    "Cindy McCain",
    "Kelly Ayotte",
    "said",
    "told",
    "April 2014",
    "September 2013",
    "last year",
    "next year",
    "since May",
    "2013",
    "54",
    "45",
    "fifty-four",
    "three-day",
    "nearly 20",
    "more than",
    "percent",
    "$4.5 million",
    "deaths",
    "heroin",
    "Hennepin County",
    "Mexico",
    "delegation",
    "hearing",
    "trafficking",
    "Minnesota",
    "North Dakota",
    "Democrat",
    "Republican",
    "“",
    "”",
    '"',
    "'",
    "’",
    "(",
    ")",
    ",",
    ".",
    ";",
    ":",
    "—",
    "-",
    "\n",
    "\n\n",
    "> ",
    "- ",
    "* ",
    "1. ",
    "# ",
    "| ",
    "```",
    "`",
    "<!-- factcheck: ignore -->",
    "<!--",
    "-->",
    "[",
    "](",
    "http://x.invalid",
    "**",
    "_",
    "\\",
    "\t",
    "\r\n",
    "\ufeff",
    "é",
    "ß",
    "İ",
    "\u200b",
    "🙂",
]
TEXT = st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=8)), max_size=60).map(" ".join)


_INDEX: list[ClaimIndex] = []


def _index() -> ClaimIndex:
    """The shipped corpus's index, loaded once (not a fixture: Hypothesis would print it with a failing example)."""
    if not _INDEX:
        _INDEX.append(load_index(ROOT))
    return _INDEX[0]


def _offset(starts: list[int], line: int, column: int) -> int:
    return starts[line - 1] + column - 1


@FIXED
@given(body=TEXT, dated=st.sampled_from([None, "2015-12-15", "0001-01-01", "9999-12-31"]))
def test_verify_never_raises_and_every_finding_lies_inside_the_file(body: str, dated: str | None) -> None:
    text = f"---\ndate: {dated}\n---\n{body}" if dated else body
    try:
        draft = parse_draft(text, "draft.md")
    except FactcheckError:
        return  # bad front matter is an input error, reported as such
    for finding in verify_draft(draft, _index(), draft.as_of):
        assert 1 <= finding.line <= len(draft.starts)
        start = _offset(draft.starts, finding.line, finding.column)
        assert 0 <= start <= len(text)
        if finding.end_line is not None and finding.end_column is not None:
            assert finding.line <= finding.end_line <= len(draft.starts)
            end = _offset(draft.starts, finding.end_line, finding.end_column)
            assert start <= end <= len(text)
            if finding.text:
                assert text[start:end] == finding.text
        elif finding.text:
            assert text[start : start + len(finding.text)] == finding.text


@FIXED
@given(data=st.binary(max_size=400))
def test_any_bytes_as_yaml_give_a_value_or_a_clear_error(data: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
    path = tmp_path_factory.mktemp("yaml") / "claims.yaml"
    path.write_bytes(data)
    try:
        yamlload.load(path, "claims.yaml")
    except FactcheckError as exc:
        assert str(exc).startswith("claims.yaml")
        assert "\n" not in str(exc)


_YAML_BITS = [
    "a",
    ":",
    " ",
    "\n",
    "- ",
    "&x ",
    "*x",
    "[",
    "]",
    "{",
    "}",
    ",",
    "'",
    '"',
    "!!str ",
    "!!python/object ",
    "<<: ",
    "#",
    "|",
    ">",
    "?",
    "%YAML 1.1\n",
    "---\n",
    "...\n",
    "2014-04-15",
    "no",
]


@FIXED
@given(text=st.lists(st.sampled_from(_YAML_BITS), max_size=40).map("".join))
def test_any_yaml_shaped_text_gives_a_value_or_a_clear_error(text: str) -> None:
    try:
        yamlload.parse(text, "x.yaml")
    except FactcheckError as exc:
        assert str(exc).startswith("x.yaml") and "\n" not in str(exc)
