"""A citation of a source ("[^2]: Amy Dalrymple, "Day 7 – ...," Forum News Service, Dec. 9, 2015.")
held against that source's own metadata, not against the claims.

A sentence that quotes a source's title is a citation: its date is the source's publication date
and the person it names first is the source's author. Those are checked against the source's
metadata (sources/*.yaml): a date the publication date excludes is a `date` error, another
person for the author an `attribution` error. The dates of a citation are never held against the
claims: "issue page, 2014" is when the page was published, not when an event of it happened.
"""

from __future__ import annotations

import re

from factcheck.compare import SentenceFacts, Verdict
from factcheck.compare.date_owner import accessed, own_issue
from factcheck.corpus.index import ClaimIndex
from factcheck.lexicon import alternation, lexicon
from factcheck.mentions import names
from factcheck.mentions.date_spans import label, same_day
from factcheck.mentions.dates import detect as detect_dates
from factcheck.mentions.dates import parse_iso, yearless
from factcheck.model import Claim, DateSpan, Mention, Source
from factcheck.textutil import normalize

# A title shorter than this is a word ("Human"), not a title a citation quotes.
MIN_TITLE = 8
_QUOTED = re.compile(rf"[\"“]([^\"“”]{{{MIN_TITLE},300}})[\"”]")


def cited_source(text: str, index: ClaimIndex, named: frozenset[str] = frozenset()) -> str | None:
    """The id of the source the sentence cites, if any: the detect step's (facts.py). A citation quotes the
    source's title, or, short, names its publisher and its kind ("Marlow County Sheriff's Office news
    release, Oct. 12, 2026."); the publisher may be named as the registry knows it ("the U.S. Embassy's
    press release" of the "Embassy of the United States, Mexico City"): `named` are the sentence's entity ids."""
    for match in _QUOTED.finditer(text) if '"' in text or "“" in text else ():
        quoted = normalize(match.group(1)).strip(" ,.;:")
        titled = index.titles.get(quoted) or _titled_in_part(quoted, index)
        if titled is not None:
            return titled
    if len(text.split()) > CITATION_WORDS or not _YEAR.search(text):
        return None
    said = normalize(text)
    found: list[Source] = []
    for source in index.corpus.sources.values():
        kind = source.kind_noun
        if not (source.publisher and kind and re.search(rf"\b{re.escape(kind)}\b", said)):
            continue
        # the publisher as its metadata writes it, or its body before a comma ("Riverside Water Authority, Office
        # of Communications"), or as the registry knows it
        written = normalize(source.publisher)
        if written in said or written.split(",")[0] in said or named and named & _publisher(source.publisher, index):
            found.append(source)
    if len(found) > 1:
        # a publisher's updates of one kind: the one the citation's date names ("Incident Update, Saturday,
        # Sept. 12, 2026"), else the first, whose date it then contradicts as it does all of theirs
        days = [m.value for m in detect_dates(text)]
        found = [s for s in found if s.published and any(d.overlaps(parse_iso(s.published.date)) for d in days)] or found
    return found[0].id if found else None


def _titled_in_part(quoted: str, index: ClaimIndex) -> str | None:
    """The one source whose title is the quoted words with a series' label before them or a subtitle after them:
    "Heitkamp, Klobuchar team up ..." of "Day 7 – Heitkamp, Klobuchar team up ...", "Safe Harbor" of "Safe Harbor:
    A Report"."""
    if len(quoted.split()) < 3:
        return None
    found = {i for title, i in index.titles.items() if title.endswith((f" - {quoted}", f": {quoted}")) or title.startswith((f"{quoted}: ", f"{quoted} - "))}
    return found.pop() if len(found) == 1 else None


def _publisher(name: str, index: ClaimIndex) -> frozenset[str]:
    """The registry's ids of the body that publishes a source, as its metadata writes it: not a place or a person
    the name holds ("Iowa Legislative Services Agency" is no citation of every source Iowa names)."""
    return frozenset(i for m in names.detect(name, index.names) for i in m.value.ids if index.names.types.get(i) not in ("place", "person"))


# what may stand before a citation's author: a footnote's mark, a label ("Cite:", "Source:"), "See", "By"
# ... or the name right after the title: 'publishes "Day 7 – Heitkamp, Klobuchar team up ..." by Ryan Babb'
_BY_AFTER_TITLE = re.compile(r"[\"”]?,?\s+by\s+", re.I)
_BYLINE_BEFORE = re.compile(r"^\s*(?:\[\^?\w+\]:?)?\s*(?:[A-Z][a-z]+:\s*)?(?:(?:see|by)\s+)?", re.I)


# A citation by its publisher is a short line with a year: the footnote's, not a sentence of the story's.
CITATION_WORDS = 16
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _evidence(source: Source, index: ClaimIndex) -> tuple[Claim, ...]:
    """A claim of the source, so that the finding points at it."""
    for claim in index.corpus.claims.values():
        if any(p.source == source.id for p in claim.provenance):
            return (claim,)
    return ()


def _lead(mention: Mention) -> int:
    """Where a name's words begin: its title's start when the title comes first."""
    return (mention.value.title_span or (mention.start,))[0]


_CELL_GAP = re.compile(r"\s{3,}")  # the gap between a table row's cells
_PARTS = re.compile(rf";|{_CELL_GAP.pattern}")  # a list's semicolon, or a cell's gap


def _parts(text: str) -> list[tuple[int, int]]:
    """(start, end) of each part of a citation, between semicolons or a table row's cells."""
    bounds = [0, *(m.end() for m in _PARTS.finditer(text)), len(text) + 1]
    return list(zip(bounds, bounds[1:], strict=False))


def _part(text: str, titled: list[tuple[int, int]], facts: SentenceFacts, published: DateSpan | None) -> tuple[int, int]:
    """(start, end) of the part of a citation that cites the source: the one quoting its title, else the one giving its
    date, else the whole."""
    parts = _parts(text)
    if len(parts) == 1:
        return 0, len(text)
    marks = [a for a, _ in titled] or [m.start for m in facts.dates if published is not None and m.value.overlaps(published)]
    for a, z in parts:
        if any(a <= at < z for at in marks):
            return a, z
    return 0, len(text)


def _names_another(facts: SentenceFacts, at: int) -> bool:
    """The citation's part holding `at` names a publisher or a person of its own: another work's."""
    a, z = next((a, z) for a, z in _parts(facts.text) if a <= at < z)
    return any(a <= m.start < z for m in facts.entities)


_POSTED = re.compile(
    rf"\b(?:{alternation(lexicon().words('publication-verb'))})(?:\s+on)?(?:\s+(?:{alternation(d.name for d in lexicon().weekdays)}),?)?\s+\Z", re.I
)


def _posted(mention: Mention, text: str, source: Source, index: ClaimIndex) -> bool:
    """ "posted Monday, April 21, 2014" of a release the embassy issued on April 15: a day the source's own page
    states, after a verb of publishing, is when that page went up (a repost, an update), not a misdated release."""
    if _POSTED.search(text, max(0, mention.start - 20), mention.start) is None:
        return False
    return any(
        span.first == mention.value.first and span.last == mention.value.last
        for card in index.cards.values()
        if any(p.source == source.id for p in card.claim.provenance)
        for span in card.dates
    )


def compare(facts: SentenceFacts, index: ClaimIndex) -> list[Verdict]:
    source = index.corpus.sources.get(facts.cites or "")
    if source is None:
        return []
    verdicts = []
    published = parse_iso(source.published.date) if source.published else None
    titled = [m.span(1) for m in _QUOTED.finditer(facts.text)]
    # "press release, Apr. 15, 2014; reposted Monday, April 21, 2014": once the citation gives the publication's
    # date, its other dates are other events (reposted, accessed)
    given = published is not None and any(m.value.overlaps(published) for m in facts.dates)
    # "minutes of the special meeting of October 19, 2026" of the minutes posted October 21: the title's own date
    titled_days = [m.value for m in detect_dates(source.title)] if source.title else []
    # a table row quoting the title in one cell: the dates of its other cells are no publication's ("| Sen. Heitkamp's
    # "Human Trafficking" issue page | Public computers | The Sept. 2013 hearing |")
    # ... nor are those of another work a list of them gives ("Forum News Service, Dec. 2015; Sen. Heitkamp's office,
    # "Human Trafficking" issue page")
    cited_part = _part(facts.text, titled, facts, published) if titled else (0, len(facts.text))
    for mention in facts.dates:
        if published is None:
            break
        if titled and all(_CELL_GAP.search(facts.text, min(a, mention.start), max(z, mention.end)) for a, z in titled):
            continue
        if not cited_part[0] <= mention.start < cited_part[1] and _names_another(facts, mention.start):
            continue
        if accessed(mention, facts.text):
            continue  # "(accessed Feb. 2016)": when the writer read it, not when it was published
        if not titled and own_issue(mention, facts):
            continue  # the draft's own masthead names its publisher and kind, and its own issue's date
        if any(a <= mention.start and mention.end <= z for a, z in titled):
            continue  # "..., Set Oct. 1 Closing,": a date of the title is the story's, not the publication's
        if given and not mention.value.overlaps(published):
            continue
        # "Forum News Service, Dec. 9." cited a month later: its year is the draft's guess, the day is the source's
        guessed = yearless(mention) and same_day(published, mention.value, True)
        if guessed or mention.value.overlaps(published) or any(mention.value.overlaps(d) for d in titled_days) or _posted(mention, facts.text, source, index):
            verdicts.append(Verdict("date", False, mention.start, mention.end, mention.text, "", "the source's date", _evidence(source, index)))
        else:
            right = label(published)
            verdicts.append(
                Verdict(
                    "date",
                    True,
                    mention.start,
                    mention.end,
                    mention.text,
                    right,
                    f'"{source.title}" is dated {right}, not {mention.text}',
                    _evidence(source, index),
                    extra={"ground": "citation"},  # the citation names its source: ground enough, whatever words it shares
                )
            )
    # the author is the name a citation opens on ("Amy Dalrymple, "Day 7 ...""), not one inside its title or
    # of another source it lists ("office of Sen. Heidi Heitkamp")
    # a footnote listing several works ("... joint press release, Minneapolis; U.S. Embassy Mexico City press release,
    # Apr. 15, 2014."): the byline is the one of the part that cites this source
    part = _part(facts.text, titled, facts, published)
    people = [
        m
        for m in facts.entities
        if index.names.types.get(m.value.ids[0]) == "person"
        and part[0] <= m.start < part[1]
        and (not _BYLINE_BEFORE.sub("", facts.text[part[0] : _lead(m)]).strip() or any(_BY_AFTER_TITLE.fullmatch(facts.text, z, _lead(m)) for _, z in titled))
    ]
    author = normalize(source.author)
    if people and author and author not in normalize(facts.text):
        first = people[0]
        names = [normalize(e.name) for i in first.value.ids if (e := index.corpus.entities.get(i))]
        if names and author not in names and any(n.split()[-1] not in author for n in names):
            verdicts.append(
                Verdict(
                    "attribution",
                    True,
                    first.start,
                    first.end,
                    first.text,
                    source.author,
                    f'"{source.title}" is by {source.author}, not {first.text}',
                    _evidence(source, index),
                )
            )
    return verdicts
