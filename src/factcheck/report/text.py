"""Findings for people, grouped by file: Report -> lines of text.

    drafts/mexico.md
      drafts/mexico.md:5:4 error date: the hearing was in September 2013, not October 2013
        5 | In October 2013, Heitkamp helped lead a Senate hearing.
          |    ^~~~~~~~~~~
        sources say: September 2013
        evidence: sources/003_840c58d8bd7f0915.txt:11 (heitkamp-page-hsgac-hearing)
          “In September 2013, Senator Heitkamp helped lead a Senate hearing …”
        fix: replace 'October 2013' with 'September 2013'
      drafts/mexico.md:7:1 info supported: backed by the sources [delegation-trip-2014]

    1 error, 0 warnings, 1 info in 1 file

The caller decides on colour (a terminal, and no NO_COLOR). Without it the output is
plain text with no escape codes at all, and rich is not even imported.
"""

from __future__ import annotations

import unicodedata
from typing import TextIO

from factcheck.model import Finding
from factcheck.report import FileReport, Report, claim_field, one_line, plural, printable, shorten

NAME = "text"

QUOTE_LIMIT = 300  # characters of an evidence quote shown; the JSON report has it whole
WIDTH = 120  # a longer draft line is shown as a window around the marked part
CONTEXT = 40  # characters kept either side of the marked part in that window
MAX_WIDTH = 200  # the most of a line ever shown

_SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}
_MARK_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}

Segment = tuple[str, str]  # (text, rich style; "" for none)
Line = list[Segment]


def write(report: Report, stream: TextIO, *, color: bool = False) -> None:
    lines: list[Line] = []
    for entry in report.files:
        if entry.error is not None or entry.findings:
            lines.extend(_file(entry))
            lines.append([])
    lines.append(_summary(report))
    _emit(lines, stream, color=color)


def _file(entry: FileReport) -> list[Line]:
    path = printable(entry.path)
    if entry.error is not None:
        return [[(path, "bold"), (": ", ""), ("error", _SEVERITY_STYLE["error"]), (": " + printable(one_line(entry.error)), "")]]
    out: list[Line] = [[(path, "bold underline")]]
    for finding in entry.findings:
        out.extend(_finding(path, finding))
    return out


def _finding(path: str, f: Finding) -> list[Line]:
    head: Line = [
        ("  ", ""),
        (f"{path}:{f.line}:{f.column}", "bold"),
        (" ", ""),
        (f.severity, _SEVERITY_STYLE.get(f.severity, "bold")),
        (" ", ""),
        (f.kind, "bold"),
        (": " + printable(one_line(f.message)), ""),
    ]
    if f.severity == "info":
        ids = [claim_field(c, "id") for c in f.claims if claim_field(c, "id")]
        if ids:
            head.append((" [" + ", ".join(printable(i) for i in ids) + "]", "magenta"))
        return [head]
    out = [head, *_snippet(f)]
    indent = "    "
    if f.expected:
        out.append([(indent, ""), ("sources say: ", "green"), (printable(one_line(f.expected)), "bold green")])
    for claim in f.claims:
        where = claim_field(claim, "location") or claim_field(claim, "source")
        line: Line = [(indent, ""), ("evidence: ", "dim"), (printable(where), "cyan")]
        if claim_field(claim, "id"):
            line.append((f" ({printable(claim_field(claim, 'id'))})", "magenta"))
        out.append(line)
        quote = one_line(claim_field(claim, "quote"))
        if quote:
            out.append([(indent + "  ", ""), (printable(f"“{shorten(quote, QUOTE_LIMIT)}”"), "italic")])
    for rel in f.related:
        line = [(indent, ""), ("see also: ", "dim"), (printable(claim_field(rel, "location")), "cyan")]
        if claim_field(rel, "message"):
            line.append((" " + printable(one_line(claim_field(rel, "message"))), ""))
        out.append(line)
    if f.fix:
        change = f"replace '{one_line(f.text)}' with '{one_line(f.fix)}'" if f.text else f"'{one_line(f.fix)}'"
        out.append([(indent, ""), ("fix: ", "bold green"), (printable(change), "green")])
    return out


def _snippet(f: Finding) -> list[Line]:
    """The draft line with the finding's part marked: a caret and tildes under it."""
    # Only the shown window of the line is copied and made printable (one for one, so offsets hold):
    # done to the whole line, each of the thousands of findings on a 1 MB line cost a pass over it.
    line = f.line_text
    size = len(line)
    while size and line[size - 1] in "\r\n":
        size -= 1
    if size == 0 or (line[:size].isspace() and not printable(line[:size]).strip()):
        return []  # a blank line (control characters are shown, so they are not blank)
    start = min(max(f.column - 1, 0), size)
    if f.end_line is not None and f.end_line > f.line:
        end = size  # the finding goes on past this line: mark to its end
    elif f.end_column is not None:
        end = min(max(f.end_column - 1, start), size)  # end_column is one past the last character
    else:
        end = start
    lo, hi = 0, size
    if size > WIDTH:
        lo = max(0, start - CONTEXT)
        hi = min(size, max(end, start + 1) + CONTEXT)
        if hi - lo < WIDTH:
            hi = min(size, lo + WIDTH)
            lo = max(0, hi - WIDTH)
        hi = min(hi, lo + MAX_WIDTH)
    cut = min(end, hi)
    text = printable(line[lo:hi])
    before = ("…" if lo > 0 else "") + text[: start - lo]
    marked = text[start - lo : cut - lo]
    after = text[cut - lo :] + ("…" if hi < size else "")
    gutter = str(f.line)
    style = _MARK_STYLE.get(f.severity, "bold")
    marker = "^" + "~" * max(_cells(marked) - 1, 0)
    return [
        [("    ", ""), (gutter + " | ", "blue"), (before, ""), (marked, style + " underline"), (after, "")],
        [("    ", ""), (" " * len(gutter) + " | ", "blue"), (_pad(before), ""), (marker, style)],
    ]


def _pad(text: str) -> str:
    """Blank space as wide on screen as `text`: tabs kept, wide characters doubled."""
    out = []
    for ch in text:
        if ch == "\t":
            out.append("\t")
        elif not unicodedata.combining(ch):
            out.append("  " if unicodedata.east_asian_width(ch) in ("W", "F") else " ")
    return "".join(out)


def _cells(text: str) -> int:
    return len(_pad(text))


def _summary(report: Report) -> Line:
    errors, warnings, infos = (report.count(s) for s in ("error", "warning", "info"))
    unread = sum(1 for entry in report.files if entry.error is not None)
    return [
        (plural(errors, "error"), _SEVERITY_STYLE["error"] if errors else ""),
        (", ", ""),
        (plural(warnings, "warning"), _SEVERITY_STYLE["warning"] if warnings else ""),
        (", ", ""),
        (plural(infos, "info"), _SEVERITY_STYLE["info"] if infos else ""),
        (f" in {plural(len(report.files), 'file')}", ""),
        (f" ({unread} could not be read)" if unread else "", _SEVERITY_STYLE["error"]),
    ]


def _emit(lines: list[Line], stream: TextIO, *, color: bool) -> None:
    if not color:
        stream.write("".join("".join(text for text, _ in line) + "\n" for line in lines))
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(file=stream, force_terminal=True, no_color=False, highlight=False, markup=False, emoji=False, soft_wrap=True)
    for line in lines:
        console.print(Text.assemble(*((text, style or "") for text, style in line if text)))
