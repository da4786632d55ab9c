"""Load YAML fast (C loader where present) with dates and yes/no kept as strings, and lines kept.

Every mapping comes back as a `LineDict`, a dict that knows its 1-based line in the file,
so schema and reference errors can point at the right place.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import FactcheckError

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineDict(dict):  # type: ignore[type-arg]
    line: int = 0


class _Loader(_Base):  # type: ignore[misc,valid-type]
    pass


# Hand-written claims say `date: 2014-04-15` and `answer: no`; both must stay strings.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def _construct_mapping(loader: Any, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        result[key] = loader.construct_object(value_node, deep=True)
    return result


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


def read_text(path: Path, shown: str) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FactcheckError("file not found", path=shown, hint="check the path") from None
    except OSError as exc:
        raise FactcheckError(f"cannot read file ({exc.strerror})", path=shown) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FactcheckError("not UTF-8 text", path=shown, line=line, hint="save the file as UTF-8") from None


def parse(text: str, shown: str) -> Any:
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        what = exc.problem or "invalid YAML"
        raise FactcheckError(f"invalid YAML: {what}", path=shown, line=line, hint="fix the YAML syntax") from None
    except yaml.YAMLError as exc:
        raise FactcheckError(f"invalid YAML: {exc}", path=shown, hint="fix the YAML syntax") from None


def load(path: Path, shown: str) -> Any:
    return parse(read_text(path, shown), shown)
