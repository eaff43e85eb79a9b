"""Listings and exports are written as they are read (memory stays flat with the archive's
size) and give, byte for byte, what the whole-in-memory versions gave.

``golden_streaming/`` holds the output of every listing and export on a small, fixed desk,
captured from the versions that built each output whole in memory before writing it. The
desk is built with a fixed clock, so every output is the same at each run.
"""

from __future__ import annotations

import json
import os
import random
from bisect import bisect_right
from pathlib import Path

import pytest
from core_support import SEED_FILES

from factcheck import workflow
from factcheck.cli.main import main
from factcheck.desk import Desk, history
from factcheck.model import SourceInput

GOLDEN = Path(__file__).with_name("golden_streaming")
STAMP = "2024-05-06T07:08:09+03:00"

EXTRA = (
    "عاجل: الشركة تنفي 😀 الخبر\n"
    "قالت الشركة في بيان إنها لم تحظر أي تطبيق. "
    "وأضاف المتحدث أن الرسالة أُرسلت بالخطأ إلى 1,200 موظف! "
    "هل كان ذلك صحيحاً؟ نعم، وفق Reuters.\n\n"
    "فقرة ثانية قصيرة.\n"
)
# (command line, output file name); "{out}" is a path in a fresh folder.
COMMANDS = (
    (["articles"], "articles.txt"),
    (["articles", "--json"], "articles.json"),
    (["claims"], "claims.txt"),
    (["claims", "--json"], "claims.json"),
    (["claims", "3", "--json"], "claims-3.json"),
    (["claims", "2"], "claims-2.txt"),
    (["history"], "history.txt"),
    (["history", "--json"], "history.json"),
    (["history", "4", "--json"], "history-4.json"),
    (["report"], "report.txt"),
    (["report", "--visual"], "report-visual.txt"),
    (["export", "csv", "{out}"], "report.csv"),
    (["export", "csv", "{out}", "--article", "2"], "report-2.csv"),
    (["export", "claimreview", "{out}", "--include-unapproved"], "claimreview.json"),
    (["export", "claimreview", "{out}", "--article", "3", "--org", "مرصد",
      "--include-unapproved"], "claimreview-3.json"),
    (["export", "annotations", "{out}"], "annotations.jsonld"),
    (["export", "annotations", "{out}", "--article", "1"], "annotations-1.jsonld"),
    (["export", "research", "{out}"], "research"),
    (["export", "research", "{out}", "--article", "3"], "research-3"),
)


def build_desk(path: Path, monkeypatch) -> None:
    """Three articles; claims of every kind: rated and not, notes, sources with and without
    titles and archive copies, a group across articles with stances, a changed status, a
    deleted claim, an article with no claims at all."""
    monkeypatch.setattr(history, "now_iso", lambda: STAMP)
    monkeypatch.setattr(workflow, "_now", lambda: STAMP)
    desk = Desk.open(path, annotator="rahaf", load_seeds=False)
    try:
        for seed in SEED_FILES:
            desk.import_bytes(seed.read_bytes(), imported_from=seed.name)
        desk.import_text(
            EXTRA,
            imported_from="extra.txt",
            publisher="رويترز",
            url="https://example.org/news/1",
            published="2024-01-02",
        )
        desk.import_text("مقال بلا ادعاءات.\n", imported_from="empty-claims.txt")
        src = SourceInput(
            url="https://example.org/statement",
            title="بيان الشركة",
            publisher="Amazon",
            accessed="2024-05-01",
            archive_url="https://web.archive.org/web/2024/https://example.org/statement",
            stance="refutes",
        )
        bare = SourceInput(url="https://example.com/b", accessed="2024-05-02")
        a1 = desk.add_claim_for_sentence(1, 2, status_id="false", sources=[src, bare])
        desk.add_claim_for_sentence(1, 4, note="=SUM(A1) يحتاج مصدراً")
        a3 = desk.add_claim_for_sentence(2, 2)
        c4 = desk.add_claim_for_sentence(3, 1, status_id="mostly_true", note="تحقق أولي")
        desk.add_claim(3, 0, 5)
        desk.add_claim_for_sentence(3, 3, status_id="in_progress")
        desk.link_claim(a3.id, a1.id, "disagree")
        desk.link_claim(c4.id + 1, c4.id, "discuss")
        desk.set_status(c4.id, "mixed")
        workflow.set_justification(desk, c4.id, "قال المتحدث إن الرسالة أُرسلت بالخطأ.")
        gone = desk.add_claim_for_sentence(2, 3)
        desk.delete_claim(gone.id)
        desk.add_claim_for_sentence(2, 4, status_id="misleading", sources=[bare])
        desk.add_source(a1.id, SourceInput(url="https://example.net/c", title="ثالث", accessed="2024-05-03"))
    finally:
        desk.close()


def outputs(db: Path, work: Path, capsys) -> dict[str, bytes]:
    """What each command of ``COMMANDS`` prints or writes."""
    out: dict[str, bytes] = {}
    for i, (argv, name) in enumerate(COMMANDS):
        target = work / f"{i}-{name}"
        args = [a.replace("{out}", str(target)) for a in argv]
        capsys.readouterr()
        assert main(["--db", str(db), *args]) == 0, (args, capsys.readouterr().err)
        printed = capsys.readouterr().out.replace(str(target), "OUT")
        if target.is_dir():
            for file in sorted(target.iterdir()):
                out[f"{name}/{file.name}"] = file.read_bytes()
        elif target.exists():
            out[name] = target.read_bytes()
        else:
            out[name] = printed.encode("utf-8")
            continue
        out[f"{name}.printed"] = printed.encode("utf-8")
    return out


@pytest.fixture
def fixed_desk(tmp_path, monkeypatch) -> Path:
    db = tmp_path / "fixed.sqlite"
    build_desk(db, monkeypatch)
    return db


def test_every_listing_and_export_is_byte_for_byte_what_it_was(fixed_desk, tmp_path, capsys):
    got = outputs(fixed_desk, tmp_path, capsys)
    if os.environ.get("FACTCHECK_WRITE_GOLDEN"):  # how the files were made
        GOLDEN.mkdir(exist_ok=True)
        for name, data in got.items():
            (GOLDEN / name).parent.mkdir(exist_ok=True)
            (GOLDEN / name).write_bytes(data)
    expected = {
        str(p.relative_to(GOLDEN)): p.read_bytes() for p in GOLDEN.rglob("*") if p.is_file()
    }
    assert sorted(got) == sorted(expected)
    for name, data in expected.items():
        assert got[name] == data, name


def test_golden_outputs_hold_what_the_desk_holds():
    """The captured outputs are not empty shells: they hold the claims, the group, the
    deleted claim's history and the verdicts (so equality above means something)."""
    claims = json.loads((GOLDEN / "claims.json").read_text("utf-8"))
    assert len(claims) == 7
    linked = [c for c in claims if c["linked_to"] is not None]
    assert {c["stance"] for c in linked} == {"disagree", "discuss"}
    assert all(len(c["appearances"]) == 2 for c in linked)
    reviews = json.loads((GOLDEN / "claimreview.json").read_text("utf-8"))
    assert [r["reviewRating"]["ratingValue"] for r in reviews] == [1, 3, 2]
    annotations = json.loads((GOLDEN / "annotations.jsonld").read_text("utf-8"))
    assert annotations["total"] == len(annotations["first"]["items"]) == 7
    history = json.loads((GOLDEN / "history.json").read_text("utf-8"))
    assert any(h["action"] == "delete" for h in history)
    rows = (GOLDEN / "research" / "check_worthiness.tsv").read_text("utf-8").splitlines()
    assert {r.rsplit("\t", 1)[1] for r in rows[1:]} == {"0", "1"}
    csv_lines = (GOLDEN / "report.csv").read_bytes().split(b"\r\n")
    assert csv_lines[0].startswith(b"\xef\xbb\xbfclaim_id") and len(csv_lines) == 9


def test_json_written_in_pieces_is_json_written_whole():
    from factcheck.export.atomic import ITEMS, dumps, json_chunks

    for items in ([], [1], [{"a": [1, 2], "b": "سطر\nآخر"}, {"c": {}}], [[], {}]):
        whole = dumps([*items])
        assert "".join(json_chunks([ITEMS], iter(items))) == whole
        nested = {"total": len(items), "first": {"type": "page", "items": [*items]}}
        skeleton = {"total": len(items), "first": {"type": "page", "items": [ITEMS]}}
        assert "".join(json_chunks(skeleton, iter(items))) == dumps(nested)


# -- check-worthiness: one sweep instead of every claim for every sentence ------------------


def _hits_by_rescanning(sentences, spans):
    """The definition: a sentence is check-worthy when some claim overlaps it."""
    return [int(any(a < end and b > start for a, b in spans)) for start, end in sentences]


def test_check_worthiness_sweep_agrees_with_the_definition():
    from factcheck.export.research import overlapped

    rng = random.Random(7)
    for _ in range(300):
        length = rng.randint(1, 200)
        cuts = sorted(rng.sample(range(1, length + 1), rng.randint(1, min(length, 12))))
        starts = [0, *cuts[:-1]]
        sentences = [(a + rng.randint(0, 1) * (b - a > 1), b) for a, b in zip(starts, cuts)]
        spans = []
        for _ in range(rng.randint(0, 15)):
            a = rng.randrange(length)
            spans.append((a, rng.randint(a + 1, length)))
        assert overlapped(sentences, sorted(spans)) == _hits_by_rescanning(sentences, spans)


def test_check_worthiness_sweep_is_the_old_bisect_rule():
    """The rule the export used (claims starting before a sentence's end, checked for
    reaching into it) and the sweep give the same answer on overlapping, nested claims."""
    from factcheck.export.research import overlapped

    rng = random.Random(11)
    sentences = [(i * 10, i * 10 + 9) for i in range(50)]
    spans = sorted((a, a + rng.randint(1, 60)) for a in (rng.randrange(500) for _ in range(40)))
    starts = [a for a, _ in spans]
    old = [
        int(any(end > s for _, end in spans[: bisect_right(starts, e - 1)])) for s, e in sentences
    ]
    assert overlapped(sentences, spans) == old
