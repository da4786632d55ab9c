"""Records as plain JSON data, and back with every field checked: Claim, Source, ClaimCard ... <-> lists.

The claim cache (corpus/cache.py) stores records through this module and nothing else, so
what it reads back can only ever be data: a record is a JSON array of its fields in
declaration order, and which record it is comes from where it is read (the declared type
of the field or row), never from the data. Decoding builds only the records registered
in RECORDS, only through their __init__, and only from values of each field's declared
type (`int | None`, `tuple[Provenance, ...]`, `dict[str, Any]` ...); anything else raises
CodecError, and the cache treats that as a cache to rebuild.

`Any` fields (`Value.value`, `Value.fields`) hold what the YAML loader gave: str, int,
float, bool, None, lists and string-keyed mappings, which JSON keeps exactly (1 and 1.0
and True stay apart). YAML can also give what JSON cannot keep (`!!timestamp` dates,
`!!binary` bytes, `!!set`, tuples from `!!omap`, non-string keys): encoding such a value
raises CodecError, so that project is not cached (every run builds) rather than cached
wrong. Mappings come back as plain dicts (the loader's LineDict line numbers are only
read while loading, never from a Value).
"""

from __future__ import annotations

import dataclasses
import itertools
import types
import typing
from collections.abc import Callable
from typing import Any, NamedTuple

from factcheck.corpus.index import ClaimCard
from factcheck.model import Attribute, Claim, DateSpan, Entity, Provenance, Published, Quantity, Source, Value


class CodecError(ValueError):
    """Data that is not what the declared type says: a cache to ignore, or a value JSON cannot keep."""


Encode = Callable[[Any], Any]
Decode = Callable[[Any], Any]

# The only records data may build. A field typed with a record not listed here is a
# programming error, raised when this module is imported (and by the tests).
RECORDS: tuple[type, ...] = (Attribute, Claim, ClaimCard, DateSpan, Entity, Provenance, Published, Quantity, Source, Value)

_NONE: type = type(None)
_JSON = frozenset({str, int, float, bool, _NONE, list, dict})  # all json.loads ever returns
_STRINGS = frozenset({str})


class _Codec(NamedTuple):
    encode: Encode
    accepts: frozenset[type]  # the JSON types the stored value may have
    decode: Decode | None  # what turns it into the field's value; None: it already is
    empty: Any = None  # a collection's value when stored as [] (most are): no call to decode
    many: Decode | None = None  # decodes a list of them at once (records of scalar fields)
    items: tuple[frozenset[type], type] | None = None  # a collection of scalars: (their types, the collection)


def _fail(value: Any, what: str) -> typing.NoReturn:
    raise CodecError(f"expected {what}, got {type(value).__name__}")


def _scalar(*kinds: type) -> _Codec:
    accepts = frozenset(kinds)

    def encode(value: Any) -> Any:
        if type(value) not in accepts:  # exact types: a str is not an int, and JSON keeps 1, 1.0 and true apart
            _fail(value, " or ".join(k.__name__ for k in kinds))
        return value

    return _Codec(encode, accepts, None)


def _plain(value: Any) -> Any:
    """A YAML value JSON keeps exactly, checked all the way down (encoding only: JSON gives nothing else)."""
    kind = type(value)
    if value is None or kind is str or kind is int or kind is float or kind is bool:
        return value
    if kind is list:
        return [_plain(item) for item in value]
    if isinstance(value, dict):  # the loader's LineDict too
        return {_key(k): _plain(v) for k, v in value.items()}
    _fail(value, "a YAML scalar, list or mapping")


def _key(key: Any) -> str:
    if type(key) is not str:
        _fail(key, "a string key")
    return key


def _optional(inner: _Codec) -> _Codec:
    def encode(value: Any) -> Any:
        return None if value is None else inner.encode(value)

    decode = None
    if inner.decode is not None:
        inner_decode = inner.decode

        def decode(value: Any) -> Any:
            return None if value is None else inner_decode(value)

    return _Codec(encode, inner.accepts | {_NONE}, decode)


def _sequence(inner: _Codec, kind: type) -> _Codec:
    def encode(value: Any) -> Any:
        if type(value) is not kind:
            _fail(value, kind.__name__)
        items: Any = value
        if kind is frozenset:
            items = sorted(items)  # a set's order changes from run to run
        return [inner.encode(item) for item in items]

    accepts, inner_decode = inner.accepts, inner.decode
    many = inner.many

    def decode(value: list[Any]) -> Any:
        if not accepts.issuperset(map(type, value)):  # a card's thousands of stems: one pass in C
            _fail(value, f"a list of {kind.__name__} items")
        if inner_decode is None:
            return kind(value)
        return kind(many(value) if many is not None else [inner_decode(item) for item in value])

    items = (accepts, kind) if inner_decode is None else None
    return _Codec(encode, frozenset({list}), decode, empty=kind(), items=items)


def _mapping(inner: _Codec) -> _Codec:
    def encode(value: Any) -> Any:
        if type(value) is not dict:
            _fail(value, "a dict")
        return {_key(k): inner.encode(v) for k, v in value.items()}

    accepts, inner_decode = inner.accepts, inner.decode

    def decode(value: dict[str, Any]) -> Any:  # JSON object keys are always strings
        if not accepts.issuperset(map(type, value.values())):
            _fail(value, "a mapping of the declared values")
        return value if inner_decode is None else {k: inner_decode(v) for k, v in value.items()}

    return _Codec(encode, frozenset({dict}), None if accepts == _JSON and inner_decode is None else decode)


def _codec(hint: Any) -> _Codec:
    if hint is Any:
        return _Codec(_plain, _JSON, None)
    if hint is str or hint is bool:
        return _scalar(hint)
    if hint is int:  # bool is an int to the type system, and the loader keeps `line: true` as one
        return _scalar(int, bool)
    if hint is float:  # a figure may be an int (3 for "tripled")
        return _scalar(int, float)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is types.UnionType and len(args) == 2 and _NONE in args:
        return _optional(_codec(next(a for a in args if a is not _NONE)))
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _sequence(_codec(args[0]), tuple)
    if origin is frozenset:
        return _sequence(_codec(args[0]), frozenset)
    if origin is dict and args[0] is str:
        return _mapping(_codec(args[1]))
    if hint in RECORDS:
        record = Record(hint)
        return _Codec(record.encode, frozenset({list}), record.decode, many=record.decode_many if record.flat else None)
    raise TypeError(f"codec: no JSON form for {hint!r}")  # a new field type: teach _codec about it


class Record:
    """One record type's codec. A field named in `given` is not stored: the caller supplies it."""

    def __init__(self, cls: type, given: tuple[str, ...] = ()) -> None:
        hints = typing.get_type_hints(cls)
        names = [f.name for f in dataclasses.fields(cls)]
        self.cls = cls
        self.names = tuple(name for name in names if name not in given)
        if len(given) > 1:
            raise TypeError("codec: one field at most is given by the caller")
        self._given = names.index(given[0]) if given else None
        codecs = [_codec(hints[name]) for name in self.names]
        self._encoders = tuple(c.encode for c in codecs)
        # Every combination of the fields' JSON types, for one set lookup per record (at most a few dozen:
        # optional fields and numbers double it, an `Any` field multiplies it by seven).
        self._shapes = frozenset(itertools.product(*(sorted(c.accepts, key=lambda t: t.__name__) for c in codecs)))
        self._sequences = tuple((at, c.items[0], c.items[1], c.empty) for at, c in enumerate(codecs) if c.items is not None)
        self._calls = tuple((at, c.decode, c.empty) for at, c in enumerate(codecs) if c.decode is not None and c.items is None)
        self._size = len(self.names)
        self.flat = not self._sequences and not self._calls and self._given is None  # scalar fields only

    def encode(self, obj: Any) -> list[Any]:
        if type(obj) is not self.cls:
            _fail(obj, self.cls.__name__)
        return [encode(getattr(obj, name)) for encode, name in zip(self._encoders, self.names, strict=True)]

    def decode(self, data: Any, given: Any = None) -> Any:
        """The record from `data` as json.loads gave it (a list this call may change in place).

        `given` is the value of the one field not stored (Source.text, ClaimCard.claim).
        """
        if type(data) is not list or tuple(map(type, data)) not in self._shapes:  # the count and type of every field
            _fail(data, f"{self.cls.__name__}: {self._size} fields of their declared types")
        for at, accepts, kind, empty in self._sequences:  # stems, entity ids: checked here, saving a call each
            item = data[at]
            if item == []:
                data[at] = empty
            elif accepts.issuperset(map(type, item)):
                data[at] = kind(item)
            else:
                _fail(item, "a list of scalars of the declared type")
        for at, decode, empty in self._calls:
            item = data[at]
            data[at] = empty if empty is not None and item == [] else decode(item)
        if self._given is not None:
            data.insert(self._given, given)
        return self.cls(*data)

    def decode_many(self, rows: list[Any]) -> list[Any]:
        """Records of scalar fields only (Provenance, DateSpan ...) from a list of lists."""
        shapes = self._shapes
        for row in rows:
            if type(row) is not list or tuple(map(type, row)) not in shapes:
                _fail(row, f"{self.cls.__name__}: {self._size} fields of their declared types")
        return list(itertools.starmap(self.cls, rows))


CLAIM = Record(Claim)
ENTITY = Record(Entity)
SOURCE = Record(Source, given=("text",))  # a file's sections share its text: stored once per file
CARD = Record(ClaimCard, given=("claim",))  # the claim is stored once, in its claims file's row


def strings(data: Any) -> list[str]:
    """A JSON list of strings, checked."""
    if type(data) is not list or not _STRINGS.issuperset(map(type, data)):
        _fail(data, "a list of strings")
    return data
