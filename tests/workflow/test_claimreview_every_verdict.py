"""ClaimReview for every verdict readers are told: the rated ones (true … false) and the
textual ones the scale marks publishable (unverifiable, satire, outdated), with the label
in the review's language, a numeric rating only where the scale gives one, where the claim
appeared (the article's metadata) and the organisation that publishes the review."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

from workflow_support import one_line_error

from factcheck.resources import default_status_scale, publishable_status_ids


def claimreview(run, tmp_path, *extra) -> dict[int, dict]:
    out = tmp_path / "cr.json"
    code, _, err = run("--as", "sara", "export", "claimreview", out, "--force", *extra)
    assert code == 0, err
    reviews = json.loads(out.read_text(encoding="utf-8"))
    return {int(r["identifier"].rsplit(":", 1)[1]): r for r in reviews}


def approved(run, claim_id: int, status: str) -> None:
    """Claim ``claim_id`` (on sentence ``claim_id`` of article 1) rated and approved."""
    code, _, err = run("--as", "omar", "claim", "add", "1", "--sentence", claim_id,
                       "--status", status)  # fmt: skip
    assert code == 0, err
    assert run("--as", "sara", "review", "approve", claim_id)[0] == 0


def test_the_scale_marks_textual_verdicts_publishable_and_work_states_not():
    scale = {s["id"]: s for s in default_status_scale()}
    assert "publishable" not in scale["true"]  # the database's columns only
    assert publishable_status_ids() == {
        "true", "mostly_true", "mixed", "misleading", "false",
        "unverifiable", "satire", "outdated",
    }  # fmt: skip


def test_satire_outdated_unverifiable_are_published_with_a_textual_rating(
    run, tmp_path, desk_with_editors
):
    approved(run, 1, "satire")
    approved(run, 2, "false")
    approved(run, 3, "outdated")
    approved(run, 4, "unverifiable")
    assert run("--as", "omar", "claim", "add", "1", "--sentence", "5")[0] == 0  # unverified
    assert run("--as", "omar", "claim", "add", "1", "--sentence", "6",
               "--status", "in_progress")[0] == 0  # fmt: skip
    reviews = claimreview(run, tmp_path, "--include-unapproved")
    assert set(reviews) == {1, 2, 3, 4}
    satire = reviews[1]["reviewRating"]
    assert satire["alternateName"] == "ساخر"
    assert "ratingValue" not in satire and "bestRating" not in satire
    assert "worstRating" not in satire
    assert reviews[3]["reviewRating"]["alternateName"] == "تجاوزته الأحداث"
    false = reviews[2]["reviewRating"]
    assert (false["ratingValue"], false["bestRating"], false["worstRating"]) == (1, 5, 1)
    assert reviews[2]["inLanguage"] == "ar"


def test_english_review_gives_english_labels(run, tmp_path, desk_with_editors):
    approved(run, 1, "satire")
    approved(run, 2, "mostly_true")
    reviews = claimreview(run, tmp_path, "--lang", "en")
    assert reviews[1]["inLanguage"] == "en"
    assert reviews[1]["reviewRating"]["alternateName"] == "Satire"
    assert reviews[2]["reviewRating"]["alternateName"] == "Mostly true"
    assert reviews[2]["reviewRating"]["ratingValue"] == 4


def test_appearance_and_organisation_come_from_metadata_and_options(
    run, tmp_path, desk_with_editors
):
    approved(run, 1, "false")
    code, _, err = run("--as", "omar", "article", "set", "1", "--url",
                       "https://news.example/a/1", "--publisher", "صحيفة المثال",
                       "--published", "2024-03-05")  # fmt: skip
    assert code == 0, err
    review = claimreview(
        run, tmp_path,
        "--org-name", "مرصد التحقق", "--org-url", "https://check.example/",
        "--org-logo", "https://check.example/logo.png",
        "--url-template", "https://check.example/c/{claim_id}",
    )[1]  # fmt: skip
    appearance = review["itemReviewed"]["appearance"][0]
    assert appearance["url"] == "https://news.example/a/1"
    assert appearance["publisher"]["name"] == "صحيفة المثال"
    assert appearance["datePublished"].startswith("2024-03-05")
    assert review["author"] == {
        "@type": "Organization",
        "name": "مرصد التحقق",
        "url": "https://check.example/",
        "logo": {"@type": "ImageObject", "url": "https://check.example/logo.png"},
    }
    assert review["url"] == "https://check.example/c/1"


def test_organisation_addresses_must_be_web_addresses(run, tmp_path, desk_with_editors):
    out = tmp_path / "cr.json"
    one_line_error(
        run("--as", "sara", "export", "claimreview", out, "--org-name", "X",
            "--org-logo", "javascript:alert(1)"),
        "logo",
    )  # fmt: skip
    assert not out.exists()


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$")


def absolute_web_address(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def test_reviews_meet_schema_org_claimreview_requirements(run, tmp_path, desk_with_editors):
    """What search engines require of a ClaimReview (claimReviewed, reviewRating with a
    textual or numeric rating, url, author, datePublished, itemReviewed) and recommend
    (appearance with address and date), with ISO 8601 dates and absolute addresses."""
    approved(run, 1, "satire")
    approved(run, 2, "false")
    assert run("--as", "omar", "article", "set", "1", "--url", "https://news.example/1",
               "--publisher", "صحيفة", "--published", "2024-03-05")[0] == 0  # fmt: skip
    reviews = claimreview(
        run, tmp_path, "--org-name", "مرصد", "--org-url", "https://check.example/",
        "--url-template", "https://check.example/c/{claim_id}",
    ).values()  # fmt: skip
    assert len(reviews) == 2
    for review in reviews:
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        assert review["claimReviewed"].strip()
        assert absolute_web_address(review["url"])
        assert ISO_DATE.match(review["datePublished"]), review["datePublished"]
        assert review["author"]["@type"] == "Organization" and review["author"]["name"]
        assert absolute_web_address(review["author"]["url"])
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"].strip()
        if "ratingValue" in rating:  # numeric ratings carry their scale
            assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        for work in item["appearance"]:
            assert absolute_web_address(work["url"])
            assert ISO_DATE.match(work["datePublished"]), work["datePublished"]
        assert ISO_DATE.match(item["datePublished"])
