"""A sheriff's office's annual report read for who leads which unit, who did what, and where its people came from (issue 11):
a unit put for another of one owner and head, under the same verb or another that also says "leads"; a town put in
another state; a body's first word swapped in a four-word name.

A report of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

REPORT = """BRANNOCK COUNTY SHERIFF'S OFFICE
2025 Annual Report

Sheriff Lorna Battiste presented the report to the county commission on Monday, March 2, 2026.

Major Felix Orrantia, who commands the office's Criminal Investigations Division, said detectives cleared 61 percent of burglaries.

Lieutenant Dana Whitlow, who leads our Marine Patrol Unit, said the unit logged 1,140 hours on the reservoir.

Commissioner Abel Strand, who chairs the County Commission's Public Safety Committee, asked for a mid-year update.

The Drug Interdiction Task Force, formed in 2024 with the Pell County Sheriff's Office, seized 38 kilograms of methamphetamine.

Sheriff Battiste previously served 19 years with the Dayton, Ohio, Police Department.

The staffing review was led by Lieutenant Dana Whitlow, who presented it to the commission.

At the budget hearing, Commissioner Abel Strand moved to amend the jail budget, and the amendment failed 2-3.
"""

META = own_corpus.meta("bcso-2025-annual-report", "2025 Annual Report", "report", "Brannock County Sheriff's Office", "2026-03-02")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted(tmp_path_factory.mktemp("units"), "bcso", REPORT, META)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # the unit a person leads, held against the one the report gives, its owner written or not
        ("Orrantia, who commands the office's Patrol Operations Division, spoke next.", {"Patrol Operations"}),
        ("Orrantia, who commands the office's Criminal Investigations Division, spoke next.", set()),
        ("Lt. Dana Whitlow, who heads the department's Aviation Unit, logged the hours.", {"Aviation"}),
        ("Lt. Dana Whitlow, who commands the Marine Patrol Unit, logged the hours.", set()),
        ("Strand, who chairs the commission's Budget and Finance Committee, asked for an update.", {"Budget and Finance"}),
        ("Strand, who chairs the County Commission's Public Safety Committee, asked for an update.", set()),
        # the words after a body's name are not part of it
        ("Orrantia, who commands the office's Criminal Investigations Division and briefed the press, spoke next.", set()),
        # a span of time after a post is not its body
        ("Sheriff Lorna Battiste, sheriff for 19 years, presented the report.", set()),
        # a town put in another state
        ("Battiste served 19 years with the police in Dayton, Kentucky.", {"Kentucky"}),
        ("Battiste served 19 years with the police in Dayton, Ohio.", set()),
        ("Battiste served 19 years in Dayton, In her words, it was home.", set()),
        # an act given to another person of the report: the passive's agent, an amendment's mover
        ("Major Felix Orrantia led the staffing review.", {"Felix Orrantia"}),
        ("Lt. Dana Whitlow led the staffing review.", set()),
        ("At the budget hearing, an amendment from Sheriff Lorna Battiste to cut the jail budget failed 2-3.", {"Lorna Battiste"}),
        ("At the budget hearing, an amendment from Commissioner Abel Strand to cut the jail budget failed 2-3.", set()),
        # the first word of a four-word name swapped
        ("The task force, formed with the Yates County Sheriff's Office, seized 38 kilograms.", {"Yates County Sheriff's Office"}),
        ("The task force, formed with the Pell County Sheriff's Office, seized 38 kilograms.", set()),
    ],
)
def test_units_and_towns_are_held_against_the_report(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-03-10") == errors


@pytest.mark.parametrize(
    ("source", "drafted", "agrees"),
    [
        # a hedge rounds a figure; it does not turn its digits round ("about 496" for the sources' "about 469")
        ((469.0, 0.05), (496.0, 0.05), False),
        ((469.0, 0.05), (470.0, 0.05), True),
    ],
)
def test_a_hedged_figure_with_its_digits_turned_round_is_no_rounding(source: tuple[float, float], drafted: tuple[float, float], agrees: bool) -> None:
    from factcheck.compare.agreement import agrees as agreeing
    from factcheck.model import Quantity

    def about(value: float, share: float) -> Quantity:
        return Quantity(value, value * (1 - share), value * (1 + share), "inspection", "about" if share else "", "inspections", str(value))

    assert agreeing(about(*source), about(*drafted)) is agrees
