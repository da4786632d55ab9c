"""Figures: sentence -> (text, value, unit, hedge) and the range a hedge allows.

Sentences are taken from sources/ where they can be, else written the way a draft would.
Years and the day numbers of dates belong to the date detector, so they are skipped here
the way the pipeline skips them (the date spans are passed in).
"""

from __future__ import annotations

import math

import pytest

from factcheck.mentions import dates
from factcheck.mentions.numbers import detect, singular, words_value


def _detect(text: str):
    found_dates = dates.detect(text, "2014-06-01")
    return detect(text, skip=[(m.start, m.end) for m in found_dates])


def _found(text: str) -> list[tuple[str, float, str, str]]:
    return [(m.text, m.value.value, m.value.unit, m.value.hedge) for m in _detect(text)]


FIGURES = [
    # a change by a share, with no "of" after it
    (
        "The waiting list grew by more than a third, to 6,418 households.",
        [("more than a third", 100 * (1 / 3), "percent", "more than"), ("6,418", 6418, "household", "")],
    ),
    ("Car thefts fell by nearly a fifth.", [("nearly a fifth", 20, "percent", "nearly")]),
    # a bound said otherwise: "no more than", "below", and a negation that turns "above" into "at most"
    ("The petition asked that the project be limited to no more than 120 units.", [("no more than 120", 120, "unit", "no more than")]),
    ("The grant covers families whose income is below $65,000.", [("below $65,000", 65000, "dollar", "below")]),
    ("Readings never went above 25 parts per million.", [("above 25", 25, "part", "at most")]),
    ("With the cap, nobody pays more than $6 a day.", [("more than $6", 6, "dollar", "at most")]),
    # a rate's base is no figure; an episode's or a claim's number is a label
    ("Ammonia peaked at 62 parts per million.", [("62", 62, "part", "")]),
    # a figure "for every" or "per" another figure is a rate, and that other its base, no figure
    ("One mill is $1 of tax for every $1,000 of assessed value.", [("$1", 1, "rate", "")]),
    ("The district spends $14 per 100 residents.", [("$14", 14, "rate", "")]),
    # a scale word alone is a table's unit; a scale written onto a figure counts the plural after it
    ("| Total tonnage (million tons) | 14.62 |", [("14.62", 14.62, "", "")]),
    ("The port moved 687K TEUs last year.", [("687K", 687000, "teu", "")]),
    ("She finished a 10K race.", []),
    # a vote word further back than a short clause still makes a pair a tally
    ("Approved by the House Committee on Environmental Protection, 15-6, and referred on.", [("15-6", 15006, "tally", "")]),
    # an age after a life's event and "at"; "one-time" counts nothing
    ("She retired at 68, after 41 years on the floor.", [("68", 68, "year", ""), ("41", 41, "year", "")]),
    ("The one-time capital cost is $6.14 million.", [("$6.14 million", 6140000, "dollar", "")]),
    # a vote word in the present tense, as a timeline's headline writes it
    ("County commission approves the consolidation agreement, 3-1", [("3-1", 3001, "tally", "")]),
    # "4–1" with no vote near it is a tally or a range, never the counts 4 and 1
    ("Elm Street water main contract   $2,340,000   City Council, 4–1", [("$2,340,000", 2340000, "dollar", "")]),
    ("Children ages 5-12 attended.", []),
    # a known unit past its modifiers is the head: "heroin overdose deaths" counts deaths
    ("Fewer than 50 heroin overdose deaths were counted.", [("Fewer than 50", 50, "death", "fewer than")]),
    # an item's number in a thread or a list is no count
    ("1/ A thread on the story by Amy Dalrymple.", []),
    # "fourfold" multiplies as "quadrupled" does
    ("Visits for heroin rose nearly fourfold.", [("nearly fourfold", 4, "times", "nearly")]),
    # a figure with its noun left out counts what the figure beside it counts
    ("Staff fell from nine employees in 2018 to six in 2022.", [("nine", 9, "employee", ""), ("six", 6, "employee", "")]),
    # the plural after a modifier is what is counted: "permit decisions" are decisions, "steel bridges" bridges
    ("Records were missing for 41 of the 120 permit decisions.", [("41", 41, "decision", ""), ("120", 120, "decision", "")]),
    ("The state has 40 steel bridges.", [("40", 40, "bridge", "")]),
    # ... past two modifiers, and past one that ends in "s" but is no plural
    ("The city has 9,312 lead service lines.", [("9,312", 9312, "line", "")]),
    ("Crews built 3 bus stops.", [("3", 3, "stop", "")]),
    # a part "of the city's" whole counts what the whole counts
    ("They hold 5,680 of the city's 9,312 lead service lines.", [("5,680", 5680, "line", ""), ("9,312", 9312, "line", "")]),
    # two figures in words, the second a modifier: "ten" counts the crews, "two-person" says what kind
    ("They recommend ten two-person crews.", [("ten", 10, "crew", "")]),
    # a share of one percent, in words
    ("It takes six-tenths of one percent of the county's cropland.", [("six-tenths of one percent", 0.6, "percent", "")]),
    # a preposition is no unit: "173 in Curry County"
    ("173 in Curry County", [("173", 173, "", "")]),
    # a table's next cell is not what a figure counts
    ("Population of St. Francis   7,000   Office of Sen. Klobuchar", [("7,000", 7000, "", "")]),
    # times of day are no counts
    ("Centers are open from 9 a.m. to 6 p.m. and at 5:30 on Sundays.", []),
    # an item's number inside a sentence is no count, nor a tally inside a figure's thousands
    ("The resolution (1) authorizes a loan and (4) raises the target from 3,400 to 3,800 lines.", [("3,400", 3400, "", ""), ("3,800", 3800, "line", "")]),
    # ... but a sum in its parenthesis is one ("technology ($600,000) and a new fund")
    ("It funds technology ($600,000) and a new fund ($400,000).", [("$600,000", 600000, "dollar", ""), ("$400,000", 400000, "dollar", "")]),
    ("We're at the board's office, where the hand recount is set to start at 9.", []),
    ("Doors open at 6 and the first 40 guests get seats.", [("40", 40, "guest", "")]),
    # a scale alone is a range of its own: "thousands" is 1,000 up to a million
    (
        "More than 20 million people are trafficked, including thousands in the United States.",
        [("More than 20 million", 20e6, "person", "more than"), ("thousands", 1000, "", "thousands")],
    ),
    ("Hundreds of people died.", [("Hundreds", 100, "person", "hundreds")]),
    # "add up to" is a total, not a ceiling
    ("Grants to 2,106 households add up to $14.7 million.", [("2,106", 2106, "household", ""), ("$14.7 million", 14.7e6, "dollar", "")]),
    ("The fund pays up to $5,000 a household.", [("up to $5,000", 5000, "dollar", "up to")]),
    # digits and separators
    ("In 2013, there were 54 deaths caused by heroin overdoses in Hennepin County.", [("54", 54, "death", "")]),
    ("Heitkamp's office is 1,200 miles from Minot.", [("1,200", 1200, "mile", "")]),
    ("Over 2,013 people attended the hearing.", [("Over 2,013", 2013, "person", "over")]),
    ("The program costs $5.2 billion.", [("$5.2 billion", 5.2e9, "dollar", "")]),
    ("The grant was 3.5 million dollars.", [("3.5 million", 3.5e6, "dollar", "")]),
    ("At two recent hearings on Capitol Hill, Ayotte questioned Secretary of Homeland Security Jeh Johnson.", [("two", 2, "hearing", "")]),
    ("Klobuchar and Heitkamp joined all 20 women senators in condemning the kidnappings.", [("20", 20, "woman", "")]),
    # number words
    ("Fifty-four people died of heroin overdoses in Hennepin County in 2013.", [("Fifty-four", 54, "person", "")]),
    ("Seven thousand people live in St. Francis.", [("Seven thousand", 7000, "person", "")]),
    ("One hundred and twenty officers took the training.", [("One hundred and twenty", 120, "officer", "")]),
    ("A dozen advocates joined the senators in Minneapolis.", [("A dozen", 12, "advocate", "")]),
    # a figure said aloud with its decimals, as a script writes it
    ("Crop losses came to forty-one-point-six million dollars.", [("forty-one-point-six million", 41.6e6, "dollar", "")]),
    ("Rainfall ran two point five inches below normal.", [("two point five", 2.5, "inch", "")]),
    (
        "In the 7,000-person community of St. Francis, three young people have died of opiate-related overdoses since May.",
        [("7,000-person", 7000, "person", ""), ("three", 3, "person", "")],
    ),
    # compounds
    ("Klobuchar and Heitkamp will be joined on their three-day trip by Cindy McCain.", [("three-day", 3, "day", "")]),
    ("The senators went on a four-day trip to Mexico.", [("four-day", 4, "day", "")]),
    ("The 7,000-person community mourned.", [("7,000-person", 7000, "person", "")]),
    # the thing counted named before the figure
    ("Three people died in St. Francis, a community of 7,000.", [("Three", 3, "person", ""), ("7,000", 7000, "community", "")]),
    ("St. Francis has a population of about 7,000.", [("about 7,000", 7000, "population", "about")]),
    # hedges
    (
        "Around the world, it is estimated that more than 20 million individuals are trafficked for sex or labor.",
        [("more than 20 million", 20e6, "individual", "more than")],
    ),
    ("Around the world, an estimated 2 million individuals are trafficked.", [("an estimated 2 million", 2e6, "individual", "an estimated")]),
    ("Hospital emergency departments visits for heroin have nearly tripled from 2004 to 2011.", [("nearly tripled", 3, "times", "nearly")]),
    ("Heroin visits doubled.", [("doubled", 2, "times", "")]),
    ("About 7,000 people live in St. Francis.", [("About 7,000", 7000, "person", "about")]),
    ("At least 54 people died.", [("At least 54", 54, "person", "at least")]),
    ("Fewer than 100 people died.", [("Fewer than 100", 100, "person", "fewer than")]),
    ("Nearly fifty-four people died.", [("Nearly fifty-four", 54, "person", "nearly")]),
    # ages
    ("Statistics show on average children are 13 years old when they are forced to become victims of sex trafficking.", [("13 years old", 13, "year", "")]),
    ("On average, a victim is a 13-year-old girl.", [("13-year-old", 13, "year", "")]),
    # percentages
    ("Some 45% of victims are minors.", [("Some 45%", 45, "percent", "some")]),
    ("Heroin use rose 30 percent in New Hampshire.", [("30 percent", 30, "percent", "")]),
    ("Heroin use rose 30 per cent in New Hampshire.", [("30 per cent", 30, "percent", "")]),
    # labelled identifiers: a label unit, compared only with the same label
    ("In accordance with Title 17 U.S.C. Section 107, this material is distributed without profit.", [("17", 17, "title", ""), ("107", 107, "section", "")]),
    ("The bill, H.R. 898, passed the House.", [("898", 898, "h.r", "")]),
    ("Read § 107 of the Copyright Law.", [("107", 107, "§", "")]),
    ("The committee approved SB 412 by a 6-3 vote.", [("412", 412, "sb", ""), ("6-3", 6003, "tally", "")]),
    # a scale written onto a figure counts when hedged, though no plural follows
    ("HH site: nearly 20M trafficked worldwide.", [("nearly 20M", 20e6, "trafficked", "nearly")]),
    # a capitalised word names the figure after it that nothing counts: a chart, a debate card's cite, a segment
    ('Chart 1, "Heroin in Hennepin County," on the easel.', [("1", 1, "chart", "")]),
    # ... and a heading's label in capitals ("CUT-IN 1 — ...")
    ("CUT-IN 1 — A North Dakota senator studies Minnesota's approach", [("1", 1, "cut-in", "")]),
    ("| Dalrymple 15 | Amy Dalrymple | Forum News Service |", [("15", 15, "dalrymple", "")]),
    ("## Story three: the letter", [("three", 3, "story", "")]),
    # a group word after a number multiplies it
    ("Two dozen evergreens will ring the compound.", [("Two dozen", 24, "evergreen", "")]),
    # a plural name's list: each is one of them
    ("The season runs in Zones 1, 2 and 4.", [("1", 1, "zone", ""), ("2", 2, "zone", ""), ("4", 4, "zone", "")]),
    # ... but a vote's side and a total count
    ("Yes 5, No 3.", [("5", 5, "", ""), ("3", 3, "", "")]),
    ("Total 1,042.", [("1,042", 1042, "", "")]),
    # a change in percent, then the level it reached: no percent of 412,300
    (
        "Digital circulation grew 11.8 percent to 412,300 and makes up 32 percent.",
        [("11.8 percent", 11.8, "percent", ""), ("412,300", 412300, "", ""), ("32 percent", 32, "percent", "")],
    ),
    # a phrasal verb takes "up to" as its own words, not "about"
    ("Rates rise, adding about $5 a month to the bill.", [("about $5", 5, "dollar", "about")]),
    # a table's label cell is no label of the figure in the next cell, and money is never an identifier
    ("Riverside Park playground budget amendment   $158,000   City Council", [("$158,000", 158000, "dollar", "")]),
    ("The amendment $158,000 passed.", [("$158,000", 158000, "dollar", "")]),
    # "and" joins number words only after a scale: "years three and four" are two years of a contract, no seven
    (
        "Pay rises 2% in year one and 3% in each of years three and four.",
        [("2%", 2, "percent", ""), ("3%", 3, "percent", ""), ("three", 3, "years", ""), ("four", 4, "years", "")],
    ),
    ("A hundred and twenty-five people came.", [("A hundred and twenty-five", 125, "person", "")]),
    # a sign after a blank or a cell's bar is the figure's own; inside a name it is none ("I-35")
    ("The intake sits at a depth of -16 feet.", [("-16", -16, "foot", "")]),
    ("| September | +3.5% | -3.5% |", [("+3.5%", 3.5, "percent", ""), ("-3.5%", -3.5, "percent", "")]),
    # "or more" written after a scale
    ("| 20 million+ | people |", [("20 million+", 20000000, "", "at least")]),
    # a level before and after: two figures, not a range
    ("The number of bus routes would rise from 19 to 20.", [("19", 19, "", ""), ("20", 20, "", "")]),
    ("Ages 5-12 may join.", []),
    # a tally in words beside a vote's words; a range of words without one stays two figures
    ("The vote was three to two for the tax.", [("three to two", 3002, "tally", "")]),
    ("The substitute failed two to three.", [("two to three", 2003, "tally", "")]),
    ("It takes three to five days.", [("three", 3, "", ""), ("five", 5, "day", "")]),
    # a vote's side before the plural it counts
    ("She and Brandt cast the two no votes.", [("two", 2, "vote", "")]),
    # a box's line: the figure as its label, what it counts after the colon (a bold label's markup blanked)
    ("Three  : trailheads, at Depot Street and Kettle Creek", [("Three", 3, "trailhead", "")]),
    ("64: parcels bordering the corridor", [("64", 64, "parcel", "")]),
    ("Three: Depot Street, Mill Run Road and Kettle Creek", [("Three", 3, "", "")]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_figures_with_units_and_hedges(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In November 2013, Senator Heitkamp joined Senator Amy Klobuchar.",  # a year is a date
        "As New Hampshire attorney general from 2004 to 2009, Ayotte led the task force.",
        "Press release, Apr. 15, 2014, Embassy of the United States, Mexico City",  # a day of a date
        "Coming from Mexico up I-35 or through Chicago, Minnesota has some of the cheapest heroin.",  # part of a name
        "Now, one federal initiative Klobuchar and Heitkamp are working to advance would push all states.",  # "one of"
        "Klobuchar is leading a delegation to Mexico.",  # the article "a"
        "Workers started counting at eight-thirty at the board office.",  # a time of day said aloud
        "Castellano won the precinct almost two to one.",  # a ratio
        "THE REPORT CAME OUT ON SEPTEMBER 24TH.",  # a day of a date, in capitals
        "The two say they are a team.",  # the people named before, no count
        "The branch opens from 1 to 5 p.m. on Sundays.",  # the first hour of a range of hours
    ],
)
def test_years_days_names_and_articles_are_not_figures(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("more than 20 million individuals", 20e6, math.inf),
        ("at least 54 deaths", 54, math.inf),
        ("nearly tripled", 2.55, 3),
        # "about" allows the rounding of the figure's last written place, or 5 percent, within the hedge's width
        ("about 7,000 people", 6500, 7500),
        ("about $3.9 million", 3.705e6, 4.095e6),
        ("about 2,300 nurses", 2185, 2415),
        ("about 30 percent", 25.5, 34.5),
        ("fewer than 100 people", 0, 100),
        ("up to 40 people", 0, 40),
        ("54 deaths", 54, 54),
        # a part of a scale's sum is a sum: "a quarter of a million dollars" is $250,000, no 25 percent
        ("a quarter of a million dollars", 200000, 300000),
        # "or more" written onto the figure
        ("38,000+ doors", 38000, math.inf),
        ("38,000-plus doors", 38000, math.inf),
    ],
)
def test_hedges_widen_the_figure_into_a_range(text, low, high):
    [mention] = _detect(text)
    assert (mention.value.low, mention.value.high) == (pytest.approx(low, rel=1e-3), pytest.approx(high, rel=1e-3))


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("In 2013, there were 54 deaths caused by heroin overdoses in Hennepin County.", "deaths caused by heroin"),
        ("three young people have died", "young people have died"),
        ("Statistics show on average children are 13 years old when they are forced.", "old"),
    ],
)
def test_the_thing_counted_is_kept(text, noun):
    assert _detect(text)[-1].value.noun == noun


def test_offsets_point_at_the_figure_as_written():
    text = "Around the world, it is estimated that more than 20 million individuals are trafficked."
    [mention] = _detect(text)
    assert text[mention.start : mention.end] == "more than 20 million" == mention.value.shown


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("fifty-four", 54),
        ("Fifty four", 54),
        ("seven thousand", 7000),
        ("a dozen", 12),
        ("two dozen", 24),
        ("one hundred and twenty", 120),
        ("twenty million", 20e6),
        ("three", 3),
        ("zero", 0),
        ("three point five", 3.5),
        ("seven point two five", 7.25),
        # the same float as the digits "2.47": "two-point-four-seven million" is "$2.47 million"
        ("two-point-four-seven", 2.47),
        ("three point twelve", None),
        ("many", None),
        ("", None),
    ],
)
def test_words_value(words, value):
    assert words_value(words) == value


@pytest.mark.parametrize(
    ("noun", "unit"),
    [
        ("people", "person"),
        ("deaths", "death"),
        ("individuals", "individual"),
        ("women", "woman"),
        ("children", "child"),
        ("years", "year"),
        ("agencies", "agency"),
        ("churches", "church"),
        ("business", "business"),
        ("%", "percent"),
    ],
)
def test_singular_units(noun, unit):
    assert singular(noun) == unit
