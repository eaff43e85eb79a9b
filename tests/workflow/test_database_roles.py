"""On PostgreSQL the roles are enforced by the server: each editor works through a login of
his own name, and once ``factcheck grants --apply`` has run, an editor's login cannot
approve a verdict or rewrite the history, even with raw SQL that bypasses factcheck; a
reviewer's login can approve. On SQLite the roles stay advisory (``grants`` is refused)."""

from __future__ import annotations

import json
import secrets

import psycopg
import pytest
import sqlalchemy as sa
from workflow_support import one_line_error, table_counts

from factcheck.cli.main import main


@pytest.fixture
def logins(db_url, pg_server):
    """Two login roles on the server (trust authentication on 127.0.0.1), named as editors
    of the desk: an editor and a reviewer. Dropped after the test."""
    suffix = secrets.token_hex(4)
    names = {"editor": f"omar_{suffix}", "reviewer": f"sara_{suffix}"}
    admin = sa.create_engine(pg_server.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for name in names.values():
            conn.exec_driver_sql(f'CREATE ROLE "{name}" LOGIN')
    yield names
    with sa.create_engine(db_url, isolation_level="AUTOCOMMIT").connect() as conn:
        for name in names.values():  # what the grants gave them in the desk's database
            conn.exec_driver_sql(f'DROP OWNED BY "{name}"')
    with admin.connect() as conn:
        for name in names.values():
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
    admin.dispose()


def login_url(db_url: str, name: str) -> str:
    return sa.make_url(db_url).set(username=name).render_as_string(hide_password=False)


def as_login(db_url: str, name: str) -> psycopg.Connection:
    url = sa.make_url(db_url)
    return psycopg.connect(host=url.host, port=url.port or 5432, user=name, dbname=url.database)


@pytest.fixture
def cli(capsys, monkeypatch):
    """The CLI in-process; who acts is the database login unless ``--as`` says otherwise."""
    monkeypatch.delenv("FACTCHECK_EDITOR", raising=False)
    monkeypatch.delenv("FACTCHECK_USER", raising=False)

    def _run(db, *args):
        code = main(["--db", str(db)] + [str(a) for a in args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return _run


@pytest.fixture
def granted(cli, db_url, logins, seeds_dir, tmp_path):
    """The sample articles; admin hala (no login), the two logins as editor and reviewer;
    the grants applied by the desk's owner; claim 1 proposed "false" by the editor, through
    his own login."""
    assert cli(db_url, "import", seeds_dir)[0] == 0
    assert cli(db_url, "editor", "add", "hala", "--role", "admin")[0] == 0
    for role, name in logins.items():
        code, out, err = cli(db_url, "--as", "hala", "editor", "add", name, "--role", role)
        assert code == 0, err
        # says what became of the login's database role (given, or left to grants --apply
        # while the server has no group roles yet: they outlive a test's database)
        assert "database role" in out or "grants --apply" in out
    code, out, err = cli(db_url, "grants", "--apply")
    assert code == 0, err
    editor_url = login_url(db_url, logins["editor"])
    code, _, err = cli(editor_url, "claim", "add", "1", "--sentence", "2", "--status", "false")
    assert code == 0, err
    return logins


@pytest.mark.postgresql_only
def test_grants_prints_the_sql_for_the_it_person(cli, db_url, logins):
    assert cli(db_url, "editor", "add", logins["reviewer"], "--role", "reviewer")[0] == 0
    code, out, err = cli(db_url, "grants")
    assert code == 0, err
    assert "CREATE ROLE factcheck_reviewer NOLOGIN" in out
    assert 'GRANT SELECT, INSERT ON "history" TO factcheck_editor;' in out
    assert f'GRANT factcheck_reviewer TO "{logins["reviewer"]}";' in out
    # printing changed nothing on the server
    with as_login(db_url, logins["reviewer"]) as conn, pytest.raises(psycopg.Error):
        conn.execute("SELECT count(*) FROM claims")


@pytest.mark.postgresql_only
def test_an_editors_login_cannot_approve_even_with_raw_sql(cli, db_url, granted, run_json_as):
    editor, reviewer = granted["editor"], granted["reviewer"]
    editor_url = login_url(db_url, editor)
    before = table_counts(db_url)
    # factcheck itself refuses...
    one_line_error(cli(editor_url, "review", "approve", "1"), "not a reviewer")
    # ... and so does the server when factcheck's check is bypassed: the editor's login
    # claiming to act as the reviewer passes factcheck's advisory check, not the database's
    one_line_error(cli(editor_url, "--as", reviewer, "review", "approve", "1"),
                   "permission denied", "only a reviewer")  # fmt: skip
    with as_login(db_url, editor) as conn:
        for who in (editor, reviewer):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(
                    "INSERT INTO history (at, who, claim_id, entity, entity_id, action, field, "
                    "old, new) VALUES ('2026-12-08T10:00:00+00:00', %s, 1, 'review', '1', "
                    "'approve', 'review', 'proposed', 'approved')",
                    (who,),
                )
            conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO editors (name, role, added_by, added_at) "
                         "VALUES ('x', 'admin', '', '')")  # fmt: skip
        conn.rollback()
    assert table_counts(db_url) == before
    assert run_json_as(db_url, "claims")[0]["review"] == "proposed"


@pytest.mark.postgresql_only
def test_no_login_of_the_desk_can_delete_or_change_the_history(cli, db_url, granted):
    # an editor's login deletes a claim (unmarking it): the deletion is in the history
    code, _, err = cli(login_url(db_url, granted["editor"]), "claim", "delete", "1")
    assert code == 0, err
    before = table_counts(db_url)
    for name in granted.values():
        with as_login(db_url, name) as conn:
            assert conn.execute("SELECT count(*) FROM history").fetchone()[0] > 0  # may read
            for statement in ("DELETE FROM history", "UPDATE history SET who = 'x'",
                              "TRUNCATE history"):  # fmt: skip
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(statement)
                conn.rollback()
    assert table_counts(db_url) == before


@pytest.mark.postgresql_only
def test_a_reviewers_login_approves_in_its_own_name_only(cli, db_url, granted, run_json_as):
    reviewer_url = login_url(db_url, granted["reviewer"])
    # not in another editor's name (an admin without a login here)
    one_line_error(cli(reviewer_url, "--as", "hala", "review", "approve", "1"), "own name")
    code, _, err = cli(reviewer_url, "review", "approve", "1")
    assert code == 0, err
    claim = run_json_as(db_url, "claims")[0]
    assert (claim["review"], claim["reviewed_by"]) == ("approved", granted["reviewer"])


@pytest.mark.postgresql_only
def test_an_admin_adding_an_editor_gives_his_login_the_role(cli, db_url, granted, pg_server,
                                                            run_json_as):  # fmt: skip
    """The desk's owner adds a reviewer whose login exists: the login can approve at once."""
    name = f"nour_{secrets.token_hex(4)}"
    admin = sa.create_engine(pg_server.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{name}" LOGIN')
    try:
        code, out, err = cli(db_url, "--as", "hala", "editor", "add", name, "--role", "reviewer")
        assert code == 0, err
        assert f"database role factcheck_reviewer given to the login '{name}'" in out
        code, _, err = cli(login_url(db_url, name), "review", "approve", "1")
        assert code == 0, err
        assert run_json_as(db_url, "claims")[0]["reviewed_by"] == name
    finally:
        with sa.create_engine(db_url, isolation_level="AUTOCOMMIT").connect() as conn:
            conn.exec_driver_sql(f'DROP OWNED BY "{name}"')
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
        admin.dispose()


@pytest.mark.sqlite_only
def test_on_sqlite_grants_is_refused_and_roles_stay_advisory(cli, db_url):
    assert cli(db_url, "init")[0] == 0
    one_line_error(cli(db_url, "grants"), "PostgreSQL", "checked by factcheck only")


@pytest.fixture
def run_json_as(cli):
    def _run(db, *args):
        code, out, err = cli(db, *args, "--json")
        assert code == 0, err
        return json.loads(out)

    return _run
