"""A post whose office is named after its head ("Kansas Secretary of Agriculture") is the same post when a draft
writes the office first ("Agriculture Secretary") or cut short ("Ag Secretary"), and another post when the office
differs ("Commerce Secretary", "Secretary of Commerce").

An advisory of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

ADVISORY = """KANSAS DEPARTMENT OF AGRICULTURE
Drought Advisory No. 3

TOPEKA - The Kansas Department of Agriculture on Monday placed 31 counties in drought emergency status.

"The speed at which this drought has moved across south-central Kansas is unlike anything we have seen since 2012," said Ellen M. Voss, Kansas Secretary of Agriculture.

Marcus T. Delgado, Deputy Secretary of Agriculture, said crews would visit every county by August.
"""


@pytest.fixture(scope="module")
def advisory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    meta = own_corpus.meta("kda-advisory-3", "Drought Advisory No. 3", "advisory", "Kansas Department of Agriculture", "2026-07-06")
    return own_corpus.extracted(tmp_path_factory.mktemp("advisory"), "advisory", ADVISORY, meta)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ("Agriculture Secretary Ellen M. Voss said the drought is the worst since 2012.", set()),
        ("Ag Secretary Ellen Voss said the drought is the worst since 2012.", set()),
        ("Secretary of Agriculture Ellen Voss said the drought is the worst since 2012.", set()),
        ("Commerce Secretary Ellen Voss said the drought is the worst since 2012.", {"Commerce Secretary"}),
        ("Secretary of Commerce Ellen Voss said the drought is the worst since 2012.", {"Secretary of Commerce"}),
        ("Deputy Agriculture Secretary Marcus Delgado said crews would visit every county by August.", set()),
    ],
)
def test_an_office_named_after_its_head(cli, advisory: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, advisory, text, "2026-07-10") == errors


def test_the_office_after_a_post_is_no_home_town(advisory: Path) -> None:
    """ "Marcus T. Delgado, Deputy Secretary of Agriculture": Agriculture is his office, not a town he is of."""
    registry = own_corpus.proposed(advisory, "entities", "entities")
    delgado = next(e for e in registry if e["name"] == "Marcus T. Delgado")
    assert [a["value"] for a in delgado["attributes"] if a["attribute"] == "home"] == []
    assert ("role", "Deputy Secretary of Agriculture") in {(a["attribute"], a["value"]) for a in delgado["attributes"]}
