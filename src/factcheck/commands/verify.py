"""`factcheck verify FILE...`: check drafts against the claims; exit 1 if any error."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from factcheck.errors import ExitCode, FactcheckError
from factcheck.report import FileReport, Report, write

if TYPE_CHECKING:
    from factcheck.refine import Refiner

DRAFT_SUFFIXES = (".md", ".markdown", ".txt")


def _drafts(paths: list[Path]) -> list[tuple[Path | None, str, str | None]]:
    """(path, shown name, problem) for each draft named or found in a named folder."""
    found: list[tuple[Path | None, str, str | None]] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DRAFT_SUFFIXES and not any(part.startswith(".") for part in p.parts))
            if not inside:
                found.append((None, str(path), "folder has no drafts — put *.md or *.txt files in it, or name the drafts"))
            found.extend((p, str(p), None) for p in inside)
        elif not path.exists():
            found.append((None, str(path), "file not found — check the path"))
        else:
            found.append((path, str(path), None))
    return found


def _check_as_of(as_of: str | None) -> str | None:
    from factcheck.mentions.dates import parse_iso

    if as_of is None:
        return None
    if parse_iso(as_of.strip()) is None:
        raise FactcheckError(f"--as-of {as_of!r} is not a date", hint="give YYYY-MM-DD, YYYY-MM or YYYY")
    return as_of.strip()


def _skipped_note(count: int) -> str:
    """Claims whose quotes left their sources are not evidence (corpus/index.py); say so, or a check goes quiet unnoticed."""
    if count == 1:
        return "1 claim was skipped because its quote is no longer in its source; `factcheck check` names it"
    return f"{count} claims were skipped because their quotes are no longer in their sources; `factcheck check` names them"


def run(root: Path, paths: list[Path], *, fmt: str, as_of: str | None, quiet: bool, stream: TextIO, color: bool, refiner: Refiner | None = None) -> int:
    """`refiner` (settings, suppressions, --since, baseline) decides which files are drafts and which findings are shown."""
    import sys

    from factcheck.corpus.cache import load_index
    from factcheck.draft import read_draft
    from factcheck.pipeline import verify_draft

    forced = _check_as_of(as_of)
    index = load_index(root)  # claims + sources, parsed and indexed; cached under .factcheck-cache/
    if index.skipped:
        # Said once per run, whatever the format: the JSON report has no place for run-level notes.
        print(f"factcheck: note: {_skipped_note(len(index.skipped))}", file=sys.stderr)
    reports = []
    bad_input = False
    for path, shown, problem in _drafts(paths):
        if refiner is not None and problem is None and path is not None and not refiner.wanted(path):
            continue
        if problem is None and path is not None:
            try:
                draft = read_draft(path, shown)
                findings = verify_draft(draft, index, refiner.as_of(draft, path) if refiner else (forced or draft.as_of))
                if refiner is not None:
                    findings = refiner.refine(draft, path, findings)
                if quiet:
                    findings = [f for f in findings if f.severity == "error"]
                reports.append(FileReport(shown, tuple(findings)))
                continue
            except FactcheckError as exc:
                # The file is named once, in front: "draft.md:3: unreadable front matter ...".
                problem = f"{exc.message} — {exc.hint}" if exc.hint else exc.message
                bad_input = True
                print(f"factcheck: {shown}:{exc.line}: {problem}" if exc.line else f"factcheck: {shown}: {problem}", file=sys.stderr)
                reports.append(FileReport(shown, (), error=problem))
                continue
        bad_input = True
        print(f"factcheck: {shown}: {problem}", file=sys.stderr)
        reports.append(FileReport(shown, (), error=problem))
    report = Report(tuple(reports))
    # A quiet run with nothing to say says nothing: the pre-commit hook's clean runs stay silent.
    if not (quiet and fmt == "text" and not bad_input and not any(r.findings for r in reports)):
        write(report, fmt, stream, color=color)
    if bad_input:
        return ExitCode.USAGE
    return ExitCode.FINDINGS if report.count("error") else ExitCode.OK
