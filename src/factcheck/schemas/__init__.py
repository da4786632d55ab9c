"""The JSON Schemas (draft 2020-12) of factcheck's YAML file kinds, shipped as package data."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from factcheck.errors import FactcheckError

KINDS = ("claims", "entity", "source", "provenance")


def _raw(kind: str) -> str:
    if kind not in KINDS:
        raise FactcheckError(f"no schema {kind!r}", hint=f"use one of: {', '.join(KINDS)}")
    return resources.files(__package__).joinpath(f"{kind}.schema.json").read_text(encoding="utf-8")


def _rewrite(node: Any) -> Any:
    if isinstance(node, dict):
        out = {k: _rewrite(v) for k, v in node.items()}
        ref = out.get("$ref")
        if isinstance(ref, str) and ref.endswith(".schema.json"):
            out["$ref"] = "#/$defs/" + ref.removesuffix(".schema.json")
        return out
    if isinstance(node, list):
        return [_rewrite(v) for v in node]
    return node


def bundled(kind: str) -> dict[str, Any]:
    """The schema with the other kinds it refers to inlined under $defs, so an editor needs one file."""
    schema = _rewrite(json.loads(_raw(kind)))
    defs = schema.setdefault("$defs", {})
    for other in KINDS:
        if other != kind and f"#/$defs/{other}" in json.dumps(schema):
            inner = _rewrite(json.loads(_raw(other)))
            for key in ("$schema", "$id"):
                inner.pop(key, None)
            defs[other] = inner
    return schema  # type: ignore[no-any-return]


def text(kind: str) -> str:
    """The schema as printed by `factcheck schema KIND`: self-contained, for editors."""
    return json.dumps(bundled(kind), indent=2, ensure_ascii=False) + "\n"


@cache
def load(kind: str) -> dict[str, Any]:
    return json.loads(_raw(kind))  # type: ignore[no-any-return]


def validator(kind: str) -> Any:
    """A Draft 2020-12 validator that resolves the schemas' references to each other offline."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    registry: Registry = Registry()
    for other in KINDS:
        schema = load(other)
        registry = registry.with_resource(schema["$id"], Resource.from_contents(schema))
    return Draft202012Validator(load(kind), registry=registry)
