"""People that uncurated documents name without a title before the name: a call's roster lines, posts in
appositives and after verbs, plural titles, pronoun relations, a state party's own name, and no post words
or a company's short name taken for people.

Each case is a made-up passage run through `propose`; the tables say what the registry must hold.
"""

from __future__ import annotations

from functools import cache

import pytest

from factcheck.extract import propose
from factcheck.model import Published, Source

ROSTER = """Brightwater Foods, Inc.
Second Quarter 2026 Earnings Call

Corporate participants:
Noemi Castellano — Director, Investor Relations
Bartholomew Achterberg — President and Chief Executive Officer
Wilhelmina Stroud — Senior Vice President and Chief Financial Officer, Brightwater Finance Office

Analysts:
Desmond Okonkwo — Pellham Ridge Capital
Yolanda Fairweather, Chief Analyst

NOEMI CASTELLANO: Good afternoon, and thank you all. Joining me are Bart Achterberg, our President and Chief Executive Officer, and Wilhelmina Stroud, our Senior Vice President and Chief Financial Officer.

BARTHOLOMEW ACHTERBERG: Thank you, Noemi. Revenue for the quarter was $812 million, up 4.4 percent.

Our frozen division was the bright spot, and our bakery lines were steady through the heat wave.

DESMOND OKONKWO: Thanks. Can you talk about pricing in the third quarter?
"""

NEWS = """Workers at Vellmar Orchards' packing plant voted Monday to accept a three-year contract, ending a 19-day strike.

Members of United Packers Union Local 4410 approved the deal 301 to 96. "We held together and it paid off," said Odile Brannstrom, president of Local 4410.

Cassius Wren, Vellmar's director of employee relations and the company's lead negotiator, said the agreement "lets us get back to work."

Ingrid Solvang, an arbitrator with the Northland Bureau of Labor Settlements, brought the two sides together. Vellmar, which is based in Duluth, runs three plants. Vellmar said it would reopen the line Thursday.

State Rep. Harlan Voss, a DFLer who represents Linden Falls, joined the picket line. State Sen. Maribel Quist (DFL-Linden Falls) urged a quick settlement. Rep. Corliss Ambrose, a DFL member, did not. House Republican Leader Tobias Kerrigan of Ashby backed it.

Evander Lusk of Ashby will become director of the Northland Office of Orchard Safety on Aug. 3. Lusk, 48, has served since 2017 as deputy director of Kettle County Public Works. Thaddeus Brockway of Elkton was appointed to the Northland Orchard Board. Brockway, a grower who farms 1,200 acres, is a former president of the Northland Apple Growers League. He is the husband of state Sen. Maribel Quist.

Philippa Greer retired in May as dean and vice provost for research at Kettle River College. Greer served as chair of the Kettle County Library Board from 2012 to 2016.

Trustees Lucinda Harrow and Osgood Renfro voted for the plan. Public Advocate Rosalind Amsel objected.
"""

APPOINTED = """Odessa Brandt of Linden will become director of the Northland Water Authority. Brandt has served since 2020 as deputy director of the Kettle County Water Board. She is the daughter of the late state Rep. Ansel Brandt, who represented Linden for a decade.

"We will listen first and act second," Brandt said.
"""

BOARD = """Members present: Wendell Achebe, President (Sub-district 3, Marrowbone); Priya Talmadge, Treasurer (Sub-district 2, Cold Ford); Ivo Rasmussen, Vice Chair (Ashgrove Township).

Gary Fenwick of Big Slough Township, president of the Linden Landowners Coalition, spoke against the permit.

Walter Okonjo, 41 Tannery Lane, president of the Canal Corridor Neighborhood Association, spoke in opposition.

"We will build it right," said Noor Baptiste, President and Chief Executive Officer of Corvid Renewables.
"""

SEATS = """MINUTES OF THE REGULAR MEETING
Tuesday, March 3, 2026

Present:
Chairman Rutherford "Rudy" Kesselring (R), District 1, Marlow Springs
Commissioner Annaliese Drummond (D), District 2, Pell Creek
Ottilie Fairbanks, Secretary-Treasurer, District 3 (Oak Run)
Bertram Nakagawa, District 4 (Stony Ford)
Vice President: Lucan Everhart, District 5 (Dry Fork)
Treasurer: Ingeborg Castellanos, Finance Director, Kestrel County
Chair: Sheriff Amadeus Fry, Kestrel County Sheriff's Office

DIRECTORS PRESENT
Gideon Abernathy, President, District 6 (Elm Mott)
Saoirse Lindahl, District 7 (Fox Run)
Phineas Okafor, District 8 (Big Bend)

The Board of Canvassers consisted of Auditor Minerva Tolliver, who served as chair; Desmond Achebe of Quarry Hill, the Democratic Party designee; and Rosalind Varga of Pell Creek, the Republican Party designee.

Isidore Pennington of Marlow Springs, chair of the Foundation's board and retired president of Marlow Springs Savings Bank, said the vote was a relief.

"We kept our doors open," said Marisela Okafor, vice president of the association, who owns Okafor Grill on Fenn Street with her brother, Tobiah Okafor.

Director Verity Holm noted for the record that she is the sister of Director Ansel Holm.

The survey was compiled by our secretary, Odalys Quint, who is Bram Quint's wife.

"We pay for it twice," said treasurer Ilka Brandt of Fenwick, who is Odo Brandt's sister.
"""

# a roster a line each, the town in parentheses, a post on some lines only; a signature block's towns after the post;
# a firm closing a line is no town
MEMBERS = """MEMBERS PRESENT:
Dr. Leontyne Abernethy, Chair (Calvert)
Osric Fairleigh, Vice Chair (Mercer Springs)
Dagny Whitlock (Hollis)
Tobias Okwuosa (Dunmore)

COMMISSIONERS PRESENT:
Dagmar Ostrowski, Vice Chair (D), District 4, Linwood
Teodor Vance (R), District 1, Cold Spring

ALSO PRESENT: Kevin Ashworth, Managing Director, Westbrook Municipal Advisors

Respectfully,

Carla Jimeno, RN, President, Hollis
Monique Fairweather, RN, Secretary-Treasurer, Dunmore
"""


@cache
def _registry(name: str) -> tuple[dict[str, dict], list[dict]]:  # type: ignore[type-arg]
    text = {"roster": ROSTER, "news": NEWS, "appointed": APPOINTED, "board": BOARD, "seats": SEATS, "members": MEMBERS}[name]
    source = Source(id=name, path=f"sources/{name}.txt", text=text, start=0, end=len(text), title=name, published=Published("2026-07-21", "day"))
    found = propose([source], {}, {}, set())
    people = {str(e["name"]): e for e in found.entities if e["type"] == "person"}
    quotes = [c for claims in found.claims.values() for c in claims if c["kind"] == "quote"]
    return people, quotes


def _held(name: str, person: str) -> set[tuple[str, str, bool]]:
    people, _ = _registry(name)
    return {(str(a["attribute"]), str(a["value"]), bool(a.get("former"))) for a in people[person].get("attributes", [])}


@pytest.mark.parametrize(
    ("doc", "person", "attribute", "value", "former"),
    [
        # a roster line under a label that introduces people: "Name — Title", two titles joined by "and"
        ("roster", "Noemi Castellano", "title", "Director", False),
        ("roster", "Bartholomew Achterberg", "title", "President", False),
        ("roster", "Bartholomew Achterberg", "title", "Chief Executive Officer", False),
        ("roster", "Wilhelmina Stroud", "title", "Senior Vice President", False),
        ("roster", "Wilhelmina Stroud", "member_of", "Brightwater Finance Office", False),
        # "Name — Firm": a firm alone is the person's body, though its name ends in no body word
        ("roster", "Desmond Okonkwo", "member_of", "Pellham Ridge Capital", False),
        # "Name, Title" under the label
        ("roster", "Yolanda Fairweather", "title", "Chief Analyst", False),
        # a role with its body's number: "president of Local 4410"
        ("news", "Odile Brannstrom", "role", "president of Local 4410", False),
        # a body's possessive before the post, and a second post after "and the company's"
        ("news", "Cassius Wren", "role", "director of employee relations", False),
        ("news", "Cassius Wren", "role", "lead negotiator", False),
        # a post with the body it is held at: the body is the person's
        ("news", "Ingrid Solvang", "member_of", "Northland Bureau of Labor Settlements", False),
        # a DFLer, a DFL tag and a DFL member are Democrats; a party inside a title is the person's party
        ("news", "Harlan Voss", "party", "Democratic", False),
        ("news", "Maribel Quist", "party", "Democratic", False),
        ("news", "Corliss Ambrose", "party", "Democratic", False),
        ("news", "Tobias Kerrigan", "party", "Republican", False),
        ("news", "Tobias Kerrigan", "title", "House Republican Leader", False),
        # a post a verb gives a person with no title: "will become", "has served since 2017 as"
        ("news", "Evander Lusk", "role", "director of the Northland Office of Orchard Safety", False),
        ("news", "Evander Lusk", "role", "deputy director of Kettle County Public Works", False),
        ("news", "Thaddeus Brockway", "member_of", "Northland Orchard Board", False),
        # "is a former president of", "retired in May as dean and vice provost ... at": former posts
        ("news", "Thaddeus Brockway", "role", "president of the Northland Apple Growers League", True),
        ("news", "Philippa Greer", "role", "dean at Kettle River College", True),
        ("news", "Philippa Greer", "role", "vice provost for research at Kettle River College", True),
        # "served as" is over; "has served since 2017 as" (above) is not
        ("news", "Philippa Greer", "role", "chair of the Kettle County Library Board", True),
        # "He is the husband of ...": he is the person the sentences before are about
        ("news", "Thaddeus Brockway", "spouse", "Maribel Quist", False),
        # a plural title of no seat before two names
        ("news", "Lucinda Harrow", "title", "Trustee", False),
        ("news", "Osgood Renfro", "title", "Trustee", False),
        # an advocate's office is a title before a name
        ("news", "Rosalind Amsel", "title", "Public Advocate", False),
        # "She is the daughter of ...": the relation is hers, held against the other Brandt
        ("appointed", "Odessa Brandt", "relative", "Ansel Brandt", False),
        # a roster's "Name, Post (Sub-district 2, Town)": the post (a parenthesis before the semicolon), the seat, the town
        ("board", "Priya Talmadge", "title", "Treasurer", False),
        ("board", "Priya Talmadge", "district", "Sub-district 2", False),
        ("board", "Priya Talmadge", "home", "Cold Ford", False),
        ("board", "Wendell Achebe", "home", "Marrowbone", False),
        # or the town alone, a place's head ending it
        ("board", "Ivo Rasmussen", "home", "Ashgrove Township", False),
        # after a town ending in a place's head, the post is the person's
        ("board", "Gary Fenwick", "role", "president of the Linden Landowners Coalition", False),
        # a street address between the name and the post
        ("board", "Walter Okonjo", "role", "president of the Canal Corridor Neighborhood Association", False),
        # two posts joined by "and", of a company
        ("board", "Noor Baptiste", "role", "President and Chief Executive Officer of Corvid Renewables", False),
        # a roster's seat after a comma: a party's letter before it, the town after a comma at the line's end
        ("seats", "Rutherford Kesselring", "party", "Republican", False),
        ("seats", "Rutherford Kesselring", "district", "District 1", False),
        ("seats", "Rutherford Kesselring", "home", "Marlow Springs", False),
        ("seats", "Rutherford Kesselring", "title", "Chairman", False),
        ("seats", "Annaliese Drummond", "party", "Democratic", False),
        ("seats", "Annaliese Drummond", "home", "Pell Creek", False),
        # ... or the town in a parenthesis after it, a hyphenated post between
        ("seats", "Ottilie Fairbanks", "title", "Secretary-Treasurer", False),
        ("seats", "Ottilie Fairbanks", "district", "District 3", False),
        ("seats", "Ottilie Fairbanks", "home", "Oak Run", False),
        ("seats", "Bertram Nakagawa", "district", "District 4", False),
        ("seats", "Bertram Nakagawa", "home", "Stony Ford", False),
        # a post's label before the name and its seat
        ("seats", "Lucan Everhart", "title", "Vice President", False),
        ("seats", "Lucan Everhart", "home", "Dry Fork", False),
        # ... or a title and a body of the holder's own after the name
        ("seats", "Ingeborg Castellanos", "role", "Treasurer", False),
        ("seats", "Ingeborg Castellanos", "title", "Finance Director", False),
        ("seats", "Amadeus Fry", "role", "Chair", False),
        ("seats", "Amadeus Fry", "title", "Sheriff", False),
        # lines of a roster read as one sentence: each line's town is its own
        ("seats", "Gideon Abernathy", "home", "Elm Mott", False),
        ("seats", "Saoirse Lindahl", "home", "Fox Run", False),
        ("seats", "Saoirse Lindahl", "district", "District 7", False),
        ("seats", "Phineas Okafor", "home", "Big Bend", False),
        # "Name of Town, the Democratic Party designee": the town, and the party that named them
        ("seats", "Desmond Achebe", "party", "Democratic", False),
        ("seats", "Desmond Achebe", "home", "Quarry Hill", False),
        ("seats", "Rosalind Varga", "party", "Republican", False),
        ("seats", "Rosalind Varga", "home", "Pell Creek", False),
        # the town before a long post in lower case, a body after the possessive closing the post
        ("seats", "Isidore Pennington", "home", "Marlow Springs", False),
        ("seats", "Isidore Pennington", "role", "chair of the Foundation's board", False),
        # a post of a body named in lower case; "her brother" after a street is the person named before it
        ("seats", "Marisela Okafor", "role", "vice president of the association", False),
        ("seats", "Tobiah Okafor", "relative", "Marisela Okafor", False),
        # "noted that she is the sister of": she is the one the sentence named
        ("seats", "Verity Holm", "relative", "Ansel Holm", False),
        # "X, who is Y's wife"
        ("seats", "Odalys Quint", "spouse", "Bram Quint", False),
        # ... a town between: the person is the one before it, not the town
        ("seats", "Ilka Brandt", "relative", "Odo Brandt", False),
        # a roster's lines, the town in parentheses with a post or without one
        ("members", "Osric Fairleigh", "home", "Mercer Springs", False),  # guard
        ("members", "Dagny Whitlock", "home", "Hollis", False),
        ("members", "Tobias Okwuosa", "home", "Dunmore", False),
        # a signature's line: the town after the credentials and the post
        ("members", "Monique Fairweather", "home", "Dunmore", False),
        ("members", "Carla Jimeno", "home", "Hollis", False),
        # a roster's line with the party letter after the post: the post, the party, the seat and the town
        ("members", "Dagmar Ostrowski", "title", "Vice Chair", False),
        ("members", "Dagmar Ostrowski", "party", "Democratic", False),
        ("members", "Dagmar Ostrowski", "district", "District 4", False),
        ("members", "Dagmar Ostrowski", "home", "Linwood", False),
        ("members", "Teodor Vance", "district", "District 1", False),  # guard
        # a firm closing the line is the person's body
        ("members", "Kevin Ashworth", "member_of", "Westbrook Municipal Advisors", False),
    ],
)
def test_the_registry_holds_the_posts_the_text_gives(doc: str, person: str, attribute: str, value: str, former: bool) -> None:
    assert (attribute, value, former) in _held(doc, person)


@pytest.mark.parametrize(
    ("doc", "people"),
    [
        # no "Executive Officer" (from "our President and Chief Executive Officer"), no "Investor Relations", no "Vellmar"
        ("roster", ["Bartholomew Achterberg", "Desmond Okonkwo", "Noemi Castellano", "Wilhelmina Stroud", "Yolanda Fairweather"]),
        (
            "news",
            [
                "Cassius Wren",
                "Corliss Ambrose",
                "Evander Lusk",
                "Harlan Voss",
                "Ingrid Solvang",
                "Lucinda Harrow",
                "Maribel Quist",
                "Odile Brannstrom",
                "Osgood Renfro",
                "Philippa Greer",
                "Rosalind Amsel",
                "Thaddeus Brockway",
                "Tobias Kerrigan",
            ],
        ),
        # no "Slough Township" (a place's head ends no name), no "Corvid Renewables" (the company a post is of)
        # no "Tannery Lane" (a street)
        ("board", ["Gary Fenwick", "Ivo Rasmussen", "Noor Baptiste", "Priya Talmadge", "Walter Okonjo", "Wendell Achebe"]),
        # a nickname in quotation marks is no name apart ("Rutherford", "Kesselring"); "the Republican Party designee"
        # makes no person "Party"
        (
            "seats",
            [
                "Amadeus Fry",
                "Annaliese Drummond",
                "Ansel Holm",
                "Bertram Nakagawa",
                "Bram Quint",
                "Desmond Achebe",
                "Gideon Abernathy",
                "Ilka Brandt",
                "Ingeborg Castellanos",
                "Isidore Pennington",
                "Lucan Everhart",
                "Marisela Okafor",
                "Minerva Tolliver",
                "Odalys Quint",
                "Odo Brandt",
                "Ottilie Fairbanks",
                "Phineas Okafor",
                "Rosalind Varga",
                "Rutherford Kesselring",
                "Saoirse Lindahl",
                "Tobiah Okafor",
                "Verity Holm",
            ],
        ),
    ],
)
def test_the_registry_holds_exactly_the_people_named(doc: str, people: list[str]) -> None:
    assert sorted(_registry(doc)[0]) == people


def test_a_firm_closing_a_line_is_no_town() -> None:  # guard
    assert not {value for attribute, value, _ in _held("members", "Kevin Ashworth") if attribute == "home"}


def test_a_nickname_is_an_alias() -> None:
    assert "Rudy Kesselring" in _registry("seats")[0]["Rutherford Kesselring"]["aliases"]


def test_a_short_first_name_is_the_person_the_roster_names() -> None:
    assert "Bart Achterberg" in _registry("roster")[0]["Bartholomew Achterberg"]["aliases"]


def test_members_of_a_body_are_not_its_name() -> None:
    source = Source(id="news", path="sources/news.txt", text=NEWS, start=0, end=len(NEWS), title="news", published=Published("2026-07-21", "day"))
    bodies = {str(e["name"]) for e in propose([source], {}, {}, set()).entities if e["type"] == "organization"}
    assert "Northland Bureau of Labor Settlements" in bodies
    assert not any(b.startswith("Members") or "Aug" in b for b in bodies)


@pytest.mark.parametrize(
    ("speaker", "words"),
    [
        ("bartholomew-achterberg", "Revenue for the quarter was $812 million, up 4.4 percent."),
        # a paragraph with no label that goes on in the first person is the same turn
        ("bartholomew-achterberg", "Our frozen division was the bright spot, and our bakery lines were steady through the heat wave."),
        ("noemi-castellano", "Good afternoon, and thank you all."),
    ],
)
def test_a_turn_under_a_name_in_capitals_is_the_roster_persons_words(speaker: str, words: str) -> None:
    assert any(q["speaker"] == speaker and q["words"] == words for q in _registry("roster")[1])


def test_a_bare_surname_is_the_person_no_title_names() -> None:
    """ "Brandt said" after "Odessa Brandt" and "the late state Rep. Ansel Brandt" is Odessa: the other is named by his title."""
    assert [q["speaker"] for q in _registry("appointed")[1]] == ["odessa-brandt"]
