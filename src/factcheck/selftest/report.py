"""Selftest outcomes -> the factcheck-selftest/1 document (JSON) or a table for people (text).

    {"schema": "factcheck-selftest/1", "seed": S, "claims_sampled": N,
     "mutations": [{"kind", "operator", "cases", "detected", "right_kind"}],
     "faithful": [{"operator", "cases", "false_alarms"}],
     "summary": {"cases", "detection", "false_alarm_rate"}}

detection is the share of mutations that got an error; false_alarm_rate the share of faithful
restatements that got one. Every operator is listed, the ones with no case too.
"""

from __future__ import annotations

import io
from typing import Any, TextIO

from factcheck.selftest import OPERATORS
from factcheck.selftest.cases import FAITHFUL
from factcheck.selftest.runner import Outcome

SCHEMA = "factcheck-selftest/1"
EXAMPLES = 8  # the weakest examples shown under the table
PLAIN_WIDTH = 200


def document(outcomes: list[Outcome], *, seed: int, claims: int, kinds: tuple[str, ...] = ()) -> dict[str, Any]:
    mutations: list[dict[str, Any]] = []
    faithful: list[dict[str, Any]] = []
    for name, (kind, _) in OPERATORS.items():
        if kinds and kind not in kinds:
            continue
        mine = [o for o in outcomes if o.case.operator == name]
        if kind == FAITHFUL:
            faithful.append({"operator": name, "cases": len(mine), "false_alarms": sum(o.caught for o in mine)})
        else:
            mutations.append(
                {"kind": kind, "operator": name, "cases": len(mine), "detected": sum(o.caught for o in mine), "right_kind": sum(o.right_kind for o in mine)}
            )
    mutations.sort(key=lambda r: (kind_order(r["kind"]), r["operator"]))
    return {
        "schema": SCHEMA,
        "seed": seed,
        "claims_sampled": claims,
        "mutations": mutations,
        "faithful": faithful,
        "summary": summary(outcomes),
    }


def kind_order(kind: str) -> int:
    from factcheck.selftest.cases import MUTATION_KINDS

    return MUTATION_KINDS.index(kind) if kind in MUTATION_KINDS else len(MUTATION_KINDS)


def summary(outcomes: list[Outcome]) -> dict[str, Any]:
    mutated = [o for o in outcomes if o.case.kind != FAITHFUL]
    faithful = [o for o in outcomes if o.case.kind == FAITHFUL]
    return {
        "cases": len(outcomes),
        "detection": rate(sum(o.caught for o in mutated), len(mutated)),
        "false_alarm_rate": rate(sum(o.caught for o in faithful), len(faithful)),
    }


def rate(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _share(part: int, whole: int) -> str:
    return f"{part} ({100 * part / whole:.0f}%)" if whole else "-"


def weakest(outcomes: list[Outcome], count: int = EXAMPLES) -> list[Outcome]:
    """Misses and false alarms, one per operator first, from the operators that do worst."""
    bad = [o for o in outcomes if (o.case.kind == FAITHFUL) == o.caught]
    by_operator: dict[str, list[Outcome]] = {}
    for o in bad:
        by_operator.setdefault(o.case.operator, []).append(o)

    def score(name: str) -> float:
        total = sum(1 for o in outcomes if o.case.operator == name)
        return -len(by_operator[name]) / total

    chosen: list[Outcome] = []
    for name in sorted(by_operator, key=lambda n: (score(n), n)):
        chosen.append(by_operator[name][0])
    return chosen[:count]


def write_text(doc: dict[str, Any], outcomes: list[Outcome], stream: TextIO, *, color: bool) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold" if color else "")
    for column in ("kind", "operator", "cases", "detected", "right kind", "false alarms"):
        table.add_column(column, no_wrap=True, justify="left" if column in ("kind", "operator") else "right")
    for row in doc["mutations"]:
        table.add_row(row["kind"], row["operator"], str(row["cases"]), _share(row["detected"], row["cases"]), _share(row["right_kind"], row["cases"]), "")
    for row in doc["faithful"]:
        table.add_row(FAITHFUL, row["operator"], str(row["cases"]), "", "", _share(row["false_alarms"], row["cases"]))
    s = doc["summary"]
    mutated = sum(r["cases"] for r in doc["mutations"])
    right = sum(r["right_kind"] for r in doc["mutations"])
    faithful = sum(r["cases"] for r in doc["faithful"])
    lines = [
        f"{doc['claims_sampled']} claims, {s['cases']} cases (seed {doc['seed']}): "
        f"{mutated} mutations, {100 * s['detection']:.1f}% detected, {100 * right / mutated if mutated else 0:.1f}% as the right kind; "
        f"{faithful} faithful restatements, {100 * s['false_alarm_rate']:.1f}% false alarms",
    ]
    examples = weakest(outcomes)
    if examples:
        lines.append("")
        lines.append("Weakest examples (missed mutations and false alarms, the worst operators first):")
        for o in examples:
            what = f"got {', '.join(sorted(set(o.errors)))}" if o.caught else "no error"
            lines.append(f"  {o.case.operator} [{o.case.claim}] {o.case.change}; as of {o.case.as_of or '-'}: {what}")
            lines.append(f"    {' '.join(o.case.text.split())}")
    console = (
        Console(file=stream, force_terminal=True, highlight=False, emoji=False)
        if color
        else Console(file=io.StringIO(), color_system=None, force_terminal=False, width=PLAIN_WIDTH, highlight=False, emoji=False)
    )
    if color:
        console.print(table)
        stream.write("\n".join(lines) + "\n")
        return
    with console.capture() as captured:
        console.print(table)
    stream.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()) + "\n".join(lines) + "\n")
