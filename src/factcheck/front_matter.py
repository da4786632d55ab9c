"""A draft's YAML front matter: its metadata, where its body starts, and its date (`date:`), the draft's as-of
date. Read by draft.parse_draft; a front matter that cannot be read is a one-line error naming the file and line.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from factcheck.corpus import yamlload
from factcheck.errors import FactcheckError
from factcheck.lexicon import lexicon

_OPEN = re.compile(r"\ufeff?---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M)
_KEYLIKE = re.compile(r"[ \t]*[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|\r?$)", re.M)
_DATE_HINT = "write `date: YYYY-MM-DD` (or YYYY-MM, YYYY)"


def front_matter(text: str, shown: str) -> tuple[dict[str, Any], int, str | None]:
    """(metadata, offset where the body starts, as-of date); ({}, 0, None) without front matter."""
    opened = _OPEN.match(text)
    if not opened:
        return {}, 0, None
    closed = _CLOSE.search(text, opened.end())
    if not closed:
        if _KEYLIKE.match(text, opened.end()):
            raise FactcheckError("front matter has no closing `---` line", path=shown, line=1, hint="end the front matter with a line holding only ---")
        return {}, 0, None  # a thematic break, not front matter
    source = text[opened.end() : closed.start()]
    try:
        meta = yamlload.parse(source, shown)
    except FactcheckError as exc:
        # yamlload counts lines from the YAML; it starts on the file's line 2.
        raise FactcheckError(
            f"unreadable front matter: {exc.message}", path=shown, line=(exc.line or 0) + 1, hint="fix the YAML between the --- lines"
        ) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise FactcheckError("front matter is not a mapping of keys to values", path=shown, line=2, hint="write `key: value` lines between the --- lines")
    body = closed.end() + (1 if text.startswith("\n", closed.end()) else 0)
    dated = None
    if meta.get("date") not in (None, ""):
        where = re.search(r"^date[ \t]*:", source, re.M)
        line = source.count("\n", 0, where.start()) + 2 if where else 2
        dated = as_of(meta["date"], shown, line)
    return dict(meta), body, dated


def as_of(value: Any, shown: str, line: int) -> str:
    """A front matter date as "YYYY-MM-DD", "YYYY-MM" or "YYYY"."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    raw = str(value).strip()
    year = month = day = None
    iso = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}.*)?", raw)
    named = re.fullmatch(r"([A-Za-z]{3,9})\.?(?:\s+(\d{1,2}),?)?\s+(\d{4})", raw)
    if iso and not isinstance(value, bool):
        year, month, day = (int(g) if g else None for g in iso.groups())
    # A month by its first three letters, as front matter is typed: "Sept.", "September", even "Febuary".
    elif named and (named_month := lexicon().month_number(named.group(1)[:3])):
        year, month = int(named.group(3)), named_month
        day = int(named.group(2)) if named.group(2) else None
    try:
        if year is None:
            raise ValueError(raw)
        dt.date(year, month or 1, day or 1)
    except ValueError:
        raise FactcheckError(f"front matter `date: {raw}` is not a date", path=shown, line=line, hint=_DATE_HINT) from None
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"
