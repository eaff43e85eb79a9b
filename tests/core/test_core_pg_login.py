"""A server that asks for a password (scram-sha-256, as a desk's server is set up): a wrong
one is one clear line, never a traceback, never the password echoed back, and changes
nothing; the right one works, in the URL or in PGPASSWORD."""

from __future__ import annotations

import os
import subprocess
import sys


def factcheck(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, **(env or {})},
    )  # fmt: skip


def refused_login(done: subprocess.CompletedProcess, *secrets: str) -> None:
    assert done.returncode == 1, done
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert done.stderr.startswith("factcheck: error: Cannot log in to "), done.stderr
    for secret in secrets:
        assert secret not in done.stderr


def test_a_wrong_password_is_one_line_and_the_right_one_works(password_desk):
    desk = password_desk
    wrong = desk.url("WRONG-pw-4711")
    refused = factcheck("--db", wrong, "init")
    refused_login(refused, "WRONG-pw-4711")
    assert "***" in refused.stderr  # where it tried, the password hidden
    assert desk.tables() == []  # nothing was created
    refused_login(factcheck("--db", wrong, "articles"), "WRONG-pw-4711")
    refused_login(factcheck("--db", desk.url(), "articles"))  # no password at all
    right = desk.url(desk.password)
    done = factcheck("--db", right, "init")
    assert done.returncode == 0, done.stderr
    assert "articles" in desk.tables()
    done = factcheck("--db", right, "articles")
    assert done.returncode == 0 and done.stderr == "", done.stderr
    refused_login(factcheck("--db", wrong, "articles"), "WRONG-pw-4711")


def test_pgpassword_wrong_is_refused_and_right_is_used(password_desk):
    desk = password_desk
    assert factcheck("--db", desk.url(desk.password), "init").returncode == 0
    refused = factcheck("--db", desk.url(), "articles", env={"PGPASSWORD": "WRONG-pw-4711"})
    refused_login(refused, "WRONG-pw-4711")
    done = factcheck("--db", desk.url(), "articles", env={"PGPASSWORD": desk.password})
    assert done.returncode == 0, done.stderr
