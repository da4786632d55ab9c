"""The extractors on real sentences: quotations and speakers, people and their attributes, dates, figures, places, datelines."""

from __future__ import annotations

import pytest

from factcheck.corpus.dateline import find as find_dateline
from factcheck.extract import propose
from factcheck.model import Published, Source


def _source(text: str, published: str | None = "2014-04") -> Source:
    pub = Published(published, {4: "year", 7: "month", 10: "day"}[len(published)]) if published else None
    return Source(id="doc", path="sources/doc.txt", text=text, start=0, end=len(text), title="Doc", published=pub)


def _run(text: str, published: str | None = "2014-04"):  # type: ignore[no-untyped-def]
    return propose([_source(text, published)], {}, {}, set())


def _quotes(text: str) -> list[tuple[str, str]]:
    found = _run(text)
    return [(str(c["speaker"]), str(c["words"])) for c in found.claims["doc"] if c["kind"] == "quote"]


def _entity(text: str, entity_id: str) -> dict:  # type: ignore[type-arg]
    found = _run(text)
    return next(e for e in found.entities if e["id"] == entity_id)


def _values(text: str, published: str | None = "2014-04") -> list[dict]:  # type: ignore[type-arg]
    found = _run(text, published)
    return [v for c in found.claims["doc"] if c["kind"] != "quote" for v in c.get("values", [])]


HEITKAMP = "U.S. Senator Amy Klobuchar is leading a delegation to Mexico with U.S. Senator Heidi Heitkamp to discuss joint efforts.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # speaker after the quotation, verb first
        (
            HEITKAMP + "“Human trafficking – including sex and labor trafficking – is a grave problem both abroad and in our own backyard,” said Heitkamp.",
            [("heidi-heitkamp", "Human trafficking – including sex and labor trafficking – is a grave problem both abroad and in our own backyard,")],
        ),
        # no space before the name; a second passage after `X said.` is the same speaker's
        (
            HEITKAMP
            + "“This is an opportunity to focus on how we can work with Mexico,”Klobuchar said. “We also need to focus on strengthening our partnership.”",
            [
                ("amy-klobuchar", "This is an opportunity to focus on how we can work with Mexico,"),
                ("amy-klobuchar", "We also need to focus on strengthening our partnership."),
            ],
        ),
        # a surname shared by two people is the one the document named last
        (
            "Cindy McCain, the wife of U.S. Senator John McCain, joined the trip. Klobuchar and Heitkamp will be joined by Cindy McCain, who co-chairs the task force.\n\n"
            "“As a border state, Arizona faces particular challenges with international trafficking,” McCain said.",
            [("cindy-mccain", "As a border state, Arizona faces particular challenges with international trafficking,")],
        ),
        # a pronoun in the next paragraph points back to the person named last
        (
            "“Today, my home state of New Hampshire is facing a heroin addiction crisis,” U.S. Senator Kelly Ayotte wrote.\n\n"
            "She continued, “The regional collaborative approach is critical to combating this program in New Hampshire.”",
            [
                ("kelly-ayotte", "Today, my home state of New Hampshire is facing a heroin addiction crisis,"),
                ("kelly-ayotte", "The regional collaborative approach is critical to combating this program in New Hampshire."),
            ],
        ),
        # speaker before the quotation, straight quotes
        (
            'The delegation, along with Ambassador Anthony Wayne, met officials. Ambassador Wayne added that "the United States Government is committed to working with Mexico to stop this horrible crime."',
            [("anthony-wayne", "the United States Government is committed to working with Mexico to stop this horrible crime.")],
        ),
        # "the Senators wrote": the words of a group, listing the people named with it
        (
            "Ayotte joined several Senators from both parties in a letter. U.S. Senator Kelly Ayotte signed it.\n\n"
            "“Addiction to prescription opioids and heroin has become one of our nation’s most challenging public health issues,” the Senators wrote.",
            [("doc-group", "Addiction to prescription opioids and heroin has become one of our nation’s most challenging public health issues,")],
        ),
        # "the senator added" is the senator named last
        (
            "U.S. Senator Robert Hale questioned the chief. The senator added, “I want a budget that pays for the fire before it starts.”",
            [("robert-hale", "I want a budget that pays for the fire before it starts.")],
        ),
        # a quotation over two paragraphs: the first has no closing mark, the speaker is named at the end
        (
            "Idaho Governor Dana Okafor signed the order.\n\n“I have asked our Guard to stand with the crews on the line.\n\n“We will rebuild what was lost,” Okafor said.",
            [("dana-okafor", "I have asked our Guard to stand with the crews on the line."), ("dana-okafor", "We will rebuild what was lost,")],
        ),
        # a pull quote: a paragraph, then a line that is only the speaker's name
        (
            "U.S. Sen. Heidi Heitkamp, D-N.D., spoke.\n\n    We've got a long wat to go compared to Minnesota.\n\n    Heidi Heitkamp\n\n    U.S. Senator, D-N.D.",
            [("heidi-heitkamp", "We've got a long wat to go compared to Minnesota.")],
        ),
    ],
    ids=[
        "said-name",
        "second-passage",
        "shared-surname",
        "pronoun-next-paragraph",
        "verb-before",
        "group",
        "the-senator-added",
        "multi-paragraph",
        "pull-quote",
    ],
)
def test_quotations_get_their_speakers(text: str, expected: list[tuple[str, str]]) -> None:
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "entity_id", "attribute", "value", "extra"),
    [
        ("WASHINGTON, D.C. – U.S. Senator Kelly Ayotte (R-NH)  continued to raise concerns this week.", "kelly-ayotte", "party", "Republican", {}),
        ("WASHINGTON, D.C. – U.S. Senator Kelly Ayotte (R-NH)  continued to raise concerns this week.", "kelly-ayotte", "state", "New Hampshire", {}),
        ("WASHINGTON, D.C. – U.S. Senator Kelly Ayotte (R-NH)  continued to raise concerns this week.", "kelly-ayotte", "title", "U.S. Senator", {}),
        ("U.S. Sen. Heidi Heitkamp, D-N.D., and U.S. Sen. Amy Klobuchar, D-Minn., talk in September.", "amy-klobuchar", "state", "Minnesota", {}),
        ("U.S. Sen. Heidi Heitkamp, D-N.D., and U.S. Sen. Amy Klobuchar, D-Minn., talk in September.", "heidi-heitkamp", "party", "Democratic", {}),
        ("U.S. Senator Amy Klobuchar of Minnesota led a delegation to Mexico City.", "amy-klobuchar", "state", "Minnesota", {}),
        ("The Senators urged Attorney General Eric Holder to use an approach.", "eric-holder", "title", "Attorney General", {}),
        (
            "The delegation met with Mexican Attorney General Jesus Murillo Karam to explore how.",
            "jesus-murillo-karam",
            "title",
            "Mexican Attorney General",
            {},
        ),
        (
            "Ayotte questioned Secretary of Homeland Security Jeh Johnson and Defense Department officials.",
            "jeh-johnson",
            "title",
            "Secretary of Homeland Security",
            {},
        ),
        (
            "U.S. Sen. Amy Klobuchar spoke. Klobuchar, a former top Hennepin County prosecutor, said it became clear.",
            "amy-klobuchar",
            "role",
            "Hennepin County prosecutor",
            {"former": True},
        ),
        (
            "U.S. Senator Kelly Ayotte spoke. As New Hampshire attorney general from 2004 to 2009, Ayotte led the New Hampshire Drug Task Force.",
            "kelly-ayotte",
            "role",
            "New Hampshire attorney general",
            {"former": True, "from": "2004", "until": "2009"},
        ),
        ("She first met with Cindy McCain, the wife of U.S. Senator John McCain, to strategize.", "cindy-mccain", "spouse", "John McCain", {}),
        (
            "Klobuchar and Heitkamp will be joined by Cindy McCain, who co-chairs the Arizona Governor’s Task Force on Human Trafficking.",
            "cindy-mccain",
            "role",
            "co-chair of the Arizona Governor’s Task Force on Human Trafficking",
            {},
        ),
    ],
)
def test_people_get_their_attributes_with_provenance(text: str, entity_id: str, attribute: str, value: str, extra: dict) -> None:  # type: ignore[type-arg]
    entity = _entity(text, entity_id)
    found = [a for a in entity["attributes"] if a["attribute"] == attribute and a["value"] == value]
    assert found, entity["attributes"]
    for key, wanted in extra.items():
        assert found[0].get(key) == wanted
    assert found[0]["provenance"][0]["quote"] in text


def test_aliases_are_surname_and_title_with_surname_and_one_entity_per_person() -> None:
    found = _run("U.S. Senator Kelly Ayotte (R-NH) spoke. Ayotte joined. Sen. Kelly Ayotte wrote.")
    people = [e for e in found.entities if e["type"] == "person"]
    assert [p["id"] for p in people] == ["kelly-ayotte"]
    assert {"Ayotte", "Sen. Ayotte", "Senator Ayotte"} <= set(people[0]["aliases"])


def test_bodies_keep_their_acronym_as_an_alias() -> None:
    found = _run("Klobuchar and McCain met with the National Football League (NFL) earlier this year.")
    nfl = next(e for e in found.entities if e["name"] == "National Football League")
    assert nfl["type"] == "organization" and "NFL" in nfl["aliases"]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "In 2013, there were 54 deaths caused by heroin overdoses in Hennepin County.",
            "2014-04",
            [{"type": "date", "value": "2013", "precision": "year"}, {"type": "number", "value": 54, "unit": "death"}],
        ),
        (
            "Hospital emergency departments visits for heroin have nearly tripled from 2004 to 2011.",
            "2014-04",
            [{"type": "date", "value": "2004", "end": "2011"}, {"type": "number", "value": 3, "hedge": "nearly", "unit": "times"}],
        ),
        (
            "In the 7,000-person community of St. Francis, three young people have died of opiate-related overdoses since May.",
            "2014-04",
            [
                {"type": "number", "value": 7000, "unit": "person"},
                {"type": "number", "value": 3, "unit": "person"},
                {"type": "date", "value": "2013-05", "relative": True},
            ],
        ),
        (
            "Last year, Heitkamp helped lead a Senate hearing to better understand the work being done.",
            "2014-04",
            [{"type": "date", "value": "2013", "precision": "year", "relative": True, "as_written": "Last year"}],
        ),
        (
            "U.S. Senator Kelly Ayotte continued to raise concerns this week at the federal level.",
            "2014",
            [{"type": "date", "value": "2014", "precision": "year", "relative": True}],
        ),
        (
            "Statistics show on average children are 13 years old when they are forced to become victims of sex trafficking.",
            "2014",
            [{"type": "number", "value": 13, "unit": "year"}],
        ),
        (
            "The three visited Mexico last year to learn how officials there are addressing trafficking.",
            "2015-12-09",
            [{"type": "date", "value": "2014", "relative": True}, {"type": "number", "value": 3}, {"type": "place", "value": "Mexico"}],
        ),
        (
            "Senators Heitkamp and Klobuchar joined law enforcement and social service advocates in Fargo to push the legislation.",
            "2014",
            [{"type": "place", "value": "Fargo", "role": "where"}],
        ),
    ],
)
def test_dates_figures_and_places_are_typed_values(sentence: str, published: str, expected: list[dict]) -> None:  # type: ignore[type-arg]
    values = _values(sentence, published)
    for wanted in expected:
        assert any(all(v.get(k) == x for k, x in wanted.items()) for v in values), (wanted, values)


def test_a_claim_quotes_its_whole_sentence_verbatim_with_its_location() -> None:
    text = "Coming from Mexico.  In 2013, there were 54 deaths caused by heroin overdoses in Hennepin County. Visits rose."
    claim = next(c for c in _run(text).claims["doc"] if c["kind"] == "number")
    prov = claim["provenance"][0]
    assert prov["quote"] == "In 2013, there were 54 deaths caused by heroin overdoses in Hennepin County."
    assert (prov["line"], prov["prefix"], prov["suffix"]) == (1, "Coming from Mexico.  ", " Visits rose.")
    assert claim["status"] == "proposed"


def test_without_a_source_date_relative_dates_stay_unresolved_and_flagged() -> None:
    found = _run("Last year, Heitkamp helped lead a Senate hearing on trafficking.", None)
    values = [v for c in found.claims["doc"] for v in c.get("values", [])]
    assert not [v for v in values if v["type"] == "date"]
    assert [v["value"] for v in values if v.get("role") == "unresolved date"] == ["Last year"]
    assert found.warnings and "no publication date" in found.warnings[0]


def test_the_first_event_a_dated_release_reports_takes_its_month() -> None:
    found = _run("MEXICO CITY, MEXICO – U.S. Senator Amy Klobuchar is leading a delegation to Mexico to discuss trafficking.", "2014-04-15")
    event = next(c for c in found.claims["doc"] if c["kind"] == "event")
    assert {"type": "date", "value": "2014-04", "precision": "month", "relative": True}.items() <= event["values"][-1].items()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Home | News\n\nMedia 042114 Trafficking\n\nMonday, April 21, 2014\n\nU.S. Senators Discuss Trafficking", ("2014-04-21", "day")),
        ("Dec. 9, 2015\nArticle by FNS", ("2015-12-09", "day")),
        ("WASHINGTON, D.C. — April 3, 2014 — U.S. Senator Kelly Ayotte said", ("2014-04-03", "day")),
        ("BISMARCK, N.D. (Oct. 2, 2015) — Sen. Heitkamp said", ("2015-10-02", "day")),
        ("FOR IMMEDIATE RELEASE\nMarch 2016\n\nThe senator said", ("2016-03", "month")),
        ("In 2013, there were 54 deaths caused by heroin overdoses.", None),
        ("09Dec\nArticle by FNS", None),
        ("Heroin Epidemic Lays Waste New England States.\n\nAs New Hampshire attorney general from 2004 to 2009, Ayotte led", None),
    ],
)
def test_a_source_without_metadata_dates_itself_only_by_a_dateline(text: str, expected: tuple[str, str] | None) -> None:
    found = find_dateline(text)
    assert (found.date, found.precision) == expected if expected else found is None
    if found:
        assert found.basis


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "he" is the subject of the sentence before, not the last person it named
        ("Mayor Tom Reyes criticized Governor Ann Walsh on Tuesday. “This plan leaves our city behind,” he said.", "tom-reyes"),
        # a name inside the quotation is not who is speaking
        ("U.S. Senator Heidi Heitkamp toured the center. “Senator Amy Klobuchar and I have worked closely on this issue,” she said.", "heidi-heitkamp"),
        # "the governor added" points back the same way
        ("Governor Ann Walsh signed the bill with Mayor Tom Reyes watching. The governor added, “This is a good day for the state.”", "ann-walsh"),
    ],
)
def test_pronouns_and_back_references_point_to_the_subject(text: str, speaker: str) -> None:
    assert [s for s, _ in _quotes(text)] == [speaker]


def test_a_quotation_a_nameless_voice_spoke_is_not_given_to_the_last_speaker() -> None:
    text = "“We will appeal,” said Mayor Tom Reyes.\n\n“We are reviewing the ruling and will respond in court,” a spokeswoman for the state said."
    assert _quotes(text) == [("tom-reyes", "We will appeal,")]


def test_a_paragraph_ending_in_a_colon_introduces_the_next_paragraphs_quotation() -> None:
    text = "U.S. Senator Heidi Heitkamp put it this way:\n\n“We’ve got a long way to go compared to Minnesota.”"
    assert _quotes(text) == [("heidi-heitkamp", "We’ve got a long way to go compared to Minnesota.")]


def test_windows_line_endings_still_separate_paragraphs() -> None:
    text = "U.S. Senator Robert Hale spoke.\r\n\r\n“We will fix this,” Hale said.\r\n\r\n“It takes time.”\r\n"
    assert [s for s, _ in _quotes(text)] == ["robert-hale", "robert-hale"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senators met officials.\n\nPress release, Apr. 15, 2014, Embassy of the United States, Mexico City\n\nShare/Save", ("2014-04-15", "day")),
        ("The senators met officials.\nPosted on June 3, 2016 by admin\n", ("2016-06-03", "day")),
        ("The senators met officials.\nIn June 3, 2016 terms, nothing.\n", None),
    ],
)
def test_a_footer_that_names_itself_dates_the_document(text: str, expected: tuple[str, str] | None) -> None:
    found = find_dateline(text)
    assert (found.date, found.precision) == expected if expected else found is None


def test_a_sentence_that_points_back_carries_the_sentence_before_as_context() -> None:
    text = (
        "One federal initiative would push all states to adopt Safe Harbor laws. "
        "That bill did not pass last year, but it did elevate the importance of the issue."
    )
    claim = next(c for c in _run(text, "2015-12-09").claims["doc"] if c["kind"] == "date")
    # the context is its own field: the statement and a citation of it say only what the source says
    assert "Safe Harbor" in claim["context"] and "Safe Harbor" not in claim["statement"]
    assert claim["statement"] == claim["provenance"][0]["quote"] == "That bill did not pass last year, but it did elevate the importance of the issue."


def test_a_groups_words_list_who_led_it_not_whom_it_wrote_to() -> None:
    text = (
        "Ayotte joined several Senators from both parties in a letter to Attorney General Eric Holder. U.S. Senator Kelly Ayotte signed it.\n\n"
        "“Addiction to prescription opioids and heroin has become one of our nation’s most challenging public health issues,” the Senators wrote."
    )
    quote = next(c for c in _run(text).claims["doc"] if c["kind"] == "quote")
    assert (quote["speaker"], quote["speakers"]) == ("doc-group", ["kelly-ayotte"])


def test_honorifics_mark_a_person_and_are_not_part_of_the_name() -> None:
    text = "The clinic is run by Dr. Jane Roe.\n\n“We see patients from six counties,” said Dr. Roe.\n\n“It is a hard winter,” Roe added."
    assert [e["id"] for e in _run(text).entities] == ["jane-roe"]
    assert [s for s, _ in _quotes(text)] == ["jane-roe", "jane-roe"]


def test_a_compact_day_month_stamp_is_read_in_the_sources_year() -> None:
    values = _values("09Dec\n\nArticle by FNS", "2015-12-09")
    assert {"type": "date", "value": "2015-12-09", "precision": "day", "relative": True, "as_written": "09Dec"}.items() <= values[0].items()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case role before the name, and the passage after the attribution is the same speaker's
        (
            "“People kept telling us the building was tired,” library director Mary Danko said. “Now it is the most beautiful room in the city, and it belongs to everyone.”",
            [
                ("mary-danko", "People kept telling us the building was tired,"),
                ("mary-danko", "Now it is the most beautiful room in the city, and it belongs to everyone."),
            ],
        ),
        # a surname that is also half a country's name ("Costa Rica") is still a surname
        (
            "Board member Ellen Costa, one of the two no votes, said she worried about the cost.\n\n"
            '"Eighty-five million dollars is a lot of money for one crossing when we have 160 other bridges on the list," Costa said. "I want to see the plan for those, too."',
            [
                ("ellen-costa", "Eighty-five million dollars is a lot of money for one crossing when we have 160 other bridges on the list,"),
                ("ellen-costa", "I want to see the plan for those, too."),
            ],
        ),
        # `said role Name`: the verb, the role in lower case, then the name
        (
            "“The budget is balanced,” said city manager Tom Reyes. “But it is tight.”",
            [("tom-reyes", "The budget is balanced,"), ("tom-reyes", "But it is tight.")],
        ),
        # `the role, Name, said`: the name as an appositive of the role, never the mayor named before
        (
            "Mayor Ann Lee spoke first. “We are ready,” the agency’s director, Tom Ferris, said. “We have been for weeks.”",
            [("tom-ferris", "We are ready,"), ("tom-ferris", "We have been for weeks.")],
        ),
        # `said Name, the role`
        ("“We will appeal the ruling,” said Mary Danko, the library’s director.", [("mary-danko", "We will appeal the ruling,")]),
        # a quotation that runs on: the paragraph ends open, the next one goes on with no attribution
        (
            "Police chief Ann Ortiz, 52, said the department would hire 30 officers.\n\n"
            "“We are short-staffed,” Ortiz said. “We have been for years.\n\n“Nobody wants this job anymore.”",
            [("ann-ortiz", "We have been for years."), ("ann-ortiz", "We are short-staffed,"), ("ann-ortiz", "Nobody wants this job anymore.")],
        ),
        # the title between a place and the name ("Fargo Mayor") is not part of the name
        (
            "Fargo Mayor Tim Mahoney, 62, said the city spent $3 million on flood protection last year.\n\n"
            "“Without them, we’d be talking about a very different day,” Mahoney said.",
            [("tim-mahoney", "Without them, we’d be talking about a very different day,")],
        ),
    ],
    ids=[
        "role-before-name-and-second-part",
        "country-word-surname",
        "said-role-name",
        "the-role-name-said",
        "said-name-the-role",
        "runs-on-past-attribution",
        "place-title-name",
    ],
)
def test_news_copy_quotations_get_their_speakers(text: str, expected: list[tuple[str, str]]) -> None:
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "entity_id", "attribute", "value"),
    [
        ("Gov. Phil Scott, a Republican, praised the vote in a statement.", "phil-scott", "party", "Republican"),
        ("Mayor Miro Weinberger, a Democrat, cut the ribbon with Danko and 9-year-old Ava Thompson.", "miro-weinberger", "party", "Democratic"),
        (
            "Rep. Kelly Armstrong, a Republican who represents North Dakota in the U.S. House, said he would press the agency to act quickly.",
            "kelly-armstrong",
            "party",
            "Republican",
        ),
        (
            "Rep. Kelly Armstrong, a Republican who represents North Dakota in the U.S. House, said he would press the agency to act quickly.",
            "kelly-armstrong",
            "state",
            "North Dakota",
        ),
        ("Sen. John Boozman of Arkansas, the committee's top Republican, joined her.", "john-boozman", "party", "Republican"),
        ("Speaker Nancy Pelosi, a California Democrat, opposed the bill.", "nancy-pelosi", "party", "Democratic"),
        # an age between the name and the appositive
        ("Mayor Teresa Okafor, 58, a Democrat in her second term, backs the bond.", "teresa-okafor", "party", "Democratic"),
        ("Speaker Nancy Pelosi, a California Democrat, opposed the bill.", "nancy-pelosi", "state", "California"),
        ("Republican Gov. Phil Scott signed the bill on Monday.", "phil-scott", "party", "Republican"),
        ("Republican Gov. Phil Scott signed the bill on Monday.", "phil-scott", "title", "Governor"),
        ("“People kept telling us the building was tired,” library director Mary Danko said.", "mary-danko", "role", "library director"),
        ("Board member Ellen Costa, one of the two no votes, said she worried about the cost.", "ellen-costa", "role", "Board member"),
        ("The budget is tight, said city manager Tom Reyes.", "tom-reyes", "role", "city manager"),
        ("“We will not close the school,” Superintendent Dana Ruiz told the board Tuesday night.", "dana-ruiz", "title", "Superintendent"),
        ("The board’s newest member, Jo Park, voted no on the budget.", "jo-park", "role", "board’s newest member"),
        ("Transportation Secretary Joe Flynn said the bridge was rated “structurally deficient” in 2017.", "joe-flynn", "title", "Transportation Secretary"),
        # a hometown between the name and the appositive
        (
            "Sen. Ruth Albers of Grand Island, a Democrat who chairs the Legislature's Natural Resources Committee, said she would hold a hearing.",
            "ruth-albers",
            "party",
            "Democratic",
        ),
        (
            "Department director Tom Ferris, who took office in January, said the agency accepted 12 of the recommendations.",
            "tom-ferris",
            "role",
            "Department director",
        ),
        ("LINCOLN — State Auditor Carla Nguyen released a report Wednesday.", "carla-nguyen", "title", "State Auditor"),
    ],
)
def test_news_copy_gives_party_role_and_title_with_provenance(text: str, entity_id: str, attribute: str, value: str) -> None:
    entity = _entity(text, entity_id)
    found = [a for a in entity["attributes"] if a["attribute"] == attribute and a["value"] == value]
    assert found, entity["attributes"]
    assert found[0]["provenance"][0]["quote"] in text and found[0]["as_written"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Transportation Secretary Joe Flynn said the bridge was rated “structurally deficient” in 2017.", ["joe-flynn"]),
        ("Fargo Mayor Tim Mahoney, 62, said the city spent $3 million on flood protection last year.", ["tim-mahoney"]),
        ("Board member Ellen Costa, one of the two no votes, said she worried about the cost.", ["ellen-costa"]),
        ("The plan was approved by Costa Rica officials, said Marshall Evans.", ["marshall-evans"]),
        # a common noun that only starts sentences, and the first word of a town's name, are no people
        ("“This ruling is about fairness,” said Ann Voss. “Farmers asked for one thing: a hearing.”", ["ann-voss"]),
        ("Sen. Ruth Albers of Grand Island, a Democrat who chairs the committee, said she would hold a hearing.", ["ruth-albers"]),
        ("Justice Helen Marsh said an agency may not shortcut the process the Legislature wrote.", ["helen-marsh"]),
        # "Bill" is a first name before a surname; "X Gas and Electric said" is a company
        ("Murkowski toured the station in August with Alaska Governor Bill Walker.", ["bill-walker"]),
        ("Oklahoma Gas and Electric said crews had restored service to 62 percent of affected customers.", []),
        # a body's event verb ("announced", lexicon word set event) is no speech verb: the agency is no person
        ("Today, the U.S. Environmental Protection Agency announced a $12 million grant to the City of Toledo.", []),
    ],
)
def test_a_title_or_place_before_a_name_is_no_person(text: str, people: list[str]) -> None:
    assert [e["id"] for e in _run(text).entities if e["type"] == "person"] == people


def test_a_party_the_person_left_is_not_their_party() -> None:
    entity = _entity("Marshall Evans, a former Republican, spoke against it. Evans said the plan was rushed.", "marshall-evans")
    assert not [a for a in entity.get("attributes", []) if a["attribute"] == "party"]


def test_a_plural_seat_title_the_lexicon_lists_titles_each_name() -> None:
    # titles.tsv gives "Govs." as the plural of "Gov." (head Governor); no list in extract/ names it
    found = _run("Govs. Phil Scott and Janet Mills signed the compact on Monday.")
    titles = {e["id"]: [a["value"] for a in e["attributes"] if a["attribute"] == "title"] for e in found.entities}
    assert titles == {"phil-scott": ["Governor"], "janet-mills": ["Governor"]}


def test_a_degree_after_a_name_is_no_state() -> None:
    """ "Nadia Okafor, M.D., M.P.H.": a doctor who signs, no town of Maryland (wordset degree-suffix)."""
    found = _run("The director signed it.\n\nNadia Okafor, M.D., M.P.H.\n")
    assert not [e for e in found.entities if e["type"] == "place"]
