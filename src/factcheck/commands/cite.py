"""`factcheck cite ID...`: claim ids -> citations as text, Markdown footnotes, CSL-JSON or BibTeX.

Every id is checked before anything is printed, so a typo never leaves half a
bibliography on stdout.
"""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path
from typing import TextIO

from factcheck import citations
from factcheck.corpus.load import load_corpus
from factcheck.errors import ExitCode, FactcheckError
from factcheck.model import Claim, Corpus

_NUMBERS = re.compile(r"\[\s*(-?\d+(?:,\s*-?\d+)*)\s*\]")


def suggestions(corpus: Corpus, wanted: str, *, limit: int = 3) -> list[str]:
    """Claim ids close to `wanted` in spelling, then ids that contain it as a word or part."""
    ids = sorted(corpus.claims)
    scored = sorted(((difflib.SequenceMatcher(None, wanted, i).ratio(), i) for i in ids), key=lambda x: (-x[0], x[1]))
    # Only the near-best spellings: a clear typo fix should not come with distant runners-up.
    close = [i for ratio, i in scored if ratio >= 0.6 and ratio >= scored[0][0] - 0.1] if scored else []
    words = [w for w in re.split(r"[\s_-]+", wanted.lower()) if len(w) >= 3]
    containing = [i for i in ids if words and all(w in i.lower() for w in words)]
    found: list[str] = []
    for candidate in (*close, *containing):
        if candidate not in found:
            found.append(candidate)
    return found[:limit]


def _problem(corpus: Corpus, wanted: str) -> str:
    if wanted in corpus.entities:
        return f"{wanted} is an entity, not a claim; try `factcheck claims --entity {wanted}`"
    close = suggestions(corpus, wanted)
    if not close:
        return f"no claim {wanted!r} (`factcheck claims WORD` searches the claims)"
    listed = ", ".join(repr(c) for c in close[:-1]) + (" or " if len(close) > 1 else "") + repr(close[-1])
    return f"no claim {wanted!r}; did you mean {listed}?"


def select(corpus: Corpus, ids: list[str]) -> list[Claim]:
    """The claims to cite, in the order asked, once each; FactcheckError naming every bad id."""
    problems = []
    chosen: list[Claim] = []
    for wanted in dict.fromkeys(ids):
        claim = corpus.claims.get(wanted)
        if claim is None:
            problems.append(_problem(corpus, wanted))
        elif not claim.provenance:
            problems.append(f"claim {wanted!r} has no provenance to cite ({claim.path}:{claim.line})")
        elif missing := citations.missing_sources(claim, corpus):
            problems.append(f"claim {wanted!r} cites unknown source {missing[0]!r} ({claim.path}:{claim.line}); `factcheck check` lists the source ids")
        else:
            chosen.append(claim)
    if problems:
        raise FactcheckError("; ".join(problems))
    return chosen


def render(claims: list[Claim], corpus: Corpus, fmt: str) -> str:
    if fmt == "csl-json":
        items = [item for claim in claims for item in citations.as_csl(claim, corpus)]
        text = json.dumps(items, indent=2, ensure_ascii=False)
        # [[2014, 4]] reads better than one number per line; JSON strings hold no raw newline,
        # so only arrays of numbers match.
        return _NUMBERS.sub(lambda m: "[" + ", ".join(n.strip() for n in m.group(1).split(",")) + "]", text) + "\n"
    if fmt == "bibtex":
        return "\n\n".join(citations.as_bibtex(c, corpus) for c in claims) + "\n"
    if fmt == "markdown":
        return "".join(citations.as_markdown(c, corpus) + "\n" for c in claims)
    return "\n\n".join(citations.as_text(c, corpus) for c in claims)  # rich markup


def run(root: Path, ids: list[str], fmt: str, stream: TextIO, *, color: bool = False) -> int:
    corpus = load_corpus(Path(root))
    chosen = select(corpus, ids)
    output = render(chosen, corpus, fmt)
    if fmt != "text":
        stream.write(output)
        return ExitCode.OK
    from rich.console import Console

    console = Console(file=stream, force_terminal=color, no_color=not color, highlight=False, soft_wrap=True, emoji=False)
    console.print(output)
    return ExitCode.OK
