"""verify, the whole flow in one place: drafts -> Report.

    read draft -> segment -> detect mentions -> retrieve claims -> compare -> findings -> decide

`verify()` is what `factcheck verify` and `factcheck baseline` run; the CLI verbs only parse
options, print the Report (report/) and choose the exit code. Each stage is a module of its own:
  read      draft.read_draft          a file -> Draft (prose with Markdown blanked, front matter)
  segment   segment.segment           Draft -> Sentences (long ones in windows)
  detect    facts.sentence_facts      a sentence -> its dates, figures, names, quotations ...
  retrieve  (inside sentence_facts)   ... and the claims it may be about (retrieve.candidates)
  compare   compare.comparers         SentenceFacts -> Verdicts, one comparer per kind
  findings  findings.findings_for     Verdicts -> Findings (contradicted, supported, unsupported)
  decide    refine.Refiner            severity, suppression comments, --since, the baseline
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factcheck.compare import comparers
from factcheck.corpus.cache import load_index
from factcheck.corpus.index import ClaimIndex
from factcheck.draft import Draft, read_draft
from factcheck.errors import FactcheckError
from factcheck.facts import sentence_facts
from factcheck.findings import findings_for, window_notice
from factcheck.mentions import dates, salutation
from factcheck.model import Finding
from factcheck.refine import Refiner
from factcheck.report import FileReport, Report
from factcheck.segment import segment

DRAFT_SUFFIXES = (".md", ".markdown", ".txt")


@dataclass(frozen=True, slots=True)
class Options:
    as_of: str | None = None  # --as-of: the date every draft is written at, over its front matter
    refiner: Refiner | None = None  # what a writer is shown; None: every finding of every file named
    quiet: bool = False  # errors only


def verify(paths: list[Path], project: Path, options: Options) -> Report:
    """Check every draft named (or found in a folder named) against the project's claims."""
    index = load_index(project)  # claims + sources, parsed and indexed; cached under .factcheck-cache/
    files: list[FileReport] = []
    undated: list[str] = []  # drafts whose relative dates went unchecked for want of a date
    for path, shown, problem in drafts(paths):
        refiner = options.refiner
        if path is not None and refiner is not None and not refiner.wanted(path):
            continue
        try:
            if path is None:
                raise FactcheckError(problem or "not a draft")
            draft = read_draft(path, shown)
            as_of = refiner.as_of(draft, path) if refiner else (options.as_of or draft.as_of)
            if as_of is None and has_relative_dates(draft):
                undated.append(shown)
            findings = verify_draft(draft, index, as_of)
            if refiner is not None:
                findings = refiner.refine(draft, path, findings)
            if options.quiet:
                findings = [f for f in findings if f.severity == "error"]
            files.append(FileReport(shown, tuple(findings)))
        except FactcheckError as exc:
            files.append(FileReport(shown, (), error=f"{exc.message} — {exc.hint}" if exc.hint else exc.message, error_line=exc.line))
    notes = ((skipped_note(len(index.skipped)),) if index.skipped else ()) + ((undated_note(undated),) if undated else ())
    return Report(tuple(files), notes=notes)


def verify_draft(draft: Draft, index: ClaimIndex, as_of: str | None) -> list[Finding]:
    """segment -> detect -> retrieve -> compare -> findings, for one draft."""
    found: list[Finding] = []
    last_person: list[str] = []  # who "she" and "the senator" are: carried from sentence to sentence
    named: tuple[str, ...] = ()  # who and what the sentence before, in the same paragraph, named
    block = -1
    block_named = True  # the block before named a person
    before = ""  # the sentence before: "It took place last September." goes on about it, in the same paragraph
    said: tuple[str, ...] | None = None  # who spoke that sentence's last quotation: a quotation alone after it goes on
    to = salutation.addressee(draft.prose, index)  # a letter's "you": whom it is to
    me = salutation.signer(draft.prose, draft.front_matter, index)  # its "I": who signed it
    for sentence in segment(draft):
        if sentence.words and sentence.window == 0:
            found.append(window_notice(draft, sentence.start, sentence.end, sentence.words))
        same = sentence.block == block  # the sentence before is in this one's paragraph
        if not same:
            if sentence.kind == "list_item" and not block_named:
                # "3. Her office's attempts ... ," she said.": an item of a list after one that names no one is
                # read apart; its "she" is no one of items further up (an answer key's answers to other questions)
                del last_person[:]
            block_named = False
        facts = sentence_facts(
            sentence.text,
            index,
            as_of,
            last_person,
            named if same else (),
            quoted=sentence.kind == "blockquote",
            heading=sentence.kind == "heading",
            row=sentence.kind == "table_cell",
            before=before if same else "",
            said_before=said if same else None,
            addressee=to,
            previous=before,  # in any block: "- It was moved by Okafor ..." goes on about the item above it
            seats=_cells_in(draft.seats, sentence.start, sentence.end),
            homes=_cells_in(draft.homes, sentence.start, sentence.end),
            author=me,
            ballots=_cells_in(draft.ballots, sentence.start, sentence.end),
            cells=_cells_in(draft.cells, sentence.start, sentence.end),
        )
        said = next((s for s in reversed(facts.speakers) if s), None)
        block_named = block_named or any(index.names.types.get(m.value.ids[0]) == "person" for m in facts.entities if m.value.ids)
        named, block, before = tuple(sorted({i for m in facts.entities for i in m.value.ids})), sentence.block, sentence.text
        verdicts = [v for compare in comparers() for v in compare(facts, index)]
        found.extend(findings_for(draft, sentence.start, facts, verdicts, index))
    return found


def _cells_in(cells: tuple[tuple[int, int, str], ...], start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    """A draft's table cells (seats, homes, votes) inside one sentence, at offsets local to it."""
    return tuple((a - start, b - start, head) for a, b, head in cells if start <= a < end)


def drafts(paths: list[Path]) -> list[tuple[Path | None, str, str | None]]:
    """(path, shown name, problem) for each draft named or found in a named folder."""
    found: list[tuple[Path | None, str, str | None]] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DRAFT_SUFFIXES and not any(part.startswith(".") for part in p.parts)
            )
            if not inside:
                found.append((None, str(path), "folder has no drafts — put *.md or *.txt files in it, or name the drafts"))
            found.extend((p, str(p), None) for p in inside)
        elif not path.exists():
            found.append((None, str(path), "file not found — check the path"))
        else:
            found.append((path, str(path), None))
    return found


def has_relative_dates(draft: Draft) -> bool:
    """Whether the draft says "last year", "since May", ...: read against a stand-in date, since only their presence counts."""
    return any(m.value.relative for m in dates.detect(draft.prose, "2000-06-15"))


def undated_note(shown: list[str]) -> str:
    """A draft with no date cannot have its relative dates checked; said once, not per sentence (issue 11)."""
    which = shown[0] if len(shown) == 1 else f"{shown[0]} and {len(shown) - 1} more"
    return f'relative dates ("last year", "since May") in {which} were not checked: give the draft a date (front matter `date:` or --as-of)'


def skipped_note(count: int) -> str:
    """Claims whose quotes left their sources are not evidence (corpus/index.py); say so, or a check goes quiet unnoticed."""
    if count == 1:
        return "1 claim was skipped because its quote is no longer in its source; `factcheck check` names it"
    return f"{count} claims were skipped because their quotes are no longer in their sources; `factcheck check` names them"
