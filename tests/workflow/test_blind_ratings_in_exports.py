"""A blind rating is never shown to the other rater before both have rated: not in any
export nor listing either (the window's inspector is checked in tests/gui)."""

from __future__ import annotations

import json


def _double_rated(run, desk_with_editors):
    """Article 1 assigned to omar and nour; claim 1 rated "satire" by omar only (no claim
    has that status, so the word can only come from his rating)."""
    assert run("--as", "hala", "editor", "add", "rima", "--role", "editor")[0] == 0
    assert run("--as", "hala", "assign", "1", "--to", "omar", "--second", "rima")[0] == 0
    assert run("--as", "omar", "claim", "add", "1", "--sentence", "3")[0] == 0
    assert run("--as", "omar", "rate", "1", "--status", "satire")[0] == 0


def _everything_rima_can_read(run, tmp_path) -> str:
    texts = []
    for args in (("history", "--json"), ("history", "1", "--json"), ("history",),
                 ("ratings", "--json"), ("claims", "--json")):  # fmt: skip
        code, out, err = run("--as", "rima", *args)
        assert code == 0, (args, err)
        texts.append(out)
    for kind, name in (("csv", "r.csv"), ("claimreview", "cr.json"),
                       ("annotations", "a.jsonld"), ("research", "research")):  # fmt: skip
        out = tmp_path / name
        code, _, err = run("--as", "rima", "export", kind, out, "--force")
        assert code == 0, (kind, err)
        files = sorted(out.iterdir()) if out.is_dir() else [out]
        texts.extend(f.read_text(encoding="utf-8-sig") for f in files)
    return "\n".join(texts)


def test_no_export_or_listing_shows_the_other_raters_blind_rating(
    run, tmp_path, desk_with_editors
):
    _double_rated(run, desk_with_editors)
    seen = _everything_rima_can_read(run, tmp_path)
    assert "satire" not in seen.lower()
    assert "ساخر" not in seen  # the Arabic label of satire
    code, out, _ = run("--as", "rima", "report", "--json")  # the dashboard's numbers
    assert code == 0 and json.loads(out)["verdicts_by_status"]["satire"] == 0
    # omar sees his own
    _code, out, _ = run("--as", "omar", "ratings", "--json")
    assert json.loads(out)[0]["status"] == "satire"


def test_once_both_have_rated_the_ratings_are_shown(run, tmp_path, desk_with_editors):
    _double_rated(run, desk_with_editors)
    assert run("--as", "rima", "rate", "1", "--status", "false")[0] == 0
    _code, out, _ = run("--as", "rima", "ratings", "--json")
    assert {r["editor"]: r["status"] for r in json.loads(out)} == {
        "omar": "satire",
        "rima": "false",
    }
