"""Who a text gives each part of a vote: the mover, the seconder, those voting no and those voting yes, by the words
before a name ("on a motion by", "Nays:") or after it ("moved", "cast the lone no vote"), and a roll call's list
("Kimbrough, yes; Navarro, no"). Read by compare/roll_calls.py for a source's paragraph and by compare/motions.py for a
sentence.
"""

from __future__ import annotations

import re

from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.mentions import names
from factcheck.mentions.name_patterns import agent_before
from factcheck.model import Mention

_LEX = lexicon()
PARTS = ("mover", "seconder", "dissenter", "assenter", "abstainer")
VOTES = ("dissenter", "assenter", "abstainer")  # the parts a roll call's every member has one of


def _phrase(words: str) -> str:
    """A word set's phrase as a pattern: any blank between its words, a "no" in quotation marks or not, either
    apostrophe, and "..." for up to four words of the writer's ("no vote ... came from": "The only no vote on the
    contract came from")."""
    out, gap = "", False
    for w in words.split():
        if w == "...":
            out, gap = out + r"\s+(?:[\w’'-]+\s+){0,4}?", True  # each word with its own blank after it
            continue
        out += ("" if not out or gap else r"\s+") + ('["“]?no["”]?' if w == "no" else re.escape(w).replace("'", "['’]"))
        gap = False
    return out


# the words of each part, before the name (up to a title of three words between) and after it
BEFORE = {part: re.compile(rf"(?<!\w)(?:{'|'.join(_phrase(w) for w in _LEX.words(part + '-before'))})\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}$", re.I) for part in PARTS}
# after the name, with a district or town it is "of" or a parenthesis between ("Supervisor Wade Kessler of District 5
# cast ...", "Professor Grace Whitfield (English) moved"); never the next name's words ("Begay, seconded by
# Villanueva" seconds nothing of Begay's). A possessive's motion is its mover's ("Vice Chair Whitaker's motion"), and
# so is one a relative clause gives ("Chairman Kessler, who put forward the motion"), or an appositive between
# ("Commissioner Anita Okafor-Reyes, a Millbrook Democrat, made the motion").
AFTER = {
    part: re.compile(
        rf"(?:,?\s+(?:of|from)\s+(?:[A-Z][\w.’'-]*\s+){{0,2}}[A-Z0-9][\w.’'-]*,?|\s*\([^()]{{1,40}}\)|,\s+(?:a|an|the)\s+[^,;:()“”\"]{{1,40}},)?\s*,?\s*(?:who\s+)?(?:(?:{'|'.join(_LEX.words('copula'))})\s+)?(?:{'|'.join(_phrase(w) for w in _LEX.words(part + '-after'))})\b(?!\s+by\b)",
        re.I,
    )
    for part in PARTS
}
# "The motion to adopt the schedule was made by board president Gail Ferris", "The motion to approve, made by Chair
# Dale Kessler, passed": the motion named earlier in the clause, then who made it
# "..., as did Council Member Howard Pike": what the name before did, this one did too (wordset likewise-before)
_LIKEWISE = re.compile(rf"(?<!\w)(?:{'|'.join(_phrase(w) for w in _LEX.words('likewise-before'))})\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}$", re.I)
_MADE_BY = re.compile(
    rf"\b(?:{'|'.join(_LEX.words('motion-noun'))})\b[^.;:]{{0,80}}?\b(?:{'|'.join(_phrase(w) for w in _LEX.words('motion-made-by'))})\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}$",
    re.I,
)


def people_in(text: str, index: ClaimIndex) -> list[Mention]:
    """The registry's people `text` names; a surname two of them share stays in a list ("Voting no: Brekke, Lindqvist,
    Okafor"), with the ids it may be."""
    return [m for m in names.detect(text, index.names) if all(index.names.types.get(i) == "person" for i in m.value.ids)]


# who the text gives each part: the ids a name may be, and the name
Parts = dict[str, list[tuple[tuple[str, ...], Mention]]]


def parts(text: str, people: list[Mention]) -> Parts:
    """{"mover": [(ids, mention)], "seconder": [...], "dissenter": [...], "assenter": [...]}: who the text gives each part, in order (the ids
    a name may be); a list of names before a part's words all have it ("Vice Chair Whitaker and Member Amsel voting no")."""
    out: Parts = {}
    led: list[set[str]] = []  # the parts words before each name give it, which a list after it shares
    for k, m in enumerate(people):
        mine, before = set(), set()
        for part in PARTS:
            ahead = BEFORE[part].search(text, max(0, m.start - 60), m.start)
            if part == "mover" and not ahead:
                ahead = _MADE_BY.search(text, max(0, m.start - 160), m.start)
            # "Red Cloud, appointed by Gov. Whitcomb, moved": the one "by" names is no subject of the verb after
            said = ahead or (None if agent_before(text, m.start) else AFTER[part].match(text, m.end))
            # "A, B and C voting no": the names listed before the one the words follow
            run = k
            while not said and run + 1 < len(people) and names.LISTED.fullmatch(text, people[run].end, people[run + 1].start):
                run += 1
                said = AFTER[part].match(text, people[run].end)
            if said:
                mine.add(part)
            if ahead:
                before.add(part)
        # "Voting no: Brekke, Lindqvist, Okafor": the names listed after one the words precede, with no words of their own
        if not mine and k and led[k - 1] and names.LISTED.fullmatch(text, people[k - 1].end, m.start):
            mine = before = set(led[k - 1])
        # "Mayor Patricia Renner voted for it, as did Council Member Howard Pike": the vote of the name before
        if not mine and k and _LIKEWISE.search(text, max(people[k - 1].end, m.start - 60), m.start):
            mine = {part for part in VOTES for ids, _ in out.get(part, []) if ids == people[k - 1].value.ids}
        led.append(before)
        for part in mine:
            # once a sentence: "Lindqvist seconded" the motion to table and, sentences on, the resolution too
            if all(m.value.ids != ids or _NEXT_SENTENCE.search(text, seen.end, m.start) for ids, seen in out.get(part, [])):
                out.setdefault(part, []).append((m.value.ids, m))
    return out


_NEXT_SENTENCE = re.compile(r"[a-z0-9)][.!?]\s+[A-Z]")


@per_lexicon
def _ballot(lex: Lexicon) -> re.Pattern[str]:
    # right after a name in a roll call's list: ", yes;", ": aye", " - no"
    yes, no = alternation(lex.words("vote-yes") - {"y"}), alternation(lex.words("vote-no") - {"n"})
    abstain = alternation(lex.words("vote-abstain"))
    # (a list of lines read as one: "Commissioner Brisco - Yes Commissioner Kovach - No", the next name after it)
    # ("Commissioner Alvarado -- No": a dash typed twice)
    return re.compile(rf"\s*(?:[,:]|[–—-]{{1,2}})?\s*(?:(?P<yes>{yes})|(?P<no>{no})|(?P<abstain>{abstain}))\b(?=\s*[;,.)]|\s*$|\s+[A-Z])", re.I)


@per_lexicon
def _ballot_line(lex: Lexicon) -> re.Pattern[str]:
    # a line of a roll call that lists the yeses or the noes: "Yes: Ruiz, Osei, Yoon, Bell (4)", "Nays: Brandt"
    yes = alternation({w + s for w in lex.words("vote-yes") - {"y"} for s in ("", "s")})
    no = alternation({w + s for w in lex.words("vote-no") - {"n"} for s in ("", "s", "es")})
    abstain = alternation({w.rstrip(":") for w in lex.words("abstainer-before")})
    # the names end where the other side's label begins, the lines run together ("Yes: Yoder, Okafor No: Halloran")
    # ... and a name's seat in a parenthesis is still the list's ("Council Members Oscar Lindgren (Ward 3) and Howard Pike")
    # ... and a count may stand before the colon: "Yes (5): Delaney, Nguyen, Okafor, Pirelli, Szabo."
    count = r"(?:\(\d{1,3}\)[ \t]*)?"
    return re.compile(
        rf"(?<![\w,])(?:(?P<yes>{yes})|(?P<no>{no})|(?P<abstain>{abstain}))[ \t]*{count}:(?P<names>(?:(?!\b(?:{yes}|{no}|{abstain})[ \t]*{count}:)(?:\([^():;\n]{{0,40}}\)|[^:;.()\n]))*)",
        re.I,
    )


def ballots(text: str, people: list[Mention], start: int = 0, end: int | None = None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Who a roll call says voted yes, voted no and abstained: "Kimbrough, yes; Navarro, yes; Ferris, no; Estes,
    abstain", or a line for each ("Yes: Ruiz, Osei, Yoon, Bell (4)" and "No: Pike, Marchetti, Brandt (3)"), in
    text[start:end]."""
    end = len(text) if end is None else end
    people = [m for m in people if start <= m.start < end]
    sides: dict[str, set[str]] = {"yes": set(), "no": set(), "abstain": set()}
    for m in people:
        vote = _ballot(None).match(text, m.end)
        if vote is not None and len(m.value.ids) == 1:
            sides[_side(vote)].add(m.value.ids[0])
    for line in _ballot_line(None).finditer(text, start, end):
        listed = {m.value.ids[0] for m in people if line.start("names") <= m.start < line.end("names") and len(m.value.ids) == 1}
        sides[_side(line)].update(listed)
    return frozenset(sides["yes"]), frozenset(sides["no"]), frozenset(sides["abstain"])


def _side(vote: re.Match[str]) -> str:
    return next(side for side in ("yes", "no", "abstain") if vote.group(side))


_SUBJECT = alternation(p.word.capitalize() for p in _LEX.pronouns if p.person == 3 and p.number == "sg" and p.case == "subject" and p.word != "it")


def pronoun_movers(text: str, people: list[Mention]) -> list[tuple[tuple[str, ...], Mention]]:
    """ "Vice Chair Reyes-Hartley said the reserve could absorb the cost. She moved to approve the appropriation.": a
    pronoun that opens a sentence and moves, for the person named last before it (the pronoun's span, the person's ids)."""
    out = []
    for match in re.finditer(rf"(?:^|(?<=[.!?]\s))(?:{_SUBJECT})\b", text):
        if AFTER["mover"].match(text, match.end()) is None:
            continue
        before = [m for m in people if m.end <= match.start() and len(m.value.ids) == 1]
        if before:
            out.append((before[-1].value.ids, Mention("entity", match.start(), match.end(), match.group(0), before[-1].value)))
    return out
