"""The effective configuration: defaults < pyproject [tool.factcheck] < .factcheck.yaml < CLI -> Settings.

A writing repository configures factcheck once, at its root, in `.factcheck.yaml` or in the
`[tool.factcheck]` table of `pyproject.toml` (both may exist; the YAML file wins key by key).
The file is found from the starting folder (--root, else the current one) upwards, stopping
at the repository root (a folder with `.git`), so a hook run from the root finds it.

Every value remembers where it came from, for `factcheck config`. A typo is an error, not a
silently ignored key: the message names the file and the key and suggests the nearest one.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck import checks
from factcheck.errors import FactcheckError

YAML_NAMES = (".factcheck.yaml", ".factcheck.yml")
LEVELS = ("error", "warning", "info", "off")
# The kinds whose severity a configuration sets (`severity.KIND`): verify's, from the registry.
KINDS = checks.VERIFY_KINDS
DEFAULT_SEVERITY = checks.DEFAULT_SEVERITY
AS_OF_POLICIES = ("front-matter", "today", "mtime")
DEFAULT_INCLUDE = ("**/*",)  # whatever is named; a folder is searched for *.md, *.markdown and *.txt
DEFAULT_EXCLUDE = ("claims/**", "sources/**", "**/node_modules/**", "**/.*/**")
BASELINE_NAME = ".factcheck-baseline.json"
Locate = Callable[..., "int | None"]  # key path parts -> the line it is written on

DEFAULTS: dict[str, Any] = {
    "root": None,
    "include": list(DEFAULT_INCLUDE),
    "exclude": list(DEFAULT_EXCLUDE),
    "severity": dict(DEFAULT_SEVERITY),
    "as_of": "front-matter",
    "baseline": BASELINE_NAME,
}
KEYS = tuple(DEFAULTS)


@dataclass(frozen=True, slots=True)
class Settings:
    """The configuration in force; `origin` says, per key (`severity.date` for nested ones), where each value came from."""

    base: Path  # the folder relative paths in the configuration are taken from
    root: Path | None  # the project holding claims/ and sources/, when configured
    include: tuple[str, ...]
    exclude: tuple[str, ...]
    severity: dict[str, str]
    as_of: str  # front-matter | today | mtime | YYYY-MM-DD: the date of a draft without `date:`
    baseline: Path
    origin: dict[str, str] = field(default_factory=dict)
    files: tuple[str, ...] = ()  # the configuration files read, nearest first

    def as_dict(self) -> dict[str, Any]:
        return {
            "root": str(self.root) if self.root else None,
            "include": list(self.include),
            "exclude": list(self.exclude),
            "severity": dict(self.severity),
            "as_of": self.as_of,
            "baseline": str(self.baseline),
        }


def find_config_dir(start: Path) -> Path | None:
    """The nearest folder at or above `start` with a .factcheck.yaml or a pyproject [tool.factcheck]; the search stops at the repository root."""
    here = start.resolve()
    for folder in (here, *here.parents):
        if any((folder / name).is_file() for name in YAML_NAMES) or _pyproject_table(folder / "pyproject.toml") is not None:
            return folder
        if (folder / ".git").exists():
            return None
    return None


def load(start: Path, cli: dict[str, Any] | None = None) -> Settings:
    """The effective settings for a run started in `start`, with CLI values (None = not given) on top."""
    folder = find_config_dir(start)
    base = folder or start.resolve()
    layers: list[tuple[str, dict[str, Any]]] = []
    if folder is not None:
        table = _pyproject_table(folder / "pyproject.toml")
        if table is not None:
            toml = folder / "pyproject.toml"
            layers.append(("pyproject.toml [tool.factcheck]", _validated(table, str(toml), "tool.factcheck.", _locator(_text(toml), "[tool.factcheck"))))
        for name in YAML_NAMES:
            if (folder / name).is_file():
                layers.append((name, _validated(_read_yaml(folder / name), str(folder / name), "", _locator(_text(folder / name)))))
                break
    if cli:
        given = {key: value for key, value in cli.items() if value is not None}
        layers.append(("command line", _validated(given, "command line", "--", _locator(""))))
    return _merge(base, layers)


def _merge(base: Path, layers: list[tuple[str, dict[str, Any]]]) -> Settings:
    values: dict[str, Any] = {key: value for key, value in DEFAULTS.items() if key != "severity"}
    severity = dict(DEFAULT_SEVERITY)
    origin = {key: "default" for key in KEYS if key != "severity"} | {f"severity.{k}": "default" for k in KINDS}
    for name, layer in layers:
        for key, value in layer.items():
            if key == "severity":
                severity.update(value)
                origin.update({f"severity.{k}": name for k in value})
            else:
                values[key] = value
                origin[key] = name
    root = values["root"]
    return Settings(
        base=base,
        root=(base / root).resolve() if root else None,
        include=tuple(values["include"]),
        exclude=tuple(values["exclude"]),
        severity=severity,
        as_of=values["as_of"],
        baseline=(base / values["baseline"]),
        origin=origin,
        files=tuple(name for name, _ in layers if name != "command line"),
    )


# --- reading and validating ------------------------------------------------------------


def _pyproject_table(path: Path) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    text = _text(path)
    try:
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError) as exc:
        # A broken pyproject.toml that does not configure factcheck is someone else's problem.
        if "tool.factcheck" not in text:
            return None
        raise FactcheckError(f"not valid TOML: {exc}", path=str(path), hint="fix the file, or move factcheck's settings to .factcheck.yaml") from None
    table = data.get("tool", {}).get("factcheck") if isinstance(data.get("tool"), dict) else None
    if table is not None and not isinstance(table, dict):
        raise FactcheckError("`tool.factcheck` must be a table", path=str(path), hint="write it as [tool.factcheck]")
    return table


def _read_yaml(path: Path) -> dict[str, Any]:
    from factcheck.corpus import yamlload

    data = yamlload.parse(yamlload.read_text(path, str(path), CONFIG_LIMIT), str(path))
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FactcheckError(
            "the configuration must be a mapping of keys to values", path=str(path), line=1, hint=f"see `factcheck config`; keys: {', '.join(KEYS)}"
        )
    return dict(data)


def _unknown(where: str, key: str, known: tuple[str, ...], line: int | None = None) -> FactcheckError:
    close = difflib.get_close_matches(key, known, n=1)
    hint = f"did you mean `{close[0]}`?" if close else f"known keys: {', '.join(known)}"
    return FactcheckError(f"unknown key `{key}`", path=where, line=line, hint=hint)


def _wrong(where: str, key: str, expected: str, value: object, line: int | None = None) -> FactcheckError:
    return FactcheckError(f"`{key}` must be {expected}, not {value!r}", path=where, line=line, hint="see `factcheck config` for the keys and their values")


CONFIG_LIMIT = 4 * 1024 * 1024  # a configuration is a few lines; a larger file is a mistake or a trap


def _text(path: Path) -> str:
    from factcheck.corpus import yamlload

    return yamlload.read_bytes(path, str(path), CONFIG_LIMIT).decode("utf-8", errors="replace")


def _locator(text: str, after: str | None = None) -> Locate:
    """A function giving the 1-based line where a key path (`severity`, `date`) is written in `text`, or None.

    A plain text search, because neither tomllib nor a YAML safe load keeps positions; it
    only has to be right for the key an error names, and None just leaves the line out.
    """
    lines = text.splitlines()
    begin = next((i for i, line in enumerate(lines) if after and line.strip().startswith(after)), 0)

    def locate(*parts: str) -> int | None:
        index = begin
        for part in parts:
            key = re.escape(part)
            pattern = re.compile(rf"^\s*[\"']?{key}[\"']?\s*[:=]|^\s*\[[^\]]*\b{key}\]")
            found = next((i for i in range(index, len(lines)) if pattern.search(lines[i])), None)
            if found is None:
                return None
            index = found
        return index + 1 if parts else None

    return locate


def _validated(raw: dict[str, Any], where: str, prefix: str, locate: Locate) -> dict[str, Any]:
    """`raw` checked key by key; the first problem raises FactcheckError naming `where`, the line and the key."""
    out: dict[str, Any] = {}
    for key, value in raw.items():
        name = str(key).replace("-", "_")
        shown = f"{prefix}{key}"
        line = locate(str(key))
        if name not in KEYS:
            raise _unknown(where, f"{prefix}{key}", tuple(f"{prefix}{k}" for k in KEYS), line)
        if name in ("root", "baseline"):
            if not isinstance(value, str) or not value.strip():
                raise _wrong(where, shown, "a path (a string)", value, line)
            out[name] = value.strip()
        elif name in ("include", "exclude"):
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise _wrong(where, shown, "a list of glob patterns", value, line)
            out[name] = list(value)
        elif name == "as_of":
            out[name] = _as_of(where, shown, value, line)
        else:
            out[name] = _severity(where, shown, value, _nested(locate, str(key)))
    return out


def _nested(locate: Locate, key: str) -> Callable[[str], int | None]:
    """The line of `key.kind`, else of `key`."""
    return lambda kind: locate(key, kind) or locate(key)


def _as_of(where: str, shown: str, value: object, line: int | None) -> str:
    from factcheck.mentions.dates import parse_iso

    text = str(value).strip() if isinstance(value, str | int) else ""
    if text in AS_OF_POLICIES or (text and parse_iso(text) is not None):
        return text
    raise _wrong(where, shown, f"one of {', '.join(AS_OF_POLICIES)} or a date YYYY-MM-DD", value, line)


def _severity(where: str, shown: str, value: object, line_of: Callable[[str], int | None]) -> dict[str, str]:
    if not isinstance(value, dict):
        raise _wrong(where, shown, "a mapping of finding kinds to error, warning, info or off", value, line_of(""))
    out: dict[str, str] = {}
    for kind, level in value.items():
        if kind not in KINDS:
            raise _unknown(where, f"{shown}.{kind}", tuple(f"{shown}.{k}" for k in KINDS), line_of(str(kind)))
        if level is False:  # YAML 1.1 reads a bare `off` as false
            level = "off"
        if level not in LEVELS:
            raise _wrong(where, f"{shown}.{kind}", f"one of {', '.join(LEVELS)}", level, line_of(str(kind)))
        out[str(kind)] = str(level)
    return out


def parse_severity_options(options: list[str]) -> dict[str, str]:
    """`--severity KIND=LEVEL` options -> {kind: level}; a bad one is a one-line error."""
    out: dict[str, str] = {}
    for option in options:
        kind, sep, level = option.partition("=")
        if not sep:
            raise FactcheckError(f"--severity {option!r} is not KIND=LEVEL", hint="e.g. --severity unsupported=off")
        out[kind.strip()] = level.strip()
    return _severity("command line", "--severity", out, lambda kind: None) if out else {}
