"""A quotation stopped short of its clause's end: "we will not carry it out," for the source's "we will not carry it
out carelessly,". The words a clause ends on say how it ends; a writer who closes the clause a word or two early, with
no ellipsis, has changed what was said. Cut where the source's clause goes on at length, the quotation is a partial
one, as writers quote. Read by compare/quotes.py for a quotation whose words a claim holds in a row.
"""

from __future__ import annotations

from itertools import accumulate

from factcheck.compare.quote_align import _norm
from factcheck.model import Claim

# A quotation that closes its clause this many source words or fewer before the source's clause ends has left them off:
# "we will not carry it out," for "we will not carry it out carelessly,". Cut earlier, it is a partial quotation.
CUT_SHORT = 2
CLAUSE_MARKS = ",.;:!?"
_CLOSERS = "\"”’'*_ "


def _clause_end(token: str) -> bool:
    return token.rstrip(_CLOSERS)[-1:] in CLAUSE_MARKS


def cut_short(words: str, claims: tuple[Claim, ...]) -> tuple[str, Claim] | None:
    """The source words a quotation closing its clause (a comma or a stop inside its marks) leaves off, when it opens
    where a sentence of the source opens and the source's clause ends a word or two later: the words a clause ends on
    say how it ends, and no writer cuts them unmarked. Read only for a quotation whose words the claim holds in a row."""
    if not _clause_end(words) or not words[:1].isupper() or "__" in words or words.rstrip(_CLOSERS).endswith(("...", "…")):
        # a fragment inside the writer's own sentence ('has to "build the lab network."') takes the writer's full stop
        # inside its marks; a quiz's blank ("against ______.") or a closing ellipsis ("... sex trafficking a ...")
        # leaves the words off on purpose
        return None
    mine = " ".join(_norm(words))
    for claim in claims:
        if claim.kind != "quote" or not claim.words:
            continue
        tokens = claim.words.split()
        normed = [" ".join(_norm(t)) + " " for t in tokens]
        joined = "".join(normed)  # the source's words, and where each token's words begin in them
        starts = [0, *accumulate(len(n) for n in normed)][:-1]
        found = f" {joined}".find(f" {mine} ")
        if found < 0:
            continue
        first = next((k for k, begin in enumerate(starts) if begin >= found), 0)
        if first and not tokens[first - 1].rstrip(_CLOSERS).endswith((".", "!", "?")):
            continue  # a fragment from inside a sentence ("... both nationally and."): a partial quotation, as writers quote
        end = found + len(mine)  # in `joined`: the draft's last word ends here
        last = max(k for k, begin in enumerate(starts) if begin < end)
        if _clause_end(tokens[last]):
            continue  # the source's clause ends where the quotation's does
        for k in range(last + 1, min(last + 1 + CUT_SHORT, len(tokens))):
            if _clause_end(tokens[k]):
                return " ".join(tokens[last + 1 : k + 1]).rstrip(CLAUSE_MARKS + _CLOSERS), claim
    return None
