"""Hostile and careless inputs: what a repository someone else wrote can hand factcheck.

Each case is a small project change (files written into a copy of the shipped project) and
one command. Every case must end with exit 0, 1 or 2, no traceback, within TIME_LIMIT seconds
and MEMORY_LIMIT bytes, and leave claims/ and sources/ as they were (extract aside, whose job
is to write there). Some cases also name a wrong statement that must still be reported
however it is hidden. Inputs are generated here, not stored: several are megabytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# The shipped sources say April 2014; a finding on this sentence proves the draft was read.
WRONG = "Senator Amy Klobuchar led a delegation to Mexico with Senator Heidi Heitkamp in March 2014."
RIGHT = "Senator Amy Klobuchar led a delegation to Mexico with Senator Heidi Heitkamp in April 2014."
TIME_LIMIT = 30.0
MEMORY_LIMIT = 1536 * 1024 * 1024

LAUGHS = "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9) if prev else ', '.join(['lol'] * 9)}]\n" for prev, name in zip(["", *"abcdefgh"], "abcdefghi", strict=True)
)


# As deep as libyaml reads (its limit is 1,000), inside a claim's value: every later walk of it must cope.
DEEP_VALUE = "claims:\n- id: deep\n  kind: fact\n  statement: Deep.\n  values:\n  - type: text\n    value: " + "[" * 990 + "]" * 990 + "\n  provenance: []\n"


def front(date: str, body: str) -> str:
    return f"---\ndate: {date}\n---\n\n{body}\n"


@dataclass(frozen=True)
class Case:
    name: str
    files: dict[str, str | bytes | Callable[[Path], None]]  # path in the project -> content, or a maker
    args: tuple[str, ...]
    codes: frozenset[int] = frozenset({0, 1, 2})
    must_report: str = ""  # a text that must appear in stdout (a finding that may not be lost)
    must_say: str = ""  # a text that must appear in stderr
    writes_claims: bool = False
    forbidden: tuple[str, ...] = ()  # paths (from the project) that must not exist afterwards
    slow: bool = True
    extra: dict[str, str] = field(default_factory=dict)  # environment


def _many_quotes(count: int) -> str:
    """`count` quote claims by one speaker, each a word or two off the next: every pair is a conflict candidate."""
    entry = (
        "- id: q{i}\n  kind: quote\n  speaker: amy-klobuchar\n  words: We have to make the fight against sex trafficking a top priority {i}\n"
        "  statement: Klobuchar said the fight is a priority {i}.\n  provenance:\n  - source: klobuchar-2014-05-minneapolis\n"
        "    quote: We have to make the fight against sex trafficking a top priority {i}\n"
    )
    return "claims:\n" + "".join(entry.format(i=i) for i in range(count))


def _symlink(target: str, name: str) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).symlink_to(target)

    return make


def _fifo(name: str) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        import os

        os.mkfifo(root / name)

    return make


def _forged_pickle(root: Path) -> None:
    import pickle

    class Plant:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            import os

            return (os.system, (f"touch {root / 'pwned'}",))

    folder = root / ".factcheck-cache"
    folder.mkdir()
    for name in ("index-1.pickle", "index.pickle", "index-2.pickle"):
        (folder / name).write_bytes(b"factcheck-index-cache 1 " + b"0" * 48 + b"\n" + pickle.dumps(Plant()))


def _cache_link(root: Path) -> None:
    (root.parent / "outside").mkdir(exist_ok=True)
    (root / ".factcheck-cache").symlink_to(root.parent / "outside")


def _deep_quote(levels: int) -> str:
    return "\n".join(["# Deep", "", "> " * levels + WRONG, ""])


def _deep_list(levels: int) -> str:
    lines = ["# Deep", ""] + ["  " * i + "- item" for i in range(levels)] + ["  " * levels + "- " + WRONG, ""]
    return "\n".join(lines)


_V = ("verify", "--format", "line")

CASES: list[Case] = [
    # 1. the cache
    Case("forged-pickle-cache", {"x": _forged_pickle}, (*_V, "d.md"), forbidden=("pwned",), slow=False),
    Case("cache-is-a-link-outside", {"x": _cache_link}, (*_V, "d.md"), forbidden=("../outside/.gitignore",), slow=False),
    # 2. YAML alias expansion
    Case(
        "billion-laughs-front-matter",
        {"d.md": "---\n" + LAUGHS + "date: *i\n---\n\n" + RIGHT + "\n"},
        (*_V, "d.md"),
        frozenset({2}),
        must_say="YAML aliases",
        slow=False,
    ),
    Case("alias-cycle-front-matter", {"d.md": "---\nx: &a [*a]\n---\n\n" + RIGHT + "\n"}, (*_V, "d.md"), frozenset({2}), slow=False),
    Case("billion-laughs-claims-verify", {"claims/laughs.yaml": LAUGHS}, (*_V, "d.md"), frozenset({2}), must_say="claims/laughs.yaml"),
    Case("billion-laughs-claims-check", {"claims/laughs.yaml": LAUGHS}, ("check",), frozenset({1, 2})),
    Case("billion-laughs-claims-cite", {"claims/laughs.yaml": LAUGHS}, ("cite", "delegation-mexico-trip-2014"), frozenset({2})),
    Case("billion-laughs-config", {".factcheck.yaml": LAUGHS}, (*_V, "d.md"), frozenset({2})),
    Case("billion-laughs-sidecar", {"sources/000_6a5dbfec2895c369.yaml": LAUGHS}, ("check",), frozenset({1, 2})),
    Case("python-tag-in-claims", {"claims/tag.yaml": "- !!python/object/apply:os.system ['touch pwned']\n"}, ("check",), frozenset({1, 2})),
    Case("deep-yaml-nesting", {"claims/deep.yaml": "[" * 5000 + "]" * 5000}, ("check",), frozenset({1, 2})),
    # as deep as libyaml reads (its limit is 1,000), inside a claim's value: every later walk of it must cope
    Case(
        "deep-value-in-a-claim-verify",
        {"claims/deep.yaml": DEEP_VALUE},
        (*_V, "d.md"),
        slow=False,
    ),
    Case(
        "deep-value-in-a-claim-check",
        {"claims/deep.yaml": DEEP_VALUE},
        ("check",),
        slow=False,
    ),
    Case("deep-toml-nesting", {"pyproject.toml": "[tool.factcheck]\nx = " + "[" * 5000 + "]" * 5000 + "\n"}, (*_V, "d.md"), frozenset({2})),
    Case("deep-json-baseline", {".factcheck-baseline.json": "[" * 100000 + "]" * 100000}, (*_V, "d.md"), frozenset({2})),
    # 3. recursion
    Case("unmatched-straight-quotes", {"d.md": "He said " + '"a ' * 2500 + ". " + WRONG}, (*_V, "d.md"), must_report="March 2014"),
    Case("curly-quoted-words", {"d.md": "Heitkamp said " + " ".join(f"“w{i}”" for i in range(6000)) + ". " + WRONG}, (*_V, "d.md"), must_report="March 2014"),
    Case("unmatched-curly-quotes", {"d.md": "“" * 50000 + " " + WRONG}, (*_V, "d.md")),
    # 4. superlinear time
    Case("capitalised-run", {"d.md": " ".join(f"Word{i % 7}" for i in range(20000)) + ". " + WRONG}, (*_V, "d.md")),
    Case("dates-in-one-sentence", {"d.md": "It happened on " + ", ".join("April 15, 2014" for _ in range(30000)) + ". " + WRONG}, (*_V, "d.md")),
    Case("figures-in-one-sentence", {"d.md": "They counted " + ", ".join(f"{i} deaths" for i in range(30000)) + ". " + WRONG}, (*_V, "d.md")),
    Case("titles-in-one-sentence", {"d.md": " and ".join("Sen. Heidi Heitkamp (D-N.D.)" for _ in range(5000)) + " spoke. " + WRONG}, (*_V, "d.md")),
    Case(
        "names-and-quotes",
        {"d.md": " ".join(f"“We must act {i},” said Senator Amy Klobuchar." for i in range(3000)) + "\n\n" + WRONG + "\n"},
        (*_V, "d.md"),
        must_report="March 2014",
    ),
    Case("one-long-line", {"d.md": "word " * 400000 + "\n\n" + WRONG + "\n"}, (*_V, "d.md"), must_report="March 2014"),
    Case("digits", {"d.md": "1" * 200000 + " deaths. " + WRONG}, (*_V, "d.md")),
    Case("number-words", {"d.md": "There were " + "one hundred thousand million " * 20000 + "deaths. " + WRONG}, (*_V, "d.md")),
    Case("party-tags", {"d.md": "(D-N.D.), " * 50000 + WRONG}, (*_V, "d.md")),
    Case("abbreviations", {"d.md": "Sen. U.S. Gov. " * 50000 + WRONG}, (*_V, "d.md")),
    Case("brackets", {"d.md": "[" * 50000 + WRONG + "]" * 50000}, (*_V, "d.md")),
    Case("emphasis", {"d.md": "*_" * 50000 + WRONG}, (*_V, "d.md")),
    Case("backticks", {"d.md": "`" * 30000 + " x " + "``" * 15000 + "\n\n" + WRONG + "\n"}, (*_V, "d.md"), must_report="March 2014"),
    Case(
        "table-columns",
        {"d.md": "|" + "a|" * 5000 + "\n|" + "-|" * 5000 + "\n|" + "1|" * 5000 + "\n\n" + WRONG + "\n"},
        (*_V, "d.md"),
        must_report="March 2014",
    ),
    Case(
        "link-definitions",
        {"d.md": "".join(f"[r{i}]: http://example.invalid/{i}\n" for i in range(50000)) + "\n" + WRONG + "\n"},
        (*_V, "d.md"),
        must_report="March 2014",
    ),
    Case("html-comments", {"d.md": "<!-- x -->" * 50000 + "\n\n" + WRONG + "\n"}, (*_V, "d.md"), must_report="March 2014"),
    # 5. nesting too deep for the Markdown reader
    Case("deep-blockquote-25", {"d.md": _deep_quote(25)}, (*_V, "d.md"), frozenset({1}), must_report="March 2014", slow=False),
    Case("deep-blockquote-500", {"d.md": _deep_quote(500)}, (*_V, "d.md"), frozenset({1}), must_report="March 2014"),
    Case("deep-list-25", {"d.md": _deep_list(25)}, (*_V, "d.md"), frozenset({1}), must_report="March 2014", slow=False),
    Case("deep-list-300", {"d.md": _deep_list(300)}, (*_V, "d.md"), frozenset({1}), must_report="March 2014"),
    # 6. dates at the edges
    Case("as-of-year-one", {"d.md": front("0001-01-01", "Last year Heitkamp helped lead a Senate hearing.")}, (*_V, "d.md"), slow=False),
    Case("as-of-year-9999", {"d.md": front("9999-12-31", "Next year Heitkamp will lead a Senate hearing.")}, (*_V, "d.md"), slow=False),
    Case("as-of-flag-year-one", {"d.md": "Last year, in the spring, Klobuchar went to Mexico.\n"}, (*_V, "--as-of", "0001-01-01", "d.md"), slow=False),
    # 9. a suppression typo
    Case("suppression-typo", {"d.md": "<!-- factcheck: igonre -->\n" + WRONG + "\n"}, (*_V, "d.md"), frozenset({1}), must_report="March 2014", slow=False),
    Case("unclosed-suppressions", {"d.md": "<!-- factcheck: ignore\n" * 20000 + "-->\n\n" + WRONG + "\n"}, (*_V, "d.md"), must_report="March 2014"),
    Case("many-suppressions", {"d.md": ("<!-- factcheck: ignore -->\n" + RIGHT + "\n\n") * 3000 + WRONG + "\n"}, (*_V, "d.md"), must_report="March 2014"),
    # a configuration written to hang the matcher
    Case("backtracking-glob", {".factcheck.yaml": "include:\n  - '" + "*a" * 10 + "b'\n", "a" * 90 + ".md": RIGHT}, ("verify", "."), slow=False),
    # a claims database built to blow up pairwise work
    Case("many-near-quotes-check", {"claims/many.yaml": _many_quotes(5000)}, ("check",)),
    Case(
        "many-near-quotes-verify",
        {"claims/many.yaml": _many_quotes(5000), "d.md": "“We have to make the fight a priority,” Klobuchar said. " + WRONG},
        (*_V, "d.md"),
    ),
    # files that are not files
    Case("not-utf8", {"d.md": b"\xff\xfe\xfa" + WRONG.encode("latin-1")}, (*_V, "d.md"), frozenset({2}), slow=False),
    Case("nul-bytes", {"d.md": b"abc\x00def"}, (*_V, "d.md"), frozenset({2}), slow=False),
    Case("draft-is-dev-zero", {"d.md": _symlink("/dev/zero", "d.md")}, (*_V, "d.md"), frozenset({2}), slow=False),
    Case("draft-is-a-fifo", {"d.md": _fifo("d.md")}, (*_V, "d.md"), frozenset({2}), slow=False),
    Case("source-is-dev-zero", {"sources/zero.txt": _symlink("/dev/zero", "sources/zero.txt")}, ("check",)),
    Case("source-is-dev-zero-verify", {"sources/zero.txt": _symlink("/dev/zero", "sources/zero.txt")}, (*_V, "d.md")),
    Case("claims-is-dev-zero", {"claims/zero.yaml": _symlink("/dev/zero", "claims/zero.yaml")}, ("check",)),
    Case("claims-file-is-a-folder", {"claims/folder.yaml/x": "a"}, ("check",), slow=False),
    Case(
        "huge-front-matter-string",
        {"d.md": front("2015-12-15", WRONG).replace("---\n\n", "title: " + "x" * 2_000_000 + "\n---\n\n", 1)},
        (*_V, "d.md"),
        frozenset({1}),
        must_report="March 2014",
    ),
]


def draft_for(case: Case) -> str:
    """A plain draft for cases that only damage the project, so verify has something to read."""
    return "" if "d.md" in case.files else RIGHT + "\n"
