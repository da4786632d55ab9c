"""Cut a source into paragraphs and sentences with their offsets: Source -> Doc.

The same sentence splitter that reads drafts (segment.split) reads sources, so a claim's
provenance quote is exactly the sentence a draft's sentence is compared with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.corpus import anchor
from factcheck.model import Source
from factcheck.segment import split
from factcheck.textutil import title_cased

_PARAGRAPH = re.compile(r"\n[ \t\r\u00a0]*\n")
_SPACES = str.maketrans("\r\n\t\u00a0", "    ")
# A list item's marker at a line's start: "- ", "* ", "• ", "1. ", "2) ". Each item is a block of its own, as in
# Markdown: "- $12.75 million to the Imperial Irrigation District ...;" is one claim, not part of the list's.
_ITEM = re.compile(r"^[ \t]*(?:[-*•‣◦▪]|\d{1,2}[.)])[ \t]+", re.M)
# A section heading on a line of its own: "3. BERTH 4 WHARF REHABILITATION (Resolution 2026-41)", "OLD BUSINESS".
_HEADING = re.compile(r"(?P<number>(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]?[ \t]+)?(?P<title>[^\n]{3,100})")
_ASIDE = re.compile(r"\([^()\n]*\)")
_LOWER = re.compile("[a-z]")  # prose under a heading; a signature block is capitals throughout


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int  # offsets into source.text (the whole file's text)
    end: int
    text: str  # the verbatim sentence with line breaks as spaces: same length, offsets 1:1
    paragraph: int  # index into Doc.paragraphs

    @property
    def verbatim(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Doc:
    source: Source
    paragraphs: tuple[tuple[int, int], ...]  # (start, end) offsets into source.text, trimmed
    sentences: tuple[Sentence, ...]
    starts: tuple[int, ...]  # line starts of source.text, for anchoring
    # per paragraph, the heading of the section it is in ("" if none): what a roll call's "The motion carried
    # 5-2." is about is in the item's heading, not in its own words
    headings: tuple[str, ...] = ()
    heads: frozenset[int] = frozenset()  # the paragraphs that are headings

    def quote(self, start: int, end: int) -> str:
        return self.source.text[start:end]

    def provenance(self, start: int, end: int) -> dict[str, object]:
        """A provenance entry for the text between two offsets: verbatim quote, line, prefix, suffix."""
        found = anchor.make(self.source.text, start, end, list(self.starts))
        return {"source": self.source.id, "quote": self.source.text[start:end], "line": found.line, "prefix": found.prefix, "suffix": found.suffix}

    def paragraph_text(self, index: int) -> str:
        start, end = self.paragraphs[index]
        return self.source.text[start:end]


def read(source: Source) -> Doc:
    text = source.text
    paragraphs: list[tuple[int, int]] = []
    titles: set[int] = set()  # the paragraphs that are a heading split from the text under it
    at = source.start
    for match in [*_PARAGRAPH.finditer(text, source.start, source.end), None]:
        stop = match.start() if match else source.end
        chunk = text[at:stop]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            start, end = at + lead, at + len(chunk.rstrip())
            title = _heading(text, start, end, numbered=True) if "\n" in text[start:end] else None
            if title is not None and _LOWER.search(text, text.index("\n", start), end):
                # the heading opens the paragraph: a block of its own, not the first words of its first sentence
                paragraphs.append((title[0], title[1]))
                titles.add(len(paragraphs) - 1)
                start = text.index("\n", start) + 1
                start += len(text[start:end]) - len(text[start:end].lstrip())
            paragraphs.extend(_items(text, start, end))
        if match:
            at = match.end()
    sentences = []
    headings: list[str] = []
    heads: set[int] = set()
    current = ""
    prose = False  # a banner over the first prose ("FOR IMMEDIATE RELEASE") heads no section
    for index, (start, end) in enumerate(paragraphs):
        chunk = text[start:end]
        title = (start, end) if index in titles else _heading(text, start, end) if "\n" not in chunk else None
        if title is not None:
            current = " ".join(text[title[0] : title[1]].split()) if prose else ""
            heads.add(index)
        elif len(chunk.split()) >= 8 and _LOWER.search(chunk) and chunk.rstrip()[-1] in '.!?"”':  # a sentence, not an address block
            prose = True
        headings.append("" if title is not None else current)
        for a, z in split(chunk):
            sentences.append(Sentence(start + a, start + z, chunk[a:z].translate(_SPACES), index))
    if len(heads) < 2:  # one capitalised line is a headline or a label, not a document's sections
        headings, heads = [""] * len(paragraphs), set()
    return Doc(source, tuple(paragraphs), tuple(sentences), tuple(anchor.line_starts(text)), tuple(headings), frozenset(heads))


def _heading(text: str, start: int, end: int, *, numbered: bool = False) -> tuple[int, int] | None:
    """The offsets of a section heading's title (without its number) on the first line from `start`: its
    words in capitals but for asides in parentheses, with no sentence's closing stop. `numbered`: a
    numbered line over the text of its item may be in title case ("7.1 Lincoln Elementary Roof Replacement")."""
    line_end = text.find("\n", start, end)
    line_end = end if line_end < 0 else line_end
    found = _HEADING.fullmatch(text, start, len(text[:line_end].rstrip()))
    if found is None:
        return None
    title = found.group("title")
    bare = _ASIDE.sub(" ", title)
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", bare)
    # one word is a label ("PRESENT", "SIGNED") unless it is numbered as an item of the agenda: "7. ADJOURNMENT"
    if len(words) < (1 if found.group("number") else 2) or title.rstrip()[-1] in ".:;,!?":
        return None
    if not all(w.isupper() for w in words) and not (numbered and found.group("number") and title_cased(bare)):
        return None
    return found.start("title"), found.end("title")


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph's list items, each from after its marker to the next item; the paragraph itself when it
    holds fewer than two (a line that opens "- " alone may be a dash, not a list). A plain-text table's
    rows ("Ammonia Safety Fund grants     $500,000     $250,000"), laid out in columns, are a row each, and so
    are the lines of a block of labelled lines ("Budget workshop: ...", "Regular meeting: ...")."""
    marks = list(_ITEM.finditer(text, start, end))
    rows = _rows(text, start, end)
    if rows:
        return rows
    if len(marks) < 2:
        return [(start, end)]
    blocks = [(start, marks[0].start())] if text[start : marks[0].start()].strip() else []
    stops = [m.start() for m in marks[1:]] + [end]
    for m, stop in zip(marks, stops, strict=True):
        after = _prose_after(text, m.end(), stop)
        blocks.extend([(m.end(), after), (after, stop)] if after < stop else [(m.end(), stop)])
    return [(a, a + len(text[a:z].rstrip())) for a, z in blocks if text[a:z].strip()]


# A hard-wrapped line runs about this wide: a line of an item shorter or longer than that, or closed by a stop, ends it.
WRAPPED = (60, 100)
_STOPS = ".!?;:"


def _prose_after(text: str, start: int, end: int) -> int:
    """Where a list item's text gives way to a line of prose flush at the left margin, opening with a capital, after a
    line that was no hard-wrapped part of the item ("- Foundation campaign: $2.0 million" then "The $7.5 million grant
    comes from ..."); else `end`."""
    line_start = start
    while True:
        line_end = text.find("\n", line_start, end)
        if line_end < 0:
            return end
        said = text[line_start:line_end].rstrip()
        nxt = line_end + 1
        if nxt < end and text[nxt : nxt + 1].isupper():
            width = len(said) + (line_start - text.rfind("\n", 0, line_start) - 1)
            if said.endswith(tuple(_STOPS)) or not WRAPPED[0] <= width <= WRAPPED[1]:
                return nxt
        line_start = nxt


_LABELLED = re.compile(r"[A-Z][\w ’'()/-]{0,40}:\s+\S")  # a line that opens on a label
_SIGNED = re.compile(r"[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){1,3},\s")  # a line that opens on a name and its comma
SIGNED_WORDS = 14
_COLUMNS = re.compile(r"\S(?: {3,}|\t+|[ \t]+\|[ \t]+)\S")  # cells parted by runs of blanks or tabs, or by a bar: "$38.5 million | 20.7%"


def _rows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of a paragraph laid out in columns, each a block of its own; none when most are prose."""
    lines = []
    at = start
    for line in text[start:end].split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            lines.append((at + lead, at + len(line.rstrip())))
        at += len(line) + 1
    columned = sum(1 for a, z in lines if _COLUMNS.search(text, a, z))
    labelled = sum(1 for a, z in lines if _LABELLED.match(text, a, z))  # "Regular meeting: Thursday, December 10, 2026"
    if len(lines) >= 3 and columned >= len(lines) - 1 or len(lines) >= 2 and labelled >= len(lines) - 1 and labelled >= 2:
        return lines
    # a signature block, a line to each signer: "Brenda Kohler, organizer, 4410 Pettit Road" then "Luis Ortega, organizer,
    # Ortega Family Dairy, 3902 Pettit Road" (run together, the last line's dairy took every signer's post)
    if len(lines) >= 2 and all(_SIGNED.match(text, a, z) and len(text[a:z].split()) <= SIGNED_WORDS and text[z - 1] not in ".!?" for a, z in lines):
        return lines
    return []
