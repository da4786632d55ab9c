"""A name exchanged for another of its sort inside wording a source shares is an entity error."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.compare import swaps
from factcheck.corpus.index import build
from factcheck.corpus.load import load_corpus
from factcheck.pipeline import sentence_facts

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"  # the unit tests' own corpus (see its README)


@pytest.fixture(scope="module")
def index():
    return build(load_corpus(ROOT))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a state for a state
        ('The Stop Exploitation Through Trafficking Act is modeled after Wisconsin\'s "Safe Harbor" laws.', ("Wisconsin", "Minnesota")),
        ("Much of the heroin supply in New Hampshire passes through Connecticut and Vermont before reaching users.", ("Vermont", "Massachusetts")),
        # the swapped word is part of a longer name
        ("Heitkamp, a former South Dakota attorney general, has made trafficking a major focus.", ("South Dakota", "North Dakota")),
        # an unknown name of the same make as the registry's
        ("Klobuchar, a former top Ramsey County prosecutor, said the laws needed to change.", ("Ramsey County", "Hennepin County")),
        # a person for a person, titles and all
        (
            "At two recent hearings on Capitol Hill, Ayotte questioned Attorney General Eric Holder.",
            ("Attorney General Eric Holder", "Secretary of Homeland Security Jeh Johnson"),
        ),
        ("In a joint interview in Klobuchar's Washington office, the senators talked about the issue.", ("Klobuchar", "Heitkamp")),
        # a person the registry does not know in a registered person's place
        (
            "The delegation, along with Ambassador John Smith, met with Mexican Attorney General Jesus Murillo Karam.",
            ("Ambassador John Smith", "Ambassador Anthony Wayne"),
        ),
        # bodies and events, registered or not, of the same make
        (
            "The Senate Judiciary Committee hearing was held at Heitkamp's request.",
            ("Senate Judiciary Committee", "Senate Homeland Security and Governmental Affairs Committee"),
        ),
        (
            "Heitkamp and officials from the U.S. Department of Justice held a training session in Fargo.",
            ("Department of Justice", "Department of Homeland Security"),
        ),
        ("At the invitation of Cindy McCain, Heitkamp took part in the McCain Institute's annual Aspen Forum.", ("Aspen Forum", "Sedona Forum")),
    ],
)
def test_a_swapped_name_is_caught(index, sentence, expected):
    facts = sentence_facts(sentence, index, "2016-01-01", [])
    verdicts = swaps.compare(facts, index)
    assert [(v.found, v.expected, v.kind, v.contradicts) for v in verdicts] == [(*expected, "entity", True)]
    assert sentence[verdicts[0].start : verdicts[0].end] == expected[0]


@pytest.mark.parametrize(
    "sentence",
    [
        # the same names in another order
        "Heitkamp and Klobuchar have worked together to fight sex trafficking both in the U.S. and around the world.",
        # the source's own wording
        'The Stop Exploitation Through Trafficking Act is modeled after Minnesota\'s "Safe Harbor" laws.',
        # a title written differently is not another person
        "Sen. Amy Klobuchar, D-Minn., led a delegation to Mexico with Sen. Heidi Heitkamp, D-N.D.",
        # two places in one sentence, each where the source has it
        "After Boko Haram's kidnappings of school girls in Nigeria, Klobuchar and Heitkamp were recently in Mexico.",
        # "the Oil Patch" for "North Dakota's Oil Patch": a name left out, not exchanged
        "In North Dakota, police chiefs and sheriffs gathered in Minot to discuss crime in the Oil Patch.",
        # a headline capitalises every word
        "Senators Discuss Trafficking In Persons With Mexican Leaders",
        # ordinary words differ: that is paraphrase, not a swap
        "Klobuchar and Heitkamp met with law enforcement and social service groups in Fargo to push the bill.",
    ],
)
def test_paraphrase_and_reordering_are_not_swaps(index, sentence):
    assert swaps.compare(sentence_facts(sentence, index, "2016-01-01", []), index) == []
