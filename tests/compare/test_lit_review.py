"""A reviewer's draft and a fact box (issue 11, rounds 50-53): an author-date reference names who wrote a source, not
anyone it tells of; a table column headed "Prior post" says its posts are past; "A May 20 article" dates a writing, no
event of the sources; a label is a post only when someone holds one of its head; "also a Republican", "once the top
prosecutor", "who was the top prosecutor" are a name's; "partnered with" is an act of both. Against the unit tests' own
corpus. The rows marked "guard" pass on the code before these fixes too."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.corpus import index as claim_index
from factcheck.corpus.load import load_corpus
from factcheck.draft import parse_draft
from factcheck.pipeline import verify_draft

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"  # the unit tests' own corpus (see its README)


@pytest.fixture(scope="module")
def index():
    return claim_index.build(load_corpus(ROOT))


def _errors(index, text: str, as_of: str) -> set[tuple[str, str]]:
    findings = verify_draft(parse_draft(text, "draft.md"), index, as_of)
    return {(f.kind, f.text) for f in findings if f.severity == "error"}


LEAD = "Klobuchar traces her interest to sex-ring prosecutions in which victims would recant their stories, saying they were scared of their pimp"
QUOTED = '"Pretty soon you realized this isn\'t working very well," she recalled; the country was "not really ... going after the people that are really doing these crimes"'


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the reference's name is the article's author, not one put for Klobuchar as the speaker
        (f"{LEAD} (Dalrymple, 2015).\n{QUOTED} (Dalrymple, 2015).", set()),
        (f"{LEAD} (Dalrymple 2015, p. 2).\n{QUOTED} (Dalrymple 2015, p. 2).", set()),  # guard
        (f"{LEAD}, as Dalrymple (2015) reports.\n{QUOTED} (Dalrymple and Babb, 2015).", set()),
        # a name that is no reference's is still held ("Heitkamp recalled" for Klobuchar's words)
        ('"Pretty soon you realized this isn\'t working very well," Heitkamp recalled.', {("attribution", "Heitkamp")}),  # guard
    ],
)
def test_an_author_date_reference_names_no_speaker(index, text: str, errors: set[tuple[str, str]]) -> None:
    assert _errors(index, text, "2016-03-08") == errors


PRIOR = "| Actor | {head} | Role |\n| --- | --- | --- |\n| Amy Klobuchar (D-Minn.) | top Hennepin County prosecutor | introduced the bill |\n"


@pytest.mark.parametrize(
    ("head", "errors"),
    [
        ("Prior post", set()),
        ("Previous post", set()),
        # a column that says nothing of when: the post is read as hers at the draft's date
        ("Post", {("entity", "top Hennepin County prosecutor")}),  # guard
    ],
)
def test_a_column_headed_prior_holds_past_posts(index, head: str, errors: set[tuple[str, str]]) -> None:
    assert _errors(index, PRIOR.format(head=head), "2016-03-08") == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the paper's own article of May 20, not the hearing the sources date September 2013
        (
            "A May 20 article gave the wrong month for the hearing that Heitkamp asked the Senate Homeland Security and Governmental Affairs Committee to hold.",
            set(),
        ),
        # the hearing itself, misdated
        ("Heitkamp asked the Senate Homeland Security and Governmental Affairs Committee to hold a hearing on May 20.", {("date", "May 20")}),  # guard
    ],
)
def test_a_writing_named_by_its_day_is_no_event(index, text: str, errors: set[tuple[str, str]]) -> None:
    assert _errors(index, text, "2014-05-30") == errors


@pytest.mark.parametrize(
    ("text", "as_of", "errors"),
    [
        # a fact box's label telling what the line is about, no post anyone of the sources holds
        ("* **Leader:** Sen. Amy Klobuchar, a Minnesota Democrat, led the group to Mexico City.", "2014-04-17", set()),
        # a post some person of the sources holds, given to one who does not hold it
        ("* **Attorney General:** Sen. Amy Klobuchar, a Minnesota Democrat.", "2014-04-17", {("entity", "Attorney General")}),  # guard
        # "also" between the comma and the appositive: the party is still the name's
        ("Sen. Amy Klobuchar, a Democrat, went to Mexico with Sen. Heidi Heitkamp, also a Republican.", "2014-04-17", {("entity", "Republican")}),
        ("Sen. Amy Klobuchar, a Democrat, went to Mexico with Sen. Heidi Heitkamp, also a Democrat.", "2014-04-17", set()),  # guard
        # a post held before, after "once the" or "who was the": held against the post she held
        ("Sen. Amy Klobuchar, once the top prosecutor in Ramsey County, went to Mexico.", "2015-12-10", {("entity", "Ramsey County")}),  # guard
        ("Klobuchar, who was the top prosecutor in Ramsey County before the Senate, went to Mexico.", "2015-12-10", {("entity", "Ramsey County")}),
        ("Sen. Amy Klobuchar, once the top prosecutor in Hennepin County, went to Mexico.", "2015-12-10", set()),  # guard
        # "X partnered with Y" is Y's act with X too
        (
            "Meet Cindy McCain, who partnered with Klobuchar against sex trafficking at the Super Bowl in Arizona; the two met with the NFL in 2014.",
            "2016-11-17",
            set(),
        ),
        ("Heitkamp partnered with Cindy McCain against sex trafficking at the Super Bowl in Arizona.", "2016-11-17", {("attribution", "Heitkamp")}),  # guard
        # ... but leading a delegation with someone is the leader's alone
        ("In April 2014 Heitkamp led a delegation to Mexico City with Klobuchar and Cindy McCain.", "2016-11-17", {("attribution", "Heitkamp")}),  # guard
    ],
)
def test_what_a_name_is_given(index, text: str, as_of: str, errors: set[tuple[str, str]]) -> None:
    assert _errors(index, text, as_of) == errors
