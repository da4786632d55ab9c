"""SARIF 2.1.0 for code-scanning tools (GitHub code scanning, editors' SARIF viewers): Report -> JSON.

One run; a rule per check of the registry (factcheck/checks.py); a result per finding, located in the draft, with the
cited source passages as related locations and the finding's fingerprint (claim +
normalised sentence, not line numbers) as a partial fingerprint, so a result keeps its
identity when lines move. A file that could not be read becomes a tool execution
notification, and the invocation is marked unsuccessful.
"""

from __future__ import annotations

import json
import re
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any, TextIO
from urllib.parse import quote

import factcheck
from factcheck import checks
from factcheck.checks import Check
from factcheck.model import Finding
from factcheck.report import FileReport, Report, claim_field, one_line, split_location

NAME = "sarif"
SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "factcheck/v1"
# NOTE: the project has no public home page yet; SARIF wants an absolute URI here and we
# do not invent one. Set it when there is one and informationUri appears in the output.
INFORMATION_URI = ""

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}

RULES: dict[str, Check] = dict(checks.BY_KIND)  # one rule per kind, in registry order
_RULE_INDEX = {kind: i for i, kind in enumerate(RULES)}


def write(report: Report, stream: TextIO, *, color: bool = False) -> None:
    json.dump(document(report), stream, indent=2, ensure_ascii=False)
    stream.write("\n")


def document(report: Report) -> dict[str, Any]:
    driver: dict[str, Any] = {"name": "factcheck", "version": factcheck.__version__}
    if INFORMATION_URI:
        driver["informationUri"] = INFORMATION_URI
    driver["rules"] = [_rule(kind) for kind in RULES]
    notifications = [_notification(entry) for entry in report.files if entry.error is not None]
    invocation: dict[str, Any] = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run = {
        "tool": {"driver": driver},
        "invocations": [invocation],
        "columnKind": "unicodeCodePoints",  # factcheck counts columns in characters, not UTF-16 units
        "results": [_result(entry, f) for entry in report.files for f in entry.findings],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _rule(kind: str) -> dict[str, Any]:
    check = RULES[kind]
    return {
        "id": kind,
        "name": check.id,
        "shortDescription": {"text": check.summary},
        "fullDescription": {"text": check.doc},
        "help": {"text": check.help},
        "defaultConfiguration": {"level": _LEVEL[check.severity]},
    }


def _result(entry: FileReport, f: Finding) -> dict[str, Any]:
    result: dict[str, Any] = {"ruleId": f.kind}
    if f.kind in _RULE_INDEX:
        result["ruleIndex"] = _RULE_INDEX[f.kind]
    result["level"] = _LEVEL.get(f.severity, "warning")
    result["message"] = {"text": f.message}
    result["locations"] = [{"physicalLocation": {"artifactLocation": {"uri": uri(entry.path)}, "region": _region(f)}}]
    related = _related(f)
    if related:
        result["relatedLocations"] = related
    if f.fingerprint:
        result["partialFingerprints"] = {FINGERPRINT_KEY: f.fingerprint}
    # NOTE: no SARIF `fixes` yet: viewers apply them without review, and a finding's `fix`
    # is not always the literal replacement text (a misquote's is the normalised quotation).
    return result


def _region(f: Finding) -> dict[str, int]:
    region = {"startLine": f.line, "startColumn": f.column}
    if f.end_line is not None or f.end_column is not None:
        region["endLine"] = f.end_line if f.end_line is not None else f.line
    if f.end_column is not None:
        region["endColumn"] = f.end_column  # one past the last character, as in SARIF
    return region


def _related(f: Finding) -> list[dict[str, Any]]:
    """Where the evidence is: each cited claim's source passage, then the finding's other places."""
    out: list[dict[str, Any]] = []
    for claim in f.claims:
        location = _location(claim_field(claim, "location"))
        if location is None:
            continue
        text = claim_field(claim, "id")
        quote_text = one_line(claim_field(claim, "quote"))
        if quote_text:
            text = f"{text}: “{quote_text}”" if text else f"“{quote_text}”"
        out.append({"id": len(out) + 1, **location, "message": {"text": text or "evidence"}})
    for rel in f.related:
        location = _location(claim_field(rel, "location"))
        if location is None:
            continue
        out.append({"id": len(out) + 1, **location, "message": {"text": one_line(claim_field(rel, "message")) or "see also"}})
    return out


def _location(location: str) -> dict[str, Any] | None:
    if not location:
        return None
    path, line = split_location(location)
    physical: dict[str, Any] = {"artifactLocation": {"uri": uri(path)}}
    if line is not None:
        physical["region"] = {"startLine": line}
    return {"physicalLocation": physical}


def _notification(entry: FileReport) -> dict[str, Any]:
    return {
        "level": "error",
        "message": {"text": f"{entry.path}: {entry.error}"},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(entry.path)}}}],
    }


_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


def uri(path: str) -> str:
    """A path as a SARIF URI: relative paths stay relative, with forward slashes and
    percent-encoding; absolute paths become file: URIs."""
    if _DRIVE.match(path) or path.startswith("\\\\"):
        return PureWindowsPath(path).as_uri()
    posix = path.replace("\\", "/")
    if posix.startswith("/"):
        return PurePosixPath(posix).as_uri()
    return quote(posix, safe="/")
