"""Where a source's publication date comes from: metadata first, then the text's own dateline."""

from __future__ import annotations

import pytest

from factcheck.corpus.sources import read_source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the project's own key, with its precision
        ("---\npublished: {date: 2014-04, precision: month, basis: header}\n---\nBody.\n", ("2014-04", "month")),
        ("---\npublished: 2015-12-09\n---\nBody.\n", ("2015-12-09", "day")),
        # the front matter convention of static-site generators
        ("---\ntitle: A release\ndate: 2017-06-14\n---\nTester introduced the bill in February.\n", ("2017-06-14", "day")),
        ("---\ndate: 2017\n---\nBody.\n", ("2017", "year")),
        # `published` wins over `date`
        ("---\ndate: 2017-06-14\npublished: 2017-06-15\n---\nBody.\n", ("2017-06-15", "day")),
        # no metadata: the dateline
        ("Murkowski Secures Funding\n\nSeptember 20, 2018\n\nJUNEAU, AK - Text.\n", ("2018-09-20", "day")),
    ],
)
def test_publication_date_and_precision(tmp_path, text, expected):
    path = tmp_path / "doc.md"
    path.write_text(text, encoding="utf-8")
    (source,), _meta, _where = read_source(path, "sources/doc.md")
    assert (source.published.date, source.published.precision) == expected


def test_no_date_anywhere_leaves_the_source_undated(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text("A statement with no date at all.\n", encoding="utf-8")
    (source,), _meta, _where = read_source(path, "sources/doc.txt")
    assert source.published is None
