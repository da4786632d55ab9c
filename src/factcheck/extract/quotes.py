"""Find every quotation in a source and who spoke it: Doc + names -> Quoted passages.

The quotation detector that reads drafts (mentions/quotes.py) finds the passages and the
speaker a sentence names ("…,” Klobuchar said.", "said Heitkamp", "She continued, “…"). The
source adds what a single sentence cannot say: pronouns and "the senator added" point to
the person named last; a passage with no attribution continues the one before it; a
quotation that runs over paragraphs (an opening mark with no closing one) belongs to the
speaker its last paragraph names; "the Senators wrote" is the words of a group; and a
pull quote (a paragraph followed by a line that is only a person's name) is that person's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.corpus.authors import author_of
from factcheck.extract.doc import Doc
from factcheck.extract.naming import KIN_BEFORE
from factcheck.lexicon import alternation, lexicon
from factcheck.mentions import names as name_mentions
from factcheck.mentions import quotes as quote_mentions
from factcheck.mentions.name_patterns import agent_before
from factcheck.mentions.names import NameIndex
from factcheck.textutil import from_capitals

PERSONISH = ("person", "group")
_LEX = lexicon()
# "the officials said", "the letter said" (titles.tsv flag alone, and the voice nouns). A title used alone
# for one person ("the senator added") is the draft detector's: quote_mentions gives it as the speaker.
_BACK_NOUNS = {f.lower() for t in _LEX.titles if "alone" in t.flags for f in (t.form, t.plural) if f} | _LEX.words("voice-noun")
_BACK_NOUNS -= set(quote_mentions.TITLE_REFERENCES)
# A back-reference to many speakers: a plural title, or a voice noun ("the letter").
_GROUP_NOUNS = {t.plural.lower() for t in _LEX.titles if "alone" in t.flags and t.plural} | _LEX.words("voice-noun")
_BACKREF = re.compile(
    rf"\s*[,.!?]?\s*(?:[“”\"]\s*)?(?:(?:{quote_mentions.SPEECH_VERBS})\s+)?(?P<who>the\s+(?P<noun>{alternation(_BACK_NOUNS)}))\b"
    rf"(?:\s+(?:{quote_mentions.SPEECH_VERBS}))?",
    re.I,
)
# `,” the department said.` / `,” a spokeswoman said.`: someone the registry cannot name spoke it.
_OTHER_VOICE = re.compile(
    rf"\s*[,.!?]?\s*[”\"]?\s*(?:{alternation(_LEX.words('voice-determiner'))})\s+(?:[\w’'-]+\s+){{0,6}}(?:{quote_mentions.SPEECH_VERBS})\b", re.I
)
# A pull quote's credit may go on with a line that is only the title ("U.S. Senator, North Dakota").
_CREDIT_TITLE = re.compile(rf"(?<![\w.])(?:{alternation(_LEX.title_forms(use=('title', 'both')))})(?![\w])")
# a title may hold a number: "said Local 1721 President Raymond Delacroix", "EPA Region 7 Administrator"
_SAID_TITLE = re.compile(rf"\s*[,.!?]?\s*[”\"]?\s*(?:{quote_mentions.SPEECH_VERBS})\s+(?:{quote_mentions.TITLE_GAP_WORD}\s+){{0,5}}", re.I)
_TITLE_GAP = re.compile(rf"\s*[,.!?]?\s*[”\"]?\s*(?:{quote_mentions.TITLE_GAP_WORD}\s+){{0,5}}")
# `,” library director Mary Danko said.` / `,” said board member Ellen Costa.`: a role in lower case before the name.
_ROLE_GAP = re.compile(
    rf"\s*[,.!?]?\s*[”\"]?\s*(?:(?:{quote_mentions.SPEECH_VERBS})\s+)?(?:former\s+)?(?:[\w’'.-]+\s+){{0,3}}(?:{name_mentions.ROLE_NOUNS}),?\s+"
)
_OPEN_ONLY = re.compile(r"[“\"](?P<words>[^”\"]{8,})$", re.S)


@dataclass(frozen=True, slots=True)
class Quoted:
    words: str  # exactly as between the quotation marks
    speaker: str  # entity id, or "@group" for a group the text calls "the Senators"
    start: int  # offsets into source.text of the provenance quote (the whole sentence)
    end: int
    speakers: tuple[str, ...] = ()  # for a group: the people named with it


# "Rep. Villanueva", "Gov. Whitcomb": an alias made of a title and the surname
_TITLED_ALIAS = re.compile(rf"(?:{alternation(_LEX.title_forms(flag='alias'))})\s")


def _titled(index: NameIndex) -> frozenset[str]:
    """The people the registry also calls by a title and their surname ("Rep. Villanueva")."""
    return frozenset(i for alias, ids in index.by_alias.items() if _TITLED_ALIAS.match(alias) for i in ids)


def _people(
    text: str, index: NameIndex, recent: list[str] | None = None, titled: frozenset[str] = frozenset(), kin: frozenset[str] = frozenset()
) -> list[tuple[int, int, str]]:
    """Where the text names people; a shared surname ("McCain") is the one of them named last. Of two people
    the document named, a bare surname is the one it names with no title: "Villanueva said" after "Teresa
    Villanueva ... the daughter of the late state Rep. Tomas Villanueva" is Teresa, whom a title never names; and not
    one it introduced as someone's kin (`kin`: "his sister, Marisol Castellanos")."""
    found = []
    for mention in name_mentions.detect(text, index):
        ids = [i for i in mention.value.ids if index.types.get(i) in PERSONISH]
        if len(ids) > 1 and " " not in text[mention.start : mention.end]:
            ids = [i for i in ids if i not in kin] or ids
        if len(ids) > 1 and recent:
            here = [i for i in ids if i in recent]
            plain = [i for i in here if i not in titled]
            if plain and len(plain) < len(here) and " " not in text[mention.start : mention.end]:
                ids = plain
            ids = [i for i in reversed(recent) if i in ids][:1]
        if len(ids) == 1:
            found.append((mention.start, mention.end, ids[0]))
    return found


def find(doc: Doc, index: NameIndex) -> list[Quoted]:
    out: list[Quoted] = []
    last_person: str | None = None
    last_speaker: str | None = None
    named_recently: list[str] = []
    paragraph = -1
    carried: tuple[str, int, int] | None = None  # an unclosed passage waiting for its speaker
    subjects: list[str] = []  # the first person each sentence names: its subject, most often
    quoted_last = False  # the last sentence read gave a quotation its speaker
    previous: list[str] = []  # the people the last sentence that named any named, in order
    paragraph_of_previous = -1
    runs_on = False  # the paragraph ends inside an open quotation, which the next paragraph goes on with
    titled = _titled(index)
    body = doc.source.body
    kin_of = [(m, k) for m in name_mentions.detect(body, index) if (k := KIN_BEFORE.search(body, max(0, m.start - 40), m.start))]
    kin = frozenset(i for m, _ in kin_of for i in m.value.ids)
    sexes = {i: sex for m, k in kin_of if (sex := _sex(k.group("kin"))) for i in m.value.ids}  # "his wife, Grace": a woman
    for sentence in doc.sentences:
        if sentence.paragraph != paragraph:
            if paragraph >= 0 and doc.paragraph_text(paragraph).rstrip().endswith(":"):
                last_speaker = previous[0] if previous else last_speaker  # "Heitkamp put it this way:" then the quotation
            elif paragraph >= 0 and not (carried or quoted_last or runs_on):
                last_speaker = None  # a quotation with no attribution continues only a paragraph that ended quoting
            paragraph = sentence.paragraph
            named_recently = named_recently[-12:]
            opened = _unclosed(doc, paragraph)
            runs_on = opened is not None  # `… Ortiz said. “We have been for years.` then `“Nobody wants this job.”`
            if carried is None:
                carried = opened
        text = sentence.text
        quoted_last = False
        people = _people(text, index, named_recently, titled, kin)
        spans = [(a, z) for a, z, _ in people]
        mentions = quote_mentions.detect(text, spans)
        quoted_spans = [(m.start, m.end) for m in mentions]
        outside = [p for p in people if not any(a <= p[0] < z for a, z in quoted_spans)]  # names inside a quotation are not its speaker
        for mention in mentions:
            quote = mention.value
            speaker = None
            if quote.speaker:
                named = [pid for a, _, pid in people if a == quote.speaker[0]]
                if named:
                    speaker = named[0]
                elif (quote.speaker_text or "").lower() in quote_mentions.PRONOUNS:
                    sex = _sex(quote.speaker_text or "")
                    unlike = {i for i, known in sexes.items() if sex and known != sex}
                    # "Asked by Commissioner Reyes about the request, he said": the one asking is not "he"
                    own = [p for p in outside if not agent_before(text, p[0])]
                    speaker = _antecedent(own, quote.speaker[0], previous, last_speaker, last_person, unlike, named_recently)
            if speaker is None:
                speaker = _titled_after(text, mention.end, outside)
            group: tuple[str, ...] = ()
            if speaker is None:
                back = _BACKREF.match(text, mention.end)
                if back:
                    noun = back.group("noun").lower()
                    if noun in _GROUP_NOUNS:
                        speaker, group = "@group", tuple(dict.fromkeys(subjects[-3:]))  # who led the group, not whom it wrote to
                    else:
                        speaker = _antecedent(outside, mention.start, previous, last_speaker, last_person)
            if speaker is None and not quote.speaker and text[: mention.start].rstrip().endswith(":"):
                speaker = _led_in(text, mention.start, outside, index)  # "read a statement from Sen. Brandvold ...: “...”"
            if speaker is None and not quote.speaker and not _OTHER_VOICE.match(text, mention.end) and not re.search(r"[a-z]", text[: mention.start]):
                # a passage with no attribution goes on from the one before; words quoted inside the document's own
                # sentence ('requires de-escalation "when time ... permit"') are no one's
                speaker = last_speaker
            if speaker is None and quote_mentions.stands_alone(text, mention.start, mention.end):
                speaker = author_of(doc.source, index)  # a memo's quotation standing alone, no one named: its author's own words
            if speaker is None and not quote.speaker and (_WRITER_LEADS.search(text, 0, mention.start) or _WRITER_AFTER.match(text, mention.end)):
                # 'As I told the committee on February 17: "..."', '"...," I told the council': the author's own words
                speaker = author_of(doc.source, index)
            if speaker is None:
                continue
            if carried:
                out.append(Quoted(carried[0], speaker, carried[1], carried[2]))
                carried = None
            words = doc.source.text[sentence.start + quote.inner_start : sentence.start + quote.inner_end]
            out.append(Quoted(words, speaker, sentence.start, sentence.end, group))
            last_speaker = speaker
            quoted_last = True
        persons = [pid for _, _, pid in outside if index.types.get(pid) == "person"]
        if persons or sentence.paragraph != paragraph_of_previous:
            previous, paragraph_of_previous = persons, sentence.paragraph
        if persons:
            subjects.append(persons[0])
        for _, _, pid in people:
            if index.types.get(pid) == "person":
                last_person = pid
                if pid in named_recently:
                    named_recently.remove(pid)
                named_recently.append(pid)
    return out + _pull_quotes(doc, index) + _turns(doc, index)


# A transcript's turn: "CHAIR OYELARAN: Good morning.", "DR. SOLIS: Thank you." (capitals, then a colon)
_TURN = re.compile(r"(?P<label>[A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){0,3}):[ \t]+(?=\S)")


# "we", "our", "I": a paragraph with no label that speaks in the first person goes on with the turn before it
_FIRST_PERSON = re.compile(rf"\b(?:{alternation(p.word.capitalize() if p.word == 'i' else p.word for p in _LEX.pronouns if p.person == 1)})\b", re.I)


def _turns(doc: Doc, index: NameIndex) -> list[Quoted]:
    """A transcript's turns: each sentence of a paragraph that opens on a speaker's label in capitals is
    that speaker's words, though no quotation mark says so, and so is each of the paragraphs after it that
    has no label and speaks in the first person. The label must name one registry person ("MEMBERS
    PRESENT:" names none)."""
    out = []
    by_paragraph: dict[int, list[tuple[int, int]]] = {}
    for sentence in doc.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append((sentence.start, sentence.end))
    speaker: str | None = None  # the turn a paragraph with no label of its own goes on with
    titles: dict[str, set[str]] | None = None  # read once, at the first label that names no one
    for number, (start, end) in enumerate(doc.paragraphs):
        turn = _TURN.match(doc.source.text, start, end)
        if turn is None:
            if speaker is None or number in doc.heads or not _FIRST_PERSON.search(doc.source.text, start, end):
                speaker = None  # narration after the turns ("At an earlier hearing, ..."), or a new section
                continue
            at_start = start
        else:
            label = from_capitals(turn.group("label"))
            people = _people(label, index)
            speaker = None
            if len(people) == 1 and index.types.get(people[0][2]) == "person" and people[0][1] == len(label):
                speaker = people[0][2]
            else:
                if titles is None:
                    titles = _titles_held(doc, index)
                heads = _LEX.title_heads(label)
                held = titles.get(heads[0], set()) if len(heads) == 1 else set()
                speaker = next(iter(held)) if len(held) == 1 else None  # "MAYOR:" for the transcript's "Mayor Gerald Whitcomb"
            if speaker is None:
                continue
            at_start = turn.end()
        for a, z in by_paragraph.get(number, []):
            at = max(a, at_start)
            words = doc.source.text[at:z].strip()
            if len(words.split()) >= 3:
                out.append(Quoted(words, speaker, at, z))
    return out


# the writer's "I" in the clause that leads in to a quotation: "As I told the Public Safety Committee on February 17:"
_WRITER_LEADS = re.compile(r"(?:^|[\s(])I\s[^.!?“”\"]{0,80}[:,]\s*\Z")
_WRITER_AFTER = re.compile(rf"\s*[,.!?]?\s*I\s+(?:{quote_mentions.SPEECH_VERBS})\b")


_CREDITED = re.compile(rf"\b(?:{alternation(_LEX.words('credit-preposition'))})\s+(?:\S+\s+){{0,2}}$", re.I)


def _led_in(text: str, at: int, outside: list[tuple[int, int, str]], index: NameIndex) -> str | None:
    """The speaker of a quotation a colon leads into: the person the words before it credit ("a statement from
    Sen. Brandvold, who ...:"), else the first they name ("Heitkamp put it this way:")."""
    lead = [(a, pid) for a, z, pid in outside if z <= at and index.types.get(pid) == "person"]
    credited = [pid for a, pid in lead if _CREDITED.search(text, max(0, a - 30), a)]
    return credited[0] if credited else lead[0][1] if lead else None


def _titles_held(doc: Doc, index: NameIndex) -> dict[str, set[str]]:
    """Title head -> the people the document gives that one title: "Mayor Gerald Whitcomb" under Mayor, "Chief of
    Police Denise A. Okafor" and "Fire Chief Tobias Wren" under Chief; a second's post ("Deputy Chief Marcus
    Lindqvist", "Vice Mayor") under none. A turn's label that is a title ("MAYOR:", "CHIEF:") is the one person
    who holds it; "REPORTER:" none."""
    held: dict[str, set[str]] = {}
    for m in name_mentions.detect(doc.source.text, index):
        heads = _LEX.title_heads(m.value.title) if m.value.title else ()
        if len(heads) != 1 or any(w.rstrip(".") in _SECOND for w in m.value.title.lower().split()):
            continue
        held.setdefault(heads[0], set()).update(i for i in m.value.ids if index.types.get(i) == "person")
    return held


_SECOND = frozenset(m.word.lower() for m in _LEX.modifiers if m.kind == "second")


def _titled_after(text: str, end: int, people: list[tuple[int, int, str]]) -> str | None:
    """`,” said Mayor Tom Reyes.` / `,” Police Chief Ann Ortiz said.`: a speaker with a title the detector does not list."""
    after = [p for p in people if p[0] >= end]
    if not after:
        return None
    start, stop, pid = after[0]
    gap = text[end:start]
    if _SAID_TITLE.fullmatch(gap) or _ROLE_GAP.fullmatch(gap) and re.match(rf"\s*[,.!?]?\s*[”\"]?\s*(?:{quote_mentions.SPEECH_VERBS})\s", gap):
        return pid
    if (_TITLE_GAP.fullmatch(gap) or _ROLE_GAP.fullmatch(gap)) and re.match(
        rf"\s*(?:,[^,]{{1,60}},\s*)?(?:{quote_mentions.SPEECH_VERBS})\b", text[stop:], re.I
    ):
        return pid
    if _ROLE_GAP.fullmatch(gap) and gap.rstrip().endswith(",") and re.match(rf",\s*(?:{quote_mentions.SPEECH_VERBS})\b", text[stop:], re.I):
        return pid  # `,” the agency's director, Tom Ferris, said.`
    return None


def _antecedent(
    people: list[tuple[int, int, str]],
    at: int,
    previous: list[str],
    last_speaker: str | None,
    last_person: str | None,
    unlike: set[str] | frozenset[str] = frozenset(),
    recent: list[str] | None = None,
) -> str | None:
    """Who "she" or "the senator" is: a person named earlier in the sentence, else the subject
    (first person) of the sentence before, else whoever spoke last ("Smith criticized Governor
    Jones. “This is wrong,” he said." is Smith, not Jones). Never one of `unlike`, whom the sources make
    the other sex ("He and his wife, Grace, ... “...,” he said." is not Grace, but the man named before her, the
    last of `recent` who may be "he")."""
    before = [pid for a, _, pid in people if a < at and pid not in unlike]
    if before:
        return before[0]
    fits = [pid for pid in previous if pid not in unlike]
    if fits:
        return fits[0]
    latest = next((pid for pid in reversed(recent or []) if pid not in unlike), None)
    if previous:
        return latest  # the sentence before named only the other sex: its subject was a pronoun, for the one named before
    return next((pid for pid in (last_speaker, last_person) if pid and pid not in unlike), latest)


def _sex(word: str) -> str | None:
    """ "f" for "she" or "wife", "m" for "he" or "husband", else None."""
    word = word.lower()
    return "f" if word in _LEX.words("female-word") else "m" if word in _LEX.words("male-word") else None


def _unclosed(doc: Doc, paragraph: int) -> tuple[str, int, int] | None:
    """A passage that opens in this paragraph and does not close in it: it runs on into the next one."""
    start, end = doc.paragraphs[paragraph]
    text = doc.source.text[start:end]
    opened = _OPEN_ONLY.search(text)
    if not opened or text.count("“") <= text.count("”") and "“" in text:
        return None
    if "“" not in text and text.count('"') % 2 == 0:
        return None
    at = start + opened.start()
    first = next(s for s in doc.sentences if s.paragraph == paragraph and s.end > at)
    return doc.source.text[start + opened.start("words") : end], first.start, end


def _pull_quotes(doc: Doc, index: NameIndex) -> list[Quoted]:
    """A paragraph with no quotation marks, then a paragraph that is only a person's name (a pull quote)."""
    out = []
    texts = [doc.paragraph_text(i) for i in range(len(doc.paragraphs))]
    for i in range(len(texts) - 1):
        body, credit = texts[i], texts[i + 1].strip()
        if any(mark in body for mark in '“”"') or len(body.split()) < 6 or len(credit.split()) > 4:
            continue
        people = _people(credit, index)
        if len(people) != 1 or people[0][0] != 0 or people[0][1] != len(credit):
            continue
        end = doc.paragraphs[i + 1][1]
        if i + 2 < len(texts) and len(texts[i + 2].split()) <= 6 and _CREDIT_TITLE.search(texts[i + 2]):
            end = doc.paragraphs[i + 2][1]
        out.append(Quoted(body.strip(), people[0][2], doc.paragraphs[i][0], end))
    return out
