"""Cold whole-process `factcheck verify` on a ~2,000-word draft, beside a peer linter.

    .venv/bin/python bench/verify.py [--runs 11] [--warmup 1] [--no-save] [--tag TAG] [--baseline-src DIR]

Every timed run is a new process, as in a pre-commit hook. Cases, run in turn each round:
  floor            python -c pass (the interpreter alone)
  help             factcheck --help (imports and the CLI)
  verify-json      factcheck verify --format json bench/data/draft-2000.md
  verify-nocache   the same, with .factcheck-cache/ deleted before each run (first run after
                   claims or sources change)
  hook-nofacts     factcheck verify bench/data/no-facts.md (a file with nothing to check)
  proselint        proselint check bench/data/draft-2000.md (the peer, from bench/.venv)
  proselint-nofacts proselint check bench/data/no-facts.md
With --baseline-src DIR, the verify and hook cases also run on that copy of src/ (before
and after a change, measured in the same rounds). Results: a table on stdout and bench/results/verify-YYYY-MM-DD.json.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen  # noqa: E402
from timing import REPO, Case, machine, measure, save, table, venv_python  # noqa: E402

BENCH = Path(__file__).resolve().parent
DRAFT = BENCH / "data" / "draft-2000.md"
NO_FACTS = BENCH / "data" / "no-facts.md"
CACHE = REPO / ".factcheck-cache"


def _peer() -> Path | None:
    for candidate in (BENCH / ".venv" / "bin" / "proselint", shutil.which("proselint")):
        if candidate and Path(candidate).exists():
            return Path(candidate)
    return None


def _clear_cache() -> None:
    shutil.rmtree(CACHE, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--no-save", action="store_true", help="print the table only")
    parser.add_argument("--tag", default="", help="suffix for the results file: verify-DATE-TAG.json")
    parser.add_argument("--baseline-src", type=Path, help="a copy of src/ to compare against, in the same rounds (run with PYTHONPATH=DIR)")
    args = parser.parse_args()
    if args.runs < 7:
        parser.error("--runs must be at least 7")
    if not DRAFT.exists():
        DRAFT.parent.mkdir(parents=True, exist_ok=True)
        DRAFT.write_text(gen.make_draft(), encoding="utf-8")
    if not NO_FACTS.exists():
        NO_FACTS.write_text(gen.NO_FACTS, encoding="utf-8")
    python = str(venv_python())
    factcheck = str(Path(python).parent / "factcheck")
    words = len(DRAFT.read_text(encoding="utf-8").split())

    cases = [
        Case("floor: python -c pass", [python, "-c", "pass"]),
        Case("factcheck --help", [factcheck, "--help"]),
        Case("verify --format json (2k words)", [factcheck, "verify", "--format", "json", str(DRAFT)]),
        Case("  same, cache deleted first", [factcheck, "verify", "--format", "json", str(DRAFT)], before=_clear_cache),
        Case("hook: verify no-facts.md", [factcheck, "verify", str(NO_FACTS)]),
    ]
    if args.baseline_src:
        env = {"PYTHONPATH": str(args.baseline_src.resolve())}
        cases.insert(4, Case("  same, baseline src", [factcheck, "verify", "--format", "json", str(DRAFT)], env=env))
        cases.append(Case("hook: baseline src", [factcheck, "verify", str(NO_FACTS)], env=env))
    peer = _peer()
    peer_version = None
    if peer is None:
        print("proselint not found: python3 -m venv bench/.venv && bench/.venv/bin/pip install proselint", file=sys.stderr)
    else:
        peer_version = subprocess.run([str(peer), "version"], capture_output=True, text=True).stdout.strip()
        cases.append(Case("peer: proselint check (2k words)", [str(peer), "check", str(DRAFT)]))
        cases.append(Case("peer: proselint check no-facts.md", [str(peer), "check", str(NO_FACTS)]))

    info = machine()
    measure(cases, args.runs, args.warmup)
    print(
        f"{words}-word draft; {args.runs} runs after {args.warmup} warm-up; {info['cpu']}, {info['cores']} cores, Python {info['python']}, commit {info['commit']}"
    )
    print(table(cases))
    if not args.no_save:
        path = save(
            "verify",
            {
                "benchmark": "verify",
                "draft_words": words,
                "runs": args.runs,
                "warmup": args.warmup,
                "machine": info,
                "peer": {"name": "proselint", "version": peer_version} if peer else None,
                "baseline_src": str(args.baseline_src) if args.baseline_src else None,
                "cases": {case.name.strip(): case.summary() for case in cases},
            },
            args.tag,
        )
        print(f"wrote {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
