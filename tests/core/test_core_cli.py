"""The ``factcheck`` command line end to end: every command, --json, one-line errors."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from core_support import SEED_FILES, decoded_seed, digest, first_line, row_counts

from factcheck.cli.main import main
from factcheck.export import CSV_COLUMNS
from factcheck.text import to_visual

FACTCHECK_BIN = Path(sys.executable).with_name("factcheck")


@pytest.fixture
def run(core_db, capsys):
    """Run the CLI in-process against the test database; return (code, out, err)."""

    def _run(*args, db=core_db):
        argv = (["--db", str(db)] if db is not None else []) + [str(a) for a in args]
        code = main(argv)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return _run


@pytest.fixture
def imported(run, core_seeds):
    code, _, err = run("import", core_seeds)
    assert code == 0, err
    return core_seeds


def _assert_one_line_error(code, err, *needles):
    assert code == 1
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("factcheck: error: ")
    for needle in needles:
        assert needle in lines[0]


# -- read and write commands --------------------------------------------------------------------


def test_import_prints_one_line_per_article(run, core_seeds, core_db):
    code, out, err = run("import", core_seeds)
    assert code == 0 and err == ""
    lines = out.splitlines()
    for i, seed in enumerate(SEED_FILES, start=1):
        assert (
            f"imported  {core_seeds / seed.name} -> article {i}: "
            f"{first_line(decoded_seed(seed))}" in lines
        )
    assert lines[-1] == "2 imported, 0 already present, 0 refused"
    code, out, err = run("import", core_seeds)
    assert code == 0
    assert "already imported as article 1" in out
    assert out.splitlines()[-1] == "0 imported, 2 already present, 0 refused"
    assert row_counts(core_db)["articles"] == 2


def test_import_batch_with_bad_files(run, tmp_path, core_db):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "عنوان جيد\nقال المتحدث إن الخبر صحيح.\n", encoding="utf-8"
    )
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03\xff" * 100)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "cp1256.txt").write_bytes(
        "عنوان قديم\nنص بترميز ويندوز.\n".encode("cp1256")
    )
    code, out, err = run("import", folder)
    assert code == 1
    assert "Traceback" not in err
    err_lines = err.splitlines()
    assert len(err_lines) == 2
    assert f"{folder / 'binary.txt'}: binary file" in err_lines[0]
    assert f"{folder / 'empty.txt'}: empty file" in err_lines[1]
    assert "2 imported, 0 already present, 2 refused" in out
    assert row_counts(core_db)["articles"] == 2


def test_import_warns_about_bidi_controls(run, tmp_path):
    f = tmp_path / "bidi.txt"
    f.write_text("عنوان\nقال \u202eالوزير\u202c كلاماً.\n", encoding="utf-8")
    code, out, err = run("import", f)
    assert code == 0
    assert "holds 2 bidi control character(s)" in err
    assert "imported" in out


def test_articles_and_sentences_json(run, imported):
    code, out, _ = run("articles", "--json")
    assert code == 0
    articles = json.loads(out)
    assert [a["id"] for a in articles] == [1, 2]
    assert articles[1]["title"] == "هل امازون منعت موظفيها من استخدام تطبيق تيك توك ؟"
    for a in articles:
        assert {"id", "title", "publisher", "sentences", "claims", "bidi_controls"} <= set(a)
    code, out, _ = run("articles")
    assert code == 0 and "شركة أمازون تتراجع إلى الوراء خطوة بشأن تيك توك" in out and out.splitlines()[0].split()[0] == "id"

    code, out, _ = run("sentences", 1, "--json")
    assert code == 0
    sentences = json.loads(out)
    text = decoded_seed(SEED_FILES[0])
    assert [s["index"] for s in sentences] == list(range(1, len(sentences) + 1))
    assert articles[0]["sentences"] == len(sentences)
    for s in sentences:
        assert text[s["start"] : s["end"]] == s["text"]
    assert sentences[1]["text"] == "شركة أمازون تتراجع إلى الوراء خطوة بشأن تيك توك"
    code, out, _ = run("sentences", 2)
    assert code == 0 and "امازون" in out


def test_claim_add_set_delete_and_claims_json(run, imported, core_db):
    code, out, _ = run(
        "claim", "add", 1, "--sentence", 2, "--status", "false",
        "--source", "https://example.com/a", "--note", "ملاحظة", "--json",
    )  # fmt: skip
    assert code == 0
    added = json.loads(out)
    assert added["text"] == "شركة أمازون تتراجع إلى الوراء خطوة بشأن تيك توك"
    assert (added["start"], added["end"], added["status"]) == (11, 58, "false")
    assert [s["url"] for s in added["sources"]] == ["https://example.com/a"]

    text2 = decoded_seed(SEED_FILES[1])
    start = text2.index("امازون")
    code, out, _ = run("claim", "add", 2, "--span", f"{start}:{start + 6}")
    assert code == 0
    assert out.strip() == f"claim 2 added to article 2 [{start}:{start + 6}] unverified"

    code, out, _ = run(
        "claim", "set", 2, "--status", "mostly_true", "--note", "تهجئة أخرى",
        "--source", "https://example.org/b", "--source", "http://example.net/c", "--json",
    )  # fmt: skip
    assert code == 0
    changed = json.loads(out)
    assert changed["status"] == "mostly_true" and changed["note"] == "تهجئة أخرى"
    assert [s["url"] for s in changed["sources"]] == [
        "https://example.org/b",
        "http://example.net/c",
    ]

    code, out, _ = run("claims", "--json")
    assert code == 0
    claims = json.loads(out)
    assert [(c["id"], c["article_id"]) for c in claims] == [(1, 1), (2, 2)]
    for c in claims:
        assert {
            "start",
            "end",
            "text",
            "status",
            "note",
            "sources",
            "annotator",
        } <= set(c)
        assert {"created_at", "updated_at"} <= set(c)
        assert c["annotator"] == "tester"  # FACTCHECK_USER
    assert claims[1]["text"] == text2[start : start + 6] == "امازون"
    code, out, _ = run("claims", 2, "--json")
    assert [c["id"] for c in json.loads(out)] == [2]
    code, out, _ = run("claims")
    assert code == 0 and "mostly_true" in out

    code, out, _ = run("claim", "delete", 1)
    assert code == 0 and "claim 1 deleted" in out
    code, out, _ = run("claims", "--json")
    assert [c["id"] for c in json.loads(out)] == [2]
    assert row_counts(core_db)["sources"] == 2  # claim 1's source went with it


def test_history_json(run, imported):
    run("claim", "add", 1, "--sentence", 3)
    run("claim", "set", 1, "--status", "true")
    run("claim", "set", 1, "--note", "تم التحقق")
    code, out, _ = run("history", 1, "--json")
    assert code == 0
    entries = json.loads(out)
    assert [(e["action"], e["field"], e["old"], e["new"]) for e in entries[1:]] == [
        ("update", "status_id", "unverified", "true"),
        ("update", "note", "", "تم التحقق"),
    ]
    assert all(e["who"] == "tester" for e in entries)
    for e in entries:
        assert datetime.fromisoformat(e["at"]).tzinfo is not None
    code, out, _ = run("history")
    assert code == 0 and "status_id" in out


def test_statuses_json(run):
    code, out, _ = run("statuses", "--json")
    assert code == 0
    statuses = json.loads(out)
    assert [s["id"] for s in statuses] == [
        "unverified", "in_progress", "true", "mostly_true", "mixed",
        "misleading", "false", "unverifiable", "satire", "outdated",
    ]  # fmt: skip
    for s in statuses:
        assert {"id", "label_ar", "label_en", "color", "key"} <= set(s)
        assert len(s["color"]) == 7 and s["color"].startswith("#")
        int(s["color"][1:], 16)
    assert statuses[6]["label_ar"] == "زائف"
    code, out, _ = run("statuses")
    assert code == 0 and "زائف" in out and "Unverified" in out


def test_report_logical_and_visual(run, imported):
    run("claim", "add", 1, "--sentence", 2, "--status", "false")
    run("claim", "add", 1, "--sentence", 3, "--status", "false")
    run("claim", "add", 2, "--sentence", 1, "--status", "true")
    code, default_out, _ = run("report")
    code_l, logical, _ = run("report", "--logical")
    assert code == code_l == 0
    assert default_out == logical  # logical is the documented default
    assert "[1] شركة أمازون تتراجع إلى الوراء خطوة بشأن تيك توك  (2 claims)" in logical
    assert "   2  False          زائف" in logical
    assert "   1  True           صحيح" in logical
    code, visual, _ = run("report", "--visual")
    assert code == 0
    assert "شركة أمازون تتراجع إلى الوراء خطوة بشأن تيك توك" not in visual  # shaped presentation forms, display order
    assert to_visual("شركة أمازون تتراجع إلى الوراء خطوة بشأن تيك توك") in visual
    assert to_visual("زائف") in visual
    assert any("\ufe70" <= ch <= "\ufeff" for ch in visual)
    assert "(2 claims)" in visual


def test_export_csv_and_article_filter(run, imported, tmp_path):
    run("claim", "add", 1, "--sentence", 2, "--status", "false")
    run("claim", "add", 2, "--sentence", 1)
    out = tmp_path / "all.csv"
    code, stdout, _ = run("export", "csv", out)
    assert code == 0 and stdout.strip() == f"wrote 2 claim(s) to {out}"
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["article_id"] for r in rows] == ["1", "2"]
    one = tmp_path / "one.csv"
    code, stdout, _ = run("export", "csv", one, "--article", 2)
    assert code == 0 and "wrote 1 claim(s)" in stdout
    with open(one, encoding="utf-8-sig", newline="") as fh:
        assert [r["article_id"] for r in csv.DictReader(fh)] == ["2"]


def test_export_refuses_existing_file_without_force(run, imported, tmp_path):
    run("claim", "add", 1, "--sentence", 2)
    out = tmp_path / "exists.csv"
    out.write_text("keep me\n", encoding="utf-8")
    before = digest(out)
    code, stdout, err = run("export", "csv", out)
    _assert_one_line_error(code, err, "already exists")
    assert digest(out) == before and stdout == ""
    code, stdout, err = run("export", "csv", out, "--force")
    assert code == 0 and err == ""
    assert out.read_bytes().startswith(b"\xef\xbb\xbfclaim_id,")


def test_backup(run, imported, tmp_path):
    run("claim", "add", 1, "--sentence", 2, "--status", "false")
    out = tmp_path / "backup.sqlite"
    code, stdout, _ = run("backup", out)
    assert code == 0 and str(out) in stdout
    code, stdout, _ = run("claims", "--json", db=out)
    assert code == 0
    assert [c["status"] for c in json.loads(stdout)] == ["false"]
    code, _, err = run("backup", out)
    _assert_one_line_error(code, err, "already exists")


def test_url_db_and_environment(run, tmp_path, core_seeds, monkeypatch):
    url_db = tmp_path / "url.sqlite"
    code, _, err = run("import", core_seeds, db=f"sqlite:///{url_db}")
    assert code == 0, err
    assert row_counts(url_db)["articles"] == 2
    env_db = tmp_path / "env.sqlite"
    monkeypatch.setenv("FACTCHECK_DB", str(env_db))
    code, _, _ = run("import", core_seeds, db=None)
    assert code == 0
    assert row_counts(env_db)["articles"] == 2
    code, out, _ = run("articles", "--json", db=None)
    assert len(json.loads(out)) == 2


# -- errors: one line, exit 1, nothing changed -------------------------------------------------


def test_bad_database_file_is_one_line_error(run, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("ليس قاعدة بيانات\n", encoding="utf-8")
    before = digest(notes)
    code, out, err = run("articles", db=notes)
    _assert_one_line_error(code, err, "not a factcheck database", str(notes))
    assert out == "" and digest(notes) == before

    foreign = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(foreign)
    code, _, err = run("import", tmp_path, db=foreign)
    _assert_one_line_error(code, err, "not a factcheck database")
    assert digest(foreign) == before

    code, _, err = run("articles", db=tmp_path)
    _assert_one_line_error(code, err, "directory")


@pytest.mark.sqlite_only  # edits the file (the server case is in test_core_postgres.py)
def test_newer_database_is_one_line_error(run, core_db):
    run("statuses")
    conn = sqlite3.connect(core_db)
    conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    conn.commit()
    conn.close()
    before = digest(core_db)
    code, _, err = run("articles")
    _assert_one_line_error(code, err, "newer version")
    assert digest(core_db) == before


@pytest.mark.parametrize(
    "args, needle",
    [
        (("sentences", 99), "no article 99"),
        (("claims", 99), "no article 99"),
        (("claim", "add", 99, "--sentence", 1), "no article 99"),
        (("claim", "add", 1, "--sentence", 999), "no sentence 999"),
        (
            ("claim", "add", 1, "--sentence", 2, "--status", "bogus"),
            "Unknown status 'bogus'",
        ),
        (
            ("claim", "add", 1, "--sentence", 2, "--source", "javascript:alert(1)"),
            "http",
        ),
        (
            ("claim", "add", 1, "--sentence", 2, "--source", "file:///etc/passwd"),
            "http",
        ),
        (
            ("claim", "add", 1, "--sentence", 2, "--source", "https://u:p@x.org/"),
            "password",
        ),
        (("claim", "add", 1, "--span", "5:5"), "no length"),
        (("claim", "add", 1, "--span", "40:10"), "outside the text"),
        (("claim", "add", 1, "--span", "0:999999"), "outside the text"),
        (("claim", "add", 1, "--span", "9:11"), "white space"),
        (("claim", "set", 1, "--status", "bogus"), "Unknown status"),
        (
            ("claim", "set", 1, "--status", "true", "--source", "data:text/html,x"),
            "http",
        ),
        (("claim", "set", 42, "--status", "true"), "no claim 42"),
        (("claim", "delete", 42), "no claim 42"),
        (("export", "csv", "/nonexistent-dir/sub/out.csv"), "does not exist"),
        (("export", "csv", "r.csv", "--article", 99), "no article 99"),
    ],
)
def test_refused_input_is_one_line_and_changes_nothing(
    run, imported, core_db, tmp_path, monkeypatch, args, needle
):
    monkeypatch.chdir(tmp_path)
    code, _, _ = run("claim", "add", 1, "--sentence", 3)
    assert code == 0
    before = row_counts(core_db)
    code, out, err = run(*args)
    _assert_one_line_error(code, err, needle)
    assert row_counts(core_db) == before
    code, out, _ = run("claims", "--json")
    (claim,) = json.loads(out)
    assert (claim["status"], claim["note"], claim["sources"]) == ("unverified", "", [])
    assert not (tmp_path / "r.csv").exists()


def test_malformed_command_line_is_a_usage_error(run, imported, capsys):
    with pytest.raises(SystemExit) as info:
        main(["claim", "add", "1", "--span", "abc"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "START:END" in err and "Traceback" not in err


# -- the console script, as a newsroom script would run it -------------------------------------


def _script(*args, env_extra=None, cwd=None):
    env = dict(os.environ)
    env.update(env_extra or {})
    return subprocess.run(
        [str(FACTCHECK_BIN), *map(str, args)],
        check=False,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=120,
    )


def test_done_when_scenario_through_the_console_script(tmp_path, core_seeds):
    """The first-run workflow: import seeds/, mark a seed sentence, add a source, export: Arabic intact."""
    assert FACTCHECK_BIN.is_file()
    db = tmp_path / "desk.sqlite"
    env = {"TZ": "AST-3", "FACTCHECK_USER": "مراجع", "PYTHONIOENCODING": "utf-8"}
    r = _script("--db", db, "import", core_seeds, env_extra=env)
    assert r.returncode == 0, r.stderr
    assert "2 imported" in r.stdout

    r = _script("--db", db, "sentences", 1, "--json", env_extra=env)
    sentence = json.loads(r.stdout)[1]
    r = _script(
        "--db", db, "claim", "add", 1, "--sentence", 2, "--status", "false",
        "--note", "=cmd|' /C calc'!A0", env_extra=env,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    r = _script(
        "--db", db, "claim", "set", 1,
        "--source", "https://www.example.com/amazon-tiktok-email-error", env_extra=env,
    )  # fmt: skip
    assert r.returncode == 0 and "1 source(s)" in r.stdout

    out = tmp_path / "verdicts.csv"
    r = _script("--db", db, "export", "csv", out, env_extra=env)
    assert r.returncode == 0, r.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == list(CSV_COLUMNS)
    (row,) = rows
    assert (
        row["claim_text"]
        == sentence["text"]
        == "شركة أمازون تتراجع إلى الوراء خطوة بشأن تيك توك"
    )
    assert (int(row["start"]), int(row["end"])) == (sentence["start"], sentence["end"])
    assert row["article_title"] == "شركة أمازون تتراجع إلى الوراء خطوة بشأن تيك توك"
    assert row["status_label_ar"] == "زائف"
    assert row["source_urls"] == "https://www.example.com/amazon-tiktok-email-error"
    assert row["note"] == "'=cmd|' /C calc'!A0"
    assert row["annotator"] == "مراجع"
    created = datetime.fromisoformat(row["created_at"])
    assert created.utcoffset() == timedelta(hours=3)
    # The Arabic in the file is the stored logical text, not reshaped presentation forms.
    assert not any("\ufb50" <= ch <= "\ufeff" for ch in raw.decode("utf-8")[1:])


def test_console_script_errors_are_one_line(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"PK\x03\x04 this is a zip, not a database")
    before = digest(bad)
    r = _script("--db", bad, "articles", "--json")
    assert r.returncode == 1
    assert r.stdout == ""
    assert "Traceback" not in r.stderr
    assert len(r.stderr.splitlines()) == 1
    assert r.stderr.startswith("factcheck: error: ")
    assert digest(bad) == before
    r = _script("--version")
    assert r.returncode == 0 and r.stdout.startswith("factcheck ")


@pytest.mark.parametrize(
    "db, needle",
    [
        (
            "postgresql+psycopg://editor:s3cret@no-such-host.invalid/desk",
            "Cannot reach postgresql+psycopg://editor:***@no-such-host.invalid/desk: unknown host",
        ),
        ("nosuchdialect://host/db", "Cannot open nosuchdialect://host/db"),
        ("://nothing", "neither a file path nor a database URL"),
    ],
)
def test_unusable_database_url_is_one_line_error(run, db, needle):
    code, out, err = run("articles", db=db)
    _assert_one_line_error(code, err, needle)
    assert "s3cret" not in err  # a password in --db is never echoed
    assert out == ""


def test_export_with_unusable_file_name_is_one_line_error(run, imported, tmp_path):
    run("claim", "add", 1, "--sentence", 2)
    code, _, err = run("export", "csv", tmp_path / ("ت" * 200 + ".csv"))
    _assert_one_line_error(code, err, "Could not write")
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".csv"] == []


def test_console_without_utf8_does_not_crash(tmp_path, core_seeds):
    """Windows consoles and redirected output may be cp1252/latin-1: no traceback."""
    db = tmp_path / "latin.sqlite"
    env = {"PYTHONIOENCODING": "latin-1"}
    r = subprocess.run(
        [str(FACTCHECK_BIN), "--db", str(db), "import", str(core_seeds)],
        check=False, capture_output=True, env={**os.environ, **env}, timeout=120,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert b"Traceback" not in r.stderr
    for args in (["articles"], ["statuses"], ["report"], ["sentences", "1"]):
        r = subprocess.run(
            [str(FACTCHECK_BIN), "--db", str(db), *args],
            check=False, capture_output=True, env={**os.environ, **env}, timeout=120,
        )  # fmt: skip
        assert r.returncode == 0, (args, r.stderr)
        assert b"Traceback" not in r.stderr
    r = subprocess.run(
        [str(FACTCHECK_BIN), "--db", str(db), "articles", "--json"],
        check=False, capture_output=True, env={**os.environ, **env}, timeout=120,
    )  # fmt: skip
    assert r.returncode == 0
    articles = json.loads(r.stdout.decode("latin-1"))
    assert articles[0]["title"] == "شركة أمازون تتراجع إلى الوراء خطوة بشأن تيك توك"


@pytest.mark.sqlite_only  # SQLite's write lock (the server case is in test_core_postgres.py)
def test_busy_database_is_one_line_error(run, imported, core_db, monkeypatch):
    import factcheck.store.engine as engine_mod

    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 200)
    before = row_counts(core_db)
    other = sqlite3.connect(core_db, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        code, out, err = run("claim", "add", 1, "--sentence", 2)
        other.execute("ROLLBACK")
    finally:
        other.close()
    _assert_one_line_error(code, err, "busy", "Nothing was changed")
    assert out == ""
    assert row_counts(core_db) == before


# -- hostile command lines (each a regression: a traceback, or a wrong answer) ------------------


def _usage_error(capsys, *argv) -> str:
    with pytest.raises(SystemExit) as info:
        main(list(argv))
    assert info.value.code == 2
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: error: "), err
    return lines[0]


def test_a_malformed_command_line_is_one_line(run, imported, capsys):
    line = _usage_error(capsys, "claim", "add", "1")
    assert "claim add" in line and "--sentence" in line


@pytest.mark.parametrize(
    "argv",
    [
        ["sentences", "99999999999999999999"],
        ["claims", "99999999999999999999"],
        ["history", "-3"],
        ["claim", "set", "99999999999999999999", "--note", "x"],
        ["claim", "link", "1", "--to", "99999999999999999999"],
        ["export", "csv", "out.csv", "--article", "99999999999999999999"],
        ["search", "امازون", "--limit", "0"],
    ],
)
def test_ids_and_counts_out_of_range_are_one_line(run, imported, capsys, argv):
    line = _usage_error(capsys, *argv)
    assert "whole number" in line


def test_text_arguments_that_are_not_utf8_are_one_line(run, imported, capsys, core_db):
    """A note read from a Windows-1256 file with $(cat …) arrives as lone surrogates."""
    bad = os.fsdecode(b"bad \xff note")
    before = row_counts(core_db)
    for argv in (
        ["claim", "add", "1", "--sentence", "2", "--note", bad],
        ["claim", "set", "1", "--source", "https://e.org/" + os.fsdecode(b"\xff")],
        ["export", "claimreview", "cr.json", "--org", os.fsdecode(b"\xff")],
    ):
        line = _usage_error(capsys, "--db", str(core_db), *argv)
        assert "not valid UTF-8" in line and "\\xff" in line
    assert row_counts(core_db) == before


def test_importing_a_file_whose_name_is_not_utf8_imports_the_batch(run, tmp_path):
    """Regression: one file named in Windows-1256 bytes made the whole batch's insert fail
    with a traceback; the good files were lost with it."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(3):
        (folder / f"good{i}.txt").write_text(f"خبر رقم {i} هنا. جملة.", encoding="utf-8")
    odd = os.fsencode(folder) + b"/" + "خبر".encode("cp1256") + b".txt"
    with open(odd, "wb") as fh:
        fh.write("خبر آخر. جملة ثانية.".encode())
    code, out, err = run("import", folder)
    assert code == 0, err
    assert out.count("imported  ") == 4
    assert "\\xce\\xc8\\xd1.txt" in out  # the name's bytes, shown as escapes
    code, out, _ = run("articles", "--json")
    assert len(json.loads(out)) == 4


def test_empty_db_or_path_never_means_the_default_or_the_current_folder(run, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "stray.txt").write_text("خبر. جملة.", encoding="utf-8")
    line = _usage_error(capsys, "--db", "", "articles")
    assert "--db is empty" in line
    code, out, err = run("import", "")
    assert code == 1 and "empty path" in err and "imported  " not in out


def test_history_of_a_claim_that_never_was_is_an_error(run, imported):
    code, _, err = run("history", "999")
    _assert_one_line_error(code, err, "no claim 999")
    run("claim", "add", "1", "--sentence", "2")
    run("claim", "delete", "1")
    code, out, _ = run("history", "1")  # a deleted claim keeps its history
    assert code == 0 and "delete" in out


def test_search_never_sends_terminal_escapes(run, tmp_path):
    article = tmp_path / "esc.txt"
    article.write_text(
        "خبر\n" + "جملة عادية طويلة عن الاقتصاد. " * 40 + "كلمة مخفية \x1b[2J\x1b]52;c;ZWNobyBoaQ==\x07 هنا.",
        encoding="utf-8",
    )
    assert run("import", article)[0] == 0
    code, out, _ = run("search", "مخفية")
    assert code == 0 and "مخفية" in out
    assert "\x1b" not in out and "\x07" not in out
    run("claim", "add", "1", "--sentence", "2", "--note", "RED\x1b[31m note")
    code, out, _ = run("search", "RED")
    assert "RED" in out and "\x1b" not in out


def test_linking_json_is_valid_on_a_console_that_is_not_utf8(tmp_path, core_seeds):
    db = tmp_path / "cp.sqlite"
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}

    def script(*args):
        return subprocess.run(
            [str(FACTCHECK_BIN), "--db", str(db), *map(str, args)],
            check=False, capture_output=True, env=env, timeout=120,
        )  # fmt: skip

    assert script("import", core_seeds).returncode == 0
    assert script("claim", "add", "1", "--sentence", "2", "--note", "😀 ملاحظة").returncode == 0
    assert script("claim", "add", "2", "--sentence", "2").returncode == 0
    for args in (("claim", "link", "2", "--to", "1", "--json"), ("search", "ملاحظة", "--json"),
                 ("claim", "unlink", "2", "--json")):  # fmt: skip
        r = script(*args)
        assert r.returncode == 0, r.stderr
        json.loads(r.stdout.decode("cp1252"))


def test_claim_set_refuses_a_repeated_source_before_writing_anything(run, imported, core_db):
    run("claim", "add", "1", "--sentence", "2", "--source", "https://example.org/a")
    before = row_counts(core_db)
    code, _, err = run("claim", "set", "1", "--status", "false", "--source", "https://example.org/b",
                       "--source", "https://example.org/a")  # fmt: skip
    _assert_one_line_error(code, err, "already has the source https://example.org/a")
    assert row_counts(core_db) == before



def test_claim_set_is_one_change_of_the_claim(run, imported):
    """Status, note and sources given to one ``claim set`` are written together: the claim
    moves on one version (an editor holding it open sees one change, not three) and the
    history records each field."""
    run("claim", "add", "1", "--sentence", "2")
    code, out, err = run("claim", "set", "1", "--status", "false", "--note", "مصدر رسمي",
                         "--source", "https://example.org/a", "--json")  # fmt: skip
    assert code == 0, err
    claim = json.loads(out)
    assert (claim["status"], claim["note"], claim["version"]) == ("false", "مصدر رسمي", 2)
    assert [s["url"] for s in claim["sources"]] == ["https://example.org/a"]
    code, out, _ = run("history", "1", "--json")
    fields = [(e["action"], e["field"]) for e in json.loads(out)]
    assert fields == [("create", ""), ("update", "status_id"), ("update", "note"),
                      ("create", "url")]  # fmt: skip

# -- output that cannot be spoofed ----------------------------------------------------------

FORGED = "2030-01-01T00:00:00+00:00  chief-editor  1  status  update  status_id  false  true"


def test_a_note_with_line_breaks_cannot_forge_history_lines(run, imported):
    """A note is one row of ``history``: its line feed, CR, tab, U+2028 and NEL are shown as
    symbols, so a fake verdict by another editor cannot appear on a line of its own."""
    run("claim", "add", 1, "--sentence", 3)
    note = f"ok\n{FORGED}\r\n{FORGED}\u2028{FORGED}\u2029x\x85y\tz"
    assert run("claim", "set", 1, "--note", note)[0] == 0
    code, out, _ = run("history", 1)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 3  # header, creation, the note
    assert not [line for line in lines if line.startswith("2030")]
    assert "ok␊2030-01-01" in lines[2] and "␍␊" in lines[2]
    for raw in "\n\r\t\u2028\u2029\x85":
        assert raw not in out.rstrip("\n").replace("\n", ""), repr(raw)
    code, out, _ = run("history", 1, "--json")
    assert json.loads(out)[-1]["new"] == note  # JSON keeps the exact text


def test_file_names_with_line_breaks_cannot_forge_import_or_export_lines(run, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = "a.txt\nimported  fake.txt -> article 99: forged.txt"
    (folder / name).write_text("عنوان\nقال الوزير إن الرقم صحيح.\n", encoding="utf-8")
    (folder / "b\r.txt").write_bytes(b"")  # refused (empty): its reason line too
    code, out, err = run("import", folder)
    assert code == 1
    assert len(out.splitlines()) == 2 and len(err.splitlines()) == 1
    assert out.splitlines()[0].startswith("imported  ") and "a.txt␊imported" in out
    assert "b␍.txt" in err
    run("claim", "add", 1, "--sentence", 2, "--status", "false")
    for fmt, out_name in (
        ("csv", "r.csv\nwrote 999 claim(s) to forged.csv"),
        ("claimreview", "r.json\nwrote 999 ClaimReview(s) to x"),
        ("annotations", "r.jsonld\nwrote 999 annotation(s) to x"),
        ("research", "r\nwrote 999 record(s) to x"),
    ):
        code, out, err = run("export", fmt, tmp_path / out_name)
        assert code == 0, err
        assert all(line.startswith("wrote ") for line in out.splitlines())
        expected = 3 if fmt == "research" else 1
        assert len(out.splitlines()) == expected, out
    code, out, _ = run("backup", tmp_path / "b.sqlite\nbacked up x to y")
    assert code == 0 and len(out.splitlines()) == 1


def test_json_listings_escape_c1_controls(run, tmp_path):
    """U+009B is CSI to many terminals: --json writes C1 controls (and DEL) as \\u escapes,
    which read back to the same text."""
    hostile = "\x9b2J\x9b]0;owned\x9c \x85 \x7f"
    article = tmp_path / "c1.txt"
    body = "قال الوزير إن الرقم صحيح. " * 30  # controls are a small part: not a binary file
    article.write_text(f"عنوان {hostile}\n{body}\n", encoding="utf-8")
    assert run("import", article)[0] == 0
    assert run("claim", "add", 1, "--sentence", 2, "--note", hostile)[0] == 0
    for args in (
        ("articles", "--json"),
        ("claims", "--json"),
        ("sentences", 1, "--json"),
        ("history", "--json"),
        ("search", "عنوان", "--json"),
        ("claim", "set", 1, "--note", hostile + "!", "--json"),
    ):
        code, out, _ = run(*args)
        assert code == 0, args
        assert not [c for c in out if "\x7f" <= c <= "\x9f"], args
        assert "\\u009b" in out, args
        json.loads(out)
    code, out, _ = run("claims", "--json")
    assert json.loads(out)[0]["note"] == hostile + "!"
