"""Read `sources/`: each document's text and metadata (sidecar NAME.yaml or front matter) -> Sources.

A file may hold several documents as `sections`, each its own Source over a slice of the
file's text, so one quote lookup works the same for whole files and sections.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from factcheck.corpus import yamlload
from factcheck.errors import FactcheckError
from factcheck.model import Published, Source

SOURCE_SUFFIXES = (".txt", ".md", ".markdown", ".text")
_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)


def split_front_matter(text: str, shown: str) -> tuple[dict[str, Any], int]:
    """(metadata, offset where the body starts); ({}, 0) when there is no front matter."""
    match = _FRONT.match(text)
    if not match:
        return {}, 0
    meta = yamlload.parse(match.group(1) or "", shown)
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise FactcheckError("front matter is not a mapping of keys to values", path=shown, line=2, hint="write `key: value` lines between the --- markers")
    return meta, match.end()


def _published(meta: dict[str, Any]) -> Published | None:
    pub = meta.get("published")
    if isinstance(pub, dict) and pub.get("date"):
        return Published(str(pub["date"]), str(pub.get("precision") or _precision(str(pub["date"]))), str(pub.get("basis") or ""))
    if isinstance(pub, str | int):
        return Published(str(pub), _precision(str(pub)))
    date = meta.get("date")  # the front matter convention of static-site generators ("2020-06-01 10:30:00 -0500")
    found = re.match(r"(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:$|[ T])", str(date).strip()) if isinstance(date, str | int) else None
    if found:
        return Published(found.group(1), _precision(found.group(1)), "metadata `date:`")
    return None


def _dateline(body: str, meta: dict[str, Any]) -> Published | None:
    # A source without a `published` date may still date itself in a dateline (issue 4).
    if meta.get("published") or meta.get("date"):
        return None
    from factcheck.corpus import dateline

    return dateline.find(body)


def _precision(date: str) -> str:
    return {1: "year", 2: "month"}.get(date.count("-") + 1, "day")


def _source(
    meta: dict[str, Any], default_id: str, shown: str, text: str, start: int, end: int, meta_path: str, inherited: dict[str, Any] | None = None
) -> Source:
    merged = dict(inherited or {})
    merged.update(meta)
    return Source(
        id=str(merged.get("id") or default_id),
        path=shown,
        text=text,
        start=start,
        end=end,
        title=str(merged.get("title") or ""),
        kind=str(merged.get("kind") or ""),
        publisher=str(merged.get("publisher") or ""),
        author=str(merged.get("author") or ""),
        url=str(merged.get("url") or ""),
        place=str(merged.get("place") or ""),
        published=_published(merged) or _dateline(text[start:end], merged),
        meta_path=meta_path,
        meta_line=getattr(meta, "line", 1) or 1,
    )


def read_source(path: Path, shown: str) -> tuple[list[Source], dict[str, Any], str]:
    """The sources one file holds, with the raw metadata and where it came from."""
    text = yamlload.read_text(path, shown)
    meta, body_start = split_front_matter(text, shown)
    meta_path = shown
    sidecar = path.with_suffix(".yaml")
    if sidecar.exists():
        sidecar_shown = str(Path(shown).with_suffix(".yaml"))
        side = yamlload.load(sidecar, sidecar_shown) or {}
        if not isinstance(side, dict):
            raise FactcheckError("source metadata is not a mapping", path=sidecar_shown, line=1, hint="write `title:`, `published:` ... keys")
        merged = dict(side)
        merged.update(meta)  # the document's own front matter wins
        meta, meta_path = type(side)(merged), sidecar_shown
        meta.line = getattr(side, "line", 1)  # type: ignore[attr-defined]
    sections = meta.get("sections")
    if not sections:
        return [_source(meta, default_id(shown), shown, text, body_start, len(text), meta_path)], meta, meta_path
    inherited = {k: v for k, v in meta.items() if k not in ("sections", "id", "title")}
    starts: list[tuple[int, dict[str, Any]]] = []
    for section in sections:
        anchor = str(section.get("starts_at") or "")
        at = text.find(anchor, body_start) if anchor else body_start
        if at < 0:
            raise FactcheckError(
                f"section {section.get('id')!r}: starts_at text not found in {shown}",
                path=meta_path,
                line=getattr(section, "line", None),
                hint="copy the first words of the section verbatim",
            )
        starts.append((text.rfind("\n", 0, at) + 1, section))
    starts.sort(key=lambda item: item[0])
    found = []
    for index, (start, section) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(text)
        found.append(_source(section, f"{path.stem}-{index + 1}", shown, text, start, end, meta_path, inherited))
    return found, meta, meta_path


def source_files(folder: Path) -> list[Path]:
    """Every document under `folder`, sub-folders too (a corpus arrives as it was filed), hidden ones aside."""
    return sorted(
        p for p in folder.rglob("*") if p.is_file() and p.suffix in SOURCE_SUFFIXES and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def shown_path(folder: Path, path: Path) -> str:
    return "sources/" + path.relative_to(folder).as_posix()


def default_id(shown: str) -> str:
    """`sources/sub/post.md` -> `sub-post`; a top-level file keeps its stem."""
    return str(Path(shown.removeprefix("sources/")).with_suffix("")).replace("/", "-").replace("\\", "-")


def load_sources(root: Path) -> dict[str, Source]:
    folder = root / "sources"
    if not folder.is_dir():
        return {}
    found: dict[str, Source] = {}
    for path in source_files(folder):
        for source in read_source(path, shown_path(folder, path))[0]:
            if source.id in found:
                raise FactcheckError(
                    f"source id {source.id!r} is used twice (also in {found[source.id].path})",
                    path=source.meta_path,
                    line=source.meta_line,
                    hint="give each source its own `id`",
                )
            found[source.id] = source
    return found
