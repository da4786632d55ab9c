"""Where a path inside a YAML document stands: (document, ("claims", 3, "kind")) -> 1-based line:col.

The loader keeps only each mapping's first line; `factcheck check` wants the exact key or
value a problem is about, so the node tree is composed again, lazily, only for a document
that has findings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

YamlPath = tuple[str | int, ...]


@dataclass(slots=True)
class YamlDoc:
    """One YAML document as read: a claims file, a sidecar, or a source's front matter."""

    shown: str  # the file, as shown to users
    text: str  # the YAML text (for front matter: only the lines between the --- markers)
    data: Any
    first_line: int = 1  # the file line of the text's first line
    _root: Any = field(default=None, repr=False)
    _composed: bool = field(default=False, repr=False)

    def _node(self) -> Any:
        if not self._composed:
            self._composed = True
            try:
                self._root = yaml.compose(self.text, Loader=_Loader)
            except yaml.YAMLError:
                self._root = None  # the loader already reported it; fall back to mapping lines
        return self._root

    def where(self, path: YamlPath, *, key: bool = False) -> tuple[int, int]:
        """(line, column) of the deepest node along `path`; with key=True, of the last key itself."""
        node = self._node()
        if node is None:
            return self._mapping_line(path), 1
        found, key_node = node, None
        for step in path:
            if isinstance(found, yaml.MappingNode):
                pair = next(((k, v) for k, v in found.value if isinstance(k, yaml.ScalarNode) and k.value == str(step)), None)
                if pair is None:
                    break
                key_node, found = pair
            elif isinstance(found, yaml.SequenceNode) and isinstance(step, int) and 0 <= step < len(found.value):
                key_node, found = None, found.value[step]
            else:
                break
        mark = (key_node if key and key_node is not None else found).start_mark
        return mark.line + self.first_line, mark.column + 1

    def _mapping_line(self, path: YamlPath) -> int:
        # The deepest mapping's own line, for a document that could not be composed.
        line, item = getattr(self.data, "line", 1) or 1, self.data
        for step in path:
            item = _step(item, step)
            if item is None:
                break
            line = getattr(item, "line", 0) or line
        return line + self.first_line - 1

    def get(self, path: YamlPath) -> Any:
        """The value at `path`, or None when the path does not exist."""
        item = self.data
        for step in path:
            item = _step(item, step)
        return item


def _step(item: Any, step: str | int) -> Any:
    if isinstance(item, dict):
        return item.get(step)
    if isinstance(item, list) and isinstance(step, int) and 0 <= step < len(item):
        return item[step]
    return None
