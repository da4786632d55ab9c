"""A district's four-day school week as its superintendent's letter and the state's survey release write them (issue
11, round 40). Not held: "families split 54 percent for and 39 percent against" after a semicolon, against the
teachers' 81 percent of the clause before; "A state survey released last month" against a date of the survey's
findings, when the release came out that month; a masthead's "..., May 2025" on a draft of that month; "27 confirmed
cases, seventeen of them under 18" against the 23 cases of the Friday before; "one of two schools" against the 81
students "at Ashby Middle School". Held: a post another person of the sources holds; a breakdown's figure changed.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

LETTER = """CALDER VALLEY R-II SCHOOL DISTRICT
Letter to families, Wednesday, January 14, 2026

In December, 1,012 families answered our calendar survey. Fifty-four percent favored a four-day week, 39 percent opposed it, and 7 percent were unsure. Of the 96 teachers who answered our staff survey, 78, or 81 percent, favored a four-day week.

The county health department reported 27 confirmed cases of measles on Monday, up from 23 on Friday. Seventeen of the 27 are under 18.

As of Monday morning, 212 students had been excluded from school: 131 at Millbrook Elementary and 81 at Ashby Middle School.

Transportation Director Dale Pruitt said the district has 11 of the 19 drivers it needs. Business Manager Teresa Vollmer said the change saves $212,000.
"""

RELEASE = """MISSOURI DEPARTMENT OF ELEMENTARY AND SECONDARY EDUCATION
For release Thursday, December 4, 2025

The department's survey of bus drivers, taken October 1, 2025, found a 42 percent driver vacancy rate in Calder Valley, the highest among districts enrolling more than 1,000 students.
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("district"),
        [
            ("letter", LETTER, own_corpus.meta("letter", "Letter to families", "letter", "Calder Valley R-II School District", "2026-01-14")),
            ("release", RELEASE, own_corpus.meta("release", "Driver survey release", "press release", "Missouri DESE", "2025-12-04")),
        ],
    )


@pytest.mark.parametrize(
    ("text", "as_of", "errors"),
    [
        (
            "In December, 78 of the 96 teachers who answered the staff survey, or 81 percent, favored four days; families split 54 percent for and 39 percent against.",
            "2026-01-20",
            set(),
        ),
        ("A state survey released last month found Calder Valley's 42% driver vacancy rate was the highest in Missouri.", "2026-01-15", set()),
        ("*News and notices from the Calder Valley Teachers Association, January 2026*", "2026-01-20", set()),
        ("**From:** Dale Pruitt, Business Manager", "2026-01-20", {"Business Manager"}),
        # a part of the sentence's own figure ("seventeen of them"), and its age bound, are no count of the sources' own
        ("The county reported 27 confirmed cases on Monday, seventeen of them under 18.", "2026-01-20", set()),
        # a breakdown's figures count what its total counts ("131 at Millbrook Elementary" students), no school of a name
        ("Millbrook Elementary is one of two schools named in the order; the other is Ashby Middle School.", "2026-01-20", set()),
        ("As of Monday morning, 212 students had been excluded: 131 at Millbrook Elementary and 18 at Ashby Middle School.", "2026-01-20", {"18"}),
    ],
)
def test_school_week(cli, district: Path, text: str, as_of: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, district, text, as_of) == errors
