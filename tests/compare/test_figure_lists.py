"""A list's figures, each about its own thing (issue 11, fact alignment): a figure swapped between two
places of one list is an error even though the sources state that figure, for the other place.

A corpus of our own, run through the real `extract` and `verify`: the list forms are the point.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SOURCE = """County Health Department
For immediate release: March 12, 2026

Measles outbreak grows to 27 cases

The department today confirmed 27 cases of measles. Fourteen cases have been confirmed in Yellowstone County, eight in Gallatin County and five in Cascade County.

The state has approved $38.2 million of the $62.4 million in aid the counties have requested.
"""

META = """id: dept-2026-03-12-measles
title: "Measles outbreak grows to 27 cases"
kind: press release
publisher: County Health Department
published:
  date: "2026-03-12"
  precision: day
  basis: "header"
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("lists")
    (root / "sources").mkdir()
    (root / "claims").mkdir()
    (root / "sources" / "measles.txt").write_text(SOURCE, encoding="utf-8")
    (root / "sources" / "measles.yaml").write_text(META, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("sentence", "errors"),
    [
        # the place before its figure ("Gallatin with five"), the figures swapped: both are wrong
        ("Yellowstone County has the most cases, 14, followed by Gallatin with five and Cascade with eight.", {"five", "eight"}),
        ("Yellowstone County has the most cases, 14, followed by Gallatin with eight and Cascade with five.", set()),
        # the place after its figure, as the source has it
        ("There were 14 cases in Yellowstone County, five in Gallatin County and eight in Cascade County.", {"five", "eight"}),
        ("There were 14 cases in Yellowstone County, eight in Gallatin County and five in Cascade County.", set()),
        # two figures of one clause, both the source's: the words after the second are its own
        ("The state approved $38.2 million of $62.4 million requested.", set()),
    ],
)
def test_a_figure_is_held_against_the_figure_of_its_own_place(cli, project: Path, sentence: str, errors: set[str]) -> None:
    assert cli("extract", "--root", str(project), str(project / "sources")).code == 0
    draft = project / "draft.md"
    draft.write_text(sentence + "\n", encoding="utf-8")
    run = cli("verify", "--root", str(project), str(draft), "--format", "json", "--as-of", "2026-03-20")
    found = {f["text"] for file in run.json()["files"] for f in file["findings"] if f["severity"] == "error"}
    assert found == errors
