"""`factcheck kinds [KIND]`: the registry of checks (factcheck/checks.py) -> a table, one check's documentation, or JSON.

factcheck kinds                  every kind: severity, command, id, summary (like `ruff rule --all`)
factcheck kinds date             one kind: its summary, doc, what to do, and a failing and a passing example
factcheck kinds --format json    a list of objects: id, kind, severity, command, summary, doc, help, examples
"""

from __future__ import annotations

import io
import json
import textwrap
from typing import Any, TextIO

from factcheck import checks
from factcheck.checks import Check
from factcheck.errors import ExitCode

PLAIN_WIDTH = 200  # the most the table may take when it is not shown on a terminal (piped, or in tests)


def run(kind: str | None, fmt: str, stream: TextIO, *, color: bool = False) -> int:
    chosen = [checks.get(kind)] if kind else list(checks.CHECKS)
    if fmt == "json":
        doc: Any = as_dict(chosen[0]) if kind else [as_dict(check) for check in chosen]
        stream.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    elif kind:
        stream.write(describe(chosen[0]))
    else:
        _table(chosen, stream, color=color)
    return ExitCode.OK


def as_dict(check: Check) -> dict[str, Any]:
    return {
        "id": check.id,
        "kind": check.kind,
        "severity": check.severity,
        "command": check.command,
        "summary": check.summary,
        "doc": check.doc,
        "help": check.help,
        "examples": {"failing": check.failing, "passing": check.passing},
    }


def describe(check: Check) -> str:
    """One check as text: heading, summary, doc, what to do, examples."""
    where = "a draft" if check.command == "verify" else "a claims file (claims/example.yaml)"
    configurable = f" (set with `severity.{check.kind}` in .factcheck.yaml or --severity {check.kind}=LEVEL)" if check.command == "verify" else ""
    parts = [
        f"{check.kind} ({check.id}): {check.summary}",
        f"Reported by `factcheck {check.command}`, as {_article(check.severity)} {check.severity} by default{configurable}.",
        _wrap(check.doc),
        _wrap(f"What to do: {check.help}"),
        f"Fails, in {where}:\n{textwrap.indent(check.failing.rstrip(), '    ')}",
        f"Passes:\n{textwrap.indent(check.passing.rstrip(), '    ')}",
    ]
    return "\n\n".join(parts) + "\n"


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _wrap(text: str) -> str:
    return textwrap.fill(text, width=100, break_on_hyphens=False)


def _table(chosen: list[Check], stream: TextIO, *, color: bool) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    styles = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold" if color else "")
    for column in ("kind", "severity", "command", "id"):
        table.add_column(column, no_wrap=True)
    table.add_column("summary", overflow="fold")
    for check in chosen:
        table.add_row(check.kind, f"[{styles[check.severity]}]{check.severity}[/]" if color else check.severity, check.command, check.id, check.summary)
    footer = f"{len(chosen)} kinds; `factcheck kinds KIND` shows one with its doc and examples."
    if color:
        console = Console(file=stream, force_terminal=True, highlight=False, emoji=False)
        console.print(table)
        console.print(footer, markup=False)
        return
    # Piped or in a test: no escape codes, no wrapping at a guessed width, no padding at line ends.
    plain = Console(file=io.StringIO(), color_system=None, force_terminal=False, width=PLAIN_WIDTH, highlight=False, emoji=False)
    with plain.capture() as captured:
        plain.print(table)
    stream.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()) + footer + "\n")
