"""A settlement's court summary and a neighbors' letter, read for who holds which post (issue 11): a role in
lower case before a name, a post after a possessive pronoun, a post alone after a name in running prose, a
signature block's lines, and a county board's chair who is a commissioner too.

Sources of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

SUMMARY = """SUMMARY OF CONSENT JUDGMENT
Ashford County Circuit Court, Case No. 26-0412-CP

The Defendant, Brightwell Home Guard, LLC, appeared through its general counsel, Marisa Oyelowo. The judgment was
signed for the Defendant by Peter Vandermolen, Chief Executive Officer, and Marisa Oyelowo, General Counsel.

Assistant Secretary Owen Castellanos, who leads the department's Division of Grain Marketing, said elevators report
receipts 40 percent below last year.

Chief Engineer Dana Whitford of the Division of Water Resources reported that 12 water systems are under conservation orders.

Commissioner Harriet Lindgren, who chairs the county board, attended the hearing.
"""

LETTER = """Dear Council Members,

Our association presented a petition with 842 signatures to the Council on March 3.

Respectfully submitted,

Beatrice Lomax, Chair
Arturo Quintana, Vice Chair
Wendell Frye, Treasurer
"""

SOURCES = [
    ("consent-summary", SUMMARY, own_corpus.meta("consent-summary", "Summary", "court summary", "Ashford County Circuit Court", "2026-03-09")),
    ("association-letter", LETTER, own_corpus.meta("association-letter", "Letter", "letter", "Elm Row Association", "2026-03-10")),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(tmp_path_factory.mktemp("warranty"), SOURCES)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a role in lower case before the name: wrong where the sources give that post to another
        ("At the hearing, association treasurer Arturo Quintana handed over the petition.", {"association treasurer"}),
        ("At the hearing, association vice chair Arturo Quintana handed over the petition.", set()),
        # ... and no more than a paraphrase where nobody holds it ("chief" is no Chief Engineer's post)
        ("State grain chief Owen Castellanos says receipts are 40 percent below last year.", set()),
        # a post after a possessive pronoun, held by another
        ("The company signed through its general counsel, Peter Vandermolen.", {"general counsel"}),
        ("The company signed through its general counsel, Marisa Oyelowo.", set()),
        # a commissioner who chairs the county board is both
        ("Commissioner Harriet Lindgren, who chairs the county board, was there.", set()),
    ],
)
def test_a_post_is_held_against_who_holds_it(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-03-20") == errors


def test_posts_after_names_and_a_signature_block_are_extracted(extracted: Path) -> None:

    entities = {e["name"]: e for e in own_corpus.proposed(extracted, "entities", "entities")}
    titles = {name: {a["value"] for a in e.get("attributes", []) if a["attribute"] in ("title", "role")} for name, e in entities.items()}
    assert "Chief Executive Officer" in titles["Peter Vandermolen"]
    assert titles["Wendell Frye"] == {"Treasurer"}
    assert "Vice Chair" in titles["Arturo Quintana"]
    assert "Counsel" not in entities  # "Marisa Oyelowo, General Counsel" names no person "Counsel"


@pytest.fixture(scope="module")
def copied(tmp_path_factory: pytest.TempPathFactory) -> Path:
    letter = "CC:\nFranklin Odum, Chair, Birch County Board of Commissioners\nNell Ames, Vice President, Birch Teachers Union\n"
    return own_corpus.extracted(tmp_path_factory.mktemp("cc"), "cc-list", letter, own_corpus.meta("cc-list", "Letter", "letter", "Birch County", "2026-03-01"))


def test_a_chair_of_a_board_of_commissioners_is_a_commissioner(cli, copied: Path) -> None:
    """The member list gives only the post ("Franklin Odum, Chair, Birch County Board of Commissioners"); the
    board's name says its members are commissioners. A vice president is no president, though."""
    root = copied
    assert own_corpus.errors(cli, root, "Commissioner Franklin Odum, who chairs our county board, was copied.", "2026-03-20") == set()
    assert own_corpus.errors(cli, root, "Union President Nell Ames was copied too.", "2026-03-20") == {"Union President"}
