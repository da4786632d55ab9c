"""Deterministic inputs for the benchmarks, built from the shipped sources/*.txt.

    python bench/gen.py draft [OUT]        # the ~2,000-word Markdown draft (default bench/data/draft-2000.md)
    python bench/gen.py corpus DIR [N]     # a scratch project DIR with N (default 200) varied sources

Nothing here is random at run time: a fixed seed picks and alters sentences, so the same
sources always give the same files, and figures from different days compare like for like.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "sources"
DATA = Path(__file__).resolve().parent / "data"

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“A-Z])")
_ABBREV = re.compile(r"\b(?:Sen|Gen|Rep|Gov|Mr|Mrs|Ms|Dr|St|U\.S|D-N\.D|R-N\.H|D-Minn|Apr|Sept?|Oct|Nov|Dec|Jan|Feb|Aug)\.$")
_MONTH_YEAR = re.compile(r"\b(" + "|".join(MONTHS) + r")( \d{1,2},)? (20\d\d)\b")
_NUMBER = re.compile(r"(?<![\w.,-])(\d{2,3})(?![\w.,%-])")
_YEAR = re.compile(r"\b(20[01]\d)\b")

OPINION = (
    "The numbers tell only part of the story.",
    "Families in small towns feel the change first.",
    "Advocates say the work is far from finished.",
    "That is a hard thing to hear, and harder to fix.",
    "Prevention, treatment and enforcement have to move together.",
    "The stakes could hardly be higher for the communities involved.",
    "Nobody on the panel pretended there was a quick answer.",
    "Critics want to see results before they applaud.",
)
FRAMES = (
    "{s}",
    "{s}",
    "{s}",
    "According to the release, {l}",
    "As the office put it, {l}",
    "The record shows that {l}",
)
NO_FACTS = """\
---
title: Notes for the weekly desk meeting
---
# Desk notes

Please keep drafts short and plain. Read every quotation aloud before filing it.

- Check the spelling of every name.
- Ask an editor when a figure looks odd.
- Link to the source, not to a summary of it.

Good writing is mostly rewriting, and rewriting is mostly cutting.
"""


def sentences() -> list[str]:
    """Every sentence of sources/*.txt with 8-60 words, in file order."""
    found: list[str] = []
    for path in sorted(SOURCES.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            text = " ".join(paragraph.split())
            if text.startswith("---"):
                continue
            parts = _SENTENCE.split(text)
            merged: list[str] = []
            for part in parts:
                if merged and _ABBREV.search(merged[-1]):
                    merged[-1] += " " + part
                else:
                    merged.append(part)
            found.extend(s for s in merged if 8 <= len(s.split()) <= 60 and s[-1] in '.!?"”')
    return found


def _lower_first(text: str) -> str:
    if text[:2].isupper() or text.startswith(
        (
            "Senator",
            "Sen.",
            "U.S.",
            "Minnesota",
            "North",
            "New",
            "Mexico",
            "Cindy",
            "Heitkamp",
            "Klobuchar",
            "Ayotte",
            "Heidi",
            "Amy",
            "Kelly",
            "Attorney",
            "Hennepin",
            "St.",
            "The Senate",
        )
    ):
        return text
    return text[0].lower() + text[1:]


def _mutate(sentence: str, rng: random.Random) -> str:
    """Plant an error in about one sentence in eight: a shifted month or year, a changed figure."""
    roll = rng.random()
    if roll < 0.06 and _MONTH_YEAR.search(sentence):

        def month(m: re.Match[str]) -> str:
            shifted = MONTHS[(MONTHS.index(m.group(1)) + 1) % 12]
            return f"{shifted}{m.group(2) or ''} {m.group(3)}"

        return _MONTH_YEAR.sub(month, sentence, count=1)
    if roll < 0.10 and _NUMBER.search(sentence):
        return _NUMBER.sub(lambda m: str(int(m.group(1)) + 7), sentence, count=1)
    if roll < 0.12 and _YEAR.search(sentence):
        return _YEAR.sub(lambda m: str(int(m.group(1)) - 1), sentence, count=1)
    return sentence


def make_draft(words: int = 2000, seed: int = 2013) -> str:
    rng = random.Random(seed)
    pool = sentences()
    rng.shuffle(pool)
    out = ["---", "title: Trafficking and heroin, 2013-2015", "date: 2015-12-31", "---", "", "# Trafficking and heroin: what the record says", ""]
    count = 0
    para: list[str] = []
    paragraphs = 0
    i = 0
    while count < words:
        sentence = pool[i % len(pool)]
        i += 1
        frame = rng.choice(FRAMES) if sentence[0].isalpha() and not sentence[:2].isupper() else "{s}"
        text = frame.format(s=sentence, l=_lower_first(sentence))
        text = _mutate(text, rng)
        if rng.random() < 0.15:
            para.append(rng.choice(OPINION))
            count += len(para[-1].split())
        para.append(text)
        count += len(text.split())
        if len(para) >= rng.randint(3, 5):
            paragraphs += 1
            style = paragraphs % 9
            if style == 3:
                out.extend(f"- {s}" for s in para)
            elif style == 6:
                out.append("> " + " ".join(para))
            else:
                out.append(" ".join(para))
            out.append("")
            if paragraphs % 5 == 0:
                out.extend([f"## Part {paragraphs // 5 + 1}", ""])
            if paragraphs == 8:
                out.extend(["```", "factcheck verify draft.md   # code is never checked: 45 deaths in October 2013", "```", ""])
            para = []
    if para:
        out.extend([" ".join(para), ""])
    out.append("Sources: the [Heitkamp office](https://www.heitkamp.senate.gov/) and the press releases in `sources/`.")
    return "\n".join(out) + "\n"


_NAMES = (
    ("Heidi Heitkamp", "Heitkamp"),
    ("Amy Klobuchar", "Klobuchar"),
    ("Kelly Ayotte", "Ayotte"),
    ("Cindy McCain", "McCain"),
)
_SWAPS = (
    ("Dana Whitfield", "Whitfield"),
    ("Marcus Okafor", "Okafor"),
    ("Elena Duarte", "Duarte"),
    ("Tomas Lindqvist", "Lindqvist"),
    ("Grace Holloway", "Holloway"),
    ("Ravi Menon", "Menon"),
    ("Judith Aaland", "Aaland"),
    ("Owen Blackfeather", "Blackfeather"),
)


def make_corpus(folder: Path, count: int = 200, seed: int = 2015) -> int:
    """A scratch project in `folder`: claims/ empty, sources/ with `count` varied documents.

    Each is a seed source with names swapped, years shifted and figures scaled, and its own
    front matter date. Returns the number of words written (front matter excluded).
    """
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SOURCES.glob("*.txt"))]
    (folder / "claims").mkdir(parents=True, exist_ok=True)
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    total = 0
    for n in range(count):
        text = seeds[n % len(seeds)]
        for (full, last), (new_full, new_last) in zip(_NAMES, rng.sample(_SWAPS, len(_NAMES))):
            text = text.replace(full, new_full).replace(last, new_last)
        shift = rng.randint(-3, 6)
        text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
        scale = rng.choice((1, 2, 3))
        text = _NUMBER.sub(lambda m: str(int(m.group(1)) * scale), text)
        year = 2014 + shift
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        body = f'---\ntitle: Generated source {n:03d}\npublisher: Bench Press Office\npublished:\n  date: "{date}"\n  precision: day\n---\n{text}'
        (folder / "sources" / f"gen-{n:03d}.txt").write_text(body, encoding="utf-8")
        total += len(text.split())
    return total


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("draft", "corpus", "nofacts"):
        print(__doc__, file=sys.stderr)
        return 2
    if argv[0] == "draft":
        out = Path(argv[1]) if len(argv) > 1 else DATA / "draft-2000.md"
        out.parent.mkdir(parents=True, exist_ok=True)
        text = make_draft()
        out.write_text(text, encoding="utf-8")
        print(f"{out}: {len(text.split())} words")
    elif argv[0] == "nofacts":
        out = Path(argv[1]) if len(argv) > 1 else DATA / "no-facts.md"
        out.write_text(NO_FACTS, encoding="utf-8")
        print(out)
    else:
        folder = Path(argv[1])
        words = make_corpus(folder, int(argv[2]) if len(argv) > 2 else 200)
        print(f"{folder}: {words} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
