"""Compare the figures a sentence gives with those of the claims it is about.

Figures are compared only with figures that count the same thing (same unit, or people
against people), and hedges widen them: "about seven thousand" agrees with "7,000",
"nearly doubled" does not agree with "nearly tripled", "2 million" is not "more than 20 million",
and "more than 2 million" is not "more than 20 million" either (the same bound, another figure).
"""

from __future__ import annotations

import math

from factcheck.compare import SUPPORT, TOPIC, SentenceFacts, Verdict, arithmetic, figures, identified, meant, motion_pick, stated_elsewhere, tallies, tally_vote
from factcheck.compare.agreement import (
    agrees,
    apart,
    near_in_scale,
    open_ended,
    permuted,
    restated,
    transposed,
    within_bound,
)
from factcheck.compare.arithmetic import age_bound, apart_in_kind, besides_one, elapsed, of_its_own, sum_of_a_claim, whole_of, writers_own
from factcheck.compare.one_of_kind import one_of_kind
from factcheck.compare.turned import NEARBY, hedge_turned_nearby, transposed_elsewhere
from factcheck.corpus.index import ClaimCard, ClaimIndex, significant
from factcheck.frames import Frame, conflict, overlap
from factcheck.lexicon import Lexicon, lexicon
from factcheck.mentions.number_forms import RANK
from factcheck.mentions.numbers import counted_noun, written_signed
from factcheck.model import Mention, Quantity
from factcheck.retrieve import Candidate
from factcheck.textutil import content_stems

# A claim with this much of a figure's clause (and someone the paragraph names) is about the figure.
ALIGNED = 0.7


# A claim's figure framed by none of the draft figure's words is held against it only within this factor of it.
FAR = math.log(3)


def _labelled_as(q: Quantity, drafted: Quantity, facts: SentenceFacts) -> bool:
    """The draft writes the claim's label right before its figure ("reached Day 5 with ..." for "Day 7"), though
    the detector read no noun for it."""
    at = next((m.start for m in facts.numbers if m.value is drafted), -1)
    return at > 0 and facts.text[:at].rstrip().lower().endswith(q.unit.lower())


def _far(q: Quantity, drafted: Quantity, score: float) -> bool:
    """The claim's figure is framed by none of the draft figure's words and of another order of size, its digits not
    the draft's turned round: another sum of the claim, not the one misstated."""
    return score <= 0 and q.value > 0 and drafted.value > 0 and apart(q, drafted) > FAR and not transposed(q, drafted)


def _exactly(q: Quantity, drafted: Quantity) -> bool:
    """The claim states the draft's very figure, and it is no round one: "67 responded" is the draft's "the 67
    households that answered", however unlike their words, and "from 3,400 to 3,800 lines" the draft's "target of
    3,800 replacements"; a claim's "50" may be any fifty, and its "3,000" any three thousand."""
    return q.value == drafted.value and len(significant(drafted)) >= 2 and (drafted.value % 10 != 0 or drafted.value >= 1000)


def _rank(q: Quantity) -> bool:
    """A place in an order ("second-lowest", "third-largest"), not a count."""
    return q.unit.startswith(RANK)


def _same(
    drafted: Quantity, mine: Frame, card: ClaimCard, facts: SentenceFacts, index: ClaimIndex, lex: Lexicon | None, *, close: bool = False
) -> list[tuple[Quantity, float]]:
    """The claim's figures that count what the draft's figure counts, each with how well their frames
    align; none whose frame names something else ("72 in Douglas County" for a Curry County row).
    A bare figure ("| Population of St. Francis | 70,000 |", "**Fifteen**: the average age ...") counts
    what its label says: the claim's one figure when the sentence has one, else those its words frame.
    Not a figure the sentence states elsewhere ("9.4 inches" in "Feb. 10–13 | 9.4 inches")."""
    framed = [(restated(q, drafted.unit, lex), f) for q, f in meant.framed(card) if not conflict(mine, f, facts.text)]
    every = figures.drafted_period(drafted, facts.text, facts.numbers, lex=lex)
    framed = [(q, f) for q, f in framed if not figures.other_period(q, card.claim, every, lex=lex)]
    if "tally" in (drafted.unit, *(q.unit for q, _ in framed)):
        # a vote's tally is held against tallies only, and a count never against one: "4-0" is no "four bus shelters"
        framed = [(q, f) for q, f in framed if (q.unit == "tally") == (drafted.unit == "tally")]
    if any(_rank(q) for q in (drafted, *(q for q, _ in framed))):
        # ... and a rank against ranks: "the lowest of five" is no "second-lowest"
        framed = [(q, f) for q, f in framed if _rank(q) == _rank(drafted)]
    if any(f.change == mine.change for _, f in framed):
        # an amount of change is held against one ("up 75 students" and "an increase of 57"), a level against
        # a level ("enrollment is 4,218"), when the claim has one of that kind
        framed = [(q, f) for q, f in framed if f.change == mine.change]
    scored = [(q, overlap(mine, f, index.idf, index.unseen_idf)) for q, f in framed]
    # "more than half of it is federal money" is no "increase of $20.9 million, about 19 percent": a level is held
    # against a change (or a change against a level) only when some of its own words frame it, or its digits turned round
    scored = [(q, score) for (q, score), (_, f) in zip(scored, framed, strict=True) if score > 0 or f.change == mine.change or transposed(q, drafted)]
    if drafted.unit in figures.lexical(lex).labels and figures.is_label(drafted) and not close:
        # "Councilor Ana Griego, District 3" is no "District 1 Engineer Marisol Trujillo-Baca": an identifier is
        # held only against one whose words, besides the label's own, frame it alike, unless the claim is most of
        # the sentence ("... as provided for in Section 170 of the U.S. Copyright Law")
        plain = figures.unlabelled(mine, drafted)
        scored = [(q, overlap(plain, figures.unlabelled(f, drafted), index.idf, index.unseen_idf)) for q, f in framed]
        scored = [(q, score) for q, score in scored if score > 0 or q.value == drafted.value]  # the same identifier is itself
    if not drafted.unit:
        # a bare figure is no measure the sentence never names: "| 24-hour ambulances | 4 |" counts no "five-year
        # contract" nor the "40 seconds" of a response time; an age it may be ("children are 15" for "13 years old")
        said = set(content_stems(facts.text))
        scored = [
            (q, score) for q, score in scored if q.unit not in figures.lexical(lex).measures or said & set(content_stems(q.unit)) or figures.is_age(q, lex=lex)
        ]
    kin = sorted((score for q, score in scored if q.unit == drafted.unit and figures.is_label(q)), reverse=True)
    if figures.is_label(drafted) and len(kin) > 1 and kin[0] <= kin[1]:
        # "Outside Zone 3" against "in Zones 1, 2 and 4": which of a list, framed alike, the draft's would be is no one's
        # to say ("Marchetti, who represents District 3, ... Kessler, District 5" frames each by its own person)
        scored = [(q, score) for q, score in scored if q.value == drafted.value or not (q.unit == drafted.unit and figures.is_label(q))]
    others = meant.elsewhere(drafted, framed, facts, index)
    # digits in another order whatever the noun; a place off only for a figure that names what it counts
    # ("a town of 70,000" for the 7,000-person town, not "an inventory of nearly 3,000" for a three-span bridge)
    moved = [(q, score) for q, score in scored if score > 0 and transposed(q, drafted) and (drafted.unit or permuted(q, drafted))]
    # "1,100 county residents signed" counts the people of "1,164 signatures from Pell County residents": a count of
    # people framed by the very people the draft counts
    theirs = content_stems(drafted.unit) if drafted.unit in figures.lexical(lex).people else []
    signed = {id(q) for q, f in framed if theirs and set(theirs) <= f.stems and q.unit and q.unit not in figures.lexical(lex).measures}
    same = [
        (q, score)
        for q, score in scored
        if (figures.compatible(drafted, q, lex=lex) or (q, score) in moved or id(q) in signed) and not within_bound(q, drafted)
    ]
    # "about 2,300 nurses: roughly 1,600 at Brightwater and 730 at Cold Spring": the claim's 2,340 is the rounded
    # total's, never a part's
    rounded = {
        q.value
        for q, _ in framed
        for m in facts.numbers
        if m.value is not drafted and m.value.hedge and m.value.unit and q.value != m.value.value and q.unit == m.value.unit and agrees(q, m.value)
    }
    same = [(q, score) for q, score in same if q.value not in rounded or agrees(q, drafted)]
    # "982 of 1,146 counted": the part the sentence gives before "of" is no misstatement of the whole
    parts = meant.parts_before(drafted, facts) | meant.replaced(drafted, facts)  # ... nor the figure it replaces ("14 routes instead of 22")
    same = [(q, score) for q, score in same if q.value not in parts or agrees(q, drafted)]
    if open_ended(drafted) and len(same) > 1:
        # "more than 5,700 lead lines" for the neighborhoods' "about 5,680 of the city's 9,312": a bound the whole is past
        # too, but the part the claim gives first is what its words count
        whole = meant.wholes(card)
        same = [(q, score) for q, score in same if q.value not in whole] or same
    if same and drafted.unit:
        # "Three of the board's five supervisors": the claim's "the three supervisors" is the sentence's "Three",
        # unless this figure's own words frame it better
        # ... and a bound is none of the figures the sentence states for themselves
        same = [(q, score) for q, score in same if q.value not in stated_elsewhere.bound_past(drafted, facts)]
        return [(q, score) for q, score in same if q.value not in others or score > others[q.value] or agrees(q, drafted)]
    if same or drafted.unit:
        return same
    # a figure the sentence states elsewhere is that one's, unless this figure's own words frame it better in a claim of
    # two ("Gallatin with five" of "eight in Gallatin County and five in Cascade County"; not the 43 of "Forty-three
    # members ... addressed Council" for "forty-three people spoke, ... and eight against"); a bare count is
    # no multiple nor a vote ("17 of them" is not "three times denser"), nor a share or a sum of money, which a writer
    # marks ("21 now" is not "3.25 percent"), nor a name's number ("| Bus routes | 19 |" is no "State Route 9"); a bare
    # figure with a plus sign is a score or a change ("| Pts | +15 |"), held only against a change
    changes = {id(q) for q, f in framed if f.change or written_signed(q)}
    free = [
        (q, score)
        for q, score in scored
        if (q.value not in others or score > others[q.value] and len(framed) > 1)
        and (not drafted.shown.lstrip().startswith("+") or id(q) in changes)
        and q.value not in rounded
        and q.unit not in ("times", "tally", "percent", "dollar")
        and (not figures.is_label(q) or _labelled_as(q, drafted, facts))
    ]
    if len(free) == 1 and len(card.numbers) == 1 and len(facts.numbers) == 1:
        return free
    words = set(content_stems(facts.text))
    # a figure with no noun of its own counts what a claim's figure of its order counts: "an inventory of
    # nearly 3,000" is no "11" bids, though both name the department
    return [(q, score) for q, score in free if (score > 0 or words & set(content_stems(q.noun))) and near_in_scale(q, drafted)]


def _companions(drafted: Quantity, mention: Mention, facts: SentenceFacts, lex: Lexicon | None) -> bool:
    """ "The two went to Mexico with Cindy McCain": an article, a figure with no noun of its own (nothing, or
    a past tense the detector took for one) and someone who went along: the count leaves out the companion
    the sources' "The three" counts in, so it is not held against it. "The 2 visited Mexico" is."""
    words = figures.lexical(lex)
    text = facts.text
    if not words.anaphor.search(text[max(0, mention.start - 8) : mention.start]):
        return False
    unit = drafted.unit
    if unit and ((lex or lexicon()).singular(unit) is not None or not unit.endswith(tuple(words.past))):
        return False
    return any(m.start > mention.end and words.along.search(text[max(mention.end, m.start - 20) : m.start]) for m in facts.entities)


def _by_frame(
    drafted: Quantity, mine: Frame, at: int, facts: SentenceFacts, index: ClaimIndex, lex: Lexicon | None
) -> tuple[Candidate | None, tuple[Candidate, Quantity, float] | None]:
    """(agreeing claim, claim against) among the claims the figure's own clause is about, when no claim
    about the whole sentence counts what it counts: most of the clause theirs (ALIGNED), or a figure of
    theirs of the same unit before the same noun ("four-day trip" and "their three-day trip"), with
    someone the paragraph names."""
    head = counted_noun(drafted)
    own = set(content_stems(f"{drafted.unit} {drafted.noun}"))
    for cand in facts.framed_at(at):
        if drafted.unit == "tally" and tallies.other_voter(facts, cand.card):
            continue  # the City Council's 6-3 is not the development authority board's 6-1
        if drafted.unit in figures.lexical(lex).people and not cand.shared - own:
            # "38 women and 11 children sheltered" shares only the people it counts with "all 20 women Senators"
            continue
        about = [
            (q, score)
            for q, score in _same(drafted, mine, cand.card, facts, index, lex)
            if q.unit and (cand.coverage >= ALIGNED or (head and counted_noun(q) == head and q.unit == drafted.unit))
        ]
        if any(agrees(q, drafted) and (score > 0 or q.value == drafted.value) for q, score in about):
            # the clause is theirs and so is the very figure, however differently their words frame it ("that motion
            # failed 3-5" and "The motion to table failed, 3-5 (Arroyo ... voting yes)"); a figure framed unlike it
            # must be the same, not only near ("roughly $6.6 million ... this year" is no "more than $7 million")
            return cand, None
        same = [(q, score) for q, score in about if score > 0]
        ages = [(q, score) for q, score in about if figures.is_age(q, lex=lex)]
        if not same and figures.is_age(drafted, lex=lex) and len(ages) == 1:
            # "Lorraine, 54," of the one age of a claim about her ("Beck, 52,"): her name is all either clause says
            same = ages
        if not same:
            continue
        best, score = max(same, key=lambda item: item[1])
        return None, (cand, best, score)
    return None, None


def compare(facts: SentenceFacts, index: ClaimIndex, *, lex: Lexicon | None = None) -> list[Verdict]:
    """`lex`: the lexicon whose units and number words to read (the shipped one by default)."""
    verdicts = []
    # "Felix Moreau (Ward 3)": a seat's district is the person's, judged by compare/entities, not a count
    seats = [m.value.district_span for m in facts.entities if m.value.district_span]
    for mention in facts.numbers:
        drafted: Quantity = mention.value
        if _companions(drafted, mention, facts, lex) or any(a <= mention.start and mention.end <= b for a, b in seats):
            continue
        if age_bound(mention, facts, lex):
            continue  # "seventeen of them under 18": the part's age, no count
        whole = whole_of(mention, facts, lex)  # "27 confirmed cases ..., seventeen of them": the sentence's own whole
        if (
            of_its_own(drafted, facts)
            or writers_own(mention.start, facts)
            or sum_of_a_claim(drafted, mention.end, facts)
            or elapsed(drafted, mention.end, facts)
        ):
            continue  # "4.2 kilograms ... nearly four times the 1.1 kilograms", "or 11% in all": the sentence's own arithmetic
        mine = facts.frame(mention)
        twin = stated_elsewhere.twin(drafted, facts)  # "three forms ... three weeks": a claim's "three" may be either one's
        agree = None
        against: tuple[Candidate, Quantity, float] | None = None
        placed = False  # the figure's own words name the claim's figure it is held against
        turned: str = ""  # the way the agreeing claim says the figure went, when the draft says the other
        row = identified.claim_for(mention, facts)  # "203 lead lines in Ward 5" is the row "Ward 5: 203 lines"
        voted = tally_vote.Vote(None, None)
        if drafted.unit == "tally":
            # a tally's motion read whole from the minutes, before any claim of the sentence: "Monday program motion
            # Kimbrough/Lindqvist, 7-0" is that motion's "Approved 7-0", not the substitute motion's 2-5, and "Bus
            # shelter motion Abara/Quist, 4-0" not the roll call naming both on the calendar; nor the release's
            # "adopted the plan by a 7-2 vote" that names the route the amendment kept ("an amendment 5-4 to keep
            # Route 9"). Only its agreeing: a motion that disagrees may be another body's ("The State Finance
            # Council approved ... by a 6-3 vote" is no farm bureau's 7-2), and waits for the claims of the sentence
            voted = tally_vote.vote(drafted, facts, index, mention)
            agree = voted.agree
        if agree is None and row is not None and agrees(row[1], drafted):
            agree = row[0]
        elif (
            agree is None and row is not None and not any(c.coverage >= SUPPORT and any(_exactly(q, drafted) for q in c.card.numbers) for c in facts.candidates)
        ):
            # (not "Phase 3 is financed with an $18.5 million loan" when a claim about the sentence states that very
            # loan: Phase 3's one sum of money, its contract, is another thing)
            against, placed = (row[0], row[1], 0.0), True
        for cand in facts.candidates if row is None and agree is None and against is None else ():
            if cand.coverage < TOPIC:
                continue
            same = _same(drafted, mine, cand.card, facts, index, lex, close=cand.coverage >= ALIGNED)
            if not same:
                if not twin and any(_exactly(q, drafted) and not conflict(mine, f, facts.text) for q, f in meant.framed(cand.card)):
                    agree = cand  # "Of the 67 households that answered" and "Twenty-three of the 67 ...": its very figure
                    break
                continue
            mislaid = meant.mislaid(drafted, same, cand.card, facts, index)
            if mislaid is not None:
                # "Gallatin with five and Cascade with eight" against "eight in Gallatin County and five
                # in Cascade County": the figure agreeing is another place's; this place's figure differs
                # the claim holds both the figure and the words framing another: it is the one meant
                against, placed = (cand, *mislaid), True
                break
            hedged = meant.hedge_turned(drafted, same)
            if hedged is not None:
                against, placed = (cand, *hedged), True
                break
            # a figure framed like nothing in the sentence ("up to $7,500" for "$27.58 per cubic yard") does not
            # outweigh one framed like it that differs
            if any(agrees(q, drafted) and (score > 0 or against is None or against[2] <= 0 or _exactly(q, drafted)) for q, score in same):
                agree = cand
                turned = meant.turned(drafted, mine, cand.card)
                break
            if not twin and any(
                q.value == drafted.value
                and drafted.unit != "tally"
                and q not in [x for x, _ in same]
                and not conflict(mine, f, facts.text)
                and figures.is_label(q) <= figures.is_label(drafted)  # "District 2" is no count of two
                for q, f in meant.framed(cand.card)
            ):
                # the claim states this very figure, counting something its words did not name for us; a figure
                # counting the same thing was judged with its hedge above ("more than tripled" is not "nearly tripled")
                agree = cand
                break
            near = set(content_stems(drafted.noun))
            # of the claim's figures, one near enough to be the one misstated ("roughly 17,000 people" is the town's 7,000,
            # not its "three young people", however much alike their words)
            same = [item for item in same if not apart_in_kind(drafted, item[0])] or same
            best, score = max(same, key=lambda item: (item[1], len(near & set(content_stems(item[0].noun))), -apart(item[0], drafted)))
            if _far(best, drafted, score):
                # framed by nothing the figure's words say, and another order of size: another sum of the claim ("had
                # passed $1.9 million" is no misstated "$17.6 million project")
                continue
            if against is None or score > against[2] or score == against[2] and apart(best, drafted) < apart(against[1], drafted):
                # framed as well, the nearer figure is the one misstated: "978" for "Westview Middle School 987",
                # not the "two" students of another claim that names the school as often
                against = (cand, best, score)  # the figure whose frame is most like the draft's, of the closest claims
        if against is not None and drafted.value and against[1].value == -drafted.value and written_signed(drafted):
            placed = True  # "+3.5%" in the very row that says "-3.5%": the sign is what differs
        read_whole = False  # the tally's motion was read whole from the minutes, told by the sentence's words
        if agree is None and against is None and drafted.unit == "tally":
            agree, against, read_whole = voted
        if agree is None and against is None:
            agree, against = _by_frame(drafted, mine, mention.start, facts, index, lex)
        if agree is None and against is None:
            agree, against = stated_elsewhere.by_companion(drafted, mention, mine, facts, index)
        ground = "motion" if read_whole else ""
        # "from 17.4 ... to 11.2, a drop of about 46 percent": what the sentence's own figures work out to
        worked = arithmetic.change_of_its_own(mention, facts, mine.change) if agree is None and against is None else None
        if worked is not None:
            agree, against, placed = worked.agree, worked.against, worked.against is not None
            ground = "arithmetic" if placed else ground
        if agree is None and against is None and (kind := one_of_kind(drafted, facts, index)) is not None:
            # "It was a four-day trip": the one trip's length the sentence's documents give
            agree, against = (kind[0], None) if agrees(kind[1], drafted) else (None, (kind[0], kind[1], 0.0))
            ground = "kind" if against is not None else ""
        if against is not None and not placed and _far(against[1], drafted, against[2]):
            against = None  # "debt service runs about $783,000" is no "$21.3 million loan" its companions' claim gives
        if agree is None and against is None and not twin:
            against = transposed_elsewhere(drafted, mine, facts, index)
            ground = "digits" if against is not None else ""  # the same digits are ground enough, whatever words are shared
        if agree is None and against is None and drafted.hedge:
            against = hedge_turned_nearby(drafted, mine, facts, index)
            placed = against is not None
        if agree is None and against is not None and not placed:
            agree = stated_elsewhere.stated_nearby(drafted, mine, mention.start, facts, index, against[2]) or (
                None if ground else stated_elsewhere.stated_rounded(drafted, mine, against[0], against[2], facts.sources_about(NEARBY), index)
            )
        if (
            against is not None
            and not placed
            and agree is None
            and drafted.unit == "tally"
            # (not the sentence's own other tally of that split: "The amendment carried 3-2, ... and the ordinance as
            # amended passed 3-2" has the amendment's 3-2 in its own place)
            and not any(m is not mention and m.value.unit == "tally" and m.value.value == drafted.value for m in facts.numbers)
            # (nor the tally of the motion the sentence's words tell of, read whole: "The amendment passed on a 4-1 roll
            # call" is the amendment's 3-2, whatever motion carried 4-1)
            and not (motion_pick.about_amendment(facts) and voted.against is not None and voted.against[1].value == against[1].value)
            and tallies.elsewhere(drafted, facts, index)
        ):
            # "approved the change ... on Tuesday, March 17, by a vote of 5-2": the consent agenda's 7-0 that shares its
            # words is not the vote another claim gives as 5-2 ("On March 17, the board voted 5-2 to raise ...")
            continue
        if agree is None and against is not None:
            # "a 1.25-mill tax" after the amendment "from 1.5 mills to 1.25 mills": the sources' figure as changed
            agree = meant.amended(drafted, against[1], against[0], facts, mention, index, facts.sources_about(NEARBY))
        if agree is not None and turned:
            verdicts.append(meant.turned_verdict(facts, mention, mine, agree, turned))
            continue
        if agree is not None:
            verdicts.append(Verdict("number", False, mention.start, mention.end, mention.text, "", "figure matches the sources", (agree.card.claim,)))
            continue
        if against is None:
            continue
        cand, right, _ = against
        if whole is not None and (right.value >= whole or abs(right.value - whole) < abs(right.value - drafted.value)):
            continue  # a part of the sentence's own whole is no other version of that whole ("seventeen of them" is no 23 cases)
        if not placed and not ground and (apart_in_kind(drafted, right) or besides_one(drafted, right)):
            # "more than twenty-six thousand votes cast" is no misstatement of "defeated ... by 149 votes"; but "reached
            # 4,813 customers" may still be the release's 4,318 turned round, though "reached all 57 customers" framed it
            turned_round = None if twin or agree is not None else transposed_elsewhere(drafted, mine, facts, index)
            if turned_round is None:
                continue
            (cand, right, _), ground = turned_round, "digits"
        if not placed and not ground and stated_elsewhere.besides(right, mention, facts):
            continue  # "84 apartments: 30 in the original building and 54 in a new wing": the claim's 30 is the sentence's own
        if not ground and transposed(right, drafted) and len(significant(drafted)) >= 2:
            ground = "digits"  # "1,410" for the claim's 1,140: the same digits are ground enough, however few words are shared
        if (
            not ground
            and figures.is_age(drafted, lex=lex)
            and figures.is_age(right, lex=lex)
            and {m.value.ids for m in facts.entities if len(m.value.ids) == 1} & {(e,) for e in cand.card.entities}
        ):
            ground = "age"  # "Lorraine, 54," and "Beck, 52,": one person's age is ground enough, whatever else is said
        expected = figures.replacement(mention.text, drafted, right, lex=lex)
        said = figures.shown(right)
        verdicts.append(
            Verdict(
                "number",
                True,
                mention.start,
                mention.end,
                mention.text,
                expected,
                f"the sources' {worked.between[0].shown} to {worked.between[1].shown} is a change of {said}, not {mention.text}"
                if ground == "arithmetic" and worked is not None
                else f"the sources give {said if len(said.split()) <= 5 else expected}, not {mention.text}",
                (cand.card.claim,),
                extra={"ground": ground} if ground else {},
            )
        )
    return verdicts + tallies.unanimity(facts, {v.start for v in verdicts}, lex)
