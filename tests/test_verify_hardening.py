"""`factcheck verify` on hostile drafts: bounded time, no deep recursion, nothing silently skipped.

From the hardening issue: thousands of quotes, dates, figures or names in one sentence once
crashed with RecursionError or ran for minutes; nesting past markdown-it's 20 levels hid a
wrong figure; a draft dated 0001-01-01 that said "last year" crashed. Each input here runs
through the real CLI in-process and must end with exit 0, 1 or 2 and no traceback; a wrong
figure hidden in deep nesting must still be an error at its line. Timings of the same inputs,
whole-process and at full size, are `bench/hardening.py`.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import inline, segment
from factcheck.draft import parse_draft
from factcheck.mentions import dates, quotes
from factcheck.segment import MAX_WORDS

ROOT = Path(__file__).resolve().parent.parent
FRONT = "---\ndate: 2015-12-15\n---\n\n"
# The example draft's wrong figure: the sources say 54.
WRONG = "The problem is close to home: in 2013, 45 people died of heroin overdoses in Hennepin County."
LIMIT = 30.0  # seconds, in-process; the bound for a whole process


def _deep_quote(depth: int) -> str:
    return FRONT + "> " * depth + WRONG + "\n"


def _deep_list(depth: int) -> str:
    return FRONT + "- " * depth + WRONG + "\n"


def _deep_list_lines(depth: int) -> str:
    return FRONT + "".join("  " * k + "- item\n" for k in range(depth - 1)) + "  " * (depth - 1) + "- " + WRONG + "\n"


def _deep_quote_lines(depth: int) -> str:
    return FRONT + "".join("> " * (k + 1) + "item\n" for k in range(depth - 1)) + "> " * depth + WRONG + "\n"


HOSTILE = [
    ("unmatched-straight-quotes", FRONT + "Klobuchar said " + " ".join('"word' for _ in range(2500)) + ".\n", ()),
    ("curly-quoted-words", FRONT + "Heitkamp said " + " ".join(f"“w{i}”" for i in range(6000)) + ".\n", ()),
    ("unclosed-curly-quotes", FRONT + "Heitkamp said " + "“w " * 20000 + ".\n", ()),
    ("dots", FRONT + "Deaths rose" + "." * 50000 + " Then 45 people died in Hennepin County in 2013.\n", ()),
    ("html-openers", FRONT + "Deaths rose " + "<!--<?<!A" * 5000 + " in 2013.\n", ()),
    ("relative-date-year-one", "---\ndate: 0001-01-01\n---\n\nLast year, 45 people died; yesterday and last month too, on Monday.\n", ()),
    ("relative-date-year-9999", "---\ndate: 9999-12-31\n---\n\nNext year, 45 people will die; tomorrow and next month too, next Tuesday.\n", ()),
    ("as-of-year-one", "Last year, in December, 45 people died in Hennepin County.\n", ("--as-of", "0001-01-01")),
    ("as-of-year-9999", "Next year, by January, 45 people will die in Hennepin County.\n", ("--as-of", "9999-12-31")),
    ("deep-blockquote-10000", _deep_quote(10000), ()),
    ("deep-list-10000", _deep_list(10000), ()),
]
SLOW_HOSTILE = [
    ("one-word-of-dates", FRONT + "2013-" * 20000 + "\n", ()),
    ("dates-in-one-sentence", FRONT + "It happened on " + ", ".join(f"April {1 + i % 28}, {2000 + i % 16}" for i in range(30000)) + ".\n", ()),
    ("places-in-one-sentence", FRONT + "They met " + ", ".join(f"in {('Fargo', 'Bismarck', 'Mexico City')[i % 3]}" for i in range(20000)) + ".\n", ()),
    (
        "names-in-one-sentence",
        FRONT + " ".join(("Sen. Amy Klobuchar (D-Minn.)", "Heidi Heitkamp", "Jeh Johnson")[i % 3] for i in range(10000)) + " said “we act.”\n",
        (),
    ),
    ("quotes-and-names", FRONT + " ".join(f"“we act now,” {('Klobuchar', 'Heitkamp')[i % 2]} said" for i in range(3000)) + ".\n", ()),
    ("capitalised-words", FRONT + "The " + " ".join(f"Word{chr(97 + i % 26)}" for i in range(30000)) + " spoke.\n", ()),
    ("one-sentence-megabyte", FRONT + "heroin deaths rose in Hennepin County, and " * 24000 + "end.\n", ()),
]


def _run(cli, tmp_path: Path, text: str, args: tuple[str, ...]):
    draft = tmp_path / "d.md"
    draft.write_text(text, encoding="utf-8")
    began = time.perf_counter()
    run = cli("verify", "--root", str(ROOT), "--format", "json", *args, str(draft))
    return run, time.perf_counter() - began


def _params(table, *, slow: bool):
    return [pytest.param(text, args, id=name, marks=[pytest.mark.slow] if slow else []) for name, text, args in table]


@pytest.mark.parametrize(("text", "args"), _params(HOSTILE, slow=False) + _params(SLOW_HOSTILE, slow=True))
def test_a_hostile_draft_ends_in_a_report_not_a_crash(cli, tmp_path: Path, text: str, args: tuple[str, ...]) -> None:
    run, took = _run(cli, tmp_path, text, args)
    assert run.code in (0, 1, 2), run.err
    assert "Traceback" not in run.out + run.err and "unexpected" not in run.err
    assert run.json()["files"][0].get("error") is None
    assert took < LIMIT


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param(_deep_quote(25), 5, id="blockquote-25"),
        pytest.param(_deep_quote(100), 5, id="blockquote-100"),
        pytest.param(_deep_list(25), 5, id="list-25"),
        pytest.param(_deep_list(100), 5, id="list-100"),
        pytest.param(_deep_list_lines(25), 29, id="list-lines-25"),
        pytest.param(_deep_list_lines(100), 104, id="list-lines-100"),
        pytest.param(_deep_quote_lines(25), 29, id="blockquote-lines-25"),
        pytest.param(_deep_quote_lines(100), 104, id="blockquote-lines-100"),
    ],
)
def test_a_wrong_figure_nested_past_the_markdown_limit_is_still_an_error_at_its_line(cli, tmp_path: Path, text: str, line: int) -> None:
    run, _ = _run(cli, tmp_path, text, ())
    assert run.code == 1, run.out
    errors = [(f["line"], f["text"], f["expected"]) for f in run.json()["files"][0]["findings"] if f["severity"] == "error"]
    assert errors == [(line, "45", "54")]


def test_a_text_draft_with_a_line_of_spaces_is_read_in_one_pass(cli, tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(" " * 300_000 + "\n\n" + WRONG + "\n", encoding="utf-8")
    began = time.perf_counter()
    run = cli("verify", "--root", str(ROOT), "--format", "json", "--as-of", "2015-12-15", str(draft))
    assert time.perf_counter() - began < 5  # the paragraph pattern it replaces took minutes
    assert [(f["line"], f["text"]) for f in run.json()["files"][0]["findings"] if f["severity"] == "error"] == [(3, "45")]


def test_a_sentence_past_the_window_is_checked_in_parts_and_says_so(cli, tmp_path: Path) -> None:
    filler = " ".join(["and so it was for them,"] * 40)  # 240 stopwords: nothing to check, nothing to dilute the claim
    run, _ = _run(cli, tmp_path, FRONT + "Officials met, " + filler + " and " + WRONG[0].lower() + WRONG[1:] + "\n", ())
    findings = run.json()["files"][0]["findings"]
    notices = [f for f in findings if "checked in parts" in f["message"]]
    assert [(f["line"], f["severity"]) for f in notices] == [(5, "warning")]
    assert "sentence of 260 words" in notices[0]["message"]
    assert [(f["text"], f["expected"]) for f in findings if f["severity"] == "error"] == [("45", "54")]


def test_windows_cover_the_sentence_and_keep_under_the_limit() -> None:
    text = " ".join(f"w{i}," if i % 37 == 0 else f"w{i}" for i in range(1000)) + "."
    (sentence, *rest) = windows = segment.segment(parse_draft(text, "d.md"))
    assert sentence.words == 1000 and all(w.words == 1000 for w in rest)
    assert [w.window for w in windows] == list(range(len(windows)))
    assert all(len(w.text.split()) <= MAX_WORDS for w in windows)
    assert " ".join(w.text for w in windows) == text


def test_a_word_too_long_for_a_window_is_cut() -> None:
    windows = segment.segment(parse_draft("x" * 5000 + " end.", "d.md"))
    assert [len(w.text) for w in windows] == [segment.MAX_CHARS, segment.MAX_CHARS, 1005]
    assert {w.words for w in windows} == {2}


def test_short_sentences_are_not_windowed() -> None:
    (sentence,) = segment.segment(parse_draft("Heitkamp spoke in Fargo on Monday.", "d.md"))
    assert (sentence.window, sentence.words) == (0, 0)


@pytest.mark.parametrize(
    ("as_of", "text"),
    [
        ("0001-01-01", "last year"),
        ("0001-01-01", "yesterday"),
        ("0001-01-01", "last month"),
        ("0001-01-01", "in December"),
        ("0001", "last year"),
        ("9999-12-31", "next year"),
        ("9999-12-31", "tomorrow"),
        ("9999-12-31", "next month"),
        ("9999", "next year"),
    ],
)
def test_a_relative_date_outside_the_calendar_is_left_unresolved(as_of: str, text: str) -> None:
    assert dates.detect(text, as_of) == []


def test_a_relative_date_inside_the_calendar_still_resolves() -> None:
    (found,) = dates.detect("last year", "0002-06-01")
    assert (found.value.first, found.value.last) == ("0001-01-01", "0001-12-31")


def test_speakers_of_thousands_of_quotations_need_no_recursion() -> None:
    text = "Klobuchar said " + " ".join(f"“w{i}”" for i in range(6000)) + "."
    found = quotes.detect(text, [(0, 9)])
    assert len(found) == 6000
    assert {m.value.speaker for m in found} == {(0, 9)}  # each later passage is the same speaker's


# The patterns the one-pass scanners replace, kept here as their specification.
_OLD_QUOTE = re.compile(r"“(?P<curly>[^”]{2,}?)”|\"(?P<straight>[^\"]{2,}?)\"")
_OLD_END = re.compile(r"([.!?…]+)([\"'”’)\]]*)(?=\s)")
_QUOTE_TEXT = st.text(alphabet=st.sampled_from(list("ab “”\"'.!?… )]\n")), max_size=60)


@settings(max_examples=400, deadline=None)
@given(text=_QUOTE_TEXT)
def test_quotations_are_found_as_the_pattern_found_them(text: str) -> None:
    expected = [(m.start(), m.end(), *m.span("curly" if m.group("curly") is not None else "straight")) for m in _OLD_QUOTE.finditer(text)]
    assert [(q.start, q.end, q.inner_start, q.inner_end) for q in quotes._quotations(text)] == expected


@settings(max_examples=400, deadline=None)
@given(text=_QUOTE_TEXT)
def test_sentence_ends_are_found_as_before(text: str) -> None:
    assert [m.span() for m in segment._END.finditer(text)] == [m.span() for m in _OLD_END.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("<!-?>[]CDATAa b=\"'")), max_size=40))
def test_html_skipped_for_want_of_an_end_could_never_have_matched(text: str) -> None:
    lasts = {end: text.rfind(end) for end in inline._HTML_ENDS.values()}
    for i in (k for k, c in enumerate(text) if c == "<"):
        if not inline._may_close(text, i, lasts):
            assert inline._HTML.match(text, i) is None
