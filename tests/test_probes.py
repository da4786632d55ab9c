"""The blind probe sets (probes/*): what verify catches on drafts written without reading the code.

Each set was scored once before any fix for it; that first pass is in bench/results. Later fixes
are general, and this test keeps their gains: every set's `floor.yaml` gives the planted errors
found at least, and the false alarms and false supports at most, as last measured. A change that
loses a catch or adds a false alarm fails here; one that gains raises the floor by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from test_verify_cases import _project, findings_of

ROOT = Path(__file__).resolve().parent.parent
PROBES = ROOT / "probes"


def _sets():
    for spec_path in sorted(PROBES.glob("*/cases.yaml")):
        if (spec_path.parent / "floor.yaml").exists():
            yield pytest.param(spec_path.parent, id=spec_path.parent.name)


def _score(cli, folder: Path, tmp_root: Path) -> dict[str, int]:
    spec = yaml.safe_load((folder / "cases.yaml").read_text(encoding="utf-8"))
    root, _ = _project(folder, spec.get("corpus", "seeds"), tmp_root)
    found = false_alarms = false_support = 0
    for case in spec["cases"]:
        findings = findings_of(cli, root, folder, case)
        errors = {f["line"] for f in findings if f["severity"] == "error"}
        supported = {f["line"] for f in findings if f["kind"] == "supported"}
        planted = {e["line"] for e in case.get("errors", [])}
        found += len(planted & errors)
        false_alarms += len(errors - planted)
        false_support += len((planted - errors) & supported)
    return {"found": found, "false_alarms": false_alarms, "false_support": false_support}


@pytest.mark.slow
@pytest.mark.parametrize("folder", list(_sets()))
def test_a_probe_set_keeps_what_verify_catches(cli, tmp_path_factory, folder):
    floor = yaml.safe_load((folder / "floor.yaml").read_text(encoding="utf-8"))
    got = _score(cli, folder, tmp_path_factory.getbasetemp())
    assert got["found"] >= floor["found_at_least"], got
    assert got["false_alarms"] <= floor["false_alarms_at_most"], got
    assert got["false_support"] <= floor["false_support_at_most"], got


@pytest.mark.slow
def test_the_report_does_not_depend_on_the_hash_seed(tmp_path_factory):
    """Sets are iterated in an order that changes with each process's hash seed; a score summed in that
    order changed in its last bit, and a tie between two figures went either way (h-uncurated's "19 of
    the 27" against the sources' "9 months"). Two seeds, one report."""
    import os
    import subprocess
    import sys

    folder = PROBES / "2026-11-28-h-uncurated"
    root, _ = _project(folder, "corpus", tmp_path_factory.getbasetemp())
    reports = []
    for seed in ("1", "28"):
        run = subprocess.run(
            [sys.executable, "-m", "factcheck", "verify", "--format", "json", "--root", str(root), "--as-of", "2026-03-23", str(folder / "measles-brief.md")],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=False,
        )
        reports.append(run.stdout)
    assert reports[0] == reports[1]
