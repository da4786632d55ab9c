"""A table's vote cells held against the roll calls of the sources.

"| Harold Lindqvist | 7 – Kessler Creek | Yes | No |" under "| Board member | Sub-district | Substitute (delay to
2027-28) | Main motion |" says Lindqvist voted yes on the substitute; the minutes' "Roll call on the substitute motion:
Kimbrough, yes; Navarro, yes; ...; Lindqvist, no." say he voted no. The column's heading names the motion, as a
sentence's words do (compare/roll_calls.py reads the motions of the sources' paragraphs and their roll calls); the
row names its one person; the draft detector marks the cells (draft.Draft.ballots). Judged only when the heading
tells which motion, and that motion's roll call records how the person voted.
"""

from __future__ import annotations

from factcheck.compare import SentenceFacts, Verdict
from factcheck.compare.motion_pick import picked_by
from factcheck.compare.roll_calls import calls_of
from factcheck.corpus.index import ClaimIndex
from factcheck.facts import persons
from factcheck.lexicon import Lexicon, lexicon


def compare(facts: SentenceFacts, index: ClaimIndex, *, lex: Lexicon | None = None) -> list[Verdict]:
    if not facts.ballots:
        return []
    lex = lex or lexicon()
    people = {m.value.ids[0] for m in persons(list(facts.entities), index) if len(m.value.ids) == 1 and index.names.types.get(m.value.ids[0]) == "person"}
    if len(people) != 1:
        return []  # the row's one person
    me = people.pop()
    sources = {p.source for c in (*facts.candidates, *facts.framed_claims()) if me in c.card.entities for p in c.card.claim.provenance}
    calls = [call for source in sorted(sources) for call in calls_of(index, source) if me in call.ayes | call.noes]
    verdicts = []
    yes = lex.words("vote-yes") | lex.words("vote-cell-yes")
    for start, end, heading in facts.ballots:
        motion = picked_by(heading, calls, index)
        if motion is None:
            continue
        written = facts.text[start:end]
        said_yes = written.lower() in yes
        if said_yes == (me in motion.ayes):
            continue
        right = "No" if said_yes else "Yes"
        right = right if written[:1].isupper() else right.lower()
        person = index.corpus.entities.get(me)
        name = person.name if person else me
        message = f"the sources record {name} voting {right.lower()} on the motion under '{heading}', not {written.lower()}"
        verdicts.append(Verdict("attribution", True, start, end, written, right, message, (motion.claim,)))
    return verdicts
