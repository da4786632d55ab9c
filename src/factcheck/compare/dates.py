"""Compare the dates a sentence gives with those of the claims it is about.

Precision-aware: "2013" does not contradict "September 2013"; "October 2013" does. When
several claims speak to the same fact, the most precise one decides: "2013" backing a
sentence does not outweigh "September 2013" contradicting its "December 2013".
"""

from __future__ import annotations

import re

from factcheck.compare import SUPPORT, TOPIC, SentenceFacts, Verdict, date_anchors
from factcheck.compare.agreement import agrees
from factcheck.compare.date_frames import (
    alike,
    contains_range,
    fit,
    framed_dates,
    in_season,
    is_season,
    other_end,
    same_calendar,
    season_for_season,
    spans_agree,
    tells_of,
    unstated,
)
from factcheck.compare.date_owner import (
    dated_writing,
    dates_a_source,
    misdated_source,
    not_an_event,
    own_issue,
    post_stamp,
    present_tense,
    says_today,
    upcoming,
)
from factcheck.compare.date_stated import ALIGNED, keyed_day, named_only, stated_alike, stated_with
from factcheck.compare.meeting import meeting_day, names_the_meeting, on_its_day
from factcheck.compare.tallies import gives_its_tally
from factcheck.corpus.index import ClaimCard, ClaimIndex
from factcheck.frames import Frame, covered, decode, possessive
from factcheck.lexicon import Lexicon, per_lexicon
from factcheck.memo import Memo
from factcheck.mentions import dates as date_mentions
from factcheck.mentions import numbers as number_mentions
from factcheck.mentions.date_spans import PRECISION_RANK, a_year_off, label, same_day, within_month
from factcheck.mentions.dates import yearless
from factcheck.model import DateSpan, Mention
from factcheck.retrieve import Candidate
from factcheck.textutil import content_stems

_RANK = PRECISION_RANK
# Claims with this much less of a date's own clause than the best one (which has ALIGNED of it) are about something
# else of the sentence.
DRIFT = 0.35


def _as_written(drafted: str, right: str) -> str:
    """The replacement in the draft's own framing: "from 2003 to 2009" -> "from 2004 to 2009"."""
    first = drafted.split(" ", 1)[0]
    if " to " in right and first.lower() == "from":
        return f"{first} {right}"
    if " to " in right and first.lower() == "between":
        return f"{first} {right.replace(' to ', ' and ')}"
    return right


# The words a day's frame must share with the draft's date's for that day to be what the draft's date is about, when
# the claim's day agreeing with it is framed like nothing of the sentence.
ALIKE_WORDS = 2


def _finer_against(drafted: DateSpan, mine: Frame, card: ClaimCard, agreeing: list[DateSpan], index: ClaimIndex) -> DateSpan | None:
    """The claim's date framed like the draft's, when the claim's dates that agree with the draft's are only coarser
    ones (a year, for a day), or framed like nothing of the draft's: that date is what the claim says of it."""
    if not agreeing:
        return None
    if any(s.precision == drafted.precision for s in agreeing):
        # "voted 3-2 on Wednesday, March 11" against a release dated that day that says the board "voted 3-2 on
        # Tuesday, March 10"; "Riverside followed suit in 2022" against "Eldon Valley, which made the switch in 2022,
        # and Riverside, which followed in 2023": the date agreeing is framed like nothing of the sentence
        if not mine.stems or any(fit(mine, card, s, index) > 0 for s in agreeing):
            return None
        if any(len(decode(f).stems) < ALIKE_WORDS for t, f in framed_dates(card) if t in agreeing):
            return None  # "... effective January 4, 2027, and one to four effective July 1, 2027": a frame of a word says too little
        others = [s for s in card.dates if s.precision == drafted.precision and s not in agreeing]
        framed = [s for s in others if fit(mine, card, s, index) > 0]
        told = [s for s in framed if any(len(mine.stems & decode(f).stems) >= ALIKE_WORDS for t, f in framed_dates(card) if t == s and f)]
        if len(framed) != 1 or not told:
            return None
        # not when the date agreeing is framed by some of the other's own words: one thing, a step later ("caps
        # assignments on medical-surgical units at five ... beginning Jan. 4, and at four patients per nurse beginning
        # July 1")
        theirs = set().union(*(decode(f).stems for t, f in framed_dates(card) if t == told[0] and f))
        return None if any(decode(f).stems <= theirs for t, f in framed_dates(card) if t in agreeing and f) else told[0]
    if drafted.precision != "day":
        return None
    days = [s for s in card.dates if s.precision == "day" and s not in agreeing]
    framed = [s for s in days if mine.stems and fit(mine, card, s, index) > 0]
    if len(framed) == 1:
        return framed[0]
    # the one day of a claim whose year is framed like the draft's day: a header's "Third Quarter Fiscal 2026
    # Earnings Conference Call ... Thursday, October 22, 2026" dates the call
    year_alike = any(fit(mine, card, s, index) > 0 for s in agreeing)
    return days[0] if not framed and len(days) == 1 and year_alike else None


# A date right after a figure dates it ("634,080 TEUs in 2024", "687K TEUs last year"): a few words between at most.
_NEXT_TO = re.compile(r"\s*(?:[^\W\d][\w’'-]*(?:\s+[^\W\d][\w’'-]*){0,2}\s+)?")


def _figure_before(text: str, figures: list[Mention], at: int) -> Mention | None:
    before = [f for f in figures if f.end <= at]
    return before[-1] if before and _NEXT_TO.fullmatch(text[before[-1].end : at]) else None


def _other_figures(mention: Mention, facts: SentenceFacts, card: ClaimCard, span: DateSpan) -> bool:
    """The draft's date dates a figure that the claim gives, and the claim's date another of its figures: "687K
    TEUs last year (+8.4%)" is the claim's 687,340 TEUs, not the "634,080 TEUs in 2024" it rose from."""
    mine = _figure_before(facts.text, list(facts.numbers), mention.start)
    if mine is None:
        return False
    statement = card.claim.statement
    written = [d for d in date_mentions.detect(statement) if (d.value.first, d.value.last) == (span.first, span.last)]
    figures = number_mentions.detect(statement)
    theirs = _figure_before(statement, figures, written[0].start) if len(written) == 1 else None
    return theirs is not None and not agrees(theirs.value, mine.value) and any(agrees(f.value, mine.value) for f in figures if f is not theirs)


# A month or day the draft gives without its year is this many years at most from the claim's date it misstates.
RELATIVE_YEARS = 5


def _years_apart(drafted: DateSpan, theirs: DateSpan) -> bool:
    """The draft's month or day, its year left to the reader ("in March", "on Oct. 9"), and the claim's date are years
    apart: another event, not the same one misdated."""
    return (
        drafted.relative
        and drafted.precision in ("month", "day")
        and not is_season(drafted)
        and min(abs(int(drafted.first[:4]) - int(theirs.last[:4])), abs(int(drafted.last[:4]) - int(theirs.first[:4]))) > RELATIVE_YEARS
    )


# A year this far from the claim's day or month, its digits not the same turned round, dates another event.
ERA_YEARS = 20


def _another_era(drafted: DateSpan, theirs: DateSpan) -> bool:
    """ "Memorial Pool opened in 1962" is no misdated "demolition ... to begin Monday, Sept. 8, 2025": a year decades
    from the claim's day or month is another event's, unless its digits are the claim's year's turned round (1958, 1985)."""
    mine, other = drafted.first[:4], theirs.first[:4]
    return drafted.precision == "year" and theirs.precision in ("day", "month") and abs(int(mine) - int(other)) > ERA_YEARS and sorted(mine) != sorted(other)


def _grounded(cand: Candidate) -> bool:
    return len(cand.shared) >= 3 or any(k.startswith("@") for k in cand.shared)


def _dates_the_vote(card: ClaimCard, facts: SentenceFacts) -> bool:
    """The claim gives the sentence's tally and one day alone: the day of that vote."""
    return gives_its_tally(card, facts) and len({s for s in card.dates if s.precision == "day"}) == 1


# The claims of each fact the claims files name ("fact:"), per index: one fact several sources state; how many words a
# claim that dates nothing must share with the sentence to lend it the dates of its fact's other claims.
LENDS = 3
_FACTS: Memo[str, dict[str, tuple[str, ...]]] = Memo(1)


def _facts(index: ClaimIndex) -> dict[str, tuple[str, ...]]:
    def group() -> dict[str, tuple[str, ...]]:
        found: dict[str, list[str]] = {}
        for claim_id, card in index.cards.items():
            if card.claim.fact:
                found.setdefault(card.claim.fact, []).append(claim_id)
        return {fact: tuple(ids) for fact, ids in found.items()}

    return _FACTS.get((index,), "", group)


@per_lexicon
def _publishing(lex: Lexicon) -> frozenset[str]:
    return frozenset(content_stems(" ".join(lex.words("publication-verb"))))


@per_lexicon
def _published(lex: Lexicon) -> frozenset[str]:
    return _publishing(lex) | frozenset(content_stems(" ".join(lex.words("publication-noun"))))


def _names_alike(mine: Frame, theirs: Frame) -> bool:
    """The claim's date is framed by a name of the draft's date's frame ("Forum News Service"), and dates what the
    draft's date could: the hospital's "Posted to the Caldwell Falls Regional Medical Center website October 10" dates
    a posting, no ratio "starting next month" at that hospital."""
    if not mine.names & theirs.names:
        return False
    return not theirs.stems & _publishing(None) or bool(mine.stems & _published(None))


def _about(drafted: DateSpan, mine: Frame, at: int, facts: SentenceFacts, index: ClaimIndex) -> list[Candidate]:
    """The claims with dates that the date's own clause is about (fact alignment, issue 11). A claim
    about the sentence (coverage) will do, unless another claim has much more of the date's clause:
    "Klobuchar introduced a bill in September 2013, the same month Heitkamp led a hearing" dates
    the bill, not the hearing. A claim with most of the clause will do though it covers less of
    the sentence."""
    own = facts.framed_at(at)  # retrieved by the date's own clause
    seen = {c.card.claim.id for c in facts.candidates}
    pool = [*facts.candidates, *(c for c in own if c.card.claim.id not in seen)]
    # a claim about the sentence that dates nothing lends it the dates another source gives the same fact ("She first met
    # with Cindy McCain ..." and "In January, she met with Cindy McCain ...", both the fact heitkamp-mccain-first-meeting)
    groups = _facts(index)
    placed = {c.card.claim.id: k for k, c in enumerate(pool)}
    for cand in facts.candidates:
        if cand.coverage < TOPIC or cand.card.dates or not cand.card.claim.fact or len([w for w in cand.shared if not w.startswith("@")]) < LENDS:
            continue
        for other in groups.get(cand.card.claim.fact, ()):
            at_k = placed.get(other)
            if not index.cards[other].dates or at_k is not None and pool[at_k].coverage >= cand.coverage:
                continue
            lent = Candidate(index.cards[other], cand.coverage, cand.shared if at_k is None else pool[at_k].shared | cand.shared)
            if at_k is None:
                placed[other] = len(pool)
                pool.append(lent)
            else:
                pool[at_k] = lent
    dated = [(c, covered(mine, c.card.stems, index.idf, index.unseen_idf)) for c in pool if c.card.dates]
    if not dated:
        return []
    best = max(share for _, share in dated)
    # the sentence's people: a claim about one of them is not about another event because a claim about someone
    # else shares more of the date's clause ("Kowalczyk ... has been president of Local 509 since 2022" and "Local 509
    # Vice President Terrence Baptiste, who has driven Kessling routes since 2004")
    people = {i for m in facts.entities for i in m.value.ids if index.names.types.get(i) == "person"}
    leading = {i for c, share in dated if share == best for i in c.card.entities}
    leader = max(c.coverage for c, share in dated if share == best)
    theirs = bool(people) and not people & leading
    out = []
    for cand, share in dated:
        # a year is held so only against a year of theirs: "Castellano's report found ... repairs at Hawthorne, a 1958
        # building" is no misdated day of her report
        person_of = theirs and bool(people & cand.card.entities) and (drafted.precision != "year" or any(s.precision == "year" for s in cand.card.dates))
        named = bool(mine.names) and any(_names_alike(mine, decode(f)) for f in cand.card.date_frames if f) or person_of
        # "approved SB 412 by a 6-3 vote last month": the claim giving the vote's very tally backs the date it agrees
        # with, however few of the sentence's words it has (it may date other things too: no ground to hold against)
        # and so does the claim dating the vote to one day alone ("At its regular meeting on Tuesday, April 7, 2026, the
        # Board ... adopted Resolution 2026-31 ... on a 4-1 vote"): that day is the vote's
        named = named or (gives_its_tally(cand.card, facts) and any(spans_agree(s, drafted) for s in cand.card.dates)) or _dates_the_vote(cand.card, facts)
        # the very day, stated by a claim about the sentence more than the claims with most of the date's clause: "The
        # first is Tuesday, Aug. 18, at 6:30 p.m. in the high school auditorium" is the information sessions' "Tuesday,
        # August 18, at 6:30 p.m. in the ... High School auditorium", though "the first day of the 2026-27 school year"
        # has more of its words
        # ... and so does a season stated by such a claim, the same or not: "starting in spring 2027" is the validators'
        # "in place in spring 2027" (and "in fall 2027" that season misstated), though the fares' "Starting January 3"
        # has the word "starting"
        same_day = cand.coverage >= max(TOPIC, leader) and (
            drafted.precision == "day"
            and any(s.precision == "day" and s.first == drafted.first for s in cand.card.dates)
            or season_for_season(drafted, cand.card.dates)
        )
        if best >= ALIGNED and share < best - DRIFT and not named and not same_day:
            continue  # about another event of the sentence, unless its date is framed by the same name ("Forum News Service")
        if cand.coverage >= TOPIC or share >= ALIGNED or named:
            out.append(cand)
    return out


def compare(facts: SentenceFacts, index: ClaimIndex) -> list[Verdict]:
    if facts.cites is not None:
        return []  # a citation's date is its source's publication date: compare/cited.py holds it
    verdicts = []
    for mention in facts.dates:
        drafted: DateSpan = mention.value
        if not_an_event(mention, facts):
            continue
        if not drafted.relative and drafted.precision == "day" and drafted.first == drafted.last == facts.as_of:
            continue  # "DATE: May 20, 2014" on a memo written that day: the draft's own date, no event of the sources
        if own_issue(mention, facts):
            continue
        published = dates_a_source(mention, facts, index)
        if published is not None:
            verdicts.append(Verdict("date", False, mention.start, mention.end, mention.text, "", "date matches the sources", (published,)))
            continue
        misdated = misdated_source(mention, facts, index)
        if misdated is not None:
            title, day, evidence = misdated
            verdicts.append(
                Verdict("date", True, mention.start, mention.end, mention.text, label(day), f'"{title}" is dated {label(day)}, not {mention.text}', (evidence,))
            )
            continue
        if post_stamp(mention, facts) or dated_writing(mention, facts):
            continue  # when a post or a writing nobody's source is came out: no event of the claims
        backing: list[tuple[int, Candidate]] = []
        against: list[tuple[int, float, Candidate, DateSpan]] = []
        anchor = ""
        mine = facts.frame(mention)
        guessed = yearless(mention)  # "Jan. 4" or "in May" may be the sources' a year before or after too
        framed_alike: set[str] = set()  # claims whose agreeing date is about what the draft's date is about
        alike_rank = 0  # ... and how precisely the most precise of them agrees
        finer_from: set[str] = set()  # claims whose day framed like the draft's is not the one agreeing
        present = present_tense(mention, facts)
        for cand in _about(drafted, mine, mention.start, facts, index):
            if present and says_today(cand.card.claim):
                backing.append((_RANK[drafted.precision], cand))
                framed_alike.add(cand.card.claim.id)
                alike_rank = _RANK[drafted.precision]
                continue
            spans = same_calendar(cand.card, drafted, mine)
            if not spans or is_season(drafted) and drafted.relative and (facts.heading or cand.coverage < SUPPORT and not in_season(spans, drafted)):
                # "# Thread: the Senate's push this spring": a season in a heading names a time, no event; said in
                # passing, it is held only against what the sentence says, or against the same season of another
                # year (April 2014 for "this spring" in 2015), or a year without it
                continue
            if contains_range(drafted) != any(contains_range(s) for s in spans) and len(spans) == 1:  # noqa: SIM102 - the inner test has its own reason
                if contains_range(drafted) or not spans[0].overlaps(drafted):
                    continue  # a range against a point (or back) is not the same kind of date
                # a point inside the source's range ("In 2006" within "from 2004 to 2009") is backed by it
            agreeing = [s for s in spans if spans_agree(s, drafted) or same_day(s, drafted, guessed) or within_month(s, drafted, guessed)]
            finer = _finer_against(drafted, mine, cand.card, agreeing, index)
            if finer is not None and finer not in unstated((finer,), mention, facts):
                finer = None  # "last Thursday recommended ... it asked for in March": March 19 is in its own place
            if finer is not None:
                # "On its call last Wednesday" against the call's "Thursday, October 22, 2026": the claim's
                # "fiscal 2026" agreeing by its year says nothing of the day
                against.append((_RANK["day"], cand.coverage, cand, finer))
                if any(s.precision == drafted.precision for s in agreeing):
                    finer_from.add(cand.card.claim.id)  # its day agreeing is its dateline's: outweighed only by one framed alike
            elif agreeing:
                backing.append((max(_RANK[s.precision] for s in agreeing), cand))
                if alike(mine, cand.card, agreeing, index) or season_for_season(drafted, agreeing):
                    framed_alike.add(cand.card.claim.id)
                    alike_rank = max(alike_rank, *(_RANK[s.precision] for s in agreeing))
            elif (free := unstated(spans, mention, facts)) and (
                alike(mine, cand.card, free, index)
                or tells_of(facts, cand.card, index)
                or _dates_the_vote(cand.card, facts)
                or season_for_season(drafted, free)  # a season for the claim's other season
            ):
                # held only against a date framed like it: "confirmed 27 cases ... on March 12" is not the
                # signing "Thursday, a week after state health officials confirmed 27 cases"
                closest = min(free, key=lambda s: abs(int(s.first[:4]) - int(drafted.first[:4])))
                if other_end(mine, cand.card, closest):
                    continue  # "the third quarter begins July 1" is not "the quarter ended September 30"
                if _other_figures(mention, facts, cand.card, closest):
                    continue  # "687K TEUs last year" is the claim's 687,340 TEUs, not its "634,080 TEUs in 2024"
                if upcoming(drafted, closest, facts.as_of):
                    continue  # "Coalition meeting: Thursday, Oct. 15" ahead is not the neighborhood meeting of June 18
                if _years_apart(drafted, closest) or _another_era(drafted, closest):
                    continue  # "added $186,240 in March" is no misdated carpet "installed in 1994": a writer's month is recent
                if is_season(drafted) and closest.precision == "day":
                    continue  # "cameras this summer" is no day's event: not the council's vote of March 10
                against.append((_RANK[closest.precision], cand.coverage, cand, closest))
        anchored = (
            (date_anchors.anchored(mention, facts) or date_anchors.anchored_by_figure(mention, facts))
            if not against and not framed_alike and not date_anchors.replaced(mention, facts)
            else None
        )
        if anchored is not None and is_season(drafted) and anchored[1].precision == "day":
            anchored = None  # "cameras this summer after the council approved it Tuesday night": a season is no day's
        if anchored is not None and not (
            spans_agree(anchored[1], drafted) or same_day(anchored[1], drafted, guessed) or within_month(anchored[1], drafted, guessed)
        ):
            # (a day written without its year is the anchor's a year either side: "from Nov. 3 to Feb. 15", in January)
            against.append((_RANK[anchored[1].precision], anchored[0].coverage, *anchored))
            anchor = anchored[0].card.claim.id  # the sentence's other date is this claim's, to the day or month
        # (a claim framed alike that agrees only by its year, "beginning with the 2025-26 school year", tells no day)
        finely_alike = framed_alike and alike_rank >= _RANK[drafted.precision]
        met = meeting_day(drafted, mine, facts, index) if not finely_alike and not is_season(drafted) else None
        if met is not None and all(met[0].coverage >= item[1] for item in against):
            # the vote the sentence reports most is a motion of minutes: the meeting's day is its day, before any
            # claim that covers less of the sentence (another document's dateline)
            held, day = met
            if spans_agree(day, drafted) or same_day(day, drafted, guessed):
                verdicts.append(Verdict("date", False, mention.start, mention.end, mention.text, "", "date matches the sources", (held.card.claim,)))
                continue
            against = [(_RANK[day.precision], held.coverage, held, day)]
        # a claim that names who the sentence is about, or shares three of its words, before one that shares a
        # word or two ("asked"), however much of a short sentence those are
        against.sort(key=lambda item: (not _grounded(item[2]), -item[1], -item[0]))
        # a claim against it from its own day framed like the draft's ("voted 3-2 on Tuesday, March 10" in the release
        # dated March 11) is outweighed only by a backing claim framed like it too
        finer_first = any(a[2].card.claim.id in finer_from for a in against[:1])
        # a date in the possessive dates its noun only: "this year's Super Bowl" is backed by no meeting of this year
        # the clause tells of, only by a claim dating the game
        alike_only = finer_first or possessive(facts.text, mention.end)
        if not against or any(
            b_rank >= min(against[0][0], _RANK[drafted.precision]) for b_rank, b in backing if not alike_only or b.card.claim.id in framed_alike
        ):
            # no claim against it, or one that backs it as precisely as the claim against it ("In January"
            # for the January meeting outweighs the April trip the sentence also resembles) or as precisely
            # as the draft states it ("the 2014 Canyon Creek fire" against a fire of October 1, 2015)
            # It backs the date only when it dates the same thing: "the minutes of the February 25 meeting"
            # do not date "monthly bills ... | February 25, 2025", though the claim holds both.
            backing = [b for b in backing if b[1].card.claim.id in framed_alike]
            if backing:
                best = max(backing, key=lambda item: (item[0], item[1].coverage))[1]
                verdicts.append(Verdict("date", False, mention.start, mention.end, mention.text, "", "date matches the sources", (best.card.claim,)))
            continue
        _, _, cand, right = against[0]
        stated = (
            named_only(cand, drafted, mine, mention.start, facts, index)
            or stated_alike(drafted, mine, mention.start, facts, index, fit(mine, cand.card, right, index))
            or stated_with(drafted, facts, finer_from if cand.card.claim.id in finer_from or met is not None else frozenset())
            or keyed_day(drafted, mine, facts, cand.card, right, index)
            or (cand if names_the_meeting(mention.start, mention.end, drafted, facts, cand, index) else None)
            or (cand if on_its_day(drafted, cand, index) else None)
        )
        if stated is not None:
            # a claim retrieved for the sentence states this very date of a thing framed like it ("Regular meeting:
            # Thursday, December 10, 2026"), though it covers less of the sentence than the claim against it
            verdicts.append(Verdict("date", False, mention.start, mention.end, mention.text, "", "date matches the sources", (stated.card.claim,)))
            continue
        if drafted.relative and date_anchors.heads_column(mention, facts):
            continue  # "| This year | Starting in August |": when a column's figures hold, its year left to the reader
        # the closest claim against it; a coarser source date that excludes the draft's contradicts it too
        claim = cand.card.claim
        when = f" ({label(drafted)} as of the draft's date)" if drafted.relative else ""
        ground = "anchor" if claim.id == anchor else "year" if a_year_off(drafted, right) else ""
        verdicts.append(
            Verdict(
                "date",
                True,
                mention.start,
                mention.end,
                mention.text,
                _as_written(mention.text, label(right)),
                f"the sources date this {label(right)}, not {mention.text}{when}",
                (claim,),
                extra={"ground": ground} if ground else {},
            )
        )
    return verdicts
