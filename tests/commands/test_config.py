"""Configuration: .factcheck.yaml and [tool.factcheck], their precedence, their errors, `factcheck config`."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from writing_repo import RIGHT, WRONG, project

from factcheck.draft import parse_draft
from factcheck.refine import Refiner, matches
from factcheck.settings import DEFAULT_SEVERITY, load


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = project(tmp_path / "writing")
    (folder / "draft.md").write_text(WRONG, encoding="utf-8")
    monkeypatch.chdir(folder)
    return folder


def _yaml(repo: Path, text: str) -> None:
    (repo / ".factcheck.yaml").write_text(text, encoding="utf-8")


def _pyproject(repo: Path, text: str) -> None:
    (repo / "pyproject.toml").write_text("[project]\nname = 'w'\n\n[tool.factcheck]\n" + text, encoding="utf-8")


def _date_findings(run) -> list[str]:
    return [f["severity"] for entry in run.json()["files"] for f in entry["findings"] if f["kind"] == "date"]


def test_defaults_without_any_file(cli, repo):
    run = cli("config", "--format", "json")
    assert run.code == 0
    values = run.json()["values"]
    assert values["severity.unsupported"] == {"value": "warning", "from": "default"}
    assert values["as_of"] == {"value": "front-matter", "from": "default"}
    assert run.json()["files"] == []


def test_pyproject_beats_defaults_and_yaml_beats_pyproject_key_by_key(cli, repo):
    _pyproject(repo, "as_of = 'today'\nexclude = ['old/**']\n[tool.factcheck.severity]\ndate = 'warning'\nnumber = 'warning'\n")
    _yaml(repo, "severity:\n  date: off\n")
    values = cli("config", "--format", "json").json()["values"]
    assert values["severity.date"] == {"value": "off", "from": ".factcheck.yaml"}
    assert values["severity.number"] == {"value": "warning", "from": "pyproject.toml [tool.factcheck]"}
    assert values["as_of"] == {"value": "today", "from": "pyproject.toml [tool.factcheck]"}
    assert values["exclude"]["value"] == ["old/**"]
    assert values["severity.quote"]["from"] == "default"


@pytest.mark.parametrize(
    ("pyproject", "yaml", "cli_args", "expected"),
    [
        (None, None, [], ["error"]),  # default
        ("[tool.factcheck.severity]\ndate = 'warning'\n", None, [], ["warning"]),  # pyproject > default
        ("[tool.factcheck.severity]\ndate = 'warning'\n", "severity:\n  date: off\n", [], []),  # yaml > pyproject
        ("[tool.factcheck.severity]\ndate = 'warning'\n", "severity:\n  date: off\n", ["--severity", "date=error"], ["error"]),  # CLI > yaml
    ],
)
def test_precedence_cli_over_yaml_over_pyproject_over_defaults(cli, repo, pyproject, yaml, cli_args, expected):
    if pyproject:
        _pyproject(repo, pyproject)
    if yaml:
        _yaml(repo, yaml)
    run = cli("verify", "draft.md", "--format", "json", *cli_args)
    assert _date_findings(run) == expected
    assert run.code == (1 if expected == ["error"] else 0)


def test_config_text_names_the_origin_of_each_value(cli, repo):
    _yaml(repo, "severity:\n  unsupported: off\n")
    run = cli("config")
    assert run.code == 0
    line = next(line for line in run.out.splitlines() if line.startswith("severity.unsupported"))
    assert "off" in line and "# .factcheck.yaml" in line
    assert "(.factcheck.yaml)" in run.out.splitlines()[0]


@pytest.mark.parametrize(
    ("where", "text", "expected"),
    [
        ("yaml", "severty:\n  date: off\n", [".factcheck.yaml:1: unknown key `severty`", "did you mean `severity`?"]),
        ("yaml", "severity:\n  dates: off\n", [".factcheck.yaml:2: unknown key `severity.dates`", "did you mean `severity.date`?"]),
        ("yaml", "# comment\nseverity:\n  date: fatal\n", [".factcheck.yaml:3: `severity.date` must be one of error, warning, info, off, not 'fatal'"]),
        ("yaml", "include: 3\n", ["`include` must be a list of glob patterns, not 3"]),
        ("yaml", "as_of: yesterday\n", ["`as_of` must be one of front-matter, today, mtime or a date"]),
        ("yaml", "- a\n- b\n", ["must be a mapping"]),
        ("yaml", "severity: [oops\n", [".factcheck.yaml:"]),
        ("toml", "exlude = ['x']\n", ["pyproject.toml:5: ", "unknown key `tool.factcheck.exlude`", "did you mean `tool.factcheck.exclude`?"]),
        ("toml", "as_of = true\n", ["pyproject.toml", "`tool.factcheck.as_of` must be"]),
        ("toml", "as_of = 'today'\n[tool.factcheck.severity]\ndate = 'loud'\n", ["pyproject.toml:7: `tool.factcheck.severity.date` must be one of"]),
    ],
)
def test_bad_configuration_is_one_line_naming_file_and_key(cli, repo, where, text, expected):
    if where == "yaml":
        _yaml(repo, text)
    else:
        _pyproject(repo, text)
    for args in (("config",), ("verify", "draft.md")):
        run = cli(*args)
        assert run.code == 2, run.err
        assert run.err.count("\n") == 1 and "Traceback" not in run.err
        assert (".factcheck.yaml" if where == "yaml" else "pyproject.toml") in run.err
        for part in expected:
            assert part in run.err


def test_a_bad_severity_option_is_a_usage_error(cli, repo):
    run = cli("verify", "draft.md", "--severity", "date")
    assert run.code == 2 and "KIND=LEVEL" in run.err
    run = cli("verify", "draft.md", "--severity", "dat=off")
    assert run.code == 2 and "did you mean `--severity.date`?" in run.err


def test_configuration_is_found_from_a_subfolder_up_to_the_repository_root(cli, repo, monkeypatch):
    _yaml(repo, "severity:\n  date: warning\n")
    (repo / "drafts").mkdir()
    (repo / "drafts" / "d.md").write_text(WRONG, encoding="utf-8")
    monkeypatch.chdir(repo / "drafts")
    run = cli("verify", "d.md", "--format", "json")
    assert _date_findings(run) == ["warning"] and run.code == 0


def test_root_key_points_at_claims_elsewhere(cli, tmp_path, monkeypatch):
    db = project(tmp_path / "factdb")
    (db / ".git").rmdir()
    repo = tmp_path / "writing"
    repo.mkdir()
    (repo / ".git").mkdir()
    _yaml(repo, "root: ../factdb\n")
    (repo / "draft.md").write_text(WRONG, encoding="utf-8")
    monkeypatch.chdir(repo)
    run = cli("verify", "draft.md", "--format", "json")
    assert run.code == 1 and _date_findings(run) == ["error"]
    assert cli("config", "--format", "json").json()["values"]["root"]["value"] == str(db.resolve())


def test_exclude_globs_skip_files_and_include_globs_narrow(cli, repo):
    (repo / "archive").mkdir()
    (repo / "archive" / "old.md").write_text(WRONG, encoding="utf-8")
    _yaml(repo, "exclude:\n  - 'archive/**'\n")
    run = cli("verify", "draft.md", "archive/old.md", "--format", "json")
    assert [entry["path"] for entry in run.json()["files"]] == ["draft.md"]
    _yaml(repo, "include:\n  - 'archive/*.md'\n")
    run = cli("verify", "draft.md", "archive/old.md", "--format", "json")
    assert [entry["path"] for entry in run.json()["files"]] == ["archive/old.md"]


@pytest.mark.parametrize(
    ("path", "pattern", "hit"),
    [
        ("a.md", "**/*.md", True),
        ("x/y/a.md", "**/*.md", True),
        ("x/a.md", "*.md", False),
        ("claims/x.yaml", "claims/**", True),
        ("drafts/.hidden/a.md", "**/.*/**", True),
        ("drafts/a.md", "**/.*/**", False),
        ("xa.md", "x**/a.md", True),  # `**/` may span no folder at all
        ("a.md", "?.md", True),
        ("ab.md", "?.md", False),
        ("a/b", "?/?", True),
        ("a/b", "???", False),  # `?` never matches a slash
        ("x/y/z.txt", "**/y/*.txt", True),
        ("a" * 80, "*a" * 8 + "b", False),  # a regex would backtrack for hours on this
        ("a/" * 500 + "b", "**/" * 10 + "b", True),
    ],
)
def test_glob_patterns(path, pattern, hit):
    assert matches(path, pattern) is hit


def test_as_of_policy_dates_a_draft_without_front_matter(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    path = tmp_path / "d.md"
    path.write_text(RIGHT, encoding="utf-8")
    os.utime(path, (dt.datetime(2015, 3, 4, 12).timestamp(),) * 2)
    bare = parse_draft(RIGHT, "d.md")
    dated = parse_draft("---\ndate: 2014-05-01\n---\n" + RIGHT, "d.md")
    for policy, expected in (("front-matter", None), ("today", dt.date.today().isoformat()), ("mtime", "2015-03-04"), ("2014-06-01", "2014-06-01")):
        (tmp_path / ".factcheck.yaml").write_text(f"as_of: {policy}\n", encoding="utf-8")
        refiner = Refiner(load(tmp_path))
        assert refiner.as_of(bare, path) == expected
        assert refiner.as_of(dated, path) == "2014-05-01"  # front matter wins over the policy
        assert Refiner(load(tmp_path), forced_as_of="2013-01-01").as_of(dated, path) == "2013-01-01"  # and --as-of over both


def test_defaults_keep_unsupported_a_warning_and_supported_info():
    assert DEFAULT_SEVERITY["unsupported"] == "warning" and DEFAULT_SEVERITY["supported"] == "info"


def test_a_broken_pyproject_matters_only_when_it_configures_factcheck(cli, repo):
    (repo / "pyproject.toml").write_text("[project\nname = 'w'\n", encoding="utf-8")
    assert cli("config").code == 0
    (repo / "pyproject.toml").write_text("[tool.factcheck\nas_of = 'today'\n", encoding="utf-8")
    run = cli("config")
    assert run.code == 2 and "pyproject.toml" in run.err and "not valid TOML" in run.err
