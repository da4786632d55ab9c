"""Who holds which post, and of which body (issue 11): a fact sheet's label, a member list, the body a
person is "of", the county of a title, the post a "who directs" clause gives, an office whose name holds
an "and"; and the shares and list items the same kind of document states.

A corpus of our own (two documents) run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

REPORT = """Lakeshore County Emergency Management

INCIDENT SUMMARY: Route 9 Chemical Spill
Approved by: Harriet Vance, Emergency Manager

Battalion Chief Omar Delacroix of Ridgeview Fire & Rescue led the hazardous materials team.

Committee members present: Rep. Nadia Fenwick (D-Lakeshore), Chair; Rep. Colin Marsh (R-Eastport), Minority Vice Chair; Rep. Tessa Quill (D-Harbor City).

Deputy Secretary for Fish and Wildlife Arturo Bell toured the site. Priya Kessler, Regional Director of the Agency's Northern Lakes District, said cleanup would take six weeks.

Officials said more than a quarter of the spilled solvent was recovered in the first day.

COMMITTEE MEMBERS: Lena Ortez (D-Harbor City), Chair; Victor Amsel (R-Eastport).

The spill was first reported on Tuesday, April 28, 2026. The county board approved the cleanup plan by a roll call vote of 5 yeas to 2 nays.

"We will test every well within two miles," County Administrator Marco DiLeone said.

"The solvent does not mix with water. It sinks to the bottom of the aquifer, where it can stay for decades unless it is pumped out, and that is why the monitoring will go on for years," said Hazardous Materials Coordinator Ines Farrow.

Officials from the Department of Natural Resources and the Department of Health took samples from wells in Ohio and Indiana.

The Ridgeview Fire Station, built in 1987, housed the command post. The county opened its emergency operations center in 2019.

COUNTY BOARD MEETING SUMMARY
Thursday, April 30, 2026

The board adopted Res. 26-14 to pay for private well testing along Route 9.

Present: Council Members Ada Brandt (Ward 1) and Felix Moreau (Ward 2).

DiLeone called the spill "an accident, not a crime."

Well results by town:

Town              Wells tested     Unsafe
Eastport          120              14
Harbor City       85               9

Officials said 61 percent of the wells tested were safe to drink.

"The solvent plume is moving east toward the river," said EPA Region 5 Administrator Nadia Brooks.

Cleanup bill: House File 88, sponsored by Representative Oren Falk (R-District 12)

UPCOMING MEETINGS
Budget workshop: Thursday, May 14, 2026, 1 p.m.
Regular meeting: Thursday, May 21, 2026, 9 a.m.

Cleanup grants announced Friday:

- $3.4 million to the Town of Eastport for groundwater monitoring;
- $1.15 million to Harbor City for a new intake filter;
- $0.6 million to the county for testing.

ATTEST:

GRETA L. SOLBERG
COUNTY CLERK
"""

META = own_corpus.meta(
    "lakeshore-2026-05-02-spill", "Incident summary: Route 9 chemical spill", "incident report", "Lakeshore County Emergency Management", "2026-05-02"
)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted(tmp_path_factory.mktemp("posts"), "spill", REPORT, META)


def _errors(cli, project: Path, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return own_corpus.errors(cli, project, text, "2026-05-10")


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a label names the post of the person after it; the member list gives each their own
        ("- **Chair:** Rep. Colin Marsh (R-Eastport)", {"Chair"}),
        ("- **Chair:** Rep. Nadia Fenwick (D-Lakeshore)", set()),
        ("- **Minority Vice Chair:** Rep. Colin Marsh", set()),
        # another person's very title, capitalised, is no post of this one's; a description in lower case may be
        ("Hazardous Materials Coordinator Harriet Vance toured the site.", {"Hazardous Materials Coordinator"}),
        ("County emergency manager Harriet Vance toured the site.", set()),
        # the party the list's tag gives
        ("Rep. Tessa Quill, a Harbor City Republican, attended.", {"Republican"}),
        # the town a party tag gives ("(D-Harbor City)"), held against the one an appositive gives
        ("Rep. Tessa Quill, an Eastport Democrat, attended.", {"Eastport"}),
        ("Rep. Tessa Quill, a Harbor City Democrat, attended.", set()),
        # the body a titled person is of
        ("Battalion Chief Omar Delacroix of the Lakeshore County Sheriff's Office led the hazardous materials team.", {"Lakeshore County Sheriff's Office"}),
        ("Battalion Chief Omar Delacroix of Ridgeview Fire & Rescue led the team.", set()),
        # a county in a title, held against the county of the body that published it
        ("Eastport County Emergency Manager Harriet Vance approved the summary.", {"Eastport County"}),
        ("Lakeshore County Emergency Manager Harriet Vance approved the summary.", set()),
        # a post given by a verb, against the post of that kind the sources hold: the one word that differs
        ("Priya Kessler, who directs the Agency's Southern Lakes District, said cleanup would take six weeks.", {"Southern"}),
        ("Priya Kessler, who directs the Agency's Northern Lakes District, said cleanup would take six weeks.", set()),
        # a seat and a chamber's post go together; a post the sources give another is wrong; a seat is no superintendent
        ("Rep. Lena Ortez chaired the meeting.", set()),
        ("Victor Amsel, the committee's chair, opened the meeting.", {"chair"}),
        ("Lena Ortez, the committee's chair, opened the meeting.", set()),
        ("Superintendent Colin Marsh spoke.", {"Superintendent"}),
        # one body or state put for another of the same make, though the registry knows neither
        (
            "Officials from the Department of Natural Resources and the Department of Labor took samples from wells in Ohio and Indiana.",
            {"Department of Labor"},
        ),
        ("Officials from the Department of Natural Resources and the Department of Health took samples from wells in Ohio and Kentucky.", {"Kentucky"}),
        ("Officials from the Department of Natural Resources and the Department of Health took samples from wells in Ohio and Indiana.", set()),
        # a seat's ward, read from a member list and held in any form the draft gives it
        ("Council Member Felix Moreau (Ward 3) voted for the plan.", {"Ward 3"}),
        ("Felix Moreau, who represents Ward 2, voted for the plan.", set()),
        ("Ward 1's Ada Brandt voted for the plan.", set()),
        ("Ward 2's Ada Brandt voted for the plan.", {"Ward 2"}),
        # the seat as its ordinal ("the 3rd Ward"), after an appositive too
        ("Felix Moreau, a newcomer who represents the 3rd Ward, voted for the plan.", {"3rd Ward"}),
        ("Felix Moreau, a newcomer who represents the 2nd Ward, voted for the plan.", set()),
        # a signature block: a name in capitals over its title; the name without its middle initial
        ("County Treasurer Greta Solberg attested the summary.", {"County Treasurer"}),
        ("County Clerk Greta Solberg attested the summary.", set()),
        # an office whose name holds an "and"
        ("Deputy Secretary for Parks and Recreation Arturo Bell toured the site.", {"Deputy Secretary for Parks and Recreation"}),
        ("Deputy Secretary for Fish and Wildlife Arturo Bell toured the site.", set()),
    ],
)
def test_a_post_is_held_against_the_post_the_sources_give(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert _errors(cli, extracted, text) == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a share with its hedge: "less than a quarter" is not "more than a quarter"
        ("Officials said less than a quarter of the spilled solvent was recovered in the first day.", {"less than a quarter"}),
        ("Officials said more than a quarter of the spilled solvent was recovered in the first day.", set()),
        # a meeting dated only by its summary's header: the rest of the sentence is that summary's
        ("At its April 29 meeting, the board adopted Res. 26-14 to pay for private well testing along Route 9.", {"April 29"}),
        ("At its April 30 meeting, the board adopted Res. 26-14 to pay for private well testing along Route 9.", set()),
        # a short quotation with one word swapped, its article changed with it
        ('DiLeone called the spill "a mistake, not a crime."', {"a mistake"}),
        ('DiLeone called the spill "an accident, not a crime."', set()),
        # a speaker whose title holds a number ("EPA Region 5 Administrator"); a party tag with a district
        ('"The solvent plume is moving west toward the river," Brooks said.', {"west"}),
        ("Rep. Oren Falk (D-District 12) sponsored House File 88.", {"D"}),
        ("Rep. Oren Falk (R-District 12) sponsored House File 88.", set()),
        # the seat in the tag, or in an appositive with the party, is held against the sources' tag
        ("Rep. Oren Falk (R-District 14) sponsored House File 88.", {"District 14"}),
        ("Rep. Oren Falk, a District 14 Republican, sponsored House File 88.", {"District 14"}),
        ("Rep. Oren Falk, a District 12 Republican, sponsored House File 88.", set()),
        # two labelled lines' dates, each of its own label's thing: the meeting's date is not held against the workshop's
        ("The board holds a budget workshop on Thursday, May 14, and its next regular meeting on Thursday, May 21.", set()),
        # a weekday the calendar does not give the sources' date; a roll call in yeas and nays
        ("The spill was first reported on Wednesday, April 28.", {"Wednesday"}),
        ("The spill was first reported on Tuesday, April 28.", set()),
        ("The county board approved the cleanup plan 4-3.", {"4-3"}),
        ("The county board approved the cleanup plan 5-2.", set()),
        # a surname with a prefix ("DiLeone") is a speaker extraction reads
        ('"We will test every well within two miles," DiLeone said.', set()),
        ('"We will test every well within five miles," DiLeone said.', {"five"}),
        # a block quote's sentence that is a source's quotation is held against it word for word
        ("> It sinks to the bottom of the aquifer, where it can remain for decades unless it is pumped out.", {"remain"}),
        ("> It sinks to the bottom of the aquifer, where it can stay for decades unless it is pumped out.", set()),
        ("> It sinks to the bottom of the aquifer, and that is why the monitoring will go on for years.", {"aquifer"}),
        ("> Keep wells capped until the county says otherwise.", set()),  # a block quote no source has stays prose
        # a clause opened by a participle with no -ed is about the thing before it: 1987 is the station's
        ("The Ridgeview Fire Station, built in 1987, housed the command post.", set()),
        ("The Ridgeview Fire Station, built in 1997, housed the command post.", {"1997"}),
        # a clause opened by "which" is about the thing before it: the center's opening, not the station's
        ("The emergency operations center, which the county opened six years ago, took the first calls.", {"six years ago"}),
        ("The emergency operations center, which the county opened seven years ago, took the first calls.", set()),
        # a table row is one statement, though a cell's abbreviation ends a sentence in prose
        ("| Vote | Result |\n| --- | --- |\n| Cleanup plan (Lakeshore Co.) | Approved, 4-3 |", {"4-3"}),
        # a plain-text table's rows are claims of their own: a row's figure is that row's
        ("| Town | Wells tested | Unsafe |\n| --- | --- | --- |\n| Harbor City | 85 | 9 |", set()),
        ("| Town | Wells tested | Unsafe |\n| --- | --- | --- |\n| Harbor City | 85 | 14 |", {"14"}),
        # a share written as a ratio is a percentage
        ("Officials said about six in 10 of the wells tested were safe to drink.", set()),
        ("Officials said about four in 10 of the wells tested were safe to drink.", {"about four in 10"}),
        # each list item is a claim of its own: a figure is held against its own item's, not the list's first
        ("Harbor City will get $1.15 million for a new intake filter.", set()),
        ("Harbor City will get $1.51 million for a new intake filter.", {"$1.51 million"}),
        ("Eastport will get $3.4 million for groundwater monitoring.", set()),
    ],
)
def test_shares_dates_votes_and_list_items(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert _errors(cli, extracted, text) == errors


@pytest.mark.parametrize(
    ("held", "heads"),
    [
        ("senior vice president and CFO", ["Vice President", "chief financial officer"]),
        ("Trustee, Area 3", ["Trustee"]),
        # a post the sources give in words no title of ours names: nothing to read, and no crash
        ("senior at Marlow High School", []),
    ],
)
def test_the_posts_a_held_title_names(held: str, heads: list[str]) -> None:
    from factcheck.compare.post_kinds import _posts

    assert [p.head for p in _posts(held, None)] == heads
