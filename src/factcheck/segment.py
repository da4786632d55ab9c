"""Segment a draft into sentences: Draft -> list[Sentence], each with its offsets in the file.

A sentence never crosses a block (heading, paragraph, list item, block quote paragraph,
table cell), so each of those is at least its own sentence. Inside a block a sentence
ends at `.`, `!`, `?` or `…` (with any closing quotes and brackets) followed by white
space and a capital, a digit or an opening quote, except:

- after an abbreviation (Sen., Gen., Apr., Minn., D-N.D., U.S., J.): a title never ends a
  sentence; other abbreviations only do when the next word is a capitalised function
  word ("... in the U.S. The next day"), never before a number ("Apr. 15");
- inside a quotation: "…here. Now we act," Heitkamp said. is one sentence; one may end
  right after the closing quote, unless an attribution follows (“Why?” Klobuchar asked.).

A line that opens on a label ("Request: $73,000 ...") starts a sentence wherever it stands.

A sentence longer than MAX_WORDS words or MAX_CHARS characters (none in news copy; a list
of 30,000 dates without a full stop) is given as windows of at most that size, each marked
with its place, and verify warns at its line that it was checked in parts.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from factcheck.draft import Draft
from factcheck.lexicon import Lexicon, alternation, per_lexicon
from factcheck.textutil import CREDIT_DASH


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int  # offsets into draft.text, surrounding white space trimmed
    end: int
    text: str  # draft.prose[start:end] with line breaks and tabs as spaces: same length, offsets 1:1
    block: int  # index into draft.blocks
    kind: str  # the block's kind: heading | paragraph | list_item | blockquote | table_cell
    window: int = 0  # for a sentence past MAX_WORDS or MAX_CHARS: which window of it this is (0, 1, ...)
    words: int = 0  # for such a sentence: its length in words (0 for every other sentence)


# Past this many words a sentence is checked in windows of at most this many: pairs of mentions
# (quotations x names, dates x quotations) grow with the square of a sentence, and 30,000 dates in
# one "sentence" never finished (hardening issue). News sentences stay under 60 words.
MAX_WORDS = 200
# And of at most this many characters: a "word" of 100,000 characters with no space in it
# ("2013-2013-...") is cut into pieces too.
MAX_CHARS = 2000


@dataclass(frozen=True, slots=True)
class _Known:
    """What the segmenter knows of English, from one lexicon."""

    titles: frozenset[str]  # stand before a name: never end a sentence ("Sen.", "Gens.", "e.g.", "Mt.")
    abbreviations: frozenset[str]  # may end a sentence, only before a capitalised function word ("Inc.", "Sept.", "Minn.")
    before_names: frozenset[str]  # usually before a capitalised name: a line break after them is hard wrapping ("U.S.")
    function_words: frozenset[str]  # capitalised: "The", "However"
    attribution: re.Pattern[str]  # “Why?” Klobuchar asked.


@per_lexicon
def _known(lex: Lexicon) -> _Known:
    """The titles, abbreviations, function words and speech verbs the segmenter reads, from the lexicon's tables."""
    dotted = [
        *(f for m in lex.months for f in m.forms if f.endswith(".")),
        *(f for d in lex.weekdays for f in d.forms if f.endswith(".")),
        *(f for s in lex.states for f in (s.ap, *s.other) if f.endswith(".")),
    ]
    titles = frozenset(f for t in lex.titles for f in (t.form, t.plural) if f and f.endswith(".") and " " not in f)
    verbs = alternation(lex.speech_forms(tenses=("past", "present")))
    return _Known(
        titles=titles | {a.form for a in lex.abbreviations if a.cls == "never"},
        abbreviations=frozenset([*(a.form for a in lex.abbreviations if a.cls != "never"), *dotted]) - titles,
        before_names=frozenset(a.form for a in lex.abbreviations if a.cls == "before-name"),
        function_words=frozenset(w.capitalize() for w in lex.words("function")),
        attribution=re.compile(rf"(?:\(?[A-Z][^\s]*\s+){{1,5}}(?:{verbs})\b(?! that)"),
    )


# Of the shipped lexicon.
TITLES = _known(None).titles
ABBREVIATIONS = _known(None).abbreviations
_PARTY_TAG = re.compile(r"[DRI][-–](?:[A-Z][a-z]*\.)+")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")
# Terminal punctuation, then closing quotes/brackets, then white space.
# The lookbehind starts a match only at the start of a run: retried inside a run of 100,000 dots, the
# run would be rescanned from every dot (quadratic).
# A sentence's end: its stops, closing marks, then footnote markers ("trafficking.¹", "said.[^2]").
# after the stop: closing marks, then superscripts, footnote marks ("[^2]") or reference marks ("[3]", "[1][3]")
_END = re.compile(r"(?<![.!?…])([.!?…]+)([\"'”’)\]]*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\^[^\]\s]{1,20}\]|\[\d{1,3}\])*)(?=\s)")
_QUOTE = re.compile(r"[“”\"]")
_SAID_ALONE = re.compile(r"[.!?]")
# a short parenthesis that ends its line: a quotation's speaker tag on a debate card, a photo credit
_TAG = re.compile(r"\((?:[^()\n\s]+[ \t]+){0,6}[^()\n\s]*[^()\n\s.!?]\)[ \t]*(?:\n|\Z)")  # no sentence of its own
_OPENERS = "\"'“‘([–—#@"  # "#" and "@": a post's hashtags and handles after its last sentence ("Aug. 18. #BobcatPride")
# a pull quote's credit: a dash, a name with its title, maybe where it was said, to the line's end
_CREDIT = re.compile(rf"{CREDIT_DASH}[ \t]*(?:[A-Z][\w.’'-]*[ \t]+){{0,4}}[A-Z][\w.’'-]*[ \t]*(?:,[^\n]{{0,80}})?(?:\n|\Z)")
_SPACE = re.compile(r"\s*")
_WORD = re.compile(r"[A-Za-z]+")
_SPACES = str.maketrans("\r\n\t", "   ")


def segment(draft: Draft, *, lex: Lexicon | None = None) -> list[Sentence]:
    """Every sentence of the draft's prose, in file order."""
    prose = draft.prose
    found = []
    for index, (start, end, kind) in _rows_joined(draft.blocks, prose):
        chunk = prose[start:end]
        # a table row is one statement: its label cell and its value cells ("Brandvold (R-Ind.) | Rejected,
        # 8-11") are never parted, though a cell's abbreviation or full stop would end a sentence in prose
        row = [(len(chunk) - len(chunk.lstrip()), len(chunk.rstrip()))] if chunk.strip() else []
        spans = row if kind == "table_cell" else split(chunk, lex=lex)
        for a, z in spans:
            pieces = _windows(chunk, a, z)
            words = 0 if len(pieces) == 1 else max(1, len(_WORDS.findall(chunk, a, z)))
            for k, (a1, z1) in enumerate(pieces):
                found.append(Sentence(start + a1, start + z1, chunk[a1:z1].translate(_SPACES), index, kind, k, words))
    return found


_WORDS = re.compile(r"\S+")
_CLAUSE_END = re.compile(r"[;,:)\]”\"]$")


def _windows(chunk: str, a: int, z: int) -> list[tuple[int, int]]:
    """(start, end) of the windows of at most MAX_WORDS words and MAX_CHARS characters a sentence is
    checked in; itself if it is short.

    A window ends after a clause (a word ending in `;`, `,`, `:` or a closing mark) in its second
    half when there is one, so fewer names and figures are parted from what they belong to.
    """
    if z - a <= MAX_CHARS and len(chunk[a:z].split(None, MAX_WORDS)) <= MAX_WORDS:
        return [(a, z)]
    words: list[tuple[int, int]] = []
    for match in _WORDS.finditer(chunk, a, z):
        start, end = match.span()
        words.extend((at, min(at + MAX_CHARS, end)) for at in range(start, end, MAX_CHARS))
    out = []
    first = 0
    while first < len(words):
        last = min(first + MAX_WORDS, len(words)) - 1
        while last > first and words[last][1] - words[first][0] > MAX_CHARS:
            last -= 1
        if last < len(words) - 1:
            for k in range(last, first + (last - first) // 2, -1):
                if _CLAUSE_END.search(chunk, words[k][0], words[k][1]):
                    last = k
                    break
        out.append((words[first][0], words[last][1]))
        first = last + 1
    return out


def _rows_joined(blocks: tuple[tuple[int, int, str], ...], prose: str) -> list[tuple[int, tuple[int, int, str]]]:
    """(index, block) with the cells of one table row joined: "Improper payments | $7.4 million" is one
    statement, its figure meaningless without the row's label (the pipes are blank in prose)."""
    joined: list[tuple[int, tuple[int, int, str]]] = []
    for index, (start, end, kind) in enumerate(blocks):
        if joined and kind == "table_cell" and joined[-1][1][2] == "table_cell" and "\n" not in prose[joined[-1][1][1] : start]:
            first, (row_start, _, _) = joined[-1]
            joined[-1] = (first, (row_start, end, kind))
        else:
            joined.append((index, (start, end, kind)))
    return joined


def split(chunk: str, *, lex: Lexicon | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence in one block's prose, trimmed of white space."""
    known = _known(lex)
    regions = _quotations(chunk)
    cuts = [m.end() for m in _END.finditer(chunk) if _ends_sentence(chunk, m, regions, known)]
    cuts = sorted(
        {
            *cuts,
            *(m.start() + 1 for m in _LABEL_LINE.finditer(chunk)),
            *(m.start() + 1 for m in _ITEM_LINE.finditer(chunk)),
            *(m.end() for m in _NAME_LINE.finditer(chunk)),
        }
    )
    spans = []
    start = 0
    for cut in [*cuts, len(chunk)]:
        piece = chunk[start:cut]
        stripped = piece.strip()
        if stripped:
            a = start + len(piece) - len(piece.lstrip())
            spans.append((a, a + len(stripped)))
        start = cut
    return spans


# A line that opens on a label ("**Request:** $73,000 ...", "Contact: Alicia Moreno-Banks") is a fact sheet's field: a
# statement of its own, though no full stop ends the line before it (the bold marks are blanks in prose). FIELD is
# the label at a sentence's start, which facts.py retrieves past (retrieve.with_field_value).
_FIELD_NAME = r"[A-Z][\w’'&/.-]*(?:[ \t]+[\w’'&/.-]+){0,3}:[ \t]"
_LABEL_LINE = re.compile(rf"\n[ \t]*{_FIELD_NAME}")
# A line that opens on an item's letter or number ("b. Turbines shall be set back ...", "2) Noise ..."): a list's next
# item in a source's text, a statement of its own though it opens in lower case
_ITEM_LINE = re.compile(r"\n[ \t]*\(?(?:[a-z]|\d{1,2})[.)][ \t]+(?=\S)")
# A line of a name alone ("**Hal Briggs**" over a comment, a byline): no sentence goes on past it to the next line of
# prose (a name over its post, "DOUGLAS P. MWANGI / SECRETARY OF STATE", is a signature block's, read whole)
_NAME_LINE = re.compile(r"(?:^|(?<=\n))[ \t]*(?:[A-Z](?:[a-z][\w’'-]*|\.)[ \t]+){0,3}[A-Z][a-z][\w’'-]*[ \t]*(?=\n[ \t]*[A-Z\"“]\S*(?:[ \t]+\S+){4})")
FIELD = re.compile(rf"\s*{_FIELD_NAME}[ \t]*(?=\S)")


def _quotations(chunk: str) -> list[tuple[int, int]]:
    """(open, close) offsets of the double-quoted stretches; an unclosed quote opens none."""
    regions = []
    opened = -1
    for match in _QUOTE.finditer(chunk):
        at, mark = match.start(), match.group()
        before = chunk[at - 1] if at else " "
        opening = mark == "“" or (mark == '"' and (before.isspace() or before in "([{–—-/"))
        if opening:
            opened = at  # a second opener means the first never closes (it runs on past the block)
        elif opened >= 0:
            regions.append((opened, at))
            opened = -1
    return regions


def _ends_sentence(chunk: str, match: re.Match[str], regions: list[tuple[int, int]], known: _Known) -> bool:
    """`regions` sorted and disjoint, as `_quotations` gives them."""
    after = match.end()
    nxt = _SPACE.match(chunk, after).end()  # type: ignore[union-attr]
    if nxt == len(chunk):
        return False  # the block's end ends it anyway
    first = chunk[nxt]
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    if first == "(" and _TAG.match(chunk, nxt):
        return False  # '"... these crimes." (Sen. Heidi Heitkamp)': a parenthesis ending the line is the sentence's tag
    if "\n" not in chunk[after:nxt] and _CREDIT.match(chunk, nxt):
        return False  # '"... these crimes." — Sen. Heidi Heitkamp': a dash and a name ending the line credit it
    stop = match.start()
    k = bisect_left(regions, (stop, -1)) - 1  # the one region that can hold `stop`: the last opened before it
    if k >= 0 and regions[k][0] < stop < regions[k][1]:
        if regions[k][1] >= after:
            return False  # inside a quotation
        said = known.attribution.match(chunk, nxt)
        if said and (match.group(1) != "." or _SAID_ALONE.match(chunk, said.end())):
            # “Why?” Klobuchar asked. After a period the quote ends a sentence, unless all that follows is
            # who said it: “... as well.” Amy Klobuchar said. ("Heitkamp said more." is a sentence.)
            return False
    if match.group(1) != ".":
        return True
    return not _abbreviation_holds(chunk, stop, nxt, known)


def _abbreviation_holds(chunk: str, dot: int, nxt: int, known: _Known) -> bool:
    """True when the word ending at `dot` is an abbreviation the sentence goes on after."""
    begin = dot
    while begin > 0 and not chunk[begin - 1].isspace():
        begin -= 1
    whole = chunk[begin : dot + 1].lstrip("([{\"'“‘")
    word = re.split(r"[-–—/]", whole)[-1]  # (D-N.D.) -> N.D.
    if word in known.titles or len(word) > 3 and word.isupper() and word.capitalize() in known.titles:
        return True  # "S. RES. 211" in an all-capitals heading is "S. Res. 211"
    shouted = len(word) > 2 and word.isupper() and "." not in word[:-1]
    if shouted:
        # a chyron's "ST. FRANCIS, MINN. (POP. 70,000)": the abbreviation in capitals, as the lexicon writes it
        word = next((w for w in (word.capitalize(), word.lower()) if w in known.titles or w in known.abbreviations), word)
        if word in known.titles:
            return True
    if word not in known.abbreviations and not _INITIALS.fullmatch(word):
        return False
    if _PARTY_TAG.fullmatch(whole):
        return False  # "..., D-N.D. Cindy McCain ...": a party tag closes its clause
    if "\n" in chunk[dot:nxt] and (word in known.abbreviations or len(word) > 2) and word not in known.before_names:
        return False  # one sentence per line ("... from Fargo, N.D." then a new line)

    if chunk[nxt].isdigit():
        return True  # Apr. 15, No. 7
    if chunk[nxt] in _OPENERS:
        # "(pop. 70,000)" after "St. Francis, Minn." goes on with the sentence; "(AP) The ..." or a quotation does not
        inner = nxt + 1
        return inner < len(chunk) and (chunk[inner].islower() or chunk[inner].isdigit() or shouted and chunk[inner].isupper())
    next_word = _WORD.match(chunk, nxt)
    return not (next_word and next_word.group() in known.function_words)
