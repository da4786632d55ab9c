"""Catch a name swapped inside wording the sources otherwise share.

"modeled after Wisconsin's Safe Harbor laws" against "modeled after Minnesota's Safe Harbor
laws": the sentence follows a source's wording word for word except for one name, and both
names are the same sort of thing (two states, two countries, two places or people of the
registry). No claim value covers such a name, so the other comparers cannot see it; the
aligned wording can.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from factcheck.compare import SentenceFacts, Verdict
from factcheck.compare.body_names import turned_about
from factcheck.compare.name_sorts import HEADS, NameWords, name_words, same_sort, sort_of
from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import Lexicon, lexicon
from factcheck.mentions import names
from factcheck.textutil import STOPWORDS, fold

# How closely the claim must match before a one-name difference is read as a swap.
MIN_COVERAGE = 0.42
# Words that must agree around the swapped name (at least one on each side).
CONTEXT = 3
# The most words a swapped name may have: "Arizona Governor's Task Force on Human Trafficking" has 7;
# the bound keeps the alignment's candidate names few.
MAX_NAME = 10


_WORD = re.compile(r"[A-Za-z][A-Za-z.'-]*[A-Za-z]|[A-Za-z]")


# "Co." is "Company", "Corp." "Corporation": an abbreviation is aligned as the word it stands for.
_SPELLED = {a.form.lower(): a.expansion.lower() for a in lexicon().abbreviations if " " not in a.expansion}


@lru_cache(maxsize=4096)  # a claim's evidence is tokenised once per run, not once per sentence
def tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    """(comparable form, start, end): possessives, case and abbreviations folded away."""
    out = []
    folded = fold(text)
    for match in _WORD.finditer(folded):
        word = match.group(0)
        if word.endswith("'s"):
            word = word[:-2]
        low = word.rstrip(".").lower()
        if folded[match.end() : match.end() + 1] == ".":
            low = _SPELLED.get(low + ".", low)
        out.append((low, match.start(), match.start() + len(word)))
    return tuple(out)


def _swaps(sentence: str, evidence: str, index: ClaimIndex, words: NameWords) -> list[tuple[int, int, str, str, tuple[str, ...]]]:
    """(start, end, drafted name, source name, drafted words in context) for each lone swapped name."""
    mine, theirs = tokens(sentence), tokens(evidence)
    if _words_within(mine, theirs):
        return []  # the evidence says the sentence word for word: the alignment has no replaced words
    ops = _joined(difflib.SequenceMatcher(a=[t[0] for t in mine], b=[t[0] for t in theirs], autojunk=False).get_opcodes(), mine, words)
    folded, folded_evidence = fold(sentence), fold(evidence)
    headline = _title_case(sentence)  # a headline capitalises every word: names cannot be told from words

    def alone(tokens: tuple[tuple[str, int, int], ...], text: str, first: int, last: int) -> bool:
        """No capitalised word runs on before `first` or after `last` (token indexes); a comma, colon
        or bracket between them ends the name ("... on Homeland Security, Ayotte made ..."); the full stop
        of "Sen." does not."""

        def runs_on(k: int, gap: str) -> bool:
            return (
                0 <= k < len(tokens)
                and text[tokens[k][1] : tokens[k][1] + 1].isupper()
                and tokens[k][0] not in words.openers
                and not any(c in gap for c in ",;:()")
            )

        before = text[tokens[first - 1][2] : tokens[first][1]] if first > 0 else ""
        after = text[tokens[last][2] : tokens[last + 1][1]] if last + 1 < len(tokens) else ""
        return not runs_on(first - 1, before) and not runs_on(last + 1, after)

    out = []
    for at, (tag, a0, a1, b0, b1) in enumerate(ops):
        if tag != "replace" or a1 - a0 > MAX_NAME:
            continue
        ends = a1 == len(mine)
        after_words = ops[at + 1][2] - ops[at + 1][1] if at + 1 < len(ops) and ops[at + 1][0] == "equal" else 0
        if b1 - b0 > a1 - a0 and a1 - a0 <= 4 and after_words >= CONTEXT:
            # the source says more before its name ("... all across the country, Klobuchar has urged the DEA"):
            # its name ends the replaced words, next to the shared words after it
            right = _right_aligned(mine, theirs, (a0, a1, b0, b1), folded, folded_evidence, headline, alone, index, words)
            if right is not None:
                out.append(right)
                continue
        if b1 - b0 > a1 - a0 and a1 - a0 <= 4 and after_words >= CONTEXT and theirs[b1 - 1][0] in words.relative:
            # "Priya Raman has covered" for "Owen Brandt, who has covered": the source's name, then a clause about it
            left = _right_aligned(mine, theirs, (a0, a1, b0, b1 - 1), folded, folded_evidence, headline, alone, index, words)
            if left is not None:
                out.append(left)
                continue
        lead = a0
        while lead < a1 and not folded[mine[lead][1] : mine[lead][1] + 1].isupper():
            lead += 1
        if a0 < lead < a1 and a1 - a0 <= 4 and after_words >= CONTEXT:
            # "pressed the FBI" for "urged the DEA": a verb changed too, joined to the name by "the"; the names end both
            right = _right_aligned(mine, theirs, (lead, a1, b0, b1), folded, folded_evidence, headline, alone, index, words)
            if right is not None:
                out.append(right)
                continue
        if b1 - b0 > MAX_NAME and not ends:
            continue
        before = ops[at - 1][2] - ops[at - 1][1] if at and ops[at - 1][0] == "equal" else 0
        after = ops[at + 1][2] - ops[at + 1][1] if at + 1 < len(ops) and ops[at + 1][0] == "equal" else 0
        if a1 == len(mine) and before >= CONTEXT:
            after = 0  # the name ends the sentence: the words before it must carry the match alone
            if b0 and ";" in folded_evidence[theirs[max(0, b0 - CONTEXT)][2] : theirs[b0][1]]:
                continue  # "..., Minority Vice Chair; Rep. Tessa Quill": the words before belong to the list's last entry
        elif a0 == 0 and after >= CONTEXT:
            before = 0
            if b1 < len(theirs) and ";" in folded_evidence[theirs[b1 - 1][2] : theirs[min(len(theirs) - 1, b1 + CONTEXT - 1)][1]]:
                continue
        elif min(before, after) < 1 or before + after < CONTEXT:
            continue
        if a1 - a0 == 1 and b1 - b0 == 1 and mine[a0][0] in words.kin and theirs[b0][0] in words.kin and min(before, after) >= 1:
            # "whose sister grew up in Bandon" for "whose wife grew up in Bandon": one relative for another
            start, end = mine[a0][1], mine[a0][2]
            out.append((start, end, folded[start:end], folded_evidence[theirs[b0][1] : theirs[b0][2]], tuple(t[0] for t in mine[max(0, a0 - 3) : a1 + 1])))
            continue
        # "South" for "North" is "South Dakota" for "North Dakota": widen over shared words to whole names.
        for grow_left, grow_right in ((0, 0), (0, 1), (0, 2), (0, 3), (1, 0), (1, 1), (1, 2), (2, 0), (2, 1), (2, 2), (3, 0), (4, 0), (5, 0)):
            if grow_left > before or grow_right > after:
                continue
            # the shared words left outside the two whole names say something, or the names are of one make (the
            # same head: "the Senate Judiciary Committee" for "the Senate Homeland Security ... Committee"): "of the
            # Marlow Falls Library Foundation" and "after the Marlow Falls City Council" share only "the" besides
            outside = [t[0] for t in (*mine[a0 - before : a0 - grow_left], *mine[a1 + grow_right : a1 + after])]
            bare = not any(w not in STOPWORDS for w in outside)
            m0, m1, t0 = a0 - grow_left, a1 + grow_right, b0 - grow_left
            start, end = mine[m0][1], mine[m1 - 1][2]
            drafted = folded[start:end]
            # At the sentence's end the source may go on: try its name alone, shortest first, then as far
            # as it stays the same name ("Arizona Governor's Task Force" on to "... on Human Trafficking").
            lengths = range(1, min(b1 - b0, MAX_NAME) + 1) if ends else (b1 - b0 + grow_right,)
            source, named = "", None
            for n in lengths:
                candidate = folded_evidence[theirs[t0][1] : theirs[b0 + n - 1][2]]
                loose = not headline and alone(mine, folded, m0, m1 - 1) and alone(theirs, folded_evidence, t0, b0 + n - 1)
                if not source:
                    if same_sort(drafted, candidate, index, words, loose=loose):
                        source, named = candidate, sort_of(candidate, index, words)
                    continue
                if named is not None and sort_of(candidate, index, words) == named:
                    source = candidate  # "... Task Force on Human" is no name; "... on Human Trafficking" is the same one
            if source and bare and not one_make(drafted, source):
                continue
            if source:
                context = tuple(t[0] for t in mine[max(0, m0 - 3) : m1 + 1])  # enough words to tell two uses apart
                out.append((start, end, drafted, source, context))
                break
    return out


def one_make(drafted: str, source: str) -> bool:
    """Two names with one head: the same last word ("the Senate Judiciary Committee", "the Senate Homeland Security ...
    Committee"), or a body's head in the words they open with alike ("Washington State Department of Health" and "...
    of Commerce")."""
    mine, theirs = drafted.lower().split(), source.lower().split()
    if mine[-1] == theirs[-1]:
        return True
    shared = [a for a, b in zip(mine, theirs, strict=False) if a == b]
    return len(shared) == min(len(mine), len(theirs)) - 1 and any(w in HEADS for w in shared)


def two_ways(drafted: str, source: str, lex: Lexicon) -> bool:
    """One name written two ways: one state abbreviated ("As N.H. attorney general" for "As New Hampshire attorney
    general"), a name's words abbreviated ("Arizona Gov.'s Task Force" for "Arizona Governor's Task Force"), a body's
    words turned about ("Homeland Security Department" for "U.S. Department of Homeland Security")."""
    return _one_state(drafted, source, lex) or _spelled_out(drafted, lex) == _spelled_out(source, lex) or turned_about(drafted, source, lex)


def _along(drafted: str, source: str, evidence: str, words: NameWords) -> bool:
    """The evidence names the draft's person too, as one who went along with the source's ("X, joined by Y"):
    the draft names one of the company, not another person in the source's place."""
    at = evidence.find(source)
    if at < 0 or evidence.count(source) > 1:
        return False  # "Heitkamp and Klobuchar ... in Heitkamp's office": which Heitkamp the draft replaced is unsure
    after = evidence.find(drafted, at + len(source), at + len(source) + 80)
    return after >= 0 and bool(words.along.search(evidence[at + len(source) : after]))


Opcode = tuple[str, int, int, int, int]
Tokens = tuple[tuple[str, int, int], ...]


def _right_aligned(
    mine: Tokens,
    theirs: Tokens,
    op: tuple[int, int, int, int],
    folded: str,
    folded_evidence: str,
    headline: bool,
    alone: Callable[[Tokens, str, int, int], bool],
    index: ClaimIndex,
    words: NameWords,
) -> tuple[int, int, str, str, tuple[str, ...]] | None:
    """A name of the same sort at the end of the source's longer replaced words, shortest first."""
    a0, a1, b0, b1 = op
    start, end = mine[a0][1], mine[a1 - 1][2]
    drafted = folded[start:end]
    for n in range(1, min(4, b1 - b0) + 1):
        t0 = b1 - n
        source = folded_evidence[theirs[t0][1] : theirs[b1 - 1][2]]
        loose = not headline and alone(mine, folded, a0, a1 - 1) and alone(theirs, folded_evidence, t0, b1 - 1)
        if same_sort(drafted, source, index, words, loose=loose):
            return start, end, drafted, source, tuple(t[0] for t in mine[max(0, a0 - 3) : a1 + 1])
    return None


def _joined(ops: Sequence[Opcode], mine: tuple[tuple[str, int, int], ...], words: NameWords) -> list[Opcode]:
    """Replacements split only by a name's connectors are one: "Senate Committee on Appropriations" for
    "Arizona Governor's Task Force on Human Trafficking" aligns "on" and splits the names around it."""
    out: list[Opcode] = []
    for op in ops:
        if (
            op[0] == "replace"
            and len(out) >= 2
            and out[-1][0] == "equal"
            and out[-2][0] == "replace"
            and all(mine[k][0] in words.connectors for k in range(out[-1][1], out[-1][2]))
            and op[2] - out[-2][1] <= MAX_NAME
            and op[4] - out[-2][3] <= MAX_NAME
        ):
            first = out[-2]
            del out[-2:]
            out.append(("replace", first[1], op[2], first[3], op[4]))
        else:
            out.append(op)
    return out


def _words_within(mine: tuple[tuple[str, int, int], ...], theirs: tuple[tuple[str, int, int], ...]) -> bool:
    """The sentence's words are a run of the evidence's. Then the longest block SequenceMatcher finds
    is all of them and its opcodes only insert: a quick exit for sentences a source states verbatim."""
    return f" {' '.join(t[0] for t in mine)} " in f" {' '.join(t[0] for t in theirs)} "


def _led_in(context: tuple[str, ...], name: tuple[str, ...]) -> tuple[str, ...]:
    """The name with the words before it in the sentence back to a word that says something ("led the New Hampshire
    Drug Task Force"; not "and the Calder County Sheriff's Office"), () when no such word is in the context."""
    n = len(name)
    at = next((k for k in range(len(context) - n + 1) if context[k : k + n] == name), -1)
    lead = next((k for k in range(at - 1, -1, -1) if context[k] not in STOPWORDS), -1) if at > 0 else -1
    return context[lead : at + n] if lead >= 0 else ()


def _says(evidence: str, words: tuple[str, ...]) -> bool:
    said = [t[0] for t in tokens(evidence)]
    n = len(words)
    return any(tuple(said[i : i + n]) == words for i in range(len(said) - n + 1))


def _one_state(drafted: str, source: str, lex: Lexicon) -> bool:
    """Both end in one U.S. state's name, however written ("N.H", "New Hampshire")."""

    def state(text: str) -> str | None:
        words = text.split()
        return next((found for k in range(len(words)) if (found := lex.state_name(" ".join(words[k:]))) is not None), None)

    mine = state(drafted)
    return mine is not None and mine == state(source)


def _spelled_out(text: str, lex: Lexicon) -> tuple[str, ...]:
    """The words of a name with its abbreviations spelled out: "Arizona Gov.'s Task Force" reads as
    "Arizona Governor's Task Force"."""
    expanded = {a.form.lower(): a.expansion.lower() for a in lex.abbreviations}
    out = []
    for word in re.findall(r"[\w.]+|'s", text.replace("’", "'")):
        key = word.lower()
        out.append(expanded.get(key) or (lex.title_head(word) or "").lower() or key.rstrip("."))
    return tuple(out)


def _title_case(text: str) -> bool:
    """A headline: hardly a long word left in lower case (prose full of names still has its verbs)."""
    if text.rstrip().endswith((".", "!", "?", '."', ".”")):
        return False  # headlines do not end in a full stop; short prose sentences full of names do
    words = [w for w in re.findall(r"[A-Za-z]+", text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].islower() for w in words) <= 1


def compare(facts: SentenceFacts, index: ClaimIndex, *, lex: Lexicon | None = None) -> list[Verdict]:
    """`lex`: the lexicon whose openers, connectors, states and countries to read (the shipped one by default)."""
    words = name_words(lex)
    close = [c for c in facts.candidates if c.coverage >= MIN_COVERAGE]
    if not close:
        return []
    texts = {c.card.claim.id: [p.quote for p in c.card.claim.provenance if p.quote] for c in close}
    for cand in close:
        for evidence in texts[cand.card.claim.id]:
            for start, end, drafted, source, context in _swaps(facts.text, evidence, index, words):
                if any(_says(quote, context) for quotes in texts.values() for quote in quotes):
                    continue  # some close claim does say it this way
                if names.cited_author(facts.text, start, end):
                    continue  # "(Dalrymple, 2015)": who wrote the source, not one put for the person it tells of
                named = _led_in(context, tuple(t[0] for t in tokens(drafted)))
                if named and any(c.coverage > cand.coverage and any(_says(q, named) for q in texts[c.card.claim.id]) for c in close):
                    continue  # a claim closer to the sentence names the draft's own after the same word ("led the New Hampshire Drug Task Force")
                if two_ways(drafted, source, lex or lexicon()):
                    continue
                if fold(facts.text).count(source) >= fold(evidence).count(source):
                    continue  # the sentence still names it as often: words moved, not swapped
                if (
                    (sort_of(drafted, index, words) or ("",))[0] != "person"
                    and not one_make(drafted, source)
                    and re.search(rf"\b{re.escape(drafted)}\s+[A-Z]", fold(evidence))
                ):
                    # "heroin in New England" of a passage naming "[New England HIDTA]": the start of a name it writes. Two
                    # names of one make stay a swap: "at Garfield Park" for "at Riverside Park" of a passage that also
                    # names "Garfield Park Pool"
                    continue
                if any(_along(drafted, source, fold(text), words) for text in (evidence, cand.card.claim.statement)):
                    continue  # "to Mexico with Cindy McCain" for "with U.S. Senator Heidi Heitkamp, joined by Cindy McCain"
                # one person put for another as the one who spoke ("Heitkamp has urged the DEA") is who said it
                sort = sort_of(source, index, words)
                said = sort is not None and sort[0] == "person" and words.speech.match(facts.text, end) is not None
                kind = "attribution" if said else "entity"
                return [Verdict(kind, True, start, end, facts.text[start:end], source, f"the sources say {source} here, not {drafted}", (cand.card.claim,))]
    return []
