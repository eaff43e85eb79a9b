"""``factcheck claim link/unlink``, ``claims --json``, ``search`` and the new exports."""

from __future__ import annotations

import json

import pytest

from factcheck.cli.main import main
from factcheck.text import normalize_text


@pytest.fixture
def run(seeded_db, capsys):
    def _run(*args):
        code = main(["--db", str(seeded_db), *[str(a) for a in args]])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return _run


@pytest.fixture
def two_claims(run):
    code, out, err = run(
        "claim", "add", 1, "--sentence", 3, "--status", "false", "--json"
    )
    assert code == 0, err
    first = json.loads(out)["id"]
    code, out, err = run("claim", "add", 2, "--sentence", 6, "--json")
    assert code == 0, err
    return first, json.loads(out)["id"]


def test_link_unlink_and_claims_json(run, two_claims):
    first, second = two_claims
    code, out, err = run("claim", "link", second, "--to", first, "--stance", "disagree")
    assert code == 0, err
    assert f"claim {second} linked to claim {first}" in out
    code, out, _ = run("claims", "--json")
    data = {c["id"]: c for c in json.loads(out)}
    assert data[second]["linked_to"] == first and data[first]["linked_to"] is None
    assert data[second]["status"] == "false"  # the group's verdict
    for claim_id in (first, second):
        apps = data[claim_id]["appearances"]
        assert [a["claim_id"] for a in apps] == [first, second]
        assert apps[1] == {
            "claim_id": second,
            "article_id": 2,
            "start": data[second]["start"],
            "end": data[second]["end"],
            "stance": "disagree",
        }
    # one article's list still shows the appearances in the other article
    code, out, _ = run("claims", 2, "--json")
    (only,) = json.loads(out)
    assert [a["article_id"] for a in only["appearances"]] == [1, 2]

    code, out, err = run("claim", "unlink", second)
    assert code == 0, err
    code, out, _ = run("claims", "--json")
    data = {c["id"]: c for c in json.loads(out)}
    assert data[second]["linked_to"] is None and data[second]["status"] == "unverified"
    assert [a["claim_id"] for a in data[second]["appearances"]] == [second]
    code, out, _ = run("history", second, "--json")
    actions = [e["action"] for e in json.loads(out) if e["field"] == "linked_to"]
    assert actions == ["link", "unlink"]


@pytest.mark.parametrize(
    "args, message",
    [
        (("claim", "link", 1, "--to", 1), "itself"),
        (("claim", "link", 1, "--to", 99), "no claim 99"),
        (("claim", "link", 99, "--to", 1), "no claim 99"),
        (("claim", "unlink", 2), "not linked"),
    ],
)
def test_link_errors_are_one_line(run, two_claims, args, message):
    code, out, err = run(*args)
    assert code == 1 and out == ""
    assert err.startswith("factcheck: error:") and message in err
    assert err.count("\n") == 1


def test_bad_stance_is_a_usage_error(run, two_claims):
    with pytest.raises(SystemExit) as exc:
        run("claim", "link", 2, "--to", 1, "--stance", "maybe")
    assert exc.value.code == 2


def test_search_json_offsets(run, seeded_db):
    from factcheck.desk import Desk

    code, out, err = run("search", "أمازون", "--json")
    assert code == 0, err
    hits = json.loads(out)
    assert {h["article_id"] for h in hits} == {1, 2}
    desk = Desk.open(seeded_db)
    try:
        # أمازون, or Amazon: the same name on the desk's alias list
        spellings = next(
            {normalize_text(t) for t in group}
            for group in desk.aliases()
            if "امازون" in {normalize_text(t) for t in group}
        )
        assert "امازون" in {
            normalize_text(desk.article(h["article_id"]).text[h["start"] : h["end"]]) for h in hits
        }
        for h in hits:
            text = desk.article(h["article_id"]).text
            assert normalize_text(text[h["start"] : h["end"]]) in spellings
            sentence = desk.sentence(h["article_id"], h["sentence"])
            assert sentence.start <= h["start"] < h["end"] <= sentence.end
            assert h["snippet"] in sentence.text
    finally:
        desk.close()
    code, out, _ = run("search", "امازون", "--limit", 2)
    assert code == 0 and len(out.strip().splitlines()) == 2
    code, out, _ = run("search", '"(OR*', "--json")
    assert code == 0 and json.loads(out) == []


def test_export_commands(run, two_claims, tmp_path):
    first, second = two_claims
    run("claim", "link", second, "--to", first)
    out = tmp_path / "reviews.json"
    code, stdout, err = run("export", "claimreview", out, "--org", "Desk", "--include-unapproved")
    assert code == 0, err
    assert "1 ClaimReview" in stdout
    (review,) = json.loads(out.read_text(encoding="utf-8"))
    assert len(review["itemReviewed"]["appearance"]) == 2
    code, _, err = run("export", "claimreview", out)
    assert code == 1 and "already exists" in err
    code, _, err = run(
        "export",
        "claimreview",
        out,
        "--force",
        "--include-unapproved",
        "--url-template",
        "https://x.example/{claim_id}",
    )
    assert code == 0, err
    assert (
        json.loads(out.read_text(encoding="utf-8"))[0]["url"]
        == f"https://x.example/{first}"
    )

    anno = tmp_path / "anno.jsonld"
    code, _, err = run("export", "annotations", anno, "--article", 2)
    assert code == 0, err
    assert json.loads(anno.read_text(encoding="utf-8"))["total"] == 1

    folder = tmp_path / "research"
    code, stdout, err = run("export", "research", folder)
    assert code == 0, err
    assert (folder / "stance_pairs.jsonl").exists()
    assert (folder / "check_worthiness.tsv").exists()

    csv_out = tmp_path / "report.csv"
    code, _, err = run("export", "csv", csv_out)
    assert code == 0, err
    header = csv_out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.endswith("appearance_count,appearance_article_ids,stance")
