"""A draft's front matter date as the draft's as-of date: YAML's own date objects, and years alone, as ISO strings."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from factcheck import front_matter


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2014, 5, 22), "2014-05-22"),  # what PyYAML's default loader makes of a date
        (dt.datetime(2014, 5, 22, 9, 30), "2014-05-22"),
        (2014, "2014"),
    ],
)
def test_yaml_date_objects_become_strings(value: object, expected: str) -> None:
    assert front_matter.as_of(value, "d.md", 2) == expected


def test_pyyaml_date_round_trip() -> None:
    value = yaml.safe_load("date: 2014-05-22")["date"]
    assert isinstance(value, dt.date)
    assert front_matter.as_of(value, "d.md", 2) == "2014-05-22"
