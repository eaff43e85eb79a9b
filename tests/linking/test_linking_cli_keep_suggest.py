"""``factcheck claim link … --keep this|other`` and ``factcheck suggest``."""

from __future__ import annotations

import json

import pytest

from factcheck.cli.main import main
from factcheck.desk import Desk


@pytest.fixture
def run(seeded_db, capsys):
    def _run(*args):
        code = main(["--db", str(seeded_db), *[str(a) for a in args]])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return _run


def _add(run, *args) -> int:
    code, out, err = run("claim", "add", *args, "--json")
    assert code == 0, err
    return json.loads(out)["id"]


@pytest.fixture
def disagreeing(run):
    """Claim A (article 2, true, note, source) to be linked to claim B (article 1, false)."""
    b = _add(run, 1, "--sentence", 3, "--status", "false", "--note", "ملاحظة ب",
             "--source", "https://example.org/b")  # fmt: skip
    a = _add(run, 2, "--sentence", 6, "--status", "true", "--note", "ملاحظة أ",
             "--source", "https://example.org/a", "--source", "https://example.org/b")  # fmt: skip
    return a, b


# A clause of the second sample article repeating the first article's third sentence (Amazon
# and the TikTok ban): marked by its span, since the sentence around it depends on the
# segmenter's rules.
AMAZON_ASKS = "بان شركة امازون تطالب موظفيها بحذف تطبيق تيك توك من هواتفهم المحمولة بسبب مخاطره الأمنية"


def _span(run, article_id: int, phrase: str) -> str:
    """``START:END`` of ``phrase`` in an article, for ``claim add --span``."""
    code, out, err = run("sentences", article_id, "--json")
    assert code == 0, err
    for sentence in json.loads(out):
        if phrase in sentence["text"]:
            start = sentence["start"] + sentence["text"].index(phrase)
            return f"{start}:{start + len(phrase)}"
    raise AssertionError(f"{phrase!r} is in no sentence of article {article_id}")


def _claims(run) -> dict:
    code, out, err = run("claims", "--json")
    assert code == 0, err
    return {c["id"]: c for c in json.loads(out)}


def test_link_of_disagreeing_claims_is_refused_in_one_line(run, disagreeing):
    a, b = disagreeing
    before = _claims(run)
    code, out, err = run("claim", "link", a, "--to", b)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("factcheck: error:")
    assert "disagree" in err and "--keep this" in err and "--keep other" in err
    assert "true" in err and "false" in err  # each side's verdict is named
    assert _claims(run) == before  # nothing changed


@pytest.mark.parametrize("keep, status", [("other", "false"), ("this", "true")])
def test_keep_says_whose_verdict_wins_and_merges_the_rest(run, disagreeing, keep, status):
    a, b = disagreeing
    code, out, err = run("claim", "link", a, "--to", b, "--keep", keep)
    assert code == 0, err
    assert f"claim {a} linked to claim {b}" in out and f"status {status}" in out
    data = _claims(run)
    for claim_id in (a, b):
        assert data[claim_id]["status"] == status
        assert data[claim_id]["note"] == "ملاحظة ب\n\nملاحظة أ"
        assert [s["url"] for s in data[claim_id]["sources"]] == [
            "https://example.org/b",
            "https://example.org/a",
        ]


def test_keep_takes_only_this_or_other(run, disagreeing):
    a, b = disagreeing
    with pytest.raises(SystemExit) as exc:
        run("claim", "link", a, "--to", b, "--keep", "mine")
    assert exc.value.code == 2


def test_help_says_what_this_and_other_mean(run, capsys):
    with pytest.raises(SystemExit):
        main(["claim", "link", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "this: the claim being linked (CLAIM_ID)" in text
    assert "other: the claim it joins (--to)" in text


def test_suggest_prints_what_the_window_offers(run, seeded_db):
    first = _add(run, 1, "--sentence", 3, "--status", "false")
    second = _add(run, 2, "--span", _span(run, 2, AMAZON_ASKS))
    code, out, err = run("suggest", second, "--json")
    assert code == 0, err
    rows = json.loads(out)
    desk = Desk.open(seeded_db, read_only=True)
    try:
        shown = desk.suggest_for_claim(second)  # what the inspector lists
    finally:
        desk.close()
    assert [r["claim_id"] for r in rows] == [c.id for c, _ in shown]
    assert rows and rows[0]["claim_id"] == first
    assert set(rows[0]) == {"claim_id", "article_id", "score", "status", "quote"}
    assert rows[0]["article_id"] == 1 and rows[0]["status"] == "false"
    assert 0 < rows[0]["score"] <= 1
    assert rows[0]["quote"] == _claims(run)[first]["text"]

    code, out, err = run("suggest", second)
    assert code == 0, err
    line = out.splitlines()[0]
    assert f"claim {first}" in line and "article 1" in line and "false" in line
    assert f"{round(rows[0]['score'] * 100)}%" in line


def test_suggest_limit(run, tmp_path):
    """Two close repeats of a claim in a third article: both are offered, --limit 1 keeps
    the best."""
    code, out, _ = run("sentences", 2, "--json")
    target_text = json.loads(out)[5]["text"]
    repeats = tmp_path / "repeats.txt"
    repeats.write_text(f"خبر\n{target_text}\nوقالت الصحف: {target_text}\n", encoding="utf-8")
    code, _, err = run("import", repeats)
    assert code == 0, err
    code, out, _ = run("sentences", 3, "--json")
    for sentence in json.loads(out)[1:]:
        _add(run, 3, "--sentence", sentence["index"])
    target = _add(run, 2, "--sentence", 6)
    code, out, err = run("suggest", target, "--json")
    assert code == 0, err
    everything = json.loads(out)
    assert len(everything) >= 2
    code, out, err = run("suggest", target, "--limit", 1, "--json")
    assert code == 0, err
    assert json.loads(out) == everything[:1]
    code, out, _ = run("suggest", target, "--limit", 1)
    assert len(out.splitlines()) == 1


def test_suggested_quotes_never_send_escape_sequences_to_the_terminal(run, tmp_path):
    """A quote holding ESC sequences (an OSC title change, a screen clear) is printed with
    its control characters made visible."""
    article = tmp_path / "hostile.txt"
    article.write_text(
        "خبر\n" + "جملة عادية طويلة عن الاقتصاد. " * 40
        + "امازون تطالب موظفيها بحذف تطبيق \x1b]0;pwned\x07تيك توك\x1b[2J من هواتفهم المحمولة.",
        encoding="utf-8",
    )
    code, _, err = run("import", article)
    assert code == 0, err
    code, out, _ = run("sentences", 3, "--json")
    last = json.loads(out)[-1]
    assert "\x1b" in last["text"]
    hostile = _add(run, 3, "--sentence", last["index"])
    target = _add(run, 2, "--span", _span(run, 2, AMAZON_ASKS))
    code, out, err = run("suggest", target)
    assert code == 0, err
    assert f"claim {hostile}" in out
    assert "\x1b" not in out and "\x07" not in out


def test_suggest_for_an_unknown_claim_is_one_line(run):
    code, out, err = run("suggest", 999)
    assert code == 1 and out == ""
    assert err.startswith("factcheck: error:") and "no claim 999" in err
    assert err.count("\n") == 1
