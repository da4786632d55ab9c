"""A bounded memo of answers that hold for one set of owners (a name index, a lexicon's words).

The comparers ask the same questions of the same texts for every sentence of a run ("what sort of
name is 'Minot'?", "what are this evidence's name slots?"). The answers are kept while the owners
are the same objects (held, so their ids are never reused by others) and dropped when they change
or when the memo is full, so memory stays bounded on any input.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(Generic[K, V]):
    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._owners: tuple[object, ...] = ()
        self._found: dict[K, V] = {}

    def get(self, owners: tuple[object, ...], key: K, make: Callable[[], V]) -> V:
        """The answer for `key` under `owners`, made by `make()` the first time it is asked."""
        same = len(owners) == len(self._owners) and all(a is b for a, b in zip(owners, self._owners, strict=True))
        if not same or len(self._found) >= self._limit:
            self._found.clear()
            self._owners = owners
        if key not in self._found:
            self._found[key] = make()
        return self._found[key]
