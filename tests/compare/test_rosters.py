"""Posts, bodies and parties that uncurated documents give people without a title before the name, held
against a draft: a call's roster ("Name — Firm"), a turn under a name in capitals, a post with its body, a
post a verb gives, a plural title, a pronoun's relation, a DFLer and a party inside a title.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

CALL = """Brightwater Foods, Inc.
Second Quarter 2026 Earnings Call
Tuesday, July 28, 2026

Corporate participants:
Noemi Castellano — Director, Investor Relations
Bartholomew Achterberg — President and Chief Executive Officer

Analysts:
Desmond Okonkwo — Pellham Ridge Capital
Yolanda Fairweather — Tessaly Partners

NOEMI CASTELLANO: Good afternoon, everyone. Joining me is Bart Achterberg, our President and Chief Executive Officer.

BARTHOLOMEW ACHTERBERG: Thank you, Noemi. Revenue for the quarter was $812 million, up 4.4 percent.

Our frozen division was the bright spot, and our bakery lines were steady through the heat wave.

DESMOND OKONKWO: Thanks. Can you talk about pricing in the third quarter?

BARTHOLOMEW ACHTERBERG: We expect pricing to add about 2 percent to revenue in the third quarter.
"""

NEWS = """Orchard workers end walkout at Vellmar packing plant

Workers at Vellmar Orchards' packing plant voted Monday to accept a three-year contract, ending a 19-day strike.

Ingrid Solvang, an arbitrator with the Northland Bureau of Labor Settlements, brought the two sides together.

State Rep. Harlan Voss, a DFLer who represents Linden Falls, joined the picket line. House Republican Leader Tobias Kerrigan of Ashby backed the deal.

Evander Lusk of Ashby will become director of the Northland Office of Orchard Safety on Aug. 3. Thaddeus Brockway of Elkton was appointed to the Northland Orchard Board. Brockway, a grower, is a former president of the Northland Apple Growers League. He is the husband of state Sen. Maribel Quist.

Trustees Lucinda Harrow and Osgood Renfro voted for the plan.
"""


@pytest.fixture(scope="module")
def call(tmp_path_factory: pytest.TempPathFactory) -> Path:
    meta = own_corpus.meta("bwf-call", "Brightwater Foods second quarter call", "transcript", "Brightwater Foods", "2026-07-28")
    return own_corpus.extracted(tmp_path_factory.mktemp("call"), "call", CALL, meta)


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Path:
    meta = own_corpus.meta("vellmar-strike", "Orchard workers end walkout", "news", "Linden Falls Ledger", "2026-07-21")
    return own_corpus.extracted(tmp_path_factory.mktemp("news"), "news", NEWS, meta)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # "Name — Firm" under "Analysts:": the firm is the analyst's
        ("Desmond Okonkwo of Pellham Ridge Capital asked about pricing.", set()),
        ("Desmond Okonkwo of Tessaly Partners asked about pricing.", {"Tessaly Partners"}),
        # the roster's titles, held by the name a turn's label gives in capitals
        ("Bartholomew Achterberg, the company's chief executive officer, spoke first.", set()),
        ("Bartholomew Achterberg, the company's chief operating officer, spoke first.", {"chief operating officer"}),
        # a body of two words in lower case before the post
        ("Bartholomew Achterberg, the food company's chief operating officer, spoke first.", {"chief operating officer"}),
        ("Bartholomew Achterberg, the food company's chief executive officer, spoke first.", set()),
        # a turn's paragraph with no label, in the first person, is the same speaker's
        ('"Our frozen division was the bright spot," Achterberg said.', set()),
        ('"Our frozen division was the weak spot," Achterberg said.', {"weak"}),
        ('"Our frozen division was the bright spot," Castellano said.', {"Castellano"}),
    ],
)
def test_a_roster_and_its_turns(cli, call: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, call, text, "2026-08-01") == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # "an arbitrator with the Northland Bureau of Labor Settlements": the body is hers
        ("Ingrid Solvang of the Northland Bureau of Labor Settlements brought the sides together.", set()),
        ("Ingrid Solvang of the Federal Mediation and Conciliation Service brought the sides together.", {"Federal Mediation and Conciliation Service"}),
        # a DFLer is a Democrat
        ("State Rep. Harlan Voss, a DFLer, joined the picket line.", set()),
        ("State Rep. Harlan Voss, a Republican, joined the picket line.", {"Republican"}),
        # a party inside a title
        ("House Republican Leader Tobias Kerrigan backed the deal.", set()),
        ("House Democratic Leader Tobias Kerrigan backed the deal.", {"Democratic"}),
        # a post a verb gives a person with no title
        ("Evander Lusk will become director of the Northland Office of Orchard Safety.", set()),
        ("Evander Lusk will become director of the Northland Department of Health.", {"Northland Department of Health"}),
        # "He is the husband of ...": he is Brockway
        ("Thaddeus Brockway is the husband of state Sen. Maribel Quist.", set()),
        ("Thaddeus Brockway is the brother of state Sen. Maribel Quist.", {"brother"}),
        # a plural title of no seat before two names
        ("Trustee Lucinda Harrow voted for the plan.", set()),
        ("Superintendent Lucinda Harrow voted for the plan.", {"Superintendent"}),
    ],
)
def test_posts_bodies_and_parties_of_people_with_no_title(cli, news: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, news, text, "2026-08-01") == errors


HEARING = """PELL COUNTY BOARD OF ADJUSTMENT
Minutes of Special Meeting
Tuesday, October 14, 2025

MEMBERS PRESENT: Chair Ruth Dahlberg (Elm Grove); Vice Chair Owen Tasker (Marlow); Nadia Quist (Ashby); Felix Arndt (Dunmore); Irene Solberg (Kettering).

"""


@pytest.fixture(scope="module")
def hearing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hearing")
    return own_corpus.extracted(root, "minutes", HEARING, own_corpus.meta("minutes", "Board minutes", "minutes", "Pell County", "2025-10-15"))


def test_a_rosters_names_with_a_town_alone_are_members_after_a_titled_one(hearing: Path) -> None:
    """ "Chair Ruth Dahlberg (Elm Grove); ... Nadia Quist (Ashby); Felix Arndt (Dunmore)": everyone on the roster is a
    person with a home, whether a title comes before the name or not; no town is a person."""
    people = {e["name"]: e for e in own_corpus.proposed(hearing, "entities", "entities") if e["type"] == "person"}
    assert {"Nadia Quist", "Felix Arndt", "Irene Solberg"} <= set(people), sorted(people)
    assert not set(people) & {"Dunmore", "Ashby", "Kettering"}
    homes = {a["value"] for a in people["Felix Arndt"].get("attributes", []) if a["attribute"] == "home"}
    assert homes == {"Dunmore"}
