"""A port commission's minutes (issue 11, round 23): a post of the corpus's own ("Harbormaster"), no title of the
lexicon, given to another person of the minutes is caught; a month that is also a given name ("June Solberg") is a
person, not a date's word, so her post and town stay hers; a role in lower case after a name (", the treasurer,",
"is the treasurer") is wrong where the sources give that post to another.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """PORT OF KESTREL BAY
MINUTES OF THE REGULAR MEETING
Tuesday, March 10, 2026

Commissioners present: President Alma Halloran (District 1); Vice President Tomas Reyes (District 4).
Staff present: Janelle Okoro, Port Manager; Greta Lindqvist, Finance Director; Owen Tabor, Harbormaster.

Finance Director Lindqvist presented the dredging budget of $6.15 million.

Association president Arne Solberg of Gorse Point read the fishermen's letter into the record. "Every winter we wait, we pay for it twice," said treasurer June Solberg of Tamarack, who is Arne Solberg's sister.
"""

SOURCES = [("port-minutes", MINUTES, own_corpus.meta("port-minutes", "Minutes of the Regular Meeting", "minutes", "Port of Kestrel Bay", "2026-03-11"))]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(tmp_path_factory.mktemp("harbor"), SOURCES)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the corpus's own post, the minutes give to Tabor
        ("Harbormaster Greta Lindqvist presented the dredging budget of $6.15 million.", {"Harbormaster"}),
        ("Finance Director Greta Lindqvist presented the dredging budget of $6.15 million.", set()),
        # June Solberg is her own person: Tamarack is her town, not her brother's
        ("Arne Solberg of Tamarack read the fishermen's letter into the record.", {"Tamarack"}),
        ("Arne Solberg of Gorse Point read the fishermen's letter into the record.", set()),
        # a role in lower case after the name
        ("Arne Solberg, the treasurer, read the fishermen's letter into the record.", {"treasurer"}),
        ("June Solberg, the treasurer, is Arne Solberg's sister.", set()),
    ],
)
def test_a_port_commissions_minutes(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-03-20") == errors
