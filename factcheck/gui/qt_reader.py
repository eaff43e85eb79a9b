"""ArticleReader: the article, read-only, each paragraph in its own direction, claims highlighted.

Offsets outside this widget are code points; Qt positions (UTF-16) are converted here only.
Highlights are view overlays (``setExtraSelections``) built for the visible blocks only, so an
edit or a scroll costs the same on a 1 MB article as on a short one.

Claims, the selected claim and the "also in" counts come from an ``OpenArticle`` that the
reader follows (the window's, or its own when used alone).

Signals: ``markRequested(start, end)``, ``unmarkRequested(claim_id)``, ``claimActivated(claim_id)``,
``claimDeselected()`` (the editor moved off the selected claim: plain text clicked, words
dragged over, another sentence reached), ``statusKeyPressed(key)``, ``sentenceChanged(index)``.
"""

from __future__ import annotations

import bisect
import html
from functools import lru_cache

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import QTextEdit, QToolTip

from factcheck.gui.open_article import OpenArticle
from factcheck.gui.qt_models import elided
from factcheck.gui.window_care import emoji_at
from factcheck.model import Claim, Sentence, Status
from factcheck.text import (
    BIDI_CONTROLS,
    Utf16Index,
    bidi_control_name,
    find_bidi_controls,
    sentence_index_at,
    snap_to_words,
)
from factcheck.text.direction import ltr_paragraph_starts

BIDI_MARKER = "\u25c6"  # ◆ shown in place of a bidi control: same length, never obeyed
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def status_key_of(event) -> str | None:
    """The status key (``"0"``…``"9"``, Arabic-Indic digits and the keypad too) a key press
    gives, or None."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if mods != Qt.KeyboardModifier.NoModifier:
        return None
    char = event.text().translate(_ARABIC_DIGITS)
    return char if len(char) == 1 and char.isdigit() else None
_DISPLAY_TABLE = {ord(c): BIDI_MARKER for c in BIDI_CONTROLS}


@lru_cache(maxsize=8)
def _text_facts(text: str) -> tuple[Utf16Index, list[int], str]:
    """UTF-16 index, bidi control positions and display text of an article's text.

    Cached: stored text never changes, and going back to a 1 MB article should not scan it
    three times again (measured in the benchmark). The key is the text itself (its hash is kept by the str).
    """
    return Utf16Index(text), find_bidi_controls(text), display_text(text)


def display_text(text: str) -> str:
    """The text as shown: bidi controls replaced one-for-one by a visible marker."""
    if not any(c in text for c in BIDI_CONTROLS):
        return text  # str.translate costs ~0.1 s a megabyte; most articles have none
    return text.translate(_DISPLAY_TABLE)



class ArticleReader(QTextEdit):
    """Read-only article view with sentence cursor, claim highlights and marking keys."""

    FIRST_SCREEN_CHARS = 50_000  # more than any first screen shows (the view opens at the top)

    markRequested = Signal(int, int)
    unmarkRequested = Signal(int)
    claimActivated = Signal(int)
    claimDeselected = Signal()
    statusKeyPressed = Signal(str)
    sentenceChanged = Signal(int)

    def __init__(self, parent=None, *, article: OpenArticle | None = None):
        super().__init__(parent)
        self.setObjectName("ArticleReader")
        self.article = article if article is not None else OpenArticle(parent=self)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        # A URL or a run of symbols longer than the line breaks where it must: no horizontal
        # scroll bar, and no sideways scroll (a whole-view repaint) when the cursor moves.
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        # Lines wrap at the view's width, but Qt may report a document a few pixels wider
        # (trailing spaces of right-to-left lines); a scroll bar for those pixels would steal
        # 14 px of height and make every cursor move scroll (repaint) the view sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setCursorWidth(2)
        self._text = ""
        self._index = Utf16Index("")
        self._sentences: list[Sentence] = []
        self._shown_selection: int | None = None  # the selected claim the cursor went to
        self._status_by_id: dict[str, Status] = {}
        self._bidi_positions: list[int] = []
        self._current_sentence: int | None = None
        self._search_hits: list[tuple[int, int]] = []
        self._base_point_size = self.font().pointSizeF()
        self._later_ltr_blocks: list[int] = []
        self._directions_timer = QTimer(self, singleShot=True, interval=0)
        self._directions_timer.timeout.connect(self._apply_later_directions)
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh_highlights)
        self.verticalScrollBar().valueChanged.connect(self._schedule_refresh)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        model = self.article
        model.opened.connect(self._article_opened)
        model.claimsReset.connect(self.refresh_highlights)
        model.claimChanged.connect(self._claim_changed)
        model.selectionChanged.connect(self._selection_changed)
        model.linkCountsChanged.connect(self.refresh_highlights)

    # -- following the open article ----------------------------------------------------------
    def _article_opened(self) -> None:
        if self.article.article is not None:
            self._show_text(self.article.text, self.article.sentences)
            self.refresh_highlights()
            self.moveCursor(QTextCursor.MoveOperation.Start)

    def _claim_changed(self, _claim_id: int, _claim) -> None:
        """One claim changed; when the change selected it, the cursor goes to it."""
        selected = self.article.selected
        if selected is not None and selected.id != self._shown_selection:
            self._go_to_claim(selected)
        self.refresh_highlights()

    def _selection_changed(self, claim_id) -> None:
        if claim_id is not None and claim_id != self._shown_selection:
            self._go_to_claim(self.article.claim(claim_id))
        self._shown_selection = claim_id
        self.refresh_highlights()

    def _go_to_claim(self, claim: Claim) -> None:
        self._shown_selection = claim.id
        self._move_to(claim.start)
        self._current_sentence = sentence_index_at(self._sentences, claim.start)
        if self._current_sentence is not None:
            self.sentenceChanged.emit(self._current_sentence + 1)

    # -- content ----------------------------------------------------------------------------
    def show_article(
        self,
        text: str,
        sentences: list[Sentence],
        claims: list[Claim],
        statuses: list[Status],
    ) -> None:
        """Show a text with these claims (the reader used alone; in the window the reader
        follows the open article). ``text`` is the stored (logical) text, never reshaped."""
        self._status_by_id = {s.id: s for s in statuses}
        self._show_text(text, sentences)
        self.article.set_claims(claims)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _show_text(self, text: str, sentences: list[Sentence]) -> None:
        self._text = text
        self._index, bidi_positions, shown = _text_facts(text)
        self._sentences = sentences
        self._bidi_positions = bidi_positions
        self._current_sentence = None
        self._shown_selection = None
        self._search_hits = []
        # Drop the old overlays first: after setPlainText their cursors would sit at the end
        # of the new text, and setExtraSelections would lay out the whole document to find
        # their rectangles (0.6 s on a 1 MB article, measured in the benchmark).
        self.setExtraSelections([])
        self._use_rtl_default()  # before the text: the option survives setPlainText
        self.blockSignals(True)
        self.setPlainText(shown)
        self.blockSignals(False)
        self._apply_paragraph_directions()

    def _use_rtl_default(self) -> None:
        """Right to left, right-aligned by default (the document's text option: a widget's layout direction alone does not move the text).

        setDefaultTextOption relays out the whole document even when nothing changes, so
        it is set only when different, and before the text goes in (measured in the benchmark).
        """
        doc = self.document()
        option = doc.defaultTextOption()
        rtl_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
        if option.textDirection() != Qt.LayoutDirection.RightToLeft or option.alignment() != rtl_right:
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            option.setAlignment(rtl_right)
            doc.setDefaultTextOption(option)

    def _apply_paragraph_directions(self) -> None:
        """Lay out each paragraph in its direction (``factcheck.text.direction``: the first
        strong letter, the article's language for an Arabic paragraph opening with Latin).

        The paragraphs of the first screen now, the rest right after the first paint:
        each changed paragraph is laid out again (benchmark: opening a 1 MB article).
        """
        self._use_rtl_default()
        ltr_blocks = ltr_paragraph_starts(self._text)
        # Up to the end of what is on screen (the text was just laid out that far): each
        # block changed here is laid out again before the first paint.
        on_screen = self.visible_range()[1] if ltr_blocks else 0
        split = bisect.bisect_right(ltr_blocks, min(on_screen, self.FIRST_SCREEN_CHARS))
        self._set_ltr_blocks(ltr_blocks[:split])
        self._later_ltr_blocks = ltr_blocks[split:]
        if self._later_ltr_blocks:
            self._directions_timer.start()

    def _apply_later_directions(self) -> None:
        blocks, self._later_ltr_blocks = self._later_ltr_blocks, []
        self._set_ltr_blocks(blocks)

    def _set_ltr_blocks(self, starts) -> None:
        if not starts:
            return
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        for start in starts:
            cursor.setPosition(self._index.to_utf16(start))
            cursor.mergeBlockFormat(fmt)
        cursor.endEditBlock()

    def claim_by_id(self, claim_id: int | None) -> Claim | None:
        return self.article.claim(claim_id)

    def set_statuses(self, statuses: list[Status]) -> None:
        self._status_by_id = {s.id: s for s in statuses}
        self.refresh_highlights()

    def go_to_position(self, pos: int) -> None:
        self._move_to(pos)
        self._set_current_sentence(sentence_index_at(self._sentences, pos))

    def set_search_hits(self, hits: list[tuple[int, int]]) -> None:
        self._search_hits = hits
        self.refresh_highlights()

    @property
    def text(self) -> str:
        return self._text

    @property
    def claims(self) -> list[Claim]:
        return self.article.claims

    @property
    def sentences(self) -> list[Sentence]:
        return self._sentences

    # -- positions --------------------------------------------------------------------------
    def to_qt(self, pos: int) -> int:
        return self._index.to_utf16(pos)

    def to_py(self, qpos: int) -> int:
        return self._index.to_py(qpos)

    def position_at(self, point: QPoint) -> int:
        """Code-point position under a viewport point."""
        return self.to_py(self.cursorForPosition(point).position())

    def claims_at(self, pos: int) -> list[Claim]:
        return self.article.claims_at(pos)

    def selected_span(self) -> tuple[int, int] | None:
        """The drag-selected span snapped to whole words, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.to_py(cursor.selectionStart())
        end = self.to_py(cursor.selectionEnd())
        start, end = snap_to_words(self._text, start, end)
        return (start, end) if end > start else None

    @property
    def current_sentence(self) -> Sentence | None:
        if self._current_sentence is None or not self._sentences:
            return None
        return self._sentences[self._current_sentence]

    @property
    def selected_claim_id(self) -> int | None:
        return self.article.selected_id

    # -- navigation -------------------------------------------------------------------------
    def go_to_sentence(self, index0: int) -> None:
        if not self._sentences:
            return
        index0 = max(0, min(index0, len(self._sentences) - 1))
        sentence = self._sentences[index0]
        self._move_to(sentence.start)
        self._set_current_sentence(index0)
        self._deselect_claim()

    def step_sentence(self, delta: int) -> None:
        current = self._current_sentence
        if current is None:
            current = -1 if delta > 0 else len(self._sentences)
        self.go_to_sentence(current + delta)

    def step_claim(self, delta: int) -> int | None:
        """Select the next (or previous) claim in reading order; returns its id."""
        claims = self.article.claims
        if not claims:
            return None
        ids = [c.id for c in claims]
        if self.selected_claim_id in ids:
            i = ids.index(self.selected_claim_id) + delta
        else:
            i = self.article.first_claim_from(self.to_py(self.textCursor().position()))
            if delta < 0:
                i -= 1
        i = max(0, min(i, len(claims) - 1))
        return claims[i].id

    def select_claim(self, claim_id: int | None) -> None:
        """Select a claim (the cursor goes to it)."""
        self._shown_selection = None  # go to it even if it is the one selected
        self.article.select(claim_id)

    def _deselect_claim(self) -> None:
        """The editor moved off the selected claim: every panel must follow (a status key
        or Delete then acts on the sentence or the dragged words, never on a claim that is
        no longer highlighted)."""
        if self.selected_claim_id is not None:
            self.claimDeselected.emit()

    def _move_to(self, pos: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self.to_qt(pos))
        self.blockSignals(True)
        self.setTextCursor(cursor)
        self.blockSignals(False)
        self.center_cursor()

    def center_cursor(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect().center().y() - self.viewport().height() // 2)

    def _set_current_sentence(self, index0: int | None) -> None:
        if index0 != self._current_sentence:
            self._current_sentence = index0
            self.refresh_highlights()
            if index0 is not None:
                self.sentenceChanged.emit(index0 + 1)

    def _on_cursor_moved(self) -> None:
        cursor = self.textCursor()
        if cursor.hasSelection():
            return
        pos = self.to_py(cursor.position())
        self._set_current_sentence(sentence_index_at(self._sentences, pos))

    # -- highlights -------------------------------------------------------------------------
    def _schedule_refresh(self) -> None:
        self._refresh_timer.start()

    def visible_range(self) -> tuple[int, int]:
        """Code-point range of the lines currently on screen.

        Whole lines, not whole paragraphs: a 40 KB paragraph would otherwise put every
        claim in it into the overlays, and each overlay costs paint time (measured in the benchmark).
        A line is a contiguous logical range whatever its bidi order.
        """
        width, height = self.viewport().width(), self.viewport().height()
        doc = self.document()
        # Inside the document margin: a hit test on the margin of a document still being
        # laid out returns positions far down the text (even its end).
        m = int(doc.documentMargin()) + 1
        left, top = min(m, width - 1), min(m, height - 1)
        right, bottom = max(left, width - 1 - m), max(top, height - 1 - m)
        corners = [QPoint(left, top), QPoint(right, top), QPoint(left, bottom), QPoint(right, bottom)]
        bounds = []
        for point in corners:
            qpos = self.cursorForPosition(point).position()
            block = doc.findBlock(qpos)
            layout = block.layout()
            line = layout.lineForTextPosition(qpos - block.position()) if layout is not None else None
            if line is None or not line.isValid():
                bounds.append((block.position(), block.position() + block.length()))
            else:
                start = block.position() + line.textStart()
                bounds.append((start, start + line.textLength()))
        lo = min(a for a, _ in bounds)
        hi = min(max(b for _, b in bounds), self._index.to_utf16(len(self._text)))
        return self.to_py(lo), self.to_py(hi)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_qt(start))
        cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        sel.format = fmt
        return sel

    def claim_color(self, claim: Claim) -> QColor:
        status = self._status_by_id.get(claim.status_id)
        return QColor(status.color if status else "#d0d4d9")

    def refresh_highlights(self) -> None:
        """Rebuild the overlays for the visible part: sentence, claims, selection, markers."""
        lo, hi = self.visible_range()
        selections = []
        sentence = self.current_sentence
        if sentence is not None:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#e8eef6"))
            selections.append(self._selection(sentence.start, sentence.end, fmt))
        selected = None
        selected_id = self.selected_claim_id
        link_counts = self.article.link_counts
        for claim in self.article.claims_between(lo, hi):
            color = self.claim_color(claim)
            color.setAlpha(190)
            fmt = QTextCharFormat()
            fmt.setBackground(color)
            if link_counts.get(claim.id):
                # Seen in other articles too: a dotted underline says "also in …".
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(QColor("#4a4a4a"))
            selections.append(self._selection(claim.start, claim.end, fmt))
            if claim.id == selected_id:
                selected = claim
        for start, end in self._search_hits:
            if end > lo and start < hi:
                fmt = QTextCharFormat()
                fmt.setBackground(QColor("#ffe14d"))
                fmt.setForeground(QColor("#000000"))
                selections.append(self._selection(start, end, fmt))
        if selected is not None:
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor("#1f3a93"))
            fmt.setFontUnderline(True)
            fmt.setForeground(QColor("#0b1d51"))
            selections.append(self._selection(selected.start, selected.end, fmt))
        for pos in self._bidi_positions[
            bisect.bisect_left(self._bidi_positions, lo) : bisect.bisect_right(self._bidi_positions, hi)
        ]:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#c0392b"))
            fmt.setForeground(QColor("#ffffff"))
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
            selections.append(self._selection(pos, pos + 1, fmt))
        self.setExtraSelections(selections)

    # -- events -----------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier:
            if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.request_mark()
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                if self.selected_claim_id is not None:
                    self.unmarkRequested.emit(self.selected_claim_id)
                return
            char = status_key_of(event)
            if char is not None:
                self.statusKeyPressed.emit(char)
                return
        super().keyPressEvent(event)

    def request_mark(self) -> None:
        """Mark the drag-selected span, else the current sentence."""
        span = self.selected_span()
        if span is None and self.current_sentence is not None:
            span = (self.current_sentence.start, self.current_sentence.end)
        if span is not None:
            self.markRequested.emit(*span)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self.textCursor().hasSelection():  # dragged over words: they are the target now
            self._deselect_claim()
            return
        pos = self.position_at(event.position().toPoint())
        self._set_current_sentence(sentence_index_at(self._sentences, pos))
        hits = self.claims_at(pos)
        if hits:
            innermost = min(hits, key=lambda c: c.end - c.start)
            self._shown_selection = innermost.id  # clicked: the cursor stays where it is
            self.claimActivated.emit(innermost.id)
        else:
            self._deselect_claim()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._schedule_refresh()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            tip = self.tooltip_at(self.position_at(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_at(self, pos: int) -> str:
        """Status, note and sources of the claims under ``pos``; names of bidi controls."""
        parts = []
        if 0 <= pos < len(self._text) and self._text[pos] in BIDI_CONTROLS:
            parts.append(
                "<b>"
                + html.escape(
                    self.tr("Hidden bidi control: %1 (shown, not applied)").replace(
                        "%1", bidi_control_name(self._text[pos])
                    )
                )
                + "</b>"
            )
        emoji = emoji_at(self._text, pos)
        if emoji:  # where no font has it, the reader shows a box: say what it is
            parts.append(html.escape(emoji))
        use_ar = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for claim in self.claims_at(pos):
            status = self._status_by_id.get(claim.status_id)
            label = (status.label_ar if use_ar else status.label_en) if status else claim.status_id
            lines = [f"<b>{html.escape(label)}</b>"]
            if claim.note:
                lines.append(html.escape(elided(claim.note)))
            if claim.sources:  # thousands of sources would make a tooltip of megabytes
                urls = elided("\n".join(s.url for s in claim.sources))
                lines += [html.escape(url) for url in urls.split("\n")]
            if self.article.link_counts.get(claim.id):
                lines.append(
                    html.escape(
                        self.tr("Also in %n other article(s)", "", self.article.link_counts[claim.id])
                    )
                )
            parts.append("<br>".join(lines))
        return "<hr>".join(parts)

    # -- zoom -------------------------------------------------------------------------------
    def zoom(self, steps: int) -> None:
        if steps == 0:
            font = self.font()
            font.setPointSizeF(self._base_point_size)
            self.setFont(font)
        elif steps > 0:
            self.zoomIn(steps)
        else:
            self.zoomOut(-steps)
        self._schedule_refresh()

    def set_base_font(self, font: QFont) -> None:
        self._base_point_size = font.pointSizeF()
        self.setFont(font)
