"""A township's minutes and a neighbors' letter, read for where people are from and who said what (issue 11):
"Name of Town" kept and compared, a quotation a colon leads into credited to whom the lead-in names, a party
tag with a district in it, a source's own date after its kind, a reference mark, a bold line over a quote, and
a memo's quotation standing alone.

Sources of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """JOINT MEETING OF THE BIRCH HOLLOW AND KESTREL TOWN BOARDS
Thursday, April 16, 2026

Rep. Dana Okonkwo reported that she introduced House File 812. "This road is the front door to Harlow," Okonkwo said. Mr. Pruitt read a statement from Sen. Walter Brandt, who carries the Senate companion: "Roads are not a partisan issue in this county, and I will work with Representative Okonkwo."

Lena Marsh of Birch Hollow Township, a sheep farmer on Quarry Road, said: "My feed truck now goes nine miles around."

Oskar Velde of Kestrel said: "Nobody here is against the bridge."

State Rep. Ana Ruiz, a Democrat who represents the 14th District, asked for a study.

Election chairman Ruth Pell, of Sharpsburg, read the results.

At a conference on Wednesday, June 24, 2026, Dale Fannin told Staff that the cooperative would fall below its minimum margin. Staff's recommended margin would keep the cooperative well clear of that minimum.

The upgrade at Slate Creek Peaking Station near Preston costs $6.1 million. The board will meet in Owingsville in August.
"""

LETTER = """Dear Board Members,

We write about the bridge closure.

Sincerely,
The Quarry Road Neighbors
"""

MEMO = """MEMORANDUM

FROM: Irene K. Castle, Fire Chief
DATE: Friday, April 10, 2026

Our station needs a second engine. Captain Ross Dunne told me the old one failed twice last winter.

"I am asking the board to see the engine not as a cost to be trimmed but as the cheapest insurance we can buy."

Respectfully submitted,

Irene K. Castle
Fire Chief
"""

SOURCES = [
    ("chief-memo", MEMO, own_corpus.meta("chief-memo", "Memo", "memo", "Kestrel Fire Department", "2026-04-10") + "author: Irene K. Castle\n"),
    ("joint-minutes", MINUTES, own_corpus.meta("joint-minutes", "Minutes", "minutes", "Birch Hollow Township", "2026-04-17")),
    ("neighbors-letter", LETTER, own_corpus.meta("neighbors-letter", "Letter", "letter", "Quarry Road Neighbors", "2026-04-20")),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(tmp_path_factory.mktemp("town"), SOURCES)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the town a person is of
        ("Sheep farmer Lena Marsh of Kestrel Township said her feed truck goes nine miles around.", {"Kestrel Township"}),
        ("Sheep farmer Lena Marsh of Birch Hollow said her feed truck goes nine miles around.", set()),
        # the quotation is the one the lead-in credits, not the speaker before it
        ('Brandt said roads "are not a partisan issue in this county."', set()),
        ('Okonkwo said roads "are not a partisan issue in this county."', {"Okonkwo"}),
        # a town after a name is no speaker
        ('Lena Marsh of Birch Hollow said, "Nobody here is against the bridge."', {"Lena Marsh"}),
        # a district in a party tag
        ("The group backs a bill from State Rep. Ana Ruiz (R-14th District).", {"R"}),
        ("The group backs a bill from State Rep. Ana Ruiz (D-14th District).", set()),
        # a source's own date after its kind
        ("*Sources: the board's minutes; the neighbors' letter of April 20.*", set()),
        # a reference's mark counts nothing
        ("Oskar Velde of Kestrel spoke at the joint meeting.[1]", set()),
        # a memo's quotation standing alone is its author's own words
        ('Chief Castle wrote: "I am asking the board to see the engine not as a cost to be cut but as the cheapest insurance we can buy."', {"cut"}),
        # a town after a comma
        ("Ruth Pell of Preston read the results.", {"Preston"}),
        ("Ruth Pell of Sharpsburg read the results.", set()),
        # the one the sources' speaker told may say the same
        ("Staff says its recommended margin would keep the cooperative well clear of that minimum.", set()),
        # a facility's longer name is no place misstated
        ("The upgrade at Slate Creek Peaking Station near Preston costs $6.1 million; the board meets in Owingsville in August.", set()),
        # a bold line's words run into no speaker's name
        ('**Mira Holt · Quarry Road**\nOskar said it best: "Nobody here is against the bridge."', set()),
    ],
)
def test_who_is_from_where_and_who_said_it(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-04-24") == errors
