"""Issue 12: a window about 1100 px wide cuts nothing (reported at 1100, checked at 1280).

In Spanish (the longer texts): the dashboard's last column is inside the table; the
commitment opened with a click shows its Overview without a sideways scroll bar (the
right column moves under the left one); on the logframe matrix no button is squeezed below
its size and the fixed columns leave the text columns room enough not to scroll sideways.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from matrix_app.ui.dashboard_model import COLUMNS
from matrix_app.ui.main_window import MainWindow


def buttons_squeezed(root):
    return [
        b.text()
        for b in root.findChildren(QPushButton)
        if b.isVisible() and b.sizeHint().width() > b.width()
    ]


def click_tab(qtbot, editor, key):
    bar = editor.tab_widget.tabBar()
    index = list(editor.tabs).index(key)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    QApplication.processEvents()
    assert editor.current_tab() == key


@pytest.mark.parametrize("width", [1100, 1280])
def test_nothing_is_cut_in_a_narrow_window(qtbot, settings, asked, sample_copy, spanish, width):
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    win.resize(width, 760)
    win.open_path(sample_copy)
    win.settle()
    qtbot.waitUntil(lambda: win.data is not None, timeout=10000)
    QApplication.processEvents()

    table = win.dashboard.table
    header = table.horizontalHeader()
    last = len(COLUMNS) - 1
    right = header.sectionViewportPosition(last) + header.sectionSize(last)
    assert right <= table.viewport().width(), "the last dashboard column is off to the right"
    assert not table.horizontalScrollBar().isVisible()
    assert header.sectionSize(COLUMNS.index("title")) > 220

    plan = win.tree.model.plans[-1]
    index = win.tree.model.find(plan.commitments[0].id)
    view = win.tree.view
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    win.settle()
    QApplication.processEvents()
    editor = win.editor
    assert editor is not None and editor.isVisible()

    click_tab(qtbot, editor, "logframe")
    click_tab(qtbot, editor, "overview")
    overview = editor.tabs["overview"]
    assert not overview.scroll.horizontalScrollBar().isVisible(), "the Overview scrolls sideways"
    assert not buttons_squeezed(overview)
    for key in ("inst", "irm"):
        group = overview.groups[key]
        viewport = overview.scroll.viewport()
        right_edge = group.mapTo(viewport, group.rect().topRight()).x()
        assert right_edge < viewport.width(), f"{key} is cut on the right"
        assert group.width() >= group.sizeHint().width(), f"{key} is squeezed"

    click_tab(qtbot, editor, "logframe")
    logframe = editor.tabs["logframe"]
    assert not buttons_squeezed(logframe), buttons_squeezed(logframe)
    assert not logframe.view.horizontalScrollBar().isVisible()
    win.close()
    win.runner.wait()
