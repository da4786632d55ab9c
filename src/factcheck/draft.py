"""Read a draft: a Markdown or text file with optional YAML front matter -> Draft.

`Draft.prose` has exactly the length of `Draft.text`. Everything a writer does not state
as prose is blanked to spaces, line breaks kept: front matter, fenced and indented code,
inline code, HTML blocks, inline HTML and comments, link targets and reference
definitions, autolinks and bare URLs, images, and the Markdown markers themselves
(heading #'s, list bullets, `>`, table pipes and separator rows, emphasis `*` `_` `~~`).
So an offset into `prose` is the same offset into the file, and `Draft.line_col` turns
it into the file's 1-based line and column.

Markdown is parsed with markdown-it-py (imported on first use: it costs ~60 ms) for the
block structure; each block's inline source is then lined up against the file's lines
and scanned here, because markdown-it's inline tokens carry no positions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from factcheck.corpus import yamlload
from factcheck.corpus.anchor import line_col, line_starts
from factcheck.errors import FactcheckError
from factcheck.front_matter import front_matter
from factcheck.inline import inline_masks
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon

BLOCK_KINDS = ("heading", "paragraph", "list_item", "blockquote", "table_cell")
PLAIN_SUFFIXES = (".txt", ".text")

Block = tuple[int, int, str]  # (start, end, kind): offsets into the text


@dataclass(frozen=True, slots=True)
class Draft:
    path: str  # as shown to users
    text: str  # the file's text, unchanged
    prose: str  # same length as text; what is not prose is blanked to spaces
    as_of: str | None = None  # front matter `date:` as YYYY-MM-DD, YYYY-MM or YYYY
    front_matter: dict[str, Any] = field(default_factory=dict)
    blocks: tuple[Block, ...] = ()  # prose blocks in file order
    # table cells under a column headed "Ward", "District": (start, end, heading), the number a seat's, not a figure
    seats: tuple[tuple[int, int, str], ...] = ()
    # table cells under a column headed "Home town": (start, end, heading), where the row's person is from
    homes: tuple[tuple[int, int, str], ...] = ()
    # table cells that are a vote ("Yes", "No (seconded)"): (start, end, the column's heading), the row's person's on
    # the motion the heading names
    ballots: tuple[tuple[int, int, str], ...] = ()
    # every table cell: (start, end, its column's heading; in the heading row its own words), "| top Hennepin County
    # prosecutor |" under "Prior post"
    cells: tuple[tuple[int, int, str], ...] = ()
    starts: list[int] = field(default_factory=list, repr=False, compare=False)  # offsets of line starts

    def __post_init__(self) -> None:
        if not self.starts:
            object.__setattr__(self, "starts", line_starts(self.text))

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the file of a character offset."""
        line, column = line_col(self.starts, offset)
        if line == 1 and column > 1 and self.text.startswith("\ufeff"):
            column -= 1  # editors do not count a byte-order mark as a column
        return line, column


# --- reading -------------------------------------------------------------------------


# A 10 MB draft is checked in about two minutes; past this a hook would look hung.
DRAFT_LIMIT = 16 * 1024 * 1024


def read_draft(path: Path, shown: str) -> Draft:
    """Read and parse a draft file; bad input raises FactcheckError naming the file."""
    data = yamlload.read_bytes(path, shown, DRAFT_LIMIT)  # a regular file, within the limit, read once
    binary = FactcheckError("binary file (it contains NUL bytes), not a text draft", path=shown, hint="give a Markdown (.md) or text (.txt) draft")
    try:
        text = yamlload.decode(data, shown)
    except FactcheckError:
        # Say what the file is when it plainly is something else than text in another encoding.
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise FactcheckError("UTF-16 text, not UTF-8", path=shown, hint="save the file as UTF-8") from None
        if b"\x00" in data[:8192]:
            raise binary from None
        raise
    if "\x00" in text:
        raise binary
    return parse_draft(text, shown, markdown=path.suffix.lower() not in PLAIN_SUFFIXES)


def parse_draft(text: str, shown: str, *, markdown: bool | None = None) -> Draft:
    """Parse a draft's text. Markdown unless `markdown=False` or `shown` ends in .txt."""
    if markdown is None:
        markdown = not shown.lower().endswith(PLAIN_SUFFIXES)
    meta, body, as_of = front_matter(text, shown)
    starts = line_starts(text)
    seats: tuple[tuple[int, int, str], ...] = ()
    homes: tuple[tuple[int, int, str], ...] = ()
    ballots: tuple[tuple[int, int, str], ...] = ()
    cells: tuple[tuple[int, int, str], ...] = ()
    if markdown:
        prose, blocks, seats, homes, ballots, cells = _markdown(text, body, starts)
    else:
        prose = _blank(text[:body]) + text[body:].replace("\ufeff", " ")
        blocks = _paragraphs(prose)
    return Draft(
        path=shown, text=text, prose=prose, as_of=as_of, front_matter=meta, blocks=blocks, starts=starts, seats=seats, homes=homes, ballots=ballots, cells=cells
    )


def _blank(text: str) -> str:
    """Spaces for every character but line breaks."""
    return re.sub(r"[^\r\n]", " ", text)


# --- plain text ----------------------------------------------------------------------


def _paragraphs(prose: str) -> tuple[Block, ...]:
    """Blank-line separated paragraphs of a text draft: runs of lines with something on them, trimmed.

    One pass over the lines: the pattern it replaces (`[^\\n]*\\S[^\\n]*(?:\\n...)*`) was retried from
    every character of a line of spaces, quadratic on a long one (hardening issue)."""
    found: list[Block] = []
    first = -1  # where the current run of lines starts
    last = 0  # where its last line ends
    at = 0
    for line in prose.split("\n"):
        if line and not line.isspace():
            if first < 0:
                first = at
            last = at + len(line)
        elif first >= 0:
            found.append(_trimmed(prose, first, last))
            first = -1
        at += len(line) + 1
    if first >= 0:
        found.append(_trimmed(prose, first, last))
    return tuple(found)


def _trimmed(prose: str, start: int, end: int) -> Block:
    chunk = prose[start:end]
    return (start + len(chunk) - len(chunk.lstrip()), start + len(chunk.rstrip()), "paragraph")


# --- Markdown blocks -----------------------------------------------------------------


@lru_cache(maxsize=1)
def _parser() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


_CONTAINER_PREFIX = re.compile(r"(?:[ \t]*>)*[ \t]*")
_LIST_MARKER = re.compile(r"(?:[-+*]|\d{1,9}[.)])[ \t]+")


Cells = tuple[tuple[int, int, str], ...]


def _markdown(text: str, body: int, starts: list[int]) -> tuple[str, tuple[Block, ...], Cells, Cells, Cells, Cells]:
    # markdown-it turns \r\n into \n and drops nothing else that matters; giving it a copy of
    # the same length (front matter blanked, \r and BOM as spaces) keeps every offset valid,
    # and the text's line starts are the copy's.
    src = (_blank(text[:body]) + text[body:]).replace("\r", " ").replace("\ufeff", " ")
    env: dict[str, Any] = {}
    tokens = _parser().parse(src, env)
    refs = set(env.get("references", {}))

    def line_span(line: int) -> tuple[int, int]:
        end = starts[line + 1] - 1 if line + 1 < len(starts) else len(src)
        return starts[line], end

    chars = list(_blank(text))
    blocks: list[Block] = []
    containers: list[tuple[str, int]] = []  # (kind, first line)
    row: tuple[int, int, int] | None = None  # (line start, line end, cursor) of the table row
    column, numbering = -1, set[int]()  # the cell's column in its row; the columns headed "#" or "No."
    numbering_heads = lexicon().words("numbering-head")
    vote_sides = {w.lower() for w in lexicon().words("vote-side")}
    # "| | Today | New department |": a column headed by a day names when its figures hold, and states no date itself
    day_heads = {w.lower() for w in (*lexicon().words("relative-day"), *lexicon().words("now-word"))}
    # a column headed "Ward" or "District": its bare numbers name a seat, as "Ward 1" does, and count nothing
    seat_heads = {w.lower(): w for w in lexicon().words("district-word")}
    # a column headed "Home town": its cell is where the row's person is from, as "Thomas Waite of Gaylord" says
    home_heads = {w.lower() for w in lexicon().words("home-head")}
    headed: dict[int, str] = {}  # the table's seat columns, by column
    seats: list[tuple[int, int, str]] = []
    home_columns: set[int] = set()
    homes: list[tuple[int, int, str]] = []
    headings: dict[int, str] = {}  # every column's heading, by column
    ballots: list[tuple[int, int, str]] = []
    table_cells: list[tuple[int, int, str]] = []
    nesting = _parser().options["maxNesting"]
    too_deep: list[tuple[int, int, str]] = []  # (first line, end line, kind) of containers markdown-it left unread
    for i, tok in enumerate(tokens):
        kind = tok.type
        if kind in ("blockquote_open", "list_item_open"):
            containers.append((kind.removesuffix("_open"), tok.map[0] if tok.map else -1))
            if tok.map and tok.level + 1 >= nesting and i + 1 < len(tokens) and tokens[i + 1].type == kind.replace("_open", "_close"):
                too_deep.append((tok.map[0], tok.map[1], kind.removesuffix("_open")))
        elif kind in ("blockquote_close", "list_item_close"):
            containers.pop()
        elif kind == "table_open":
            numbering, headed, headings = set(), {}, {}
        elif kind in ("th_open", "td_open"):
            column += 1
        elif kind == "tr_open" and tok.map:
            column = -1
            start, end = line_span(tok.map[0])
            cursor = 0
            if containers:
                cursor = _CONTAINER_PREFIX.match(src, start, end).end() - start  # type: ignore[union-attr]
                if containers[-1][0] == "list_item" and containers[-1][1] == tok.map[0]:
                    marker = _LIST_MARKER.match(src, start + cursor, end)
                    cursor = marker.end() - start if marker else cursor
            row = (start, end, cursor)
        elif kind == "inline" and i > 0 and tok.map:
            opener = tokens[i - 1].type
            if opener in ("th_open", "td_open"):
                if row is None:
                    continue
                if opener == "th_open" and tok.content.strip().lower() in numbering_heads:
                    numbering.add(column)
                if opener == "th_open" and (head := _seat_head(tok.content, seat_heads)):
                    headed[column] = head
                if opener == "th_open" and tok.content.strip().lower() in home_heads:
                    home_columns.add(column)
                if opener == "th_open":
                    headings[column] = tok.content.strip()
                if opener == "th_open" and tok.content.strip().lower() in day_heads:
                    continue
                if opener == "td_open" and headings.get(column, "").lower() in vote_sides and _ROW_NUMBER.fullmatch(tok.content.strip()):
                    continue  # "| 7 | 2 |" under "Yes" and "No": a roll call's count of votes, no figure read alone
                if opener == "td_open" and column in numbering and _ROW_NUMBER.fullmatch(tok.content.strip()):
                    continue  # "| 7 | Arizona ... |" under "#": the row's number, no figure of the draft
                segment = _cell_segment(src, row, tok.content)
                if segment is None:
                    continue
                if opener == "td_open" and column in home_columns and _HOME_CELL.fullmatch(tok.content.strip()):
                    homes.append((segment[0], segment[1], headings[column]))  # "| Petoskey |" under "Home town": the row's home
                elif opener == "td_open" and column in headed and (seat := _SEAT.match(tok.content.strip())):
                    # "| 2 |" or "| 1 – Osage Bend |" under "Ward": the row's seat
                    seats.append((segment[0], segment[0] + seat.end(), headed[column]))
                elif opener == "td_open" and (named := _NAMED_SEAT.fullmatch(tok.content.strip())) and named.group("head").lower() in seat_heads:
                    # "| Ward 2 |" under "Seat": the row's seat, named in its cell
                    seats.append((segment[0] + named.start("number"), segment[0] + named.end("number"), seat_heads[named.group("head").lower()]))
                if opener == "td_open" and headings.get(column) and (vote := _vote_cell(None).match(tok.content.strip())):
                    ballots.append((segment[0], segment[0] + vote.end(), headings[column]))  # "| Yes (seconded) |" under "Main motion"
                table_cells.append((segment[0], segment[1], headings.get(column, "") if opener == "td_open" else tok.content.strip()))
                row = (row[0], row[1], segment[1] - row[0])
                segments, block_kind = [segment], "table_cell"
            elif opener in ("heading_open", "paragraph_open"):
                segments = _line_segments(src, tok.map[0], tok.content, line_span)
                block_kind = "heading" if opener == "heading_open" else (containers[-1][0] if containers else "paragraph")
            else:
                continue
            if segments and _reveal(text, chars, segments, inline_masks(src, segments, tok.children or [], refs)):
                blocks.append((segments[0][0], segments[-1][1], block_kind))
    for first, last, block_kind in too_deep:
        blocks.extend(_too_deep(text, src, chars, [line_span(k) for k in range(first, last)], block_kind, refs))
    return "".join(chars), tuple(sorted(blocks)), tuple(seats), tuple(homes), tuple(ballots), tuple(table_cells)


_ROW_NUMBER = re.compile(r"\d{1,4}[.)]?")


@per_lexicon
def _vote_cell(lex: Lexicon) -> re.Pattern[str]:
    """A cell that is a vote: a word of the word sets vote-yes or vote-no first ("Yes", "No (made the motion)")."""
    words = lex.words("vote-yes") | lex.words("vote-no") | lex.words("vote-cell-yes") | lex.words("vote-cell-no")
    return re.compile(rf"(?i:{alternation(words)})(?=\s*(?:\(|\Z))")


# a seat column's cell: its number alone, or before the seat's place after a dash ("1 – Osage Bend")
_SEAT = re.compile(r"\d{1,4}[.)]?(?=\s*(?:[-–—]\s|\Z))")
_NAMED_SEAT = re.compile(r"(?P<head>[A-Za-z-]+)\s+(?P<number>\d{1,3})")


# A home column's cell: a town's name, capitalised words with no figure and no punctuation of a list
_HOME_CELL = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}")


def _seat_head(heading: str, seat_heads: dict[str, str]) -> str:
    """The seat a column's heading names ("Ward"; "Sub-district" as written), or ""."""
    written = heading.strip()
    if written.lower() in seat_heads:
        return seat_heads[written.lower()]
    last = re.split(r"[\s-]", written)[-1].lower()
    return written if last in seat_heads and len(written.split()) <= 2 else ""


# Container markers at a line's start: `>` (a space after it optional), list bullets and numbers.
_MARKERS = re.compile(r"[ \t]*(?:>[ \t]*|(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$))*")


def _too_deep(text: str, src: str, chars: list[str], lines: list[tuple[int, int]], kind: str, refs: set[str]) -> list[Block]:
    """Blocks for lines nested deeper than markdown-it reads (it stops at maxNesting, 20 levels of `>`
    or of list items, and drops what is inside): each run of lines with the same markers read as plain
    prose, markers blanked; a list item starts a new block. Never passed over unread (hardening issue)."""
    found: list[Block] = []
    run: list[tuple[int, int]] = []

    def close() -> None:
        if run and _reveal(text, chars, run, inline_masks(src, run, [], refs)):
            found.append((run[0][0], run[-1][1], kind))
        run.clear()

    markers = ""
    for start, end in lines:
        marked = _MARKERS.match(src, start, end).end()  # type: ignore[union-attr]
        content = src[marked:end].rstrip(" \t")
        if not content.strip():
            close()
            continue
        if re.search(r"(?:[-+*]|\d{1,9}[.)])[ \t]*$", src[start:marked]) or "".join(src[start:marked].split()) != markers:
            close()  # a new list item, or a quotation nested deeper or less deep
        markers = "".join(src[start:marked].split())
        run.append((marked, marked + len(content)))
    close()
    return found


def _line_segments(src: str, first: int, content: str, line_span: Callable[[int], tuple[int, int]]) -> list[tuple[int, int]]:
    """Where each line of a block's inline content stands in the source.

    Every content line is its source line minus container markers and indentation (and,
    for headings, the #'s), so it is the last occurrence in that line.
    """
    found = []
    for k, piece in enumerate(content.split("\n")):
        piece = piece.strip(" \t")
        if not piece:
            continue
        start, end = line_span(first + k)
        at = src.rfind(piece, start, end)
        if at >= 0:
            found.append((at, at + len(piece)))
    return found


def _cell_segment(src: str, row: tuple[int, int, int], content: str) -> tuple[int, int] | None:
    """Where a table cell's content stands in its row; markdown-it unescapes `\\|` in it."""
    if not content:
        return None
    pattern = "".join(r"\\?\|" if ch == "|" else re.escape(ch) for ch in content)
    start, end, cursor = row
    match = re.compile(pattern).search(src, start + cursor, end)
    return (match.start(), match.end()) if match else None


def _reveal(text: str, chars: list[str], segments: list[tuple[int, int]], masks: list[tuple[int, int]]) -> bool:
    """Copy the segments' text into prose, minus the masked ranges; True if any prose is left."""
    for start, end in segments:
        chars[start:end] = text[start:end]
    for start, end in masks:
        for at in range(start, end):
            if chars[at] not in "\r\n":
                chars[at] = " "
    return any(not "".join(chars[s:e]).isspace() for s, e in segments)
