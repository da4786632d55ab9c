"""Fill provenance anchors in claim files: quote -> verbatim quote + line/prefix/suffix.

Curators type quotes by hand; this finds each one in its source even when the typed
spaces, quote marks or dashes differ, replaces it with the source's exact characters and
records where it stands. Used as `python -m factcheck.corpus.fill claims/FILE.yaml ...`.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from factcheck.corpus import anchor, yamlload
from factcheck.corpus.sources import load_sources
from factcheck.fileout import dump_yaml as dump
from factcheck.fileout import write_atomic
from factcheck.model import Source

_CLASSES = {
    "'": "['\u2018\u2019\u02bc]",
    "\u2018": "['\u2018\u2019]",
    "\u2019": "['\u2018\u2019]",
    '"': '["\u201c\u201d]',
    "\u201c": '["\u201c\u201d]',
    "\u201d": '["\u201c\u201d]',
    "-": "[-\u2013\u2014]",
    "\u2013": "[-\u2013\u2014]",
    "\u2014": "[-\u2013\u2014]",
}


def loose_pattern(quote: str) -> re.Pattern[str]:
    """A regex matching `quote` with any run of whitespace and any quote-mark or dash style."""
    parts = []
    for word in quote.split():
        parts.append("".join(_CLASSES.get(ch, re.escape(ch)) for ch in word))
    return re.compile(r"\s+".join(parts))


def locate(source: Source, quote: str) -> tuple[int, int] | None:
    """Offsets of the quote inside the source's section: exact first, then loosely."""
    body = source.body
    at = body.find(quote)
    if at >= 0:
        return source.start + at, source.start + at + len(quote)
    match = loose_pattern(quote).search(body)
    if match:
        return source.start + match.start(), source.start + match.end()
    return None


def _fill_entry(entry: dict[str, Any], sources: dict[str, Source], problems: list[str]) -> None:
    source = sources.get(str(entry.get("source")))
    quote = str(entry.get("quote") or "")
    if source is None:
        problems.append(f"unknown source {entry.get('source')!r} (line {getattr(entry, 'line', '?')})")
        return
    where = locate(source, quote)
    if where is None:
        problems.append(f"not in {source.id}: {quote[:70]!r} (line {getattr(entry, 'line', '?')})")
        return
    found = anchor.make(source.text, *where)
    entry["quote"] = source.text[where[0] : where[1]]
    entry["line"] = found.line
    entry["prefix"] = found.prefix
    entry["suffix"] = found.suffix


def _walk(node: Any, sources: dict[str, Source], problems: list[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "provenance" and isinstance(value, list):
                for entry in value:
                    if isinstance(entry, dict):
                        _fill_entry(entry, sources, problems)
            else:
                _walk(value, sources, problems)
    elif isinstance(node, list):
        for item in node:
            _walk(item, sources, problems)


def fill_file(path: Path, root: Path) -> list[str]:
    sources = load_sources(root)
    data = yamlload.load(path, str(path))
    problems: list[str] = []
    _walk(data, sources, problems)
    write_atomic(path, dump(data))
    return problems


def main(argv: list[str]) -> int:
    root = Path.cwd()
    status = 0
    for name in argv:
        for problem in fill_file(Path(name), root):
            print(f"{name}: {problem}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
