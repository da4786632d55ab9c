"""The registry of checks: every finding kind factcheck reports, with its severity and documentation -> CHECKS.

One `Check` per kind, listed once, here. Everything that names kinds reads it: the severity
keys of the configuration and their defaults (settings.py), the kinds a suppression comment
may name (suppress.py), `model.FINDING_KINDS`, the SARIF rules (report/sarif.py) and
`factcheck kinds`. Adding a kind is one entry here (tests/test_checks.py fails
until it is), plus the code that emits it.

Each check carries one example that gives its finding (`failing`) and one that does not
(`passing`); tests/test_checks.py runs them. For a `verify` check they are draft
text, checked against the shipped claims/ and sources/; for a `check` check they are a
claims file (claims/example.yaml) added beside the shipped sources/ and entities.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from factcheck.errors import FactcheckError

COMMANDS = ("verify", "check")


@dataclass(frozen=True, slots=True)
class Check:
    id: str  # a stable CamelCase name, the SARIF rule `name`: ContradictedDate
    kind: str  # the `kind` of its findings (factcheck-report/1) and the SARIF rule id
    severity: str  # the default: error | warning | info (verify's can be changed in the configuration)
    command: str  # verify | check: the command whose report it appears in
    summary: str  # one line: what it catches
    doc: str  # a paragraph: what it catches and when
    help: str  # what to do about it
    failing: str  # an example that gives this finding
    passing: str  # a near one that does not (and gives no error)


# A claim the `check` examples build on: Heitkamp's words as the U.S. Embassy's release gives them.
_GRAVE = """\
  - id: example-grave-problem-embassy
    kind: quote
    fact: example-grave-problem-quote
    statement: Heitkamp said human trafficking is a grave problem that the two countries must work together to address.
    speaker: heidi-heitkamp
    words: "Human trafficking – including sex and labor trafficking – is a grave problem that our countries must work together to address,"
    provenance:
      - source: {source}
        quote: "“Human trafficking – including sex and labor trafficking – is a grave problem that our countries must work together to address,” said Senator Heitkamp."
"""
_VALID = "claims:\n" + _GRAVE.format(source="embassy-2014-04-15-delegation")

CHECKS: tuple[Check, ...] = (
    # --- verify: a draft against the claims ---------------------------------------------
    Check(
        id="ContradictedDate",
        kind="date",
        severity="error",
        command="verify",
        summary="A date the sources contradict.",
        doc="The draft gives a date (a day, month or year, or a relative date such as 'last year') that differs from the date the cited sources give for the same event.",
        help="Compare the marked date with the cited source passage and use the sources' date. A relative date is read against the draft's own date: front matter `date:` or --as-of.",
        failing="Ayotte was New Hampshire attorney general from 2003 to 2009.",
        passing="Ayotte was New Hampshire attorney general from 2004 to 2009.",
    ),
    Check(
        id="ContradictedNumber",
        kind="number",
        severity="error",
        command="verify",
        summary="A figure the sources contradict.",
        doc="The draft gives a count, amount, share or other figure that differs from the figure the cited sources give for the same thing, allowing for hedges such as 'about' or 'more than'.",
        help="Compare the marked figure with the cited source passage and use the sources' figure, or a hedge that covers it.",
        failing="In 2013, 45 people died of heroin overdoses in Hennepin County.",
        passing="Fifty-four people died of heroin overdoses in Hennepin County in 2013.",
    ),
    Check(
        id="Misquote",
        kind="quote",
        severity="error",
        command="verify",
        summary="A quotation whose words differ from the source's.",
        doc="The draft quotes someone, but the words inside the quotation marks differ from the verbatim wording in the sources; or it reports what they said with a word turned into its opposite ('ahead' for the source's 'further behind').",
        help="Quote the source's words exactly as the cited passage gives them, or paraphrase without quotation marks.",
        failing='"It makes sense when you have people who are very rich who are in a concentrated area, that you\'re going to see more of this trafficking," Klobuchar said.',
        passing='"It makes sense when you have people who are very poor who are in a concentrated area, that you\'re going to see more of this trafficking," Klobuchar said.',
    ),
    Check(
        id="Misattribution",
        kind="attribution",
        severity="error",
        command="verify",
        summary="A statement given to the wrong person or body.",
        doc="The draft attributes a quotation or statement to someone other than the speaker the sources name.",
        help="Attribute the words to the speaker named in the cited source passage.",
        failing='Klobuchar said "the United States Government is committed to working with Mexico to stop this horrible crime."',
        passing='Ambassador Wayne said "the United States Government is committed to working with Mexico to stop this horrible crime."',
    ),
    Check(
        id="WrongEntityDetail",
        kind="entity",
        severity="error",
        command="verify",
        summary="A name, title, party, state, role or relation the sources contradict.",
        doc="The draft gives a person, place or body a name, title, party, state, role or relation (wife, sister ...) that differs from what the sources record for them.",
        help="Use the name, title, party, state or role given in the cited source passage; check whether it held at the time the draft speaks of.",
        failing="U.S. Sen. Amy Klobuchar, D-Wis., led a delegation to Mexico City.",
        passing="U.S. Sen. Amy Klobuchar, D-Minn., led a delegation to Mexico City.",
    ),
    Check(
        id="UnsupportedStatement",
        kind="unsupported",
        severity="warning",
        command="verify",
        summary="A factual statement about the corpus's subjects that no claim covers.",
        doc="The sentence names someone or something of the registry, or shares a topic with a claim, and states checkable facts (figures, dates, quotations, people's titles or affiliations) that no claim covers, so it could not be checked. Prose about other things stays quiet. "
        "When the claims back the rest of the sentence but not one of its dates or figures, the warning names that part and cites the claims that back the rest: a sentence is supported only when every part is.",
        help="Add a source and a claim that back the statement, cite it another way, or reword it so it does not assert an unchecked fact.",
        failing="Heidi Heitkamp secured $3 million for road repairs in 2019.",
        passing="The city council approved a $3 million budget for road repairs in 2019.",
    ),
    Check(
        id="SupportedStatement",
        kind="supported",
        severity="info",
        command="verify",
        summary="A statement the sources back.",
        doc="The sentence agrees with the claims it cites, every date and figure in it included; the related locations point to the source passages that back it.",
        help="Nothing to fix. The related locations are the evidence to cite.",
        failing="Fifty-four people died of heroin overdoses in Hennepin County in 2013.",
        passing="Numbers like these are hard to read.",
    ),
    # --- check: the claims and sources themselves ---------------------------------------
    Check(
        id="SourceConflict",
        kind="conflict",
        severity="warning",
        command="check",
        summary="Two sources give different versions of one fact.",
        doc="Two claims record the same fact (a quotation, a date, a figure) differently because their sources disagree.",
        help="Check both passages (the evidence and the related locations) and decide which version a draft should follow; a draft that matches either version is not an error.",
        failing=_VALID
        + """\
  - id: example-grave-problem-release
    kind: quote
    fact: example-grave-problem-quote
    statement: Heitkamp said human trafficking is a grave problem both abroad and at home.
    speaker: heidi-heitkamp
    words: "Human trafficking – including sex and labor trafficking – is a grave problem both abroad and in our own backyard,"  # another version
    provenance:
      - source: klobuchar-2014-mexico-delegation
        quote: "“Human trafficking – including sex and labor trafficking – is a grave problem both abroad and in our own backyard,”"
""",
        passing=_VALID,
    ),
    Check(
        id="SchemaViolation",
        kind="schema",
        severity="error",
        command="check",
        summary="A claims, source or entity file breaks its schema.",
        doc="A YAML file under claims/ or sources/ does not match the JSON Schema for its kind: a missing or misspelt field, or a value of the wrong type.",
        help="Fix the field named in the message; `factcheck schema KIND` prints the schema.",
        failing=_VALID.replace("    speaker: heidi-heitkamp", "    speakr: heidi-heitkamp  # misspelt"),
        passing=_VALID,
    ),
    Check(
        id="ProvenanceMismatch",
        kind="provenance",
        severity="error",
        command="check",
        summary="A claim's quote is no longer in its source.",
        doc="The verbatim quote a claim gives as its provenance cannot be found in the source file it names, or its words differ from the source's.",
        help="Copy the quote again from the source file, exactly, or point the claim at the source that holds it.",
        failing=_VALID.replace(
            'that our countries must work together to address,” said Senator Heitkamp."',
            "that our two countries must address together,” said Senator Heitkamp.\"  # not the source's words",
        ),
        passing=_VALID,
    ),
    Check(
        id="BrokenReference",
        kind="reference",
        severity="error",
        command="check",
        summary="A reference to a source, entity or claim that does not exist.",
        doc="A claim, entity or source's metadata names an id or file that is not defined anywhere in the project.",
        help="Correct the id, or add the missing source, entity or claim.",
        failing="claims:\n" + _GRAVE.format(source="embassy-2014-04-15-delegations  # no such source"),
        passing=_VALID,
    ),
    Check(
        id="DuplicateId",
        kind="duplicate",
        severity="error",
        command="check",
        summary="An id defined more than once.",
        doc="Two entries share one id, so citations to it are ambiguous.",
        help="Give one of the entries a new id and update anything that cites it.",
        failing=_VALID + _GRAVE.format(source="embassy-2014-04-15-delegation").replace("-embassy\n", "-embassy  # the same id again\n", 1),
        passing=_VALID,
    ),
    # --- verify, about the draft's own factcheck comments --------------------------------
    # Last, so the SARIF rule indexes published before it existed stay as they were.
    Check(
        id="IneffectiveSuppression",
        kind="suppression",
        severity="warning",
        command="verify",
        summary="A factcheck comment that silences nothing.",
        doc="A `<!-- factcheck: ... -->` comment in the draft is malformed (an unknown verb or kind), so it silences nothing; with --report-unused-ignores, also one that silenced no error or warning.",
        help="Correct the comment as the message suggests (`ignore`, `off` or `on`, then kinds from `factcheck kinds`), or remove it.",
        failing="<!-- factcheck: igonre number -->\nIn 2013, 45 people died of heroin overdoses in Hennepin County.",
        passing="<!-- factcheck: ignore number -->\nIn 2013, 45 people died of heroin overdoses in Hennepin County.",
    ),
)

BY_KIND: dict[str, Check] = {check.kind: check for check in CHECKS}
KINDS: tuple[str, ...] = tuple(BY_KIND)  # every kind, in registry order
VERIFY_KINDS: tuple[str, ...] = tuple(c.kind for c in CHECKS if c.command == "verify")  # the configurable severities
CHECK_KINDS: tuple[str, ...] = tuple(c.kind for c in CHECKS if c.command == "check")
# What a `<!-- factcheck: ignore KIND -->` may name: verify's kinds, except the warning about
# such comments themselves, which a comment cannot silence (it would hide its own typo).
SUPPRESSIBLE: tuple[str, ...] = tuple(kind for kind in VERIFY_KINDS if kind != "suppression")
DEFAULT_SEVERITY: dict[str, str] = {c.kind: c.severity for c in CHECKS if c.command == "verify"}


def get(name: str) -> Check:
    """The check of a kind (`date`) or id (`ContradictedDate`), either in any case; else a one-line error with a "did you mean"."""
    wanted = name.strip().lower()
    for check in CHECKS:
        if wanted in (check.kind, check.id.lower()):
            return check
    names = [*KINDS, *(c.id for c in CHECKS)]
    close = difflib.get_close_matches(name.strip(), names, n=1) or difflib.get_close_matches(wanted, KINDS, n=1)
    hint = f"did you mean `{close[0]}`?" if close else f"kinds: {', '.join(KINDS)}"
    raise FactcheckError(f"unknown kind {name!r}", hint=hint)
