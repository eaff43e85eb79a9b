"""``factcheck import`` beside Label Studio's REST import, on the same files.

Run alone: ``python -m tests.perf.label_studio [--files 5000] [--chars 3000] [--runs 3]
[--label-studio PATH] [--workdir DIR]``.

The input is ``corpus.seed_pieces``: ``--files`` distinct texts of exactly ``--chars``
characters cut from the seed articles, written as ``piece-00001.txt``… into a temporary
folder. Both sides get those same texts:

- factcheck: ``factcheck --db NEW.sqlite import FOLDER`` in a fresh process, the command a
  user runs, from its start to its exit (interpreter start-up and the new database's
  set-up included). When it returns, every article is stored, split into sentences and in
  the search index: searchable at once.
- Label Studio: one ``POST /api/projects/{id}/import`` of all the texts as JSON tasks
  (``[{"text": ...}, ...]``) to a server that is already up, with its project made, from
  the request's start until Label Studio reports every task stored (the open-source
  edition answers once they are; an edition that imports in the background is polled for
  the project's task count, and that wait is counted). It stores the texts as tasks: no
  sentences, no search index. Its own start-up (20 s or more) is not counted.

Runs alternate (factcheck, Label Studio, factcheck, …) so a change in the machine's speed
reaches both; the medians and the ratio factcheck / Label Studio are printed. Label Studio
is optional: without it only factcheck is measured, and a line says how to install it.
Like every benchmark here, this never fails because a figure is slow.

Label Studio goes in a virtual environment of its own, outside the repository, so it never
meets the app's dependencies (found on ``PATH``, through ``FACTCHECK_BENCH_LABEL_STUDIO``,
or ``--label-studio``)::

    python3 -m venv /opt/label-studio
    /opt/label-studio/bin/pip install label-studio==1.23.2
    python -m tests.perf.label_studio --label-studio /opt/label-studio/bin/label-studio

Each Label Studio run gets a new data folder under the work folder (SQLite), listens on
127.0.0.1 on a free port, opens no browser and reaches nothing outside the machine (no
version check, analytics or error reporting). Its user and API token are made at start-up
from ``LABEL_STUDIO_USERNAME``, ``LABEL_STUDIO_PASSWORD`` and ``LABEL_STUDIO_USER_TOKEN``;
the token is a legacy token (``Authorization: Token …``), which a new organisation
accepts only with ``--enable-legacy-api-token`` (``LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.perf import corpus
from tests.perf.run import log, ms_since

ENV_EXE = "FACTCHECK_BENCH_LABEL_STUDIO"
INSTALL_HINT = (
    "python3 -m venv /opt/label-studio && /opt/label-studio/bin/pip install "
    "label-studio==1.23.2, then --label-studio /opt/label-studio/bin/label-studio"
)
LABEL_CONFIG = (
    '<View><Text name="text" value="$text"/>'
    '<Choices name="v" toName="text"><Choice value="true"/></Choices></View>'
)
USER = "bench@factcheck.invalid"
PASSWORD = "factcheck-bench-password"
TOKEN = "factcheckbench0123456789abcdef"  # a legacy token: more than 5 characters
START_TIMEOUT_S = 300.0
IMPORT_TIMEOUT_S = 1800.0
POLL_S = 0.05


def find_label_studio(explicit: str | None) -> str | None:
    """The ``label-studio`` executable: ``explicit``, else ``$FACTCHECK_BENCH_LABEL_STUDIO``,
    else the one on ``PATH``; None when there is none."""
    for candidate in (explicit, os.environ.get(ENV_EXE)):
        if candidate:
            found = shutil.which(candidate)
            return found if found else None
    return shutil.which("label-studio")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _one_line(text: str, limit: int = 300) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _last_line(path: Path) -> str:
    try:
        lines = [ln for ln in path.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
    except OSError:
        return ""
    return _one_line(lines[-1]) if lines else "(no output)"


class _Api:
    """JSON over HTTP to one Label Studio, with its token (stdlib only)."""

    def __init__(self, base: str, token: str) -> None:
        self.base = base
        self.token = token

    def call(self, method: str, path: str, body: bytes | None = None, timeout: float = 60.0):
        headers = {"Authorization": f"Token {self.token}", "Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json; charset=utf-8"
        request = urllib.request.Request(self.base + path, data=body, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                raw = response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")
            raise RuntimeError(
                f"Label Studio: {method} {path}: HTTP {exc.code}: {_one_line(detail, 200)}"
            ) from None
        return json.loads(raw) if raw else None


def _wait_until_up(proc: subprocess.Popen, base: str, log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(
                f"Label Studio exited ({proc.returncode}) while starting: {_last_line(log_path)}"
            )
        try:
            with urllib.request.urlopen(base + "/health", timeout=2) as response:
                if b"UP" in response.read():
                    return
        except (OSError, urllib.error.URLError):
            pass
        time.sleep(0.5)
    raise RuntimeError(f"Label Studio did not answer /health within {START_TIMEOUT_S:.0f} s")


def _stop(proc: subprocess.Popen) -> None:
    """Terminate the server (its own process group), then kill it if it lingers."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except (ProcessLookupError, PermissionError):
        proc.terminate()
    try:
        proc.wait(timeout=15)
        return
    except subprocess.TimeoutExpired:
        pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()
    proc.wait(timeout=15)


def measure_label_studio(texts: list[str], work: Path, exe: str) -> dict:
    """Seconds for Label Studio to take ``texts`` as tasks through one REST import.

    Starts ``exe`` on 127.0.0.1 with a new data folder under ``work``, makes a project, times
    the import, stops the server. Returns ``{"seconds", "version", "tasks"}``; raises
    RuntimeError (one line) when anything fails.
    """
    n = len(texts)
    work.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="label-studio-", dir=work))
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ)
    env.update(
        {
            "LABEL_STUDIO_BASE_DATA_DIR": str(data),
            "LABEL_STUDIO_DJANGO_DB": "sqlite",
            "LABEL_STUDIO_DATABASE_NAME": str(data / "label_studio.sqlite3"),
            "LABEL_STUDIO_USERNAME": USER,
            "LABEL_STUDIO_PASSWORD": PASSWORD,
            "LABEL_STUDIO_USER_TOKEN": TOKEN,
            "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
            # nothing outside this machine: no PyPI version check, analytics or Sentry
            "LABEL_STUDIO_LATEST_VERSION_CHECK": "false",
            "LABEL_STUDIO_COLLECT_ANALYTICS": "false",
            "LABEL_STUDIO_SENTRY_DSN": "",
            "LABEL_STUDIO_FRONTEND_SENTRY_DSN": "",
        }
    )
    command = [
        exe, "start", "--no-browser", "--internal-host", "127.0.0.1", "--port", str(port),
        "--data-dir", str(data), "--enable-legacy-api-token",
    ]  # fmt: skip
    body = json.dumps([{"text": t} for t in texts], ensure_ascii=False).encode("utf-8")
    log_path = data / "server.log"
    with open(log_path, "wb") as server_log:
        proc = subprocess.Popen(
            command,
            cwd=data,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=server_log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stopped whole, and no ^C from us
        )
    try:
        t0 = time.perf_counter()
        _wait_until_up(proc, base, log_path)
        log(f"Label Studio up on {base} after {ms_since(t0) / 1000:.1f} s")
        api = _Api(base, TOKEN)
        version = (api.call("GET", "/api/version") or {}).get("release", "?")
        project = api.call(
            "POST",
            "/api/projects",
            json.dumps({"title": "factcheck bench", "label_config": LABEL_CONFIG}).encode(),
        )["id"]

        t0 = time.perf_counter()
        answer = api.call("POST", f"/api/projects/{project}/import", body, IMPORT_TIMEOUT_S)
        stored = answer.get("task_count") if isinstance(answer, dict) and "import" not in answer else None
        deadline = time.monotonic() + IMPORT_TIMEOUT_S
        while stored != n:  # imported in the background: wait for every task
            if stored is not None and stored > n or time.monotonic() > deadline:
                raise RuntimeError(f"Label Studio stored {stored} tasks of {n}")
            time.sleep(POLL_S)
            stored = api.call("GET", f"/api/projects/{project}")["task_number"]
        seconds = ms_since(t0) / 1000.0

        counted = api.call("GET", f"/api/projects/{project}")["task_number"]
        if counted != n:
            raise RuntimeError(f"Label Studio reported {n} tasks, its project holds {counted}")
        return {"seconds": seconds, "version": version, "tasks": n}
    except (OSError, KeyError, TypeError, ValueError) as exc:
        raise RuntimeError(f"Label Studio: {_one_line(str(exc) or type(exc).__name__)}") from None
    finally:
        _stop(proc)
        shutil.rmtree(data, ignore_errors=True)


def _factcheck(args: list[str], work: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, FACTCHECK_SETTINGS=str(work / "settings.ini"))
    # Timed as every run after the first: Python caches the bytecode it compiles.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        cwd=work,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
    )


def _new_db(work: Path, stem: str) -> Path:
    work.mkdir(parents=True, exist_ok=True)
    i = 1
    while (work / f"{stem}-{i}.sqlite").exists():
        i += 1
    return work / f"{stem}-{i}.sqlite"


def _count_articles(db: Path) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()


def _remove_db(db: Path) -> None:
    for path in db.parent.glob(db.name + "*"):
        path.unlink(missing_ok=True)


def measure_factcheck(folder: Path, work: Path) -> float:
    """Seconds for ``factcheck --db NEW.sqlite import FOLDER`` (a fresh process, a new
    database ``work/factcheck-N.sqlite``, left there), checked afterwards to hold one
    article per ``.txt`` file."""
    n = sum(1 for _ in Path(folder).rglob("*.txt"))
    db = _new_db(work, "factcheck")
    t0 = time.perf_counter()
    proc = _factcheck(["--db", str(db), "import", str(folder)], work)
    seconds = ms_since(t0) / 1000.0
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(
            f"factcheck import exited {proc.returncode}: {_one_line(err[-1]) if err else ''}"
        )
    stored = _count_articles(db)
    if stored != n:
        raise RuntimeError(f"factcheck import stored {stored} articles of {n}")
    return seconds


def measure_factcheck_startup(work: Path) -> float:
    """Seconds for ``factcheck --db NEW.sqlite articles --json``: the process start and the
    new database's set-up that the import's figure includes."""
    db = _new_db(work, "startup")
    try:
        t0 = time.perf_counter()
        proc = _factcheck(["--db", str(db), "articles", "--json"], work)
        seconds = ms_since(t0) / 1000.0
        if proc.returncode != 0:
            raise RuntimeError(f"factcheck articles exited {proc.returncode}")
        return seconds
    finally:
        _remove_db(db)


def write_pieces(folder: Path, texts: list[str]) -> list[Path]:
    """``piece-00001.txt``…: one UTF-8 file per text, exactly its characters."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(texts, start=1):
        path = folder / f"piece-{i:05d}.txt"
        path.write_bytes(text.encode("utf-8"))
        paths.append(path)
    return paths


def parse_piece_args(parser: argparse.ArgumentParser, argv: list[str] | None) -> argparse.Namespace:
    """``parser``'s arguments, with those of every benchmark on the pieces: ``--files``,
    ``--chars``, ``--runs`` and ``--workdir``."""
    parser.add_argument("--files", type=int, default=5000, help="number of files (default 5000)")
    parser.add_argument("--chars", type=int, default=3000, help="characters per file (default 3000)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each (default 3)")
    parser.add_argument("--workdir", help="where the temporary folder goes (default: system temp)")
    args = parser.parse_args(argv)
    if args.files < 1 or args.runs < 1:
        parser.error("--files and --runs must be at least 1")
    return args


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.perf.label_studio",
        description="factcheck import beside Label Studio's REST import of the same files. "
        "Never fails because a figure is slow.",
    )
    parser.add_argument(
        "--label-studio",
        metavar="PATH",
        help=f"the label-studio executable (default: ${ENV_EXE}, else label-studio on PATH)",
    )
    return parse_piece_args(parser, argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    exe = find_label_studio(args.label_studio)
    texts = corpus.seed_pieces(args.files, args.chars)
    if args.workdir:
        Path(args.workdir).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-", dir=args.workdir) as tmp:
        work = Path(tmp)
        folder = work / "pieces"
        write_pieces(folder, texts)
        log(f"{len(texts):,} files of {args.chars:,} characters in {folder}")
        # One untimed run first: Python compiles and caches the app's bytecode.
        write_pieces(work / "warm-up", texts[:20])
        measure_factcheck(work / "warm-up", work / "factcheck")
        if exe is None:
            print(f"Label Studio is not installed: measuring factcheck alone (install: {INSTALL_HINT})")
        fc, startup, ls = [], [], []
        version = ""
        for run in range(1, args.runs + 1):
            fc.append(measure_factcheck(folder, work / "factcheck"))
            startup.append(measure_factcheck_startup(work / "factcheck"))
            log(f"run {run}: factcheck import {fc[-1]:.2f} s (start-up and new database {startup[-1]:.2f} s)")
            if exe is not None:
                try:
                    result = measure_label_studio(texts, work / "label-studio", exe)
                except RuntimeError as exc:
                    print(f"Label Studio could not be measured: {exc}")
                    exe = None
                else:
                    ls.append(result["seconds"])
                    version = result["version"]
                    log(f"run {run}: Label Studio {version} import {ls[-1]:.2f} s")
    fc_median = statistics.median(fc)
    print(f"{len(texts):,} files of {args.chars:,} characters (the seeds' text), {args.runs} run(s):")
    print(
        f"factcheck import:    {fc_median:.2f} s median, runs {', '.join(f'{s:.2f}' for s in fc)} "
        f"(of which process start-up and a new database {statistics.median(startup):.2f} s); "
        "sentences split and indexed: searchable"
    )
    if ls:
        ls_median = statistics.median(ls)
        print(
            f"Label Studio {version}: {ls_median:.2f} s median, runs {', '.join(f'{s:.2f}' for s in ls)} "
            "(REST import to a running server; stored as tasks, no segmentation, no search index)"
        )
        print(f"ratio factcheck / Label Studio: {fc_median / ls_median:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
