"""GitHub Actions workflow commands, one per finding, shown as annotations: Report -> lines.

    ::error file=draft.md,line=5,col=4,endLine=5,endColumn=16,title=factcheck date::MESSAGE

error -> ::error, warning -> ::warning, info -> ::notice. The message's first line is the
finding's message; the lines after it give what the sources say, the evidence and the fix.
Escaping follows the runner's rules: in the message % \\r \\n become %25 %0D %0A, and in
property values : and , also become %3A and %2C.
"""

from __future__ import annotations

from typing import TextIO

from factcheck.model import Finding
from factcheck.report import Report, claim_field, one_line

NAME = "github"

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def write(report: Report, stream: TextIO, *, color: bool = False) -> None:
    for entry in report.files:
        if entry.error is not None:
            stream.write(command("error", {"file": entry.path, "title": "factcheck"}, f"could not check {entry.path}: {entry.error}"))
        for f in entry.findings:
            props: dict[str, object] = {"file": entry.path, "line": f.line, "col": f.column}
            if f.end_line is not None:
                props["endLine"] = f.end_line
            if f.end_column is not None:
                props["endColumn"] = f.end_column
            props["title"] = f"factcheck {f.kind}"
            stream.write(command(_COMMAND.get(f.severity, "warning"), props, _message(f)))


def _message(f: Finding) -> str:
    lines = [f.message]
    if f.expected:
        lines.append(f"sources say: {one_line(f.expected)}")
    for claim in f.claims:
        where = claim_field(claim, "location") or claim_field(claim, "source")
        ident = claim_field(claim, "id")
        quote = one_line(claim_field(claim, "quote"))
        lines.append(" ".join(part for part in (f"evidence: {where}", f"({ident})" if ident else "", f"“{quote}”" if quote else "") if part))
    for rel in f.related:
        lines.append(f"see also: {claim_field(rel, 'location')} {one_line(claim_field(rel, 'message'))}".rstrip())
    if f.fix:
        lines.append(f"fix: replace '{one_line(f.text)}' with '{one_line(f.fix)}'" if f.text else f"fix: '{one_line(f.fix)}'")
    return "\n".join(lines)


def command(name: str, props: dict[str, object], message: str) -> str:
    """One workflow command line, escaped."""
    params = ",".join(f"{key}={escape_property(str(value))}" for key, value in props.items())
    return f"::{name} {params}::{escape_data(message)}\n"


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
