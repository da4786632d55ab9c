"""Schema violations as findings: (YAML document, schema kind) -> list[Finding] at file:line:col.

jsonschema's messages ("'quotation' is not one of [...]", "Additional properties are not
allowed") are rewritten in a curator's terms: which claim, which key, what was found and
what is allowed, with a "did you mean" when a close spelling exists.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from factcheck import schemas
from factcheck.corpus.yamlpos import YamlDoc, YamlPath
from factcheck.model import Finding

DATE_PATTERN = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]*$"

# Lists whose items are things with a name of their own; a path through one names the item.
_SUBJECTS = {"claims": "claim", "entities": "entity", "attributes": "attribute", "provenance": "provenance", "values": "value", "sections": "section"}

_TYPES = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "array": "a list",
    "object": "a mapping of keys to values",
    "boolean": "true or false",
    "null": "empty",
}

_validators: dict[str, Any] = {}


def _validator(kind: str) -> Any:
    # Building the registry costs more than validating a file; build each kind once.
    if kind not in _validators:
        _validators[kind] = schemas.validator(kind)
    return _validators[kind]


def schema_findings(kind: str, doc: YamlDoc) -> list[Finding]:
    """Every violation of schema `kind` in `doc`, as `schema` errors."""
    findings = []
    for error in _validator(kind).iter_errors(doc.data):
        path: YamlPath = tuple(error.absolute_path)
        for message, at, on_key in _messages(kind, error, doc.data, path):
            line, column = doc.where(at, key=on_key)
            findings.append(Finding(path=doc.shown, line=line, column=column, kind="schema", severity="error", message=message))
    return findings


def subject(data: Any, path: YamlPath) -> tuple[str, YamlPath]:
    """("claim 'x', provenance 2", rest of the path) for a path into a claims or source document."""
    parts: list[str] = []
    item, index = data, 0
    while index + 1 < len(path):
        key, position = path[index], path[index + 1]
        container = item.get(key) if isinstance(item, dict) else None
        if key not in _SUBJECTS or not isinstance(position, int) or not isinstance(container, list) or position >= len(container):
            break
        item = container[position]
        if not isinstance(item, dict):
            break
        parts.append(_label(str(key), position, item))
        index += 2
    return ", ".join(parts), path[index:]


def _label(key: str, position: int, item: dict[str, Any]) -> str:
    noun = _SUBJECTS[key]
    name = item.get("attribute") if key == "attributes" else item.get("id")
    if key in ("provenance", "values"):
        name = None
    if isinstance(name, str | int) and name != "":
        return f"{noun} {str(name)!r}"
    return f"{noun} {position + 1}"


def shown_value(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value if len(value) <= 60 else value[:59] + "…")
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return str(value)


def _field(rest: YamlPath) -> str:
    keys = [str(step) for step in rest if isinstance(step, str)]
    if not keys:
        return "the entry"
    name = f"`{'.'.join(keys)}`"
    if isinstance(rest[-1], int):
        name += f" item {rest[-1] + 1}"
    return name


def _messages(kind: str, error: Any, data: Any, path: YamlPath) -> list[tuple[str, YamlPath, bool]]:
    """[(message, path to point at, point at the key rather than the value)] for one error."""
    who, rest = subject(data, path)
    lead = f"{who}: " if who else ""
    validator, expected, found = error.validator, error.validator_value, error.instance
    if validator == "additionalProperties" and isinstance(found, dict):
        allowed = list(error.schema.get("properties", {}))
        out = []
        for extra in (k for k in found if k not in allowed):
            close = difflib.get_close_matches(str(extra), allowed, n=1, cutoff=0.6)
            hint = f" (did you mean `{close[0]}`?)" if close else f" (allowed: {', '.join(allowed)})"
            out.append((f"{lead}unknown key `{extra}`{hint}", (*path, extra), True))
        return out
    if validator == "required":
        match = re.match(r"'(.+)' is a required property", error.message)
        name = match.group(1) if match else str(expected)
        why = ""
        if "then" in error.schema_path and isinstance(found, dict):
            what = found.get("kind") or found.get("type")
            noun = "claim" if "kind" in found else "value"
            why = f" (a {what} {noun} needs {' and '.join(f'`{n}`' for n in expected)})"
        return [(f"{lead}missing required `{name}`{why}", path, False)]
    if validator == "anyOf" and not path and kind == "claims":
        return [("a claims file needs a `claims:` list, an `entities:` list, or both", path, False)]
    return [(lead + _value_message(error, rest, found, expected), path, False)]


def _value_message(error: Any, rest: YamlPath, found: Any, expected: Any) -> str:
    name = _field(rest)
    validator = error.validator
    pattern = error.schema.get("pattern")
    if pattern == DATE_PATTERN and validator in ("pattern", "type"):
        return f'{name} must be a quoted date, "YYYY", "YYYY-MM" or "YYYY-MM-DD" (found {shown_value(found)})'
    if pattern == ID_PATTERN and validator in ("pattern", "type"):
        return f"{name} must be an id of letters, digits, '.', '_' and '-' (found {shown_value(found)})"
    if validator in ("enum", "const"):
        allowed = [str(a) for a in (expected if validator == "enum" else [expected])]
        message = f"{name} must be one of {', '.join(allowed)} (found {shown_value(found)})"
        close = difflib.get_close_matches(str(found), allowed, n=1, cutoff=0.6)
        return message + (f" — did you mean {close[0]!r}?" if close else "")
    if validator == "type":
        wanted = [expected] if isinstance(expected, str) else list(expected)
        if not rest:
            name = "the YAML document"
        return f"{name} must be {' or '.join(_TYPES.get(t, t) for t in wanted)} (found {shown_value(found)})"
    if validator == "minLength":
        return f"{name} is empty"
    if validator == "minItems":
        return f"{name} is empty: list at least {expected} item(s)"
    if validator == "uniqueItems":
        return f"{name} lists the same item more than once"
    if validator in ("minimum", "exclusiveMinimum"):
        return f"{name} must be at least {expected} (found {shown_value(found)})"
    if validator == "pattern":
        return f"{name} does not have the expected form {expected} (found {shown_value(found)})"
    return f"{name}: {error.message}"
