"""The command line: one thin function per verb; parses options and hands over to commands/.

Every expected problem is a FactcheckError, printed as one line with exit code 2; anything
unexpected prints one line too (with --debug, the traceback).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from factcheck.errors import ExitCode, FactcheckError

app = typer.Typer(
    name="factcheck",
    help="Check Markdown drafts against a database of sourced claims, and cite the sources.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

RootOpt = Annotated[Optional[Path], typer.Option("--root", help="project folder holding claims/ and sources/ (default: nearest ancestor with claims/)")]


def _color(stream: object) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


@app.command()
def verify(
    files: Annotated[list[Path], typer.Argument(help="drafts (Markdown or text) or folders of drafts", show_default=False)],
    root: RootOpt = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="text (for people), json (factcheck-report/1), sarif (SARIF 2.1.0), github (Actions annotations) or line (path:line:col: for editors)",
        ),
    ] = "text",
    as_of: Annotated[
        Optional[str], typer.Option("--as-of", help="the date the draft is written at (YYYY-MM-DD), for its relative dates; overrides front matter `date:`")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="show errors only; print nothing when there are none")] = False,
    severity: Annotated[
        Optional[list[str]],
        typer.Option("--severity", help="KIND=LEVEL (error, warning, info, off); overrides the configuration; repeatable", show_default=False),
    ] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="report only findings on lines changed since this git ref (git diff REF)")] = None,
    baseline: Annotated[
        Optional[Path], typer.Option("--baseline", help="report only findings not recorded in this baseline (default: .factcheck-baseline.json when it exists)")
    ] = None,
    no_baseline: Annotated[bool, typer.Option("--no-baseline", help="ignore the baseline: report every finding")] = False,
    report_unused_ignores: Annotated[
        bool, typer.Option("--report-unused-ignores", help="warn about `factcheck: ignore` comments that silence nothing")
    ] = False,
) -> int:
    """Check drafts against the claims: contradictions are errors, backed sentences are cited."""
    from factcheck.commands import verify as command
    from factcheck.config import resolve_root
    from factcheck.refine import prepare
    from factcheck.report import REPORT_FORMATS
    from factcheck.settings import load, parse_severity_options

    _need_format(fmt, REPORT_FORMATS)
    settings = load(Path.cwd(), {"severity": parse_severity_options(severity or []) or None})
    project = resolve_root(root)
    forced = command.check_as_of(as_of)
    refiner = prepare(settings, project, since=since, baseline_file=baseline, use_baseline=not no_baseline, report_unused=report_unused_ignores, as_of=forced)
    return command.run(project, files, fmt=fmt, quiet=quiet, stream=sys.stdout, color=_color(sys.stdout), refiner=refiner)


@app.command()
def check(
    root: RootOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json (factcheck-report/1)")] = "text",
) -> int:
    """Validate claims and sources: schema, quotes still in their sources, ids, references, conflicts."""
    from factcheck.commands import check as command
    from factcheck.config import resolve_root

    _need_format(fmt, ("text", "json"))
    return command.run(resolve_root(root), fmt, sys.stdout, color=_color(sys.stdout))


@app.command()
def cite(
    ids: Annotated[list[str], typer.Argument(help="claim ids", show_default=False)],
    root: RootOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, markdown, csl-json or bibtex")] = "text",
) -> int:
    """Print a sourced citation for claims: text, markdown footnote, CSL-JSON or BibTeX."""
    from factcheck.commands import cite as command
    from factcheck.config import resolve_root

    _need_format(fmt, ("text", "markdown", "csl-json", "bibtex"))
    return command.run(resolve_root(root), ids, fmt, sys.stdout, color=_color(sys.stdout))


@app.command()
def claims(
    query: Annotated[Optional[list[str]], typer.Argument(help="words that must all occur in the claim", show_default=False)] = None,
    entity: Annotated[Optional[str], typer.Option("--entity", "-e", help="only claims about this entity (id or alias)")] = None,
    source: Annotated[Optional[str], typer.Option("--source", "-s", help="only claims from this source id or file")] = None,
    kind: Annotated[Optional[str], typer.Option("--kind", "-k", help="quote, date, number, event or fact")] = None,
    root: RootOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json")] = "text",
) -> int:
    """List or search claims, by words, entity, source or kind."""
    from factcheck.commands import claims as command
    from factcheck.config import resolve_root

    _need_format(fmt, ("text", "json"))
    return command.run(resolve_root(root), query or [], entity=entity, source=source, kind=kind, fmt=fmt, stream=sys.stdout)


@app.command()
def extract(
    sources: Annotated[list[Path], typer.Argument(help="source documents or folders inside sources/", show_default=False)],
    root: RootOpt = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="print what would change as a unified diff; write nothing")] = False,
) -> int:
    """Propose claims and entities from sources into claims/; never overwrites entries a person edited or reviewed."""
    from factcheck.commands import extract as command
    from factcheck.config import resolve_root

    return command.run(resolve_root(root), sources, dry_run=dry_run, stream=sys.stdout, err=sys.stderr)


@app.command()
def kinds(
    kind: Annotated[
        Optional[str], typer.Argument(help="one kind (date, number, ...) or check id (ContradictedDate) to describe, with its examples", show_default=False)
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json")] = "text",
) -> int:
    """List the checks: each finding kind, its default severity, the command that reports it, and what it catches."""
    from factcheck.commands import kinds as command

    _need_format(fmt, ("text", "json"))
    return command.run(kind, fmt, sys.stdout, color=_color(sys.stdout))


@app.command()
def schema(kind: Annotated[str, typer.Argument(help="claims, entity, source or provenance")]) -> int:
    """Print a JSON Schema (draft 2020-12) for one of factcheck's YAML file kinds."""
    from factcheck import schemas

    sys.stdout.write(schemas.text(kind))
    return ExitCode.OK


@app.command()
def selftest(
    root: RootOpt = None,
    sample: Annotated[Optional[int], typer.Option("--sample", help="test this many claims, chosen with --seed (default: every claim)")] = None,
    seed: Annotated[int, typer.Option("--seed", help="the random seed: the same seed gives the same cases")] = 0,
    kind: Annotated[
        Optional[list[str]],
        typer.Option("--kind", "-k", help="only these kinds: date, number, quote, attribution, entity, faithful; repeatable", show_default=False),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json (factcheck-selftest/1)")] = "text",
    min_detection: Annotated[
        Optional[float], typer.Option("--min-detection", help="exit 1 when less than this share of mutations is detected (0 to 1)")
    ] = None,
    max_false_alarms: Annotated[
        Optional[float], typer.Option("--max-false-alarms", help="exit 1 when more than this share of faithful restatements gets an error (0 to 1)")
    ] = None,
) -> int:
    """Measure trust on this corpus: mutated facts that must be caught, faithful restatements that must pass."""
    from factcheck.commands import selftest as command
    from factcheck.config import resolve_root

    _need_format(fmt, ("text", "json"))
    return command.run(
        resolve_root(root),
        sample=sample,
        seed=seed,
        kinds=kind or [],
        fmt=fmt,
        min_detection=min_detection,
        max_false_alarms=max_false_alarms,
        stream=sys.stdout,
        err=sys.stderr,
        color=_color(sys.stdout),
    )


# --- in a writing repository (issue 5): configuration, init, baseline -------------------


@app.command("config")
def config_cmd(fmt: Annotated[str, typer.Option("--format", "-f", help="text or json")] = "text") -> int:
    """Print the configuration in force and where each value came from."""
    from factcheck.commands import config as command

    _need_format(fmt, ("text", "json"))
    return command.run(Path.cwd(), fmt, sys.stdout)


@app.command()
def init(
    folder: Annotated[Path, typer.Argument(help="the writing repository to set up")] = Path("."),
    hook_repo: Annotated[
        Optional[str],
        typer.Option("--hook-repo", help="git URL of factcheck for a `repo:`/`rev:` hook entry (default: a local hook running the installed factcheck)"),
    ] = None,
    hook_rev: Annotated[Optional[str], typer.Option("--hook-rev", help="tag or commit of --hook-repo")] = None,
) -> int:
    """Set up a writing repository: claims/, sources/, .factcheck.yaml and the pre-commit hook."""
    from factcheck.commands import init as command

    return command.run(folder, sys.stdout, hook_repo=hook_repo, hook_rev=hook_rev)


@app.command("baseline")
def baseline_cmd(
    files: Annotated[
        Optional[list[Path]],
        typer.Argument(help="drafts or folders of drafts (default: the folder of the configuration, or the current one)", show_default=False),
    ] = None,
    root: RootOpt = None,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="where to write it (default: the configured baseline, .factcheck-baseline.json)")
    ] = None,
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="as for verify")] = None,
) -> int:
    """Record today's errors and warnings, so verify reports only new ones."""
    from factcheck.commands import baseline as command
    from factcheck.config import resolve_root
    from factcheck.settings import load

    settings = load(Path.cwd())
    return command.run(resolve_root(root), settings, files or [settings.base], output=output, as_of=as_of.strip() if as_of else None, stream=sys.stdout)


def _need_format(fmt: str, allowed: tuple[str, ...]) -> None:
    if fmt not in allowed:
        raise FactcheckError(f"unknown --format {fmt!r}", hint=f"use one of: {', '.join(allowed)}")


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    if debug:
        args.remove("--debug")
    try:
        result = app(args=args, prog_name="factcheck", standalone_mode=False)
    except FactcheckError as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return ExitCode.USAGE
    except (typer.Exit, typer.Abort) as exc:
        code = getattr(exc, "exit_code", None)
        if code is None:
            print("factcheck: interrupted", file=sys.stderr)
            return 130
        return int(code)
    except BrokenPipeError:
        return ExitCode.OK
    except typer.TyperException as exc:  # click's usage errors (typer vendors click)
        if type(exc).__name__ == "NoArgsIsHelpError":
            print(exc.format_message() if hasattr(exc, "format_message") else exc, file=sys.stderr)
            return ExitCode.USAGE
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        print(f"factcheck: {message} (see `factcheck --help`)", file=sys.stderr)
        return ExitCode.USAGE
    except Exception as exc:
        if debug:
            raise
        print(f"factcheck: internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)", file=sys.stderr)
        return 3
    return int(result or 0)
