"""Whole-process timing shared by the benchmarks: wall clock and peak RSS of one child.

Each run is a fresh process (what a pre-commit hook pays). `os.wait4` gives the rusage of
that one child, so its max RSS is its own, not the maximum over every child so far.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Case:
    name: str
    argv: list[str]
    cwd: Path = REPO
    env: dict[str, str] | None = None
    before: object = None  # callable run before each timed run (not timed), e.g. clear a cache
    wall: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # user + system seconds
    codes: set[int] = field(default_factory=set)

    def summary(self) -> dict[str, object]:
        return {
            "argv": self.argv,
            "runs": len(self.wall),
            "median_s": round(statistics.median(self.wall), 4),
            "min_s": round(min(self.wall), 4),
            "max_s": round(max(self.wall), 4),
            "median_cpu_s": round(statistics.median(self.cpu), 4),
            "max_rss_mb": round(max(self.rss_kb) / 1024, 1),
            "median_rss_mb": round(statistics.median(self.rss_kb) / 1024, 1),
            "exit_codes": sorted(self.codes),
        }


def run_once(case: Case) -> tuple[float, int, int, float]:
    """(wall seconds, max RSS in KiB, exit code, CPU seconds) of one run; output goes to a scratch file."""
    if callable(case.before):
        case.before()
    env = dict(os.environ) if case.env is None else {**os.environ, **case.env}
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        child = subprocess.Popen(case.argv, cwd=case.cwd, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss, child.returncode, usage.ru_utime + usage.ru_stime


def measure(cases: list[Case], runs: int, warmup: int = 1) -> None:
    """`warmup` untimed rounds (page cache, .pyc), then `runs` rounds; each round runs every
    case once, in turn, so drift in machine load spreads over all cases alike."""
    for _ in range(warmup):
        for case in cases:
            run_once(case)
    for _ in range(runs):
        for case in cases:
            wall, rss, code, cpu = run_once(case)
            case.wall.append(wall)
            case.cpu.append(cpu)
            case.rss_kb.append(rss)
            case.codes.add(code)


def machine() -> dict[str, object]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = None
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout.strip()
    dirty = bool(subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "src"], cwd=REPO, capture_output=True, text=True).stdout.strip())
    return {
        "cpu": cpu or platform.processor(),
        "cores": os.cpu_count(),
        "arch": platform.machine(),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "loadavg_1min_at_start": load,
        "commit": commit + ("+dirty src" if dirty else ""),
    }


def table(cases: list[Case], extra: dict[str, str] | None = None) -> str:
    rows = [("case", "median s", "min s", "max s", "CPU s", "max RSS MB", "exit")]
    for case in cases:
        s = case.summary()
        rows.append(
            (
                case.name,
                f"{s['median_s']:.3f}",
                f"{s['min_s']:.3f}",
                f"{s['max_s']:.3f}",
                f"{s['median_cpu_s']:.3f}",
                f"{s['max_rss_mb']:.1f}",
                ",".join(map(str, s["exit_codes"])),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))) for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def save(kind: str, payload: dict[str, object], tag: str = "") -> Path:
    folder = Path(__file__).resolve().parent / "results"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{kind}-{time.strftime('%Y-%m-%d', time.gmtime())}{'-' + tag if tag else ''}.json"
    path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return path


def venv_python() -> Path:
    """The project's interpreter (.venv), falling back to the one running this script."""
    candidate = REPO / ".venv" / "bin" / "python"
    return candidate if candidate.exists() else Path(sys.executable)
