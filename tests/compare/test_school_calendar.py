"""A school board's four-day week (issue 11, round 25): a motion "made by" someone else, a relation word before a given
name ("sister Mara"), a post in a table's row, a table's vote cells against the roll calls, a tally after its mover and seconder ("Abara/Quist, 6-0"), a hedged
share against a bound ("more than half" for "about 46 percent"), a duration in other units ("within three years" of
"36 months"), a post's stamp and a hashtag after a sentence.

Three documents of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

MINUTES = """MARROWBONE R-IV SCHOOL DISTRICT
BOARD OF EDUCATION REGULAR MEETING MINUTES
Thursday, March 5, 2026

1. ROLL CALL
Members present: Wendell Achebe, President (Sub-district 3, Marrowbone); Odile Quist, Vice President (Sub-district 1, Fenwick); Priya Talmadge, Treasurer (Sub-district 2, Cold Ford); Rafe Abara (Sub-district 4, Elm Ford).

2. DISCLOSURE
Mr. Talmadge stated for the record that his wife, Mara Talmadge, teaches third grade at Cold Ford Elementary.

3. ACTION ITEMS
3.1 Adoption of a four-day student calendar. Motion by Vice President Quist, second by Treasurer Talmadge, to adopt a Tuesday-through-Friday student calendar beginning with the 2026-27 school year.

Mr. Abara moved, and President Achebe seconded, a substitute motion to delay the calendar until the 2027-28 school year.

Roll call on the substitute motion: Abara, yes; Achebe, no; Quist, no; Talmadge, no. The substitute motion failed 1-3.

Roll call on the main motion: Quist, yes; Talmadge, yes; Achebe, yes; Abara, no. The motion carried 3-1.

3.2 Bus shelter repairs. Motion by Mr. Abara, second by Ms. Quist, to repair four bus shelters at a cost not to exceed $18,500. Approved 4-0.

3.3 Facility permit. The district's permit for the Linden Road annex shall expire if construction has not begun within 36 months of approval.
"""

LETTER = """Dear Marrowbone families,

The Monday program will be free for students who qualify for free or reduced-price meals, about 46 percent of our students. Noise made up 46 percent of complaints.

The remaining $1.0 million will fund the opening-day collection and technology ($600,000) and a new endowed programming fund ($400,000).

The first day of school will be Tuesday, August 18, 2026. Each school will hold its open house on Thursday, August 13, 2026.
"""

RELEASE = """MARROWBONE, Mo. - The Marrowbone Teachers Association welcomed the board's vote.

"A four-day week is a recruiting tool, and we need every one we can get," said association president Leona Vance.

Vance, 52, has taught in the district for 24 years.

The association pointed to neighboring districts that already run four-day weeks, including Elm Valley R-I, which made the switch in 2022, and Riverbend R-II, which followed in 2023.
"""

_VOTES = "| Member | Sub-district | Substitute (delay to 2027-28) | Main motion |\n|---|---|---|---|\n"

SOURCES = [
    (
        "board-minutes",
        MINUTES,
        own_corpus.meta("board-minutes", "Board of Education Regular Meeting Minutes", "minutes", "Marrowbone R-IV School District", "2026-03-06"),
    ),
    ("family-letter", LETTER, own_corpus.meta("family-letter", "Letter to Families", "letter", "Marrowbone R-IV School District", "2026-03-09")),
    (
        "mta-release",
        RELEASE,
        own_corpus.meta("mta-release", "Teachers Association Welcomes Vote", "press release", "Marrowbone Teachers Association", "2026-03-06"),
    ),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(tmp_path_factory.mktemp("school-calendar"), SOURCES)


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        # a motion named first, then who made it
        ("The motion to adopt the calendar was made by board president Wendell Achebe.", {"Wendell Achebe"}),
        ("The motion to adopt the calendar was made by Vice President Odile Quist.", set()),
        # a relation word right before a given name, the surname named before it
        ("Talmadge disclosure: sister Mara teaches third grade at Cold Ford Elementary.", {"sister"}),
        ("Talmadge disclosure: wife Mara teaches third grade at Cold Ford Elementary.", set()),
        # a post after a name in a table's row, its seat column beside it
        (
            "| Member | Sub-district | Calendar |\n|---|---|---|\n| Priya Talmadge, Vice President | 2 – Cold Ford | Yes |",
            {"Vice President"},
        ),
        ("| Member | Sub-district | Calendar |\n|---|---|---|\n| Priya Talmadge, Treasurer | 2 – Cold Ford | Yes |", set()),
        # a table's vote cells, under headings that name the motions, against their roll calls
        (_VOTES + "| Rafe Abara | 4 – Elm Ford | Yes | Yes |", {"Yes"}),
        (_VOTES + "| Rafe Abara | 4 – Elm Ford | Yes | No |", set()),
        (_VOTES + "| Odile Quist | 1 – Fenwick | Yes | Yes |", {"Yes"}),
        (_VOTES + "| Odile Quist | 1 – Fenwick | No | Yes |", set()),
        # a notebook's tally after its mover and seconder, read with that motion, not another
        ("- Bus shelters: $18,500, Abara/Quist, 6-0.", {"6-0"}),
        ("- Bus shelters: $18,500, Abara/Quist, 4-0.", set()),
        ("- Bus shelter motion Abara/Quist, 4-0.", set()),
        # "about 46 percent" is a point or two either way, not past half
        ("Kids who qualify for free meals, more than half of the district's students, will attend for free.", {"more than half"}),
        ("Kids who qualify for free meals, roughly 45 percent of the district's students, will attend for free.", set()),
        # "nearly half" is a bound below half, and 46 percent is in it
        ("Noise made up nearly half of the complaints.", set()),
        # a sum in its parenthesis is about the words before it
        ("- **$600,000** for the opening-day collection and technology", set()),
        # 36 months are three years
        ("The annex permit lapses if construction has not begun within three years.", set()),
        ("The annex permit lapses if construction has not begun within four years.", {"four"}),
        # one district's year given to the other the same sentence of the sources names
        ("Riverbend R-II followed suit in 2022, and it has been hiring our people ever since.", {"2022"}),
        ("Riverbend R-II followed suit in 2023, and it has been hiring our people ever since.", set()),
        # an age after a first name alone, of the one person named in full before it
        ("Association president Leona Vance spoke for the teachers. Leona, 54, has spent 24 years in our classrooms.", {"54"}),
        ("Association president Leona Vance spoke for the teachers. Leona, 52, has spent 24 years in our classrooms.", set()),
        # an embedded post's stamp is when it went up; its hashtags are no words of the sentence before
        ('> **Marrowbone Teachers Association** (@MTA_Teachers) · Mar 6\n> "A four-day week is a recruiting tool, and we need every one we can get."', set()),
        ("> Open house is Thursday, Aug. 13, and the first day for students is Tuesday, Aug. 19. #Bobcats", {"Aug. 19"}),
    ],
)
def test_a_school_boards_four_day_week(cli, extracted: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, extracted, text, "2026-03-10") == errors


def test_a_post_stamped_by_its_publisher_on_its_day_is_backed(cli, extracted: Path) -> None:
    """The stamp of a post whose publisher a source is, on that source's day: the post is that source."""
    post = '> **Marrowbone Teachers Association** (@MTA_Teachers) · Mar 6\n> "A four-day week is a recruiting tool."'
    findings = own_corpus.findings(cli, extracted, post, "2026-03-10")
    assert [f["severity"] for f in findings] == ["info"]
    assert "mta-release" in str(findings[0])


def test_a_hashtag_after_a_sentence_is_none_of_its_words(cli, extracted: Path) -> None:
    """ "... is Tuesday, Aug. 18. #Bobcats": the day is the first day of school's, backed, not framed by the hashtag."""
    post = "> Open house is Thursday, Aug. 13, and the first day for students is Tuesday, Aug. 18. #Bobcats"
    assert [f["severity"] for f in own_corpus.findings(cli, extracted, post, "2026-03-10")] == ["info"]
