"""Article files read and prepared for storing, in a worker process for a large import.

An import's Python work (reading, decoding, splitting sentences, normalising the search
rows) and its writes (mostly SQLite's own C code) can use two cores: for a large import,
``read_files`` starts a worker process running ``worker_main`` and takes its results while
the import writes the batch before. Threads cannot share this work: the writer would wait
for the interpreter lock after every SQLite step. The worker imports only the readers and
the text layer (no store, no SQLAlchemy), so it starts in ~50 ms.

The protocol, over the worker's stdin and stdout: the parent writes one pickle, the list of
chunks (each a list of paths), and closes stdin; the worker answers each chunk in order
with one pickle, after its length (8 bytes, little-endian): for each file ``(document,
prepared, None)``, or ``(None, None, (template, values))`` when the file is refused; or
None for the whole chunk if reading it failed in a way the parent should see for itself.
"""

from __future__ import annotations

import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, NamedTuple

from factcheck.intake import IntakeDocument, read_document
from factcheck.text import (
    DecodeError,
    count_bidi_controls,
    normalised_sentences,
    sentence_spans,
)

# An import of at least WORKER_MIN_FILES files reads in the worker (benchmark, 10,000 news
# articles: the import at 1.2-1.3x its floor instead of 1.7x); below that, a second
# interpreter's start costs more than it saves. Chunks hold at most WORKER_CHUNK_FILES
# files and WORKER_CHUNK_BYTES bytes (a larger file is a chunk alone), so what the worker
# holds ready stays small however large the folder.
WORKER_MIN_FILES = 500
WORKER_CHUNK_FILES = 64
WORKER_CHUNK_BYTES = 2_000_000
WORKER_ANSWERS_AHEAD = 8


class PreparedText(NamedTuple):
    """What storing a text needs computed in Python."""

    bidi_controls: int
    spans: list[tuple[int, int]]
    index_rows: list[tuple]  # ``normalised_sentences``: search rows less the article id


def prepare_text(text: str) -> PreparedText:
    """Sentences, bidi controls and search rows of a text about to be stored."""
    spans = sentence_spans(text)
    return PreparedText(count_bidi_controls(text), spans, normalised_sentences(text, spans))


# One file as read: (path, why it is refused, the document, its PreparedText or None when
# left to the writer to compute).
ReadFile = tuple[Path, DecodeError | None, IntakeDocument | None, PreparedText | None]


def read_files(files: list[tuple[Path, DecodeError | None]]) -> Iterator[ReadFile]:
    """Each of ``files`` (``(path, why it cannot be imported or None)``) read, in order:
    here for a small import, by the worker for a large one. A worker that cannot start, or
    dies (killed, out of memory), costs only speed: the rest is read here."""
    chunks = _chunks(files) if len(files) >= WORKER_MIN_FILES else None
    worker = _Worker.start([[p for p, _ in c] for c in chunks if c[0][1] is None]) if chunks else None
    answered = False  # every chunk answered: the worker is exiting by itself
    try:
        for chunk in chunks or ([f] for f in files):
            answer = None
            if worker is not None and chunk[0][1] is None:
                answer = worker.answer()
                if answer is _Worker.GONE:
                    worker = worker.stop()
                    answer = None
            if answer is None:
                yield from (_read_here(path, problem) for path, problem in chunk)
                continue
            for (path, _), (document, prepared, refusal) in zip(chunk, answer, strict=True):
                if refusal is not None:
                    template, values = refusal
                    yield path, DecodeError(template=template, **values), None, None
                else:
                    yield path, None, document, prepared
        answered = True
    finally:
        if worker is not None:
            worker.stop(wait=answered)


class _Worker:
    """The worker process, and a thread that takes its answers off the pipe as they come
    (up to ``WORKER_ANSWERS_AHEAD``), so it keeps reading files while a batch is written."""

    GONE = object()  # the worker exited or died before answering a chunk

    def __init__(self, process: subprocess.Popen):
        self.process = process
        self.answers: queue.Queue[bytes | None] = queue.Queue(maxsize=WORKER_ANSWERS_AHEAD)
        self.stopping = threading.Event()
        self.thread = threading.Thread(
            target=self._take_answers, name="factcheck-import-reader", daemon=True
        )
        self.thread.start()

    @classmethod
    def start(cls, chunks: list[list[Path]]) -> _Worker | None:
        """The worker, given its chunks; None if it cannot start (the import reads here)."""
        # This interpreter, finding factcheck where this process found it (appended to its
        # path: nothing it would import otherwise is shadowed).
        package_root = str(Path(__file__).resolve().parents[2])
        try:
            process = subprocess.Popen(
                [sys.executable, "-c", _WORKER_MAIN, package_root],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
        except (OSError, ValueError):
            return None
        worker = cls(process)
        try:
            with process.stdin:
                pickle.dump(chunks, process.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        except OSError:  # it exited at once: its answers end, and the import reads here
            pass
        return worker

    def answer(self) -> list | None | object:
        """The next chunk's answer (None: read it here), or ``GONE``."""
        body = self.answers.get()
        if body is None:
            return self.GONE
        try:
            return pickle.loads(body)  # from our own child
        except Exception:  # noqa: BLE001  a garbled answer: the worker is not trusted further
            return self.GONE

    def stop(self, wait: bool = False) -> None:
        """Stopped: given a moment to exit when it has answered everything, else killed (a
        cancelled import returns at once)."""
        self.stopping.set()
        try:
            self.process.wait(5 if wait else 0)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.thread.join()
        self.process.stdout.close()

    def _take_answers(self) -> None:
        pipe = self.process.stdout
        try:
            while True:
                head = pipe.read(8)
                size = int.from_bytes(head, "little")
                body = pipe.read(size) if len(head) == 8 else b""
                if not body or len(body) < size or not self._put(body):
                    break
        except (OSError, ValueError):
            pass
        self._put(None)

    def _put(self, item: bytes | None) -> bool:
        while not self.stopping.is_set():
            try:
                self.answers.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False


def _read_here(path: Path, problem: DecodeError | None) -> ReadFile:
    if problem is not None:
        return path, problem, None, None
    try:
        return path, None, read_document(path), None
    except DecodeError as exc:
        return path, exc, None, None


def _chunks(files: list[tuple[Path, DecodeError | None]]) -> list[list]:
    """``files`` cut in order into the worker's chunks; a refused path is a chunk alone."""
    chunks: list[list] = []
    chunk: list[tuple[Path, DecodeError | None]] = []
    size = 0
    for path, problem in files:
        if problem is not None:
            if chunk:
                chunks.append(chunk)
            chunks.append([(path, problem)])
            chunk, size = [], 0
            continue
        try:
            file_bytes = path.stat().st_size
        except OSError:
            file_bytes = 0  # the reader will say why
        if chunk and (len(chunk) >= WORKER_CHUNK_FILES or size + file_bytes > WORKER_CHUNK_BYTES):
            chunks.append(chunk)
            chunk, size = [], 0
        chunk.append((path, None))
        size += file_bytes
    if chunk:
        chunks.append(chunk)
    return chunks


def _refusal(exc: DecodeError) -> tuple[str, dict]:
    plain = (str, int, float)
    return exc.template, {k: v if isinstance(v, plain) else str(v) for k, v in exc.values.items()}


def _answer(paths: list[Path]) -> list[tuple] | None:
    answer = []
    try:
        for path in paths:
            try:
                document = read_document(path)
            except DecodeError as exc:
                answer.append((None, None, _refusal(exc)))
            else:
                answer.append((document, prepare_text(document.text), None))
    except Exception:  # noqa: BLE001  the parent reads the chunk itself and sees the error
        return None
    return answer


def serve(requests: BinaryIO, answers: BinaryIO) -> None:
    """The worker's loop: the chunks from ``requests``, one answer each to ``answers``."""
    for paths in pickle.load(requests):  # from the import that started it
        body = pickle.dumps(_answer(paths), protocol=pickle.HIGHEST_PROTOCOL)
        answers.write(len(body).to_bytes(8, "little"))
        answers.write(body)
        answers.flush()


def worker_main() -> None:
    """The worker process's entry point."""
    try:
        serve(sys.stdin.buffer, sys.stdout.buffer)
    except (BrokenPipeError, KeyboardInterrupt):  # the import stopped reading (cancelled)
        pass


_WORKER_MAIN = (
    "import sys; sys.path.append(sys.argv[1]); "
    "from factcheck.intake.prepare import worker_main; worker_main()"
)
