"""Detect quotations and who the sentence says spoke them.

Straight and curly double quotes; partial quotes ("take this to the national level");
attribution after the quote (", Klobuchar said." / ", said Heitkamp."), before it
("Ayotte wrote that", "Klobuchar said Heitkamp's visit would help", "told Holder that",
"according to X"), a name and a colon ("Heitkamp: ..."), the subject of "X ..., saying", and
pronouns or a title used alone ("She noted that", "the senator said"), which the pipeline
resolves to the last person named.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.mentions.name_patterns import _role_nouns, along_before
from factcheck.model import Mention
from factcheck.textutil import CREDIT_DASH


def _speech_verbs(lex: Lexicon) -> str:
    """The speech verbs' past and present forms ("said", "says", "pointed out"), the bases read as verbs ("they
    say") and the participles that attribute ("..., saying"): not every base, since "state", "note", "call" and
    "claim" are mostly nouns."""
    return alternation([*lex.speech_forms(tenses=("past", "present")), *lex.words("speech-base"), *lex.words("speech-participle")])


def _title_references(lex: Lexicon) -> tuple[str, ...]:
    """Titles used alone for the last person named ("the senator said"); not the vague ones ("the official")."""
    return tuple(t.form.lower() for t in lex.titles if "alone" in t.flags and "vague" not in t.flags)


# Of the shipped lexicon, for the modules that read them (extract/, compare/attribution, facts).
SPEECH_VERBS = _speech_verbs(lexicon())
# Words that refer back to the last person named: pronouns, and a title used alone ("the senator said").
TITLE_REFERENCES = _title_references(lexicon())
# ... and "his", "her", "their" in "In his words,": whose words they are
_OWNERS = [p.word for p in lexicon().pronouns if "owner" in p.tags]
PRONOUNS = {*(p.word for p in lexicon().pronouns if "speaker" in p.tags), *(f"the {t}" for t in TITLE_REFERENCES), *_OWNERS}
# "In his words, "..."", "In Dr. Achebe's own words:": whose words the quotation is, right before it
_IN_WORDS = re.compile(
    rf"\b[Ii]n\s+(?P<who>(?:{alternation(sorted(set(_OWNERS)))})|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}}['’]s?)\s+(?:own\s+)?words\s*[,:]?\s*\Z"
)
# "you said": the one a letter is to (its salutation names them), never the last person named
ADDRESSEE = frozenset(p.word for p in lexicon().pronouns if "addressee" in p.tags)


@dataclass(frozen=True, slots=True)
class _Patterns:
    verb_before: re.Pattern[str]
    pronoun: re.Pattern[str]
    titled_gap: re.Pattern[str]
    gap_after: re.Pattern[str]
    gap_verb_end: re.Pattern[str]
    verb_next: re.Pattern[str]
    verb_next_cased: re.Pattern[str]
    phrases: frozenset[str]  # "according to", "in the words of", "as"
    appositive_verb: re.Pattern[str]  # ", 37, a Democrat from Ward 1 and ..., said": appositives, then a speech verb
    participles: frozenset[str]  # "saying"
    role_lead: re.Pattern[str]  # "Board member", "Union president": a role in lower case before the name opening a clause
    along: re.Pattern[str]  # "with", "joined by" right before a name: one who went along, who is not the one speaking


# A word of a title between a quotation and its speaker's name: capitalised, or a number ("EPA Region 7 Administrator",
# "Local 1721 President"); extract/quotes reads the same words.
TITLE_GAP_WORD = r"(?:[A-Z][\w.’'-]*|\d{1,4})"


def stands_alone(text: str, start: int, end: int) -> bool:
    """The quotation at [start, end) is all the sentence says: only blanks, emphasis or a block quote's mark before
    it, a closing mark or a full stop after. Read the same in drafts (pipeline) and in sources (extract)."""
    return not text[:start].strip(" \t\n*_>") and not text[end:].strip(' \t\n.!?*_”"')


@per_lexicon
def _patterns(lex: Lexicon) -> _Patterns:
    """The detector's patterns, built from one lexicon's tables."""
    verbs = _speech_verbs(lex)
    phrases = lex.speech_forms("phrase")
    # "He", "she", "they" (not "I" or "we": a columnist's own words are not a quotation of the last person named), and
    # a letter's "you"
    third = [f for p in lex.pronouns if "speaker" in p.tags and p.person == 3 or "addressee" in p.tags for f in (p.word, p.word.capitalize())]
    alone = alternation(_title_references(lex))
    titles = alternation(lex.title_forms())
    past = alternation(m.word for m in lex.modifiers if m.kind == "past")
    return _Patterns(
        verb_before=re.compile(rf"\b(?P<verb>{verbs}|{alternation(phrases)})\b", re.I),
        # Whole words only: "He" is no pronoun in "Helen", nor "She" in "Shea" (issue 11, class 7).
        # "the senator", "the Minnesota senator": a title the registry's people hold, with the state of one of them;
        # "the Minnesota Democrat": a party's member of that state
        pronoun=re.compile(
            rf"\b((?:{alternation(third)})(?![\w-])|[Tt]he (?:(?:{alternation(s.name for s in lex.states)})\s+)?(?:{alone})(?![\w-])(?!\s+[A-Z])"
            rf"|[Tt]he (?:{alternation(s.name for s in lex.states)})\s+(?:{alternation(p.member for p in lex.parties)})(?![\w-])(?!\s+[A-Z]))"
        ),
        # A title or a lower-case role between the quotation and the speaker's name (case-sensitive: a title is capitalised).
        # ... or a role the lexicon does not know, in lower case words of no function ("chief steward Curtis Vang told our
        # general meeting"), maybe before a title ("association President Joan Pelletier told members"), when a speech
        # verb follows the name
        titled_gap=re.compile(
            rf"\s*[,.!?]?\s*(?P<verb>(?i:{verbs})\s+)?(?:(?:{TITLE_GAP_WORD}\s+){{1,5}}"
            rf"|(?:(?:the|a|an)\s+)?(?:(?:{past})[\s-]+)?(?:[\w’'.-]+\s+){{0,3}}?(?:{_role_nouns(lex)}),?\s+"
            rf"|(?:(?:the|a|an)\s+)?(?:(?!(?:{alternation(lex.words('function'))})\s)[a-z][\w’'-]*\s+){{1,3}}(?:{TITLE_GAP_WORD}\s+){{0,4}})"
        ),
        # The words between a quotation and the name after it, and after the name (`,” Sen. Klobuchar said`).
        # `" is how Heitkamp put it`: a credit that opens with "is how" (wordset credit-opener)
        gap_after=re.compile(
            rf"\s*[,.!?]?\s*(?:(?:{alternation(lex.words('credit-opener'))})\s+)?(?:(?:{verbs})\s+)?(?:U\.S\.\s+)?(?:{titles}|the (?:{alone})\s+)?\s*", re.I
        ),
        gap_verb_end=re.compile(rf"(?:{verbs})\s+(?:U\.S\.\s+)?(?:{titles})?\s*$", re.I),
        verb_next=re.compile(rf"\s*(?:,[^,]*,\s*)?(?:\([^)]*\)\s*)?(?:{verbs})\b", re.I),
        # after a role's appositive name, its closing comma: `," the Alliance's legal director, Priya Raman, says`
        verb_next_cased=re.compile(rf"\s*(?:,[^,]*,\s*|,\s*)?(?i:{verbs})\b"),
        phrases=frozenset(phrases),
        appositive_verb=re.compile(rf"(?:\s*,[^,.;:“”\"]{{1,100}}){{1,3}},\s*(?:{verbs})\b", re.I),
        participles=lex.words("speech-participle"),
        role_lead=re.compile(rf"(?:[A-Z][\w’'-]*\s+)?(?i:{_role_nouns(lex)})"),
        along=along_before(lex),
    )


_COLON = re.compile(r"[\s,]*:\s*")
# '"..." (Mexican Attorney General Jesus Murillo Karam)': the speaker alone in a parenthesis right after, a title before
_PAREN_BEFORE = re.compile(r"[\s.,;:]*\(\s*(?:[\w.’'-]+\s+){0,5}")
# ... maybe with where it was said: "(Sen. Heitkamp, in Minneapolis)" (not "(an aide to Heitkamp, who spoke later)")
_PAREN_AFTER = re.compile(rf"\s*(?:,\s*(?:{alternation(lexicon().words('breakdown-preposition'))})\s[^()\n]{{0,50}})?\)")
# '"...to stop these horrible crimes." — Sen. Heitkamp, delegation announcement': an epigraph's or pull quote's
# credit, a dash and the speaker's name (a title before it), ending the line or followed by where it was said
_DASH_BEFORE = re.compile(rf"[\s.,;:!?]*{CREDIT_DASH}\s*(?:{TITLE_GAP_WORD}\s+){{0,4}}")
_DASH_AFTER = re.compile(r"\s*(?:$|[,(;]|\.(?:\s|$))")
_COLON_END = re.compile(r":\s*$")
_LOWER_WORD = re.compile(r"\b[a-z]")
# a script's or transcript's speaker label: "JOEL:", "HEITKAMP (SOT):", "SEN. KLOBUCHAR:" (speakers.py reads whom it names)
SCRIPT_LABEL = re.compile(r"\s*(?P<label>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2})(?:\s*\((?P<inner>[^()]{1,24})\))?\s*:")
# A clause of its own before a speech verb, whose subject is a noun with no name: the name before it, past a
# separator or a sentence's end, is not who speaks ("Tanaka · The student regent said", "Tanaka. Her son says").
_UNNAMED_SUBJECT = re.compile(r"(?:[·|:;.!?]|\s[—–])\s*(?:The|A|An|Our|His|Her|Their|My)\s+(?:[a-z][\w’'-]*\s+){0,5}\Z")
# The most words between a clause's subject and the colon that introduces its quotation.
COLON_CLAUSE = 8


@dataclass(frozen=True, slots=True)
class Quotation:
    words: str
    inner_start: int  # offsets of the words, inside the quotation marks
    inner_end: int
    speaker: tuple[int, int] | None  # span of the name or pronoun naming the speaker
    speaker_text: str | None
    how: str  # after | before | colon | saying | according | as (someone put it, unnamed) | none | block (a block quote's sentence) | row (a table row's person) | label (a script's speaker label)


def _names(text: str, spans: list[tuple[int, int]], pronoun: re.Pattern[str]) -> list[tuple[int, int]]:
    """Person-name spans plus pronoun spans, in order."""
    found = list(spans)
    taken = sorted(spans)
    for match in pronoun.finditer(text):
        at = bisect_right(taken, (match.start(), len(text) + 1)) - 1
        if not (at >= 0 and taken[at][0] <= match.start() < taken[at][1]):
            found.append(match.span())
    return sorted(found)


@dataclass(frozen=True, slots=True)
class _Marked:
    """One quotation as `_QUOTE` would match it: the whole span and the words' span."""

    start: int
    end: int
    inner_start: int
    inner_end: int


def _quotations(text: str) -> list[_Marked]:
    """What `_QUOTE.finditer` finds, in one pass: a regex retried at every unclosed “ scans to the end
    each time, quadratic on thousands of them (hardening issue)."""
    closers = {mark: [m.start() for m in re.finditer(mark, text)] for mark in ("”", '"')}
    found: list[_Marked] = []
    at = 0
    for opener in re.finditer(r"[“\"]", text):
        start = opener.start()
        if start < at:
            continue
        closer = "”" if opener.group() == "“" else '"'
        positions = closers[closer]
        k = bisect_right(positions, start)
        # The lazy `[^”]{2,}?”`: the next closing mark, with at least two characters before it.
        if k < len(positions) and positions[k] >= start + 3:
            found.append(_Marked(start, positions[k] + 1, start + 1, positions[k]))
            at = positions[k] + 1
    return found


_MARKS = re.compile(r"[“”\"]")
_MIXED = {("“", '"'), ('"', "”")}


def _mixed(text: str, paired: list[_Marked]) -> list[_Marked]:
    """Quotations opened with one kind of mark and closed with the other (`“We’ve got a long way to go,"`,
    typed half on a phone): of the marks `_quotations` left unpaired, an opening one and the next closing
    one of the other kind, at least two characters apart. One pass over the marks."""
    taken = [(q.start, q.end) for q in paired]
    left = []
    for mark in _MARKS.finditer(text):
        at = bisect_right(taken, (mark.start(), len(text) + 1)) - 1
        if not (at >= 0 and taken[at][0] <= mark.start() < taken[at][1]):
            left.append((mark.start(), mark.group()))
    found: list[_Marked] = []
    k = 0
    while k + 1 < len(left):
        (start, opener), (end, closer) = left[k], left[k + 1]
        crossed = bisect_right(taken, (start, len(text) + 1)) != bisect_right(taken, (end, len(text) + 1))
        if (opener, closer) in _MIXED and end >= start + 3 and not crossed:
            found.append(_Marked(start, end + 1, start + 1, end))
            k += 2
        else:
            k += 1
    return found


def detect(text: str, person_spans: list[tuple[int, int]], *, lex: Lexicon | None = None) -> list[Mention]:
    """Quotations in `text`; `person_spans` are where the sentence names people (from names.detect)."""
    p = _patterns(lex)
    names = _names(text, person_spans, p.pronoun)
    paired = _quotations(text)
    quotes = sorted(paired + _mixed(text, paired), key=lambda q: q.start)
    found: list[Mention] = []
    spoken: list[tuple[tuple[int, int] | None, str]] = []
    for index, quote in enumerate(quotes):
        speaker, how = _speaker(text, names, quotes, index, spoken[index - 1] if index else (None, "none"), p)
        spoken.append((speaker, how))
        words = text[quote.inner_start : quote.inner_end]
        found.append(
            Mention(
                "quote",
                quote.start,
                quote.end,
                text[quote.start : quote.end],
                Quotation(words, quote.inner_start, quote.inner_end, speaker, text[speaker[0] : speaker[1]] if speaker else None, how),
            )
        )
    return found


def _between(names: list[tuple[int, int]], low: int, high: int) -> list[tuple[int, int]]:
    """The names starting at `low` or after and before `high` (names sorted by start)."""
    return names[bisect_left(names, (low, -1)) : bisect_left(names, (high, -1))]


_AND_VERB = re.compile(r"\band\s*\Z")


def _speaker(
    text: str, names: list[tuple[int, int]], quotes: list[_Marked], index: int, prior: tuple[tuple[int, int] | None, str], p: _Patterns
) -> tuple[tuple[int, int] | None, str]:
    """Who speaks quotation `index`; `prior` is what this found for the quotation before it."""
    start, end = quotes[index].start, quotes[index].end
    # After the quote: `,” Klobuchar said.` or `,” said Heitkamp.`
    limit = quotes[index + 1].start if index + 1 < len(quotes) else len(text)
    after = _between(names, end, limit)
    if after:
        first = after[0]
        gap = text[end : first[0]]
        if _PAREN_BEFORE.fullmatch(gap) and _PAREN_AFTER.match(text, first[1]):
            return first, "after"  # '"...we need every one." (Sen. Heidi Heitkamp)': a card's speaker in parentheses
        if _DASH_BEFORE.fullmatch(gap) and _DASH_AFTER.match(text, first[1]):
            return first, "after"  # '"..." — Sen. Klobuchar': a pull quote's credit
        if p.gap_after.fullmatch(gap):
            tail = text[first[1] : first[1] + 40]
            if p.verb_next.match(tail) or p.gap_verb_end.search(gap):
                return first, "after"
        titled = p.titled_gap.fullmatch(gap)
        if titled and (titled.group("verb") or p.verb_next_cased.match(text[first[1] : first[1] + 40])):
            return first, "after"  # `,” Transportation Secretary Joe Flynn said.` / `,” said board member Ellen Costa.`
    previous_end = quotes[index - 1].end if index > 0 else 0
    before = text[previous_end:start]
    # `Heitkamp: "We've got a long way to go."` — a name (or pronoun) and a colon introduce the words.
    colon = [n for n in _between(names, previous_end, start) if _COLON.fullmatch(text, n[1], start)]
    if colon:
        return colon[-1], "colon"
    owned = _IN_WORDS.search(before)
    if owned is not None:
        at, to = previous_end + owned.start("who"), previous_end + owned.end("who")
        named = [n for n in _between(names, at, to) if n[1] <= to]
        if named:
            return named[-1], "according"
        if owned.group("who").lower() in PRONOUNS:
            return (at, to), "according"  # "In his words,": whom "his" stands for, as "he said" would
    verbs = list(p.verb_before.finditer(before))
    if verbs:
        verb = verbs[-1]
        verb_at = previous_end + verb.start()
        word = verb.group("verb").lower()
        if len(verbs) > 1 and verbs[-2].group("verb").lower() == "as" and not re.search(r"[,.;:]", before[verbs[-2].end() : verb.start()]):
            # "As Heitkamp put it,": the name inside the "as" clause; "As the superintendent put it,": someone
            # unnamed, and not a script's speaker
            inside = [n for n in _between(names, previous_end + verbs[-2].end(), verb_at + 1) if n[1] <= verb_at]
            return (inside[-1], "before") if inside else (None, "as")
        if (
            word == "as"
            and len(verbs) > 1
            and verbs[-2].group("verb").lower() not in p.phrases
            and not re.search(r"[,.;:]", before[verbs[-2].end() : verb.start()])
            and not before[verb.end() :].strip(" \t")
        ):
            # "Heitkamp described it in the joint interview as "...": the "as" of the verb before, right before the
            # words, not "as X put it"
            verb = verbs[-2]
            verb_at = previous_end + verb.start()
            word = verb.group("verb").lower()
        if word == "as":
            return None, "as"  # "as X put it": no verb says who, but someone other than a script's speaker does
        if word in p.phrases:  # "according to X", "in the words of X"
            candidates = _between(names, verb_at + 1, start)
            return (candidates[0], "according") if candidates else (None, "none")
        if word in p.participles:
            for name in names:  # the first name ending before the verb; none starting after it can
                if name[1] <= verb_at:
                    return name, "saying"
                if name[0] > verb_at:
                    break
            return None, "none"
        # not one who went along ("| Mexico delegation with Sen. Klobuchar | +10 | Called trafficking "..." |": the row's
        # person, whom the table is about, called it)
        candidates = [n for n in _between(names, previous_end, verb_at + 1) if n[1] <= verb_at and not p.along.search(text, max(0, n[0] - 20), n[0])]
        if candidates and _UNNAMED_SUBJECT.search(text, candidates[-1][1], verb_at):
            return None, "as"  # "**Rick Tanaka** · The student regent said it best:": the verb's subject is no name here
        if len(candidates) > 1 and _AND_VERB.search(text, max(0, verb_at - 8), verb_at):
            # "Heitkamp joined Klobuchar to meet local advocates and said she was ...": a verb joined by "and" to the
            # clause's first has its subject, the clause's first name, not the object before it
            clause = [n for n in candidates if not re.search(r"[.;:!?]", text[n[1] : verb_at])]
            if clause:
                return clause[0], "before"
        if candidates:
            # "Caleb Marsh, a shop teacher at Myrtle Point High School, told ...": the subject, not the
            # name inside the appositive between it and the verb
            for k in range(len(candidates) - 1, 0, -1):
                inner, subject = candidates[k], candidates[k - 1]
                if "," in text[inner[1] : verb_at] and text[subject[1] : inner[0]].lstrip().startswith(","):
                    return subject, "before"
                if k == len(candidates) - 1 and re.fullmatch(r"of(?:\s+[A-Z][\w’'-]*){0,3}", text[subject[1] : inner[0]].strip()):
                    return subject, "before"  # "Ruth Ellison of Pell Lake said": the town is no speaker
            return candidates[-1], "before"
    # `Cindy summed it up: "..."`: the subject of the clause the colon ends, when it opens that clause
    # and no speech verb said who.
    if _COLON_END.search(before):
        opening = _between(names, previous_end, start)
        lead = text[previous_end : opening[0][0]].strip(" \t\n—–-*_>") if opening else ""
        # ... maybe after a role in lower case: "Board member Thomas Beckett offered the defense: "...""
        # ... a clause with a word in lower case, what they did: "Prairie Dispatch, Episode 48:" is a heading's title
        did = text[opening[0][1] : start] if opening else ""
        # ... or after a script's speaker label: "**JOEL:** Heitkamp was blunt: "...""
        led = not lead or p.role_lead.fullmatch(lead) or SCRIPT_LABEL.fullmatch(lead)
        if opening and led and len(did.split()) <= COLON_CLAUSE and _LOWER_WORD.search(did):
            return opening[0], "colon"
    # A second passage after `X said.` belongs to the same speaker.
    if index > 0 and prior[0] and prior[0][0] < start:
        return prior
    return None, "none"


def reporters(text: str, person_spans: list[tuple[int, int]], *, lex: Lexicon | None = None) -> list[tuple[int, int]]:
    """The names a speech verb gives words to without quotation marks: "Whitfield said the first nurses
    could be hired by August", "..., Ortiz said.", "said Gov. Whitfield", "according to Ortiz". A name
    quoted elsewhere in the text is the quotation's speaker, not a reporter (`detect`'s job)."""
    p = _patterns(lex)
    found = []
    for start, end in sorted(person_spans):
        verb = p.verb_next.match(text, end)
        if (verb is not None and verb.end() - end <= REPORT_GAP) or p.appositive_verb.match(text, end):
            found.append((start, end))
            continue
        before = text[max(0, start - REPORT_GAP) : start]
        # "..., said Gov. Whitfield." ends its clause; "urged Attorney General Eric Holder to act" names whom
        if _ACCORDING.search(before) or (p.gap_verb_end.search(before) and _CLAUSE_END.match(text, end)):
            found.append((start, end))
    return found


# The most characters between a name and the speech verb that gives it words (an appositive's worth).
REPORT_GAP = 60
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
_ACCORDING = re.compile(r"\baccording to\s+(?:[A-Z][\w.]*\s+){0,3}$", re.I)
