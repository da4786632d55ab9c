"""The records that flow through factcheck: sources, claims, entities, findings.

Positions are 1-based line and column at the edges, character offsets inside.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from factcheck import checks

CLAIM_KINDS = ("quote", "date", "number", "event", "fact")
FINDING_KINDS = checks.KINDS  # every kind verify or check reports: the registry, factcheck/checks.py
SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Published:
    date: str  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    precision: str  # year | month | day
    basis: str = ""


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    path: str  # as shown to users: sources/NAME.txt
    text: str  # the whole file's text (sections share it)
    start: int  # offset range of this source (a section) inside text
    end: int
    title: str = ""
    kind: str = ""
    publisher: str = ""
    author: str = ""
    url: str = ""
    place: str = ""
    published: Published | None = None
    meta_path: str = ""  # where the metadata came from (sidecar or the file itself)
    meta_line: int = 1

    @property
    def body(self) -> str:
        return self.text[self.start : self.end]

    @property
    def kind_noun(self) -> str:
        """The kind's last word in lower case, the noun a draft names the source by: "minutes" of "meeting minutes"."""
        return self.kind.split()[-1].lower() if self.kind else ""


@dataclass(frozen=True, slots=True)
class Provenance:
    source: str
    quote: str
    line: int | None = None
    prefix: str = ""
    suffix: str = ""
    yaml_line: int = 0  # where this entry is in its claims file


@dataclass(frozen=True, slots=True)
class Value:
    type: str  # date | number | place | entity | text
    value: Any
    fields: dict[str, Any] = field(default_factory=dict)  # precision, unit, hedge, role, as_written, ...

    def get(self, key: str, default: Any = None) -> Any:
        return self.fields.get(key, default)


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    kind: str
    statement: str
    provenance: tuple[Provenance, ...]
    status: str = "curated"
    entities: tuple[str, ...] = ()
    values: tuple[Value, ...] = ()
    speaker: str | None = None
    speakers: tuple[str, ...] = ()
    words: str | None = None
    fact: str | None = None
    context: str | None = None  # what the statement is about where its own words do not say: its section's heading
    path: str = ""  # claims file
    line: int = 0


@dataclass(frozen=True, slots=True)
class Attribute:
    attribute: str
    value: str
    provenance: tuple[Provenance, ...] = ()
    as_written: str = ""
    former: bool = False
    start: str | None = None  # "from" date
    until: str | None = None
    line: int = 0


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    attributes: tuple[Attribute, ...] = ()
    provenance: tuple[Provenance, ...] = ()
    path: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class Corpus:
    root: str
    sources: dict[str, Source]
    claims: dict[str, Claim]
    entities: dict[str, Entity]


@dataclass(frozen=True, slots=True)
class Finding:
    path: str
    line: int
    column: int
    kind: str
    severity: str
    message: str
    end_line: int | None = None
    end_column: int | None = None
    text: str = ""
    expected: str = ""
    claims: tuple[dict[str, Any], ...] = ()
    related: tuple[dict[str, Any], ...] = ()  # other places (e.g. the second source of a conflict)
    line_text: str = ""  # the whole line of the file the finding starts on, for showing it marked
    fix: str = ""  # a suggested replacement for `text`, when there is one
    fingerprint: str = ""  # stable across edits elsewhere: claim + normalised sentence


@dataclass(frozen=True, slots=True)
class Mention:
    """Something a sentence states that can be compared with a claim: a date, a figure, a quote, a name."""

    kind: str  # date | number | quote | entity | place
    start: int  # offsets in the text the detector was given
    end: int
    text: str
    value: Any  # kind-specific: DateSpan, Quantity, Quotation, EntityRef, str


@dataclass(frozen=True, slots=True)
class DateSpan:
    first: str  # ISO day, "2013-09-01"
    last: str  # ISO day, "2013-09-30"
    precision: str  # year | month | day
    relative: bool = False

    def overlaps(self, other: DateSpan) -> bool:
        return self.first <= other.last and other.first <= self.last


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float  # the figure as written (3 for "tripled", 20e6 for "20 million")
    low: float  # the range the words allow, hedges applied
    high: float
    unit: str  # singular head noun: person, day, death, times, percent, year, dollar, "" if unknown
    hedge: str = ""  # more than, nearly, about, ...
    noun: str = ""  # the words after the figure, for matching what is counted
    shown: str = ""  # the figure as written ("nearly tripled", "7,000-person")

    def overlaps(self, other: Quantity) -> bool:
        return self.low <= other.high and other.low <= self.high
