"""A county's road salt contract as its commissioners' minutes and its engineer's memo write them (issue 11, round 48):
a firm named by its first word or with "and" for its "&" is the firm the minutes give a town, and a town named as a
state is a town when its state follows ("of Delaware, Ohio"); a memo "dated" a day its own header does not give; a date
the sentence says replaced another ("Nov. 17 instead of Nov. 3"); a month without its year is no misdated event of
decades before.

A corpus of our own run through the real `extract` and `verify`. The rows marked "guard" pass on the code before these
fixes too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """HARLAN COUNTY BOARD OF COMMISSIONERS
MINUTES OF THE REGULAR MEETING
Tuesday, October 14, 2025

5. NEW BUSINESS
A. Road Salt Supply Contract, 2025-26 Season
Engineer Dora Quist presented her memo. The county expects to spread 4,180 tons of salt this winter. "We ran short twice last year," she said.
Commissioner Avery moved to award the road salt contract to Northway Mineral & Supply Inc. of Delaware, Ohio, for $312,500, with deliveries to begin November 3, 2025; Commissioner Bell seconded.
Commissioner Corrado moved to amend the motion to begin deliveries November 17, 2025; Commissioner Bell seconded. The amendment carried 3-0.
Roll call on the motion as amended: Ayes: Avery, Bell, Corrado. Nays: none. The motion carried 3-0.

6. OLD BUSINESS
The Milford barn's roof, built in 1987, leaks over the salt pile; Engineer Quist asked for bids to replace it.
Road crews will rent spreader trucks from Kessler Trucking of Easton.
"""

MEMO = """HARLAN COUNTY ENGINEER'S OFFICE
MEMO
DATE: Thursday, October 2, 2025

The county's storage barns at Milford and Easton hold 2,600 tons of salt.
"""


@pytest.fixture(scope="module")
def salt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("salt"),
        [
            ("minutes", MINUTES, own_corpus.meta("minutes", "Commissioners' minutes", "minutes", "Harlan County Board of Commissioners", "2025-10-16")),
            ("memo", MEMO, own_corpus.meta("memo", "Road salt needs, 2025-26", "memo", "Harlan County Engineer's Office", "2025-10-02")),
        ],
    )


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the firm by its first word, or with "and" for its "&": the town the minutes give it
        ("Northway, of Columbus, won the $312,500 contract.", {"Columbus"}),
        ("Northway Mineral and Supply of Columbus won the $312,500 contract.", {"Columbus"}),
        ("Northway won the $312,500 contract.", set()),  # guard
        # a hauler's word ends a firm's name as "Construction" does (wordset firm-head)
        ("The county rents its spreader trucks from Kessler Trucking of Milford.", {"Milford"}),
        # the sentence says which day replaced which: neither is held in step with the motion's November 3
        ("Under the $312,500 contract as amended, deliveries begin Nov. 17 instead of Nov. 3.", set()),  # guard
        # a month the writer leaves the year of is recent: no misdated roof of 1987
        ("Quist asked in October for bids to replace the Milford barn's leaking roof.", set()),
        # a list of sources gives each its date after a comma: the memo's own
        ("Sources: Harlan County engineer's memo, Oct. 2; commissioners' minutes, Oct. 16.", set()),  # guard
        # the memo's own header dates it
        ("Quist laid out the county's needs in a memo dated Oct. 3.", {"Oct. 3"}),
        ("Quist laid out the county's needs in a memo dated Oct. 2.", set()),  # guard
    ],
)
def test_the_salt_contract(cli, salt: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, salt, text, "2025-10-20") == errors
