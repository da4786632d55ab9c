"""People in report-style public documents: header lines, "Role: Name" staff lines, distribution lists.

Each fixture in tests/extract/reports/ is a made-up document of one kind (a county situation report,
an agency memo with a distribution list, a staff directory); the tables say what the registry that
`factcheck extract` proposes must hold for it: exactly these people, with these titles and roles,
and a first name used alone as an alias of the person it belongs to, never a person of its own.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from factcheck.extract import propose
from factcheck.model import Published, Source

REPORTS = Path(__file__).parent / "reports"


@cache
def _people(name: str) -> dict[str, dict]:  # type: ignore[type-arg]
    text = (REPORTS / f"{name}.txt").read_text(encoding="utf-8")
    source = Source(id=name, path=f"sources/{name}.txt", text=text, start=0, end=len(text), title=name, published=Published("2020-06-01", "day"))
    found = propose([source], {}, {}, set())
    return {str(e["name"]): e for e in found.entities if e["type"] == "person"}


@pytest.mark.parametrize(
    ("report", "people"),
    [
        ("sitrep", ["Imogen Vasquez", "Tobias Brennecke", "Marisol Quaye", "Anders Whitcombe", "Priya Halvorsen", "Georgette Amankwah"]),
        ("memo", ["Simone Akerberg", "Rafael Ondine", "Beatrix Coll", "Nadia Brightwater", "Dwight Farrow", "Aurelio Sandoval", "Kwame Ostrander"]),
        ("directory", ["Harriet Lindqvist", "Corwin Abernathy", "Delphine Mbeki", "Rupert Okonjo", "Ilse Varga"]),
    ],
)
def test_the_registry_holds_exactly_the_people_the_report_names(report: str, people: list[str]) -> None:
    assert sorted(_people(report)) == sorted(people)


@pytest.mark.parametrize(
    ("report", "person", "attribute", "value"),
    [
        # "Prepared by: Planning Section Chief Imogen Vasquez": a header line, the title before the name
        ("sitrep", "Imogen Vasquez", "title", "Planning Section Chief"),
        # "Approved by: Tobias Brennecke, Emergency Manager and Incident Commander": two titles after the name
        ("sitrep", "Tobias Brennecke", "title", "Emergency Manager"),
        ("sitrep", "Tobias Brennecke", "title", "Incident Commander"),
        # a county before the title is part of it
        ("sitrep", "Tobias Brennecke", "title", "Brannock County Emergency Manager"),
        # "Public Information Officer: Marisol Quaye.": the label is the title
        ("sitrep", "Marisol Quaye", "title", "Public Information Officer"),
        # "Safety Officer: Battalion Chief Anders Whitcombe.": the name's own title, the label a role
        ("sitrep", "Anders Whitcombe", "title", "Battalion Chief"),
        ("sitrep", "Anders Whitcombe", "role", "Safety Officer"),
        ("sitrep", "Priya Halvorsen", "title", "Deputy Emergency Manager"),
        ("sitrep", "Priya Halvorsen", "role", "Liaison Officer"),
        ("sitrep", "Georgette Amankwah", "role", "Red Cross shelter manager"),
        # "FROM: Dr. Simone Akerberg, State Epidemiologist"; "CC: Name, title; Name, title"
        ("memo", "Simone Akerberg", "title", "State Epidemiologist"),
        ("memo", "Rafael Ondine", "title", "Director of Environmental Health"),
        ("memo", "Beatrix Coll", "title", "Deputy Director"),
        ("memo", "Nadia Brightwater", "title", "Pell County Health Officer"),
        ("memo", "Dwight Farrow", "title", "Environmental Health Program Manager"),
        # a distribution list: "Name, Title, Body"
        ("memo", "Aurelio Sandoval", "title", "Director"),
        ("memo", "Aurelio Sandoval", "member_of", "Tenney County Health Department"),
        ("memo", "Kwame Ostrander", "title", "Supervisor"),
        # a staff directory: "Label: Name" lines
        ("directory", "Harriet Lindqvist", "title", "Sheriff"),
        ("directory", "Corwin Abernathy", "title", "Undersheriff"),
        ("directory", "Delphine Mbeki", "title", "Captain"),
        ("directory", "Delphine Mbeki", "role", "Jail Administrator"),
        ("directory", "Rupert Okonjo", "title", "Lieutenant"),
        ("directory", "Rupert Okonjo", "role", "Patrol Division Commander"),
        # an abbreviated title is its head: "Sgt." is Sergeant
        ("directory", "Ilse Varga", "title", "Sergeant"),
        ("directory", "Ilse Varga", "role", "Emergency Management Coordinator"),
    ],
)
def test_people_in_reports_get_their_titles_and_roles(report: str, person: str, attribute: str, value: str) -> None:
    entity = _people(report)[person]
    values = [a["value"] for a in entity.get("attributes", []) if a["attribute"] == attribute]
    assert value in values, entity.get("attributes")


@pytest.mark.parametrize(
    ("report", "person", "alias"),
    [
        ("sitrep", "Georgette Amankwah", "Georgette"),  # "Georgette said ..."
        ("memo", "Simone Akerberg", "Simone"),  # "Simone asked ..."
        ("directory", "Ilse Varga", "Ilse"),  # "Ilse coordinated ..."
        ("directory", "Delphine Mbeki", "Mbeki"),
        ("sitrep", "Tobias Brennecke", "Brennecke"),
    ],
)
def test_a_first_name_used_alone_is_an_alias_of_its_person(report: str, person: str, alias: str) -> None:
    assert alias in _people(report)[person].get("aliases", [])


def _names(text: str) -> dict[str, dict]:  # type: ignore[type-arg]
    source = Source(id="doc", path="sources/doc.txt", text=text, start=0, end=len(text), title="Doc", published=Published("2020-06-01", "day"))
    return {str(e["name"]): e for e in propose([source], {}, {}, set()).entities if e["type"] == "person"}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a label that names no post, and a label's value that is a body, name no one
        ("Incident Name: Marrow Creek Flood\nLocation: Dunmore High School\nPrepared by: Planning Section", []),
        ("TO: All Staff\nFROM: Office of the Director\nCC: Board of Health", []),
        ("Distribution:\nSmith, Jones and Brown\nThe Board of Directors, Alder Township", []),
        # a first name alone is the person's alias, before or after the full name
        ("“We are ready,” Georgette said. Shelter manager Georgette Amankwah said cots were sufficient.", ["Georgette Amankwah"]),
        # a capitalised role ("General Manager") is a title before the name, and "Jr." is no surname
        ("“Holding fares flat is how we win them back,” said TriMet General Manager Sam Desue Jr. Desue said.", ["Sam Desue Jr"]),
        # a name but for a middle initial is the person named with it
        ("Director Gerald T. Pruitt will retire in June. “It is time,” said Gerald Pruitt.", ["Gerald T. Pruitt"]),
        ("Director Gerald T. Pruitt will retire in June. “It is time,” said Gerald A. Pruitt.", ["Gerald A. Pruitt", "Gerald T. Pruitt"]),
    ],
)
def test_labels_and_lone_words_name_no_one_of_their_own(text: str, people: list[str]) -> None:
    assert sorted(_names(text)) == people


@pytest.mark.parametrize(
    ("text", "person", "aliases"),
    [
        ("“We are ready,” Georgette said. Shelter manager Georgette Amankwah said cots were sufficient.", "Georgette Amankwah", {"Georgette", "Amankwah"}),
        ("“Holding fares flat is how we win them back,” said TriMet General Manager Sam Desue Jr.", "Sam Desue Jr", {"Desue"}),
        # a first name that is also a common word starts no alias ("Will the county pay?")
        ("Will Hart chairs the board. Will the county pay? Hart said no.", "Will Hart", {"Hart"}),
    ],
)
def test_aliases_are_the_names_the_document_uses_alone(text: str, person: str, aliases: set[str]) -> None:
    assert set(_names(text)[person].get("aliases", [])) == aliases


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        ("Sgt. Ilse Varga said the road was closed.", "Ilse Varga", "Sergeant"),
        ("Lt. Gov. Ann Roe said the state would help.", "Ann Roe", "Lieutenant Governor"),
        ("Questions should go to Environmental Health Program Manager Dwight Farrow at 555-0142.", "Dwight Farrow", "Environmental Health Program Manager"),
        # a qualifier ending in "s" is no plural title; a city's solicitor is a title
        ("Assistant Superintendent for Operations Renee Castillo has arranged extra cleaning.", "Renee Castillo", "Assistant Superintendent for Operations"),
        ("Also present: City Solicitor Paul Greaves.", "Paul Greaves", "City Solicitor"),
    ],
)
def test_a_title_before_a_name_is_written_out_whole(text: str, person: str, title: str) -> None:
    assert [a["value"] for a in _names(text)[person]["attributes"] if a["attribute"] == "title"] == [title]


def test_a_body_a_distribution_list_names_is_a_body_of_the_registry() -> None:
    source_text = "Distribution:\nAurelio Sandoval, Director, Tenney County Health Department\n"
    source = Source(id="doc", path="sources/doc.txt", text=source_text, start=0, end=len(source_text), title="Doc", published=None)
    bodies = [e["name"] for e in propose([source], {}, {}, set()).entities if e["type"] == "organization"]
    assert bodies == ["Tenney County Health Department"]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # a list line is capitalised phrases only; a sentence is read as prose (an appositive: a role)
        ("Jo Park, Director of Public Works\n", ["Director of Public Works"]),
        ("Jo Park, Director of Public Works, said the road would close.", []),
    ],
)
def test_a_list_line_is_capitalised_phrases_only(text: str, titles: list[str]) -> None:
    found = _names(text).get("Jo Park", {})
    assert [a["value"] for a in found.get("attributes", []) if a["attribute"] == "title"] == titles


@pytest.mark.parametrize(
    ("text", "person", "relation"),
    [
        # "his wife" with no one named before it in its sentence: the one its paragraph named last
        ("I want to thank Gerald Pruitt. He has run this port for years. And his wife, Carol, is here.", "Carol", ("spouse", "Gerald Pruitt")),
        ("Director Ann Roe spoke. Gerald has run it for years, said Gerald Pruitt. His daughter, Carol, is here.", "Carol", ("relative", "Gerald Pruitt")),
    ],
)
def test_a_pronouns_relative_is_of_the_person_named_last(text: str, person: str, relation: tuple[str, str]) -> None:
    assert [(a["attribute"], a["value"]) for a in _names(text)[person].get("attributes", [])] == [relation]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a member's word before a name, or before a list of names
        (
            "Voting no were Democrat Victor Osei and Republicans Raymond Szabo and Thomas Greer.",
            {"Victor Osei": "Democratic", "Raymond Szabo": "Republican", "Thomas Greer": "Republican"},
        ),
        # ", all Democrats" after a list: each item's name, a title before it left out
        (
            "Voting yes were Council Vice President Lydia Marchetti, Denise Carrillo and Anita Roush, all Democrats.",
            dict.fromkeys(["Lydia Marchetti", "Denise Carrillo", "Anita Roush"], "Democratic"),
        ),
        # a party said with "is", of the person named before by a first name
        ("I want to thank State Senator Walter Biggs. Walter is a Republican from Tolliver County.", {"Walter Biggs": "Republican"}),
        # a body's name is no person
        ("The Independent Budget Office Director said so.", {}),
    ],
)
def test_a_party_is_read_in_the_forms_reports_use(text: str, parties: dict[str, str]) -> None:
    found = {name: a["value"] for name, e in _names(text).items() for a in e.get("attributes", []) if a["attribute"] == "party"}
    assert found == parties


def test_a_seat_said_with_who_represents_is_a_district() -> None:
    people = _names("Osei, 41, who represents the 3rd District and chairs the committee, voted no. Councilmember Victor Osei spoke.")
    assert [a["value"] for a in people["Victor Osei"]["attributes"] if a["attribute"] == "district"] == ["District 3"]
