"""Desk: import, claims, sources, statuses, history, conflicts and the edit lock."""

from __future__ import annotations

import json
import re
import socket
import time
import unicodedata
from pathlib import Path

import pytest
from core_support import (
    SEED_FILES,
    SHORT_ARTICLE,
    decoded_seed,
    first_line,
    raw_rows,
    row_counts,
)

from factcheck.desk import Desk
from factcheck.desk.claims import CONTEXT_CHARS
from factcheck.model import (
    ConflictError,
    InvalidInput,
    NotFound,
    SourceInput,
)
from factcheck.store import repository as repo
from factcheck.text import normalize_text

# -- import -----------------------------------------------------------------------------------


def test_import_seeds_folder_stores_exact_decoded_text(desk, core_seeds):
    outcomes = desk.import_paths([core_seeds])
    assert [o.outcome for o in outcomes] == ["imported", "imported"]
    assert [o.path for o in outcomes] == [str(core_seeds / p.name) for p in SEED_FILES]
    for outcome, seed in zip(outcomes, SEED_FILES):
        article = desk.article(outcome.article_id)
        expected = decoded_seed(seed)
        assert article.text == expected
        assert article.title == first_line(expected) == outcome.title
        assert article.imported_from == str(core_seeds / seed.name)
        assert article.sentence_count == len(desk.sentences(article.id)) > 3
    titles = [a.title for a in desk.articles()]
    # The sample's first line is its section, "تكنولوجيا": the headline after it is the title.
    assert titles == ["شركة أمازون تتراجع إلى الوراء خطوة بشأن تيك توك", "هل امازون منعت موظفيها من استخدام تطبيق تيك توك ؟"]
    # Both spellings of the company survive (never stored normalised).
    assert "أمازون" in desk.article(1).text
    assert "امازون" in desk.article(2).text


def test_reimport_reports_duplicates_and_adds_nothing(seeded_desk, core_seeds, core_db):
    before = row_counts(core_db)
    again = seeded_desk.import_paths([core_seeds])
    assert [o.outcome for o in again] == ["duplicate", "duplicate"]
    assert [o.article_id for o in again] == [1, 2]
    assert all("same text as article" in o.reason for o in again)
    assert row_counts(core_db) == before
    # The same content under another name or encoding is still a duplicate.
    copy = core_seeds.parent / "renamed.txt"
    copy.write_bytes(
        b"\xef\xbb\xbf" + SEED_FILES[0].read_bytes().replace(b"\n", b"\r\n")
    )
    (dup,) = seeded_desk.import_paths([copy])
    assert (dup.outcome, dup.article_id) == ("duplicate", 1)
    assert row_counts(core_db) == before


def test_mixed_folder_imports_good_files_and_refuses_bad_ones(desk, tmp_path, core_db):
    folder = tmp_path / "inbox"
    (folder / "nested" / "deeper").mkdir(parents=True)
    good = "عنوان أول\r\nقال الوزير إن النمو بلغ 3.5 في المئة.\r\n"
    (folder / "a_utf8.txt").write_bytes(good.encode("utf-8"))
    cp1256 = "عنوان ثان\nأعلنت الحكومة اليوم عن خطة جديدة للنقل العام في المدينة.\n"
    (folder / "b_cp1256.txt").write_bytes(cp1256.encode("cp1256"))
    utf16 = "عنوان ثالث\nذكرت الصحيفة أن المصنع أغلق أبوابه 😀 أمس.\n"
    (folder / "c_utf16.txt").write_bytes(utf16.encode("utf-16"))
    (folder / "d_empty.txt").write_bytes(b"")
    (folder / "e_binary.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00" * 200)
    nested = "عنوان رابع\nخبر في مجلد داخلي.\n"
    (folder / "nested" / "deeper" / "f_nested.txt").write_text(nested, encoding="utf-8")
    (folder / "g_ignored.csv").write_text("not,an,article\n", encoding="utf-8")

    seen = []
    outcomes = desk.import_paths([folder], progress=seen.append)
    assert seen == outcomes
    by_name = {o.path.rsplit("/", 1)[-1]: o for o in outcomes}
    assert set(by_name) == {
        "a_utf8.txt",
        "b_cp1256.txt",
        "c_utf16.txt",
        "d_empty.txt",
        "e_binary.txt",
        "f_nested.txt",
    }
    expected_text = {
        "a_utf8.txt": good.replace("\r\n", "\n"),
        "b_cp1256.txt": cp1256,
        "c_utf16.txt": utf16,
        "f_nested.txt": nested,
    }
    for name, text in expected_text.items():
        o = by_name[name]
        assert o.outcome == "imported", (name, o.reason)
        article = desk.article(o.article_id)
        assert article.text == text
        assert article.title == first_line(text)
    assert by_name["b_cp1256.txt"].encoding == "windows-1256"
    assert by_name["d_empty.txt"].outcome == "refused"
    assert "empty" in by_name["d_empty.txt"].reason
    assert by_name["e_binary.txt"].outcome == "refused"
    assert "binary" in by_name["e_binary.txt"].reason
    assert row_counts(core_db)["articles"] == 4


def test_import_of_missing_path_and_empty_folder_is_refused(desk, tmp_path):
    empty = tmp_path / "empty-folder"
    empty.mkdir()
    outcomes = desk.import_paths([tmp_path / "nope.txt", empty])
    assert [o.outcome for o in outcomes] == ["refused", "refused"]
    assert "no such file" in outcomes[0].reason
    assert "no article files" in outcomes[1].reason
    assert desk.articles() == []


def test_identical_files_in_one_batch_are_imported_once(desk, tmp_path):
    folder = tmp_path / "twins"
    folder.mkdir()
    for name in ("one.txt", "two.txt"):
        (folder / name).write_text(SHORT_ARTICLE, encoding="utf-8")
    outcomes = desk.import_paths([folder])
    assert [o.outcome for o in outcomes] == ["imported", "duplicate"]
    assert outcomes[1].article_id == outcomes[0].article_id
    assert len(desk.articles()) == 1


def _index_rows(db) -> list[tuple]:
    return raw_rows(
        db, 'SELECT article_id, sentence, start, "end", text FROM search_index ORDER BY rowid'
    )


def test_batch_mixing_stored_new_and_repeated_texts(desk, tmp_path, core_db):
    stored = desk.import_text(SHORT_ARTICLE, imported_from="stored.txt")
    folder = tmp_path / "mixed"
    folder.mkdir()
    other = "عنوان آخر\nخبر جديد عن المطر. وخبر ثان عن الرياح.\n"
    third = "عنوان ثالث\nقال المتحدث إن الاجتماع انتهى.\n"
    files = {
        "a_stored_copy.txt": SHORT_ARTICLE,
        "b_new.txt": other,
        "c_new_again.txt": other,
        "d_new.txt": third,
        "e_stored_again.txt": SHORT_ARTICLE,
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    seen = []
    outcomes = desk.import_paths([folder], progress=seen.append)
    assert seen == outcomes
    assert [Path(o.path).name for o in outcomes] == sorted(files)
    assert [o.outcome for o in outcomes] == [
        "duplicate", "imported", "duplicate", "imported", "duplicate",
    ]  # fmt: skip
    b_id, d_id = outcomes[1].article_id, outcomes[3].article_id
    assert [o.article_id for o in outcomes] == [
        stored.article_id, b_id, b_id, d_id, stored.article_id,
    ]  # fmt: skip
    assert (b_id, d_id) == (stored.article_id + 1, stored.article_id + 2)
    assert outcomes[2].reason == f"same text as article {b_id}"
    assert outcomes[0].reason == f"same text as article {stored.article_id}"
    assert [o.title for o in outcomes] == [first_line(files[n]) for n in sorted(files)]
    assert row_counts(core_db)["articles"] == 3
    for article_id, text in ((b_id, other), (d_id, third)):
        article = desk.article(article_id)
        assert article.text == text
        name = "b_new.txt" if article_id == b_id else "d_new.txt"
        assert article.imported_from == str(folder / name)
        assert article.sentence_count == len(desk.sentences(article_id))
    # Each article's sentences are indexed once, in import order.
    rows = _index_rows(core_db)
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    for article_id in (stored.article_id, b_id, d_id):
        sentences = desk.sentences(article_id)
        mine = [r for r in rows if r[0] == article_id]
        assert [(r[1], r[2], r[3]) for r in mine] == [
            (s.index, s.start, s.end) for s in sentences
        ]
        assert [r[4] for r in mine] == [normalize_text(s.text) for s in sentences]


def test_rebuild_in_small_chunks_gives_the_imported_index_rows(
    seeded_desk, core_db, monkeypatch
):
    from factcheck.store import search_index

    seeded_desk.import_text(SHORT_ARTICLE)
    imported = _index_rows(core_db)
    assert len(imported) == sum(a.sentence_count for a in seeded_desk.articles())
    monkeypatch.setattr(search_index, "_ROWS_PER_INSERT", 2)
    assert seeded_desk.rebuild_search_index() == len(imported)
    assert _index_rows(core_db) == imported


def test_article_ids_by_hashes_spans_several_queries(desk):
    from factcheck.desk.importing import content_hash

    texts = [f"عنوان {i}\nخبر رقم {i}.\n" for i in range(3)]
    ids = [desk.import_text(t).article_id for t in texts]
    wanted = [content_hash(t) for t in texts]
    missing = [f"{i:064x}" for i in range(1200)]  # more than one IN (...) chunk
    with desk.store.read() as s:
        found = repo.article_ids_by_hashes(s, missing[:700] + wanted + missing[700:])
    assert found == dict(zip(wanted, ids))


def test_import_text_stores_nfc_and_refuses_blank(desk):
    decomposed = "عنوان\nسأل الصحفي: ها\u0653 هنا؟ ا\u0654مس."
    outcome = desk.import_text(decomposed)
    text = desk.article(outcome.article_id).text
    assert text == unicodedata.normalize("NFC", decomposed)
    assert "\u0622" in text and "\u0623" in text
    refused = desk.import_text("  \n\t ")
    assert refused.outcome == "refused" and "empty" in refused.reason
    assert len(desk.articles()) == 1


def test_import_text_stores_line_ends_as_a_decoded_file_does(desk):
    """Regression: text handed over directly kept CRLF (a file's line ends are made LF), and
    Qt shows CRLF as one paragraph break, so every highlight after it was off by one."""
    crlf = "\ufeffعنوان\r\nقال خالد 😀 إن الخبر صحيح.\r\nونفى الوزير ذلك.\rثم عاد."
    outcome = desk.import_text(crlf)
    text = desk.article(outcome.article_id).text
    assert text == "عنوان\nقال خالد 😀 إن الخبر صحيح.\nونفى الوزير ذلك.\nثم عاد."
    start = text.index("الوزير")
    claim = desk.add_claim(outcome.article_id, start, start + len("الوزير"))
    assert claim.quote == "الوزير"
    # the same text from a file is the same article
    assert desk.import_bytes(crlf.encode("utf-8")).outcome == "duplicate"


def test_import_counts_bidi_controls(desk):
    outcome = desk.import_text("عنوان\nقال \u202bالوزير\u202c إن \u2067كذا\u2069.")
    assert outcome.bidi_controls == 4
    assert desk.articles()[0].bidi_controls == 4


# -- claims -----------------------------------------------------------------------------------


def test_add_claim_by_sentence_and_by_span(desk, short_article):
    sentences = desk.sentences(short_article)
    text = desk.article(short_article).text
    assert [s.index for s in sentences] == list(range(1, len(sentences) + 1))
    for s in sentences:
        assert text[s.start : s.end] == s.text
    s2 = desk.sentence(short_article, 2)
    assert "3.5" in s2.text  # the decimal did not split the sentence
    by_sentence = desk.add_claim_for_sentence(short_article, 2, note="رقم النمو")
    assert (by_sentence.start, by_sentence.end) == (s2.start, s2.end)
    assert by_sentence.quote == s2.text
    assert by_sentence.status_id == "unverified"
    assert by_sentence.annotator == "amal"
    assert by_sentence.note == "رقم النمو"
    assert by_sentence.version == 1

    start = text.index("شركة Acme")
    end = start + len("شركة Acme")
    by_span = desk.add_claim(short_article, start, end, status_id="in_progress")
    assert by_span.quote == "شركة Acme"
    assert by_span.status_id == "in_progress"
    assert [c.id for c in desk.claims(short_article)] == [by_sentence.id, by_span.id]


def test_claims_returned_by_edits_are_what_is_stored(desk, short_article):
    """The window shows the claim an edit returns without reading it back: it must be the
    stored claim exactly (sources with their ids, version, times; a linked claim's shared
    verdict)."""
    text = desk.article(short_article).text
    first = desk.sentence(short_article, 1)
    with_sources = desk.add_claim(
        short_article, first.start, first.end, status_id="false", note="n",
        sources=[SourceInput("https://example.com/a", title="A"), SourceInput("https://example.com/b")],
    )
    assert with_sources == desk.claim(with_sources.id)
    assert [s.url for s in with_sources.sources] == ["https://example.com/a", "https://example.com/b"]
    changed = desk.set_status(with_sources.id, "true")
    assert changed == desk.claim(with_sources.id) and changed.version == 2
    noted = desk.set_note(with_sources.id, "ملاحظة")
    assert noted == desk.claim(with_sources.id) and noted.version == 3
    start = text.index("شركة Acme")
    other = desk.add_claim(short_article, start, start + len("شركة Acme"))
    desk.link_claim(other.id, with_sources.id)
    linked = desk.set_status(other.id, "misleading")  # the group's verdict, kept on the primary
    assert linked == desk.claim(other.id)
    assert linked.status_id == desk.claim(with_sources.id).status_id == "misleading"


def test_quote_prefix_and_suffix_hold_32_characters_of_context(desk, short_article):
    text = desk.article(short_article).text
    start = text.index("3.5")
    end = start + 3
    claim = desk.add_claim(short_article, start, end)
    assert CONTEXT_CHARS == 32
    assert claim.quote == "3.5"
    assert claim.prefix == text[start - 32 : start] and len(claim.prefix) == 32
    assert claim.suffix == text[end : end + 32] and len(claim.suffix) == 32
    # At the edges of the text the context is shorter, never wrapped or padded.
    first = desk.add_claim(short_article, 0, 4)
    assert first.prefix == "" and first.suffix == text[4:36]
    last_end = len(text.rstrip())
    last = desk.add_claim(short_article, last_end - 6, last_end)
    assert last.suffix == text[last_end:]
    assert last.prefix == text[last_end - 38 : last_end - 6]


def test_span_after_an_emoji_uses_code_points(desk):
    outcome = desk.import_text("😀 خبر: قال الوزير")
    text = desk.article(outcome.article_id).text
    assert text == "😀 خبر: قال الوزير"
    start = text.index("الوزير")
    assert start == 11  # code points; Qt (UTF-16) would say 12
    claim = desk.add_claim(outcome.article_id, start, start + 6)
    assert text[claim.start : claim.end] == claim.quote == "الوزير"
    assert claim.prefix == "😀 خبر: قال "
    stored = desk.claims(outcome.article_id)[0]
    assert (stored.start, stored.end) == (11, 17)
    # Astral characters inside a claim are fine too.
    both = desk.add_claim(outcome.article_id, 0, 6)
    assert both.quote == "😀 خبر:"[:6] == text[0:6]


REFUSED_URLS = [
    "javascript:alert(1)",
    "file:///etc/passwd",
    "data:text/html,<script>alert(1)</script>",
    "ftp://example.org/x",
    "https://user:secret@example.org/x",
    "https://user@example.org/x",
    "https:///no-host",
    "https://exa mple.org/x",
    "",
]


@pytest.mark.parametrize("url", REFUSED_URLS)
def test_bad_source_urls_change_nothing(desk, short_article, core_db, url):
    claim = desk.add_claim_for_sentence(short_article, 2)
    before = row_counts(core_db)
    with pytest.raises(InvalidInput):
        desk.add_source(claim.id, url)
    with pytest.raises(InvalidInput):
        desk.add_claim_for_sentence(short_article, 3, sources=[SourceInput(url=url)])
    with pytest.raises(InvalidInput):
        desk.add_source(
            claim.id, SourceInput(url="https://example.org/ok", archive_url=url or "x:")
        )
    assert row_counts(core_db) == before
    assert desk.claim(claim.id).version == 1


def test_refused_claim_input_changes_nothing(desk, short_article, core_db):
    text = desk.article(short_article).text
    existing = desk.add_claim_for_sentence(short_article, 2)
    before = row_counts(core_db)
    blank = text.index("\n")
    cases = [
        (NotFound, lambda: desk.add_claim(short_article, 0, 5, status_id="bogus")),
        (NotFound, lambda: desk.add_claim(999, 0, 5)),
        (NotFound, lambda: desk.add_claim_for_sentence(999, 1)),
        (NotFound, lambda: desk.add_claim_for_sentence(short_article, 0)),
        (NotFound, lambda: desk.add_claim_for_sentence(short_article, 99)),
        (InvalidInput, lambda: desk.add_claim(short_article, 5, 5)),
        (InvalidInput, lambda: desk.add_claim(short_article, 8, 3)),
        (InvalidInput, lambda: desk.add_claim(short_article, -1, 4)),
        (InvalidInput, lambda: desk.add_claim(short_article, 0, len(text) + 1)),
        (InvalidInput, lambda: desk.add_claim(short_article, len(text), len(text) + 3)),
        (InvalidInput, lambda: desk.add_claim(short_article, blank, blank + 1)),
        (
            InvalidInput,
            lambda: desk.add_claim(short_article, 0, 4, sources=["javascript:x"]),
        ),
        (
            InvalidInput,
            lambda: desk.add_claim(
                short_article,
                0,
                4,
                sources=[SourceInput("https://a.org", stance="agree")],
            ),
        ),
        (
            InvalidInput,
            lambda: desk.add_claim(
                short_article,
                0,
                4,
                sources=[SourceInput("https://a.org", accessed="ams")],
            ),
        ),
        (NotFound, lambda: desk.set_status(existing.id, "bogus")),
        (NotFound, lambda: desk.set_status(999, "false")),
        (NotFound, lambda: desk.set_note(999, "x")),
        (NotFound, lambda: desk.delete_claim(999)),
        (NotFound, lambda: desk.add_source(999, "https://example.org")),
        (NotFound, lambda: desk.update_source(999, SourceInput("https://example.org"))),
        (NotFound, lambda: desk.remove_source(999)),
    ]
    for error, call in cases:
        with pytest.raises(error) as info:
            call()
        assert str(info.value).strip(), "refusals carry a message for the editor"
    assert row_counts(core_db) == before
    assert desk.claim(existing.id) == existing


def test_span_message_names_the_problem(desk, short_article):
    text_len = len(desk.article(short_article).text)
    with pytest.raises(InvalidInput, match=f"outside the text \\(0:{text_len}\\)"):
        desk.add_claim(short_article, 0, text_len + 10)
    with pytest.raises(InvalidInput, match="white space"):
        desk.add_claim(short_article, 29, 30)
    with pytest.raises(NotFound, match="known statuses: unverified"):
        desk.add_claim(short_article, 0, 4, status_id="pants_on_fire")


# -- history of every change -------------------------------------------------------------------


def _last(desk, claim_id):
    return desk.history(claim_id)[-1]


def test_every_change_appends_history_with_who_old_new(desk, short_article):
    claim = desk.add_claim_for_sentence(
        short_article, 2, sources=[SourceInput("https://example.org/first")]
    )
    hist = desk.history(claim.id)
    assert [(h.entity, h.action) for h in hist] == [
        ("claim", "create"),
        ("source", "create"),
    ]
    assert json.loads(hist[0].new) == {
        "article_id": short_article,
        "start": claim.start,
        "end": claim.end,
        "status": "unverified",
    }
    assert hist[1].new == "https://example.org/first"

    desk.set_status(claim.id, "false")
    h = _last(desk, claim.id)
    assert (h.who, h.entity, h.action, h.field, h.old, h.new) == (
        "amal",
        "status",
        "update",
        "status_id",
        "unverified",
        "false",
    )

    desk.set_note(claim.id, "الرقم الرسمي 2.9")
    h = _last(desk, claim.id)
    assert (h.field, h.old, h.new) == ("note", "", "الرقم الرسمي 2.9")

    src = desk.add_source(
        claim.id,
        SourceInput(
            "https://stats.example.gov/gdp",
            title="النشرة الإحصائية",
            stance="refutes",
            archive_url="https://web.archive.org/web/2026/https://stats.example.gov/gdp",
        ),
    )
    assert src.accessed  # defaults to today
    h = _last(desk, claim.id)
    assert (h.entity, h.action, h.entity_id, h.old, h.new) == (
        "source",
        "create",
        str(src.id),
        None,
        "https://stats.example.gov/gdp",
    )

    updated = desk.update_source(
        src.id,
        SourceInput(
            "https://stats.example.gov/gdp2", title="نشرة مصححة", stance="refutes"
        ),
    )
    assert updated.url.endswith("gdp2") and updated.title == "نشرة مصححة"
    h = _last(desk, claim.id)
    assert (h.entity, h.action) == ("source", "update")
    assert json.loads(h.old)["url"] == "https://stats.example.gov/gdp"
    assert json.loads(h.new)["title"] == "نشرة مصححة"

    removed = desk.remove_source(src.id)
    assert removed.id == src.id
    h = _last(desk, claim.id)
    assert (h.entity, h.action, h.old, h.new) == (
        "source",
        "delete",
        "https://stats.example.gov/gdp2",
        None,
    )
    assert [s.url for s in desk.claim(claim.id).sources] == [
        "https://example.org/first"
    ]

    deleted = desk.delete_claim(claim.id)
    h = _last(desk, claim.id)
    assert (h.entity, h.action, h.new) == ("claim", "delete", None)
    snapshot = json.loads(h.old)
    assert snapshot["quote"] == deleted.quote and snapshot["status_id"] == "false"
    with pytest.raises(NotFound):
        desk.claim(claim.id)
    assert desk.claims(short_article) == []

    restored = desk.restore_claim(deleted)
    assert restored.id == claim.id
    assert (restored.quote, restored.status_id, restored.note) == (
        deleted.quote,
        "false",
        "الرقم الرسمي 2.9",
    )
    assert [s.url for s in restored.sources] == ["https://example.org/first"]
    h, source = desk.history(claim.id)[-2:]  # the claim, then each source it got back
    assert (h.entity, h.action, h.old) == ("claim", "restore", None)
    assert json.loads(h.new)["status"] == "false"
    assert (source.entity, source.action, source.new) == ("source", "create", "https://example.org/first")

    all_entries = desk.history(claim.id)
    assert len(all_entries) == 10  # the restored source is recorded too
    assert all(e.who == "amal" for e in all_entries)
    ids = [e.id for e in all_entries]
    assert ids == sorted(ids)
    for e in all_entries:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", e.at), e.at


def test_setting_the_same_value_records_nothing(desk, short_article):
    claim = desk.add_claim_for_sentence(short_article, 2, status_id="false")
    n = len(desk.history())
    again = desk.set_status(claim.id, "false")
    assert again.version == claim.version
    assert len(desk.history()) == n


def test_stale_expected_version_is_a_conflict(desk, short_article, core_db):
    claim = desk.add_claim_for_sentence(short_article, 2)
    assert claim.version == 1
    moved = desk.set_status(claim.id, "false", expected_version=1)
    assert moved.version == 2
    before = row_counts(core_db)
    with pytest.raises(ConflictError, match="changed elsewhere"):
        desk.set_status(claim.id, "true", expected_version=1)
    with pytest.raises(ConflictError):
        desk.set_note(claim.id, "تعديل قديم", expected_version=1)
    assert row_counts(core_db) == before
    now = desk.claim(claim.id)
    assert (now.status_id, now.note, now.version) == ("false", "", 2)
    ok = desk.set_note(claim.id, "تعديل حديث", expected_version=2)
    assert ok.version == 3 and ok.note == "تعديل حديث"


def test_two_desks_on_one_file_conflict_instead_of_overwriting(
    core_db, short_article, desk
):
    claim = desk.add_claim_for_sentence(short_article, 2)
    other = Desk.open(core_db, annotator="basma")
    try:
        seen_by_other = other.claim(claim.id)
        desk.set_status(claim.id, "true", expected_version=claim.version)
        with pytest.raises(ConflictError):
            other.set_status(claim.id, "false", expected_version=seen_by_other.version)
    finally:
        other.close()
    assert desk.claim(claim.id).status_id == "true"


# -- the status scale ---------------------------------------------------------------------------

DOMAIN_SCALE = [
    ("unverified", "لم يُتحقَّق منه", "Unverified", None),
    ("in_progress", "قيد التحقق", "In progress", None),
    ("true", "صحيح", "True", 5),
    ("mostly_true", "صحيح في معظمه", "Mostly true", 4),
    ("mixed", "صحيح جزئياً", "Mixed", 3),
    ("misleading", "مضلِّل", "Misleading", 2),
    ("false", "زائف", "False", 1),
    ("unverifiable", "لا يمكن التحقق منه", "Unverifiable", None),
    ("satire", "ساخر", "Satire", None),
    ("outdated", "تجاوزته الأحداث", "Outdated", None),
]


def test_status_scale_matches_the_domain(desk):
    statuses = desk.statuses()
    nfc = lambda s: unicodedata.normalize("NFC", s)
    assert [(s.id, nfc(s.label_ar), s.label_en, s.rating) for s in statuses] == [
        (i, nfc(ar), en, r) for i, ar, en, r in DOMAIN_SCALE
    ]
    for s in statuses:
        assert re.fullmatch(r"#[0-9a-f]{6}", s.color, re.IGNORECASE), s
        assert s.key.strip()
        assert re.search(r"[\u0621-\u064a]", s.label_ar)
    assert len({s.key for s in statuses}) == 10
    assert len({s.color.lower() for s in statuses}) == 10
    assert [s.position for s in statuses] == list(range(10))
    assert desk.default_status_id == "unverified"


def test_status_scale_is_stored_once_and_editable(core_db):
    Desk.open(core_db).close()
    Desk.open(core_db).close()
    assert row_counts(core_db)["statuses"] == 10
    desk = Desk.open(core_db)
    try:
        with desk.store.write() as s:
            from sqlalchemy import update

            from factcheck.store.schema import StatusRow

            s.execute(
                update(StatusRow).where(StatusRow.id == "false").values(label_en="Fake")
            )
    finally:
        desk.close()
    desk = Desk.open(core_db)
    try:
        assert desk.status("false").label_en == "Fake"
    finally:
        desk.close()


# -- the edit lock --------------------------------------------------------------------------------


@pytest.mark.sqlite_only  # the edit lock guards SQLite files only
def test_second_desk_cannot_take_the_edit_lock_until_released(core_db, desk):
    ok, msg = desk.acquire_edit_lock()
    assert (ok, msg) == (True, "")
    other = Desk.open(core_db)
    try:
        ok2, msg2 = other.acquire_edit_lock()
        assert ok2 is False
        assert socket.gethostname() in msg2
        import os

        assert f"process {os.getpid()}" in msg2
        desk.release_edit_lock()
        ok3, msg3 = other.acquire_edit_lock()
        assert (ok3, msg3) == (True, "")
        ok4, _ = desk.acquire_edit_lock()
        assert ok4 is False
    finally:
        other.close()
    # Closing released the lock: the first desk can take it again.
    assert desk.acquire_edit_lock()[0] is True


@pytest.mark.sqlite_only  # the edit lock guards SQLite files only
def test_lock_of_a_dead_process_is_stale(core_db, desk):
    dead_pid = 2**22 + 12345
    with desk.store.write() as s:
        repo.write_lock(s, "ghost-holder", socket.gethostname(), dead_pid, time.time())
    ok, msg = desk.acquire_edit_lock()
    assert (ok, msg) == (True, "")
    with desk.store.read() as s:
        lock = repo.read_lock(s)
        assert lock.pid != dead_pid and lock.holder != "ghost-holder"


@pytest.mark.sqlite_only  # the edit lock guards SQLite files only
def test_lock_from_another_host_goes_stale_only_without_heartbeat(core_db, desk):
    with desk.store.write() as s:
        repo.write_lock(s, "remote", "other-laptop.example", 4242, time.time())
    ok, msg = desk.acquire_edit_lock()
    assert ok is False and "other-laptop.example" in msg and "4242" in msg
    with desk.store.write() as s:
        repo.write_lock(s, "remote", "other-laptop.example", 4242, time.time() - 3600)
    assert desk.acquire_edit_lock()[0] is True


@pytest.mark.sqlite_only  # the edit lock guards SQLite files only
def test_a_lock_dated_in_the_future_is_suspect_and_can_be_taken_over(core_db, desk):
    """Regression: a heartbeat in the future (the holder's clock far ahead, or a crafted
    file) never went stale, since "now - heartbeat > limit" is never true: everyone was
    locked out for good."""
    with desk.store.write() as s:
        repo.write_lock(s, "remote", "fast-clock.example", 4242, time.time() + 3 * 3600)
    ok, msg = desk.acquire_edit_lock()
    assert ok is False
    assert "fast-clock.example" in msg and "in the future" in msg and "\n" not in msg
    assert desk.suspect_lock is not None
    assert desk.suspect_lock.host == "fast-clock.example" and desk.suspect_lock.pid == 4242
    assert 3 * 3600 - 60 < desk.suspect_lock.ahead_seconds <= 3 * 3600
    assert desk.acquire_edit_lock(take_over=True) == (True, "")
    assert desk.suspect_lock is None
    with desk.store.read() as s:
        lock = repo.read_lock(s)
        assert lock.holder != "remote" and lock.heartbeat <= time.time()


@pytest.mark.sqlite_only  # the edit lock guards SQLite files only
def test_a_future_heartbeat_that_stops_changing_goes_stale_by_this_machines_clock(
    core_db, desk, monkeypatch
):
    from factcheck.desk import lock

    clock = [1000.0]
    monkeypatch.setattr(lock.time, "monotonic", lambda: clock[0])
    future = time.time() + 3600
    with desk.store.write() as s:
        repo.write_lock(s, "remote", "fast-clock.example", 4242, future)
    assert desk.acquire_edit_lock()[0] is False
    clock[0] += lock.LOCK_STALE_SECONDS - 1
    assert desk.acquire_edit_lock()[0] is False
    with desk.store.write() as s:  # the holder is alive: its heartbeat moved on
        repo.write_lock(s, "remote", "fast-clock.example", 4242, future + 30)
    clock[0] += 2
    assert desk.acquire_edit_lock()[0] is False
    clock[0] += lock.LOCK_STALE_SECONDS + 1  # ...then stopped, for the whole interval
    assert desk.acquire_edit_lock() == (True, "")


@pytest.mark.sqlite_only  # the edit lock guards SQLite files only
def test_a_live_lock_slightly_in_the_future_is_respected(core_db, desk):
    """A colleague's clock a few seconds ahead is normal: that lock is simply in use."""
    with desk.store.write() as s:
        repo.write_lock(s, "remote", "other-laptop.example", 4242, time.time() + 20)
    ok, msg = desk.acquire_edit_lock()
    assert ok is False and "in the future" not in msg
    assert desk.suspect_lock is None


@pytest.mark.sqlite_only  # the edit lock guards SQLite files only
def test_a_crafted_lock_naming_this_host_and_a_live_process_in_the_future_is_suspect(desk):
    """Process 1 is alive on every machine: a crafted lock naming it with this host's name
    would otherwise hold for ever."""
    with desk.store.write() as s:
        repo.write_lock(s, "crafted", socket.gethostname(), 1, time.time() + 10 * 3600)
    assert desk.acquire_edit_lock()[0] is False
    assert desk.suspect_lock is not None
    assert desk.acquire_edit_lock(take_over=True)[0] is True


def test_span_may_not_cut_a_letter_from_its_harakat(desk, core_db):
    aid = desk.import_text("عنوان\nقالَ الوزيرُ إنّ الخبرَ صحيحٌ.").article_id
    text = desk.article(aid).text
    fatha = text.index("\u064e")  # the fatha on قالَ
    before = row_counts(core_db)
    with pytest.raises(InvalidInput, match="combining mark"):
        desk.add_claim(aid, fatha, fatha + 5)
    with pytest.raises(InvalidInput, match="combining marks"):
        desk.add_claim(aid, fatha - 3, fatha)  # would leave the fatha behind
    assert row_counts(core_db) == before
    claim = desk.add_claim(aid, fatha - 3, fatha + 1)
    assert claim.quote == "قالَ"


def test_span_may_not_cut_an_emoji_sequence_or_a_flag(desk, core_db):
    """Regression: --span 8:9 kept half a flag (🇸) or one member of a ZWJ family."""
    aid = desk.import_text("عنوان\nرفع المشجعون 🇸🇦🇪🇬 وكتبوا 👨‍👩‍👧 و ❤️ و 👍🏽 هنا.").article_id
    text = desk.article(aid).text
    flags, family = text.index("🇸"), text.index("👨")
    heart, thumb = text.index("❤"), text.index("👍")
    before = row_counts(core_db)
    for start, end in [
        (0, flags + 1),  # between the two letters of 🇸🇦
        (flags + 3, flags + 4),  # 🇪 alone
        (family, family + 1),  # 👨 without the rest of the family
        (family + 2, family + 5),
        (heart, heart + 1),  # ❤ without its emoji presentation selector
        (thumb, thumb + 1),  # 👍 without its skin tone
    ]:
        with pytest.raises(InvalidInput, match="emoji or a flag"):
            desk.add_claim(aid, start, end)
    assert row_counts(core_db) == before
    assert desk.add_claim(aid, flags, flags + 2).quote == "🇸🇦"
    assert desk.add_claim(aid, flags + 2, flags + 4).quote == "🇪🇬"
    assert desk.add_claim(aid, family, family + 5).quote == "👨‍👩‍👧"


def test_import_can_be_cancelled_between_files(desk, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(5):
        (folder / f"{i}.txt").write_text(
            f"عنوان {i}\nنص الخبر رقم {i}.\n", encoding="utf-8"
        )
    checks = []

    def cancelled() -> bool:
        checks.append(1)
        return len(checks) > 2  # cancel when the third file is reached

    outcomes = desk.import_paths([folder], cancelled=cancelled)
    # The files read before the cancellation are committed whole; nothing else.
    assert [o.outcome for o in outcomes] == ["imported", "imported"]
    assert [a.title for a in desk.articles()] == ["عنوان 0", "عنوان 1"]


def test_an_import_of_large_files_commits_and_reports_a_few_mb_at_a_time(desk, tmp_path, core_db):
    """A batch is bounded by its text, not only by its number of files: the first large
    files are reported imported, and stored for every other program, while the rest is
    still to come (200 files of 20 MB used to be read into memory before one commit)."""
    from factcheck.desk.importing import IMPORT_BATCH_CHARS

    folder = tmp_path / "large"
    folder.mkdir()
    sentence = "قال الوزير إن النمو بلغ 3.5 في المئة هذا العام. "
    size = IMPORT_BATCH_CHARS * 2 // 5  # two files fit in a batch, three do not
    for i in range(6):
        body = sentence * (size // len(sentence))
        (folder / f"{i}.txt").write_text(f"مقال {i}\n{body}", encoding="utf-8")
    other = Desk.open(core_db, load_seeds=False)  # another program watching the database
    stored_when_reported = []

    def progress(outcome) -> None:
        stored_when_reported.append(len(other.articles()))

    try:
        outcomes = desk.import_paths([folder], progress=progress)
    finally:
        other.close()
    assert [o.outcome for o in outcomes] == ["imported"] * 6
    assert stored_when_reported == [2, 2, 4, 4, 6, 6]


def test_text_that_is_not_valid_unicode_is_refused_and_changes_nothing(desk):
    """Lone surrogates (bytes that were not UTF-8, decoded leniently) cannot be stored:
    a clear refusal, the transaction rolled back, instead of the driver's UnicodeEncodeError."""
    aid = desk.import_text(SHORT_ARTICLE).article_id
    claim = desk.add_claim_for_sentence(aid, 2)
    with pytest.raises(InvalidInput, match="not valid Unicode"):
        desk.set_note(claim.id, "bad \udcff note")
    with pytest.raises(InvalidInput, match="not valid Unicode"):
        desk.add_claim_for_sentence(aid, 3, note="\udcff")
    assert [c.id for c in desk.claims()] == [claim.id]
    assert desk.claim(claim.id).note == ""


def test_the_same_source_address_is_refused_twice_on_a_claim(desk):
    aid = desk.import_text(SHORT_ARTICLE).article_id
    claim = desk.add_claim_for_sentence(aid, 2)
    first = desk.add_source(claim.id, "https://example.org/a")
    second = desk.add_source(claim.id, "https://example.org/b")
    with pytest.raises(InvalidInput, match="already has the source"):
        desk.add_source(claim.id, "https://example.org/a")
    with pytest.raises(InvalidInput, match="already has the source"):
        desk.update_source(second.id, SourceInput(url="https://example.org/a"))
    desk.update_source(first.id, SourceInput(url="https://example.org/a", title="kept"))
    assert [s.url for s in desk.claim(claim.id).sources] == ["https://example.org/a", "https://example.org/b"]
    # Another claim may cite it.
    other = desk.add_claim_for_sentence(aid, 3)
    desk.add_source(other.id, "https://example.org/a")



def test_an_edit_of_status_note_and_sources_is_written_whole_or_not_at_all(desk):
    """``edit_claim`` (what ``claim set`` runs): a linked claim's edit goes to its group's
    verdict; a source the group already has refuses the whole edit, status and note too."""
    first = desk.import_text(SHORT_ARTICLE).article_id
    other = desk.import_text(SHORT_ARTICLE + "\nجملة أخرى للمقال الثاني.").article_id
    primary = desk.add_claim_for_sentence(first, 2, sources=["https://example.org/a"])
    linked = desk.link_claim(desk.add_claim_for_sentence(other, 2).id, primary.id)
    with pytest.raises(InvalidInput, match="already has the source https://example.org/a"):
        desk.edit_claim(linked.id, status_id="false", note="x",
                        sources=["https://example.org/b", "https://example.org/a"])  # fmt: skip
    with pytest.raises(InvalidInput, match="Unknown status"):
        desk.edit_claim(linked.id, status_id="bogus", note="x")
    assert desk.claim(primary.id) == primary  # nothing written, not even its version
    edited = desk.edit_claim(linked.id, status_id="false", note="مؤكد",
                             sources=["https://example.org/b"])  # fmt: skip
    assert (edited.status_id, edited.note, edited.version) == ("false", "مؤكد", linked.version + 1)
    shown = desk.claim(primary.id)
    assert (shown.status_id, shown.note) == ("false", "مؤكد")
    assert [src.url for src in shown.sources] == ["https://example.org/a", "https://example.org/b"]
    assert desk.edit_claim(linked.id, status_id="false", note="مؤكد") == edited  # no change

def test_a_note_given_with_a_new_claim_is_in_its_history(desk):
    aid = desk.import_text(SHORT_ARTICLE).article_id
    claim = desk.add_claim_for_sentence(aid, 2, note="الرقم الرسمي 2.9")
    created = desk.history(claim.id)[0]
    assert json.loads(created.new)["note"] == "الرقم الرسمي 2.9"


def test_import_text_of_only_a_bom_or_invisible_characters_is_refused(desk):
    """Regression: the blank check ran before the BOM was removed: an empty article."""
    for text in ("\ufeff", "\ufeff\u200b\n", "\u200d \u2060"):
        outcome = desk.import_text(text)
        assert (outcome.outcome, outcome.reason) == ("refused", "empty article")
    assert desk.articles() == []


def test_a_sentence_starting_with_a_stray_joiner_can_be_marked(desk):
    """Found by the property test: the emoji rule refused the segmenter's own sentence
    " \u200d0" (a zero-width joiner after a space joins nothing)."""
    aid = desk.import_text("عنوان\n\u200dقال الوزير إن الخبر صحيح.").article_id
    sentence = desk.sentences(aid)[1]
    claim = desk.add_claim(aid, sentence.start, sentence.end)
    assert claim.quote.startswith("\u200d")
