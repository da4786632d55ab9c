"""A senator's wildfire work as a scorecard, a quiz and a footnoted background section write it (issue 11, round 35):
table rows with a points column and a header "Today", a row's quotation beside a companion's name, an office
abbreviated in a body's name ("Gov.'s"), a numbered answer's "she" after an answer that names no one, and a page's
"accessed" date. Held against them: the state in a task force's name, a quotation given to the one a row is about
when the sources give it to the other, "he" in the same item as the wrong speaker, a footnote's date of publication.
Not held: "+15" against "the trio", "Gov.'s" for "Governor's", a companion's name as the row's speaker, "she" across
an item that names no one, a header cell's "Today", and the day a writer read a page.

A corpus of our own run through the real `extract` and `verify`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare import own_corpus

RELEASE = """OFFICE OF SENATOR RUTH CALDER
FOR IMMEDIATE RELEASE
May 2, 2014

OTTAWA - U.S. Senator Ruth Calder of Oregon led a delegation to Ottawa with U.S. Senator Mark Ibsen of Idaho. The
trio, joined by fire chief Dana Voss, met Canada's natural resources minister.

"We cannot fight this decade's fires with the last decade's budgets," said Calder.

"Wildfire knows no border, and neither should our crews," said Ibsen.

Calder co-chairs the Oregon Governor's Task Force on Wildfire. The task force's new fire station will open
September 30, 2014.
"""


@pytest.fixture(scope="module")
def wildfire(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return own_corpus.extracted_all(
        tmp_path_factory.mktemp("wildfire"),
        [("calder-release", RELEASE, own_corpus.meta("calder-release", "Wildfire", "press release", "Office of Senator Ruth Calder", "2014-05-02"))],
    )


SCORECARD = """## Sen. Mark Ibsen (R-Idaho)

| Action | Pts | Notes |
|---|---|---|
| Ottawa delegation with Sen. Calder and Dana Voss | +15 | The trio met Canada's natural resources minister |
| Ottawa delegation with Sen. Calder | +10 | Said "wildfire knows no border, and neither should our crews" |
"""

ROW_SPEAKER = """## Sen. Mark Ibsen (R-Idaho)

| Action | Pts | Notes |
|---|---|---|
| Sen. Calder, Ottawa delegation | +10 | Said "wildfire knows no border, and neither should our crews" |
"""

QUIZ = """## Answer key

1. Ibsen went to Ottawa with the delegation.
2. The task force meets monthly in Salem.
3. Crews were short of money. "We cannot fight this decade's fires with the last decade's budgets," she said.
"""

QUIZ_SAME_ITEM = """## Answer key

1. Ibsen went to Ottawa. "We cannot fight this decade's fires with the last decade's budgets," he said.
"""

HEADER = """| | Today | New fire station |
|---|---|---|
| Engines | 2 | 4 |
"""


@pytest.mark.parametrize(
    ("text", "errors"),
    [
        (SCORECARD, set()),
        (ROW_SPEAKER, {"Sen. Calder"}),
        ("Calder co-chairs the Oregon Gov.'s Task Force on Wildfire.", set()),
        ("Calder co-chairs the Idaho Governor's Task Force on Wildfire.", {"Idaho"}),
        (QUIZ, set()),
        (QUIZ_SAME_ITEM, {"he"}),
        (HEADER, set()),
        ('[^1]: Office of Sen. Ruth Calder, "Wildfire," issue page (accessed Feb. 2016).', set()),
        ('[^1]: Office of Sen. Ruth Calder, "Wildfire," press release, Feb. 2016.', {"Feb. 2016"}),
    ],
)
def test_a_scorecard_draft_against_the_sources(cli, wildfire: Path, text: str, errors: set[str]) -> None:
    assert own_corpus.errors(cli, wildfire, text, "2016-03-01") == errors
