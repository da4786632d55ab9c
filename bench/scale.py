"""Cold verify against a large extracted corpus: the 200 generated sources after `factcheck extract`.

    .venv/bin/python bench/scale.py [--docs 200] [--runs 7] [--no-save]

Builds the scratch project of bench/extract.py in a temporary folder, runs `factcheck
extract` on it once (untimed), then times `factcheck verify --format json` of
bench/data/draft-2000.md there, in new processes: with the claim cache warm (`--runs`
rounds) and with FACTCHECK_NO_CACHE=1 (3 rounds; each parses and indexes every claim).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen  # noqa: E402
from extract import _claims_written, available  # noqa: E402
from timing import REPO, Case, machine, measure, save, table, venv_python  # noqa: E402

DRAFT = Path(__file__).resolve().parent / "data" / "draft-2000.md"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args()
    factcheck = str(Path(venv_python()).parent / "factcheck")
    if not available(factcheck):
        print("extract not available: cannot build the large corpus")
        return 0
    info = machine()
    with tempfile.TemporaryDirectory(prefix="factcheck-scale-") as tmp:
        project = Path(tmp)
        words = gen.make_corpus(project, args.docs)
        subprocess.run([factcheck, "extract", "--root", str(project), str(project / "sources")], capture_output=True, check=True)
        claims = _claims_written(project)
        argv = [factcheck, "verify", "--format", "json", str(DRAFT)]
        warm = [Case("verify json, cache warm", argv, cwd=project)]
        cold = [Case("verify json, FACTCHECK_NO_CACHE=1", argv, cwd=project, env={"FACTCHECK_NO_CACHE": "1"})]
        measure(warm, args.runs, 1)
        measure(cold, 3, 0)
    cases = warm + cold
    print(f"{args.docs} sources ({words} words) -> {claims} claims; {info['cpu']}, {info['cores']} cores, commit {info['commit']}")
    print(table(cases))
    if not args.no_save:
        path = save(
            "scale",
            {"benchmark": "scale", "documents": args.docs, "words": words, "claims": claims, "machine": info, "cases": {c.name: c.summary() for c in cases}},
        )
        print(f"wrote {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
