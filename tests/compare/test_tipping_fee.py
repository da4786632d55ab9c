"""A county's tipping fee as its commissioners' minutes write it (issue 11, round 49): a heading in capitals run into
the mover's line names what was moved, not who; a roll call standing in a paragraph of its own is the motion's it
names; an amendment's paragraph brings the motion it amends; "She moved" is the person named before; "offered a
substitute motion" moves one; "the only vote against the fee" after an amendment may be either motion.

A corpus of our own run through the real `extract` and `verify`. The rows marked "guard" pass on the code before these
fixes too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """BRECK COUNTY BOARD OF COMMISSIONERS
MINUTES OF THE REGULAR MEETING
Monday, September 15, 2025

Present: Chair Dana Whitcomb; Vice Chair Raymond Ochoa; Commissioners Linda Marsh, Gene Pruitt and Teresa Vollmer.

5. RESOLUTION 2025-41, AMENDING THE SOLID WASTE FEE SCHEDULE
Commissioner Pruitt moved to adopt Resolution 2025-41, raising the tipping fee from $38.50 to $46.75 per ton, effective January 1, 2026. Commissioner Marsh seconded.

Commissioner Vollmer moved to amend the motion to make the fee increase effective March 1, 2026. Vice Chair Ochoa seconded.

Roll call on the amendment: Ochoa, aye; Marsh, nay; Whitcomb, aye; Pruitt, nay; Vollmer, aye. The amendment carried 3-2.

Roll call on the main motion as amended: Ochoa, nay; Marsh, aye; Whitcomb, aye; Pruitt, aye; Vollmer, aye. The motion carried 4-1.

6. GROUNDWATER REVIEW
Vice Chair Ochoa asked for an independent review of the groundwater monitoring data. She seconded nothing. Commissioner Marsh said the review was overdue. She moved to obtain an independent groundwater review at a cost not to exceed $45,000. Commissioner Vollmer seconded.
Roll call: Ochoa, aye; Marsh, aye; Whitcomb, aye; Pruitt, nay; Vollmer, aye. The motion carried 4-1.

7. TRANSFER STATION HOURS
Commissioner Pruitt moved to open the transfer station on Saturdays. Commissioner Marsh seconded.
Commissioner Vollmer offered a substitute motion to open it on Sundays instead. Vice Chair Ochoa seconded.
Roll call on the substitute motion: Ochoa, aye; Marsh, nay; Whitcomb, nay; Pruitt, nay; Vollmer, aye. The substitute motion failed 2-3.
"""


@pytest.fixture(scope="module")
def fee(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("fee"),
        [("minutes", MINUTES, own_corpus.meta("minutes", "Commissioners' minutes", "minutes", "Breck County Board of Commissioners", "2025-09-22"))],
    )


def test_the_motions_read(fee: Path) -> None:
    from factcheck.compare.roll_calls import calls_of
    from factcheck.corpus.cache import load_index

    calls = calls_of(load_index(fee), "minutes")
    fee_motion = next(call for call in calls if call.mover == "gene-pruitt" and "tip" in call.what)
    # the heading's words are the motion's, not a title of its mover's; its roll call is the one "on the main motion"
    assert "fee" in fee_motion.what and fee_motion.tallied() == {4001.0}
    # "She moved" after Commissioner Marsh said: Marsh's motion, with its roll call
    assert [call.tallied() for call in calls if call.mover == "linda-marsh"] == [{4001.0}]
    # "offered a substitute motion" is a motion, and replaces another
    assert [(call.amends, call.tallied()) for call in calls if call.mover == "teresa-vollmer"] == [(True, {3002.0}), (True, {2003.0})]


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the fee's motion or its amendment, either may be "the fee": no roll call to hold Ochoa's no against
        ("Vice Chair Raymond Ochoa cast the only vote against the fee.", set()),
        # the motion as amended, its roll call in a paragraph of its own
        ("The amended resolution carried 4-1, with Vice Chair Raymond Ochoa casting the only no vote.", set()),  # guard
        ("The amended resolution carried 4-1, with Commissioner Gene Pruitt casting the only no vote.", {"Gene Pruitt"}),  # guard
        # the groundwater review, moved by "She"
        ("Commissioner Linda Marsh moved the groundwater review, which carried 4-1.", set()),
        ("Commissioner Teresa Vollmer moved the groundwater review, which carried 4-1.", {"Teresa Vollmer"}),  # guard
    ],
)
def test_the_tipping_fee(cli, fee: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, fee, text, "2025-09-19") == errors
