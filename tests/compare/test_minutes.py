"""Meeting minutes and a release read as their writers mean them (issue 11): an item's heading says what
its roll call was about, a tally is held against its own motion's, a date beside the right one is read
in step, a change against a change, a weekday counted from the draft's date, a speaker's quotations
joined by an ellipsis, and the words around a name that are a date's or a companion's, not a swap.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """BIRCH HOLLOW SCHOOL DISTRICT
BOARD OF EDUCATION
MINUTES OF THE REGULAR MEETING OF MONDAY, SEPTEMBER 14, 2026

The meeting was called to order at 6:30 p.m. by President Alma Reyes in the district office board room.

1. SUPERINTENDENT'S REPORT
Superintendent Dr. Oren Pratt reported that district enrollment is 3,912 students, an increase of 57 students from 3,855 a year ago. Kindergarten enrollment is 288.

2. DOCK STREET GARAGE REPAIRS (Resolution 2026-31)
Facilities Director Lionel Watts presented the low bid of $1,240,000 from Harmon Builders. Work is scheduled to begin in May 2027 and to be completed by June 2028.
Motion by Director Keane, second by Director Osei.
Roll call vote: Ayes: Reyes, Keane, Osei, Lund, Farris. Nays: Brandt, Moss. Motion carried 5-2.

3. BUS FLEET PURCHASE (Resolution 2026-32)
Business Manager Tessa Lowry presented the purchase of six buses for $894,000.
Motion by Director Lund, second by Director Farris.
Roll call vote: Ayes: Reyes, Keane, Osei, Lund, Farris, Moss. Nays: Brandt. Motion carried 6-1.

4. PUBLIC MEETINGS
Deputy Superintendent Nadia Kovar, who co-chairs the facilities task force with Transportation Director Simon Achterberg, said the district will hold community meetings on Tuesday, September 22, and on Thursday, October 1.

"Our buses are older than some of our teachers," Lowry said. "These six will carry children for the next fifteen years."

The board toured the Dock Street garage on Aug. 3 and Aug. 17, 2026.

Parent Rita Mose presented a petition bearing 312 signatures asking the board to keep the Dock Street garage open. The Promise scholarship covers students whose family income is below $65,000. Audit help came from the U.S. Department of Health and Human Services Office of Inspector General and the Birch Hollow Police Department.

State Sen. Dana Whitlock, a Democrat from Elm Falls who is the ranking member of the Senate Education Committee, spoke during public comment. State Rep. Carl Ruiz, a Republican from Oakdale who chairs the House Education Committee, also spoke.

The rebuilt Dock Street garage will open Monday, January 4, 2027.

The next regular meeting will be held Monday, October 12, 2026.
"""

META = own_corpus.meta(
    "birch-hollow-2026-09-14-minutes", "Board of Education: minutes of September 14, 2026", "meeting minutes", "Birch Hollow School District", "2026-09-15"
)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted(tmp_path_factory.mktemp("minutes"), "minutes", MINUTES, META)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a tally is held against the roll call under the item the sentence is about, not another item's
        ("The board voted 6-1 to award the $1,240,000 Dock Street garage repair contract to Harmon Builders.", {"6-1"}),
        ("The board voted 5-2 to award the $1,240,000 Dock Street garage repair contract to Harmon Builders.", set()),
        ("The six-bus fleet purchase passed 6-1.", set()),
        # a date beside the claim's other date, read in step with it
        ("Repairs on the garage will start in May 2027 and wrap up by June 2027.", {"June 2027"}),
        ("Repairs on the garage will start in May 2027 and wrap up by June 2028.", set()),
        # an amount of change against the claim's amount of change, not its level
        ("Enrollment is up 75 students from a year ago.", {"75"}),
        ("Enrollment is up 57 students from a year ago.", set()),
        # a weekday the writer counted from the draft's date (Friday, September 18)
        ("The district will hold its first community meeting next Wednesday.", {"next Wednesday"}),
        ("The district will hold its first community meeting next Tuesday.", set()),
        ("The next regular meeting is 24 days from today, on Monday, Oct. 12.", set()),
        # a day written without its year is the sources' of that month and day, a year on if need be
        ("The rebuilt Dock Street garage will open Tuesday, Jan. 4.", {"Tuesday"}),
        ("The rebuilt Dock Street garage will open Monday, Jan. 4.", set()),
        # a weekday the draft's day does not have: the sources' day of that weekday that week, else both words
        ("The next regular meeting will be held Monday, Oct. 13, 2026.", {"Oct. 13, 2026"}),
        ("Parents are invited to a picnic on Monday, Oct. 27, 2026.", {"Monday, Oct. 27, 2026"}),
        ("Parents are invited to a picnic on Tuesday, Oct. 27, 2026.", set()),
        # read in step with the claim's other date, a day written without its year as well
        ("The district will hold community meetings on Sept. 22 and on Oct. 8.", {"Oct. 8"}),
        # a post's body with two words put for one ("transportation planning" for "facilities")
        ("Nadia Kovar, who co-chairs the transportation planning task force, spoke.", {"transportation planning"}),
        # a year written once for two days
        ("Board members toured the garage on Aug. 3 and Aug. 17, 2026.", set()),
        # a speaker's two quotations of one paragraph, joined by an ellipsis
        ('"Our buses are older than some of our teachers. ... These six will carry children for the next fifteen years," Lowry said.', set()),
        # the same digits in another order, whatever noun the draft gives them
        ("Rita Mose presented a petition signed by 321 parents asking the board to keep the garage open.", {"321"}),
        ("Rita Mose presented a petition signed by 312 parents asking the board to keep the garage open.", set()),
        # a bound the source gives neither backs nor contradicts a figure inside it; outside it, it does
        ("The Promise scholarship covers students whose family income is less than $65,000.", set()),
        ("The Promise scholarship covers students whose family income is below $80,000.", {"below $80,000"}),
        # initials of the source's name are that name; "and the" starts another body's name
        ("Audit help came from the HHS Office of Inspector General and the Birch Hollow Police Department.", set()),
        # another post of the body the sources name, read from "who is the ... of" and "who chairs" after an appositive
        ("State Sen. Dana Whitlock (D-Elm Falls), who chairs the Senate Education Committee, spoke.", {"chairs"}),
        ("State Rep. Carl Ruiz (R-Oakdale), who chairs the House Education Committee, spoke.", set()),
        ("State Rep. Carl Ruiz, who chairs the House Finance Committee, spoke.", {"Finance"}),
        # a post the co-chair clause names is the other co-chair's, not hers
        ("Transportation Director Nadia Kovar said the district will hold community meetings.", {"Transportation Director"}),
        ("Deputy Superintendent Nadia Kovar said the district will hold community meetings.", set()),
    ],
)
def test_minutes_are_read_item_by_item(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-09-18") == errors


def test_an_items_heading_is_its_claims_context_not_a_claim(extracted: Path) -> None:

    claims = own_corpus.proposed(extracted, "birch-hollow-2026-09-14-minutes", "claims")
    tallies = {c["statement"].split("Motion carried ")[-1]: c.get("context", "") for c in claims if "Motion carried" in c["statement"]}
    # the item's heading, and the paragraph's opening sentence: what the motion was on
    assert (
        tallies["5-2."]
        == "DOCK STREET GARAGE REPAIRS (Resolution 2026-31) Facilities Director Lionel Watts presented the low bid of $1,240,000 from Harmon Builders."
    )
    assert tallies["6-1."] == "BUS FLEET PURCHASE (Resolution 2026-32) Business Manager Tessa Lowry presented the purchase of six buses for $894,000."
    assert not any(c["statement"].startswith(("2.", "3.", "DOCK STREET", "BUS FLEET")) for c in claims)
    # a heading over the first prose is a banner: it heads no section
    assert not any(c.get("context", "").startswith(("BIRCH", "BOARD", "MINUTES")) for c in claims)
