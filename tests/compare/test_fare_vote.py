"""A transit board's route and fare votes as its minutes, a riders' union and its own report write them (issue 11,
round 35): two resolutions under their agenda headings, each carried by its own tally, a release that gives both
tallies in one sentence, a union officer "who lives in" a neighborhood and another "of" one, a vice president who
spoke of his sister by name, a part "of the system's" whole, and a roll call naming each vote. Held against them: the route's tally given to the
fares, a neighborhood that is another's, a quotation given to the sister or to a board member who did not say it, a
bound past the sources' own estimate, a petition handed over by someone else, a yes from one the roll call records voting no, another's post after a home, a vote's weekday the minutes' day is not. Not held: each tally with its own
motion, the right neighborhood, the surname alone for the brother, a bound the estimate is past.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """NORTH SHORE TRANSIT BOARD
MINUTES OF THE REGULAR MEETING
Thursday, March 12, 2026

Present: Chair Gloria Benning; Vice Chair Tomas Ruiz; Director Helen Marsh; Director Paul Okoye; Director Ann Wexler.

5. ACTION ITEM: RESOLUTION 2026-14 - FINAL ROUTE ALIGNMENT, LAKESIDE CORRIDOR

Director Okoye moved to approve Resolution 2026-14; Director Marsh seconded. The resolution carried 4-1.

6. ACTION ITEM: RESOLUTION 2026-15 - AMENDMENT TO FARE POLICY

Director Wexler moved to approve Resolution 2026-15; Vice Chair Ruiz seconded.

Roll call on Resolution 2026-15:
Aye: Wexler, Ruiz, Benning.
Nay: Marsh, Okoye.
The resolution carried, 3-2.

Director Wexler said, "Nobody here wants to raise fares, but the alternative is cutting service."

Dev Tamura, Vice President of the Lakeshore Riders Union, presented a petition bearing 1,214 signatures.
"""

RELEASE = """NORTH SHORE RIDERS UNION
FOR IMMEDIATE RELEASE
March 13, 2026

At yesterday's meeting, the board approved the Lakeside route 4-1 and then voted 3-2 to raise the base fare from
$1.75 to $2.00.

Union Vice President Dev Tamura of Northgate said his sister, Lena Tamura, a home health aide, rides the 12 bus six
days a week.

"My sister leaves her house at 5:40 every morning to make a seven o'clock shift," Tamura said.

The union's vice president, Dev Tamura, thanked Marta Cole of Eastgate, who collected them.

Union Treasurer Ruth Abbott, who lives in Millbrook, counted the signatures. The Lakeshore Riders Union speaks for
2,100 bus riders.
"""

REPORT = """NORTH SHORE TRANSIT BOARD
RIDERSHIP REPORT
February 27, 2026

The Lakeside Corridor carries about 2,680 of the system's 9,312 weekday riders.
"""


@pytest.fixture(scope="module")
def fares(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("fares"),
        [
            ("board-minutes", MINUTES, own_corpus.meta("board-minutes", "Board minutes", "minutes", "North Shore Transit Board", "2026-03-13")),
            ("union-release", RELEASE, own_corpus.meta("union-release", "Union release", "press release", "Lakeshore Riders Union", "2026-03-13")),
            ("ridership-report", REPORT, own_corpus.meta("ridership-report", "Ridership report", "report", "North Shore Transit Board", "2026-02-27")),
        ],
    )


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ("At the same meeting, the board voted 4-1 to raise fares.", {"4-1"}),
        ("At the same meeting, the board voted 3-2 to raise fares.", set()),
        ("The board approved the Lakeside route 4-1.", set()),
        ("Union Treasurer Ruth Abbott, who lives in Northgate, counted the signatures.", {"Northgate"}),
        ("Union Treasurer Ruth Abbott, who lives in Millbrook, counted the signatures.", set()),
        ('"My sister leaves her house at 5:40 every morning to make a seven o\'clock shift," Dev Tamura said.', set()),
        ('"My sister leaves her house at 5:40 every morning to make a seven o\'clock shift," Lena Tamura said.', {"Lena Tamura"}),
        ('Vice Chair Tomas Ruiz offered the defense: "Nobody here wants to raise fares, but the alternative is cutting service."', {"Tomas Ruiz"}),
        ('Director Ann Wexler offered the defense: "Nobody here wants to raise fares, but the alternative is cutting service."', set()),
        ("The Lakeside Corridor carries more than 2,700 weekday riders.", {"more than 2,700"}),
        ("The Lakeside Corridor carries more than 2,600 weekday riders.", set()),
        ("Director Helen Marsh, for her part, presented a petition bearing 1,214 signatures.", {"Helen Marsh"}),
        ("Union Vice President Dev Tamura presented a petition bearing 1,214 signatures.", set()),
        ("Marta Cole of Eastgate, the union's vice president, collected the signatures.", {"vice president"}),
        ("Marta Cole of Eastgate collected the signatures for the union's vice president, Dev Tamura.", set()),
        ("It carried 3-2, with Director Wexler and Director Helen Marsh voting yes.", {"Helen Marsh"}),
        ("It carried 3-2, with Director Wexler and Chair Gloria Benning voting yes.", set()),
        ("On Wednesday night, the board voted 3-2 to raise fares.", {"Wednesday"}),
        ("On Thursday night, the board voted 3-2 to raise fares.", set()),
        ("On Thursday, the Lakeshore Riders Union issued a statement on the fare vote.", {"Thursday"}),
        ("On Friday, the Lakeshore Riders Union issued a statement on the fare vote.", set()),
    ],
)
def test_a_fares_draft_against_the_sources(cli, fares: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, fares, text, "2026-03-17") == errors
