"""Search finds what editors type and paste: hamza carriers, ligatures, other keyboards,
digit groups, clitics and suffixes; hits keep exact offsets in the stored text; a database
indexed with the previous fold is re-indexed when opened."""

from __future__ import annotations

import sqlite3

import pytest

from factcheck.desk import Desk
from factcheck.store import engine as engine_mod
from factcheck.store.engine import Store


def _found(desk, query: str, article_id: int) -> list[str]:
    """The stored words each hit of ``query`` in the article covers."""
    text = desk.article(article_id).text
    return [text[h.start : h.end] for h in desk.search(query) if h.article_id == article_id]


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        ("صرح المسئول عن الملف بأن القرار نهائي.", "مسؤول"),
        ("صرح المسؤول عن الملف بأن القرار نهائي.", "مسئول"),
        ("وزير الشئون الخارجية يزور القاهرة.", "الشؤون"),
        ("قال ﺍﻟﻤﺴﺆﻭﻝ ﻻ ﺗﻌﻠﻴﻖ ﻟﺪﻳﻨﺎ.", "لا تعليق"),  # pasted from a PDF
        ("بلغت الخسائر 1,000 دولار أمس.", "1000"),
        ("بلغت الخسائر 1000 دولار أمس.", "1,000"),
        ("قال ڪاتب المقالہ إن الخبر صحيح.", "كاتب المقاله"),
    ],
)
def test_search_folds_what_editors_type(desk, stored, query):
    aid = desk.import_text("عنوان الخبر\n" + stored).article_id
    assert _found(desk, query, aid)


def test_hits_in_a_ligature_cover_the_ligature_exactly(desk):
    body = "عنوان\nﻗﺎﻝ ﺍﻟﻮﺯﻳﺮ ﻻ ﺗﻌﻠﻴﻖ ﻭﷲ ﺍﻟﻤﺴﺘﻌﺎﻥ."
    aid = desk.import_text(body).article_id
    assert _found(desk, "لا تعليق", aid) == ["ﻻ"]
    (hit,) = [h for h in desk.search("لا تعليق") if h.article_id == aid]
    text = desk.article(aid).text
    assert sorted(text[s:e] for s, e in hit.matches) == ["ﺗﻌﻠﻴﻖ", "ﻻ"]
    assert _found(desk, "الله", aid) == ["ﷲ"]


def _downgrade(db, revision: str) -> None:
    """Take ``db`` back to ``revision`` with the migrations' own downgrades."""
    from alembic import command

    store = Store(db)
    try:
        cfg = engine_mod.alembic_config()
        with store.engine.connect() as conn:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
            if conn.in_transaction():
                conn.commit()
    finally:
        store.close()


def _index_as_before(db) -> None:
    """Make ``db`` look like a database of the previous schema: its search rows hold the
    sentences as the previous fold left them (hamza carriers kept)."""
    conn = sqlite3.connect(db)
    conn.execute(
        "UPDATE search_index SET text = (SELECT substr(a.text, search_index.start + 1, "
        'search_index."end" - search_index.start) FROM articles AS a '
        "WHERE a.id = search_index.article_id)"
    )
    conn.commit()
    conn.close()


def test_opening_a_database_indexed_with_the_old_fold_reindexes_it(tmp_path, monkeypatch):
    db = tmp_path / "old.sqlite"
    desk = Desk.open(db, load_seeds=False)
    aid = desk.import_text("عنوان\nصرح المسئول عن الملف بأن القرار نهائي.").article_id
    desk.close()
    _downgrade(db, "0004")  # the schema of a database made before the new fold
    _index_as_before(db)
    assert engine_mod.head_revision() != "0004"  # an upgrade to run
    desk = Desk.open(db, load_seeds=False)
    try:
        assert [h.article_id for h in desk.search("مسؤول")] == [aid]
        # the rows are those of the same sentences, nothing added or lost
        assert [h.sentence for h in desk.search("القرار")] == [2]
    finally:
        desk.close()


# -- clitics and suffixes (light stemming), below exact matches ------------------------------

CLITIC_BODY = (
    "عنوان الخبر\n"
    "قالت شركة أمازون إن الرسالة أرسلت بالخطأ.\n"
    "ووجهت النقابة رسالة إلى الصحفيين في المدينة.\n"
    "وقال صحفي إن القرار مفاجئ.\n"
    "واحتج الصحفيون على القرار.\n"
)


@pytest.mark.parametrize("query", ["وأمازون", "بالأمازون", "للأمازون", "فبأمازون"])
def test_a_word_typed_with_its_clitics_finds_the_bare_word(desk, query):
    aid = desk.import_text(CLITIC_BODY).article_id
    assert _found(desk, query, aid) == ["أمازون"]


@pytest.mark.parametrize("query", ["صحفيون", "الصحفيين", "صحفي"])
def test_plural_and_singular_find_each_other(desk, query):
    aid = desk.import_text(CLITIC_BODY).article_id
    sentences = sorted(h.sentence for h in desk.search(query) if h.article_id == aid)
    assert sentences == [3, 4, 5]  # الصحفيين, صحفي, الصحفيون


def test_exact_matches_come_before_the_stemmed_ones(desk):
    older = desk.import_text(
        "خبر أول\nواحتج الصحفيون على قرار الإغلاق أمس.\nوقال صحفي إن الأمر خطير."
    ).article_id
    newer = desk.import_text("خبر ثان\nاجتمع الصحفيين في النقابة.\nوتحدث صحفي آخر.").article_id
    hits = [h for h in desk.search("الصحفيون") if h.article_id in (older, newer)]
    words = [desk.article(h.article_id).text[h.start : h.end] for h in hits]
    # the exact word first, though its article is older; then the other forms
    assert words[0] == "الصحفيون"
    assert sorted(words[1:]) == ["الصحفيين", "صحفي", "صحفي"]


def test_a_word_whose_letters_look_like_clitics_is_not_cut(desk):
    aid = desk.import_text("عنوان\nصدر بيان عن الوزارة.\nأعلن الكيان الجديد.").article_id
    assert _found(desk, "بيان", aid) == ["بيان"]  # ب is part of the word: no "يان"
