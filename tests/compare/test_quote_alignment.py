"""Quotations aligned word by word with their source passages (issue 11, Build 4).

Each row is a sentence a writer might put in a draft, quoting the corpus's sources/*.txt, and what
verify says about it: a misquote (kind `quote`, an error, with the draft's changed words and the
source's), backed (`supported`), or a quotation no source has (`unsupported`). The rows were
written, and run, before the aligner; the comment on each says what verify said then when it
differed.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from factcheck.compare import quotes
from factcheck.corpus import index as claim_index
from factcheck.corpus.load import load_corpus
from factcheck.draft import parse_draft
from factcheck.pipeline import verify_draft

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
AS_OF = "2015-12-15"
SUPPORTED = ("supported", "", "")


@pytest.fixture(scope="module")
def index():
    return claim_index.build(load_corpus(ROOT))


def _outcome(index, sentence: str) -> tuple[str, str, str]:
    """(kind, the draft's words underlined, the source's words) of the sentence's one finding."""
    findings = verify_draft(parse_draft(sentence, "draft.md", markdown=False), index, AS_OF)
    assert len(findings) == 1, findings
    [finding] = findings
    if finding.severity != "error":
        return finding.kind, "", ""
    return finding.kind, finding.text, finding.expected


MISQUOTES = [
    # a word changed
    ("“Pretty soon you realized this wasn’t working very well,” Klobuchar said.", ("quote", "wasn’t", "isn’t")),
    ("McCain said Arizona was “on the cusp of passing legislation that would increase penalties for traffickers.”", ("quote", "would", "will")),
    ("“There may be somebody who is actually being trafficked, forced to do this against their will,” said Heitkamp.", ("quote", "actually", "in fact")),
    (
        "“If the U.S. is going to be a leader in promoting human rights, then we have to make the fight against sex trafficking a top priority,” Klobuchar said.",
        ("quote", "human", "women’s"),
    ),
    # a changed fragment of a long passage
    (
        "Ayotte wrote that the HIDTA Program is “a critical tool in helping to disrupt international drug trafficking operations.”",
        ("quote", "international", "national and regional"),
    ),
    # a reworded ending: by the speaker the sources give it to (before: "no source has this quotation", or nothing)
    ("“We’ve got a long way to go compared to other states,” Heitkamp said.", ("quote", "other states", "Minnesota")),
    ("“We’ve got a long way to go nationally and internationally,” Heitkamp said.", ("quote", "nationally and internationally", "compared to Minnesota")),
    # words added, words left out (no ellipsis), words turned round (before: 'adds "really"; leaves out "really"')
    ("“This is an example of how Minnesota and North Dakota can really work together,” Klobuchar said.", ("quote", "can really", "can")),
    ("“I’m so encouraged that you can, with a lot of hard work, help people through recovery,” Heitkamp said.", ("quote", "can", "can, in fact")),
    (
        "“Housing prices are so high, it’s really just hard to help people transition into a safe place,” Heitkamp said.",
        ("quote", "really just", "just really"),
    ),
    (
        "“The HIDTA Program continues to be a critical tool in helping to disrupt national and regional drug trafficking operations,” Ayotte said, "
        "adding that “we continue to rely on their expertise and experience to fight alarming heroin use trends in New England.”",
        ("quote", "alarming", "alarming regional"),
    ),
    # a run of words left out of the middle without an ellipsis: one cut, not other words (before 2026-11-29: a
    # nine-word cut from a long passage aligned as eight replaced words and fell under the misquote floor)
    (
        "“The HIDTA Program continues to be a critical tool in helping to disrupt drug trafficking operations,” Ayotte said.",
        ("quote", "disrupt", "disrupt national and regional"),
    ),
    (
        "“Human trafficking – including sex and labor trafficking – is a grave problem in our own backyard,” said Heitkamp.",
        ("quote", "problem", "problem both abroad and"),
    ),
    # a short quotation with one word swapped, in a sentence about its speaker (before: nothing)
    ("Ayotte urged Holder to take an “all hands on board” approach to the crisis.", ("quote", "board", "deck")),
    (
        "Senator Kelly Ayotte urged Attorney General Eric Holder to use an “all ambassador on deck” approach to combat the crisis.",
        ("quote", "ambassador", "hands"),
    ),
    # the source's own [insertion] copied with a word changed is a changed word (before: backed)
    (
        "She continued, “The regional collaborative approach allowed by [New Attempted HIDTA] is critical to combating this program in New Hampshire.”",
        ("quote", "New Attempted HIDTA", "New England HIDTA"),
    ),
    # opened curly, closed straight: still a quotation (before: an entity error on "Montana")
    ('“We’ve got a long way to go compared to Montana," Heitkamp said.', ("quote", "Montana", "Minnesota")),
]

FAITHFUL = [
    # an ellipsis stands for words left out, at either end or inside
    "“I’m so encouraged that you can … help people through recovery,” Heitkamp said.",
    "“I’m so encouraged that you can ... help people through recovery,” Heitkamp said.",
    "“... is a grave problem both abroad and in our own backyard,” said Heitkamp.",
    # [brackets] stand for the words they replace: a pronoun, the source's own insertion, a capital
    "“[Klobuchar] continues to reinforce the great work being done in Minnesota to reduce human trafficking,” said Heitkamp.",
    "“Now it’s our turn to pick up the ball, to be as aggressive as Minnesota and learn from [Minnesota] as well,” Heitkamp said.",
    "She continued, “The regional collaborative approach allowed by [the task force] is critical to combating this program in New Hampshire.”",
    "She said “[t]he regional collaborative approach allowed by [New England HIDTA] is critical to combating this program.”",
    # two quoted sentences of one speaker, the source's "Heitkamp said." between them left out (before: 'adds "now it's our turn..."')
    "“We’ve got a long way to go compared to Minnesota. Now it’s our turn to pick up the ball,” Heitkamp said.",
    # either version of a quotation the sources give twice
    "“Human trafficking – including sex and labor trafficking – is a grave problem both abroad and in our own backyard,” said Heitkamp.",
    "“Human trafficking – including sex and labor trafficking – is a grave problem that our countries must work together to address,” said Heitkamp.",
    # marks of either kind, and mixed
    '“We’ve got a long way to go compared to Minnesota," Heitkamp said.',
    "\"We've got a long way to go compared to Minnesota,” Heitkamp said.",
    # short partial quotations
    "Klobuchar said the senators must make the fight against sex trafficking “a top priority.”",
    'Heitkamp called the Oil Patch shelters\' bus tickets "not an answer."',
    # a document's own words, quoted as the document's: no speaker's, so no misquote of anyone either
    'One release describes Cindy McCain as "of the McCain Institute for International Leadership."',
]

UNSOURCED = [
    # no source has it
    "“We will not rest until every victim of trafficking is found and freed,” Heitkamp said.",
    # a common phrase of a sourced quotation, said by someone else: not Heitkamp's words changed
    "“We have a long way to go on housing,” the mayor said.",
    "“We’ve got a long way to go nationally and internationally,” the mayor said.",
    # a document's narrative words given to a speaker are not backed by the document
    "The goal, the mayor said, was “to discuss trafficking in persons with senior Mexican officials.”",
]


@pytest.mark.parametrize(("sentence", "expected"), MISQUOTES)
def test_an_altered_quotation_is_a_misquote_with_the_changed_words(index, sentence, expected):
    assert _outcome(index, sentence) == expected


@pytest.mark.parametrize("sentence", FAITHFUL)
def test_a_faithful_quotation_is_backed(index, sentence):
    assert _outcome(index, sentence) == SUPPORTED


@pytest.mark.parametrize("sentence", UNSOURCED)
def test_a_quotation_no_source_has_is_no_misquote_and_never_backed(index, sentence):
    """No error; at most the `unsupported` warning (whether a quotation given to someone the registry
    does not know earns one is the findings' call, not the aligner's)."""
    findings = verify_draft(parse_draft(sentence, "draft.md", markdown=False), index, AS_OF)
    assert [f.kind for f in findings] in ([], ["unsupported"])
    assert quotes.match(sentence.split("”")[0].lstrip("“"), index) is None


def test_the_misquote_message_gives_the_word_diff(index):
    findings = verify_draft(parse_draft(MISQUOTES[9][0], "draft.md", markdown=False), index, AS_OF)
    assert findings[0].message == 'misquotation: "really just" for "just really"'


def test_a_quotation_changed_in_two_places_is_underlined_whole_with_the_sources_words(index):
    sentence = "“Pretty soon you realized this wasn’t working very well. We’re not really, as a state, going after the people,” Klobuchar said."
    [finding] = verify_draft(parse_draft(sentence, "draft.md", markdown=False), index, AS_OF)
    assert finding.kind == "quote" and finding.text.startswith("Pretty soon")
    assert "isn’t working" in finding.expected and "as a country" in finding.expected
    assert finding.message == 'misquotation: "wasn’t" for "isn’t"; "state" for "country"'


def test_a_draft_ellipsis_and_bracket_are_kept_in_the_fix(index):
    sentence = "“[Klobuchar] continues to reinforce the great work … in Minnesota to reduce sex trafficking,” said Heitkamp."
    [finding] = verify_draft(parse_draft(sentence, "draft.md", markdown=False), index, AS_OF)
    assert (finding.kind, finding.text, finding.expected) == ("quote", "sex", "human")


def test_a_long_quotation_is_aligned_within_a_bound(index):
    """Thousands of words: the exact test is linear and the alignment table never passes MAX_CELLS."""
    words = " ".join(["Minnesota is tackling the challenge of sex trafficking head on"] * 400)
    began = time.perf_counter()
    assert quotes.match(words, index) is None
    assert quotes.match(words + " every single day", index) is None
    assert time.perf_counter() - began < 2.0


def test_alignment_refuses_a_table_past_the_bound():
    units = quotes._units(" ".join(["word"] * 2000))
    passage = quotes._passage("x", " ".join(["word"] * 100), quoted_only=False)
    assert quotes._align(units, passage) is None


def test_a_title_in_quotation_marks_is_no_misquote(index):
    """A heading that names a story by its title ("Trafficking in the Oil Patch"), near a source's "do in the
    Oil Patch" but said by no one: a title, not someone's words changed."""
    findings = verify_draft(parse_draft('# Evening newscast: "Trafficking in the Oil Patch"', "draft.md", markdown=True), index, AS_OF)
    assert [f for f in findings if f.severity == "error"] == []
