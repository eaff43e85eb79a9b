"""Hostile or broken databases: a clear one-line error, and the file left as it was.

Full disk is real where the sandbox allows it (root can mount a 1 MB tmpfs); elsewhere it
is simulated by capping the database with ``PRAGMA max_page_count`` on every connection.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from rel_support import (
    CORE_TABLES,
    checkpoint,
    connect,
    hostile,
    integrity,
    record,
    sha256,
    table_rows,
)

import factcheck.store.engine as engine_mod
from factcheck.cli.main import main
from factcheck.desk import Desk
from factcheck.model import InvalidInput, StoreError

ARTICLE = (
    "وزير المالية يعلن أرقام النمو\n"
    "قال وزير المالية إن الاقتصاد نما بنسبة 3.5 في المئة هذا العام. "
    "وأضاف أن شركة Acme ستفتتح مصنعاً جديداً في عمّان.\n"
)


def _make_db(path: Path, articles: int = 1) -> Path:
    desk = Desk.open(path, load_seeds=False)
    for i in range(articles):
        text = ARTICLE + f"ملحق رقم {i}. " + "قال الوزير إن الاقتصاد نما. " * 30
        aid = desk.import_text(text, imported_from=f"/in/{i}.txt").article_id
        claim = desk.add_claim_for_sentence(
            aid, 2, sources=[f"https://example.org/{i}"]
        )
        desk.set_status(claim.id, "false")
    desk.close()
    checkpoint(path)
    return path


def _one_line(code: int, err: str, *needles: str) -> str:
    assert code == 1, err
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("factcheck: error: ")
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def _cli(capsys, db, *args):
    code = main(["--db", str(db), *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


# -- files that are not (usable) factcheck databases ----------------------------------------


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    conn.commit()
    conn.close()


def _newer_schema(path: Path) -> None:
    _make_db(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    checkpoint(path)


def _truncate(fraction: float | None = None, size: int | None = None):
    def make(path: Path) -> None:
        _make_db(path, articles=120)
        total = path.stat().st_size
        os.truncate(
            path, size if size is not None else int(total * fraction) // 4096 * 4096
        )

    return make


BROKEN = {
    "text_file": (
        lambda p: p.write_text("not a database\n"),
        "not a factcheck database",
    ),
    "png": (
        lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
        "not a factcheck database",
    ),
    "magic_then_garbage": (
        lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000),
        "damaged or not a database",
    ),
    "foreign_sqlite": (_foreign_sqlite, "not a factcheck database"),
    "newer_schema": (_newer_schema, "newer version of factcheck"),
    "truncated_to_header": (_truncate(size=100), "damaged"),
    "truncated_to_one_page": (_truncate(size=4096), "damaged"),
    "truncated_half": (_truncate(0.5), "damaged"),
    "truncated_last_pages": (_truncate(0.97), "damaged"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_database_is_refused_and_left_untouched(tmp_path, capsys, name):
    make, needle = BROKEN[name]
    db = tmp_path / f"{name}.sqlite"
    make(db)
    digest, size = sha256(db), db.stat().st_size
    hostile()
    for args in (
        ("articles",),
        ("claim", "add", "1", "--sentence", "1"),
        ("import", tmp_path / "none.txt"),
    ):
        code, out, err = _cli(capsys, db, *args)
        _one_line(code, err, needle)
        assert out == ""
    with pytest.raises(StoreError):
        Desk.open(db, load_seeds=False)
    assert sha256(db) == digest and db.stat().st_size == size
    assert not list(tmp_path.glob("*.bak")), (
        "no backup/migration attempt on a refused file"
    )


def test_directory_as_database(tmp_path, capsys):
    folder = tmp_path / "adir"
    folder.mkdir()
    hostile()
    code, _, err = _cli(capsys, folder, "articles")
    _one_line(code, err, "is a directory")
    assert list(folder.iterdir()) == []


def test_newer_schema_keeps_its_journal_mode(tmp_path):
    """Refusing must not even switch the journal mode (that rewrites the header)."""
    db = tmp_path / "newer.sqlite"
    _newer_schema(db)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    digest = sha256(db)
    with pytest.raises(StoreError, match="newer version"):
        Desk.open(db, load_seeds=False)
    assert sha256(db) == digest
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


# -- read-only ------------------------------------------------------------------------------


def test_read_only_open_refuses_every_write_and_leaves_the_file(tmp_path):
    db = _make_db(tmp_path / "ro.sqlite")
    digest = sha256(db)
    desk = Desk.open(db, read_only=True)
    writes = [
        lambda: desk.import_text("مقال جديد تماماً. نعم."),
        lambda: desk.add_claim_for_sentence(1, 1),
        lambda: desk.set_status(1, "true"),
        lambda: desk.set_note(1, "x"),
        lambda: desk.add_source(1, "https://example.org/new"),
        lambda: desk.delete_claim(1),
        lambda: desk.remove_source(1),
        lambda: desk.acquire_edit_lock(),
    ]
    try:
        for write in writes:
            hostile()
            with pytest.raises(StoreError, match="read-only"):
                write()
        assert desk.claim(1).status_id == "false"  # reads work
        assert len(desk.articles()) == 1
    finally:
        desk.close()
    assert sha256(db) == digest


@pytest.fixture
def tmpfs(tmp_path):
    """Mount a tmpfs (root only); yields a function ``mount(size) -> Path`` or None."""
    mounted: list[Path] = []

    def mount(size: str, name: str = "fs") -> Path | None:
        if os.geteuid() != 0 or shutil.which("mount") is None:
            return None
        point = tmp_path / name
        point.mkdir()
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
            check=False,
            capture_output=True,
        )
        if result.returncode != 0:
            return None
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        if subprocess.run(
            ["umount", str(point)], check=False, capture_output=True
        ).returncode:
            subprocess.run(
                ["umount", "-l", str(point)], check=False, capture_output=True
            )


def test_database_on_a_read_only_file_system(tmpfs, tmp_path, capsys):
    point = tmpfs("8m", "rofs")
    if point is not None:
        db = _make_db(point / "ro.sqlite")
        digest = sha256(db)
        subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)
    else:
        # No mount rights: a folder and file nobody may write, which the kernel enforces for
        # an ordinary user (root ignores permission bits, but root can mount above).
        assert os.geteuid() != 0, "root that cannot mount a tmpfs: run as a normal user"
        folder = tmp_path / "rofolder"
        folder.mkdir()
        db = _make_db(folder / "ro.sqlite")
        digest = sha256(db)
        db.chmod(0o444)
        folder.chmod(0o555)
    hostile(2)
    desk = Desk.open(db, load_seeds=False)  # falls back to read-only by itself
    try:
        assert desk.store.read_only
        with pytest.raises(StoreError, match="read-only"):
            desk.set_status(1, "true")
        assert desk.claim(1).status_id == "false"
    finally:
        desk.close()
    code, out, err = _cli(capsys, db, "claim", "set", "1", "--status", "true")
    _one_line(code, err, "read-only")
    code, out, err = _cli(capsys, db, "claims", "--json")
    assert code == 0 and '"false"' in out
    assert sha256(db) == digest


# -- a full disk ----------------------------------------------------------------------------


@pytest.fixture
def full_disk(tmpfs, tmp_path, monkeypatch):
    """A place where the database runs out of space after a few hundred KB.

    Real: a 1 MB tmpfs. Otherwise: every connection gets ``PRAGMA max_page_count``.
    """
    point = tmpfs("1m", "tiny")
    if point is not None:
        return point, "tmpfs"
    real = engine_mod._set_pragmas

    def capped(dbapi_conn, read_only):
        real(dbapi_conn, read_only)
        dbapi_conn.execute("PRAGMA max_page_count=200")

    monkeypatch.setattr(engine_mod, "_set_pragmas", capped)
    folder = tmp_path / "capped"
    folder.mkdir()
    return folder, "max_page_count"


def test_full_disk_gives_a_clear_error_and_keeps_earlier_rows(full_disk, capsys):
    where, how = full_disk
    db = where / "full.sqlite"
    desk = Desk.open(db, load_seeds=False)
    aid = desk.import_text(ARTICLE).article_id
    committed = []
    note = "ملاحظة طويلة " * 600
    with pytest.raises(StoreError) as info:
        for i in range(2000):
            claim = desk.add_claim_for_sentence(
                aid, 2, note=f"{i} {note}", sources=[f"https://example.org/{i}"]
            )
            committed.append(claim.id)
    hostile()
    message = str(info.value)
    assert (
        "full" in message and "nothing was changed" in message and "\n" not in message
    )
    assert len(committed) >= 3, "filled up before anything could be written"
    # the open desk still reads, and every committed claim is whole
    kept = {c.id: c for c in desk.claims()}
    assert set(committed) <= set(kept)
    assert all(len(kept[cid].sources) == 1 for cid in committed)
    desk.close()
    assert integrity(db) == "ok"
    rows = table_rows(db, CORE_TABLES)
    assert sorted(r["id"] for r in rows["claims"]) == sorted(committed)
    record(writes_verified=len(committed))

    # the CLI on the full disk: one line, exit 1, nothing lost (a write twice the size of
    # the one that failed, so what the failure left free cannot hold it)
    code, _, err = _cli(
        capsys, db, "claim", "add", aid, "--sentence", "1", "--note", note * 2,
        "--source", "https://example.org/cli",
    )  # fmt: skip
    _one_line(code, err, "full")
    assert table_rows(db, CORE_TABLES) == rows
    hostile()
    print(
        f"\nfull disk ({how}): {len(committed)} claims committed before the disk filled"
    )


@pytest.fixture
def full_export_dir(tmpfs, tmp_path, monkeypatch):
    """A folder where writing a report runs out of space.

    Real: a 256 KB tmpfs filled to the last block. Otherwise (no mount rights): the export's
    own file object fails with ENOSPC after the first 256 characters, as a full disk would.
    """
    point = tmpfs("256k", "tinyexport")
    if point is not None:

        def fill() -> None:
            fd = os.open(point / "filler", os.O_WRONLY | os.O_CREAT)
            try:  # fill the file system to the last block
                while os.write(fd, b"\0" * 4096):
                    pass
            except OSError:
                pass
            finally:
                os.close(fd)

        return point, ["filler", "verdicts.csv"], fill
    import errno

    import factcheck.export.atomic as atomic_mod

    real_fdopen = os.fdopen

    class FillingFile:
        def __init__(self, fh):
            self._fh, self._written = fh, 0

        def write(self, text):
            self._written += len(text)
            if self._written > 256:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self._fh.write(text)

        def __getattr__(self, name):
            return getattr(self._fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return self._fh.__exit__(*exc)

    def fill() -> None:
        monkeypatch.setattr(
            atomic_mod.os, "fdopen", lambda *a, **k: FillingFile(real_fdopen(*a, **k))
        )

    folder = tmp_path / "fullexport"
    folder.mkdir()
    return folder, ["verdicts.csv"], fill


def test_export_to_a_full_disk_keeps_the_old_report(full_export_dir, tmp_path):
    point, expected_files, fill = full_export_dir
    db = _make_db(tmp_path / "export.sqlite", articles=3)
    report = point / "verdicts.csv"
    report.write_text("old report\n", encoding="utf-8")
    fill()
    desk = Desk.open(db, load_seeds=False)
    try:
        from factcheck.export import write_csv_report

        hostile()
        with pytest.raises(InvalidInput, match="No space left"):
            write_csv_report(desk, report, overwrite=True)
    finally:
        desk.close()
    assert report.read_text(encoding="utf-8") == "old report\n"
    assert sorted(p.name for p in point.iterdir()) == expected_files  # no temp file left


def test_research_export_that_fails_half_way_writes_none_of_its_files(tmp_path, monkeypatch):
    """Regression: the three research files were written one after the other, so a disk
    filling half way (here: at the third file) left a folder mixing new and old files."""
    import errno

    import factcheck.export.atomic as atomic_mod
    from factcheck.export.research import (
        ARTICLES_FILE,
        CHECKWORTHY_FILE,
        STANCE_FILE,
        write_research,
    )

    db = _make_db(tmp_path / "research.sqlite", articles=3)
    folder = tmp_path / "research"
    folder.mkdir()
    old = {name: f"old {name}\n" for name in (STANCE_FILE, CHECKWORTHY_FILE, ARTICLES_FILE)}
    for name, text in old.items():
        (folder / name).write_text(text, encoding="utf-8")
    real_fdopen, opened = os.fdopen, []

    class Full:
        def __init__(self, fh):
            self._fh = fh

        def write(self, text):
            raise OSError(errno.ENOSPC, "No space left on device")

        def writelines(self, lines):
            for line in lines:
                self.write(line)

        def __getattr__(self, name):
            return getattr(self._fh, name)

    def fdopen(*args, **kwargs):
        fh = real_fdopen(*args, **kwargs)
        opened.append(fh)
        return Full(fh) if len(opened) == 3 else fh

    monkeypatch.setattr(atomic_mod.os, "fdopen", fdopen)
    desk = Desk.open(db, load_seeds=False)
    try:
        hostile()
        with pytest.raises(InvalidInput, match="No space left"):
            write_research(desk, folder, overwrite=True)
    finally:
        desk.close()
    assert len(opened) == 3
    assert {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()} == old


def test_import_onto_a_full_disk_is_one_line_and_keeps_what_was_committed(
    full_disk, tmp_path, capsys
):
    where, _ = full_disk
    db = where / "imp.sqlite"
    Desk.open(db, load_seeds=False).close()
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(400):
        (folder / f"{i:03d}.txt").write_text(
            f"مقال رقم {i}. " + f"جملة طويلة رقم {i} عن الاقتصاد. " * 60,
            encoding="utf-8",
        )
    hostile()
    code, out, err = _cli(capsys, db, "import", folder)
    assert code == 1
    assert "Traceback" not in err
    last = err.strip().splitlines()[-1]
    assert last.startswith("factcheck: error: ") and "full" in last
    imported = [ln for ln in out.splitlines() if ln.startswith("imported  ")]
    assert integrity(db) == "ok"
    conn = connect(db)
    try:
        stored = {r[0] for r in conn.execute("SELECT imported_from FROM articles")}
    finally:
        conn.close()
    # every article reported as imported is there (its batch committed), whole
    assert {ln.split()[1] for ln in imported} <= stored


# -- odd characters in the database path ----------------------------------------------------

ODD_NAMES = ["a#b", "q?x=1", "pc%41", "sp ace", "عربي", "amp&mode=rw", "semi;colon"]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_odd_characters_in_the_database_path_name_the_right_file(
    tmp_path, capsys, name
):
    """``--db`` is a file path: ``?``, ``#``, ``%`` must not be read as URL syntax (which
    would silently open or create a different file)."""
    folder = tmp_path / name
    folder.mkdir()
    db = folder / "db.sqlite"
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    hostile()
    code, out, err = _cli(capsys, db, "import", article)
    assert code == 0, err
    assert db.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "article.txt"])
    assert not (tmp_path / "db.sqlite").exists()
    desk = Desk.open(db, read_only=True)
    try:
        assert desk.store.path == db
        assert len(desk.articles()) == 1
    finally:
        desk.close()
    copy = folder / "copy #1?.sqlite"
    code, out, err = _cli(capsys, db, "backup", copy)
    assert code == 0, err
    assert f"backed up {db} to {copy}" in out
    assert integrity(copy) == "ok"
    assert table_rows(copy, CORE_TABLES) == table_rows(db, CORE_TABLES)


def test_export_with_force_never_replaces_a_database_or_a_device(tmp_path, capsys):
    """Regression: ``export csv OUT --force`` replaced whatever OUT was: the live database
    itself (all claims gone), its WAL file, another database, a FIFO or a device node."""
    db = _make_db(tmp_path / "live.sqlite", articles=2)
    other = tmp_path / "other.sqlite"
    _foreign_sqlite(other)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    wal = tmp_path / "live.sqlite-wal"
    wal.write_bytes(b"")  # as SQLite leaves it beside the database
    before = {p: p.read_bytes() for p in (db, other)}
    for target in (db, wal, other):
        for kind, out in (("csv", target), ("claimreview", target), ("annotations", target)):
            code, _, err = _cli(capsys, db, "export", kind, out, "--force")
            _one_line(code, err, str(target), "database")
    code, _, err = _cli(capsys, db, "export", "csv", fifo, "--force")
    _one_line(code, err, "not a regular file")
    assert fifo.is_fifo()
    assert {p: p.read_bytes() for p in (db, other)} == before
    code, out, _ = _cli(capsys, db, "claims")
    assert code == 0 and len(out.splitlines()) == 3  # header and both claims
    # An earlier report is still replaced.
    report = tmp_path / "verdicts.csv"
    report.write_text("old\n", encoding="utf-8")
    assert _cli(capsys, db, "export", "csv", report, "--force")[0] == 0
    assert "قال وزير المالية" in report.read_text(encoding="utf-8-sig")


def test_a_database_deleted_under_an_open_desk_refuses_writes_and_rescues_its_content(tmp_path):
    """Regression: after the file was deleted (a sync tool, a slip in a file manager), every
    edit still "succeeded" into the deleted file and was lost when the app closed."""
    db = _make_db(tmp_path / "desk.sqlite", articles=2)
    desk = Desk.open(db, load_seeds=False)
    try:
        claim = desk.claims()[0]
        desk.set_note(claim.id, "قبل الحذف")
        for path in tmp_path.glob("desk.sqlite*"):
            path.unlink()
        with pytest.raises(StoreError, match="deleted or replaced") as info:
            desk.set_status(claim.id, "true")
        rescued = info.value.values["rescued"]
        with pytest.raises(StoreError):  # and every later edit too
            desk.set_note(claim.id, "بعد الحذف")
    finally:
        desk.close()
    copy = Desk.open(rescued, load_seeds=False)
    try:
        kept = copy.claim(claim.id)
        assert (kept.note, kept.status_id) == ("قبل الحذف", "false")
    finally:
        copy.close()
    assert not db.exists()  # the path is not silently recreated empty


def test_a_database_replaced_under_an_open_desk_is_not_written(tmp_path):
    db = _make_db(tmp_path / "desk.sqlite", articles=1)
    other = _make_db(tmp_path / "other.sqlite", articles=1)
    desk = Desk.open(db, load_seeds=False)
    try:
        claim = desk.claims()[0]
        before = other.read_bytes()
        os.replace(other, db)  # another copy moved over it
        with pytest.raises(StoreError, match="deleted or replaced"):
            desk.set_status(claim.id, "true")
        assert db.read_bytes() == before
    finally:
        desk.close()


def test_a_relative_database_path_is_still_its_file_after_a_change_of_folder(tmp_path, monkeypatch):
    """No false alarm from the deleted-file check: a desk opened by a relative path keeps
    writing after the process changes folder (the path is made absolute when opened)."""
    _make_db(tmp_path / "desk.sqlite", articles=1)
    monkeypatch.chdir(tmp_path)
    desk = Desk.open("desk.sqlite", load_seeds=False)
    try:
        monkeypatch.chdir(tmp_path.parent)
        claim = desk.claims()[0]
        assert desk.set_status(claim.id, "true").status_id == "true"
    finally:
        desk.close()


def test_a_relative_sqlite_url_keeps_its_file_after_a_change_of_folder(tmp_path, monkeypatch):
    """Found in review: a relative URL (sqlite:///desk.sqlite) kept a relative path, so after
    a change of folder the deleted-file check raised a false alarm (and wrote its copy into
    the new folder)."""
    _make_db(tmp_path / "desk.sqlite", articles=1)
    monkeypatch.chdir(tmp_path)
    desk = Desk.open("sqlite:///desk.sqlite", load_seeds=False)
    try:
        monkeypatch.chdir(tmp_path.parent)
        claim = desk.claims()[0]
        assert desk.set_status(claim.id, "true").status_id == "true"
        assert not list(tmp_path.parent.glob("desk.rescued-*"))
    finally:
        desk.close()


def test_research_export_whose_second_rename_fails_puts_the_first_back(tmp_path, monkeypatch):
    """Found in review: with the files written, a failing rename (a file open in Excel on
    Windows) left the first file new and the others old. Now all three stay as they were."""
    import factcheck.export.atomic as atomic_mod
    from factcheck.export.research import RESEARCH_FILES, write_research

    db = _make_db(tmp_path / "research.sqlite", articles=2)
    folder = tmp_path / "research"
    folder.mkdir()
    old = {name: f"old {name}\n" for name in RESEARCH_FILES}
    for name, text in old.items():
        (folder / name).write_text(text, encoding="utf-8")
    real_replace, calls = os.replace, []

    def replace(src, dst):
        calls.append((Path(src).name, Path(dst).name))
        if Path(dst).name == RESEARCH_FILES[1] and Path(src).name.startswith(".factcheck-") \
                and not Path(src).name.startswith(".factcheck-old-"):  # fmt: skip
            raise PermissionError(13, "Permission denied")
        return real_replace(src, dst)

    monkeypatch.setattr(atomic_mod.os, "replace", replace)
    desk = Desk.open(db, load_seeds=False)
    try:
        with pytest.raises(InvalidInput, match="Permission denied"):
            write_research(desk, folder, overwrite=True)
    finally:
        desk.close()
    assert {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()} == old
    assert any(dst == RESEARCH_FILES[0] for _, dst in calls)  # the first had been replaced


# -- a leftover WAL file that belongs to another database -----------------------------------


def _desk_with_a_killed_writers_wal(db: Path, stash: Path) -> None:
    """``db`` with, in ``stash``, the -wal/-shm a writer killed mid-work would leave."""
    _make_db(db, articles=4)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_autocheckpoint=0")  # every commit stays in the WAL
    for i in range(20):
        conn.execute("UPDATE claims SET note = ?", ("ملاحظة طويلة " * 40 * i,))
        conn.commit()
    for suffix in ("", "-wal", "-shm"):  # copied while open: as a kill -9 would leave them
        shutil.copy(f"{db}{suffix}", stash / f"left{suffix}")
    conn.close()  # (a clean close checkpoints and removes the WAL)


def test_a_stale_wal_left_beside_another_database_is_refused(tmp_path, capsys):
    """Regression: a writer killed mid-work left A.sqlite-wal; a colleague's copy was put in
    place of A.sqlite; SQLite applied the other file's WAL pages to it (corrupt: "rowid out
    of order", imports reported done that were not, made permanent by the next checkpoint)."""
    db = tmp_path / "A.sqlite"
    stash = tmp_path / "stash"
    stash.mkdir()
    _desk_with_a_killed_writers_wal(db, stash)
    assert not Path(f"{db}-wal").exists()
    _make_db(tmp_path / "colleague.sqlite", articles=9)
    shutil.copy(tmp_path / "colleague.sqlite", db)  # copied over A
    for suffix in ("-wal", "-shm"):
        shutil.copy(stash / f"left{suffix}", f"{db}{suffix}")
    wal = Path(f"{db}-wal")
    before = {p: sha256(p) for p in (db, wal)}
    article = tmp_path / "new.txt"
    article.write_text("مقال جديد. فيه جملة.", encoding="utf-8")
    hostile(4)
    for args in (("articles",), ("import", article), ("claim", "set", "1", "--status", "true")):
        code, out, err = _cli(capsys, db, *args)
        line = _one_line(code, err, str(wal), "nothing was changed")
        assert "does not belong" in line and out == ""
    with pytest.raises(StoreError, match="does not belong"):
        Desk.open(db, read_only=True)
    assert {p: sha256(p) for p in (db, wal)} == before
    # Moved aside as the message says, the database opens as the colleague left it.
    wal.rename(tmp_path / "aside-wal")
    Path(f"{db}-shm").unlink()
    desk = Desk.open(db, load_seeds=False)
    try:
        assert len(desk.articles()) == 9
    finally:
        desk.close()
    assert integrity(db) == "ok"


def test_a_wal_left_by_a_killed_writer_of_the_same_database_is_recovered(tmp_path):
    """The check must not refuse the ordinary case: a writer of this very file killed with
    work in its WAL; the committed work is there when the desk is opened again."""
    db = tmp_path / "A.sqlite"
    stash = tmp_path / "stash"
    stash.mkdir()
    _desk_with_a_killed_writers_wal(db, stash)
    for suffix in ("", "-wal", "-shm"):  # the files as the kill left them
        shutil.copy(stash / f"left{suffix}", f"{db}{suffix}")
    desk = Desk.open(db, load_seeds=False)
    try:
        assert {c.note for c in desk.claims()} == {"ملاحظة طويلة " * 40 * 19}
    finally:
        desk.close()
    assert integrity(db) == "ok"


# -- SQL planted in a shared database -------------------------------------------------------

_ENDLESS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)"

PLANTED = {
    # rewrote every verdict to "true" as the window took the edit lock
    "trigger_on_the_edit_lock": (
        [
            (
                "CREATE TRIGGER lock_taken AFTER INSERT ON edit_lock "
                "BEGIN UPDATE claims SET status_id = 'true'; END"
            ),
            (
                "CREATE TRIGGER lock_renewed AFTER UPDATE ON edit_lock "
                "BEGIN UPDATE claims SET status_id = 'true'; END"
            ),
        ],
        ["lock_taken", "lock_renewed"],
    ),
    # silently dropped the audit trail
    "history_inserts_ignored": (
        [
            (
                "CREATE TRIGGER history_quiet BEFORE INSERT ON history "
                "BEGIN SELECT RAISE(IGNORE); END"
            )
        ],
        ["history_quiet"],
    ),
    # the append-only guard removed: history could be rewritten
    "append_only_triggers_dropped": (
        ["DROP TRIGGER history_no_update", "DROP TRIGGER history_no_delete"],
        ["history_no_update", "history_no_delete"],
    ),
    # every command and the window hung on the first read of the claims
    "endless_view_in_place_of_claims": (
        [
            "ALTER TABLE claims RENAME TO claims_kept",
            (
                f"CREATE VIEW claims AS {_ENDLESS} SELECT i AS id, 1 AS article_id, "
                "0 AS start, 1 AS \"end\", '' AS quote, '' AS prefix, '' AS suffix, "
                "'true' AS status_id, '' AS note, '' AS annotator, '' AS created_at, "
                "'' AS updated_at, 1 AS version, NULL AS linked_to, 'agree' AS stance FROM n"
            ),
        ],
        ["claims"],
    ),
}


def _plant(db: Path, statements: list[str]) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("PRAGMA legacy_alter_table=ON")  # a rename that leaves references alone
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    checkpoint(db)


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_sql_planted_in_the_database_is_refused_before_anything_runs(tmp_path, capsys, name):
    """Regression: nothing checked the schema beyond the revision, so triggers and views
    put in a shared file by someone else ran during normal use."""
    statements, named = PLANTED[name]
    db = _make_db(tmp_path / f"{name}.sqlite", articles=2)
    _plant(db, statements)
    digest = sha256(db)
    hostile(4)
    for args in (("articles",), ("claim", "set", "1", "--status", "true"), ("history",)):
        code, out, err = _cli(capsys, db, *args)
        line = _one_line(code, err, "nothing was run or changed", *named)
        assert out == "" and "database objects" in line
    with pytest.raises(StoreError, match="nothing was run or changed"):
        Desk.open(db, load_seeds=False)
    assert sha256(db) == digest
    assert not list(tmp_path.glob("*.bak"))


def test_a_query_that_runs_too_long_is_stopped_with_a_clear_error(tmp_path, monkeypatch):
    """Whatever gets past the schema check, no single statement runs without bound."""
    monkeypatch.setattr(engine_mod, "QUERY_TIME_LIMIT_S", 0.5)
    db = _make_db(tmp_path / "slow.sqlite")
    desk = Desk.open(db, load_seeds=False)
    try:
        from sqlalchemy import text

        hostile()
        with (
            pytest.raises(StoreError, match="took longer than") as info,
            desk.store.read() as session,
        ):
            session.execute(text(f"{_ENDLESS} SELECT count(*) FROM n")).scalar()
        assert "\n" not in str(info.value)
        assert desk.claim(1).status_id == "false"  # the desk goes on working
    finally:
        desk.close()


# -- damaged but readable databases ---------------------------------------------------------


def _flip_index_name(db: Path) -> None:
    data = bytearray(db.read_bytes())
    at = data.find(b"ix_claims_article")
    data[at + 3] = 0xFF  # a name that is not UTF-8 any more
    db.write_bytes(bytes(data))


def _text_as_blob(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("UPDATE articles SET text = CAST(text AS BLOB) WHERE id = 1")
    conn.commit()
    conn.close()
    checkpoint(db)


def test_a_flipped_byte_in_an_index_name_gives_one_line(tmp_path, capsys):
    """Regression: UnicodeDecodeError (SQLite's message quoting the name) on every command."""
    db = _make_db(tmp_path / "flipped.sqlite")
    _flip_index_name(db)
    digest = sha256(db)
    hostile(2)
    for args in (("articles",), ("claim", "set", "1", "--status", "true")):
        code, _, err = _cli(capsys, db, *args)
        _one_line(code, err, "damaged")
    with pytest.raises(StoreError, match="damaged"):
        Desk.open(db, load_seeds=False)
    assert sha256(db) == digest


def test_article_text_stored_as_binary_gives_one_line_naming_the_article(tmp_path, capsys):
    """Regression: text stored as a BLOB (easy with another SQLite tool) gave tracebacks in
    search and claim add; the rest of the desk stays usable."""
    db = _make_db(tmp_path / "blob.sqlite", articles=2)
    _text_as_blob(db)
    hostile(3)
    for args in (("search", "الاقتصاد"), ("claim", "add", "1", "--sentence", "1"),
                 ("sentences", "1")):  # fmt: skip
        code, _, err = _cli(capsys, db, *args)
        _one_line(code, err, "article 1", "damaged")
    code, out, _ = _cli(capsys, db, "sentences", "2")
    assert code == 0 and "قال" in out
    desk = Desk.open(db, load_seeds=False)
    try:
        with pytest.raises(StoreError, match="article 1"):
            desk.article(1)
        assert "قال" in desk.article(2).text
    finally:
        desk.close()
