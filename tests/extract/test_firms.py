"""Firms and their towns (issue 11, round 28): a contractor's town in a parenthesis, after "of" (a legal form between),
or between commas before the verb; a firm with no town is not recorded, and a body is no firm.

Each case is a made-up passage run through `propose`; the table says which firms the registry holds, and of where.
"""

from __future__ import annotations

import pytest

from factcheck.extract import propose
from factcheck.model import Published, Source


def _firms(text: str) -> dict[str, str]:
    source = Source(id="x", path="sources/x.txt", text=text, start=0, end=len(text), title="x", published=Published("2026-02-10", "day"))
    found = propose([source], {}, {}, set())
    return {str(e["name"]): str(a["value"]) for e in found.entities if e["type"] == "organization" for a in e.get("attributes", []) if a["attribute"] == "home"}


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        # a legal form, then "of" and the town
        ("Crews from Osterhaus Pipe & Grading, Inc., of Marquette have been on site since Monday.", {"Osterhaus Pipe & Grading": "Marquette"}),
        # the town in a parenthesis, as a list of contracts writes it
        ("- Bellweather Logistics (Cold Spring), bottled water at three sites: $312,500", {"Bellweather Logistics": "Cold Spring"}),
        # between commas, before the verb
        ("Ada Vance of Prairie Rate Advisors, Hays, presented the study.", {"Prairie Rate Advisors": "Hays"}),
        # a town, then its state
        ("The inspection was done by Halcyon Structural Associates of Wooster, Ohio, on March 16.", {"Halcyon Structural Associates": "Wooster"}),
        # a vendor's or a builder's name ends in its trade's word too (wordset firm-head)
        (
            "The board awarded the basin contract to Keystone Civil Constructors of Columbus, the lowest of five bidders.",
            {"Keystone Civil Constructors": "Columbus"},
        ),
        ("The department proposes to buy a van from Farber Specialty Vehicles of Eugene at a cost of $287,400.", {"Farber Specialty Vehicles": "Eugene"}),
        # no town: nothing recorded; a body is no firm
        ("Osterhaus Pipe & Grading finished the repair.", {}),
        ("The Finance Committee (Ashford) met on Tuesday.", {}),
    ],
)
def test_a_firm_is_of_its_town(text: str, firms: dict[str, str]) -> None:
    assert _firms(text) == firms
