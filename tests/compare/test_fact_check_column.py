"""A fact-check column and a radio story on the shipped corpus (issue 11, round 23): a transcript's speaker label in a
block quote is who speaks, not words spoken; "What Heitkamp and Klobuchar said" gives the words to either; a
reference's date after its quoted title is the cited work's date, no event's; a caption in capitals names people;
"the sister of Arizona Sen. John McCain" is a relation.

The real `verify` on the shipped corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _errors(cli, tmp_path: Path, text: str) -> set[str]:
    draft = tmp_path / "column.md"
    draft.write_text(text + "\n", encoding="utf-8")
    run = cli("verify", "--root", str(ROOT), str(draft), "--format", "json", "--as-of", "2015-12-14")
    return {f["text"] for file in run.json()["files"] for f in file["findings"] if f["severity"] == "error"}


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the label names the speaker; the words after it are the quotation
        ("> **KLOBUCHAR:** Pretty soon you realized this isn't working very well.", set()),
        ("> **HEITKAMP:** Pretty soon you realized this isn't working very well.", {"HEITKAMP"}),
        # two names listed before one verb: the words may be either one's
        ("# What Heitkamp and Klobuchar said about human trafficking", set()),
        # an on-screen caption in capitals names the registry's people too
        ("**CG:** SEN. AMY KLOBUCHAR (R-MINN.) / FORMER TOP HENNEPIN CO. PROSECUTOR", {"R-MINN."}),
        ("**CG:** SEN. AMY KLOBUCHAR (D-MINN.) / FORMER TOP HENNEPIN CO. PROSECUTOR", set()),
        # a relation, with the other one's state and title before the name
        ("Cindy McCain, the sister of Arizona Sen. John McCain, co-chairs the Arizona Governor's Task Force on Human Trafficking.", {"sister"}),
        ("Cindy McCain, the wife of Arizona Sen. John McCain, co-chairs the Arizona Governor's Task Force on Human Trafficking.", set()),
        # two names before one act: the act is each one's
        ("Earlier that year, Heitkamp and McCain met with the National Football League to discuss their efforts.", {"Heitkamp"}),
        ("Earlier that year, Klobuchar and McCain met with the National Football League to discuss their efforts.", set()),
        # a reference: the quoted title, then its publisher and date
        (
            'Sources: "Klobuchar, Heitkamp Lead Bipartisan Delegation to Mexico." Office of Senator Amy Klobuchar, April 15, 2014.',
            set(),
        ),
    ],
)
def test_a_column_quoting_a_transcript(cli, tmp_path: Path, text: str, errors: set[str]) -> None:
    assert _errors(cli, tmp_path, text) == errors
