"""The search index's sentences folded again with the wider normalisation.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26

The search fold (``factcheck.text.normalize_text``) now also folds hamza on its carriers
(ؤ ئ → ء), presentation forms that stand for several letters (ﻻ → لا, ﷲ → الله), Urdu and
Kurdish letters, the dagger alef and thousands separators. Queries are folded the new
way, so rows written with the old fold would miss them (``مسؤول`` would not find a stored
``مسئول``). Every row of ``search_index`` keeps its article, sentence number and offsets;
its ``text`` is folded again from the stored article text, and only rows whose text
changes are written. No other table changes; every row is kept.

Later changes to the fold re-index the same way, in a migration of their own.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_PAGE = 5000  # index rows in memory at once


def upgrade() -> None:
    from factcheck.text import normalize_text

    conn = op.get_bind()
    has_index = conn.execute(
        sa.text("SELECT 1 FROM sqlite_master WHERE name = 'search_index'")
        if conn.dialect.name == "sqlite"
        else sa.text("SELECT to_regclass('search_index')")
    ).scalar()
    if has_index is None:
        return
    # By rowid: a range of FTS5 rows is read directly (article_id is not indexed), and an
    # import wrote each article's rows together, so an article's text is read about once.
    page = sa.text(
        'SELECT rowid, article_id, start, "end", text FROM search_index '
        "WHERE rowid > :after ORDER BY rowid LIMIT :n"
    )
    article_text = sa.text("SELECT text FROM articles WHERE id = :a")
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    update = f"UPDATE search_index SET text = {mark} WHERE rowid = {mark}"
    after = 0
    current: tuple = (None, None)  # (article id, its text)
    while rows := conn.execute(page, {"after": after, "n": _PAGE}).all():
        changed = []
        for rowid, article_id, start, end, folded in rows:
            if current[0] != article_id:
                current = (article_id, conn.execute(article_text, {"a": article_id}).scalar())
            text = current[1]
            if not (isinstance(text, str) and isinstance(start, int) and isinstance(end, int)):
                continue  # a damaged row, or its article gone: search skips it, as before
            refolded = normalize_text(text[start:end])
            if refolded != folded:
                changed.append((refolded, rowid))
        if changed:
            conn.exec_driver_sql(update, changed)
        after = rows[-1][0]


def downgrade() -> None:
    # The previous fold's rows cannot be rebuilt from here; the wider fold only makes
    # more rows match, and the previous version reads them as they are.
    pass
