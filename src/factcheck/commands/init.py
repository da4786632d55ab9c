"""`factcheck init [FOLDER]`: set up a writing repository -> claims/, sources/, .factcheck.yaml, the pre-commit hook.

Idempotent: what exists is kept. Everything is read and checked before anything is written
(`check` -> Plan, then `apply`): a folder where a file should be, a non-UTF-8 or malformed
configuration, a dangling symlink stop init with one line and nothing created. An existing `.pre-commit-config.yaml` is never rewritten
through a YAML dumper (that would drop the writer's comments and layout); the factcheck
entry is added as text at the end of its `repos:` list, and the result is parsed again
before it is written, so a merge that would not read back is refused instead.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from factcheck.corpus import yamlload
from factcheck.errors import ExitCode, FactcheckError
from factcheck.fileout import clean_stale, write_atomic
from factcheck.settings import YAML_NAMES

HOOK_IDS = ("factcheck-verify", "factcheck-check")
PRECOMMIT = ".pre-commit-config.yaml"
CONFIG = ".factcheck.yaml"

CONFIG_TEXT = """\
# factcheck's settings for this repository. `factcheck config` shows what is in force and
# where each value comes from; a value given on the command line wins over this file,
# which wins over [tool.factcheck] in pyproject.toml.

# The folder holding claims/ and sources/, relative to this file (default: the nearest
# folder with claims/, usually this one).
# root: .

# Which files `factcheck verify` checks and which it skips: globs relative to this file;
# `**/` spans folders. A folder named on the command line is searched for *.md and *.txt.
include:
  - "**/*"
exclude:
  - "claims/**"
  - "sources/**"

# How serious each kind of finding is: error (fails verify and the hook), warning, info or off.
severity:
  date: error
  number: error
  quote: error
  attribution: error
  entity: error
  unsupported: warning  # a factual-looking sentence no claim covers
  supported: info       # a sentence the claims back, with its citations

# The date a draft without front matter `date:` is written at, for "last year" and the like:
# front-matter (no date: relative dates are not resolved), today, mtime (the file's), or YYYY-MM-DD.
as_of: front-matter

# Findings accepted by `factcheck baseline`; verify reports only the others.
# baseline: .factcheck-baseline.json
"""


def hook_entry(*, repo: str | None, rev: str | None) -> list[str]:
    """The `repos:` item, as lines indented from column 0."""
    if repo:
        return [f"- repo: {repo}", f"  rev: {rev or 'main'}", "  hooks:", "    - id: factcheck-verify", "    - id: factcheck-check"]
    # A local hook runs the factcheck installed where git runs: no network, no second install.
    return [
        "- repo: local",
        "  hooks:",
        "    - id: factcheck-verify",
        "      name: factcheck verify",
        "      entry: factcheck verify --quiet",
        "      language: system",
        "      types_or: [markdown, plain-text]",
        "      exclude: ^(claims|sources)/",
        "      require_serial: true",
        "    - id: factcheck-check",
        "      name: factcheck check",
        "      entry: factcheck check",
        "      language: system",
        "      files: ^(claims|sources)/",
        "      pass_filenames: false",
    ]


NEXT_STEPS = (
    # `sources/` rather than `sources/*`: the folder form takes the documents and reads their NAME.yaml
    # sidecars with them, and needs no shell glob (an empty sources/ leaves `sources/*` unexpanded).
    "  1. put your source documents (NAME.txt or NAME.md, metadata in NAME.yaml beside each) in sources/ and run `factcheck extract sources/`; review the proposed claims in claims/\n"
    "  2. run `factcheck check` to validate them, then `factcheck verify DRAFT.md` on a draft\n"
    "  3. run `pre-commit install` so every commit of a draft is checked\n"
)


@dataclass(frozen=True, slots=True)
class Plan:
    """What init will do, decided (and every input checked) before anything is written."""

    folder: Path
    folders: tuple[str, ...]  # claims/ and sources/ to create
    config: bool  # write .factcheck.yaml
    precommit: str | None  # the new text of .pre-commit-config.yaml; None: it already runs factcheck
    precommit_existed: bool
    gitignore: str | None = None  # the new text of .gitignore; None: it already ignores the cache


GITIGNORE = ".gitignore"
_CACHE_LINE = ".factcheck-cache/"


def _gitignore(folder: Path) -> str | None:
    """.gitignore with the index cache added, or None when it already ignores it.

    The cache is data only and ignores itself, but it is no one's work to commit; a line in the
    writer's .gitignore also says so to anyone reading the repository.
    """
    path = folder / GITIGNORE
    if not (path.exists() or path.is_symlink()):
        return f"# factcheck's index cache, rebuilt as needed\n{_CACHE_LINE}\n"
    text = _read(path)
    if any(line.strip().rstrip("/") in (".factcheck-cache", "/.factcheck-cache") for line in text.splitlines()):
        return None
    newline = "\r\n" if "\r\n" in text else "\n"
    lead = "" if not text or text.endswith("\n") else newline
    return f"{text}{lead}{_CACHE_LINE}{newline}"


def run(folder: Path, stream: TextIO, *, hook_repo: str | None, hook_rev: str | None) -> int:
    plan = check(folder, hook_entry(repo=hook_repo, rev=hook_rev))
    stream.write("\n".join(apply(plan)) + "\n\nNext:\n" + NEXT_STEPS)
    return ExitCode.OK


def check(folder: Path, entry: list[str]) -> Plan:
    """Read and check everything init touches; raises FactcheckError (init then changed nothing)."""
    if folder.exists() and not folder.is_dir():
        raise FactcheckError("not a folder", path=str(folder), hint="give the writing repository's folder")
    folders = []
    for name in ("claims", "sources"):
        path = folder / name
        if path.is_dir():
            continue
        if path.exists() or path.is_symlink():
            raise _unusable(path, "it exists and is not a folder", "move it away or make it a folder")
        folders.append(name)
    configs = [folder / name for name in YAML_NAMES if (folder / name).exists() or (folder / name).is_symlink()]
    for path in configs:  # kept as it is, but a broken one would fail every later command
        data = yamlload.parse(_read(path), str(path))
        if data is not None and not isinstance(data, dict):
            raise _unusable(path, "the configuration must be a mapping of keys to values", "fix it (see `factcheck config`)")
    config_path = folder / PRECOMMIT
    existed = config_path.exists() or config_path.is_symlink()
    old = _read(config_path).replace("\r\n", "\n") if existed else None  # a CRLF file is written back as CRLF
    plan = Plan(folder, tuple(folders), not configs, merge(old, entry, shown=str(config_path)), existed, _gitignore(folder))
    if plan.folders or plan.config or plan.precommit is not None or plan.gitignore is not None:
        _need_writable(folder)
    return plan


def apply(plan: Plan) -> list[str]:
    """Carry out a checked plan; returns what was done, one line each."""
    said: list[str] = []
    clean_stale(plan.folder)  # temp files of a killed earlier init
    try:
        plan.folder.mkdir(parents=True, exist_ok=True)
        for name in ("claims", "sources"):
            if name in plan.folders:
                (plan.folder / name).mkdir()
            said.append(f"{'created ' if name in plan.folders else 'kept    '} {name}/")
    except OSError as exc:
        raise FactcheckError(
            f"cannot create a folder ({exc.strerror or exc})", path=str(exc.filename or plan.folder), hint="check the folder is writable"
        ) from None
    if plan.config:
        write_atomic(plan.folder / CONFIG, CONFIG_TEXT)
        said.append(f"created  {CONFIG}")
    else:
        said.append(f"kept     {next(n for n in YAML_NAMES if (plan.folder / n).exists() or (plan.folder / n).is_symlink())}")
    if plan.precommit is None:
        said.append(f"kept     {PRECOMMIT} (it already runs factcheck)")
    else:
        write_atomic(plan.folder / PRECOMMIT, plan.precommit)  # the writer's own pre-commit config: never leave half of it
        said.append(f"added to {PRECOMMIT} (the factcheck hooks)" if plan.precommit_existed else f"created  {PRECOMMIT}")
    if plan.gitignore is not None:
        existed = (plan.folder / GITIGNORE).exists()
        write_atomic(plan.folder / GITIGNORE, plan.gitignore)
        said.append(f"added to {GITIGNORE} ({_CACHE_LINE})" if existed else f"created  {GITIGNORE}")
    return said


def _read(path: Path) -> str:
    """A file init reads, as text; anything but a readable UTF-8 file is a one-line error."""
    shown = str(path)
    if path.is_symlink() and not path.exists():
        raise _unusable(path, "it is a symlink to a file that does not exist", "point the link at a file, or remove it")
    if not path.is_file():
        raise _unusable(path, "it exists and is not a file", "move it away")
    try:
        return yamlload.read_text(path, shown)
    except FactcheckError as exc:
        raise FactcheckError(exc.message, path=shown, line=exc.line, hint=f"{exc.hint or 'fix it'}; init changed nothing") from None


def _need_writable(folder: Path) -> None:
    here = folder
    while not here.exists() and here != here.parent:
        here = here.parent
    if not os.access(here, os.W_OK | os.X_OK):
        raise _unusable(here, "cannot write in this folder (permission denied)", "run init where you may write")


def _unusable(path: Path, why: str, what: str) -> FactcheckError:
    return FactcheckError(why, path=str(path), hint=f"{what}; init changed nothing")


def merge(text: str | None, entry: list[str], *, shown: str) -> str | None:
    """`text` with `entry` appended to its `repos:`; None if factcheck is already there."""
    if text is None or not text.strip():
        return "repos:\n" + _indented(entry, 2)
    data = _parse(text, shown)
    if _has_factcheck(data):
        return None
    if not text.endswith("\n"):
        text += "\n"
    if "repos" not in data:
        merged = text + "repos:\n" + _indented(entry, 2)
    else:
        merged = _append_to_repos(text, entry, shown)
    after = _parse(merged, shown)
    if not _has_factcheck(after) or len(after.get("repos") or []) != len(data.get("repos") or []) + 1:
        raise _refuse(shown, "the merged file would not read back as intended")
    return merged


def _append_to_repos(text: str, entry: list[str], shown: str) -> str:
    lines = text.splitlines(keepends=True)
    key = next((i for i, line in enumerate(lines) if re.match(r"repos\s*:", line)), None)
    if key is None:
        raise _refuse(shown, "`repos:` is not a plain top-level key")
    rest = lines[key].split(":", 1)[1].split("#", 1)[0].strip()
    if rest == "[]":
        lines[key] = "repos:\n"
        return "".join(lines[: key + 1]) + _indented(entry, 2) + "".join(lines[key + 1 :])
    if rest:
        raise _refuse(shown, "`repos:` is written in flow style ([...])")
    # The list runs until the next top-level key; trailing blank lines and column-0 comments belong to what follows.
    end = key + 1
    last = key
    indent: int | None = None
    while end < len(lines):
        line = lines[end]
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            if line[0] not in " \t-":
                break
            last = end
            if indent is None and stripped.startswith("-"):
                indent = len(line) - len(line.lstrip())
        end += 1
    return "".join(lines[: last + 1]) + _indented(entry, 2 if indent is None else indent) + "".join(lines[last + 1 :])


def _indented(entry: list[str], indent: int) -> str:
    return "".join(" " * indent + line + "\n" for line in entry)


def _parse(text: str, shown: str) -> dict[str, Any]:
    try:
        data = yamlload.parse(text, shown)  # the one YAML funnel: aliases bounded, one-line errors
    except FactcheckError as exc:
        raise FactcheckError(exc.message, path=shown, line=exc.line, hint="fix it (or add the factcheck hook by hand); init changed nothing") from None
    if data is None:
        return {}
    if not isinstance(data, dict) or not isinstance(data.get("repos") or [], list):
        raise _refuse(shown, "it is not a pre-commit configuration (a mapping with a `repos:` list)")
    return data


def _has_factcheck(data: dict[str, Any]) -> bool:
    for repo in data.get("repos") or []:
        for hook in (repo.get("hooks") or []) if isinstance(repo, dict) else []:
            if isinstance(hook, dict) and hook.get("id") in HOOK_IDS:
                return True
    return False


def _refuse(shown: str, why: str) -> FactcheckError:
    return FactcheckError(
        f"cannot add the factcheck hook: {why}", path=shown, hint="add it by hand (see the README, 'The pre-commit hook'); init changed nothing"
    )
