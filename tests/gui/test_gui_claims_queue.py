"""All claims, one queue: a lazy table over every claim of the desk, filtered and sorted by
the database, with Enter opening the claim in its article."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from factcheck import workflow
from factcheck.desk import Desk

pytestmark = pytest.mark.gui


@pytest.fixture
def window(window_on_both_backends):
    return window_on_both_backends

CLAIMS = 3000


@pytest.fixture
def big_desk(seeded_url):
    """The two sample articles and 60 more, with 3,000 claims: every 10th "false"
    (proposed by omar), one of those approved by sara."""
    desk = Desk.open(seeded_url, annotator="omar")
    sentence = "قال الوزير إن النمو بلغ خمسة في المئة هذا العام. "
    ids = [desk.import_text(f"مقال {i}\n" + sentence * 50, title=f"مقال {i}").article_id
           for i in range(60)]  # fmt: skip
    made = []
    for n in range(CLAIMS):
        aid = ids[n % len(ids)]
        s = desk.sentences(aid)[1 + (n // len(ids))]
        made.append(desk.add_claim(aid, s.start, s.end,
                                   status_id="false" if n % 10 == 0 else None).id)  # fmt: skip
    desk.close()
    sara = Desk.open(seeded_url, annotator="sara")
    workflow.approve(sara, made[0])
    sara.close()
    return made


def test_the_queue_reads_nothing_until_it_is_first_opened(window, big_desk):
    """The window builds the queue at start-up; a page of the desk's claims is read only
    when the editor opens it (a query the start of the window does not wait for)."""
    model = window.claims_queue.model
    assert not window.queue_dock.isVisible()
    assert model.rowCount() == 0 and not model.canFetchMore()
    window.claims_queue.apply_filter()  # a filter set while closed reads nothing either
    assert model.rowCount() == 0
    window.findChild(type(window.menuBar().actions()[0]), "claimsQueue").trigger()
    assert model.rowCount() == model.PAGE


def test_the_queue_reads_a_page_at_a_time_filters_sorts_and_opens(window, qtbot, big_desk):
    window.findChild(type(window.menuBar().actions()[0]), "claimsQueue").trigger()
    queue = window.claims_queue
    model = queue.model
    assert window.queue_dock.isVisible()
    assert 0 < model.rowCount() == model.PAGE < CLAIMS  # not the whole desk
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * model.PAGE
    queue.view.scrollToBottom()  # scrolling asks for more
    qtbot.waitUntil(lambda: model.rowCount() > 2 * model.PAGE)

    # Filter by status: only false claims, 300 of them, still read by pages.
    queue.status.setCurrentIndex(queue.status.findData("false"))
    assert model.rowCount() == model.PAGE
    assert {model.row_data(r)["status"] for r in range(model.rowCount())} == {"false"}
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == CLAIMS // 10
    # Review state and reviewer, computed by the database.
    queue.review.setCurrentIndex(queue.review.findData("approved"))
    assert [model.row_data(r)["id"] for r in range(model.rowCount())] == [big_desk[0]]
    assert model.row_data(0)["reviewer"] == "sara"
    queue.review.setCurrentIndex(0)
    queue.status.setCurrentIndex(0)

    # Sort by a column, descending: the database's order.
    queue.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert model.row_data(0)["id"] == max(big_desk)
    queue.view.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # review: approved first
    assert model.row_data(0)["review"] == "approved"

    # Keyboard: down a row, Enter opens the claim in its article.
    queue.view.setFocus()
    queue.view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(queue.view, Qt.Key.Key_Down)
    row = model.row_data(queue.view.currentIndex().row())
    qtbot.keyClick(queue.view, Qt.Key.Key_Return)
    assert window.article_id == row["article"]
    assert window.reader.selected_claim_id == row["id"]
    assert window.inspector.claim.id == row["id"]


def test_waiting_for_my_review_and_the_article_filter(window, qtbot, big_desk):
    window.findChild(type(window.menuBar().actions()[0]), "claimsQueue").trigger()
    queue = window.claims_queue
    queue.mine.setChecked(True)  # the window acts as "tester": omar's proposals wait for him
    model = queue.model
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == CLAIMS // 10 - 1  # every proposed verdict but the approved one
    queue.mine.setChecked(False)
    queue.article.setText("3")  # the first of the 60 articles
    qtbot.waitUntil(lambda: model.where.article_id == 3)
    assert model.rowCount() == CLAIMS // 60
    assert {model.row_data(r)["article"] for r in range(model.rowCount())} == {3}
    queue.article.setText("نص لا يوجد في أي عنوان")
    qtbot.waitUntil(lambda: model.rowCount() == 0)


def test_scrolling_a_sorted_queue_lists_every_claim_once_in_the_databases_order(
    window, big_desk
):
    """Past the first page the queue reads the listed ids once and then each page by its
    ids (not by OFFSET, which re-sorted every row above the page, and skipped a row when
    a claim above it was deleted meanwhile): the rows must be every claim once, in the
    order one query gives; a claim deleted after it was shown stays where it was, one
    deleted before its page is read is left out."""
    from factcheck.dashboard import QueueFilter, queue_page

    window.findChild(type(window.menuBar().actions()[0]), "claimsQueue").trigger()
    queue = window.claims_queue
    model = queue.model
    queue.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # quote, then id descending
    assert model.rowCount() == model.PAGE
    whole = [r[0] for r in queue_page(window.desk, QueueFilter(), sort="quote",
                                      descending=True, limit=10 * CLAIMS)]  # fmt: skip
    window.desk.delete_claim(model.row_data(5)["id"])  # shown on the first page
    later = whole[3 * model.PAGE + 7]  # on a page not read yet
    window.desk.delete_claim(later)
    while model.canFetchMore():
        model.fetchMore()
    listed = [model.row_data(r)["id"] for r in range(model.rowCount())]
    assert listed == [i for i in whole if i != later]
