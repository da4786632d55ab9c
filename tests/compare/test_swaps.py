"""A name exchanged for another of its sort inside wording a source shares is an entity error."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.compare import body_names, slots, swaps
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
        # one relative for another
        ("Cindy McCain, the sister of John McCain, co-chairs the task force.", ("sister", "wife")),
        # a country named by its people's adjective
        ("Armenian Attorney General Jesus Murillo Karam", ("Armenian", "Mexican")),
        # a long name, whole, ended by a comma before the next capitalised word
        (
            "In a separate letter to the Senate Appropriations Subcommittee on Homeland Security, Ayotte made the case for the HIDTA program.",
            ("Senate Appropriations Subcommittee on Homeland Security", "Senate Appropriations Subcommittee on Financial Services"),
        ),
        # one office's possessive for another's inside a longer name, the shared words on both sides
        (
            "McCain co-chairs the Arizona Attorney General's Task Force on Human Trafficking.",
            ("Arizona Attorney General's Task Force", "Arizona Governor's Task Force"),
        ),
        # one agency's initials for another's, though the registry knows only the sources' one
        ("Klobuchar has urged the FBI to step up its interdiction efforts at the Mexican border.", ("FBI", "DEA")),
        # the verb before it changed too, joined to the name by "the"
        ("Klobuchar has pressed the FBI to step up interdiction at the Mexican border.", ("FBI", "DEA")),
        # words in lower case before the name that both share frame it: the name is still the one put in its place
        (
            "Klobuchar and McCain met with 180 Degrees (NFL) earlier this year to discuss their efforts.",
            ("McCain met with 180 Degrees", "McCain met with the National Football League"),
        ),
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
        # a title written out is the same title: "Sen. Heitkamp and" is no name
        "Additionally, Sen. Heitkamp and officials from the U.S. Department of Homeland Security held a training session in Fargo.",
        # ordinary words differ: that is paraphrase, not a swap
        "Klobuchar and Heitkamp met with law enforcement and social service groups in Fargo to push the bill.",
        # a footnote's place and month are no person's name ("Mexico, April" for "Mexico, Klobuchar")
        "Office of U.S. Senator Amy Klobuchar, press release on the senators' delegation to Mexico, April 2014.",
        # a date's words are the date comparer's: "Last November" for "In November" is no name
        "Last November, Senator Heitkamp and I introduced the Stop Exploitation Through Trafficking Act, a bipartisan bill.",
        # a list the source writes with a comma ("Homeland Security, the U.S. Department of Justice") is no one name
        "The hearing brought together officials from the Departments of Homeland Security and Justice and non-profit leaders.",
        # one of the company the source names ("with Heitkamp, joined by Cindy McCain"), not another person
        "Three days: the length of the senators' 2014 delegation to Mexico with Cindy McCain.",
        # a title's word cut short is the same title ("Undersec." for "Undersecretary")
        "They highlighted the Merida Initiative in a meeting with Foreign Ministry Undersec. for North America Sergio Alcocer Martinez de Castro.",
        # a plural word cut short keeps its "s" ("Approps" for "Appropriations")
        "In a letter to the Senate Approps Subcommittee on Financial Services, Ayotte highlighted the High-Intensity Drug Trafficking Areas (HIDTA) program.",
        # a state abbreviated is the same state ("N.H." for "New Hampshire")
        "As N.H. attorney general from 2004 to 2009, Ayotte led the New Hampshire Drug Task Force.",
        # the committee's appropriators are its subcommittee's too: a body and a part of it
        "In a separate letter to Senate appropriators, Ayotte highlighted the High-Intensity Drug Trafficking Areas (HIDTA) program.",
        # a clause ending in a name is no name: "... from 2004 to 2009, has also been a strong advocate for Byrne JAG" is
        # not the source's "... from 2004 to 2009, Ayotte led the New Hampshire Drug Task Force" put for it
        "Ayotte, New Hampshire's attorney general from 2004 to 2009, has also been a strong advocate for Byrne JAG.",
        # the claim closest to the sentence names the draft's own body: another claim's body is no swap for it
        "Which senator once led the New Hampshire Drug Task Force?",
    ],
)
def test_paraphrase_and_reordering_are_not_swaps(index, sentence):
    assert swaps.compare(sentence_facts(sentence, index, "2016-01-01", []), index) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two names that share a word ("Drug"): aligned as wholes, not word by word
        (
            "In a separate letter today to the Chairman and Ranking Member of the Senate Appropriations Subcommittee on Financial Services, "
            "Ayotte highlighted the Drug Enforcement Administration — a critical tool to help disrupt drug-trafficking operations in New England.",
            ("Drug Enforcement Administration", "High-Intensity Drug Trafficking Areas (HIDTA) program"),
        ),
        # reworded around the name: one body of the same make (a Department) put for the other; the words the
        # two names share are left out of the span and the fix
        (
            "Sen. Heitkamp also held a training session in Fargo with U.S. Department of Justice officials on identifying and reporting potential human trafficking.",
            ("Justice", "Homeland Security"),
        ),
    ],
)
def test_a_registry_name_in_another_registry_names_place_is_caught(index, sentence, expected):
    facts = sentence_facts(sentence, index, "2014-04-01", [])
    verdicts = slots.compare(facts, index)
    assert [(v.found, v.expected, v.kind, v.contradicts) for v in verdicts] == [(*expected, "entity", True)]
    assert sentence[verdicts[0].start : verdicts[0].end] == expected[0]


@pytest.mark.parametrize(
    "sentence",
    [
        # the source's own names in their own places
        "In a separate letter today to the Chairman and Ranking Member of the Senate Appropriations Subcommittee on Financial Services, "
        "Ayotte highlighted the High-Intensity Drug Trafficking Areas (HIDTA) program — a critical tool to help disrupt drug-trafficking operations.",
        # the same people in another order
        "Heitkamp and Klobuchar have worked together to fight sex trafficking both in the U.S. and around the world.",
        # a body named besides the claim's own: added, not swapped
        "Sen. Heitkamp and officials from the U.S. Department of Homeland Security and the U.S. Department of Justice held a training session in Fargo.",
        # a name the sources give nearby, moved: not swapped
        "Klobuchar led a delegation to Mexico City with Heitkamp and Cindy McCain to discuss trafficking in persons.",
        # the country the city is in: less precise, not another place
        "U.S. Senator Amy Klobuchar of Minnesota led a delegation to Mexico with U.S. Senator Heidi Heitkamp of North Dakota and Cindy McCain.",
        # a script's speaker label is no place of the sentence ("Jordan" the student, not the country)
        "Jordan:   There they met Mexico's attorney general and the head of the Mexican federal police, among others.",
    ],
)
def test_names_in_their_places_or_moved_are_not_slot_swaps(index, sentence):
    assert slots.compare(sentence_facts(sentence, index, "2014-04-15", []), index) == []


def test_a_name_split_by_a_shared_connector_is_swapped_whole(index):
    """ "Senate Committee on Appropriations" for "Arizona Governor's Task Force on Human Trafficking": the
    alignment pairs the two names' "on"; the replacement around it is one name, given in full."""
    sentence = "Klobuchar and Heitkamp will be joined on their three-day trip by Cindy McCain, who co-chairs the Senate Committee on Appropriations."
    verdicts = swaps.compare(sentence_facts(sentence, index, "2014-04-01", []), index)
    assert [(v.found, v.expected) for v in verdicts] == [("Senate Committee on Appropriations", "Arizona Governor's Task Force on Human Trafficking")]


def test_articles_align_nothing_in_a_slot_stream(index):
    """ "participate in the Job Corps program" and "participate in HIDTA program": the article on one side
    only must not split the wording the two share around the name."""
    sentence = "Victims may participate in the High Intensity Drug Trafficking Areas program to help them."
    facts = sentence_facts(sentence, index, "2016-01-01", [])
    words = [token for token, ids, _, _ in slots._stream(sentence, list(facts.entities), index.names.types) if not ids]
    assert "the" not in words and words[:3] == ["victims", "may", "participate"]


@pytest.mark.parametrize(
    ("one", "other", "shortened"),
    [
        ("The Water Office", "Kansas Water Office", True),
        ("Kansas Water Office", "Water Office", True),
        ("the Senate Judiciary Committee", "Senate Judiciary", True),
        ("New Mexico State University", "University of New Mexico", False),
        ("Pell County Sheriff's Office", "Yates County Sheriff's Office", False),
    ],
)
def test_a_name_cut_to_its_first_or_last_words_is_the_same_body(one: str, other: str, shortened: bool) -> None:
    assert body_names.shortened(one, other) is shortened
