"""Extraction throughput: `factcheck extract` on 200+ generated sources, in words per second.

    .venv/bin/python bench/extract.py [--docs 200] [--runs 3] [--no-save]

The corpus is made by bench/gen.py from the shipped sources/*.txt (names swapped, years
shifted, figures scaled, each with its own publication date), in a scratch project under
a temporary folder; nothing is written into the repository but the results file.
Each timed run starts from an empty claims/ in a fresh copy, in a new process:
  corpus     factcheck extract sources      (all documents, one process)
  one-doc    factcheck extract sources/gen-000.txt  (start-up and a single document)
  rerun      factcheck extract sources      again on the extracted project (idempotent pass)
words/s = corpus words / corpus wall time; the steady rate leaves out one process's
start-up: (words - words of one doc) / (corpus time - one-doc time).
If the installed factcheck has no `extract` command, it prints "extract not available".
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen  # noqa: E402
from timing import REPO, Case, machine, run_once, save, venv_python  # noqa: E402


def available(factcheck: str) -> bool:
    probe = subprocess.run([factcheck, "extract", "--help"], capture_output=True, text=True)
    return probe.returncode == 0


def _claims_written(project: Path) -> int:
    import yaml  # the project's venv has it

    total = 0
    for path in (project / "claims").rglob("*.y*ml"):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        if isinstance(data, dict):
            total += len(data.get("claims") or ())
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args()
    python = str(venv_python())
    factcheck = str(Path(python).parent / "factcheck")
    if not available(factcheck):
        print("extract not available: this factcheck has no `extract` command yet (factcheck extract --help failed)")
        return 0

    info = machine()
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        template = Path(tmp) / "template"
        words = gen.make_corpus(template, args.docs)
        one_words = len((template / "sources" / "gen-000.txt").read_text(encoding="utf-8").split("---\n", 2)[-1].split())

        def fresh(name: str) -> Path:
            project = Path(tmp) / name
            shutil.rmtree(project, ignore_errors=True)
            shutil.copytree(template, project)
            return project

        corpus, single, rerun, claims, codes = [], [], [], [], set()
        rss = []
        for run in range(args.runs + 1):  # the first is a warm-up (page cache, .pyc)
            project = fresh("run")
            case = Case("corpus", [factcheck, "extract", "--root", str(project), str(project / "sources")], cwd=project)
            wall, kb, code, _ = run_once(case)
            codes.add(code)
            again = Case("rerun", case.argv, cwd=project)
            wall_again, _, code_again, _ = run_once(again)
            codes.add(code_again)
            project_one = fresh("one")
            one = Case("one-doc", [factcheck, "extract", "--root", str(project_one), str(project_one / "sources" / "gen-000.txt")], cwd=project_one)
            wall_one, _, code_one, _ = run_once(one)
            codes.add(code_one)
            if run == 0:
                continue
            corpus.append(wall)
            rerun.append(wall_again)
            single.append(wall_one)
            rss.append(kb)
            claims.append(_claims_written(project))

    med, med_one = statistics.median(corpus), statistics.median(single)
    rate = words / med
    steady = (words - one_words) / (med - med_one) if med > med_one else None
    print(f"{args.docs} documents, {words} words; {args.runs} runs after 1 warm-up; {info['cpu']}, {info['cores']} cores, commit {info['commit']}")
    print(
        f"  extract corpus   median {med:.2f} s (min {min(corpus):.2f}, max {max(corpus):.2f}), max RSS {max(rss) / 1024:.1f} MB, {statistics.median(claims):.0f} claims written"
    )
    print(f"  extract one doc  median {med_one:.3f} s")
    print(f"  rerun (no-op)    median {statistics.median(rerun):.2f} s")
    print(
        f"  throughput       {rate:,.0f} words/s whole process; {steady:,.0f} words/s without start-up" if steady else f"  throughput       {rate:,.0f} words/s"
    )
    print(f"  exit codes       {sorted(codes)}")
    if not args.no_save:
        path = save(
            "extract",
            {
                "benchmark": "extract",
                "documents": args.docs,
                "words": words,
                "runs": args.runs,
                "machine": info,
                "corpus": {"median_s": round(med, 3), "min_s": round(min(corpus), 3), "max_s": round(max(corpus), 3), "max_rss_mb": round(max(rss) / 1024, 1)},
                "one_doc": {"median_s": round(med_one, 3), "words": one_words},
                "rerun": {"median_s": round(statistics.median(rerun), 3)},
                "claims_written": statistics.median(claims),
                "words_per_s": round(rate),
                "words_per_s_without_startup": round(steady) if steady else None,
                "exit_codes": sorted(codes),
            },
        )
        print(f"wrote {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
