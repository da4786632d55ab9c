"""What a sentence earns: an error, a citation, an `unsupported` warning, or nothing."""

from __future__ import annotations

import pytest
from conftest import ROOT


def _verify(cli, tmp_path, text: str, as_of: str):
    """`factcheck verify --format json` of a draft holding `text`, dated `as_of`, against the fixture corpus."""
    draft = tmp_path / "draft.md"
    draft.write_text(f"---\ndate: {as_of}\n---\n{text}\n", encoding="utf-8")
    return cli("verify", "--root", str(ROOT), "--format", "json", str(draft))


def _errors(cli, tmp_path, text: str, as_of: str) -> set[str]:
    """The drafted words each error finding underlines."""
    return {f["text"] for f in _verify(cli, tmp_path, text, as_of).json()["files"][0]["findings"] if f["severity"] == "error"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # backed by a source: a citation
        ("Klobuchar and Heitkamp joined with all 20 women Senators to condemn Boko Haram's abduction.", "supported"),
        # a figure the sources contradict
        ("Klobuchar and Heitkamp joined with all 25 women Senators to condemn Boko Haram's abduction.", "number"),
        # the sources' figure with its hedge turned round: "nearly tripled" is not "more than tripled"
        ("Hospital emergency department visits for heroin more than tripled from 2004 to 2011.", "number"),
        ("Hospital emergency department visits for heroin nearly tripled from 2004 to 2011.", "supported"),
        # a quotation no source has, given to a person: never cited as backed
        ('According to Klobuchar, "Mexico is a leader in this region and there is an opportunity for us to work together."', "unsupported"),
        ('"Sex trafficking is a grave problem in Mexico and the United States," Heitkamp said.', "unsupported"),
        # a source's words given to a person the registry has never heard of
        ('"[Trafficking] is a grave problem both abroad and in our own backyard," said Maria Lopez.', "attribution"),
        ('"[Trafficking] is a grave problem both abroad and in our own backyard," Heidi Heitkamp said.', "supported"),
        # a short quotation with one word changed is a misquote, though few characters agree
        ('Ayotte wanted an "all hands on board" approach.', "quote"),
        # two words changed in a short quotation: no source has it
        ('Heitkamp called trafficking "a grave threat both abroad and at home."', "unsupported"),
        # a short heading with a figure and two common words: no ground for an error, nor a topic of the corpus
        ("Two senators, one cause", None),
        # figures about what the corpus does not cover: quiet
        ("The city council approved a $3 million budget for road repairs in 2019.", None),
        # the same, said of someone of the registry: a statement the corpus could back, and does not
        ("Heidi Heitkamp secured $3 million for road repairs in 2019.", "unsupported"),
        # opinion with nothing checkable
        ("The work matters to everyone.", None),
        # a right fact and a figure no source gives: the right part is cited, but the sentence is not
        # called backed (strict support)
        ("Klobuchar and Heitkamp joined with all 20 women Senators, at three recent hearings, to condemn Boko Haram's abduction.", "unsupported"),
        # a bare figure counts what its label says ("| Population of St. Francis | 70,000 |")
        ("| Population of St. Francis, Minn. | 70,000 |", "number"),
        ("| Population of St. Francis, Minn. | 7,000 |", "supported"),
        # "millions" for the sources' "thousands"
        ("More than 20 million people are trafficked for sex or labor around the world, including millions in the United States.", "number"),
        # a place no backing claim names: the rest is backed, the place is not
        ("Klobuchar and Heitkamp joined with all 20 women Senators in Moscow to condemn Boko Haram's abduction.", "unsupported"),
        ("Klobuchar and Heitkamp joined with all 20 women Senators in urging the United Nations to designate Boko Haram as a terrorist group.", "supported"),
        # a body no backing claim names, where the claim names one of the same make the sentence leaves out: one
        # committee put for the other (until 2026-11-29 only "unsupported": the registry has no Judiciary Committee)
        ("In September 2013, Heitkamp asked the Senate Judiciary Committee to hold a hearing on combating human trafficking.", "entity"),
        # ... the same where only the clause around the body is the claim's, the sentence going on about more
        ("Heitkamp asked the Senate Judiciary Committee to hold that hearing, and it brought in DHS and DOJ officials alongside non-profit leaders.", "entity"),
        # a body no backing claim names, with none of its make there to be: the rest is backed, the body is not
        ("Klobuchar and Heitkamp joined with all 20 women Senators and the Brennan Center for Justice to condemn Boko Haram's abduction.", "unsupported"),
        # one head for two bodies: each is a body of its own ("the Departments of Homeland Security and Defense")
        ("The hearing brought together officials from the Departments of Homeland Security and Defense with non-profit leaders.", "unsupported"),
        ("The hearing brought together officials from the Departments of Homeland Security and Justice with non-profit leaders.", "supported"),
        # a person no backing claim names: the rest is backed, the person is not ("Ayotte" at the women senators' call)
        ("Kelly Ayotte joined with all 20 women Senators in urging the United Nations to designate Boko Haram as a terrorist group.", "unsupported"),
        # a name the registry does not know and no backing claim gives: the rest is backed, the name is not
        ("Heitkamp held a training session with Grand Forks police on identifying and reporting potential human trafficking.", "unsupported"),
        ("Heitkamp held a training session in Fargo on identifying and reporting potential human trafficking.", "supported"),
        # reported words a claim has, after the speaker's name, given to another speaker than the sources'
        ("In a joint interview with Forum News Service, Klobuchar said North Dakota was further behind Minnesota.", "attribution"),
        ("In a joint interview with Forum News Service, Heitkamp said North Dakota was further behind Minnesota.", "supported"),
        # a date written as a source's publication date ("release, dated ...") is that source's, not an event's
        ("The embassy's release, dated Tuesday, April 15, 2014, reports that the delegation met Mexican Attorney General Jesus Murillo Karam.", "supported"),
        # a place a claim about the sentence names, though too little of it to align with, is no place put for another:
        # the sentence is partly backed (the women senators' call names no Nigeria), not wrong
        ("Together they joined all 20 women senators in condemning Boko Haram's abduction of schoolgirls in Nigeria.", "unsupported"),
        # party and state before the name, or in an appositive
        ("Kelly Ayotte, a New Hampshire Democrat, urged Attorney General Eric Holder to take an all hands on deck approach.", "entity"),
        ("Klobuchar, who represents Iowa, has urged the DEA to step up its interdiction efforts at the Mexican border.", "entity"),
        # a script's speaker label, and a title with the state of the one person who holds it, name the speaker
        ('KLOBUCHAR (SOT): "We\'ve got a long way to go compared to Minnesota."', "attribution"),
        ('HEITKAMP (SOT): "We\'ve got a long way to go compared to Minnesota."', "supported"),
        ('SOT (KLOBUCHAR): "We\'ve got a long way to go compared to Minnesota."', "attribution"),
        # a script's cue is no content: the figure under it is held against the claim it is about
        ("VO (FULL-SCREEN GRAPHIC): Last year, 45 people died of heroin overdoses in Hennepin County.", "number"),
        ('"We\'ve got a long way to go compared to Minnesota," the Minnesota senator said.', "attribution"),
        ('"We\'ve got a long way to go compared to Minnesota," the North Dakota senator said.', "supported"),
        # ... or with the party of the one person of that state who is its member
        ('"We\'ve got a long way to go compared to Minnesota," the Minnesota Democrat said.', "attribution"),
        ('Klobuchar and Heitkamp met advocates, and the North Dakota Democrat said, "We\'ve got a long way to go compared to Minnesota."', "unsupported"),
        (
            'In Minneapolis, Klobuchar and Heitkamp met advocates, and the Minnesota Democrat said her state is "tackling the challenge of sex trafficking head on."',
            "supported",
        ),
        # a block quote with no quotation marks, credited by a dash and a name
        ("> As a border state, Arizona faces particular challenges with international trafficking. — Sen. Klobuchar", "attribution"),
        ("> As a border state, Arizona faces particular challenges with international trafficking. — Cindy McCain", "supported"),
        # ... or with quotation marks, where it was said after the name
        ('> "As a border state, Arizona faces particular challenges with international trafficking." — Sen. Klobuchar, in Phoenix', "attribution"),
        # strict support: a name of one word, or a post or relation, that no backing claim gives is named, not vouched for
        ("Heitkamp and officials from the U.S. Department of Homeland Security held a training session in Fargo with AmeriCorps.", "unsupported"),
        ("Heitkamp and her sister held a training session in Fargo with officials from the U.S. Department of Homeland Security.", "unsupported"),
        ("Heitkamp and officials from the U.S. Department of Homeland Security held a training session in Fargo.", "supported"),
        # a quoted title in prose the corpus does not cover: none of its business
        ('The guide "Permission levels for repositories owned by an organization" explains it.', None),
        # words that only say there is a date are no topic: a changelog's heading is not the embassy page's repost date
        ("Release 5.34 (release date: 2025-04-16)", None),
    ],
)
def test_each_sentence_gets_the_finding_it_earns(cli, tmp_path, sentence, expected):
    run = _verify(cli, tmp_path, sentence, "2014-06-01")
    kinds = [f["kind"] for f in run.json()["files"][0]["findings"]]
    assert kinds == ([expected] if expected else [])
    assert run.code == (1 if expected not in (None, "supported", "unsupported") else 0)


def test_a_partly_backed_sentence_cites_what_is_backed_and_names_what_is_not(cli, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(
        "---\ndate: 2014-06-01\n---\nKlobuchar and Heitkamp joined with all 20 women Senators, at three recent hearings, to condemn Boko Haram's abduction.\n",
        encoding="utf-8",
    )
    run = cli("verify", "--root", str(ROOT), "--format", "json", str(draft))
    [finding] = run.json()["files"][0]["findings"]
    assert (finding["kind"], finding["severity"], finding["line"]) == ("unsupported", "warning", 4)
    assert "not 'three'" in finding["message"]
    assert finding["claims"] and all("20 women Senators" in c["quote"] for c in finding["claims"][:1])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one date, two events: the date's own clause says which ("introduced a bill ... in September 2013")
        ("Klobuchar introduced a bipartisan bill with Heitkamp in September 2013, the same month Heitkamp helped lead a Senate hearing.", "date"),
        ("Klobuchar introduced a bipartisan bill with Heitkamp in November 2013, after Heitkamp helped lead a Senate hearing.", "supported"),
        # a date fronted in a clause of its own is about the clause after it
        ("In 2012, there were 54 deaths caused by heroin overdoses in Hennepin County.", "date"),
    ],
)
def test_a_date_is_held_against_the_claim_its_own_clause_is_about(cli, tmp_path, sentence, expected):
    assert [f["kind"] for f in _verify(cli, tmp_path, sentence, "2015-06-01").json()["files"][0]["findings"]] == [expected]


def test_a_first_name_alone_is_the_person_the_draft_named_in_full(cli, tmp_path):
    """ "Cindy" after "Cindy McCain": the same person; the registry lists no first names, since "Amy" alone could be any Amy."""
    from factcheck.corpus.cache import load_index
    from factcheck.facts import sentence_facts

    index = load_index(ROOT)
    people: list[str] = []
    sentence_facts("I met Cindy McCain in January.", index, "2014-05-30", people)
    later = sentence_facts("Cindy told me about the task force.", index, "2014-05-30", people)
    assert [(m.text, m.value.ids) for m in later.entities] == [("Cindy", ("cindy-mccain",))]
    alone = sentence_facts("Cindy told me about the task force.", index, "2014-05-30", [])
    assert alone.entities == ()


def test_a_figure_in_a_sentence_that_goes_on_about_the_one_before_is_checked(cli, tmp_path):
    """ "The visit was planned as a four-day trip, with meetings ...": the sentence names no one and its
    words point at the meetings; the paragraph's people and the figure's own noun find the trip."""
    draft = tmp_path / "draft.md"
    draft.write_text(
        "---\ndate: 2014-06-01\n---\n"
        "Sen. Amy Klobuchar led a delegation to Mexico City with Sen. Heidi Heitkamp and Cindy McCain. "
        "The visit was planned as a four-day trip, with meetings scheduled with sex trafficking prosecutors and NGO leaders.\n",
        encoding="utf-8",
    )
    run = cli("verify", "--root", str(ROOT), "--format", "json", str(draft))
    errors = [(f["kind"], f["text"], f["expected"]) for f in run.json()["files"][0]["findings"] if f["severity"] == "error"]
    assert errors == [("number", "four-day", "three-day")]


def test_the_same_figure_with_no_one_named_before_it_is_left_alone(cli, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text("---\ndate: 2014-06-01\n---\nThe conference was planned as a four-day trip, with meetings scheduled with vendors.\n", encoding="utf-8")
    run = cli("verify", "--root", str(ROOT), "--format", "json", str(draft))
    assert [f for f in run.json()["files"][0]["findings"] if f["severity"] == "error"] == []


@pytest.mark.parametrize(
    ("before", "after", "errors"),
    [
        # a short sentence that points back is read with the one before it: what it dates or counts is there
        (
            "A timeline gave the wrong date for the Senate Homeland Security and Governmental Affairs Committee hearing Heitkamp asked for.",
            "It took place last September.",
            [("date", "last September")],
        ),
        ("A chart misstated the number of heroin overdose deaths in Hennepin County in 2013.", "There were 45.", [("number", "45")]),
        ("A chart misstated the number of heroin overdose deaths in Hennepin County in 2013.", "There were 54.", []),
        # in another paragraph it is not
        ("A chart misstated the number of heroin overdose deaths in Hennepin County in 2013.\n", "There were 45.", []),
    ],
)
def test_a_short_sentence_that_points_back_is_read_with_the_one_before(cli, tmp_path, before, after, errors):
    run = _verify(cli, tmp_path, f"{before}\n{after}", "2015-12-19")
    assert [(f["kind"], f["text"]) for f in run.json()["files"][0]["findings"] if f["severity"] == "error"] == errors


@pytest.mark.parametrize(
    ("sentence", "errors"),
    [
        # a thread's "15/20" numbers the post: no figure
        ('**15/20** "We\'ve got a long way to go compared to Minnesota," Heitkamp said.', set()),
        # "they're" is "they are": no content word to dilute the clause a figure is about
        (
            "Worth remembering: per Heitkamp's office, children are on average fourteen years old when they're forced into sex trafficking.",
            {"fourteen years old"},
        ),
        ("Worth remembering: per Heitkamp's office, children are on average thirteen years old when they're forced into sex trafficking.", set()),
        # "Two U.S. senators" counts senators, not the days of the trip
        ("Two U.S. senators and Cindy McCain are in Mexico to press for joint efforts against sex trafficking and the growing heroin epidemic.", set()),
        # an office placed by "in": "the top prosecutor in Ramsey County" is a Ramsey County prosecutor
        ("Klobuchar was the top prosecutor in Ramsey County before she went to the Senate.", {"Ramsey County"}),
        ("Klobuchar was the top prosecutor in Hennepin County before she went to the Senate.", set()),
        # the state a glossary entry's description says she represents
        ("Heidi Heitkamp: Democratic senator who represents South Dakota.", {"South Dakota"}),
        ("Heidi Heitkamp: Democratic senator who represents North Dakota.", set()),
        # a credit that opens with "is how"
        ('"This is an example of how Minnesota and North Dakota can work together" is how Heitkamp put it.', {"Heitkamp"}),
        ('"This is an example of how Minnesota and North Dakota can work together" is how Klobuchar put it.', set()),
        # a word against its opposite in reported words, the claim covering less than a turned verb needs
        ("Both say more work is needed at home, though Heitkamp says North Dakota is ahead of Minnesota.", {"ahead"}),
        # of a claim's figures, the one near enough to be the one misstated
        ("St. Francis, a few miles from our school, is a town of roughly 17,000 people.", {"roughly 17,000"}),
    ],
)
def test_what_a_writer_adds_around_a_fact_is_read_as_such(cli, tmp_path, sentence, errors):
    assert _errors(cli, tmp_path, sentence, "2015-12-15") == errors


@pytest.mark.parametrize(
    ("text", "as_of", "errors"),
    [
        # a citation's day without its year, cited a month later, is the source's day
        ('- **Cite:** Amy Dalrymple, "Day 7 – Heitkamp, Klobuchar team up to battle human trafficking," Forum News Service, Dec. 9.', "2016-01-12", set()),
        # a label's colon before a name is no part of a swapped name
        ("- **Cite:** Dalrymple, Forum News Service, as above.", "2016-01-12", set()),
        # a footnote listing two works: the byline of the part that cites the source
        (
            "Text.[^1]\n\n[^1]: Klobuchar and Heitkamp joint press release, Minneapolis; U.S. Embassy Mexico City press release, Apr. 15, 2014.",
            "2016-01-12",
            set(),
        ),
        # a block quote of a source's own sentence: its "last year" is the source's
        ("> That bill did not pass last year, but it did elevate the importance of the issue.", "2016-01-12", set()),
    ],
)
def test_a_citation_and_a_quoted_card_are_read_as_the_sources(cli, tmp_path, text, as_of, errors):
    assert _errors(cli, tmp_path, text, as_of) == errors


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # a table row's quotation is the words of the one person the row names before it ...
        (
            '| Sen. Amy Klobuchar | "Human trafficking – including sex and labor trafficking – is a grave problem that our countries must work '
            'together to address" |',
            {"Sen. Amy Klobuchar"},
        ),
        # (a country by its people's adjective is its office's: "Mexican Attorney General" is the "Attorney General of Mexico")
        ('| Jesus Murillo Karam | Mexican Attorney General | "all hands on deck" |', set()),
        # ... unless the row asks that person to do what the quotation says
        ('| Letter urging Attorney General Eric Holder to take an "all hands on deck" approach | Signed |', set()),
    ],
)
def test_a_rows_quotation_is_not_the_words_of_the_one_it_asks(cli, tmp_path, row, expected):
    assert _errors(cli, tmp_path, f"| Item | Note |\n| --- | --- |\n{row}", "2014-06-02") == expected


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        ("2014-06-01", set()),  # spring 2014: the April trip
        ("2016-01-11", {"last spring"}),  # spring 2015
    ],
)
def test_a_season_is_held_against_the_sources_month(cli, tmp_path, as_of, expected):
    assert _errors(cli, tmp_path, "Klobuchar and Heitkamp led a delegation to Mexico last spring.", as_of) == expected


@pytest.mark.parametrize(
    ("text", "as_of", "expected"),
    [
        # a season said in passing is held against the same season of another year ...
        ("This spring you traveled to Mexico with Sen. Klobuchar and Mrs. McCain.", "2015-12-21", {"This spring"}),
        ("This spring you traveled to Mexico with Sen. Klobuchar and Mrs. McCain.", "2014-06-02", set()),
        # ... but a heading's season names a time, no event
        ("# Thread: the Senate's anti-trafficking push this spring", "2014-06-02", set()),
    ],
)
def test_a_season_in_passing_or_in_a_heading(cli, tmp_path, text, as_of, expected):
    assert _errors(cli, tmp_path, text, as_of) == expected
