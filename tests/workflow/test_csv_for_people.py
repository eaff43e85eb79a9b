"""The CSV report for people: Arabic column headers on request (the English ones stay the
default and the two rows name the same columns in the same order), the stance of each
linked appearance, and when the article was published (from its metadata)."""

from __future__ import annotations

import csv

from factcheck.export.csv_report import CSV_COLUMNS, CSV_COLUMNS_AR

ARABIC_LETTER = range(0x0600, 0x0700)


def read_rows(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def export(run, tmp_path, *extra, name="r.csv") -> list[list[str]]:
    out = tmp_path / name
    code, _, err = run("export", "csv", out, "--force", *extra)
    assert code == 0, err
    return read_rows(out)


def test_arabic_headers_name_the_english_columns_one_to_one():
    assert set(CSV_COLUMNS_AR) == set(CSV_COLUMNS)
    headers = [CSV_COLUMNS_AR[c] for c in CSV_COLUMNS]
    assert len(set(headers)) == len(headers)  # no two columns read the same
    for header in headers:
        assert any(ord(ch) in ARABIC_LETTER for ch in header), header


def test_export_csv_lang_ar_writes_arabic_headers_and_the_same_rows(
    run, tmp_path, desk_with_editors
):
    assert run("--as", "omar", "claim", "add", "1", "--sentence", "2",
               "--status", "false")[0] == 0  # fmt: skip
    english = export(run, tmp_path)
    arabic = export(run, tmp_path, "--lang", "ar", name="ar.csv")
    assert english[0] == list(CSV_COLUMNS)  # the default stays English
    assert arabic[0] == [CSV_COLUMNS_AR[c] for c in CSV_COLUMNS]
    assert arabic[0][0] == "رقم الادعاء"
    assert arabic[1:] == english[1:]


def test_stance_and_publication_date_columns(run, tmp_path, desk_with_editors):
    assert run("--as", "omar", "claim", "add", "1", "--sentence", "2")[0] == 0
    assert run("--as", "omar", "claim", "add", "2", "--sentence", "2")[0] == 0
    assert run("--as", "omar", "claim", "add", "2", "--sentence", "4")[0] == 0
    code, _, err = run("--as", "omar", "claim", "link", "2", "--to", "1",
                       "--stance", "disagree")  # fmt: skip
    assert code == 0, err
    code, _, err = run("--as", "omar", "article", "set", "2", "--published", "2024-03-05",
                       "--publisher", "صحيفة المثال", "--url", "https://news.example/2")  # fmt: skip
    assert code == 0, err
    rows = export(run, tmp_path)
    by_id = {r[0]: dict(zip(rows[0], r)) for r in rows[1:]}
    assert by_id["2"]["stance"] == "disagree"  # the linked appearance
    assert by_id["1"]["stance"] == ""  # the group's own claim: no stance toward itself
    assert by_id["3"]["stance"] == ""  # not linked
    assert by_id["2"]["published"].startswith("2024-03-05")
    assert by_id["2"]["publisher"] == "صحيفة المثال"
    assert by_id["2"]["article_url"] == "https://news.example/2"
    assert by_id["1"]["published"] == ""
