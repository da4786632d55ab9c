"""`factcheck selftest`: contrastive mutation testing of verify on the project's own corpus (issue 10).

    claims -> seeds (each claim's source sentence, at its source's date) -> operators -> cases -> verify -> tally

A mutation changes one fact of the claim and must be an error of its kind; a faithful restatement
keeps every fact and must get no error. Operators are listed here, alphabetically, by the kind of
fact they change ("faithful" for restatements); each is a function Seed, Context -> list[Rewrite]
(selftest/cases.py) that returns every rewrite it can make, and the runner samples from them.
"""

from __future__ import annotations

from factcheck.selftest import attribution, dates, entities, faithful, numbers, quotes
from factcheck.selftest.cases import Operator

MODULES = {
    "attribution": attribution,
    "date": dates,
    "entity": entities,
    "faithful": faithful,
    "number": numbers,
    "quote": quotes,
}

OPERATORS: dict[str, tuple[str, Operator]] = {name: (kind, op) for kind, module in MODULES.items() for name, op in sorted(module.OPERATORS.items())}
