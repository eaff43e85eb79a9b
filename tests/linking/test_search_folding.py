"""Search finds what editors type and paste: hamza carriers, ligatures, other keyboards,
digit groups, clitics and suffixes; hits keep exact offsets in the stored text; a database
indexed with the previous fold is re-indexed when opened."""

from __future__ import annotations

import sqlite3

import pytest

from factcheck.services import Desk
from factcheck.store import engine as engine_mod


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


def _index_as_before(db) -> None:
    """Make ``db`` look like a database of the previous schema: its search rows hold the
    sentences as the previous fold left them (hamza carriers kept)."""
    conn = sqlite3.connect(db)
    conn.execute(
        "UPDATE search_index SET text = (SELECT substr(a.text, search_index.start + 1, "
        'search_index."end" - search_index.start) FROM articles AS a '
        "WHERE a.id = search_index.article_id)"
    )
    conn.execute("UPDATE alembic_version SET version_num = '0004'")
    conn.commit()
    conn.close()


def test_opening_a_database_indexed_with_the_old_fold_reindexes_it(tmp_path, monkeypatch):
    db = tmp_path / "old.sqlite"
    desk = Desk.open(db, load_seeds=False)
    aid = desk.import_text("عنوان\nصرح المسئول عن الملف بأن القرار نهائي.").article_id
    desk.close()
    _index_as_before(db)
    assert engine_mod.head_revision() != "0004"  # an upgrade to run
    desk = Desk.open(db, load_seeds=False)
    try:
        assert [h.article_id for h in desk.search("مسؤول")] == [aid]
        # the rows are those of the same sentences, nothing added or lost
        assert [h.sentence for h in desk.search("القرار")] == [2]
    finally:
        desk.close()
