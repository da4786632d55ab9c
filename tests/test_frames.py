"""A value's frame: the words of its own clause, and the names in it with their heads."""

from __future__ import annotations

import pytest

from factcheck.frames import Frame, conflict, decode, encode, frame_of

LIST = "The teams counted 1,387 homes damaged or destroyed: 1,142 in Coos County, 173 in Curry County and 72 in Douglas County."


def _frame(text: str, value: str, *others: str) -> Frame:
    at = text.index(value)
    spans = [(text.index(o), text.index(o) + len(o)) for o in others]
    return frame_of(text, at, at + len(value), spans)


@pytest.mark.parametrize(
    ("value", "names"),
    [
        # each figure of a list is about the name after it, not the one before ("and 72 in Douglas County")
        ("1,142", {"coos~county"}),
        ("173", {"curry~county"}),
        ("72", {"douglas~county"}),
        # the list's head is about what is counted
        ("1,387", set()),
    ],
)
def test_each_figure_of_a_list_is_framed_by_its_own_name(value, names):
    others = [v for v in ("1,387", "1,142", "173", "72") if v != value]
    assert set(_frame(LIST, value, *others).names) == names


def test_a_figure_alone_in_its_cell_is_framed_by_its_row():
    row = "Homes damaged or destroyed, Curry County   72   OEM-26-031"
    frame = _frame(row, "72")
    assert {"home", "destroy"} <= frame.stems and "curry~county" in frame.names


def test_frames_are_plain_strings_and_back():
    frame = _frame(LIST, "173", "1,387", "1,142", "72")
    assert decode(encode(frame)) == frame


@pytest.mark.parametrize(
    ("sentence", "source", "expected"),
    [
        # one county for another, in the value's place
        ("Curry County homes destroyed   72", "72 in Douglas County", True),
        # the same county
        ("Douglas County homes destroyed   72", "72 in Douglas County", False),
        # a draft that names no county says nothing against the source's
        ("Homes destroyed   72", "72 in Douglas County", False),
        # the source's name is elsewhere in the sentence: not a conflict
        ("Curry County, like Douglas County, lost homes   72", "72 in Douglas County", False),
        # the source names the draft's county as well as another (a name whose stem is no word of it: "adam"): its figure
        # is framed by the draft's too
        ("Homes destroyed in Adams County   72", "72 in Adams County and the Douglas County ranch", False),
    ],
)
def test_a_conflict_is_another_name_of_the_same_make(sentence, source, expected):
    mine, theirs = _frame(sentence, "72"), _frame(source, "72")
    assert conflict(mine, theirs, sentence) is expected


def test_a_list_owns_the_words_between_its_values_and_a_sentence_does_not():
    """ "... and 72 in Douglas County": the words before 72 are the list's previous item's; "The three
    visited Mexico last year": they are the date's too, and "Last year the two Democrats traveled to
    Mexico" frames the date by the whole clause."""
    text = "The three visited Mexico last year to learn how officials work."
    assert {"visit", "mexico"} <= _frame(text, "last year", "three").stems
    text = "Last year the two Democrats traveled to Mexico with Cindy McCain."
    assert {"travel", "mexico"} <= _frame(text, "Last year", "two").stems


@pytest.mark.parametrize(
    ("value", "stems"),
    [
        # a list's connector divides the words between two values: the name before a value is its own
        ("five", {"gallatin"}),
        ("eight", {"cascad"}),
        # a value set off alone by commas is about what comes before it
        ("14", {"case", "yellowston"}),
    ],
)
def test_a_list_of_names_before_their_figures_frames_each_by_its_own(value, stems):
    text = "Yellowstone County has the most cases, 14, followed by Gallatin with five and Cascade with eight."
    others = [v for v in ("14", "five", "eight") if v != value]
    frame = _frame(text, value, *others)
    assert stems <= frame.stems
    assert not ({"gallatin", "cascad"} - stems) & frame.stems  # and not the other item's name


@pytest.mark.parametrize(
    ("text", "value", "trend"),
    [
        ("88.4 percent had two doses, down from 93.1 percent in 2019-20.", "93.1 percent", "down"),
        ("88.4 percent had two doses, up from 93.1 percent in 2019-20.", "93.1 percent", "up"),
        ("Visits have risen to 4,000 a year.", "4,000", "up"),
        # a figure set up to a limit goes nowhere
        ("The bill provides up to 40 nurses.", "40", ""),
    ],
)
def test_a_frame_says_which_way_its_figure_went(text, value, trend):
    frame = _frame(text, value)
    assert frame.trend == trend
    assert decode(encode(frame)) == frame


def test_a_clause_opened_by_a_participle_is_about_the_noun_before_it():
    text = "Her Stop Exploitation Through Trafficking Act, introduced in November 2012 with Heitkamp as a cosponsor, is modeled on it."
    assert {"stop", "exploitat", "act", "introduc"} <= _frame(text, "November 2012").stems


def test_a_labels_value_is_about_the_label_not_its_weekday() -> None:
    """ "Regular meeting: Thursday, December 10, 2026": weekdays and months say when, the label says what."""
    from factcheck.frames import frame_of

    text = "Regular meeting: Thursday, December 10, 2026, 9 a.m."
    start = text.index("December")
    assert frame_of(text, start, start + len("December 10, 2026")).stems == {"regular", "meet"}


def test_a_possessive_head_still_names_its_place() -> None:
    # "Adams County's clinic" names Adams County, and so is no clinic of Dawson County's
    text = "Adams County's clinic at the Hastings City Auditorium is set for next Thursday."
    frame = _frame(text, "next Thursday")
    assert {"adams~county", "hastings~city"} <= frame.names
    assert conflict(frame, decode("center civic county dawson ^dawson~county"), text)


def test_a_fronted_value_is_about_what_the_names_after_it_did():
    """ "Earlier this month, Sen. Amy Klobuchar (D-MN), Cindy McCain and I traveled to Mexico City": the names'
    commas end no clause; the date is about the travel."""
    text = "Earlier this month, Sen. Amy Klobuchar (D-MN), Cindy McCain and I traveled to Mexico City."
    start = text.index("Earlier")
    assert {"travel", "mexico"} <= frame_of(text, start, start + len("Earlier this month")).stems


def test_a_parenthesis_of_figures_after_a_figure_is_their_breakdown():
    text = "Structures destroyed: 17 (12 residences, 5 outbuildings)"
    start = text.index("17")
    others = [(text.index("12"), text.index("12") + 2), (text.index("5 "), text.index("5 ") + 1)]
    assert frame_of(text, start, start + 2, others).stems == {"structur", "destroy"}


@pytest.mark.parametrize(
    ("text", "value", "others", "stems", "not_stems"),
    [
        # a figure alone in its parenthesis is about the words before it, not the clause after
        ("It will fund technology ($600,000) and a new endowed programming fund ($400,000).", "$600,000", ("$400,000",), {"technology"}, {"endow"}),
        ("It will fund technology ($600,000) and a new endowed programming fund ($400,000).", "$400,000", ("$600,000",), {"endow"}, {"technology"}),
        # ... but not a date, a reference's ("the mayor's veto letter (Nov. 23)"), nor one after a name (a dateline)
        ("Sources: the mayor's veto letter (Nov. 23) and the Ledger (Dec. 4).", "Nov. 23", ("Dec. 4",), set(), {"veto", "letter"}),
        ("CHICAGO (May 9, 2023) - Today the agency announced a grant.", "May 9, 2023", (), {"announc"}, {"chicago"}),
    ],
)
def test_a_value_in_its_parenthesis(text, value, others, stems, not_stems):
    frame = _frame(text, value, *others)
    assert stems <= frame.stems
    assert not not_stems & frame.stems


@pytest.mark.parametrize(
    ("text", "value", "stems", "not_stems"),
    [
        # the time of day says when: the date fronted with it is about the clause after
        ("On the night of Tuesday, Sept. 30, I seconded the motion to approve the contract.", "Sept. 30", {"second", "motion"}, {"night"}),
        # a deadline's words lead a label's value: the date is the label's
        ("Substantial completion: no later than October 29, 2027, with opening planned for November 2027.", "October 29, 2027", {"completion"}, {"open"}),
        ("Substantial completion: October 29, 2027.", "October 29, 2027", {"completion"}, set()),  # guard
    ],
)
def test_words_that_say_when_leave_a_date_to_its_clause(text, value, stems, not_stems):
    frame = _frame(text, value)
    assert stems <= frame.stems and not not_stems & frame.stems, frame


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Daily route miles: 5,815, a reduction of 1,125 miles a day", "1,125", True),
        ("The first-year cost is $2,847,300, a saving of $256,700", "$256,700", True),
        ("Daily route miles: 5,815, a reduction of 1,125 miles a day", "5,815", False),  # guard
        # a gap after the figure and its rate: a difference, as "a cut of $1.65 an hour" is
        ("Keystone's starting wage is more than $2 an hour below the $22.15 average.", "$2", True),
        ("Keystone's starting wage is more than $2 an hour below the $22.15 average.", "$22.15", False),  # guard
        # a value set off right after a change restates it, a change too; "to" after the comma gives a level
        ("The increase of $20.9 million, about 19 percent, reflects higher prices.", "about 19 percent", True),
        ("Motor vehicle thefts fell 18.5 percent, to 1,387, after a surge.", "1,387", False),  # guard
    ],
)
def test_a_reduction_or_a_saving_is_a_change(text: str, value: str, change: bool) -> None:
    known = ("5,815", "1,125", "$2,847,300", "$256,700", "$22.15", "$20.9 million", "about 19 percent", "18.5 percent", "1,387")
    others = [v for v in known if v in text and v != value]
    assert _frame(text, value, *others).change is change


def test_a_value_between_told_and_that_is_the_tellings() -> None:
    """ "told the board on Sept. 18 that the FTA award was ...": the date of the telling, not of what was told."""
    frame = _frame('Achterberg told the board on Sept. 18 that the FTA award was "the largest grant."', "Sept. 18")
    assert {"achterberg", "board"} <= frame.stems and not {"award", "grant"} & frame.stems, frame


def test_a_clause_opened_by_where_is_about_the_place_before_it() -> None:
    frame = _frame("The two returned from Mexico City, where they had traveled in April 2015 with Cindy McCain.", "April 2015")
    assert {"mexico", "city", "travel"} <= frame.stems, frame
