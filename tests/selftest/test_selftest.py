"""`factcheck selftest` (issue 10): every operator changes its fact (mutations) or keeps it (restatements), never a no-op;
the runner is deterministic; the report has the factcheck-selftest/1 shape; it runs on an extract-only corpus."""

from __future__ import annotations

import random
import shutil
from functools import cache
from pathlib import Path

import pytest

from factcheck.corpus.cache import load_index
from factcheck.corpus.index import ClaimIndex
from factcheck.errors import ExitCode
from factcheck.lexicon import lexicon
from factcheck.model import Claim, Provenance, Value
from factcheck.selftest import OPERATORS, report, runner
from factcheck.selftest.cases import FAITHFUL, MUTATION_KINDS, Context, Rewrite, Seed, outside, quoted, stated_dates, stated_numbers

ROOT = Path(__file__).resolve().parents[2]


@cache
def index() -> ClaimIndex:
    return load_index(ROOT)


def ctx() -> Context:
    return Context(index(), lexicon())


PERCENT = Claim(
    "x-percent", "number", "Arrests rose 20 percent.", (Provenance("s", "Arrests rose 20 percent."),), values=(Value("number", 20, {"unit": "percent"}),)
)


def seed(claim: str | Claim, text: str, as_of: str | None = "2014-04") -> Seed:
    found = claim if isinstance(claim, Claim) else index().corpus.claims[claim]
    return Seed(found, text, as_of)


def rewrites(operator: str, s: Seed) -> list[str]:
    return [r.text for r in OPERATORS[operator][1](s, ctx())]


HENNEPIN = ("delegation-hennepin-heroin-deaths-2013", "In 2013, there were 54 deaths caused by heroin overdoses in Hennepin County.")
AYOTTE = ("ayotte-senator-republican-new-hampshire", "U.S. Senator Kelly Ayotte (R-NH)")
EMBASSY = ("embassy-press-release-date", "Press release, Apr. 15, 2014, Embassy of the United States, Mexico City")
LONG_WAY = ("fns-heitkamp-long-way-quote", "“We’ve got a long way to go compared to Minnesota,” Heitkamp said.")
SUPER_BOWL = (
    "delegation-klobuchar-mccain-super-bowl",
    "Klobuchar has also partnered with Cindy McCain to combat sex trafficking at the Super Bowl, which is in Arizona next year.",
)
WIFE = (
    "fns-cindy-mccain-national-leader",
    "Both have teamed with Cindy McCain, wife of Sen. John McCain, R-Ariz., and a national leader on anti-trafficking issues.",
)
TRIP = (
    "delegation-cindy-mccain-cochairs-task-force",
    "Klobuchar and Heitkamp will be joined on their three-day trip by Cindy McCain, who co-chairs the Arizona Governor’s Task Force on Human Trafficking.",
)
ROUTE = (
    "delegation-minnesota-heroin-route",
    "Coming from Mexico up I-35 or through Chicago, Minnesota has some of the cheapest and purest heroin in the country.",
)
URGED = (
    "delegation-klobuchar-urged-dea",
    "To help address the growing heroin epidemic that is devastating communities all across the country, Klobuchar has urged the DEA to step"
    " up its interdiction efforts at the Mexican border and work with state and local law enforcement to combat the problem.",
)
DOJ = ("heitkamp-page-hsgac-hearing-participants", "The hearing brought in witnesses from the Department of Justice.")
TRIPLED = ("delegation-heroin-er-visits-tripled", "Hospital emergency departments visits for heroin have nearly tripled from 2004 to 2011.")
ST_FRANCIS = (
    "delegation-st-francis-population",
    "In the 7,000-person community of St. Francis, three young people have died of opiate-related overdoses since May.",
)

# (operator, claim, source sentence, a rewrite it must make): the table every operator is specified by.
EXAMPLES = [
    ("date-day", *EMBASSY, "Press release, Apr. 18, 2014, Embassy of the United States, Mexico City"),
    ("date-month", *EMBASSY, "Press release, Jun. 15, 2014, Embassy of the United States, Mexico City"),
    ("date-year", *HENNEPIN, "In 2011, there were 54 deaths caused by heroin overdoses in Hennepin County."),
    ("date-relative", *SUPER_BOWL, SUPER_BOWL[1].replace("next year", "last year")),
    ("number-digits", *HENNEPIN, HENNEPIN[1].replace("54", "56")),
    ("number-transpose", *HENNEPIN, HENNEPIN[1].replace("54", "45")),
    ("number-words", *HENNEPIN, HENNEPIN[1].replace("54", "fifty-five")),
    ("number-scale", *ST_FRANCIS, ST_FRANCIS[1].replace("7,000", "7 million")),
    ("number-percent", PERCENT, "Arrests rose 20 percent.", "Arrests rose 25 percent."),
    ("number-hedge", *TRIPLED, TRIPLED[1].replace("nearly", "more than")),
    ("quote-substitute", *LONG_WAY, None),
    ("quote-drop", *LONG_WAY, "“We’ve got a long way to go to Minnesota,” Heitkamp said."),
    ("quote-ending", *LONG_WAY, None),
    ("attribution-swap", *LONG_WAY, "“We’ve got a long way to go compared to Minnesota,” Klobuchar said."),
    ("attribution-doer", *URGED, None),
    ("entity-title", *AYOTTE, "U.S. Ambassador Kelly Ayotte (R-NH)"),
    ("entity-party", *AYOTTE, "U.S. Senator Kelly Ayotte (D-NH)"),
    ("entity-state", *AYOTTE, None),
    ("entity-country", *ROUTE, None),
    ("entity-relation", *WIFE, WIFE[1].replace("wife", "sister")),
    ("entity-body", *DOJ, "The hearing brought in witnesses from the United States Department of Defense."),
    ("entity-person", *TRIP, None),
    ("verbatim", *HENNEPIN, HENNEPIN[1]),
    ("digits-words", *HENNEPIN, HENNEPIN[1].replace("54", "fifty-four")),
    ("date-form", *EMBASSY, "Press release, 4/15/2014, Embassy of the United States, Mexico City"),
    ("title-abbrev", *AYOTTE, "U.S. Sen. Kelly Ayotte (R-NH)"),
    ("party-tag", *AYOTTE, "U.S. Senator Kelly Ayotte"),
    (
        "partial-quote",
        "delegation-quote-heitkamp-grave-problem",
        "“Human trafficking – including sex and labor trafficking – is a grave problem both abroad and in our own backyard,” said Heitkamp.",
        "Heidi Heitkamp said “trafficking – including sex and labor trafficking.”",
    ),
    ("relative-year", *SUPER_BOWL, SUPER_BOWL[1].replace("next year", "in 2015")),
]


def test_every_operator_has_an_example() -> None:
    assert sorted(OPERATORS) == sorted({row[0] for row in EXAMPLES})


@pytest.mark.parametrize(("operator", "claim", "text", "expected"), EXAMPLES, ids=[row[0] for row in EXAMPLES])
def test_each_operator_makes_its_rewrite_and_never_a_no_op(operator: str, claim: str | Claim, text: str, expected: str | None) -> None:
    made = rewrites(operator, seed(claim, text))
    assert made, f"{operator} made nothing of {text!r}"
    if expected is not None:
        assert expected in made
    if operator != "verbatim":
        assert text not in made  # a rewrite that changes nothing is a bug


def test_one_who_says_or_urges_is_swapped_as_who_said_it_not_as_whom_it_is_about() -> None:
    # "Klobuchar has urged the DEA": the eval sets count the person put for her as attribution
    assert rewrites("entity-person", seed(*URGED)) == []
    assert rewrites("attribution-doer", seed(*URGED))
    # "will be joined ... by Cindy McCain": no one says anything, a person put for another is an entity
    assert rewrites("attribution-doer", seed(*TRIP)) == []
    assert rewrites("entity-person", seed(*TRIP))


def test_a_no_op_generator_is_caught() -> None:
    s = seed(*HENNEPIN)
    assert no_ops("broken", s, [Rewrite(s.text, "nothing")]) == ["broken"]
    assert no_ops("date-year", s, OPERATORS["date-year"][1](s, ctx())) == []


def no_ops(name: str, s: Seed, made: list[Rewrite]) -> list[str]:
    return [name for r in made if r.text == s.text and name != "verbatim"]


def corpus_seeds() -> list[Seed]:
    return runner.seeds(index(), None, random.Random(0))


def test_no_operator_yields_a_no_op_on_any_claim_of_the_shipped_corpus() -> None:
    bad = [(name, s.claim.id) for s in corpus_seeds() for name, (_, op) in OPERATORS.items() for hit in no_ops(name, s, op(s, ctx())) if hit]
    assert bad == []


def test_only_quote_mutations_touch_quoted_words() -> None:
    """A date, figure, name or restatement inside a quotation would be a misquote too: those stay as written."""
    touched = []
    for s in corpus_seeds():
        for name, (kind, op) in OPERATORS.items():
            if kind == "quote" or name == "partial-quote":
                continue
            touched += [(name, s.claim.id) for r in op(s, ctx()) if [s.text[a:b] for a, b in quoted(s.text)] != [r.text[a:b] for a, b in quoted(r.text)]]
    assert touched == []


def test_number_mutations_leave_the_claims_range_and_date_mutations_its_dates() -> None:
    import re

    for s in corpus_seeds():
        ranges = stated_numbers(s.claim, lexicon())
        years = {y for y, _, _ in stated_dates(s.claim)}
        for r in OPERATORS["number-digits"][1](s, ctx()) + OPERATORS["number-transpose"][1](s, ctx()):
            new = int(r.change.split(" -> ")[1].replace(",", ""))
            assert outside(new, ranges), (s.claim.id, r.change)
        for r in OPERATORS["date-year"][1](s, ctx()):
            assert int(r.change.split(" -> ")[1]) not in years
            assert re.findall(r"\d{4}", r.text) != re.findall(r"\d{4}", s.text)


def test_faithful_restatements_keep_the_values() -> None:
    s = seed(*EMBASSY)
    assert set(rewrites("date-form", s)) >= {EMBASSY[1].replace("Apr. 15, 2014", "15 April 2014"), EMBASSY[1].replace("Apr. 15, 2014", "4/15/2014")}
    assert rewrites("digits-words", seed(*TRIP)) == [TRIP[1].replace("three-day", "3-day")]
    assert rewrites("title-abbrev", seed(*WIFE)) == [WIFE[1].replace("Sen.", "Senator")]
    added = rewrites("party-tag", seed("embassy-delegation-mexico-city", "Amy Klobuchar led a delegation to Mexico City."))
    assert added == ["Amy Klobuchar (D-Minn.) led a delegation to Mexico City."]
    words = index().corpus.claims["delegation-quote-heitkamp-grave-problem"].words or ""
    for text in rewrites("partial-quote", seed("delegation-quote-heitkamp-grave-problem", "“" + words + ",” said Heitkamp.")):
        assert text.startswith("Heidi Heitkamp said “") and text[len("Heidi Heitkamp said “") : -2] in words


def test_attribution_never_credits_someone_the_sources_credit() -> None:
    # Two versions of the same quote: Heitkamp in both; the swap never gives it to her.
    s = seed(
        "embassy-heitkamp-grave-problem-quote",
        "“Human trafficking – including sex and labor trafficking – is a grave problem that our countries must work together to address,” said Senator Heitkamp.",
    )
    made = rewrites("attribution-swap", s)
    assert made and all("Heitkamp" not in text for text in made)


def test_a_name_that_ends_an_earlier_sentence_is_not_swapped() -> None:
    s = seed(
        "delegation-quote-heitkamp-trip-learn",
        "said Heitkamp. “This trip will enable us to learn about the actions Mexico is taking to stop these horrific crimes.”",
    )
    assert rewrites("attribution-swap", s) == []


def test_the_run_is_deterministic_for_a_seed_and_samples_with_it() -> None:
    first = runner.run(index(), seed=7, sample=15)
    again = runner.run(index(), seed=7, sample=15)
    other = runner.run(index(), seed=8, sample=15)
    assert [o.case for o in first[1]] == [o.case for o in again[1]]
    assert first[0] == 15
    assert {o.case.claim for o in first[1]} != {o.case.claim for o in other[1]}


def test_the_json_document_has_the_issue_s_shape(cli) -> None:
    run = cli("selftest", "--root", str(ROOT), "--format", "json", "--seed", "1", "--sample", "30")
    assert (run.code, run.err) == (ExitCode.OK, "")
    doc = run.json()
    assert list(doc) == ["schema", "seed", "claims_sampled", "mutations", "faithful", "summary"]
    assert (doc["schema"], doc["seed"], doc["claims_sampled"]) == ("factcheck-selftest/1", 1, 30)
    assert all(list(r) == ["kind", "operator", "cases", "detected", "right_kind"] for r in doc["mutations"])
    assert all(list(r) == ["operator", "cases", "false_alarms"] for r in doc["faithful"])
    assert list(doc["summary"]) == ["cases", "detection", "false_alarm_rate"]
    assert {r["operator"] for r in doc["mutations"] + doc["faithful"]} == set(OPERATORS)
    assert doc["summary"]["cases"] == sum(r["cases"] for r in doc["mutations"] + doc["faithful"])


@pytest.mark.slow
def test_the_shipped_corpus_gives_enough_cases_of_every_kind() -> None:
    claims, outcomes = runner.run(index(), seed=1)
    doc = report.document(outcomes, seed=1, claims=claims)
    per_kind = {k: sum(r["cases"] for r in doc["mutations"] if r["kind"] == k) for k in MUTATION_KINDS}
    assert sum(per_kind.values()) >= 500 and min(per_kind.values()) >= 20, per_kind
    assert sum(r["cases"] for r in doc["faithful"]) >= 200


def test_the_text_report_is_a_table_then_the_weakest_examples(cli) -> None:
    run = cli("selftest", "--root", str(ROOT), "--seed", "1", "--kind", "entity")
    assert run.code == ExitCode.OK and run.err == ""
    lines = run.out.splitlines()
    assert lines[0].split() == ["kind", "operator", "cases", "detected", "right", "kind", "false", "alarms"]
    assert all(line.split()[0] == "entity" for line in lines[2:9])
    assert "Weakest examples" in run.out


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("--min-detection", "1", "--kind", "entity"), ExitCode.FINDINGS),
        (("--min-detection", "0", "--max-false-alarms", "1", "--kind", "date"), ExitCode.OK),
        (
            (
                "--min-detection",
                "1.5",
            ),
            ExitCode.USAGE,
        ),
        (("--kind", "dates"), ExitCode.USAGE),
        (("--sample", "0"), ExitCode.USAGE),
        (("--format", "sarif"), ExitCode.USAGE),
    ],
)
def test_gates_and_bad_options_set_the_exit_code(cli, args: tuple[str, ...], code: int) -> None:
    run = cli("selftest", "--root", str(ROOT), "--seed", "1", "--sample", "40", *args)
    assert run.code == code, run.err
    if code == ExitCode.FINDINGS:
        assert run.err.startswith("factcheck: selftest: detection ")


def test_it_runs_on_a_corpus_made_by_extract_alone(cli, tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "claims").mkdir()
    shutil.copy(ROOT / "examples" / "riverton-2016-shelter.txt", tmp_path / "sources")
    assert cli("extract", "--root", str(tmp_path), str(tmp_path / "sources")).code == ExitCode.OK
    run = cli("selftest", "--root", str(tmp_path), "--format", "json", "--seed", "1")
    assert (run.code, run.err) == (ExitCode.OK, "")
    doc = run.json()
    assert doc["schema"] == "factcheck-selftest/1" and doc["claims_sampled"] > 0
    assert {r["operator"] for r in doc["mutations"] + doc["faithful"]} == set(OPERATORS)
    assert sum(r["cases"] for r in doc["mutations"]) > 0


def test_the_kinds_are_the_five_and_faithful() -> None:
    assert {kind for kind, _ in OPERATORS.values()} == {*MUTATION_KINDS, FAITHFUL}


MORE_THAN = Claim(
    "x-more-than",
    "number",
    "More than 900 firefighters are on the fire.",
    (Provenance("s", "More than 900 firefighters are on the fire."),),
    values=(Value("number", 900, {"unit": "firefighter", "hedge": "more than"}),),
)


def test_a_figure_under_a_kept_hedge_must_leave_the_claims_range() -> None:
    """'More than 898' is implied by 'more than 900': no mutation. Only the hedge can be turned round."""
    s = seed(MORE_THAN, MORE_THAN.statement)
    for operator in ("number-digits", "number-transpose", "number-words", "number-scale"):
        assert rewrites(operator, s) == [], operator
    turned = rewrites("number-hedge", s)
    assert "Fewer than 900 firefighters are on the fire." in turned
    assert not any(text.startswith(("Over ", "Upwards of ", "At least ", "Just over ")) for text in turned)


def test_a_party_noun_stays_a_noun() -> None:
    s = seed("fns-heitkamp-democrat-north-dakota", "Heitkamp, a Democrat, spoke.")
    made = rewrites("entity-party", s)
    assert made and all(", a Republican," in text or ", a Independent," in text for text in made)


def test_a_seed_restates_what_a_writer_would_state() -> None:
    """A pull quote (words set apart with no marks) is quoted, with who said it; a passage that is only a
    date (a page's header) is restated by the claim's statement. Otherwise a mutation of it is no
    sentence a writer would write, and verify rightly says nothing."""
    seeds = {s.claim.id: s for s in runner.seeds(index(), None, random.Random(0))}
    pull = seeds["fns-heitkamp-pull-quote-long-wat-to-go"]
    assert pull.text.startswith("“") and pull.text.endswith("” Heidi Heitkamp said.")
    header = seeds["embassy-page-header-repost-date"]
    assert header.text == index().cards["embassy-page-header-repost-date"].claim.statement
    ordinary = seeds["delegation-hennepin-heroin-deaths-2013"]
    assert ordinary.text == ordinary.claim.provenance[0].quote
