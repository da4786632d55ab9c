"""A fact held against the same fact only (issue 11), where two bodies of one story vote, name each other and report
each other's figures. Corpora of our own run through the real `extract` and `verify`.

- A tally is another body's when the claim names another voter: the City Council's 6-3 is not the development
  authority board's 6-1, though "voted ... the council" is in both.
- A body's shorter name is the same body: the minutes' "Economic Development Authority" is the report's "Cedar Bend
  Economic Development Authority", no swap in a footnote that names the report.
- A figure's hedge ("Fewer than three in ten") is the number comparer's, not a quotation turned into its opposite
  because someone "said more than 612,000".
- "the first new services start next month" is the fact sheet's "Starting July 1", not the dentures' 2027 date of the
  claim about the bill's signing, which frames its date like nothing of that clause.
- "according to the state Cabinet ...": who reports a fact does not pull in every claim that names the reporter.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """CEDAR BEND CITY COUNCIL
Minutes of the regular meeting of Tuesday, March 10, 2026

Also present: Paul Desrosiers, Executive Director of the Cedar Bend Economic Development Authority.

Mr. Desrosiers summarized the Economic Development Authority's fiscal impact analysis, released on Monday, February 23, 2026, which projects 412 permanent jobs once the arena opens.

Council Member Holloway introduced Ordinance 2026-14, which authorizes the City to issue up to $148.6 million in bonds to finance the City's share of the proposed $214 million Riverside Arena on the downtown riverfront.

Finance Director Castellanos told the council that the bonds would carry a 30-year term.

Council Member Ng said he supported building an arena but not the financing plan.

Council Member Holloway moved to adopt Ordinance 2026-14 as amended. Council Member Brandt seconded the motion.

Roll call: Ayes: Holloway, Brandt, Ruiz, Okafor, Esposito, Lindqvist. Nays: Ng, Mahaffey, Pettigrew.

Ordinance 2026-14, as amended, was ADOPTED, 6-3.
"""

REPORT = """FISCAL IMPACT ANALYSIS: RIVERSIDE ARENA PROJECT
Cedar Bend Economic Development Authority
Released Monday, February 23, 2026

The Cedar Bend Economic Development Authority prepared this analysis at the request of the City Council. The Authority's seven-member board voted 6-1 on Thursday, February 19, 2026, to transmit the analysis to the council.

The City would borrow up to $148.6 million for the arena on the downtown riverfront.
"""

FACT_SHEET = """Expanded Adult Dental Benefits Under House Bill 318
Cabinet for Health and Family Services, Frankfort, April 14, 2026

House Bill 318, signed into law on March 27, adds fillings, root canal treatment and, from January 1, 2027, dentures to the adult Medicaid benefit.

Beginning Wednesday, July 1, 2026: two exams and two cleanings per year, X-rays, fillings and extractions.

"For too long, Kentucky adults on Medicaid have had to choose between living with pain and having a tooth pulled," said Angela M. Dorsey, Secretary of the Cabinet. "Starting July 1, that changes."

In 2025, 28 percent of adult Medicaid members had at least one dental visit.

She said more than 612,000 adults aged 21 to 64 are enrolled in Kentucky Medicaid.

"We are asking every adult member to book a cleaning this summer," said Dr. Renee Okafor of the Cabinet for Health and Family Services.

Members can find a participating dentist by calling the Cabinet for Health and Family Services.
"""


@pytest.fixture(scope="module")
def arena(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("arena"),
        [
            ("minutes", MINUTES, own_corpus.meta("council-minutes", "Council minutes", "minutes", "City of Cedar Bend", "2026-03-12")),
            ("report", REPORT, own_corpus.meta("eda-report", "Fiscal Impact Analysis", "report", "Cedar Bend Economic Development Authority", "2026-02-23")),
        ],
    )


@pytest.fixture(scope="module")
def dental(tmp_path_factory: pytest.TempPathFactory) -> Path:
    meta = own_corpus.meta("dental-fact-sheet", "Expanded Adult Dental Benefits", "fact sheet", "Cabinet for Health and Family Services", "2026-04-14")
    return own_corpus.extracted(tmp_path_factory.mktemp("dental"), "fact-sheet", FACT_SHEET, meta)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        ("On Tuesday night, the City Council voted 6-3 to let the city borrow up to $148.6 million for a new arena on the downtown riverfront.", set()),
        ("The authority's board voted 6-2 to send the analysis to the council.", {"6-2"}),
        ("[^2]: Cedar Bend Economic Development Authority, *Fiscal Impact Analysis: Riverside Arena Project*, released Monday, Feb. 23, 2026.", set()),
        ("Mr. Desrosiers summarized the Economic Development Authority's fiscal impact analysis, released on Monday, February 23, 2026.", set()),
    ],
)
def test_each_body_its_own_vote_and_name(cli, arena: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, arena, text, "2026-03-14") == errors


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        (
            "If you are an adult with Kentucky Medicaid, your dental benefit is about to get a lot better: House Bill 318 was signed into"
            " law on Friday, March 27, and the first new services start next month.",
            set(),
        ),
        ("House Bill 318 was signed into law on March 27, and dentures are covered starting next month.", {"next month"}),
        # "more than 612,000 adults" is said, but of enrollment: the hedge of another figure is no reversal
        ("Fewer than three in ten adult Medicaid members saw a dentist at all in 2025.", set()),
        ("Fewer than three in ten adult Medicaid members saw a dentist in 2025, according to the Cabinet for Health and Family Services.", set()),
        (
            "Fewer than two in ten adult Medicaid members saw a dentist in 2025, according to the Cabinet for Health and Family Services.",
            {"Fewer than two in ten"},
        ),
    ],
)
def test_a_fact_is_held_against_its_own_claim(cli, dental: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, dental, text, "2026-06-01") == errors
