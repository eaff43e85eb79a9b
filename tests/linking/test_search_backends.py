"""Search gives the same hits on SQLite (FTS5 trigram) and PostgreSQL (pg_trgm GIN)."""

from __future__ import annotations

from dataclasses import asdict

import pytest

from factcheck.desk import Desk

EXTRA = [
    "خبر عاجل 😀 قال مسؤول في أمازون إن 50% من الموظفين_الجدد غادروا.\n",
    "Tik Tok says AMAZON did not ban the app. قال المتحدث: «لا صحة لذلك».\n",
    "ارتفع سعر الوقود 3.5 في المئة، وقال مسئول إن الزيادة مؤقتة.\n",
]
QUERIES = [
    "امازون", "أمازون", "تيك توك", '"تيك توك"', "tik", "AMAZON", "مسؤول", "مسئول", "50%",
    "الموظفين_الجدد", "_", "%", "3.5", "في", "😀", "الموظفين", "موظفيها", "لا صحة", "zzz",
]  # fmt: skip


def _fill(desk: Desk, seeds) -> None:
    desk.import_paths([seeds])
    for text in EXTRA:
        desk.import_text(text)
    claim = desk.add_claim_for_sentence(1, 3)
    desk.set_note(claim.id, "ملاحظة عن امازون وتيك توك")


@pytest.mark.postgresql_only
def test_every_query_finds_the_same_hits_on_both_backends(db_url, tmp_path, seeds_dir):
    sqlite_desk = Desk.open(tmp_path / "same.sqlite", annotator="a")
    server_desk = Desk.open(db_url, annotator="a")
    try:
        _fill(sqlite_desk, seeds_dir)
        _fill(server_desk, seeds_dir)
        found_any = 0
        for query in QUERIES:
            on_sqlite = [asdict(h) for h in sqlite_desk.search(query, limit=100)]
            on_server = [asdict(h) for h in server_desk.search(query, limit=100)]
            assert on_server == on_sqlite, query
            found_any += bool(on_sqlite)
        assert (
            found_any >= len(QUERIES) - 5
        )  # most queries find something ("zzz" nothing)
        # the fold: امازون finds أمازون on the server too
        assert {h.article_id for h in server_desk.search("امازون")} >= {1, 2}
    finally:
        sqlite_desk.close()
        server_desk.close()
