"""A part of a sentence no source gives, where the claim backing the rest says something else in its place (issue 11,
contrast.py): a relative ("whose grandmother Edna" for "My mother, Edna Pike"), a date ("spent by June 30, 2027" for
"spent by June 30, 2028"), a body of one make ("the Finance Committee" for "the Harbor Committee") is an error cited to
that claim. The words around the two must agree, so a detail the claim does not give, or a date of another event of
the claim, stays a warning; but a sentence's only date needs no words alike when the claims backing the rest give
one other ("bought the pier ... in March 2024" for "On March 3, 2025, the commission purchased"). Also
(compare/turned.py): a figure no source states whose digits, turned round, give the one figure of its unit the
documents state, though the sentence's words frame it otherwise ("The price tag: $36.1 million" for "a total cost of
$31.6 million"); and (compare/dates.py) the same day of another year is ground enough to hold a claim against a
sentence that shares two words with it ("Dec. 15, 2028: all work substantially complete").

A corpus of our own run through the real `extract` and `verify`. The rows marked "guard" pass on the code before these
changes too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """PORT LORING HARBOR COMMISSION
MINUTES OF THE REGULAR MEETING
Tuesday, April 14, 2026

Present: Chair Dana Whitlock; Commissioners Abel Ferro, Rosa Lindgren and Marcus Pike.

The Harbor Committee, chaired by Commissioner Lindgren, reviewed the three dock bids on April 7.
Commissioner Ferro moved to award the dock replacement contract to Sound Marine Builders. Commissioner Pike seconded.
The motion carried, 4-0.
Commissioner Pike said: "My mother, Edna Pike, sold this shoreline to the county in 1974 so that everyone could reach the water."
"""

REPORT = """PORT LORING HARBOR
Report of the Harbormaster
Prepared by Glen Ostrowski, Harbormaster
Date: Monday, April 6, 2026

The dock replacement has a total cost of $31.6 million, including design and permits. Federal tax credit equity will cover $18.9 million of it.
The state grant contract was signed on Thursday, Jan. 22, 2026, and the grant money must be spent by June 30, 2028.
The new docks will hold 212 boat slips, up from 148 slips today.
Our deputy harbormaster, Ray Ostrowski, is Mrs. Lindgren's brother and has run the fuel dock since 2009.
On March 3, 2025, the commission purchased the old cannery pier from Bayside Holdings for $2.4 million, using proceeds of its 2024 harbor bond.
Harbor staff mailed out the results of the June 2025 dredging survey, which found the channel shallower than charted.

Schedule:
Docks open to boats: June 1, 2027
Substantial completion of all work: December 15, 2027
"""


@pytest.fixture(scope="module")
def harbor(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("contrast"),
        [
            ("minutes", MINUTES, own_corpus.meta("minutes", "Harbor Commission: minutes", "minutes", "Port Loring Harbor Commission", "2026-04-16")),
            ("report", REPORT, own_corpus.meta("report", "Harbormaster's report", "report", "Port Loring Harbor", "2026-04-06")),
        ],
    )


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a relative: the claim backing the rest names another in the same place
        ("Commissioner Pike, whose grandmother Edna sold the shoreline to the county in 1974, seconded the motion.", {"grandmother"}),
        ("Commissioner Pike, whose mother Edna sold the shoreline to the county in 1974, seconded the motion.", set()),  # guard
        # the relative of one name, by its possessive right before
        ("Deputy harbormaster Ray Ostrowski is Lindgren's husband and a retired pilot.", {"husband"}),  # guard
        ("Deputy harbormaster Ray Ostrowski is Lindgren's brother and a retired pilot.", set()),  # guard
        # one relation said the other way round: "the son of" is "my mother" told from her side
        ("Commissioner Pike, the son of Edna Pike, said she sold the shoreline to the county in 1974.", set()),  # guard
        # a date: the claim's other date is of another event, its words unlike the sentence's
        ("The grant came through the state budget, and the money must be spent by June 30, 2027.", {"June 30, 2027"}),
        ("The grant came through the state budget, and the money must be spent by June 30, 2028.", set()),  # guard
        # a body of one make
        ("The Finance Committee, chaired by Commissioner Lindgren, reviewed the three dock bids.", {"Finance Committee"}),  # guard
        ("The Harbor Committee, chaired by Commissioner Lindgren, reviewed the three dock bids.", set()),  # guard
        # a detail no claim gives, with nothing of its sort in its place: a warning, not an error
        ("The Harbor Committee, chaired by Commissioner Lindgren, reviewed the three dock bids at Pier Nine.", set()),  # guard
        # the sentence's only date, where the claim backing the rest gives one other: it dates that very event
        ("The commission bought the cannery pier from Bayside Holdings in March 2024 for $2.4 million.", {"March 2024"}),
        ("The commission bought the cannery pier from Bayside Holdings in March 2025 for $2.4 million.", set()),  # guard
        # ... not the draft's own date, nor a document's
        ("**Harbor News · Week of May 1, 2026** · The commission bought the cannery pier from Bayside Holdings.", set()),
        ("The commission bought the cannery pier from Bayside Holdings, the minutes of April 16, 2026 record.", set()),  # guard
        ("The commission bought the cannery pier from Bayside Holdings (harbormaster's report, April 6, 2026).", set()),  # guard
        # a relative year says less than the claim's month: it does not state it
        ("Boaters organised last year after harbor staff mailed out results from the June 2024 dredging survey.", {"June 2024"}),
        ("Boaters organised last year after harbor staff mailed out results from the June 2025 dredging survey.", set()),  # guard
        # a heading names a topic
        ("# Harbor News · Autumn 2026", set()),  # guard
        # digits turned round, the figure's words unlike the report's
        ("The price tag: $36.1 million, with $18.9 million of it from tax credit equity.", {"$36.1 million"}),
        ("The price tag: $31.6 million, with $18.9 million of it from tax credit equity.", set()),  # guard
    ],
)
def test_what_the_backing_claim_says_in_its_place(cli, harbor: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, harbor, text, "2026-05-01") == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ("4. Dec. 15, 2028: all work substantially complete.", {"Dec. 15, 2028"}),
        ("4. Dec. 15, 2027: all work substantially complete.", set()),  # guard
    ],
)
def test_the_same_day_of_another_year(cli, harbor: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, harbor, text, "2026-05-01") == errors
