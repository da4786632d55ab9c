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


def test_a_timestamped_front_matter_date_gives_its_day(tmp_path):
    path = tmp_path / "post.md"
    path.write_text("---\nlayout: post\ndate: 2020-06-01 10:30:00 -0500\n---\nBody.\n", encoding="utf-8")
    (source,), _meta, _where = read_source(path, "sources/post.md")
    assert (source.published.date, source.published.precision) == ("2020-06-01", "day")


def test_documents_in_sub_folders_are_sources_with_path_ids(tmp_path):
    from factcheck.corpus.sources import load_sources

    (tmp_path / "sources" / "2020" / "june").mkdir(parents=True)
    (tmp_path / "sources" / "2020" / "june" / "park.md").write_text("---\ndate: 2020-06-01\n---\nA park opened.\n", encoding="utf-8")
    (tmp_path / "sources" / "top.txt").write_text("A top-level document.\n", encoding="utf-8")
    (tmp_path / "sources" / ".hidden").mkdir()
    (tmp_path / "sources" / ".hidden" / "skip.md").write_text("Not a source.\n", encoding="utf-8")
    found = load_sources(tmp_path)
    assert {s.id: s.path for s in found.values()} == {"2020-june-park": "sources/2020/june/park.md", "top": "sources/top.txt"}


def test_check_warns_about_front_matter_keys_it_does_not_read(cli, tmp_path):
    (tmp_path / "claims").mkdir()
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "post.md").write_text("---\ntitle: Park\ndate: 2020-06-01\ntags: [parks]\n---\nA park opened.\n", encoding="utf-8")
    run = cli("check", "--root", str(tmp_path), "--format", "json")
    findings = [f for file in run.json()["files"] for f in file["findings"]]
    assert run.code == 0
    assert [(f["severity"], f["line"]) for f in findings] == [("warning", 4)]
    assert "tags" in findings[0]["message"]
