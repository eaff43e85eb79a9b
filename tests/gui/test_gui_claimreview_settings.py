"""The organisation, review address template and review language are set once in the
window's settings and used by every ClaimReview export from the window."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QDialog

from factcheck.desk import Desk
from factcheck.workflow import approve


def approved_satire(window) -> int:
    """Claim on sentence 1 of article 1 rated satire and approved by another editor."""
    window.open_article(1)
    sentence = window.reader.sentences[0]
    claim_id = window.mark_span(sentence.start, sentence.end).id
    window.apply_status("satire")
    reviewer = Desk.open(window.desk.store.path, annotator="another-editor")
    approve(reviewer, claim_id)
    reviewer.close()
    return claim_id


def test_settings_fill_the_claimreview_organisation(window, tmp_path, monkeypatch):
    from factcheck.gui import dialogs

    def filled(dialog):
        dialog.org_name.setText("مرصد التحقق")
        dialog.org_url.setText("https://check.example/")
        dialog.org_logo.setText("https://check.example/logo.png")
        dialog.url_template.setText("https://check.example/c/{claim_id}")
        dialog.review_language.setCurrentIndex(dialog.review_language.findData("en"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.SettingsDialog, "exec", filled)
    window.settings_dialog()
    claim_id = approved_satire(window)
    out = tmp_path / "reviews.jsonld"
    assert window.export("claimreview", str(out)) == 1
    review = json.loads(out.read_text(encoding="utf-8"))[0]
    assert review["author"]["name"] == "مرصد التحقق"
    assert review["author"]["url"] == "https://check.example/"
    assert review["author"]["logo"]["url"] == "https://check.example/logo.png"
    assert review["url"] == f"https://check.example/c/{claim_id}"
    assert review["reviewRating"]["alternateName"] == "Satire"
    assert "ratingValue" not in review["reviewRating"]
    # kept for the next session
    from factcheck.gui.settings import AppSettings

    assert AppSettings().claimreview_options()["org"] == "مرصد التحقق"


def test_a_bad_logo_address_in_settings_is_refused_with_a_dialog(window, tmp_path,
                                                                  monkeypatch):  # fmt: skip
    from factcheck.gui import dialogs

    def filled(dialog):
        dialog.org_name.setText("X")
        dialog.org_logo.setText("javascript:alert(1)")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.SettingsDialog, "exec", filled)
    window.settings_dialog()
    approved_satire(window)
    out = tmp_path / "reviews.jsonld"
    assert window.export("claimreview", str(out)) is None
    assert "javascript:alert(1)" in window.error_box.text()
    assert not out.exists()
