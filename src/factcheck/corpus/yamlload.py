"""The one YAML funnel: every YAML factcheck reads (claims, sidecars, front matter, config) -> data.

Fast (C loader where present), safe (SafeLoader: no tags that build objects), dates and yes/no
kept as strings, and lines kept: every mapping comes back as a `LineDict`, a dict that knows its
1-based line in the file, so schema and reference errors can point at the right place.

Files come from repositories other people write, so the funnel is bounded: a document larger
than MAX_BYTES is refused, and so is one whose aliases would expand it by more than
MAX_ALIAS_GROWTH nodes (a 346-byte "billion laughs" expands to ~10^9), or that nests deeper
than MAX_DEPTH. The walks that check this are loops, not recursion.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import FactcheckError

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineDict(dict[Any, Any]):
    line: int = 0


class _Loader(_Base):  # type: ignore[misc]
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


# A claims file of 100,000 claims is ~60 MB; anything past this is not a hand-kept database.
MAX_BYTES = 256 * 1024 * 1024
# Aliases may be used (`<<: *defaults` in a config), but may not blow a file up.
MAX_ALIAS_GROWTH = 100_000
# A claims file is about six levels deep. PyYAML's constructor, the schema validator and the cache's
# codec all recurse over the data: a few hundred levels would end them in a RecursionError.
MAX_DEPTH = 64


def read_bytes(path: Path, shown: str, limit: int = MAX_BYTES) -> bytes:
    """A regular file's bytes, at most `limit` of them: a link to /dev/zero or a FIFO in a
    repository must give a clear error, not a hang or an exhausted machine."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise FactcheckError("file not found", path=shown, hint="check the path") from None
    except OSError as exc:
        raise FactcheckError(f"cannot read file ({exc.strerror})", path=shown) from None
    if not stat.S_ISREG(info.st_mode):
        what = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file (a device, pipe or socket)"
        raise FactcheckError(f"{what}, not a text file", path=shown, hint="give the path of a text file")
    if info.st_size > limit:
        raise FactcheckError(f"file too large ({_mb(info.st_size)}; the limit is {_mb(limit)})", path=shown, hint="split it into smaller files")
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise FactcheckError(f"cannot read file ({exc.strerror})", path=shown) from None
    if len(data) > limit:  # it grew while we looked
        raise FactcheckError(f"file too large (over {_mb(limit)})", path=shown, hint="split it into smaller files")
    return data


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size} bytes"


def read_text(path: Path, shown: str, limit: int = MAX_BYTES) -> str:
    return decode(read_bytes(path, shown, limit), shown)


def decode(data: bytes, shown: str) -> str:
    """UTF-8 text, or a one-line error naming the line of the first byte that is not."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FactcheckError("not UTF-8 text", path=shown, line=line, hint="save the file as UTF-8") from None


class _Cycle(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _too_deep(root: yaml.Node) -> int | None:
    """The line of the first collection nested deeper than MAX_DEPTH, in a tree without aliases; None when none is."""
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return int(node.start_mark.line) + 1
        if isinstance(node, yaml.CollectionNode):
            stack.extend((child, depth + 1) for child in _children(node))
    return None


def _alias_growth(root: yaml.Node) -> tuple[int, int, int]:
    """(nodes a full expansion of the graph would hold - distinct nodes, line of the worst alias, height of the graph).

    Raises _Cycle for a collection that contains itself (`&a [*a]`): no consumer could walk it.

    The composed graph shares one node object per anchor, so distinct nodes are the file's
    size and the expanded count is what a consumer walking the data would visit. Both come
    from one post-order pass over distinct nodes, with no recursion.
    """
    expanded: dict[int, int] = {}
    height: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    worst, worst_line = 0, 0
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if key in expanded and not children_done:
            continue
        children = _children(node)
        if not children_done:
            expanded[key] = 0
            open_nodes.add(key)
            stack.append((node, True))
            for child in children:
                if id(child) in open_nodes:
                    raise _Cycle(child.start_mark.line + 1)
                if id(child) not in expanded:
                    stack.append((child, False))
            continue
        open_nodes.discard(key)
        size = 1
        seen: set[int] = set()
        for child in children:
            size += expanded.get(id(child), 0)
            if id(child) in seen and expanded.get(id(child), 0) > worst:
                worst, worst_line = expanded[id(child)], child.start_mark.line + 1
            seen.add(id(child))
        expanded[key] = min(size, 1 << 62)
        height[key] = 1 + max((height.get(id(child), 0) for child in children), default=0)
    return expanded[id(root)] - len(expanded), worst_line, height[id(root)]


def parse(text: str, shown: str) -> Any:
    if len(text) > MAX_BYTES:
        raise FactcheckError(f"YAML too large ({_mb(len(text))}; the limit is {_mb(MAX_BYTES)})", path=shown, hint="split it into several files")
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None
            deep = f"the data is nested more than {MAX_DEPTH} levels deep"
            if "*" not in text:  # no alias without one: a plain walk of the tree will do
                deep_line = _too_deep(node)
                if deep_line is not None:
                    raise FactcheckError(deep, path=shown, line=deep_line, hint="flatten it")
                return loader.construct_document(node)
            try:
                growth, alias_line, depth = _alias_growth(node)
            except _Cycle as cycle:
                raise FactcheckError(
                    "a YAML alias (*name) refers to a collection it is inside of", path=shown, line=cycle.line, hint="write the values out instead of the alias"
                ) from None
            if growth > MAX_ALIAS_GROWTH:
                raise FactcheckError(
                    "YAML aliases (*name) expand this file past any sensible size",
                    path=shown,
                    line=alias_line or None,
                    hint="write the values out instead of repeating an alias",
                )
            if depth > MAX_DEPTH:
                raise FactcheckError(deep, path=shown, hint="flatten it")
            return loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or "invalid YAML"
        raise FactcheckError(f"invalid YAML: {what}", path=shown, line=mark.line + 1 if mark else None, hint="fix the YAML syntax") from None
    except yaml.reader.ReaderError as exc:
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        raise FactcheckError(
            f"invalid YAML: the character U+{ord(char):04X} is not allowed",
            path=shown,
            line=text.count("\n", 0, exc.position) + 1,
            hint="remove it, or write it as an escape inside double quotes",
        ) from None
    except yaml.YAMLError as exc:
        raise FactcheckError(f"invalid YAML: {' '.join(str(exc).split())}", path=shown, hint="fix the YAML syntax") from None


def load(path: Path, shown: str) -> Any:
    return parse(read_text(path, shown), shown)
