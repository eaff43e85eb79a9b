"""The dashboard: the desk's numbers painted in the window, saved as PNG and SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QColor, QImage

from factcheck import workflow
from factcheck.desk import Desk

pytestmark = pytest.mark.gui


@pytest.fixture
def window(window_on_both_backends):
    return window_on_both_backends


@pytest.fixture
def verdicts(seeded_url):
    desk = Desk.open(seeded_url, annotator="omar")
    for sentence, status in ((2, "false"), (3, "false"), (4, "true"), (5, None)):
        desk.add_claim_for_sentence(1, sentence, status_id=status)
    sara = Desk.open(seeded_url, annotator="sara")
    workflow.approve(sara, 1)
    sara.close()
    desk.close()


def open_dashboard(window):
    window.findChild(type(window.menuBar().actions()[0]), "dashboard").trigger()
    return window.dashboard


def test_the_dashboard_draws_the_desks_numbers_in_status_colours(window, qtbot, verdicts, tmp_path):
    board = open_dashboard(window)
    assert window.dashboard_dock.isVisible()
    numbers = board.canvas.numbers
    assert numbers.verdicts_by_status["false"] == 2
    assert numbers.review_states["approved"] == 1
    assert numbers.review_queue["waiting"] == 2
    titles = [t for t, _rows, _k in board.canvas.sections()]
    assert titles[0] == "Verdicts by status" and "Waiting for review: 2" in titles
    out = tmp_path / "dashboard.png"
    assert board.save_png(str(out))
    image = QImage(str(out))
    assert image.width() >= 500 and image.height() >= board.canvas.needed_height() - 5
    false_colour = QColor(next(s.color for s in window.statuses if s.id == "false"))
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3)
               for y in range(0, min(image.height(), 300), 3)}  # fmt: skip
    assert false_colour.name() in colours  # the "false" bar, in its status colour
    svg = tmp_path / "dashboard.svg"
    assert board.save_svg(str(svg))
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "Verdicts by status" in svg.read_text(encoding="utf-8")
