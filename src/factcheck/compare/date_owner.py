"""Whose date a date of the draft is: the writer's own time, a speaker's or a quoted source's words, an apposition of
another date of the sentence, an upcoming event, the publication of a source. compare/dates.py holds only the rest
against the claims' events.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from factcheck.compare import TOPIC, SentenceFacts
from factcheck.compare.meeting import heading_day, minutes
from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import Lexicon, alternation, lexicon, per_lexicon
from factcheck.mentions.dates import parse_iso
from factcheck.model import Claim, DateSpan, Mention, Source
from factcheck.textutil import normalize

_PUBLISHED = lexicon().words("publication-verb")
_WRITER = alternation(p.word for p in lexicon().pronouns if p.person == 1 and p.case == "subject")
# "This week we talk through ...", "This week on Rule of Law, we unpack ...": the writer's own time, no event of the sources
# ... and "Today was my last day in Sen. Heidi Heitkamp's office": the writer's own day, said of them
_MINE = alternation(p.word for p in lexicon().pronouns if p.person == 1 and p.case == "possessive")
_OWN_TIME = re.compile(rf"(?:\s+on\s+[^,.;]{{1,60}},)?\s+(?:(?i:{_WRITER})\b|(?:{alternation(lexicon().words('copula'))})\s+(?i:{_MINE})\b)")


# "This week's hour turned to ...", "Today's episode": the draft's own issue, dated by the relative date
_OWN_ISSUE = re.compile(rf"['’]s\s+(?:{alternation(lexicon().words('issue-noun'))})\b", re.I)


def _writers_own(mention: Mention, facts: SentenceFacts) -> bool:
    """A relative date the writer's first person does something in, or that dates the writer's own issue (a show's
    hour, a newsletter's edition): the draft's own time."""
    if not mention.value.relative:
        return False
    if _OWN_ISSUE.match(facts.text, mention.end) is not None:
        return True
    if _OWN_TIME.match(facts.text, mention.end) is None:
        return False
    # ... unless a claim of the sources states that very doing, word for word, of someone they name: a press office's
    # answer in its senator's voice ("Last year I helped lead a hearing of the Homeland Security and Governmental
    # Affairs Committee") is the senator's hearing
    mine = facts.frame(mention)
    return not (len(mine.stems) >= OWN_DEED_WORDS and any(c.coverage >= OWN_DEED and c.card.entities for c in facts.framed_at(mention.start)))


# A doing of the writer's the sources state: its clause has this many words, and a claim has this share of them.
OWN_DEED_WORDS = 5
OWN_DEED = 0.9


# The fewest words of a sentence a source writes word for word before its relative dates are the source's.
VERBATIM_WORDS = 6


def _sources_words(mention: Mention, facts: SentenceFacts) -> bool:
    """A relative date in a block quote of a sentence a source writes word for word (a debate card's "That bill did
    not pass last year, ..."): the source's "last year", counted from when it was written, not from the draft's date.
    Written as the writer's own sentence, the same words say the draft's "last year"."""
    said = normalize(facts.text).strip(" .>")
    return (
        facts.quoted
        and mention.value.relative
        and len(said.split()) >= VERBATIM_WORDS
        and any(said in normalize(c.card.evidence) for c in facts.candidates if c.coverage >= TOPIC)
    )


# An event the draft puts ahead of its date is not one the sources put this many days before it.
BEHIND = 60


def upcoming(drafted: DateSpan, theirs: DateSpan, as_of: str | None) -> bool:
    """The draft's day or month is still to come and the claim's was long past: two events, not one misdated. (A
    year alone may be a year's digits turned round: "founded in 2041".)"""
    if as_of is None or drafted.precision == "year" or len(as_of) != 10:
        return False
    now = date.fromisoformat(as_of)
    return date.fromisoformat(drafted.first) > now and date.fromisoformat(theirs.last) < now - timedelta(days=BEHIND)


def _speakers_date(mention: Mention, facts: SentenceFacts) -> bool:
    """A date inside quotation marks is the speaker's: a relative one ("last year") counts from when they
    spoke, not from the draft's date, and any date in a quotation the sources have verbatim is theirs."""
    for quote, found in zip(facts.quotes, facts.quote_matches or (None,) * len(facts.quotes), strict=False):
        if quote.start <= mention.start and mention.end <= quote.end and (mention.value.relative or (found is not None and found.exact)):
            return True
    return False


_APPOSED = re.compile(r"[\s,]*(?:on|in|of)?[\s,]*")


def _restated(mention: Mention, facts: SentenceFacts) -> bool:
    """The date is restated more precisely right after it, or is the vaguer restatement of the one right before it:
    "next month, on Nov. 19" and "set for Nov. 18, next month" are judged by their day."""
    for other in facts.dates:
        if other is mention:
            continue
        inside = mention.value.first <= other.value.first and other.value.last <= mention.value.last and other.value.precision != mention.value.precision
        if not inside:
            continue
        if 0 <= other.start - mention.end <= 8 and _APPOSED.fullmatch(facts.text, mention.end, other.start):
            return True
        if 0 <= mention.start - other.end <= 8 and _RESTATING.fullmatch(facts.text, other.end, mention.start):
            return True
    return False


_RESTATING = re.compile(r"\s*[,(–—]\s*")  # "Nov. 18, next month", "Nov. 18 (next month)"


# "in the state's release", "from the board's": a preposition before a source named by its kind, a few words on
_IN_SOURCE = re.compile(rf"\b(?:{alternation(lexicon().words('source-preposition'))})\s+(?:[\w’'.-]+\s+){{0,3}}[\w’'.-]+\s*\Z", re.I)


# "**Osage Bend Education Association** (@OBEA_Teachers) · Feb 13": a post's or a byline's date after its separator dot
_STAMP = re.compile(r"\s[·•]\s*\Z")


# "A May 20 article", "the Dec. 9 Forum News Service article": a writing named by its day, then its publisher's name
# (a word in lower case may name its kind: "Local 412's Nov. 9 strike notice")
_DATES_WRITING = re.compile(rf"\s+(?:[A-Z][\w.&’'-]*\s+){{0,4}}(?:[a-z][\w-]*\s+)?(?P<noun>{alternation(lexicon().words('publication-noun'))})\b")


def dated_writing(mention: Mention, facts: SentenceFacts) -> bool:
    """The day or month names a writing no claim about the sentence dates ("A May 20 article gave the wrong month"):
    when it came out, no event. Not "confirmed in its Aug. 20 report" of a memo's "the engineer's report of Aug. 20"."""
    named = _DATES_WRITING.match(facts.text, mention.end)
    if mention.value.precision not in ("day", "month") or named is None:
        return False
    noun = re.compile(rf"\b{re.escape(named.group('noun'))}\b", re.I)
    return not any(
        c.coverage >= TOPIC and noun.search(c.card.claim.statement) and any(s.precision in ("day", "month") for s in c.card.dates) for c in facts.candidates
    )


def post_stamp(mention: Mention, facts: SentenceFacts) -> bool:
    """The date stamps an embedded post or a byline ("(@OBEA_Teachers) · Feb 13"): when it was posted, no event."""
    return _STAMP.search(facts.text, 0, mention.start) is not None


_POSSESSED = re.compile(r"['’]s\s+(?P<words>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")


def dates_a_source(mention: Mention, facts: SentenceFacts, index: ClaimIndex) -> Claim | None:
    """A claim of the source the date is the publication date of: a post's stamp after its publisher's name; "The embassy's release, dated Tuesday, April
    15, 2014, reports ..." dates the release (a publication verb right before it, the source's kind named in the
    sentence), not an event the claims date; so do "the coalition's letter of March 23" (the kind, then "of") and
    "promised in the state's release earlier this month" (the kind right before the date, which holds the day) and
    "the board's Nov. 23 canvass minutes" (the kind right after it)."""
    drafted: DateSpan = mention.value
    if drafted.precision == "year":
        return None
    before = facts.text[max(0, mention.start - 24) : mention.start].lower().split()
    verb = bool({w.strip(",") for w in before[-3:]} & _PUBLISHED)
    # "the coalition's letter of March 23": the source's kind, then "of" and its day
    of_kind = before[-2].strip(",") if len(before) >= 2 and before[-1] == "of" else ""
    # "promised in the state's release earlier this month", "come from the board's Nov. 23 canvass minutes": the kind
    # right before the date or right after it, the source a preposition says the words are in (not "adopted its
    # annual report Oct. 1", an event)
    held = _IN_SOURCE.search(facts.text, max(0, mention.start - 60), mention.start) is not None
    # ... or set off from the kind by a comma alone, as a list of sources writes it ("members' petition letter, Nov. 10")
    right_before = before[-1].strip(",") if before and (held or before[-1].endswith(",")) else ""
    right_after = {w.strip(",.;:") for w in facts.text[mention.end : mention.end + 24].lower().split()[:2]} if held else set()
    # "last week's draft minutes": a possessive date names its writing, a kind among the words after it
    owned = _POSSESSED.match(facts.text, mention.end)
    if owned:
        right_after |= {w.strip(",.;:") for w in owned.group("words").lower().split()}
    # "The Safe Water Coalition's letter last week asks ...": a writer's writing by its kind, right before the date
    owners_kind = before[-1].strip(",") if len(before) >= 2 and before[-2].endswith(("'s", "’s")) else ""
    said = facts.text.lower()
    stamped = said[: mention.start] if post_stamp(mention, facts) else ""
    issued = issuing(lexicon()).match(facts.text, mention.end) is not None  # "Yesterday, the union released a statement"
    # "A state survey released last month": a publication's noun before the verb, and one source published then
    nouned = verb and _NOUNED.search(said[: mention.start]) is not None
    published_then = (
        [
            s
            for s in index.corpus.sources.values()
            if s.published and (s.published.date == drafted.first if drafted.precision == "day" else drafted.first <= s.published.date <= drafted.last)
        ]
        if nouned
        else []
    )
    for source in index.corpus.sources.values():
        kind = source.kind_noun
        if not kind or not source.published:
            continue
        named = (verb and re.search(rf"\b{re.escape(kind)}\b", said)) or kind in (of_kind, right_before, owners_kind) or kind in right_after
        # a post's stamp after its publisher's name: that source's date
        named = named or bool(stamped and source.publisher and source.publisher.lower() in stamped)
        named = named or (issued and _publisher_named(source, facts, index)) or (nouned and published_then == [source])
        on_day = drafted.first <= source.published.date <= drafted.last  # a day, or a week's days ("in a letter last week")
        if owned and not on_day and minutes(source) and (met := heading_day(source)) is not None:
            on_day = drafted.first <= met.first <= drafted.last  # "last week's draft minutes": of last week's meeting
        if named and on_day:
            return _source_claim(source.id, source.published.date, index)
    return None


def misdated_source(mention: Mention, facts: SentenceFacts, index: ClaimIndex) -> tuple[str, DateSpan, Claim] | None:
    """The one source of the kind the sentence names, dated right before the date by a verb of publishing (or named by
    its kind right after the date), when its metadata gives another day: "in a memo to the mayor and council dated Aug.
    26" of the memo of August 28. Its title, its day, and its claim that states the day (or its first claim)."""
    drafted: DateSpan = mention.value
    if drafted.precision != "day" or drafted.first != drafted.last:
        return None
    before = facts.text[max(0, mention.start - 24) : mention.start].lower().split()
    verb = before[-2:-1] if before[-1:] == ["on"] else before[-1:]
    if set(verb) & _PUBLISHED:
        said = facts.text[: mention.start].lower()
        kinds = [s for s in index.corpus.sources.values() if s.kind and s.published and re.search(rf"\b{re.escape(s.kind_noun)}\b", said)]
    else:
        kinds = _by_kind_after(mention, facts, index, before)
    source = kinds[0] if len(kinds) == 1 else None
    day = parse_iso(source.published.date) if source is not None and source.published is not None else None
    if source is None or day is None or day.precision != "day" or day.first == drafted.first:
        return None
    claim = _source_claim(source.id, day.first, index)
    return (source.title or source.id, day, claim) if claim is not None else None


# where a source names who wrote it: its header's "From:" line, its signature's lines
HEADER_LINES = 8
SIGNATURE_LINES = 3
SHORT_LINE = 80  # a header's or a signature's line; a longer one is the body's prose


def _by_kind_after(mention: Mention, facts: SentenceFacts, index: ClaimIndex, before: list[str]) -> list[Source]:
    """ "Transportation Director Gregory Lamb, whose Feb. 14 report": the sources of the kind written right after the
    day, when no indefinite article makes it some other writing ("A May 20 article") and the sentence names its
    author (not "Sen. Ahlquist, in her May 6 letter" of an open letter that quotes her)."""
    named = _DATES_WRITING.match(facts.text, mention.end)
    if named is None or before[-1:] in (["a"], ["an"]):
        return []
    kind = named.group("noun").lower()
    # whose writing: the person named last before the day ("Gregory Lamb, whose Feb. 14 report", "Sen. Ahlquist, in her
    # May 6 letter")
    owner = [m for m in facts.entities if m.end <= mention.start and any(index.names.types.get(i) == "person" for i in m.value.ids)][-1:]
    people = [index.corpus.entities[i] for m in owner for i in m.value.ids if i in index.corpus.entities]
    surnames = {e.name.split()[-1] for e in people if e.type == "person"}

    def by(source: Source) -> bool:  # its author: in its metadata, its header ("From: Gregory Lamb") or its signature
        lines = [line for line in source.text[source.start : source.end].splitlines() if line.strip()]
        ends = " ".join(line for line in [source.author, *lines[:HEADER_LINES], *lines[-SIGNATURE_LINES:]] if len(line) < SHORT_LINE)
        return any(re.search(rf"\b{re.escape(name)}\b", ends) for name in surnames)

    return [s for s in index.corpus.sources.values() if s.published and s.kind_noun == kind and by(s)]


def _source_claim(source: str, day: str, index: ClaimIndex) -> Claim | None:
    """The source's claim that states its day (an ISO date), else its first claim: the evidence of its date."""
    own = [card for card in index.cards.values() if card.claim.provenance and card.claim.provenance[0].source == source]
    dated = [card for card in own if any(s.first == day for s in card.dates)]
    return (dated or own)[0].claim if own else None


@per_lexicon
def issuing(lex: Lexicon) -> re.Pattern[str]:
    """An issuing the rest of a clause tells of, matched from right after a date or a weekday: "On Wednesday|, the
    coalition issued a statement", "Yesterday|, the firefighters' union, IAFF Local 2291, released a statement", "On
    Sept. 29| the riders union wrote the board" (a writing verb is its letter's)."""
    verbs, nouns = alternation(lex.words("publication-verb")), alternation(lex.words("publication-noun"))
    writing = alternation(lex.words("writing-verb"))
    return re.compile(rf"[^.;:]{{0,80}}?\b(?:(?:{verbs})\s+(?:a|an|its|their|the)\s+(?:[a-z]+\s+)?(?:{nouns})|{writing})\b", re.I)


def named_bodies(facts: SentenceFacts, index: ClaimIndex) -> set[str]:
    """The registry names of what the sentence names: a source's publisher among them is named by the sentence."""
    return {index.corpus.entities[i].name for m in facts.entities for i in m.value.ids if i in index.corpus.entities}


def _publisher_named(source: Source, facts: SentenceFacts, index: ClaimIndex) -> bool:
    """The sentence names who published the source: the publisher's entity, or a part of its name between commas of two
    words or more ("IAFF Local 2291" of "Harlow County Professional Firefighters, IAFF Local 2291")."""
    if not source.publisher:
        return False
    if source.publisher in named_bodies(facts, index):
        return True
    parts = [p.strip() for p in source.publisher.split(",")]
    return any(len(p.split()) >= 2 and re.search(rf"\b{re.escape(p)}\b", facts.text, re.I) for p in parts)


_NOUNED = re.compile(rf"\b(?:{alternation(lexicon().words('publication-noun'))})\b", re.I)


# "the two systems that can't talk to each other today": a state that holds now, no event dated today
_NOWADAYS = re.compile(rf"\b(?:{alternation(lexicon().words('state-verb'))})\b(?:\s+[\w’'-]+){{0,6}}\s+$", re.I)


def _nowadays(mention: Mention, facts: SentenceFacts) -> bool:
    """ "today" closing a clause whose verb says what can or cannot be, not what happened; or, in the present tense,
    the time of a state or a figure: "today's 15 ppb action level", "up from about 9,800 TEUs today"."""
    if mention.text.lower() not in lexicon().words("now-word"):
        return False
    if _NOWADAYS.search(facts.text, max(0, mention.start - 60), mention.start) is not None:
        return True
    owned = facts.text[mention.end : mention.end + 2] in ("'s", "’s")
    figured = any(n.end <= mention.start and n.value.unit != "tally" and len(facts.text[n.end : mention.start].split()) <= FIGURE_WORDS for n in facts.numbers)
    return (owned or figured) and present_tense(mention, facts)


# "9,800 TEUs today": the most words between a figure and the "today" that times it.
FIGURE_WORDS = 2


def present_tense(mention: Mention, facts: SentenceFacts) -> bool:
    """ "Maple Street kids walk to school today": the writer's present, a state that holds now. Not a past tense's
    "today" ("met with advocates here today"): that is an event, of the day it happened."""
    lex = lexicon()
    if not (mention.value.relative and mention.text.lower() in lex.words("now-word")):
        return False
    past, suffixes, now = lex.words("irregular-participle"), tuple(lex.words("past-suffix")), lex.words("copula-present")
    said = re.findall(r"[a-z]+", facts.text[: mention.start].lower())
    # "where no ambulance is stationed today": a participle after a present "is" is a passive of now, no past tense
    return not any((w in past or w.endswith(suffixes)) and (i == 0 or said[i - 1] not in now) for i, w in enumerate(said))


def says_today(claim: Claim) -> bool:
    """The claim's own date is its source's "today": the draft's present restates the source's ("58 percent ... walk to
    school today"), whatever day each was written on."""
    now = lexicon().words("now-word")
    return any(v.type == "date" and str(v.get("as_written", "")).lower() in now for v in claim.values)


# "It was held in September 2013, not October 2013": a correction's date the writer denies, after a date it gives
# "(accessed Feb. 2016)": when the writer read a page, no event of the sources (wordset access-word)
_ACCESSED = re.compile(rf"\b(?:{alternation(lexicon().words('access-word'))})(?:\s+(?:on|in))?\s+\Z", re.I)


def accessed(mention: Mention, text: str) -> bool:
    """The day the writer read a page ("(accessed Feb. 2016)"): no event, and no publication date either."""
    return _ACCESSED.search(text, max(0, mention.start - 30), mention.start) is not None


# A masthead's line: a few words, then its issue's date after a comma or a bar, closing it.
_MASTHEAD_DATE = re.compile(r"(?:,|\s[|·•])\s*\Z")
_MASTHEAD_END = re.compile(r"[\s*_.]*\Z")
MASTHEAD_WORDS = 15


def own_issue(mention: Mention, facts: SentenceFacts) -> bool:
    """The date holds the draft's own and heads it, or closes a short line after a comma or a bar: the issue's
    masthead ("## Harrow Point Fishermen's Cooperative | Fall 2025", "*News and notices from the Village of Birch
    Rapids, May 2025*"), the draft's own time. A union's bulletin names its union and its kind there, as a citation of
    the union's other bulletins would ("Ohio Allied Nurses, Local 412 · Member Bulletin · October 2025")."""
    drafted: DateSpan = mention.value
    if drafted.relative or not facts.as_of or not drafted.first <= facts.as_of <= drafted.last:
        return False
    text = facts.text
    masthead = (
        _MASTHEAD_DATE.search(text, 0, mention.start) is not None and _MASTHEAD_END.match(text, mention.end) is not None and len(text.split()) <= MASTHEAD_WORDS
    )
    return facts.heading or masthead


_DENIED = re.compile(r"\d{4}\s*,?\s+(?:and\s+)?not\s+(?:in\s+|on\s+)?\Z", re.I)


def not_an_event(mention: Mention, facts: SentenceFacts) -> bool:
    """The date is no event's the claims could date: a speaker's, the writer's own time, a quoted source's relative
    date, one restated more precisely right after it, or one the writer denies."""
    return (
        _speakers_date(mention, facts)
        or _restated(mention, facts)
        or _writers_own(mention, facts)
        or _sources_words(mention, facts)
        or _nowadays(mention, facts)
        or _DENIED.search(facts.text, max(0, mention.start - 40), mention.start) is not None
        or accessed(mention, facts.text)
    )
