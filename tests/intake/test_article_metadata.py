"""``factcheck article set``: metadata edited, validated, kept in the history; migration 0008
adds the columns to an existing database without losing a row."""

from __future__ import annotations

import json
import sqlite3

import pytest

TEXT = "عنوان الخبر\nقال الوزير إن النمو الاقتصادي بلغ ثلاثة في المئة هذا العام."


@pytest.fixture
def article_id(desk) -> int:
    return desk.import_text(TEXT).article_id


def test_article_set_changes_metadata_and_records_history(run, desk, article_id):
    desk.close()
    code, out, err = run(
        "article", "set", article_id, "--title", "النمو الاقتصادي", "--publisher", "الصباح",
        "--author", "سارة", "--url", "https://alsabah.example/a/1", "--published", "2024-03-14",
        "--lang", "AR", "--json",
    )
    assert code == 0, err
    shown = json.loads(out)
    assert (shown["title"], shown["publisher"], shown["author"]) == ("النمو الاقتصادي", "الصباح", "سارة")
    assert (shown["url"], shown["published"], shown["lang"]) == (
        "https://alsabah.example/a/1", "2024-03-14", "ar"
    )
    code, out, _ = run("articles", "--json")
    (listed,) = json.loads(out)
    assert listed["publisher"] == "الصباح" and listed["url"] == "https://alsabah.example/a/1"
    code, out, _ = run("history", "--json")
    entries = [e for e in json.loads(out) if e["entity"] == "article"]
    assert {e["field"]: (e["old"], e["new"]) for e in entries} == {
        "title": ("عنوان الخبر", "النمو الاقتصادي"),
        "publisher": ("", "الصباح"),
        "author": ("", "سارة"),
        "url": ("", "https://alsabah.example/a/1"),
        "published": ("", "2024-03-14"),
        "lang": ("", "ar"),
    }
    # Setting the same values again writes no history.
    before = len(entries)
    run("article", "set", article_id, "--publisher", "الصباح")
    _, out, _ = run("history", "--json")
    assert len([e for e in json.loads(out) if e["entity"] == "article"]) == before


@pytest.mark.parametrize(
    ("option", "value", "needle"),
    [
        ("--url", "javascript:alert(1)", "http or https"),
        ("--url", "https://user:pw@example.com/", "http or https"),
        ("--published", "14/03/2024", "YYYY-MM-DD"),
        ("--lang", "arabic language", "language code"),
        ("--title", "   ", "needs a title"),
    ],
)
def test_bad_metadata_is_refused_in_one_line_and_nothing_changes(run, desk, article_id, option, value, needle):
    desk.close()
    code, out, err = run("article", "set", article_id, option, value)
    assert code == 1 and needle in err and len(err.strip().splitlines()) == 1
    _, out, _ = run("articles", "--json")
    assert json.loads(out)[0]["title"] == "عنوان الخبر"


def test_article_set_of_a_missing_article_or_with_nothing_to_set(run, desk, article_id):
    desk.close()
    code, _, err = run("article", "set", 99, "--title", "x y")
    assert code == 1 and "There is no article 99." in err
    code, _, err = run("article", "set", article_id)
    assert code == 1 and "Nothing to change" in err


def test_desk_sees_its_own_edit_at_once(desk, article_id):
    desk.article(article_id)  # cached
    desk.set_article_metadata(article_id, publisher="الصباح")
    assert desk.article(article_id).publisher == "الصباح"


def test_an_edit_made_over_a_value_changed_since_is_refused(desk, article_id):
    """``expected``: the values the editor saw (the window passes them, undo included)."""
    from factcheck.model import ConflictError

    desk.set_article_metadata(article_id, publisher="الصباح")
    with pytest.raises(ConflictError, match="changed elsewhere") as info:
        desk.set_article_metadata(article_id, expected={"publisher": ""}, publisher="الرأي", title="x y")
    assert "الصباح" in str(info.value)
    stored = desk.article(article_id)
    assert (stored.publisher, stored.title) == ("الصباح", "عنوان الخبر")  # nothing of it
    entries = [e for e in desk.history() if e.entity == "article"]
    assert len(entries) == 1
    desk.set_article_metadata(article_id, expected={"publisher": "الصباح"}, publisher="الرأي")
    assert desk.article(article_id).publisher == "الرأي"


def test_migration_0008_keeps_rows_and_adds_empty_metadata(tmp_path, monkeypatch):
    from factcheck.store import Store
    from factcheck.store import engine as engine_mod

    db = tmp_path / "old.sqlite"
    with monkeypatch.context() as m:  # a database as the version before 0010 left it
        m.setattr(engine_mod, "head_revision", lambda: "0009")
        Store(db).close()
    conn = sqlite3.connect(db)
    conn.execute(
        "INSERT INTO articles (title, text, publisher, url, published, content_hash, imported_at)"
        " VALUES ('t', 'نص', 'p', 'https://x.example/', '2020-01-01', 'h', 'now')"
    )
    conn.commit()
    conn.close()
    store = Store(db)  # opening upgrades to the head
    assert store.current_revision() == engine_mod.head_revision()
    store.close()
    conn = sqlite3.connect(db)
    row = conn.execute(
        "SELECT title, publisher, url, published, author, lang, source_kind, fetched_at FROM articles"
    ).fetchall()
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert row == [("t", "p", "https://x.example/", "2020-01-01", "", "", "", "")]
    assert "article_originals" in tables


def _language_by_letters(text: str) -> str:
    """``guess_language`` written plainly, letter by letter: what it must agree with."""
    from factcheck.intake.document import LANGUAGE_SAMPLE

    sample = text[:LANGUAGE_SAMPLE]
    letters = sum(1 for ch in sample if ch.isalpha())
    if not letters:
        return ""
    if sum(1 for ch in sample if "\u0600" <= ch <= "\u06ff") >= 0.6 * letters:
        return "ar"
    if sum(1 for ch in sample if ch.isascii() and ch.isalpha()) >= 0.6 * letters:
        return "en"
    return ""


@pytest.mark.parametrize(
    "text, expected",
    [
        (TEXT, "ar"),
        ("The minister said growth reached 3.5% this year, according to Reuters.", "en"),
        ("قال Satya Nadella إن شركة Microsoft ستفتتح مكتباً جديداً في القاهرة الشهر المقبل",
         "ar"),  # Latin names in an Arabic sentence
        ("قال Satya Nadella إن Microsoft ستفتتح مكتباً في القاهرة", ""),  # half and half
        ("Satya Nadella, Microsoft, Redmond, Seattle قال", "en"),
        ("Москва заявила что ١٢٣ 456", ""),  # neither Arabic nor Latin letters
        ("1234 5678 ٣٤٥ !؟", ""),  # no letters at all
        ("ب" * 30_000 + "x" * 30_000, "ar"),  # only the opening counts
    ],
)
def test_an_imported_articles_language_follows_its_letters(text, expected):
    """An import records ``ar`` or ``en`` when the letters are mostly Arabic or Latin (the
    property panel shows it; a wrong guess is one the editor must correct by hand)."""
    from factcheck.intake.document import guess_language

    assert guess_language(text) == expected == _language_by_letters(text)


def test_the_language_guess_agrees_with_counting_letter_by_letter():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from factcheck.intake.document import guess_language

    alphabet = st.sampled_from(list("abcXYZ أبتثجحـ،؟ 123٤٥ éДж_-\n\u064b\u06f1ﻻ"))

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet, max_size=200))
    def agrees(text):
        assert guess_language(text) == _language_by_letters(text)

    agrees()
