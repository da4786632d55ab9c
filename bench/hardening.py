"""Hostile and large drafts for `factcheck verify`: do they finish, in bounded time and memory?

    .venv/bin/python bench/hardening.py gen DIR                 # write every input to DIR
    .venv/bin/python bench/hardening.py time [--runs 3] [--only NAME ...] [--src DIR] [--tag TAG] [--no-save] [--timeout S]
    .venv/bin/python bench/hardening.py combine BEFORE.json AFTER.json OUT.json   # one file with both, side by side

`time` writes each input, copies the shipped claims/ and sources/ into a fresh scratch
project per case (so no case reuses another's claim cache), runs one untimed warm-up
(builds the claim cache), then times `factcheck verify --format json` as a new process
`--runs` times: the median wall clock, CPU seconds and the largest peak RSS. `--src DIR`
runs another copy of src/ (PYTHONPATH=DIR), to measure before and after a change.
Results: a table on stdout and bench/results/hardening-YYYY-MM-DD[-TAG].json.

Inputs are deterministic (fixed seeds), built from the shipped registry and sources:
the hardening issue's reproductions (thousands of quotes, dates, capitalised words in one
sentence; nesting past markdown-it's limit; relative dates at the ends of the calendar)
and size tests (1 MB of dense factual prose, 250 KB and 1 MB of the sources' own prose,
a 10 MB draft).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import REPO, Case, machine, save, table, venv_python

FRONT = "---\ndate: 2015-12-31\n---\n\n"
MB = 1_000_000
# People, titles and places of the shipped registry (claims/entities.yaml), as news copy writes them.
PEOPLE = (
    "Sen. Amy Klobuchar (D-Minn.)",
    "Heidi Heitkamp",
    "Cindy McCain",
    "Sen. Kelly Ayotte (R-N.H.)",
    "Attorney General Eric Holder",
    "Jeh Johnson",
    "Minnesota Senator Amy Klobuchar",
    "Klobuchar",
    "Heitkamp",
    "Sen. John McCain",
    "Ryan Babb",
    "Amy Dalrymple",
)
PLACES = ("Hennepin County", "Minneapolis", "Mexico City", "Fargo", "Bismarck", "North Dakota", "New Hampshire", "Arizona")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
QUOTES = (
    "we have to do more to stop this",
    "the heroin epidemic is growing",
    "this is a fight we can win",
    "nobody should have to live this way",
    "we've got a long way to go",
    "a problem that knows no borders",
)
NOUNS = ("people", "deaths", "cases", "victims", "officers", "children", "beds", "grants", "percent", "million dollars")


def _sources_prose() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8").strip() for p in sorted((REPO / "sources").glob("*.txt")))


def _repeat_to(text: str, size: int) -> str:
    out, total = [], 0
    while total < size:
        out.append(text)
        total += len(text) + 2
    return FRONT + "\n\n".join(out) + "\n"


_SOURCE_SENTENCE = re.compile(r"[A-Z][^.!?\n]{40,300}[.!?]")


def dense_sentence(rng: random.Random, lines: list[str]) -> str:
    """One sentence thick with checkable things: a source's own sentence (so claims match it) with
    dates, figures, quotations, titles and registry names worked in."""

    def date() -> str:
        return rng.choice(
            (
                f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2009, 2015)}",
                f"{rng.choice(MONTHS)} {rng.randint(2009, 2015)}",
                str(rng.randint(2009, 2015)),
                "last year",
                "in March",
            )
        )

    def figure() -> str:
        return rng.choice(
            (
                f"{rng.randint(2, 999)} {rng.choice(NOUNS)}",
                f"${rng.randint(1, 99)}.{rng.randint(1, 9)} million",
                f"more than {rng.randint(2, 99):,}{rng.choice(('', ',000'))} {rng.choice(NOUNS)}",
                "fifty-four people",
            )
        )

    base = rng.choice(lines).rstrip(".!?")
    parts = [
        f"On {date()}, {rng.choice(PEOPLE)} said \u201c{rng.choice(QUOTES)},\u201d as {figure()} were counted in {rng.choice(PLACES)}",
        f'{rng.choice(PEOPLE)} told {rng.choice(PEOPLE)} that "{rng.choice(QUOTES)}" in {date()}',
        f"{figure()} and {figure()} followed in {date()}, {rng.choice(PEOPLE)}, a former North Dakota attorney general, noted",
    ]
    return f"{base}; {rng.choice(parts)}."


def dense_prose(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    lines = _SOURCE_SENTENCE.findall(_sources_prose())
    paragraphs, total = [], 0
    while total < size:
        paragraph = " ".join(dense_sentence(rng, lines) for _ in range(rng.randint(2, 5)))
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return FRONT + "\n\n".join(paragraphs) + "\n"


def _nested(marker: str, depth: int, *, one_line: bool = False) -> str:
    """The example draft's wrong figure (45 for the sources' 54) `depth` levels deep, on the last line."""
    sentence = "The problem is close to home: in 2013, 45 people died of heroin overdoses in Hennepin County."
    if one_line:
        return FRONT + "# Deep\n\n" + f"{marker} " * depth + sentence + "\n"
    lines = ["  " * k + f"{marker} item" for k in range(depth - 1)] if marker == "-" else [f"{marker} " * (k + 1) + "item" for k in range(depth - 1)]
    lines.append(("  " * (depth - 1) + "- " if marker == "-" else "> " * depth) + sentence)
    return FRONT + "# Deep\n\n" + "\n".join(lines) + "\n"


# name -> (draft text, extra verify arguments). The figures for main as it stood are in bench/results.
INPUTS: dict[str, Callable[[], tuple[str, list[str]]]] = {
    "unmatched-straight-quotes-2500": lambda: (FRONT + "Klobuchar said " + " ".join('"word' for _ in range(2500)) + ".\n", []),
    "curly-quoted-words-6000": lambda: (FRONT + "Heitkamp said " + " ".join(f"\u201cw{i}\u201d" for i in range(6000)) + ".\n", []),
    "curly-quoted-names-3000": lambda: (FRONT + " ".join(f"\u201cwe act now,\u201d {PEOPLE[i % len(PEOPLE)]} said" for i in range(3000)) + ".\n", []),
    "capitalised-run-30000": lambda: (FRONT + "The " + " ".join(f"Word{chr(97 + i % 26)}" for i in range(30000)) + " spoke.\n", []),
    "names-run-10000": lambda: (FRONT + " ".join(PEOPLE[i % len(PEOPLE)] for i in range(10000)) + " said \u201cwe act now.\u201d\n", []),
    "dates-one-sentence-30000": lambda: (FRONT + "It happened on " + ", ".join(f"April {1 + i % 28}, {2000 + i % 16}" for i in range(30000)) + ".\n", []),
    "numbers-one-sentence-30000": lambda: (FRONT + "There were " + ", ".join(f"{i % 997 + 3} deaths" for i in range(30000)) + ".\n", []),
    "in-places-one-sentence-20000": lambda: (FRONT + "They met " + ", ".join(f"in {PLACES[i % len(PLACES)]}" for i in range(20000)) + ".\n", []),
    "long-line-no-stops-1mb": lambda: (FRONT + ("heroin deaths rose in Hennepin County, and " * (MB // 44)) + "end.\n", []),
    "dots-run-100000": lambda: (FRONT + "Deaths rose" + "." * 100000 + " Then 45 people died in Hennepin County in 2013.\n", []),
    "unclosed-curly-quotes-50000": lambda: (FRONT + "Heitkamp said " + "\u201cw " * 50000 + ".\n", []),
    "html-comment-openers-20000": lambda: (FRONT + "Deaths rose " + "<!--<?<!A" * 20000 + " in 2013.\n", []),
    "brackets-and-backticks": lambda: (FRONT + ("[a](b " * 20000) + ("`" * 5000 + " x ") * 4 + "<a " * 20000 + "*" * 50000 + "\n", []),
    "deep-blockquote-25": lambda: (_nested(">", 25, one_line=True), []),
    "deep-blockquote-100": lambda: (_nested(">", 100, one_line=True), []),
    "deep-blockquote-10000": lambda: (_nested(">", 10000, one_line=True), []),
    "deep-blockquote-lines-100": lambda: (_nested(">", 100), []),
    "deep-list-25": lambda: (_nested("-", 25, one_line=True), []),
    "deep-list-100": lambda: (_nested("-", 100, one_line=True), []),
    "deep-list-10000": lambda: (_nested("-", 10000, one_line=True), []),
    "deep-list-lines-100": lambda: (_nested("-", 100), []),
    "deep-list-lines-1000": lambda: (_nested("-", 1000), []),
    "year-0001-last-year": lambda: ("---\ndate: 0001-01-01\n---\n\nLast year, 45 people died; yesterday and last month too, on Monday.\n", []),
    "year-9999-next-year": lambda: ("---\ndate: 9999-12-31\n---\n\nNext year, 45 people will die; tomorrow and next month too, next Tuesday.\n", []),
    "as-of-0001-last-year": lambda: ("Last year, in December, 45 people died in Hennepin County.\n", ["--as-of", "0001-01-01"]),
    "as-of-9999-next-year": lambda: ("Next year, by January, 45 people will die in Hennepin County.\n", ["--as-of", "9999-12-31"]),
    "dense-prose-1mb": lambda: (dense_prose(MB), []),
    "sources-prose-250kb": lambda: (_repeat_to(_sources_prose(), MB // 4), []),
    "sources-prose-1mb": lambda: (_repeat_to(_sources_prose(), MB), []),
    "sources-prose-10mb": lambda: (_repeat_to(_sources_prose(), 10 * MB), []),
}


def generate(folder: Path, names: list[str] | None = None) -> dict[str, tuple[Path, list[str]]]:
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, make in INPUTS.items():
        if names and name not in names:
            continue
        text, args = make()
        path = folder / f"{name}.md"
        path.write_text(text, encoding="utf-8")
        out[name] = (path, args)
    return out


TIMED_OUT = -9  # the exit code recorded for a run stopped at --timeout


def run_once(case: Case, timeout: float) -> tuple[float, int, int, float]:
    """(wall seconds, max RSS in KiB, exit code, CPU seconds) of one run, stopped after `timeout` seconds.

    Peak RSS comes from /usr/bin/time: a child's own rusage from wait4 starts at its parent's
    high-water mark (fork copies it), and this script holds megabytes of generated drafts.
    """
    env = dict(os.environ) if case.env is None else {**os.environ, **case.env}
    with tempfile.TemporaryFile() as out, tempfile.NamedTemporaryFile("r") as measured:
        start = time.perf_counter()
        child = subprocess.Popen(
            ["/usr/bin/time", "-f", "%M %U %S", "-o", measured.name, *case.argv],
            cwd=case.cwd,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            code = child.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
            return time.perf_counter() - start, 0, TIMED_OUT, timeout
        wall = time.perf_counter() - start
        fields = measured.read().split()[-3:]
    rss, user, system = int(fields[0]), float(fields[1]), float(fields[2])
    return wall, rss, code, user + system


def _project(parent: Path, name: str) -> Path:
    root = parent / name
    for part in ("claims", "sources"):
        shutil.copytree(REPO / part, root / part)
    return root


# The bounds, whole process: each hostile input, 1 MB of dense prose, a 10 MB draft.
TARGETS = {
    "hostile_s": 30,
    "hostile_rss_mb": 1536,
    "dense-prose-1mb_s": 60,
    "sources-prose-10mb_s": 120,
    "sources-prose-1mb_s": 60,
    "sources_1mb_over_250kb": 5.0,
}


def combine(before: Path, after: Path, out: Path, before_commit: str = "") -> None:
    """Both runs in one file: per case the before and after median, CPU, peak RSS and exit codes."""
    old, new = json.loads(before.read_text(encoding="utf-8")), json.loads(after.read_text(encoding="utf-8"))
    keys = ("median_s", "median_cpu_s", "max_rss_mb", "exit_codes", "cpu_s_per_mb", "runs")
    cases = {}
    for name, now in new["cases"].items():
        then = old["cases"].get(name, {})
        cases[name] = {"bytes": now["bytes"], "before": {k: then.get(k) for k in keys}, "after": {k: now.get(k) for k in keys}}
    growth = {
        side: round(doc["cases"]["sources-prose-1mb"]["median_s"] / doc["cases"]["sources-prose-250kb"]["median_s"], 2)
        for side, doc in (("before", old), ("after", new))
        if "sources-prose-1mb" in doc["cases"]
    }
    payload = {
        "what": "bench/hardening.py: hostile and large drafts, whole-process `factcheck verify --format json`, each in a fresh copy of the "
        "shipped claims/ and sources/ (claim cache warmed by an untimed run). A run stopped at --timeout has exit code -9 and "
        "its timeout as its time. Peak RSS from /usr/bin/time.",
        "commands": {
            "before": f".venv/bin/python bench/hardening.py time --runs {old['runs']} --timeout 60 --src <git archive {before_commit or '?'} src> --tag before",
            "after": f".venv/bin/python bench/hardening.py time --runs {new['runs']} --timeout 150 --tag after",
            "combine": f".venv/bin/python bench/hardening.py combine {before.name} {after.name} {out.name} --before-commit {before_commit or '?'}",
        },
        "machine": {"before": old["machine"], "after": new["machine"]},
        "targets": TARGETS,
        "sources_1mb_over_250kb": growth,
        "cases": cases,
    }
    out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("gen")
    gen.add_argument("folder", type=Path)
    timed = sub.add_parser("time")
    timed.add_argument("--runs", type=int, default=3)
    timed.add_argument("--only", nargs="*", help="input names (default: all)")
    timed.add_argument("--src", type=Path, help="another copy of src/ to run (PYTHONPATH)")
    timed.add_argument("--tag", default="")
    timed.add_argument("--no-save", action="store_true")
    timed.add_argument("--timeout", type=float, default=150.0, help="stop a run after this many seconds (exit recorded as -9)")
    both = sub.add_parser("combine")
    both.add_argument("before", type=Path)
    both.add_argument("after", type=Path)
    both.add_argument("out", type=Path)
    both.add_argument("--before-commit", default="", help="the commit the --src copy of the before run came from")
    args = parser.parse_args()
    if args.command == "combine":
        combine(args.before, args.after, args.out, args.before_commit)
        return 0
    if args.command == "gen":
        for path, extra in generate(args.folder).values():
            print(f"{path}  {' '.join(extra)}".rstrip(), f"({path.stat().st_size:,} bytes)")
        return 0
    env = {"PYTHONPATH": str(args.src.resolve())} if args.src else None
    cases: list[Case] = []
    sizes: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="factcheck-hardening-") as scratch:
        base = Path(scratch)
        warm = base / "warm.md"
        warm.write_text(FRONT + "Nothing to check here.\n", encoding="utf-8")
        for name, (path, extra) in generate(base / "inputs", args.only).items():
            root = _project(base, name)
            sizes[name] = path.stat().st_size
            argv = [str(venv_python()), "-m", "factcheck", "verify", "--format", "json", "--root", str(root), *extra, str(path)]
            case = Case(name, argv, cwd=root, env=env)
            run_once(Case("warm-up", [*argv[: -1 - len(extra)], str(warm)], cwd=root, env=env), args.timeout)  # builds the claim cache
            for _ in range(args.runs):
                wall, rss, code, cpu = run_once(case, args.timeout)
                case.wall.append(wall)
                case.cpu.append(cpu)
                case.rss_kb.append(rss)
                case.codes.add(code)
                if code == TIMED_OUT:
                    break  # once is enough to know
            cases.append(case)
            s = case.summary()
            print(f"{name}: {s['median_s']} s, {s['max_rss_mb']} MB, exit {s['exit_codes']}", file=sys.stderr, flush=True)
    print(table(cases))
    results = {}
    for case in cases:
        summary = case.summary()
        summary["argv"] = ["python", "-m", "factcheck", *case.argv[3:-1], f"<{case.name}.md>"]
        summary["bytes"] = sizes[case.name]
        summary["cpu_s_per_mb"] = round(statistics.median(case.cpu) / (sizes[case.name] / MB), 2)
        results[case.name] = summary
    if not args.no_save:
        path = save("hardening", {"machine": machine(), "src": str(args.src or REPO / "src"), "runs": args.runs, "cases": results}, args.tag)
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
