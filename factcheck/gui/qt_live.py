"""LiveUpdates: keeps a window in step with what colleagues and the CLI change.

A window learns that something was committed from ``PRAGMA data_version`` (SQLite, polled
every ``TICK_MS``) or from the server's notifications (a listener thread; its results are
handed to the GUI thread by queued signals), then reads what changed from the desk's change
feed and shows it: the article list and its counts, the open article's claims in the
reader and the claims table. The editor keeps their place: the selection, the scroll, and a
note being typed (its text and cursor are put back, and it is saved as usual). A claim a
colleague changed is marked in the claims table for a few seconds and the inspector says
"Changed by Huda, 12:04". Presence: every ``PRESENCE_BEAT_S`` the window says which claim
its inspector shows; others see "Huda is editing this claim".

A server desk that stops answering: the window says so, refuses edits with a clear message
(nothing typed is reset), and when the server answers again it reloads and saves the note
that was typed meanwhile.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel

from factcheck.desk import live as desk_live
from factcheck.gui import window_care
from factcheck.gui.i18n import describe_error, fill, short_time
from factcheck.model import FactcheckError, NotFound


class _Bridge(QObject):
    """Signals emitted from the listener thread, received in the GUI thread (queued)."""

    woke = Signal()
    lost = Signal(str)
    back = Signal()


class LiveUpdates(QObject):
    # Articles whose metadata (title, publisher, …) was changed, here or elsewhere: their ids,
    # after the article list shows them (the properties panel reads them again).
    articlesChanged = Signal(object)

    TICK_MS = 250
    MARK_MS = 4000  # how long a colleague's change stays marked in the claims table
    LISTEN_WAIT_S = 0.5
    RETRY_S = 1.0

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.desk = window.desk
        self.feed = self.desk.change_feed()
        self.unreachable = ""  # why the server desk cannot be reached now ("" when it can)
        self.changed_by: dict[int, tuple[str, str]] = {}  # claim id -> (who, at), others' changes
        self.others: list = []  # other windows' presence
        self._shown_claim: int | None = None
        self._woken = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._watch = None

        self.presence_label = self._label("presenceLabel", "color: #8a4b00; font-weight: bold;")
        self.changed_label = self._label("changedByLabel", "color: #555;")
        window.controller.edits_refused_because = self.edits_refused_because

        self._unmark = QTimer(self, singleShot=True, interval=self.MARK_MS)
        self._unmark.timeout.connect(self._clear_marks)
        if self.desk.store.is_postgres:
            self._bridge = _Bridge()
            self._bridge.woke.connect(self._wake)
            self._bridge.lost.connect(self._went_offline)
            self._bridge.back.connect(self._wake)
            self._thread = threading.Thread(target=self._listen, name="factcheck-live", daemon=True)
            self._thread.start()
        else:
            self._watch = self.feed.watch()
        self._tick = QTimer(self, interval=self.TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        self._beat_timer = QTimer(self, interval=int(desk_live.PRESENCE_BEAT_S * 1000))
        self._beat_timer.timeout.connect(self._beat)
        self._beat_timer.start()
        window.installEventFilter(self)
        # Presence (a write and a read) is nothing the first frame shows.
        window_care.after_first_paint(window, self._beat)

    def _label(self, name: str, style: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setStyleSheet(f"QLabel {{ {style} }}")
        label.hide()
        self.window.inspector.body.layout().insertWidget(0, label)
        return label

    # -- learning that something changed ---------------------------------------------------
    def _listen(self) -> None:
        """The listener thread: wait for the server's notifications; on a lost connection,
        say so and try again every ``RETRY_S``."""
        listener = None
        lost = False
        while not self._stop.is_set():
            try:
                if listener is None:
                    listener = self.feed.watch()
                    if lost:
                        lost = False
                        self._bridge.back.emit()
                if listener.wait(self.LISTEN_WAIT_S):
                    self._bridge.woke.emit()
            except FactcheckError as exc:
                if not lost:
                    lost = True
                    self._bridge.lost.emit(str(exc))
                if listener is not None:
                    listener.close()
                    listener = None
                self._stop.wait(self.RETRY_S)
        if listener is not None:
            listener.close()

    def _wake(self) -> None:
        """The server notified a commit: look now rather than at the next tick."""
        self._woken = True
        self._on_tick()

    def _on_tick(self) -> None:
        if self._watch is not None and self._watch.changed():
            self._woken = True
        if self._woken and not self.desk.imports_running:  # its own import reloads at its end
            self._woken = False
            self.refresh()
        claim = self.window.inspector.claim
        shown = claim.id if claim is not None else None
        if shown != self._shown_claim:
            self._shown_claim = shown
            self._beat()

    # -- showing what changed ----------------------------------------------------------------
    def refresh(self) -> None:
        """Read what was committed since the last look and show it."""
        try:
            events = self.feed.poll()
        except FactcheckError as exc:
            self._went_offline(describe_error(exc))
            return
        if self.unreachable:
            self._came_back()
            return
        self.apply(events)
        self._read_presence()

    def apply(self, events) -> None:
        if not events:
            return
        w = self.window
        who_at: dict[int, tuple[str, str]] = {}
        elsewhere = False
        articles: dict[str, set[int]] = {"article_added": set(), "article_changed": set(), "article_removed": set()}
        edited_articles = articles["article_changed"]
        for event in events:
            if event.kind.startswith("article_"):
                articles[event.kind].update(event.ids)
                continue
            for claim_id in event.ids:
                who_at[claim_id] = (event.who, event.at)
        try:
            changed = self._changed_in_open_article()
            if changed is not None:
                elsewhere = any(
                    cid not in changed and who != self.desk.annotator
                    for cid, (who, _at) in who_at.items()
                )
            added, removed = articles["article_added"], articles["article_removed"]
            if (added or edited_articles or removed) and not w.article_list.take_changes(
                added, edited_articles, removed
            ):
                w.reload_articles()  # an article removed: the list read again
            elif elsewhere or changed:  # claims: their counts, in parts
                w.article_list.recount()
            if changed:
                self._reload_open_article()
                self._mark(changed, who_at)
            if edited_articles:
                self.articlesChanged.emit(tuple(sorted(edited_articles)))
        except FactcheckError as exc:
            w.statusBar().showMessage(describe_error(exc), 8000)
        self._show_labels()

    def _changed_in_open_article(self) -> set[int] | None:
        """Claims of the open article that differ from what the window shows (added,
        removed, or at another version); None when no article is open."""
        w = self.window
        if w.article_id is None:
            return None
        w.article.ensure_complete()  # a long article's claims past its first screen too
        stored = {c.id: c.version for c in self.desk.claims(w.article_id)}
        shown = {c.id: c.version for c in w.article.claims}
        return {cid for cid in stored.keys() | shown.keys() if stored.get(cid) != shown.get(cid)}

    def _reload_open_article(self) -> None:
        """Reload the open article's claims, keeping the selection, the scroll and a note
        being typed (text and cursor)."""
        w = self.window
        ins = w.inspector
        shown = ins.claim
        typed = ins.note.toPlainText()
        dirty = shown is not None and typed != shown.note
        cursor = ins.note.textCursor().position()
        focused = ins.note.hasFocus()
        if dirty and self._stored_note(shown.id) != shown.note:
            # The colleague changed this very note: what was typed is sent against the
            # version it was typed on, so it is refused naming them (no silent overwrite),
            # and the refusal shows what is stored.
            ins.commit_note()
            return
        if dirty:  # not sent from inside the reload: it is put back, then saved as usual
            ins._note_timer.stop()
            ins._note_pending = False
        selected = w.article.selected_id
        w.article.reload()  # the open article's claims as stored: every panel follows
        w.select_claim(selected if w.article.claim(selected) is not None else None)
        now = ins.claim
        if dirty and now is not None and now.id == shown.id:
            ins.note.setPlainText(typed)  # typed: saved after the usual pause
            text_cursor = ins.note.textCursor()
            text_cursor.setPosition(min(cursor, len(typed)))
            ins.note.setTextCursor(text_cursor)
            if focused:
                ins.note.setFocus()

    def _stored_note(self, claim_id: int) -> str | None:
        try:
            return self.desk.claim(claim_id).note
        except NotFound:
            return None

    def _mark(self, changed: set[int], who_at: dict[int, tuple[str, str]]) -> None:
        model = self.window.claim_model
        marked = set()
        for claim_id in changed:
            who, at = who_at.get(claim_id, ("", ""))
            if who and who != self.desk.annotator:
                self.changed_by[claim_id] = (who, at)
                marked.add(claim_id)
        if not marked:
            return
        model.marked |= marked
        self._repaint_rows(marked)
        self._unmark.start()

    def _clear_marks(self) -> None:
        model = self.window.claim_model
        marked, model.marked = model.marked, set()
        self._repaint_rows(marked)

    def _repaint_rows(self, claim_ids) -> None:
        model = self.window.claim_model
        for claim_id in claim_ids:
            row = model.row_of(claim_id)
            if row >= 0:
                model.dataChanged.emit(model.index(row, 0), model.index(row, model.columnCount() - 1))

    def _show_labels(self) -> None:
        claim = self.window.inspector.claim
        changed = self.changed_by.get(claim.id) if claim is not None else None
        if changed is not None:
            self.changed_label.setText(fill(self.tr("Changed by %1, %2"), changed[0], short_time(changed[1])[11:]))
        self.changed_label.setVisible(changed is not None)
        names = sorted({p.who for p in self.others if claim is not None and p.claim_id == claim.id})
        if names:
            template = (
                self.tr("%1 is editing this claim") if len(names) == 1
                else self.tr("%1 are editing this claim")
            )  # fmt: skip
            self.presence_label.setText(fill(template, "، ".join(names) if self.window.arabic else ", ".join(names)))
        self.presence_label.setVisible(bool(names))

    # -- presence ------------------------------------------------------------------------------
    def _beat(self) -> None:
        if self.unreachable or self._stop.is_set():
            return
        try:
            self.feed.beat(self.desk.annotator, self._shown_claim)
        except FactcheckError:
            pass  # advisory: a busy database skips one heartbeat
        self._read_presence()

    def _read_presence(self) -> None:
        try:
            self.others = self.feed.others()
        except FactcheckError:
            return
        self._show_labels()

    # -- a server desk that stops answering ------------------------------------------------------
    def edits_refused_because(self) -> str:
        """Why an edit is refused now: the server desk cannot be reached ("" otherwise).
        On a server, asked with a round trip, so an edit never reaches a lost connection
        and comes back reset."""
        if self.desk.store.is_postgres and not self.unreachable:
            try:
                self.feed.ping()
            except FactcheckError as exc:
                self._went_offline(describe_error(exc))
        if not self.unreachable:
            return ""
        return fill(
            self.tr(
                "The shared desk %1 cannot be reached: your edit was not saved, and what you "
                "typed is kept. factcheck reconnects by itself; try again when it says so."
            ),
            self.desk.store.where,
        )

    def _went_offline(self, reason: str) -> None:
        if self.unreachable:
            return
        self.unreachable = reason or "unreachable"
        w = self.window
        w.banner.setText(self.tr("Desk unreachable"))
        w.statusBar().showMessage(
            fill(self.tr("The shared desk cannot be reached (%1). Reconnecting…"), reason)
        )

    def _came_back(self) -> None:
        """The server answers again: show everything as stored now, then save the note
        typed meanwhile."""
        self.unreachable = ""
        w = self.window
        w.banner.setText(self.tr("Read-only") if self.desk.store.read_only else "")
        w.statusBar().showMessage(self.tr("The shared desk is reachable again."), 8000)
        try:
            self.feed.poll()  # all of it is reloaded below
            w.reload_articles()
            if w.article_id is not None:
                self._reload_open_article()
                self.articlesChanged.emit((w.article_id,))
        except FactcheckError as exc:
            self._went_offline(describe_error(exc))
            return
        ins = w.inspector
        if ins.claim is not None and ins.note.toPlainText() != ins.claim.note:
            ins._note_pending = True
            ins.commit_note()
        self._beat()

    # -- closing ----------------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.stop()
        return super().eventFilter(watched, event)

    def stop(self) -> None:
        """Stop watching and take this window's presence away."""
        self._tick.stop()
        self._beat_timer.stop()
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=3)
            self._thread = None
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        if not self.unreachable:
            self.feed.leave()
