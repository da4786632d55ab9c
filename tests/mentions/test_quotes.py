"""Quotations: sentence -> (the quoted words, who the sentence says spoke them, how).

Speakers are found after the quote ("..., Klobuchar said" / "..., said Heitkamp"), before it
("Ayotte wrote that", "according to X", "X: ..."), as the subject of "X ..., saying", and as
a pronoun or a title used alone ("She continued", "the senator said"), which the pipeline
resolves to the last person named.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.corpus import index as claim_index
from factcheck.corpus.load import load_corpus
from factcheck.mentions import names, quotes
from factcheck.pipeline import sentence_facts

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"  # the unit tests' own corpus (see its README)


@pytest.fixture(scope="module")
def index():
    return claim_index.build(load_corpus(ROOT))


def _quotes(text: str, index) -> list[tuple[str, str | None, str]]:
    people = [m for m in names.detect(text, index.names) if index.names.types.get(m.value.ids[0]) in ("person", "group")]
    return [(m.value.words, m.value.speaker_text, m.value.how) for m in quotes.detect(text, [(m.start, m.end) for m in people])]


QUOTES = [
    # after the quote: "X said", "said X", curly and straight marks
    (
        "“Human trafficking – including sex and labor trafficking – is a grave problem both abroad and in our own backyard,” said Heitkamp.",
        [("Human trafficking – including sex and labor trafficking – is a grave problem both abroad and in our own backyard,", "Heitkamp", "after")],
    ),
    (
        '"This is an example of how Minnesota and North Dakota can work together," Klobuchar said.',
        [("This is an example of how Minnesota and North Dakota can work together,", "Klobuchar", "after")],
    ),
    (
        "“This is an opportunity to focus on how we can work with Mexico to combat trafficking in both of our countries,” said Senator Klobuchar.",
        [("This is an opportunity to focus on how we can work with Mexico to combat trafficking in both of our countries,", "Senator Klobuchar", "after")],
    ),
    ('"It makes sense," said Sen. Amy Klobuchar, D-Minn.', [("It makes sense,", "Sen. Amy Klobuchar, D-Minn.", "after")]),
    (
        "“Understand that maybe behind that, what you’re seeing as prostitution is some of the worst victimization that’s out there,” said Heitkamp, D-N.D.",
        [
            (
                "Understand that maybe behind that, what you’re seeing as prostitution is some of the worst victimization that’s out there,",
                "Heitkamp, D-N.D.",
                "after",
            )
        ],
    ),
    # a capitalised title or a lower-case role between the quotation and the name
    (
        '"This is an example of how Minnesota and North Dakota can work together," New Hampshire Attorney General Kelly Ayotte said.',
        [("This is an example of how Minnesota and North Dakota can work together,", "Kelly Ayotte", "after")],
    ),
    (
        '"This is an example of how Minnesota and North Dakota can work together," trafficking task force chair Cindy McCain said.',
        [("This is an example of how Minnesota and North Dakota can work together,", "Cindy McCain", "after")],
    ),
    ("“It makes sense,” said the task force’s chair, Cindy McCain.", [("It makes sense,", "Cindy McCain", "after")]),
    # before the quote: "X wrote that", "X added that", "according to X", "X put it:", "X: ..."
    (
        'Ambassador Wayne added that "the United States Government is committed to working with Mexico to stop this horrible crime."',
        [("the United States Government is committed to working with Mexico to stop this horrible crime.", "Ambassador Wayne", "before")],
    ),
    ('Ayotte wrote that "the HIDTA Program continues to be a critical tool."', [("the HIDTA Program continues to be a critical tool.", "Ayotte", "before")]),
    (
        'According to Cindy McCain, "Arizona is on the cusp of passing legislation that will increase penalties for traffickers."',
        [("Arizona is on the cusp of passing legislation that will increase penalties for traffickers.", "Cindy McCain", "according")],
    ),
    (
        'Heitkamp put it plainly: "I\'m so encouraged that you can, in fact, with a lot of hard work, help people through recovery."',
        [("I'm so encouraged that you can, in fact, with a lot of hard work, help people through recovery.", "Heitkamp", "before")],
    ),
    ('Heitkamp: "We\'ve got a long way to go compared to Minnesota."', [("We've got a long way to go compared to Minnesota.", "Heitkamp", "colon")]),
    ("Cindy McCain: “Arizona is on the cusp of passing legislation.”", [("Arizona is on the cusp of passing legislation.", "Cindy McCain", "colon")]),
    # the subject, not a name inside the appositive between it and the verb
    (
        "Cindy McCain, a leader at the McCain Institute, told reporters that “Arizona is on the cusp of passing legislation.”",
        [("Arizona is on the cusp of passing legislation.", "Cindy McCain", "before")],
    ),
    # the subject of the clause a colon ends
    (
        "Cindy McCain summed it up: “Arizona is on the cusp of passing legislation.”",
        [("Arizona is on the cusp of passing legislation.", "Cindy McCain", "colon")],
    ),
    # ... a clause that says what they did: a heading's title before its colon names no speaker
    ('Prairie Dispatch, Episode 48: "A long way to go"', [("A long way to go", None, "none")]),  # guard
    # a script's speaker label, then the clause the colon ends: that clause's subject speaks
    (
        'JOEL: Heitkamp was blunt: "It makes sense when you have people who are very poor."',
        [("It makes sense when you have people who are very poor.", "Heitkamp", "colon")],
    ),
    # a credit in parentheses after the words, with where it was said
    (
        '"We have to make the fight against sex trafficking a top priority." (Sen. Heitkamp, in Minneapolis)',
        [("We have to make the fight against sex trafficking a top priority.", "Sen. Heitkamp", "after")],
    ),
    # "In his words,": whose words they are, as "he said" would say
    ('Heitkamp spoke next. In her words, "We have a long way to go."', [("We have a long way to go.", "her", "according")]),
    # not when the name is inside the clause, not its subject
    ("The report on Cindy McCain ends: “Arizona is on the cusp of passing legislation.”", [("Arizona is on the cusp of passing legislation.", None, "none")]),
    # partial quotes inside the writer's sentence
    ('Klobuchar said the visit would help "take this to the national level."', [("take this to the national level.", "Klobuchar", "before")]),
    ('Ayotte urged Attorney General Eric Holder to use an "all hands on deck" approach.', [("all hands on deck", "Ayotte", "before")]),
    # pronouns and titles used alone, resolved later to the last person named
    (
        "She continued, “The regional collaborative approach allowed by [New England HIDTA] is critical to combating this program in New Hampshire.”",
        [("The regional collaborative approach allowed by [New England HIDTA] is critical to combating this program in New Hampshire.", "She", "before")],
    ),
    (
        'The senator said "the best a lot of our domestic violence shelters can do in the Oil Patch is a bus ticket."',
        [("the best a lot of our domestic violence shelters can do in the Oil Patch is a bus ticket.", "The senator", "before")],
    ),
    (
        '"This is an example of how Minnesota and North Dakota can work together," the senator said.',
        [("This is an example of how Minnesota and North Dakota can work together,", "the senator", "after")],
    ),
    # two passages, one speaker: the second belongs to whoever spoke the first
    (
        "“We’ve got a long way to go compared to Minnesota,” Heitkamp said. “Now it’s our turn to pick up the ball.”",
        [("We’ve got a long way to go compared to Minnesota,", "Heitkamp", "after"), ("Now it’s our turn to pick up the ball.", "Heitkamp", "before")],
    ),
    # a verb joined by "and" to the clause's first has its subject, not the object between
    (
        'Heitkamp joined Klobuchar to meet local advocates and said she was "particularly impressed with the center."',
        [("particularly impressed with the center.", "Heitkamp", "before")],
    ),
    (
        'Heitkamp met advocates; Klobuchar said she was "particularly impressed with the center."',
        [("particularly impressed with the center.", "Klobuchar", "before")],
    ),
    # no speaker named
    ('The senators wrote of an "all hands on deck" approach.', [("all hands on deck", None, "none")]),
    # a clause of its own, whose subject names no one, before the verb: the name before it is a comment's author
    (
        '**Klobuchar** · The student from the north said it best: "We have a long way to go."',
        [("We have a long way to go.", None, "as")],
    ),
    ('Heitkamp said it best: "We have a long way to go."', [("We have a long way to go.", "Heitkamp", "before")]),
    # "as" right before the words, after a verb of its clause, is that verb's: the verb's subject speaks
    (
        'Heitkamp described it in the joint interview as "an example of how Minnesota and North Dakota can work together."',
        [("an example of how Minnesota and North Dakota can work together.", "Heitkamp", "before")],
    ),
    (
        'Heitkamp framed it as "an example of how Minnesota and North Dakota can work together."',
        [("an example of how Minnesota and North Dakota can work together.", "Heitkamp", "before")],
    ),
    # "as X put it" after the words credits them
    (
        '"This is an example of how Minnesota and North Dakota can work together," as Heitkamp put it.',
        [("This is an example of how Minnesota and North Dakota can work together,", "Heitkamp", "after")],
    ),
    # ... not "as X put it", nor an "as" past a comma
    ('As the senator put it, "we have a long way to go."', [("we have a long way to go.", "the senator", "before")]),
    ('Heitkamp spoke, as "a long way to go" was the theme.', [("a long way to go", None, "as")]),
    # a debate card's speaker, alone in a parenthesis after the quotation, a title before the name
    ('"Now it is our turn to pick up the ball." (Sen. Heidi Heitkamp)', [("Now it is our turn to pick up the ball.", "Sen. Heidi Heitkamp", "after")]),
    # a pull quote's credit after a dash, maybe with where it was said
    ('"Now it is our turn to pick up the ball." — Sen. Heidi Heitkamp', [("Now it is our turn to pick up the ball.", "Sen. Heidi Heitkamp", "after")]),
    ('"Now it is our turn to pick up the ball." -- Heidi Heitkamp, press call', [("Now it is our turn to pick up the ball.", "Heidi Heitkamp", "after")]),
    # ... not a dash going on to say something of someone
    ('"Now it is our turn." — and Heidi Heitkamp agreed', [("Now it is our turn.", None, "none")]),
    ('"We will win." (an aide to Heidi Heitkamp, who spoke later)', [("We will win.", None, "none")]),
    # a name in quotation marks is still found (the comparer ignores anything under three words)
    ("The Stop Exploitation Through Trafficking Act is modeled after Minnesota’s “Safe Harbor” laws.", [("Safe Harbor", None, "none")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_quotations_and_their_speakers(index, text, expected):
    assert _quotes(text, index) == expected


def test_a_quote_spanning_sentences_is_one_quotation(index):
    text = (
        "“Pretty soon you realized this isn’t working very well. We’re not really, as a country, going after the people "
        "that are really doing these crimes,” Klobuchar said."
    )
    [(words, speaker, how)] = _quotes(text, index)
    assert words.startswith("Pretty soon") and words.endswith("these crimes,") and ". We’re" in words
    assert (speaker, how) == ("Klobuchar", "after")


@pytest.mark.parametrize(
    "text",
    [
        "Klobuchar and Heitkamp have worked together to fight sex trafficking.",
        "He said nothing about it.",
        'A lone " mark is not a quotation.',
    ],
)
def test_no_quotation(index, text):
    assert _quotes(text, index) == []


def test_offsets_of_the_words_inside_the_marks(index):
    text = 'Ayotte wrote that "the HIDTA Program continues to be a critical tool."'
    [mention] = quotes.detect(text, [(0, 6)])
    assert text[mention.start : mention.end] == '"the HIDTA Program continues to be a critical tool."'
    assert text[mention.value.inner_start : mention.value.inner_end] == mention.value.words


# Who a pronoun or title means: the pipeline carries the people named so far.
BACK_REFERENCES = [
    (["Heitkamp helped lead a Senate hearing.", "She said “this is an example of how Minnesota and North Dakota can work together.”"], "heidi-heitkamp"),
    (["Klobuchar spoke with Cindy McCain.", "The senator said “this is an example of how Minnesota and North Dakota can work together.”"], "amy-klobuchar"),
    (["Klobuchar spoke with Cindy McCain.", "She said “this is an example of how Minnesota and North Dakota can work together.”"], "cindy-mccain"),
    (["Ayotte questioned Secretary of Homeland Security Jeh Johnson.", "The senator said “this is an example of how we work together.”"], "kelly-ayotte"),
    (["Ambassador Anthony Wayne met Heitkamp.", "The ambassador said “the United States Government is committed to working with Mexico.”"], "anthony-wayne"),
]


@pytest.mark.parametrize(("sentences", "speaker"), BACK_REFERENCES)
def test_pronouns_and_titles_refer_back_to_the_last_person_named(index, sentences, speaker):
    """A title means the last one who holds it; "she" may be any of the last few named, the latest first."""
    last_person: list[str] = []
    facts = None
    for sentence in sentences:
        facts = sentence_facts(sentence, index, "2015-12-09", last_person)
    assert facts is not None and len(facts.speakers) == 1 and facts.speakers[0] is not None and facts.speakers[0][0] == speaker
    if sentences[-1].startswith("The "):
        assert len(facts.speakers[0]) == 1


def test_a_group_speaker_is_kept_as_the_group(index):
    text = "“Addiction to prescription opioids and heroin has become one of our nation’s most challenging public health issues,” the Senators wrote."
    facts = sentence_facts(text, index, "2014", [])
    assert len(facts.quotes) == 1 and facts.quote_matches[0] is not None and facts.quote_matches[0].exact


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will win," He said.', "He"),
        ('"We will win," she said.', "she"),
        ('"We will win," Helen said.', None),  # "He" inside a name is no pronoun
        ('"We will win," Shea added.', None),
        ('"We will win," Hershey wrote.', None),
    ],
)
def test_a_pronoun_is_a_whole_word(index, text, speaker):
    assert [s for _words, s, _how in _quotes(text, index)] == [speaker]
