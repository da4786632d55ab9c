"""`factcheck kinds [KIND] [--format text|json]`: the registry of checks as a table, one check, or JSON."""

from __future__ import annotations

import pytest

from factcheck.checks import CHECKS
from factcheck.errors import ExitCode


def test_the_table_lists_every_kind_with_severity_command_id_and_summary(cli) -> None:
    run = cli("kinds")
    assert (run.code, run.err) == (ExitCode.OK, "")
    lines = run.out.splitlines()
    assert lines[0].split() == ["kind", "severity", "command", "id", "summary"]
    rows = [line.split(maxsplit=4) for line in lines[2 : 2 + len(CHECKS)]]
    assert rows == [[c.kind, c.severity, c.command, c.id, c.summary] for c in CHECKS]
    assert lines[-1] == f"{len(CHECKS)} kinds; `factcheck kinds KIND` shows one with its doc and examples."
    assert all(line == line.rstrip() for line in lines)


def test_json_lists_every_check_whole(cli) -> None:
    run = cli("kinds", "--format", "json")
    assert (run.code, run.err) == (ExitCode.OK, "")
    assert run.json() == [
        {
            "id": c.id,
            "kind": c.kind,
            "severity": c.severity,
            "command": c.command,
            "summary": c.summary,
            "doc": c.doc,
            "help": c.help,
            "examples": {"failing": c.failing, "passing": c.passing},
        }
        for c in CHECKS
    ]


def test_one_kind_shows_its_doc_and_examples(cli) -> None:
    run = cli("kinds", "date")
    assert (run.code, run.err) == (ExitCode.OK, "")
    assert run.out.startswith("date (ContradictedDate): A date the sources contradict.\n\n")
    assert "Reported by `factcheck verify`, as an error by default (set with `severity.date`" in run.out
    assert "Fails, in a draft:\n    Ayotte was New Hampshire attorney general from 2003 to 2009.\n" in run.out
    assert run.out.endswith("Passes:\n    Ayotte was New Hampshire attorney general from 2004 to 2009.\n")


def test_a_check_kind_shows_its_claims_file_examples(cli) -> None:
    run = cli("kinds", "duplicate")
    assert run.code == ExitCode.OK
    assert "Reported by `factcheck check`, as an error by default.\n" in run.out
    assert "Fails, in a claims file (claims/example.yaml):\n    claims:\n" in run.out


def test_a_check_id_names_its_kind_too(cli) -> None:
    assert cli("kinds", "ContradictedDate").out == cli("kinds", "date").out


def test_one_kind_as_json_is_one_object(cli) -> None:
    run = cli("kinds", "quote", "--format", "json")
    assert run.code == ExitCode.OK
    assert run.json()["kind"] == "quote" and run.json()["id"] == "Misquote"


@pytest.mark.parametrize(
    ("argv", "err"),
    [
        (["kinds", "dat"], "factcheck: unknown kind 'dat' — did you mean `date`?\n"),
        (["kinds", "Misquot"], "factcheck: unknown kind 'Misquot' — did you mean `Misquote`?\n"),
        (["kinds", "zzz"], "factcheck: unknown kind 'zzz' — kinds: " + ", ".join(c.kind for c in CHECKS) + "\n"),
        (["kinds", "--format", "xml"], "factcheck: unknown --format 'xml' — use one of: text, json\n"),
    ],
)
def test_an_unknown_kind_or_format_is_one_line_and_exit_2(cli, argv: list[str], err: str) -> None:
    run = cli(*argv)
    assert (run.code, run.out, run.err) == (ExitCode.USAGE, "", err)
