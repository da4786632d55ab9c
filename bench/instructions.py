"""Instruction counts (valgrind callgrind) of the verify benchmark's cases: a figure that the
machine's load does not move, for before/after comparisons on a busy machine.

    .venv/bin/python bench/instructions.py [--baseline-src DIR] [--no-save]

Each case runs once under `valgrind --tool=callgrind` (about 40x slower than normally), after
one ordinary run that fills .factcheck-cache/. Counts are user-space instructions of the
whole process (interpreter start-up included); they are not seconds, but at a fixed machine
they track CPU time closely and repeat exactly for the same code and inputs.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import REPO, machine, save, venv_python  # noqa: E402

BENCH = Path(__file__).resolve().parent
DRAFT = BENCH / "data" / "draft-2000.md"
NO_FACTS = BENCH / "data" / "no-facts.md"
_COLLECTED = re.compile(r"Collected : (\d+)")


def count(argv: list[str], env: dict[str, str] | None = None) -> int | None:
    full_env = {**os.environ, **(env or {})}
    subprocess.run(argv, cwd=REPO, env=full_env, capture_output=True)  # warm the cache and page cache
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv], cwd=REPO, env=full_env, capture_output=True, text=True)
    found = _COLLECTED.search(done.stderr)
    return int(found.group(1)) if found else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline-src", type=Path)
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args()
    if not shutil.which("valgrind"):
        print("valgrind not found (apt-get install valgrind)", file=sys.stderr)
        return 2
    python = str(venv_python())
    cases: list[tuple[str, list[str], dict[str, str] | None]] = [
        ("floor: python -c pass", [python, "-c", "pass"], None),
        ("factcheck --help", [python, "-m", "factcheck", "--help"], None),
        ("verify --format json (2k words)", [python, "-m", "factcheck", "verify", "--format", "json", str(DRAFT)], None),
        ("  same, no cache", [python, "-m", "factcheck", "verify", "--format", "json", str(DRAFT)], {"FACTCHECK_NO_CACHE": "1"}),
        ("hook: verify no-facts.md", [python, "-m", "factcheck", "verify", str(NO_FACTS)], None),
    ]
    if args.baseline_src:
        env = {"PYTHONPATH": str(args.baseline_src.resolve())}
        cases.insert(4, ("  same, baseline src", [python, "-m", "factcheck", "verify", "--format", "json", str(DRAFT)], env))
        cases.append(("hook: baseline src", [python, "-m", "factcheck", "verify", str(NO_FACTS)], env))
    peer = BENCH / ".venv" / "bin" / "proselint"
    if peer.exists():
        cases.append(("peer: proselint check (2k words)", [str(peer), "check", str(DRAFT)], None))
    results = {}
    width = max(len(name) for name, _, _ in cases)
    for name, argv, env in cases:
        value = count(argv, env)
        results[name.strip()] = value
        shown = f"{value / 1e6:,.0f} M" if value else "failed"
        print(f"{name.ljust(width)}  {shown:>10}", flush=True)
    if not args.no_save:
        path = save(
            "instructions",
            {
                "benchmark": "instructions (callgrind Ir)",
                "machine": machine(),
                "baseline_src": str(args.baseline_src) if args.baseline_src else None,
                "cases": results,
            },
        )
        print(f"wrote {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
