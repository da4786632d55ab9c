"""A school district's driver shortage as its board minutes and a memo write it (issue 11, round 44): routes cut as a
change "from 48 to 41" that the memo gives as a count of its own, and an amendment that failed 4-4 and a contract that
then passed 6-2 in one sentence of the draft.

A corpus of our own run through the real `extract` and `verify`. Both rows pass on the code before round 44's fixes too
(round 44's own drafts, kept in probes/, are where they were false alarms): they guard the wording, not the rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """CEDAR VALE SCHOOL DISTRICT
BOARD OF SCHOOL DIRECTORS
MINUTES OF THE REGULAR MEETING
Monday, October 6, 2025

MEMBERS PRESENT: Paula Vance, President; Omar Reyes; Gail Fischer; Dennis Hart; Wendy Lau; Victor Ames; Carla Boone; Henry Platt. ABSENT: Rita Moss.

TRANSPORTATION
Mr. Ortiz summarized his memo of Sept. 25. The district has 40 regular drivers for 48 routes.

Motion by Mr. Reyes, seconded by Mrs. Fischer, to approve a contract with Ridgeline Coach Lines Inc. of Marietta to operate five regular routes through June 5, 2026, at a cost not to exceed $390,000.

Amendment. Motion by Ms. Lau, seconded by Mr. Hart, to amend the motion to end the contract term on Jan. 30, 2026. Ms. Lau said the amendment "gives the board a way out."
Roll call on the amendment: Yes: Lau, Hart, Platt, Boone. No: Vance, Reyes, Fischer, Ames.
The amendment failed, 4-4.

Roll call on the main motion: Yes: Vance, Reyes, Fischer, Ames, Platt, Boone. No: Lau, Hart.
The motion carried, 6-2.

Motion by Mrs. Boone, seconded by Mr. Platt, to approve the route consolidation plan reducing district-operated routes from 48 to 41, effective Oct. 20, 2025.
Roll call: Yes: Vance, Reyes, Fischer, Ames, Boone. No: Lau, Hart, Platt.
The motion carried, 5-3.
"""

MEMO = """CEDAR VALE SCHOOL DISTRICT
Office of Transportation
Memo to the Board, Thursday, September 25, 2025

I recommend merging 7 routes into neighboring routes. About 900 riders would see new stop times.

"""


@pytest.fixture(scope="module")
def routes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("routes"),
        [
            ("minutes", MINUTES, own_corpus.meta("minutes", "Board minutes", "minutes", "Cedar Vale School District", "2025-10-08")),
            ("memo", MEMO, own_corpus.meta("memo", "Transportation memo", "memo", "Cedar Vale School District", "2025-09-25")),
        ],
    )


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the cut is the change from 48 to 41, as the memo's count has it
        ("Cedar Vale board hires a bus contractor, cuts 7 routes amid driver shortage", set()),
        # the amendment's 4-4 and the contract's 6-2 in one sentence: neither is held against the other's motion
        ("It failed 4-4, with Rita Moss absent, and the full contract then passed 6-2, with Wendy Lau and Dennis Hart voting no.", set()),
    ],
)
def test_the_route_cuts(cli, routes: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, routes, text, "2025-10-08") == errors
