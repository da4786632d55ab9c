"""Noise on real prose that has nothing to do with the corpus: every error there is a false alarm.

    python bench/unrelated.py collect DIR [--limit N]   # copy Markdown files found on this machine into DIR
    python bench/unrelated.py score DIR [--out FILE]     # verify them against the shipped claims; count

`collect` takes the Markdown files of 2 KB or more that ship with the machine's tools
(READMEs, changelogs, release notes of Rust, pyenv, Python packages ...), in path order,
leaving out this project, temporary folders and any file that names the corpus's people or
factcheck itself. Nothing is downloaded and nothing is committed: the files are other
projects' text. `score` runs `factcheck verify --format json --as-of 2015-12-31` over the
folder once (whole process) and reports errors and warnings by kind, with the files that
have the most.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

SKIP_PREFIXES = ("/proc", "/sys", "/dev", "/tmp", "/work", "/run")
SKIP_WORDS = ("Heitkamp", "Klobuchar", "factcheck")


def collect(folder: Path, limit: int) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    found = subprocess.run(["find", "/", "-xdev", "-type", "f", "-name", "*.md", "-size", "+2k"], capture_output=True, text=True, check=False).stdout.split(
        "\n"
    )
    taken = 0
    for name in sorted(p for p in found if p and not p.startswith(SKIP_PREFIXES) and "/nightly-" not in p):
        path = Path(name)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if any(word in text for word in SKIP_WORDS):
            continue
        taken += 1
        shutil.copyfile(path, folder / f"{taken:04d}-{path.name}")
        if taken >= limit:
            break
    return taken


def score(folder: Path) -> dict[str, object]:
    files = sorted(folder.glob("*.md"))
    started = time.monotonic()
    run = subprocess.run(
        [sys.executable, "-m", "factcheck", "verify", "--format", "json", "--as-of", "2015-12-31", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.monotonic() - started
    report = json.loads(run.stdout)
    kinds: Counter[str] = Counter()
    by_file: Counter[str] = Counter()
    for entry in report["files"]:
        for finding in entry["findings"]:
            if finding["severity"] in ("error", "warning"):
                kinds[f"{finding['severity']} {finding['kind']}"] += 1
                if finding["severity"] == "error":
                    by_file[Path(entry["path"]).name] += 1
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in files)
    return {
        "files": len(files),
        "words": words,
        "seconds": round(elapsed, 1),
        "exit": run.returncode,
        "summary": report["summary"],
        "by_kind": dict(kinds.most_common()),
        "errors_by_file": dict(by_file.most_common(10)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("verb", choices=("collect", "score"))
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.verb == "collect":
        print(f"collected {collect(args.folder, args.limit)} files into {args.folder}")
        return
    result = score(args.folder)
    text = json.dumps(result, indent=1)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
