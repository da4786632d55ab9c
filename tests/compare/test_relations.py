"""The relation a sentence gives two registry people, against the one the registry records."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.compare.relations import compare
from factcheck.corpus import index as claim_index
from factcheck.corpus.index import ClaimIndex
from factcheck.corpus.load import load_corpus
from factcheck.facts import sentence_facts

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"  # the unit tests' own corpus (see its README)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return claim_index.build(load_corpus(ROOT))


@pytest.mark.parametrize(
    ("sentence", "found", "expected"),
    [
        ("Both have teamed with Cindy McCain, husband of Sen. John McCain, R-Ariz.", "husband", "wife"),
        ("They met Cindy McCain, the sister of U.S. Senator John McCain.", "sister", "wife"),
        ("They met Cindy McCain, Daughter of John McCain.", "Daughter", "Wife"),
        # the relation said with a verb
        ("Cindy McCain is the sister of Sen. John McCain (R-Ariz.).", "sister", "wife"),
        ("Cindy McCain, who is the daughter of John McCain, spoke.", "daughter", "wife"),
        ("Cindy McCain is the wife of Sen. John McCain.", None, None),
        ("Both have teamed with Cindy McCain, wife of Sen. John McCain, R-Ariz.", None, None),
        ("Cindy McCain, the wife of U.S. Senator John McCain, joined them.", None, None),
        # a relation the registry does not record between the two is unverified, not wrong
        ("Heidi Heitkamp, sister of Amy Klobuchar, spoke.", None, None),
        # no relation word between them: nothing to judge
        ("Cindy McCain and John McCain spoke.", None, None),
        # the relation word further on, of the one person named before whom the registry relates to the other
        ("Both senators have teamed with Cindy McCain, a national leader on trafficking and the sister of Sen. John McCain.", "sister", "wife"),
        ("Cindy McCain | Co-chair of the task force; sister of Sen. John McCain | Arizona", "sister", "wife"),
        ("Cindy McCain | Co-chair of the task force | Daughter of Sen. John McCain (R-Ariz.)", "Daughter", "Wife"),
        ("Cindy McCain | Co-chair of the task force; wife of Sen. John McCain | Arizona", None, None),
        # the other one's possessive names the first's relation: after a comma, "is", or a pronoun of hers and "is"
        ("Cindy McCain, John McCain's sister, co-chairs the task force.", "sister", "wife"),
        ("Cindy McCain is Sen. John McCain's daughter.", "daughter", "wife"),
        ("Cindy McCain went too, but she isn't a senator: she is John McCain's sister.", "sister", "wife"),
        ("Cindy McCain, John McCain's wife, co-chairs the task force.", None, None),
        ("Cindy McCain met John McCain's sister.", None, None),
        # the registry records what she is to him; what he is to her it does not say
        ("John McCain | U.S. Senator; husband of Cindy McCain | R-Ariz.", None, None),
    ],
)
def test_the_relation_word_is_held_against_the_registry(index: ClaimIndex, sentence: str, found: str | None, expected: str | None) -> None:
    verdicts = compare(sentence_facts(sentence, index, "2015-12-09", []), index)
    if found is None:
        assert verdicts == []
        return
    (verdict,) = verdicts
    assert (verdict.kind, verdict.contradicts, verdict.found, verdict.expected) == ("entity", True, found, expected)
    assert sentence[verdict.start : verdict.end] == found
    assert [c.id for c in verdict.claims] == ["cindy-mccain#spouse"]


@pytest.mark.parametrize(
    ("sentence", "previous", "found"),
    [
        # "Who is Cindy McCain? The sister of ...": a fragment about the one the sentence before named
        ("The sister of Sen. John McCain, and a national leader on anti-trafficking issues.", "Who is Cindy McCain?", "sister"),
        ("The wife of Sen. John McCain, and a national leader on anti-trafficking issues.", "Who is Cindy McCain?", None),
    ],
)
def test_a_relation_of_someone_named_before_it(index: ClaimIndex, sentence: str, previous: str, found: str | None) -> None:
    verdicts = compare(sentence_facts(sentence, index, "2015-12-09", [], previous=previous), index)
    assert [v.found for v in verdicts] == ([found] if found else [])
