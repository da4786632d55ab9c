"""Comparers against the shipped corpus: sentence (+ as-of date) -> Verdicts.

Each row drives one sentence through `pipeline.sentence_facts` and one comparer, and lists
what that comparer says about it: (kind, contradicts, the draft's words, what the sources say).
Supported rows check that the draft's words are backed (contradicts False); error rows check
the kind, the span and the replacement. Sentences come from sources/ or are written the way
a draft would restate them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.compare import actor, attribution, dates, entities, numbers, quotes, roles
from factcheck.corpus import index as claim_index
from factcheck.corpus.load import load_corpus
from factcheck.pipeline import sentence_facts

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"  # the unit tests' own corpus (see its README)
OK = False  # a verdict that backs the draft
WRONG = True  # a verdict that contradicts it


@pytest.fixture(scope="module")
def index():
    return claim_index.build(load_corpus(ROOT))


def _verdicts(index, module, text: str, as_of: str | None = None):
    facts = sentence_facts(text, index, as_of, [])
    return module.compare(facts, index)


def _seen(index, module, text: str, as_of: str | None = None) -> list[tuple[bool, str, str]]:
    return [(v.contradicts, v.found, v.expected) for v in _verdicts(index, module, text, as_of)]


HEARING = "Senator Heitkamp helped lead a Senate hearing to better understand the work being done to combat human trafficking."

DATES = [
    # precision-aware: a coarser date that contains the source's agrees; a different one at any precision does not
    (f"In September 2013, {HEARING}", None, [(OK, "September 2013", "")]),
    (f"In 2013, {HEARING}", None, [(OK, "2013", "")]),
    (f"In October 2013, {HEARING}", None, [(WRONG, "October 2013", "September 2013")]),
    (f"In 2012, {HEARING}", None, [(WRONG, "2012", "September 2013")]),
    # the writer's own day, said of them ("Today was my last day"): no event of the sources
    ("Today was my last day in Sen. Heidi Heitkamp's office.", "2016-01-15", []),
    (f"On September 17, 2013, {HEARING}", None, [(OK, "September 17, 2013", "")]),
    # a correction's denied date is no event: "held in September 2013, not October 2013"
    ("The Senate hearing Heitkamp requested was held in September 2013, not October 2013.", None, [(OK, "September 2013", "")]),
    # relative dates, resolved at the draft's date
    (f"Last year, {HEARING}", "2014-06-01", [(OK, "Last year", "")]),
    # a first person doing what the sources state word for word is their doing, not the writer's own time (a press
    # office's answer in its senator's voice); doing something the sources do not state, it is the writer's
    ("Last year I helped lead a hearing of the Homeland Security and Governmental Affairs Committee.", "2015-12-14", [(WRONG, "Last year", "September 2013")]),
    ("Last year I helped lead a hearing of the Homeland Security and Governmental Affairs Committee.", "2014-06-01", [(OK, "Last year", "")]),
    ("Last year I wrote to the committee about the hearing.", "2015-12-14", []),
    (f"Last year, {HEARING}", "2016-01-01", [(WRONG, "Last year", "September 2013")]),
    ("In January, Heitkamp met with Cindy McCain to strategize about efforts to combat sex and human trafficking.", "2014-06-01", [(OK, "In January", "")]),
    (
        "In March, Heitkamp met with Cindy McCain to strategize about efforts to combat sex and human trafficking.",
        "2014-06-01",
        [(WRONG, "In March", "January 2014")],
    ),
    ("The three visited Mexico last year to learn how officials there are addressing trafficking.", "2015-12-09", [(OK, "last year", "")]),
    ("The three visited Mexico in 2013 to learn how officials there are addressing trafficking.", "2015-12-09", [(WRONG, "2013", "2014")]),
    ("In the 7,000-person community of St. Francis, three young people have died of opiate-related overdoses since May 2013.", None, [(OK, "May 2013", "")]),
    (
        "In the 7,000-person community of St. Francis, three young people have died of opiate-related overdoses since May 2012.",
        None,
        [(WRONG, "May 2012", "May 2013")],
    ),
    # month and year
    (
        "In November 2013, Senator Heitkamp joined Senator Amy Klobuchar in introducing the Stop Exploitation Through Trafficking Act.",
        None,
        [(OK, "November 2013", "")],
    ),
    (
        "In December 2013, Senator Heitkamp joined Senator Amy Klobuchar in introducing the Stop Exploitation Through Trafficking Act.",
        None,
        [(WRONG, "December 2013", "November 2013")],
    ),
    # ranges match ranges at both ends; the replacement keeps the draft's framing
    ("Hospital emergency department visits for heroin have nearly tripled from 2004 to 2011.", None, [(OK, "from 2004 to 2011", "")]),
    ("Hospital emergency department visits for heroin have nearly tripled from 2004 to 2012.", None, [(WRONG, "from 2004 to 2012", "from 2004 to 2011")]),
    (
        "As New Hampshire attorney general from 2003 to 2009, Ayotte led the New Hampshire Drug Task Force.",
        None,
        [(WRONG, "from 2003 to 2009", "from 2004 to 2009")],
    ),
    ("Ayotte led the New Hampshire Drug Task Force as attorney general between 2004 and 2009.", None, [(OK, "between 2004 and 2009", "")]),
    # a year inside a source's range is backed by it
    ("In 2006, Attorney General Kelly Ayotte led the New Hampshire Drug Task Force.", "2015-12-09", [(OK, "2006", "")]),
    # a relative date inside quotation marks is the speaker's, counted from when they spoke
    (
        "Now, one federal initiative would push all states to adopt Safe Harbor laws; that bill did not pass last year.",
        "2016-01-01",
        [(WRONG, "last year", "2014")],
    ),
    ('"That bill did not pass last year," Klobuchar said of the federal Safe Harbor initiative.', "2016-01-01", []),
    ('Klobuchar and McCain met with the National Football League "earlier this year" to discuss their efforts.', "2016-01-01", []),
    # a decade is vague: any overlap agrees
    ("Ayotte led the New Hampshire Drug Task Force as attorney general in the 2000s.", None, [(OK, "the 2000s", "")]),
    # a sentence about something the claims do not date says nothing
    ("In 2015, the senators will visit Canada to discuss maple syrup.", None, []),
    # a claim whose evidence does not write its date is framed where its statement writes it: "On the April
    # 2014 trip, Klobuchar, Heitkamp and Cindy McCain were to meet ..." dates the trip, not a January meeting
    ("| January 2014 | Heitkamp meets Cindy McCain to plan strategy against trafficking |", None, [(OK, "January 2014", "")]),
    (
        "In March 2014, Heitkamp met with Cindy McCain to strategize about efforts to combat sex and human trafficking.",
        None,
        [(WRONG, "March 2014", "January 2014")],
    ),
    # a report's date and the date of what it reports, in one sentence: each held against its own claim,
    # the report's by the name that frames both ("Forum News Service")
    (
        "December 9, 2015: Forum News Service reports that the senators' federal Safe Harbor bill did not pass in 2014.",
        None,
        [(OK, "December 9, 2015", ""), (OK, "2014", "")],
    ),
    # a range in a table cell, set off by a comma from what it dates
    (
        "| Kelly Ayotte | Republican | New Hampshire | State attorney general, 2004–2011 | Led the state's Drug Task Force |",
        None,
        [(WRONG, "2004–2011", "2004 to 2009")],
    ),
    # a date in a clause about one fact of a sentence that tells of others (the act's modelling, which no
    # claim dates): held against the claims its own clause is about, the participle's noun with it
    (
        "Her Stop Exploitation Through Trafficking Act, introduced in November 2012 with Heitkamp as a cosponsor, is modeled after Minnesota's Safe Harbor laws.",
        None,
        [(WRONG, "November 2012", "November 2013")],
    ),
    (
        "Her Stop Exploitation Through Trafficking Act, introduced in November 2013 with Heitkamp as a cosponsor, is modeled after Minnesota's Safe Harbor laws.",
        None,
        [(OK, "November 2013", "")],
    ),
    # a claim about the date only by a name they share (the article's dateline) gives way to one the date's own
    # clause retrieved that states the very month: the senators' talk in Heitkamp's office
    (
        "Speaker notes: Forum News Service interviewed both senators together last September in Heitkamp's Washington office",
        "2016-01-12",
        [(OK, "last September", "")],
    ),
    # a date in the possessive dates the noun after it: "this year's Super Bowl" is the game's 2015, not the 2014 meeting
    # the clause tells of
    (
        "McCain co-chairs the Arizona Governor's Task Force on Human Trafficking, and she and Klobuchar have already met with "
        "the NFL about sex trafficking at this year's Super Bowl in Arizona.",
        "2015-01-27",
        [(OK, "this year", "")],
    ),
    # a claim about the sentence that dates nothing lends it the date another source gives the same fact: the page's
    # "She first met with Cindy McCain ..." is the release's "In January, she met with Cindy McCain ..."
    (
        "Heitkamp first sat down with Cindy McCain, the wife of Sen. John McCain, in February to strategize and to talk through the SETT Act.",
        "2014-06-02",
        [(WRONG, "in February", "January 2014")],
    ),
    (
        "Heitkamp first sat down with Cindy McCain, the wife of Sen. John McCain, in January to strategize and to talk through the SETT Act.",
        "2014-06-02",
        [(OK, "in January", "")],
    ),
    # ... and only a claim dating the game backs it: the meeting of 2014 does not back "last year's Super Bowl"
    (
        "McCain co-chairs the Arizona Governor's Task Force on Human Trafficking, and she and Klobuchar have already met with "
        "the NFL about sex trafficking at last year's Super Bowl in Arizona.",
        "2015-01-27",
        [(WRONG, "last year", "2015")],
    ),
]


@pytest.mark.parametrize(("text", "as_of", "expected"), DATES)
def test_dates(index, text, as_of, expected):
    assert _seen(index, dates, text, as_of) == expected


def test_a_relative_date_error_says_what_it_resolved_to(index):
    [verdict] = _verdicts(index, dates, f"Last year, {HEARING}", "2016-01-01")
    assert verdict.message == "the sources date this September 2013, not Last year (2015 as of the draft's date)"
    assert verdict.claims[0].id == "heitkamp-page-hsgac-hearing"


NUMBERS = [
    # hedges: "more than 20 million" agrees with itself, "2 million" does not
    ("Around the world, it is estimated that more than 20 million individuals are trafficked for sex or labor.", [(OK, "more than 20 million", "")]),
    ("Around the world, it is estimated that 2 million individuals are trafficked for sex or labor.", [(WRONG, "2 million", "more than 20 million")]),
    ("Around the world, an estimated 2 million individuals are trafficked for sex or labor.", [(WRONG, "an estimated 2 million", "more than 20 million")]),
    # "worldwide" is "around the world"
    ("Individuals trafficked worldwide for sex or labor: more than 2 million.", [(WRONG, "more than 2 million", "more than 20 million")]),
    # digits and words
    ("In 2013, there were 54 deaths caused by heroin overdoses in Hennepin County.", [(OK, "54", "")]),
    ("In 2013, there were fifty-four deaths caused by heroin overdoses in Hennepin County.", [(OK, "fifty-four", "")]),
    ("In 2013, there were 45 deaths caused by heroin overdoses in Hennepin County.", [(WRONG, "45", "54")]),
    # multipliers
    ("Hospital emergency department visits for heroin have nearly tripled from 2004 to 2011.", [(OK, "nearly tripled", "")]),
    ("Hospital emergency department visits for heroin have nearly doubled from 2004 to 2011.", [(WRONG, "nearly doubled", "nearly tripled")]),
    # "over" before a verb is a hedge, never the preposition it is before "14.2 miles of road"
    ("Hospital emergency departments visits for heroin have over tripled from 2004 to 2011.", [(WRONG, "over tripled", "nearly tripled")]),
    # a multiplier's base form, as a timeline writes it
    ("From 2004 to 2011, hospital emergency department visits for heroin roughly double.", [(WRONG, "roughly double", "nearly tripled")]),
    ("From 2004 to 2011, hospital emergency department visits for heroin nearly triple.", [(OK, "nearly triple", "")]),
    # compounds
    ("Klobuchar and Heitkamp will be joined on their three-day trip by Cindy McCain.", [(OK, "three-day", "")]),
    ("Klobuchar and Heitkamp will be joined on their four-day trip by Cindy McCain.", [(WRONG, "four-day", "three-day")]),
    # the one trip's length the sentence's documents give, however few of the claim's words it shares
    ("It was a four-day trip, and we spent it with Mexican officials, prosecutors and advocates.", [(WRONG, "four-day", "three-day")]),
    ("It was a three-day trip, and we spent it with Mexican officials, prosecutors and advocates.", [(OK, "three-day", "")]),
    (
        "In the 5,000-person community of St. Francis, three young people have died of opiate-related overdoses.",
        [(WRONG, "5,000-person", "7,000-person"), (OK, "three", "")],
    ),
    (
        "In the 7,000-person community of St. Francis, four young people have died of opiate-related overdoses.",
        [(OK, "7,000-person", ""), (WRONG, "four", "three")],
    ),
    ("Three people have died of opiate-related overdoses in St. Francis, a community of 9,000.", [(OK, "Three", ""), (WRONG, "9,000", "7,000")]),
    # a town's people, a place's residents: the community's count
    (
        "Three young people have died of opiate-related overdoses in St. Francis, a town of roughly seventy thousand.",
        [(OK, "Three", ""), (WRONG, "roughly seventy thousand", "7,000")],
    ),
    (
        "Three young people have died of opiate-related overdoses in St. Francis, home to about 70,000 residents.",
        [(OK, "Three", ""), (WRONG, "about 70,000", "7,000")],
    ),
    # ages
    ("Statistics show on average children are 13 years old when they are forced to become victims of sex trafficking.", [(OK, "13 years old", "")]),
    (
        "Statistics show on average children are 15 years old when they are forced to become victims of sex trafficking.",
        [(WRONG, "15 years old", "13 years old")],
    ),
    # counts of things
    ("At two recent hearings on Capitol Hill, Ayotte questioned Secretary of Homeland Security Jeh Johnson.", [(OK, "two", "")]),
    ("At three recent hearings on Capitol Hill, Ayotte questioned Secretary of Homeland Security Jeh Johnson.", [(WRONG, "three", "two")]),
    # "The three visited Mexico" counts Heitkamp, Klobuchar and Cindy McCain: the two senators are not three
    # people, and "the two" with no noun of its own refers back to them
    ("The two senators visited Mexico last year with Cindy McCain to learn how officials there are addressing trafficking.", []),
    ("The two visited Mexico last year with Cindy McCain to learn how officials there are addressing trafficking.", []),
    # with no one along, "The two" is the sources' "The three" miscounted
    ("The two visited Mexico last year to learn how officials there are addressing trafficking.", [(WRONG, "two", "three")]),
    # digits turned round in a count of the people the sources count as deaths, the claim beside the one retrieved most
    (
        "Next door in Minnesota, 45 people died of heroin overdoses in Hennepin County in 2013, and emergency department visits for heroin nearly tripled from 2004 to 2011.",
        [(WRONG, "45", "54"), (OK, "nearly tripled", "")],
    ),
    # labelled identifiers are compared only under their own label
    ("The embassy's notice cites Title 17 U.S.C. Section 107 for its fair use of the material.", [(OK, "17", ""), (OK, "107", "")]),
    # the claim's own sentence with its identifier changed: the claim is the sentence, whatever else frames the figure
    (
        'As such, we believe that this constitutes a "fair use" of any such copyrighted material as provided for in Section 170 of the U.S. Copyright Law.',
        [(WRONG, "170", "107")],
    ),
    # a clause that shares only what it counts with a claim is not about it: a shelter's "38 women" are no "20 women
    # Senators"
    ("Emergency beds: 38 women and 11 children sheltered, up from 26 women the year before.", []),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_numbers(index, text, expected):
    assert _seen(index, numbers, text) == expected


BUILD_A_CASE = (
    "The only way you’re going to be able to build a case against their pimp, someone running a sex trafficking ring, "
    "is if you have a victim who’s really able to tell the whole story"
)
MAKES_SENSE = "It makes sense when you have people who are very {} who are in a concentrated area, that you're going to see more of this trafficking"

QUOTES = [
    # exact, curly or straight marks and apostrophes, "..." elisions, [bracketed] insertions: supported
    (f"“{BUILD_A_CASE},” Klobuchar said.", [(OK, "")]),
    ('"' + BUILD_A_CASE.replace("’", "'") + '," Klobuchar said.', [(OK, "")]),
    (
        "\"The only way you're going to be able to build a case against their pimp ... is if you have a victim who's really able "
        'to tell the whole story," Klobuchar said.',
        [(OK, "")],
    ),
    (
        '"[The HIDTA program] continues to be a critical tool in helping to disrupt national and regional drug trafficking operations," Ayotte wrote.',
        [(OK, "")],
    ),
    (
        'Ayotte wrote that the HIDTA Program "continues to be a critical tool in helping to disrupt national and regional drug trafficking operations."',
        [(OK, "")],
    ),
    # partial quote inside the writer's sentence
    ('Klobuchar said Heitkamp\'s visit would help them "take this to the national level."', [(OK, "")]),
    # a near match is a misquote with a word diff against the closest version
    (f'"{MAKES_SENSE.format("rich")}," Klobuchar said.', [(WRONG, 'misquotation: "rich" for "poor"')]),
    (
        '"Human trafficking – including sex and labor trafficking – is a grave problem that our nations must work together to address," said Heitkamp.',
        [(WRONG, 'misquotation: "nations" for "countries"')],
    ),
    # words left out without an ellipsis
    (
        '"' + BUILD_A_CASE.replace(", someone running a sex trafficking ring,", "") + '," Klobuchar said.',
        [(WRONG, 'misquotation: leaves out "someone running a sex trafficking ring"')],
    ),
    # a document's own words, no one's quotation, quoted with a word added: a misquote of the document
    ('Victims could join the Job Corps program "to help them get back on their feet."', [(OK, "")]),
    ('Victims could join the Job Corps program "to help them get back on their own feet."', [(WRONG, 'misquotation: adds "own"')]),
    # a quiz's line cut with a closing ellipsis leaves the rest off on purpose
    (
        'Finish the line: "If the U.S. is going to be a leader in promoting women\'s rights, then we have to make the fight against sex trafficking a ..."',
        [(OK, "")],
    ),
    # too short to be a quotation of anyone
    ('The bill is modeled after Minnesota\'s "Safe Harbor" laws.', []),
    # no source has it: nothing to compare (the sentence is left to the unsupported warning)
    ('"We will end trafficking by next spring," Klobuchar said.', []),
]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_quotes(index, text, expected):
    assert [(v.contradicts, v.message if v.contradicts else "") for v in _verdicts(index, quotes, text)] == expected


def test_a_misquote_shows_the_source_words_to_put_back(index):
    """One word changed: the span and the fix are that word, not the whole quotation."""
    sentence = f'"{MAKES_SENSE.format("rich")}," Klobuchar said.'
    [verdict] = _verdicts(index, quotes, sentence)
    assert (verdict.found, verdict.expected) == ("rich", "poor")
    assert sentence[verdict.start : verdict.end] == "rich"
    assert verdict.claims[0].id == "fns-klobuchar-makes-sense-quote"


def test_a_quotation_changed_in_two_places_is_underlined_whole(index):
    sentence = f'"{MAKES_SENSE.format("rich").replace("It makes", "It seems")}," Klobuchar said.'
    [verdict] = _verdicts(index, quotes, sentence)
    assert verdict.found.startswith("It seems sense") and "very rich" in verdict.found
    assert "very poor" in verdict.expected


# Where the sources disagree (000 and 001 give two versions of the same quotes), either version is supported.
VERSIONS = [
    (
        '"This is an opportunity to focus on how we can work with Mexico to combat sex trafficking head-on in both of our countries," Klobuchar said.',
        "klobuchar-2014-mexico-delegation",
    ),
    (
        '"This is an opportunity to focus on how we can work with Mexico to combat trafficking in both of our countries and make sure '
        'these men, women and children are being treated as the victims that they really are," said Senator Klobuchar.',
        "embassy-2014-04-15-delegation",
    ),
    (
        '"Human trafficking – including sex and labor trafficking – is a grave problem both abroad and in our own backyard," said Heitkamp.',
        "klobuchar-2014-mexico-delegation",
    ),
    (
        '"Human trafficking – including sex and labor trafficking – is a grave problem that our countries must work together to address," said Heitkamp.',
        "embassy-2014-04-15-delegation",
    ),
]


@pytest.mark.parametrize(("text", "source"), VERSIONS)
def test_either_version_of_a_disputed_quotation_is_supported_and_says_so(index, text, source):
    [verdict] = _verdicts(index, quotes, text)
    assert not verdict.contradicts
    assert "more than one version" in verdict.note
    assert source in {p.source for c in verdict.claims for p in c.provenance}
    assert _verdicts(index, attribution, text) == []


ATTRIBUTIONS = [
    # exact words, given to someone else
    (f'"{MAKES_SENSE.format("poor")}," Heitkamp said.', [("Heitkamp", "Amy Klobuchar")]),
    ('"We\'ve got a long way to go compared to Minnesota," Klobuchar said.', [("Klobuchar", "Heidi Heitkamp")]),
    ('Klobuchar: "We\'ve got a long way to go compared to Minnesota."', [("Klobuchar", "Heidi Heitkamp")]),
    ('Klobuchar said "the United States Government is committed to working with Mexico to stop this horrible crime."', [("Klobuchar", "Anthony Wayne")]),
    ('According to Heitkamp, "Arizona is on the cusp of passing legislation that will increase penalties for traffickers."', [("Heitkamp", "Cindy McCain")]),
    # a verb of two words, the quotation after a colon
    ('Klobuchar summed up the gap that spring: "We\'ve got a long way to go compared to Minnesota."', [("Klobuchar", "Heidi Heitkamp")]),
    # a line's opening name, a qualifier, a colon, then the quotation inside reported words (a slide's bullet)
    ('Klobuchar, before the trip: the gap is wide, "We\'ve got a long way to go compared to Minnesota."', [("Klobuchar", "Heidi Heitkamp")]),
    ('Heitkamp, before the trip: the gap is wide, "We\'ve got a long way to go compared to Minnesota."', []),
    # a misquote given to someone else is both a misquote and an attribution error
    (f'"{MAKES_SENSE.format("rich")}," Heitkamp said.', [("Heitkamp", "Amy Klobuchar")]),
    # the right speaker, by any alias, or a member of the group the sources give the words to
    (f'"{MAKES_SENSE.format("poor")}," Sen. Amy Klobuchar said.', []),
    ('"Addiction to prescription opioids and heroin has become one of our nation\'s most challenging public health issues," Ayotte wrote.', []),
    # no speaker named: nothing to hold against the sources
    ('The senators heard that "Arizona is on the cusp of passing legislation that will increase penalties for traffickers."', []),
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTIONS)
def test_attribution(index, text, expected):
    verdicts = _verdicts(index, attribution, text)
    assert all(v.contradicts and v.kind == "attribution" for v in verdicts)
    assert [(v.found, v.expected) for v in verdicts] == expected


ACTS = [
    # the noun a name owns, against the word before "of" in front of the sources' name
    ("At Sen. Klobuchar's invitation, Heitkamp took part in the McCain Institute's annual Sedona Forum.", [("Sen. Klobuchar", "Cindy McCain")]),
    ("At Cindy McCain's invitation, Heitkamp took part in the McCain Institute's annual Sedona Forum.", []),
    # the verb after a name, after "who" too
    (
        "The legislation came out of recommendations from the Governor's Task Force on Human Trafficking, which Sen. Heitkamp co-chairs.",
        [("Sen. Heitkamp", "Cindy McCain")],
    ),
    ("Heitkamp has urged the DEA to step up its interdiction efforts at the Mexican border.", [("Heitkamp", "Amy Klobuchar")]),
    ("Klobuchar has urged the DEA to step up its interdiction efforts at the Mexican border.", []),
    # a pronoun before the names may be the sources' person: "She and Sen. Klobuchar" is Heitkamp and Klobuchar
    ("She and Sen. Klobuchar met with the NFL earlier this year about trafficking at the Super Bowl.", []),
    # two acts swapped between two people the sentence names: each is held against the one the sources give it to
    ("Sen. Heitkamp authored the bill, and Sen. Klobuchar signed on as its cosponsor.", [("Sen. Heitkamp", "Amy Klobuchar")]),
    ("Heitkamp's bill is cosponsored by Klobuchar and was introduced last November.", [("Klobuchar", "Heidi Heitkamp")]),
    ("Sen. Klobuchar authored the bill, and Sen. Heitkamp signed on as its cosponsor.", []),
    ("Klobuchar introduced the bill, and Heitkamp cosponsored it.", []),
    # a noun owned is no act done ("Klobuchar's bill" is "Heitkamp's bill" in another release); a name's tail is no act
    ("Klobuchar's bill; Heitkamp joined her in introducing it.", []),
    # ... but an invitation is an act, though the sources' person is named doing something else
    (
        "At Klobuchar's invitation, Heitkamp took part in the Sedona Forum, where she, Klobuchar and McCain discussed their trip.",
        [("Klobuchar", "Cindy McCain")],
    ),
    ("Klobuchar is leading the delegation, joined by Sen. Heidi Heitkamp of North Dakota and Cindy McCain of the McCain Institute.", []),
    # past words set off by commas between the name and its act
    ("Heitkamp, for her part, urged the DEA to step up its interdiction efforts at the Mexican border.", [("Heitkamp", "Amy Klobuchar")]),
    # the sources' person brought along is one who went along, not the one who led
    (
        "Heitkamp, who led the delegation, brought along Klobuchar and Cindy McCain of the McCain Institute for International Leadership.",
        [("Heitkamp", "Amy Klobuchar")],
    ),
    ("Klobuchar, for her part, urged the DEA to step up its interdiction efforts at the Mexican border.", []),
    # those named after "with" went along: the leading is someone else's ("U.S. Senator Amy Klobuchar of Minnesota led")
    (
        "In April 2014, Sen. Heidi Heitkamp led a delegation to Mexico City with Sen. Amy Klobuchar and Cindy McCain.",
        [("Sen. Heidi Heitkamp", "Amy Klobuchar")],
    ),
    ("In April 2014, Sen. Amy Klobuchar led a delegation to Mexico City with Sen. Heidi Heitkamp and Cindy McCain.", []),
]


@pytest.mark.parametrize(("text", "expected"), ACTS)
def test_an_act_is_held_against_whom_the_sources_give_it(index, text, expected):
    verdicts = _verdicts(index, actor, text, "2014-06-01")
    assert all(v.contradicts and v.kind == "attribution" for v in verdicts)
    assert [(v.found, v.expected) for v in verdicts] == expected


def test_attribution_says_who_a_title_or_pronoun_meant(index):
    last: list[str] = []
    sentence_facts("Klobuchar spoke with reporters in Washington.", index, None, last)
    facts = sentence_facts('The senator said "we\'ve got a long way to go compared to Minnesota."', index, None, last)
    [verdict] = attribution.compare(facts, index)
    assert verdict.message == "the sources give these words to Heidi Heitkamp, not The senator (Amy Klobuchar)"


ENTITIES = [
    # the same title of another office, before the name, in an appositive, or in a table's next cell
    ("At two recent hearings, Ayotte questioned Secretary of Defense Jeh Johnson.", None, [(WRONG, "Secretary of Defense", "Secretary of Homeland Security")]),
    # the office written before the title; a scope ("U.S.") is no office
    ("At two recent hearings, Ayotte questioned Defense Secretary Jeh Johnson.", None, [(WRONG, "Defense Secretary", "Secretary of Homeland Security")]),
    ("At two recent hearings, Ayotte questioned Homeland Security Secretary Jeh Johnson.", None, []),
    ("At two recent hearings, Ayotte questioned U.S. Secretary Jeh Johnson.", None, []),
    (
        "At two recent hearings, Ayotte questioned Jeh Johnson, the Secretary of Defense.",
        None,
        [(WRONG, "Secretary of Defense", "Secretary of Homeland Security")],
    ),
    ("Jeh Johnson   Secretary of Defense   —", None, [(WRONG, "Secretary of Defense", "Secretary of Homeland Security")]),
    # one body's name, its head put last: "Homeland Security Department" is the "U.S. Department of Homeland Security"
    ("Heitkamp and Homeland Security Department officials held a training session in Fargo on spotting trafficking.", None, []),
    # a country by its people's adjective: "Mexican Attorney General" is the "Attorney General of Mexico"
    ("The delegation met with Mexican Attorney General Jesus Murillo Karam.", None, []),
    ("The delegation met with Mexican Foreign Minister Jesus Murillo Karam.", None, [(WRONG, "Mexican Foreign Minister", "Attorney General of Mexico")]),
    # a party tag opening a table cell, before a semicolon
    ("Sen. Amy Klobuchar   D-Wis.; former top Hennepin County prosecutor", None, [(WRONG, "Wis.", "Minnesota")]),
    ("Sen. Amy Klobuchar   D-Minn.; former top Hennepin County prosecutor", None, []),
    ("At two recent hearings, Ayotte questioned Secretary of Homeland Security Jeh Johnson.", None, []),
    # a body named by the end of its name after another state than the one its name begins with
    ("Heitkamp met Cindy McCain, co-chair of the Nevada Governor's Task Force on Human Trafficking.", None, [(WRONG, "Nevada", "Arizona")]),
    ("Heitkamp met Cindy McCain, co-chair of the Arizona Governor's Task Force on Human Trafficking.", None, []),
    # a body's possessive before the title
    (
        "They met Sergio Alcocer Martinez de Castro, the Foreign Ministry's undersecretary for Latin America.",
        None,
        [(WRONG, "undersecretary for Latin America", "Undersecretary for North America, Mexican Foreign Ministry")],
    ),
    # party and state tags
    ('Sen. Kelly Ayotte (D-NH) urged Attorney General Eric Holder to use an "all hands on deck" approach.', None, [(WRONG, "D-NH", "R")]),
    ("U.S. Sen. Kelly Ayotte (R-NH) urged Attorney General Eric Holder to act.", None, []),
    ("U.S. Sen. Kelly Ayotte (R-NH) urged Atty. Gen. Eric Holder to act.", None, []),
    # "North America" in a title is a portfolio, no country: the trip's "In Mexico" is not put for it
    ("In Mexico, the delegation also discussed the Merida Initiative with Foreign Ministry Undersecretary Sergio Alcocer Martinez de Castro.", None, []),
    ("U.S. Sen. Amy Klobuchar, D-Wis., led a delegation to Mexico City.", None, [(WRONG, "Wis.", "Minnesota")]),
    ("U.S. Sen. Amy Klobuchar, D-Minn., led a delegation to Mexico City.", None, []),
    ("Minnesota Sen. Heidi Heitkamp joined the advocates in Minneapolis.", None, [(WRONG, "Minnesota", "North Dakota")]),
    ("North Dakota Sen. Heidi Heitkamp joined the advocates in Minneapolis.", None, []),
    (
        "Working closely with her is U.S. Sen. Amy Klobuchar of Minnesota, another Republican who also comes from a law enforcement background.",
        "2015-12-09",
        [(WRONG, "Republican", "Democrat")],
    ),
    # titles
    (
        "The senators discussed law enforcement cooperation with Ambassador Enrique Galindo.",
        None,
        [(WRONG, "Ambassador", "Federal Police Commissioner General")],
    ),
    ("The senators discussed law enforcement cooperation with Federal Police Commissioner General Enrique Galindo.", None, []),
    # another body before the same head, when the one held is named only by its kind and its scope ("Federal Police")
    (
        "The senators discussed law enforcement cooperation with Border Patrol Commissioner General Enrique Galindo.",
        None,
        [(WRONG, "Border Patrol Commissioner", "Federal Police Commissioner General")],
    ),
    ("Klobuchar, a former top Hennepin County prosecutor, said it became clear to her that changes were needed.", "2015-12-09", []),
    # a role's state, and a role judged at the draft's date
    ("Raising awareness of human trafficking has been a major focus for Heitkamp, a former North Dakota attorney general.", "2015-12-09", []),
    ("Heitkamp, a former Minnesota attorney general, worked to advance federal legislation.", "2015-12-09", [(WRONG, "Minnesota", "North Dakota")]),
    ("Ayotte, a former Vermont attorney general, questioned Jeh Johnson.", "2014-06-01", [(WRONG, "Vermont", "New Hampshire")]),
    # a U.S. attorney is a federal prosecutor, no state's attorney general
    (
        "Heitkamp, a former U.S. attorney for North Dakota, worked to advance federal legislation.",
        "2015-12-09",
        [(WRONG, "former U.S. attorney for North Dakota", "Attorney General of North Dakota")],
    ),
    ("| Eric Holder | U.S. Attorney General | Received the senators' letter on heroin |", "2014-06-01", []),  # the U.S. attorney general is none
    ("Attorney General Kelly Ayotte led the New Hampshire Drug Task Force.", "2015-12-09", [(WRONG, "Attorney General", "former Attorney General")]),
    ("Attorney General Kelly Ayotte led the New Hampshire Drug Task Force.", "2007-06-01", []),
    ("In 2006, Attorney General Kelly Ayotte led the New Hampshire Drug Task Force.", "2015-12-09", []),
    ("Former Attorney General Kelly Ayotte led the New Hampshire Drug Task Force.", "2015-12-09", []),
    ("Attorney General Heidi Heitkamp prosecuted traffickers in the 1990s.", "2016-03-01", []),  # told of the time she held it
    (
        "North Dakota Attorney General Heidi Heitkamp joined the advocates in Minneapolis.",
        "2014-06-01",
        [(WRONG, "North Dakota Attorney General", "former North Dakota Attorney General")],
    ),
    # places
    (
        "After introducing the Stop Exploitation Through Trafficking Act, Senators Heitkamp and Klobuchar joined law enforcement and "
        "social service advocates in Fargo to push the bipartisan legislation.",
        None,
        [],
    ),
    (
        "After introducing the Stop Exploitation Through Trafficking Act, Senators Heitkamp and Klobuchar joined law enforcement and "
        "social service advocates in Bismarck to push the bipartisan legislation.",
        None,
        [(WRONG, "Bismarck", "Fargo, North Dakota")],
    ),
    (
        "As local police chiefs and sheriffs gathered in Minot to discuss increased crime in North Dakota’s Oil Patch, U.S. Sen. Heidi Heitkamp interjected.",
        None,
        [],
    ),
    (
        "As local police chiefs and sheriffs gathered in Bismarck to discuss increased crime in North Dakota’s Oil Patch, "
        "U.S. Sen. Heidi Heitkamp interjected.",
        None,
        [(WRONG, "Bismarck", "Minot, North Dakota")],
    ),
    ("Three young people died in St. Francis, a community of 7,000.", None, []),
    ("Three young people died in St. Cloud, a community of 7,000.", None, [(WRONG, "St. Cloud", "St. Francis, Minnesota")]),
    # a table row's cells are capitalised each, and a cell of a row is no heading (the row's pipes are blanks in prose)
    ("Amy Klobuchar   D-Minn.   Former top prosecutor in Ramsey County", None, [(WRONG, "Ramsey County", "Hennepin County")]),
    ("Amy Klobuchar   D-Minn.   Former top prosecutor in Hennepin County", None, []),
    # no alarm for capitalised words after "in" that name no place
    ("U.S. Senators Discuss Trafficking in Persons with Mexican Leaders", None, []),
    ("The Senators emphasized that fighting trafficking in persons is a high priority for the United States.", None, []),
    # a place the claims give by its words alone ("Mexican border") named in the sentence too: two places, two events
    (
        "Heroin overdoses killed 54 people in Hennepin County in 2013, and Klobuchar has urged the DEA to step up its interdiction "
        "efforts at the Mexican border.",
        None,
        [],
    ),
    # an honorific after "at" opens a name, not a place
    ("Klobuchar took part in the Sedona Forum at Mrs. McCain's invitation.", "2014-06-16", []),
    ("Klobuchar has also partnered with Cindy McCain to combat sex trafficking at the Super Bowl, which is in Arizona next year.", "2014-04", []),
    # a claim as close as the one placed in Mexico places the Super Bowl in Arizona
    (
        "McCain, who co-chairs the Arizona Governor's Task Force on Human Trafficking, has also partnered with Klobuchar against "
        "sex trafficking at next year's Super Bowl in Arizona.",
        "2014-06-16",
        [],
    ),
]


@pytest.mark.parametrize(("text", "as_of", "expected"), ENTITIES)
def test_entities(index, text, as_of, expected):
    verdicts = _verdicts(index, entities, text, as_of)
    assert all(v.kind == "entity" for v in verdicts)
    assert [(v.contradicts, v.found, v.expected) for v in verdicts] == expected


def test_an_ended_role_says_until_when(index):
    [verdict] = _verdicts(index, entities, "Attorney General Kelly Ayotte led the New Hampshire Drug Task Force.", "2015-12-09")
    assert verdict.message == "Kelly Ayotte was Attorney General of New Hampshire until 2009: at the draft's date (2015-12-09) a former one"
    assert verdict.claims[0].id == "kelly-ayotte#role"
    assert any("2004 to 2009" in p.quote for p in verdict.claims[0].provenance)


def test_entity_errors_cite_the_attribute_evidence(index):
    [verdict] = _verdicts(index, entities, "U.S. Sen. Amy Klobuchar, D-Wis., led a delegation to Mexico City.")
    assert verdict.message == "Amy Klobuchar represents Minnesota, not Wisconsin"
    assert verdict.claims and all(p.quote for p in verdict.claims[0].provenance)


ROLE_TIMES = [
    ("Attorney General Kelly Ayotte led the New Hampshire Drug Task Force.", "2003-06-01", [(WRONG, "Attorney General", "")]),  # not yet: from 2004
    ("In 2005, Attorney General Kelly Ayotte led the New Hampshire Drug Task Force.", "2003-06-01", []),
]


@pytest.mark.parametrize(("text", "as_of", "expected"), ROLE_TIMES)
def test_a_role_not_yet_held_at_the_draft_date(index, text, as_of, expected):
    verdicts = _verdicts(index, entities, text, as_of)
    assert [(v.contradicts, v.found, v.expected) for v in verdicts] == expected
    if verdicts:
        assert verdicts[0].message == "Kelly Ayotte became Attorney General of New Hampshire in 2004: at the draft's date (2003-06-01) not yet"


@pytest.fixture(scope="module")
def senator_from_2013():
    """The shipped corpus, with Heitkamp's Senate title given a start: a senator from January 2013."""
    import dataclasses

    corpus = load_corpus(ROOT)
    heitkamp = corpus.entities["heidi-heitkamp"]
    attributes = tuple(dataclasses.replace(a, start="2013-01") if a.attribute == "title" else a for a in heitkamp.attributes)
    people = dict(corpus.entities, **{"heidi-heitkamp": dataclasses.replace(heitkamp, attributes=attributes)})
    return claim_index.build(dataclasses.replace(corpus, entities=people))


@pytest.mark.parametrize(
    ("text", "as_of", "wrong"),
    [
        ("Sen. Heidi Heitkamp, D-N.D., spoke about the oil patch.", "2014-06-01", False),
        ("U.S. Senator Heidi Heitkamp spoke about the oil patch.", "2011-06-01", False),  # a registered alias is a name, not a claim
        ("Heitkamp, a senator from North Dakota, spoke about the oil patch.", "2011-06-01", True),
        ("Heitkamp, a senator from North Dakota, spoke about the oil patch.", "2013-06-01", False),
    ],
)
def test_a_title_holds_from_its_start(senator_from_2013, text, as_of, wrong):
    verdicts = _verdicts(senator_from_2013, entities, text, as_of)
    assert [v.contradicts for v in verdicts] == ([True] if wrong else [])


@pytest.mark.parametrize(
    ("source", "drafted", "agree"),
    [
        # a writer rounds to the places written: "$7.2 million" is "$7,215,000", "1.5 million" is "1,535,000"
        ((7215000, "$7,215,000"), (7200000, "$7.2 million"), True),
        ((1535000, "1,535,000"), (1500000, "1.5 million"), True),
        # digits turned round are no rounding, nor a figure rounded the wrong way
        ((27.85, "$27.85"), (27.58, "$27.58"), False),
        ((7265000, "$7,265,000"), (7200000, "$7.2 million"), False),
        # a whole number's trailing zeros are not read as rounding: "200" is not "249"
        ((249, "249"), (200, "200"), False),
    ],
)
def test_a_figure_rounded_to_the_places_it_writes_agrees(source, drafted, agree) -> None:  # type: ignore[no-untyped-def]
    from factcheck.compare.agreement import agrees
    from factcheck.model import Quantity

    def quantity(value: float, shown: str) -> Quantity:
        return Quantity(value, value, value, "dollar", "", "", shown)

    assert agrees(quantity(*source), quantity(*drafted)) is agree


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post she shares is no post she holds alone
        ("Mrs. McCain, who chairs the Arizona Governor's Task Force on Human Trafficking, has been a tireless ally.", [(True, "chairs", "is the Co-chair of")]),
        ("Mrs. McCain, who co-chairs the Arizona Governor's Task Force on Human Trafficking, has been a tireless ally.", []),
    ],
)
def test_a_shared_post_is_not_the_post_alone(index, text, expected):
    assert _seen(index, roles, text) == expected


@pytest.mark.parametrize(
    ("text", "author", "expected"),
    [
        # a letter Klobuchar signed: its "I" is Klobuchar, who met with the NFL with Cindy McCain
        (
            "Senator Heitkamp and I met with the NFL earlier this year about trafficking at the Super Bowl.",
            "amy-klobuchar",
            [("Senator Heitkamp", "Cindy McCain")],
        ),
        ("Cindy McCain and I met with the NFL earlier this year about trafficking at the Super Bowl.", "amy-klobuchar", []),
        # no one signed it: "I" may be anyone
        ("Senator Heitkamp and I met with the NFL earlier this year about trafficking at the Super Bowl.", None, []),
    ],
)
def test_the_writers_i_is_who_signed_the_letter(index, text, author, expected):
    facts = sentence_facts(text, index, "2014-06-01", [], author=author)
    assert [(v.found, v.expected) for v in actor.compare(facts, index)] == expected


@pytest.mark.parametrize(
    ("prose", "front_matter", "signer"),
    [
        ("Dear Ms. Lindqvist,\n\nThank you for writing.\n\nSincerely,\n\nAmy Klobuchar\nUnited States Senator\n", {}, "amy-klobuchar"),
        ("Thank you for writing.\n", {"from": "Office of U.S. Senator Amy Klobuchar"}, "amy-klobuchar"),
        # a sign-off naming no one of the registry, or none at all
        ("Thank you for writing.\n\nSincerely,\n\nKaren Lindqvist\n", {}, None),
        ("Heitkamp and Klobuchar wrote the bill.\n", {}, None),
    ],
)
def test_who_signed_a_letter(index, prose, front_matter, signer):
    from factcheck.mentions import salutation

    assert salutation.signer(prose, front_matter, index) == signer
