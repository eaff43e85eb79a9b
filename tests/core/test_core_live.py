"""The change feed behind live windows: what another editor or program committed, as
change events, on both backends; how a window learns it is time to look; presence."""

from __future__ import annotations

import time

import pytest
from core_support import SHORT_ARTICLE, raw_write

from factcheck.desk import Desk


@pytest.fixture
def colleague(core_db):
    """A second program on the same database, editing as Huda."""
    d = Desk.open(core_db, annotator="huda")
    yield d
    d.close()


def kinds(events):
    return {(e.kind, e.ids, e.who) for e in events}


def test_claim_edits_elsewhere_arrive_as_events_naming_the_editor(desk, colleague, short_article):
    feed = desk.change_feed()
    assert feed.poll() == []
    claim = colleague.add_claim(short_article, 0, 10)
    events = feed.poll()
    assert kinds(events) == {("claim_added", (claim.id,), "huda")}
    assert events[0].at  # when, for "changed by Huda, 12:04"
    colleague.edit_claim(claim.id, status_id="false", note="منفي", sources=["https://example.org/a"])
    assert kinds(feed.poll()) == {("claim_changed", (claim.id,), "huda")}
    assert feed.poll() == []  # each change once
    other = colleague.add_claim(short_article, 12, 30)
    feed.poll()
    colleague.link_claim(other.id, claim.id)
    assert ("links_changed", "huda") in {(e.kind, e.who) for e in feed.poll()}
    colleague.delete_claim(other.id)
    assert ("claim_removed", (other.id,), "huda") in kinds(feed.poll())


def test_an_import_elsewhere_arrives_as_a_new_article(desk, colleague):
    feed = desk.change_feed()
    outcome = colleague.import_text(SHORT_ARTICLE)
    events = feed.poll()
    assert [(e.kind, e.ids) for e in events] == [("article_added", (outcome.article_id,))]
    assert feed.poll() == []


def _remove_article(db, article_id: int) -> None:
    """What another program (a restore, a clean-up) may do: the article gone, whole."""
    raw_write(db, "DELETE FROM article_sentences WHERE article_id = ?", (article_id,))
    raw_write(db, "DELETE FROM articles WHERE id = ?", (article_id,))


def test_articles_added_and_removed_elsewhere_are_told_with_or_without_gaps(desk, colleague, core_db):
    """The feed knows the stored ids as a range while they have no gaps (no read of every
    id at start); a removal, then additions after the gap, are each told once, and a feed
    started over gaps tells the next removal too."""
    ids = [colleague.import_text(f"{SHORT_ARTICLE}\nخبر {i}").article_id for i in range(4)]
    feed = desk.change_feed()
    assert feed.poll() == []
    _remove_article(core_db, ids[1])
    assert [(e.kind, e.ids) for e in feed.poll()] == [("article_removed", (ids[1],))]
    more = [colleague.import_text(f"{SHORT_ARTICLE}\nخبر آخر {i}").article_id for i in range(2)]
    assert [(e.kind, e.ids) for e in feed.poll()] == [("article_added", tuple(more))]
    _remove_article(core_db, more[0])
    assert [(e.kind, e.ids) for e in feed.poll()] == [("article_removed", (more[0],))]
    assert feed.poll() == []
    started_over_gaps = desk.change_feed()
    _remove_article(core_db, ids[3])
    assert [(e.kind, e.ids) for e in started_over_gaps.poll()] == [("article_removed", (ids[3],))]


def test_an_article_metadata_edit_elsewhere_arrives_as_a_changed_article(desk, colleague, short_article):
    feed = desk.change_feed()
    colleague.set_article_metadata(short_article, title="عنوان آخر", publisher="الصباح")
    assert kinds(feed.poll()) == {("article_changed", (short_article,), "huda")}
    assert feed.poll() == []


def test_events_written_before_the_feed_started_are_not_repeated(desk, short_article):
    desk.add_claim(short_article, 0, 10)
    assert desk.change_feed().poll() == []


@pytest.mark.sqlite_only
def test_data_version_says_when_another_connection_committed(desk, colleague, short_article):
    watch = desk.change_feed().watch()
    try:
        assert watch.changed() is False
        colleague.add_claim(short_article, 0, 10)
        assert watch.changed() is True
        assert watch.changed() is False  # once per commit
    finally:
        watch.close()


@pytest.mark.postgresql_only
def test_a_server_notifies_a_listener_on_commit(desk, colleague, short_article):
    listener = desk.change_feed().watch()
    try:
        assert listener.wait(0.2) is False
        colleague.add_claim(short_article, 0, 10)
        started = time.monotonic()
        assert listener.wait(5) is True
        assert time.monotonic() - started < 2
        assert listener.wait(0.2) is False  # nothing more was committed
        colleague.import_text("خبر آخر عن الاقتصاد في عمّان.\n")
        assert listener.wait(5) is True
    finally:
        listener.close()


def test_presence_names_who_has_which_claim_open_and_expires(desk, colleague, short_article, monkeypatch):
    from factcheck.desk import live

    claim = desk.add_claim(short_article, 0, 10)
    mine, hers = desk.change_feed(), colleague.change_feed()
    hers.beat("huda", claim.id)
    mine.beat("amal", None)
    assert [(p.who, p.claim_id) for p in mine.others()] == [("huda", claim.id)]
    assert [(p.who, p.claim_id) for p in hers.others()] == [("amal", None)]
    hers.leave()  # her window closed
    assert mine.others() == []
    hers.beat("huda", claim.id)
    monkeypatch.setattr(live, "PRESENCE_STALE_S", 0.3)
    time.sleep(0.6)  # her window crashed: no more heartbeats
    assert mine.others() == []
