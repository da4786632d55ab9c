"""Names: sentence -> registry entities through their aliases, with the attributes the sentence gives.

"Sen. Heidi Heitkamp, D-N.D." (party and state), "Minnesota Senator Amy Klobuchar" (state before
the title), "Heitkamp, a former North Dakota attorney general" (a title in an appositive).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.corpus.load import load_corpus
from factcheck.mentions.names import build_index, detect
from factcheck.model import Attribute, Entity

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"  # the unit tests' own corpus (see its README)


@pytest.fixture(scope="module")
def index():
    return build_index(load_corpus(ROOT).entities)


def _people(text: str, index) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """(text, id, party, state, title) for each mention of a single person."""
    out = []
    for m in detect(text, index):
        if len(m.value.ids) == 1 and index.types.get(m.value.ids[0]) == "person":
            out.append((m.text, m.value.ids[0], m.value.party, m.value.state, m.value.title))
    return out


ALIASES = [
    (
        "Klobuchar recently introduced bipartisan legislation cosponsored by Heitkamp.",
        [("Klobuchar", "amy-klobuchar", None, None, None), ("Heitkamp", "heidi-heitkamp", None, None, None)],
    ),
    (
        "Senator Klobuchar recently introduced bipartisan legislation cosponsored by Senator Heitkamp.",
        [("Senator Klobuchar", "amy-klobuchar", None, None, None), ("Senator Heitkamp", "heidi-heitkamp", None, None, None)],
    ),
    ("Heidi Heitkamp met with Cindy McCain.", [("Heidi Heitkamp", "heidi-heitkamp", None, None, None), ("Cindy McCain", "cindy-mccain", None, None, None)]),
    (
        "The delegation met with Mexican Attorney General Jesus Murillo Karam.",
        [("Mexican Attorney General Jesus Murillo Karam", "jesus-murillo-karam", None, None, None)],
    ),
    (
        "They discussed law enforcement cooperation with Federal Police Commissioner General Enrique Galindo.",
        [("Federal Police Commissioner General Enrique Galindo", "enrique-galindo", None, None, None)],
    ),
    (
        "Ayotte questioned Secretary of Homeland Security Jeh Johnson.",
        [("Ayotte", "kelly-ayotte", None, None, None), ("Secretary of Homeland Security Jeh Johnson", "jeh-johnson", None, None, None)],
    ),
]

ATTRIBUTES = [
    # an alias that starts with the last word of a title ("General Enrique Galindo") leaves the title whole
    (
        "They met Attorney General Enrique Galindo, who heads the federal police.",
        [("General Enrique Galindo", "enrique-galindo", None, None, "Attorney General")],
    ),
    # a party, then a title, in one appositive
    (
        "Heitkamp, a Democrat and former top Hennepin County prosecutor, made the issue a focus.",
        [("Heitkamp", "heidi-heitkamp", "Democratic", None, "former top Hennepin County prosecutor")],
    ),
    # a table row (its prose: the pipes are blanks): party and state alone in the cells after the name
    ("  Kelly Ayotte   Democrat   New Hampshire   Led the task force  ", [("Kelly Ayotte", "kelly-ayotte", "Democratic", "New Hampshire", None)]),
    # a cell of a post may come between the name and the party
    ("  Kelly Ayotte   Ranking Member   Democrat  ", [("Kelly Ayotte", "kelly-ayotte", "Democratic", None, "Ranking Member")]),
    # three blanks are a table's cell boundary: the name in one cell is no part of the next cell's title
    (
        "  Jesus Murillo Karam   Ambassador Anthony Wayne was with the delegation.  ",
        [("Jesus Murillo Karam", "jesus-murillo-karam", None, None, None), ("Ambassador Anthony Wayne", "anthony-wayne", None, None, None)],
    ),
    # a title alone in the next cell, after a function word and before another sentence of the cell
    (
        "  Jeh Johnson   Then Secretary of Defense. He testified twice.  ",
        [("Jeh Johnson", "jeh-johnson", None, None, "Secretary of Defense")],
    ),
    # party and state in the forms writers use besides the tag
    ("Kelly Ayotte, a New Hampshire Republican, wrote the letter.", [("Kelly Ayotte", "kelly-ayotte", "Republican", "New Hampshire", None)]),
    ("Kelly Ayotte, a Republican from New Hampshire, wrote the letter.", [("Kelly Ayotte", "kelly-ayotte", "Republican", "New Hampshire", None)]),
    ("New Hampshire Republican Kelly Ayotte wrote the letter.", [("Kelly Ayotte", "kelly-ayotte", "Republican", "New Hampshire", None)]),
    ("Klobuchar, who represents Minnesota, led the delegation.", [("Klobuchar", "amy-klobuchar", None, "Minnesota", None)]),
    # ... and as a predicate
    ("Sen. Kelly Ayotte is a New Hampshire Republican.", [("Sen. Kelly Ayotte", "kelly-ayotte", "Republican", "New Hampshire", None)]),
    # the county an office is "in" is part of it: "a top prosecutor in Hennepin County" is a Hennepin County prosecutor
    ("Klobuchar was a top prosecutor in Hennepin County.", [("Klobuchar", "amy-klobuchar", None, None, "top prosecutor in Hennepin County")]),
    # party and state tags, after the name or inside a registered alias
    (
        "U.S. Sen. Heidi Heitkamp, D-N.D., and U.S. Sen. Amy Klobuchar, D-Minn., talk in September about their joint efforts.",
        [
            ("U.S. Sen. Heidi Heitkamp", "heidi-heitkamp", "Democratic", "North Dakota", None),
            ("U.S. Sen. Amy Klobuchar", "amy-klobuchar", "Democratic", "Minnesota", None),
        ],
    ),
    ("Sen. Heidi Heitkamp, D-N.D., interjected.", [("Sen. Heidi Heitkamp, D-N.D.", "heidi-heitkamp", "Democratic", "North Dakota", None)]),
    (
        # a plural title is each listed name's, in the singular
        "U.S. Senators Amy Klobuchar (D-MN) and Heidi Heitkamp (D-ND) today joined with local advocates.",
        [
            ("Amy Klobuchar (D-MN)", "amy-klobuchar", "Democratic", "Minnesota", "U.S. Senator"),
            ("Heidi Heitkamp (D-ND)", "heidi-heitkamp", "Democratic", "North Dakota", "U.S. Senator"),
        ],
    ),
    (
        # the title stops at the list's second "and": Cindy McCain is no senator
        "Senators Heitkamp and Klobuchar and Cindy McCain discussed human trafficking.",
        [
            ("Heitkamp", "heidi-heitkamp", None, None, "Senator"),
            ("Klobuchar", "amy-klobuchar", None, None, "Senator"),
            ("Cindy McCain", "cindy-mccain", None, None, None),
        ],
    ),
    (
        "U.S. Senator Kelly Ayotte (R-NH) continued to raise concerns this week.",
        [("U.S. Senator Kelly Ayotte", "kelly-ayotte", "Republican", "New Hampshire", None)],
    ),
    (
        "Sen. Kelly Ayotte (D-NH) urged Attorney General Eric Holder to act.",
        [("Sen. Kelly Ayotte", "kelly-ayotte", "Democratic", "New Hampshire", None), ("Attorney General Eric Holder", "eric-holder", None, None, None)],
    ),
    (
        "Cindy McCain, wife of Sen. John McCain, R-Ariz., joined them.",
        [("Cindy McCain", "cindy-mccain", None, None, None), ("Sen. John McCain, R-Ariz.", "john-mccain", "Republican", "Arizona", None)],
    ),
    # "of STATE" and STATE before the title
    ("U.S. Senator Amy Klobuchar of Minnesota led a delegation to Mexico City.", [("U.S. Senator Amy Klobuchar", "amy-klobuchar", None, "Minnesota", None)]),
    ("Minnesota Senator Amy Klobuchar led the delegation.", [("Senator Amy Klobuchar", "amy-klobuchar", None, "Minnesota", None)]),
    ("North Dakota Sen. Heidi Heitkamp cosponsored the bill.", [("Sen. Heidi Heitkamp", "heidi-heitkamp", None, "North Dakota", None)]),
    ("Minnesota's Senator Amy Klobuchar spoke.", [("Senator Amy Klobuchar", "amy-klobuchar", None, "Minnesota", None)]),
    # titles before the name
    ("Former Attorney General Heidi Heitkamp spoke.", [("Heidi Heitkamp", "heidi-heitkamp", None, None, "Former Attorney General")]),
    # a state before a title other than senator/governor is the role's state, kept inside the title
    ("North Dakota Attorney General Heidi Heitkamp spoke.", [("Heidi Heitkamp", "heidi-heitkamp", None, None, "North Dakota Attorney General")]),
    ("Ambassador Kelly Ayotte spoke.", [("Kelly Ayotte", "kelly-ayotte", None, None, "Ambassador")]),
    # a party written before the title is the party, not part of the title
    ("Republican Sen. Amy Klobuchar praised the vote.", [("Sen. Amy Klobuchar", "amy-klobuchar", "Republican", None, None)]),
    # appositives: a title (its state kept inside it) or a party
    (
        "Raising awareness has been a major focus for Heitkamp, a former North Dakota attorney general.",
        [("Heitkamp", "heidi-heitkamp", None, None, "former North Dakota attorney general")],
    ),
    (
        "Klobuchar, a former top Hennepin County prosecutor, said it became clear to her.",
        [("Klobuchar", "amy-klobuchar", None, None, "former top Hennepin County prosecutor")],
    ),
    (
        "Working closely with her is U.S. Sen. Amy Klobuchar of Minnesota, another Democrat who also comes from a law enforcement background.",
        [("U.S. Sen. Amy Klobuchar", "amy-klobuchar", "Democratic", "Minnesota", None)],
    ),
    (
        "Heitkamp, D-N.D., a former North Dakota attorney general, spoke.",
        [("Heitkamp, D-N.D.", "heidi-heitkamp", "Democratic", "North Dakota", "former North Dakota attorney general")],
    ),
    ("Klobuchar, a former Hennepin County attorney, spoke.", [("Klobuchar", "amy-klobuchar", None, None, "former Hennepin County attorney")]),
    # the party, then "and a" title
    (
        "Sen. Amy Klobuchar of Minnesota, a fellow Democrat and a former Minnesota attorney general, spoke.",
        [("Sen. Amy Klobuchar", "amy-klobuchar", "Democratic", "Minnesota", "former Minnesota attorney general")],
    ),
    # a party letter alone in parentheses, as a ballot or a results table gives it
    ("Kelly Ayotte (R) won the seat.", [("Kelly Ayotte", "kelly-ayotte", "Republican", None, None)]),
    # ... and a lower third's state after it
    ("LT-4   Sen. Kelly Ayotte   (R) Maine", [("Sen. Kelly Ayotte", "kelly-ayotte", "Republican", "Maine", None)]),
    # a table row's cells: the title cell is read alone, never run on from the cell before it
    # ... and a party tag alone in its cell is the row's person's, next to the name or a cell after it
    (
        "Amy Klobuchar   D-Minn.   Top prosecutor, Hennepin County   Led the delegation",
        [("Amy Klobuchar", "amy-klobuchar", "Democratic", "Minnesota", None)],
    ),
    ("Kelly Ayotte   U.S. senator; New Hampshire attorney general, 2004-2009   R-Vt.", [("Kelly Ayotte", "kelly-ayotte", "Republican", "Vermont", None)]),
    # a body's possessive, then a post in lower case, alone in the next cell
    (
        "Jesus Murillo Karam   Mexico's federal police commissioner   n/a",
        [("Jesus Murillo Karam", "jesus-murillo-karam", None, None, "Mexico's federal police commissioner")],
    ),
    ("Amy Klobuchar   Top prosecutor, Hennepin County   Led the delegation", [("Amy Klobuchar", "amy-klobuchar", None, None, "Top prosecutor")]),
    # a surname in capitals, as the Congressional Record prints it
    ("When I visited Minneapolis with Senator KLOBUCHAR, she spoke.", [("KLOBUCHAR", "amy-klobuchar", None, None, "Senator")]),
    # not appositives, or not offices
    ("Heitkamp and a former attorney general spoke.", [("Heitkamp", "heidi-heitkamp", None, None, None)]),
    ("Heitkamp, an attorney by training, spoke.", [("Heitkamp", "heidi-heitkamp", None, None, None)]),
    ("Heitkamp, a judge's daughter, spoke.", [("Heitkamp", "heidi-heitkamp", None, None, None)]),
    (
        "Klobuchar, Heitkamp and McCain met with the National Football League.",
        [("Klobuchar", "amy-klobuchar", None, None, None), ("Heitkamp", "heidi-heitkamp", None, None, None), ("McCain", "cindy-mccain", None, None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALIASES + ATTRIBUTES)
def test_people_through_aliases_with_their_attributes(index, text, expected):
    assert _people(text, index) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senator Heitkamp and officials from the U.S. Department of Homeland Security held a training session in Fargo.",
            {"heidi-heitkamp", "us-dhs", "fargo"},
        ),
        ("The Senate Homeland Security and Governmental Affairs Committee hearing brought together officials.", {"senate-hsgac"}),
        ("Klobuchar and McCain met with the National Football League (NFL) earlier this year.", {"amy-klobuchar", "nfl"}),
    ],
)
def test_bodies_and_places_are_found_too(index, text, expected):
    found = {i for m in detect(text, index) for i in m.value.ids}
    assert expected <= found


@pytest.mark.parametrize(
    "text",
    [
        "the senators met with advocates.",  # lower-case aliases never match ordinary words
        "Heitkampf is not a registered name.",
        "A self-styled Klobuchar-ite spoke.",
    ],
)
def test_no_partial_or_lower_case_matches(index, text):
    assert _people(text, index) == []


def test_a_title_after_was_is_one_held_once(index):
    from factcheck.mentions.names import detect

    (past,) = [m for m in detect("When Klobuchar was the top prosecutor in Hennepin County, she saw it.", index) if m.text == "Klobuchar"]
    (now,) = [m for m in detect("Klobuchar is the top prosecutor in Hennepin County.", index) if m.text == "Klobuchar"]
    assert (past.value.title, past.value.title_past) == ("top prosecutor in Hennepin County", True)
    assert (now.value.title, now.value.title_past) == ("top prosecutor in Hennepin County", False)


def test_spans_point_at_the_written_attributes(index):
    text = "Sen. Amy Klobuchar (R-Minn.) spoke."
    [mention] = detect(text, index)
    ref = mention.value
    assert text[slice(*ref.party_span)] == "R-Minn." and text[slice(*ref.state_span)] == "Minn."
    assert (ref.party, ref.state) == ("Republican", "Minnesota")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a title the registry's people hold is read before a name, with the words that qualify it
        ("Deputy Emergency Manager Renata Osei served as liaison.", "Deputy Emergency Manager"),
        ("Incident command: Curry County Emergency Manager Renata Osei took charge.", "Curry County Emergency Manager"),
        ("Public Information Officer Renata Osei spoke.", "Public Information Officer"),
        # another title of the office a held title names: "Secretary of Homeland Security" is held
        ("They questioned Mayor of Homeland Security Dale Ferrante.", "Mayor of Homeland Security"),
        # no title before the name
        ("Yesterday Renata Osei spoke.", None),
    ],
)
def test_the_titles_the_registry_holds_are_read_before_a_name(text, title):
    registry = {
        "renata-osei": Entity("renata-osei", "person", "Renata Osei", ("Osei",), (Attribute("title", "Public Information Officer"),)),
        "dale-ferrante": Entity(
            "dale-ferrante", "person", "Dale Ferrante", (), (Attribute("title", "Emergency Manager"), Attribute("title", "Secretary of Homeland Security"))
        ),
    }
    [mention] = detect(text, build_index(registry))
    assert mention.value.title == title


@pytest.mark.parametrize(
    ("text", "title", "district"),
    [
        # a role in lower case after a rank in sentence case, where the sentence starts
        ("Vice chair Omar Haddad pressed for notices.", "Vice chair", None),
        ("The coalition's vice chair, Omar Haddad, spoke.", None, None),  # guard
        # a party tag's at-large seat, however it is written
        ("Councilman Omar Haddad (R-At Large) voted no.", "Councilman", "At Large"),
        ("Councilman Omar Haddad (R-at-large) voted no.", "Councilman", "At Large"),
        ("Councilman Omar Haddad (R-Ward 5) voted no.", "Councilman", "Ward 5"),  # guard
        # a post after the name that names its body says more than a title before it
        ("Councilman Omar Haddad, chair of the Finance Committee, voted no.", "chair of the Finance Committee", None),
        ("Councilman Omar Haddad, a retired teacher, voted no.", "Councilman", None),  # guard
    ],
)
def test_a_title_and_seat_around_a_name(text, title, district):
    registry = {"omar-haddad": Entity("omar-haddad", "person", "Omar Haddad", ("Haddad",), ())}
    [mention] = detect(text, build_index(registry))
    assert (mention.value.title, mention.value.district) == (title, district)
