"""The `factcheck-report/1` JSON document: Report -> JSON (a public contract: CI and editors read it).

The fields are those of ../shared/eval/FORMAT.md; each finding also carries `fix` (a
replacement for `text`, or "") and `fingerprint` (stable across edits elsewhere in the
draft, or ""), which the contract allows as extra fields.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from factcheck.model import Finding
from factcheck.report import Report

NAME = "json"
SCHEMA = "factcheck-report/1"


def finding_dict(finding: Finding) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": finding.kind,
        "severity": finding.severity,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line if finding.end_line is not None else finding.line,
        "end_column": finding.end_column if finding.end_column is not None else finding.column,
        "text": finding.text,
        "expected": finding.expected,
        "message": finding.message,
        "claims": [dict(c) for c in finding.claims],
    }
    if finding.related:
        out["related"] = [dict(r) for r in finding.related]
    out["fix"] = finding.fix
    out["fingerprint"] = finding.fingerprint
    return out


def document(report: Report) -> dict[str, Any]:
    files = []
    for entry in report.files:
        item: dict[str, Any] = {"path": entry.path, "findings": [finding_dict(f) for f in entry.findings]}
        if entry.error:
            item["error"] = entry.error
        files.append(item)
    return {
        "schema": SCHEMA,
        "files": files,
        "summary": {s: report.count(s) for s in ("error", "warning", "info")},
    }


def write(report: Report, stream: TextIO, *, color: bool = False) -> None:
    json.dump(document(report), stream, indent=2, ensure_ascii=False)
    stream.write("\n")
