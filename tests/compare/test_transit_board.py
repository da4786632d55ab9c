"""A transit authority's bus purchase as its board's minutes, its general manager's report and a riders' union letter
write it (issue 11, round 68 and the motions of rounds 66-67):
- who abstained, against the roll call that records how each trustee voted ("Cole, abstain");
- a roll call written as lists of ayes and nays, with no tally or with its tally in the paragraph after;
- a vote against "the contract" is not the amendment's unless the sentence says so; "moved the resolution" is not the
  amendment the trustee moved; "That motion came from";
- an agenda item numbered over its text with no blank line ("6. ADJOURNMENT") heads that item alone, and a heading
  run into its paragraph says what was moved ("... PAVING CONTRACT. Mr. Ross moved"); "casting the no vote";
- a lone no vote from someone every roll call records voting yes, whatever the sentence says was moved;
- a weekday against the meeting day of the minutes that state the approved figure;
- a role the lexicon does not know between a quotation and its speaker ("chief steward Ivan Pruitt told");
- "Asked by Mr. Boyd ..., he said": the one asking is not "he";
- a level is no change "from 30 days to 90 days"; "the lowest of four" counts what it leaves out;
- a post after "our" or "the" ("our deputy general manager for operations"); a town whose name opens with an
  abbreviation ("St. Cloud").

A corpus of our own run through the real `extract` and `verify`. The rows marked "guard" pass on the code before these
fixes too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """HARBOR VALLEY TRANSIT AUTHORITY
BOARD OF TRUSTEES
MINUTES OF THE REGULAR MEETING
Thursday, March 12, 2026

MEMBERS PRESENT: Rosa Ames, Chair; Paul Boyd, Vice Chair; Nina Cole; Omar Dunn; Grace Ellis; Victor Fox.
STAFF PRESENT: Ana Velez, Deputy General Manager for Capital Projects; Carl Otto, General Counsel.

1. CALL TO ORDER
Chair Ames called the meeting to order at 5:30 p.m. Lena Ruiz, president of the Harbor Valley Riders Union, told the board the union wants a longer fare-free period on the Lakeshore Line.

2. RESOLUTION 2026-07: CONTRACT FOR ELECTRIC BUSES
Staff recommended a contract with Northfield Coach Works Inc. of St. Cloud, Minnesota, for twelve electric buses at a total price of $14,400,000.
Ms. Ellis moved to adopt Resolution 2026-07. Mr. Fox seconded.

Ms. Cole moved to amend the resolution to add an option for four more buses at the same unit price. Ms. Ames seconded the amendment. The amendment carried 4-2, with Mr. Boyd and Mr. Dunn voting no.

Mr. Boyd spoke against the purchase. "We are buying buses before we have a garage," he said.

The resolution as amended was adopted on the following roll call vote:
AYES: Ames, Cole, Dunn, Ellis, Fox (5)
NAYS: Boyd (1)

3. BUS SHELTER CONTRACT
Ms. Cole stated that her brother is an estimator for Lakeside Shelter Company and that she would abstain.
Motion by Mr. Dunn, seconded by Ms. Ellis, to award the bus shelter contract to Lakeside Shelter Company in the amount of $612,000.
Roll call: Ames, yes; Boyd, yes; Cole, abstain; Dunn, yes; Ellis, yes; Fox, yes. The motion carried 5-0, with one abstention.

4. PARK-AND-RIDE LOT LEASE
Ms. Ames moved to approve a lease of the Elm Street park-and-ride lot for five years at $48,000 a year. Ms. Ellis seconded.

Mr. Boyd moved to amend the motion to shorten the lease to three years. Mr. Dunn seconded.

Roll call on the amendment: Yes: Boyd, Dunn. No: Ames, Cole, Ellis, Fox.

The amendment failed, 2-4.

Roll call on the main motion: Yes: Ames, Cole, Dunn, Ellis, Fox. No: Boyd.

The motion carried, 5-1.

General Counsel Otto said the lease had been reviewed by the state. Asked by Mr. Boyd about the five-year term, he said the lease "protects the Authority if ridership falls."

Chair Ames set the public hearing on the Lakeshore Line fares for the March 26, 2026, meeting.

5. SHELTER LIGHTING PLAN
MOTION: Mr. Fox moved to direct the general manager to prepare a shelter lighting plan for the Eastside corridor and report back to the Board by May 14, 2026. Ms. Cole seconded. The motion carried 6-0.

6. ADJOURNMENT
Mr. Dunn moved to adjourn. Mr. Boyd seconded. The motion carried 6-0, and the meeting adjourned at 7:02 p.m.
"""

REPORT = """HARBOR VALLEY TRANSIT AUTHORITY
GENERAL MANAGER'S REPORT
March 5, 2026

The Lakeshore Line will open in August 2026. Rides on the Lakeshore Line will be fare-free for its first 30 days. The standard fare will be $1.50.

The sale of the Lakeshore Line bonds is scheduled for Tuesday, April 14, 2026. Lakeside Shelter Company submitted the lowest of three bids for the bus shelters.
"""

LETTER = """HARBOR VALLEY RIDERS UNION
March 9, 2026

To the Board of Trustees:

We ask the Authority to extend the fare-free period on the Lakeshore Line from 30 days to 90 days, and to publish a night-service schedule by January 31, 2027.

As our vice president, mechanic Dale Orr, told members on March 3: "The night buses are where the riders are, and the night buses are the ones we cut first."

Ivan Pruitt, our chief steward, will speak for the union at the hearing.

Sincerely,
Lena Ruiz, President
"""

# Minutes whose every roll call names its noes, or has none: a no vote no roll call records is nobody's.
LIBRARY = """PINE FORK LIBRARY DISTRICT
BOARD OF DIRECTORS
MINUTES OF THE REGULAR MEETING
Monday, April 6, 2026

MEMBERS PRESENT: Hal Greer, President; Dora Haynes, Vice President; Ken Irwin, Treasurer; Lena Jost, Director; Mark Kemp, Director.

3. AWARD OF THE ROOF CONTRACT. Ms. Jost reported that four bids were opened on March 30, 2026, and recommended Summit Roofing of Eldon as the lowest responsible bidder.

Mr. Irwin moved to award the roof contract to Summit Roofing in the amount of $288,400. Mr. Kemp seconded.
Roll call: Greer, yes; Haynes, no; Irwin, yes; Jost, yes; Kemp, yes. Motion carried 4-1.

Ms. Haynes said she voted no because she believed the district should repair the old roof instead.

4. HOLIDAY HOURS. Ms. Haynes moved to close all branches on December 24, 2026. Mr. Greer seconded. Motion carried 5-0.
"""


# A heading run into its item's paragraph, its last word closing a sentence: "... PAVING CONTRACT. Mr. Ross moved".
AIRPORT = """LAKE COUNTY AIRPORT AUTHORITY
MINUTES OF THE REGULAR MEETING
Tuesday, October 14, 2025

MEMBERS PRESENT: Dora Quist, Chair; Eli Ross, Vice Chair; Faye Stone; Gus Tate; Hal Upton.

5. RESOLUTION 2025-17 - AWARD OF RUNWAY PAVING CONTRACT. Mr. Ross moved to award the runway paving job to Hollister Paving Inc. of Westfield in the amount of $4,862,500. Ms. Stone seconded.

AMENDMENT. Mr. Tate moved to amend the resolution to bar night work within 2,000 feet of any home. Mr. Upton seconded.

Roll call on the amendment:
Quist - No
Ross - No
Stone - Yes
Tate - Yes
Upton - Yes
The amendment carried 3-2.

Roll call on Resolution 2025-17 as amended:
Quist - Yes
Ross - Yes
Stone - Yes
Tate - No
Upton - Yes
Resolution 2025-17, as amended, was adopted 4-1.

9. ADJOURNMENT. Mr. Upton moved to adjourn; Ms. Stone seconded. The motion carried 5-0.
"""


@pytest.fixture(scope="module")
def transit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("transit"),
        [
            ("minutes", MINUTES, own_corpus.meta("minutes", "Board of Trustees minutes", "minutes", "Harbor Valley Transit Authority", "2026-03-12")),
            ("report", REPORT, own_corpus.meta("report", "General manager's report", "report", "Harbor Valley Transit Authority", "2026-03-05")),
            ("letter", LETTER, own_corpus.meta("letter", "Riders union letter", "letter", "Harbor Valley Riders Union", "2026-03-09")),
        ],
    )


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("library"),
        [("minutes", LIBRARY, own_corpus.meta("minutes", "Board of Directors minutes", "minutes", "Pine Fork Library District", "2026-04-06"))],
    )


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # who abstained, against the roll call: "Cole, abstain" and every other trustee voting yes
        ("The shelter contract passed 5-0, with Trustee Victor Fox abstaining.", {"Victor Fox"}),
        ("The shelter contract passed 5-0, with Trustee Nina Cole abstaining.", set()),  # guard
        ("Trustee Omar Dunn recused himself from the shelter contract vote.", {"Omar Dunn"}),
        # the lists of ayes and nays, with no tally written, are the resolution's roll call; the amendment's noes are not
        # the contract's
        ("Trustee Omar Dunn joined Vice Chair Paul Boyd in voting against the bus contract.", {"Omar Dunn"}),  # guard
        ("Trustee Omar Dunn joined Vice Chair Paul Boyd in voting against the amendment.", set()),  # guard
        # Cole moved the amendment, not the resolution
        ("Trustee Nina Cole moved the resolution, and Trustee Victor Fox seconded it.", {"Nina Cole"}),
        ("Trustee Grace Ellis moved the resolution, and Trustee Victor Fox seconded it.", set()),  # guard
        # the motion of the sentence before
        (
            "On March 12 the trustees voted 5-0 to award the bus shelter contract to Lakeside Shelter Company. That motion came from Trustee Paul Boyd.",
            {"Paul Boyd"},
        ),
        (
            "On March 12 the trustees voted 5-0 to award the bus shelter contract to Lakeside Shelter Company. That motion came from Trustee Omar Dunn.",
            set(),
        ),  # guard
        # "6. ADJOURNMENT" heads Dunn's motion to adjourn, not item 4's lighting plan
        ("The board voted 6-0 to have the general manager bring back a shelter lighting plan, on a motion by Trustee Omar Dunn.", {"Omar Dunn"}),
        ("The board voted 6-0 to have the general manager bring back a shelter lighting plan, on a motion by Trustee Victor Fox.", set()),  # guard
        # a role the lexicon does not know, between the quotation and its speaker's name
        ('"The night buses are where the riders are," chief steward Ivan Pruitt told the union\'s meeting.', {"Ivan Pruitt"}),
        ('"The night buses are where the riders are," vice president Dale Orr told the union\'s meeting.', set()),  # guard
        ('"The night buses are where the riders are," union President Lena Ruiz told members.', {"Lena Ruiz"}),
        ('"The night buses are where the riders are," union mechanic Dale Orr told members.', set()),  # guard
        # a level is no change "from 30 days to 90 days"; a change is
        ("There will be no fare at all for the Lakeshore Line's first 60 days.", {"60"}),
        ("The union wants the Lakeshore Line's free period extended by 60 days.", set()),  # guard
        # the lists of a roll call, then its tally in a paragraph of its own, are one vote
        ("Trustee Victor Fox moved the park-and-ride lease, and it passed 5-1 after an amendment to shorten it failed.", {"Victor Fox"}),  # guard
        ("Chair Rosa Ames moved the park-and-ride lease, and it passed 5-1 after an amendment to shorten it failed.", set()),  # guard
        # a deadline a request sets is ahead of it; a vaguer date right after a day restates it
        ("The union asked the Authority to publish a night-service schedule by Jan. 31.", set()),  # guard
        ("The Lakeshore Line bonds will be sold on April 14, next month.", set()),  # guard
        # the minutes that state the approved figure record the vote on the meeting's day, a Thursday
        ("The board on Wednesday night approved a $612,000 bus shelter contract with Lakeside Shelter Company.", {"Wednesday"}),
        ("The board on Thursday night approved a $612,000 bus shelter contract with Lakeside Shelter Company.", set()),  # guard
        # a post after "our" or "the", its office named
        ("Ana Velez, our deputy general manager for operations, spoke for the staff.", {"deputy general manager for operations"}),
        ("Ana Velez, our deputy general manager for capital projects, spoke for the staff.", set()),  # guard
        # "the lowest of four" counts the bids it leaves out, not "lowests"
        ("Lakeside Shelter Company's bid was the lowest of four the authority received.", {"four"}),
        ("Lakeside Shelter Company's bid was the lowest of three the authority received.", set()),  # guard
        # "Asked by Mr. Boyd ..., he said": the one asking is not "he"
        ('General Counsel Carl Otto said the lease "protects the Authority if ridership falls."', set()),
        ('Vice Chair Paul Boyd said the lease "protects the Authority if ridership falls."', {"Paul Boyd"}),
        # the day a letter was written, its publisher named with a writing verb, is the letter's
        ("On March 9 the Harbor Valley Riders Union wrote the board asking for a longer fare-free period.", set()),  # guard
        ("On March 12 the Harbor Valley Riders Union told the board it wants a longer fare-free period.", set()),  # guard
        # "St. Cloud" is one town
        ("The authority is buying twelve electric buses from Northfield Coach Works of St. Cloud, Minn., for $14.4 million.", set()),
    ],
)
def test_the_bus_purchase(cli, transit: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, transit, text, "2026-03-20") == errors


def test_a_trustee_recorded_voting_no(cli, transit: Path) -> None:
    found = own_corpus.findings(cli, transit, "The shelter contract passed 5-0, with Trustee Victor Fox abstaining.", "2026-03-20")
    messages = [f["message"] for f in found if f["severity"] == "error"]
    assert messages == ["the roll call records Victor Fox voting yes; Nina Cole abstained"]


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # no motion's words are the sentence's: whichever vote it was, Irwin voted no on none
        ("Treasurer Ken Irwin cast the only vote against the deal, saying the district should patch the old roof.", {"Ken Irwin"}),
        ("Vice President Dora Haynes cast the only vote against the deal, saying the district should patch the old roof.", set()),  # guard
    ],
)
def test_a_lone_no_vote(cli, library: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, library, text, "2026-04-10") == errors


@pytest.fixture(scope="module")
def airport(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("airport"),
        [("minutes", AIRPORT, own_corpus.meta("minutes", "Airport Authority minutes", "minutes", "Lake County Airport Authority", "2025-10-14"))],
    )


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the heading's "CONTRACT." says what the resolution moved; Upton voted no only on the amendment
        ("Member Hal Upton voted against the contract.", {"Hal Upton"}),
        ("Member Gus Tate voted against the contract.", set()),  # guard
        # "casting the no vote"
        ("The runway contract passed 4-1, with Vice Chair Eli Ross casting the no vote.", {"Eli Ross"}),
        ("The runway contract passed 4-1, with Member Gus Tate casting the no vote.", set()),  # guard
    ],
)
def test_the_runway_contract(cli, airport: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, airport, text, "2025-10-20") == errors
