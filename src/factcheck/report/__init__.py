"""Reporters: a Report -> text on a stream. They format; they never compute findings.

REPORTERS maps a --format name to the module that writes it. Each module has a `NAME`
equal to its key and `write(report, stream, *, color)`; it is imported only when chosen
(rich alone costs ~50 ms, and factcheck runs as a pre-commit hook).
The helpers below are shared by the reporters so every format shows a finding alike.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any, Protocol, TextIO, cast

from factcheck.errors import FactcheckError
from factcheck.model import Finding

REPORTERS: dict[str, str] = {
    "github": "factcheck.report.github",  # GitHub Actions workflow commands (annotations)
    "json": "factcheck.report.json",  # factcheck-report/1, the public contract
    "line": "factcheck.report.line",  # path:line:col: severity kind: message, for editors
    "sarif": "factcheck.report.sarif",  # SARIF 2.1.0, for code scanning
    "text": "factcheck.report.text",  # for people: grouped by file, with the evidence
}
REPORT_FORMATS = tuple(REPORTERS)
SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class FileReport:
    path: str
    findings: tuple[Finding, ...]
    error: str | None = None  # a file that could not be read: one line saying why
    error_line: int | None = None  # where in it, when known


@dataclass(frozen=True, slots=True)
class Report:
    files: tuple[FileReport, ...]
    tool: str = "factcheck"
    extra: dict[str, object] = field(default_factory=dict)
    notes: tuple[str, ...] = ()  # said once per run on stderr, whatever the format (the JSON contract has no place for them)

    def count(self, severity: str) -> int:
        return sum(1 for f in self.files for x in f.findings if x.severity == severity)


class Reporter(Protocol):
    NAME: str

    def write(self, report: Report, stream: TextIO, *, color: bool = False) -> None: ...


def reporter(fmt: str) -> Reporter:
    """The module that writes `fmt`, imported now."""
    if fmt not in REPORTERS:
        raise FactcheckError(f"unknown --format {fmt!r}", hint=f"use one of: {', '.join(REPORT_FORMATS)}")
    return cast(Reporter, importlib.import_module(REPORTERS[fmt]))


def write(report: Report, fmt: str, stream: TextIO, *, color: bool = False) -> None:
    """Write `report` in format `fmt`; colour only where the format has any and `color` is set."""
    reporter(fmt).write(report, stream, color=color)


# --- shared formatting helpers ---------------------------------------------------------


def split_location(location: str) -> tuple[str, int | None]:
    """'sources/FILE.txt:12' -> ('sources/FILE.txt', 12); no ':LINE' -> (location, None)."""
    path, sep, line = location.rpartition(":")
    if sep and path and line.isdigit() and int(line) > 0:
        return path, int(line)
    return location, None


def one_line(text: str) -> str:
    """Whitespace (line breaks included) collapsed to single spaces."""
    return " ".join(text.split())


def printable(text: str) -> str:
    """Control characters other than tab shown as U+FFFD, one for one, so a draft cannot
    smuggle terminal escapes into a report and columns still line up."""
    return "".join("\N{REPLACEMENT CHARACTER}" if (ord(c) < 32 and c != "\t") or 127 <= ord(c) < 160 else c for c in text)


def shorten(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, ending in '…' when cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def claim_field(claim: dict[str, Any], key: str) -> str:
    value = claim.get(key)
    return "" if value is None else str(value)


def plural(number: int, noun: str) -> str:
    return f"{number} {noun if number == 1 or noun == 'info' else noun + 's'}"
