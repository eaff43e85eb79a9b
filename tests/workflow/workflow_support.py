"""Helpers of the workflow tests: one-line refusals, and row counts to see nothing changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def one_line_error(result, *needles) -> None:
    code, _out, err = result
    assert code == 1, err
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    assert err.startswith("factcheck: error: ")
    for needle in needles:
        assert needle in err, err


def table_counts(db: Path) -> dict[str, int]:
    """Rows per table: 'nothing changed' is these staying equal."""
    con = sqlite3.connect(db)
    try:
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_index%'")]  # fmt: skip
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()
