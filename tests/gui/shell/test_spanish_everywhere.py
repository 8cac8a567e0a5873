"""The Spanish interface speaks Spanish: Qt's own file dialog, field names, every screen."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

#: Words that, whole, only an English text has (checked case-insensitively).
ENGLISH = re.compile(
    r"\b(the|and|of|add|remove|delete|open|save|file|files|edit|view|help|look in|type|"
    r"name|date|value|target|indicator|evidence|commitment|institution|focal point|"
    r"progress|baseline|unit|none|cancel|close|browse|show|hide|search|filter)\b",
    re.IGNORECASE,
)


def _texts(root: QWidget) -> list[str]:
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QLabel | QAbstractButton) and w.text():
            out.append(w.text())
        if isinstance(w, QGroupBox) and w.title():
            out.append(w.title())
        if isinstance(w, QTabWidget):
            out.extend(w.tabText(i) for i in range(w.count()))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            out.extend(
                str(m.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(m.columnCount())
            )
    return [re.sub(r"<[^>]+>", " ", t).replace("&", "") for t in out]


def _english(texts: list[str]) -> list[str]:
    return sorted({t for t in texts if ENGLISH.search(t)})


def test_qt_file_dialog_is_spanish(spanish, qtbot):
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "&Buscar en:" in labels and "Archivos de &tipo:" in labels
    dialog.close()


def test_conflict_field_names_are_spanish(spanish):
    from matrix_app.ui.actions.exchange_text import field_label

    assert field_label("focal_point_name") == "nombre del punto focal"
    assert field_label("irm_specificity") != "irm specificity"


def test_every_screen_of_the_window_speaks_spanish(qtbot, settings, asked, spanish, sample_copy):
    """The start screen, the dashboard and every tab of a commitment's editor, as shown."""
    from matrix_app.ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    found = _texts(win)
    win.open_path(sample_copy)
    win.settle()
    found += _texts(win)
    for action in win.menuBar().actions():
        found.append(action.text().replace("&", ""))
        for sub in action.menu().actions():
            found.append(sub.text().replace("&", ""))
    win.show_commitment(win.tree.model.plans[-1].commitments[0].id)
    win.settle()
    editor = win.content.currentWidget()
    tabs = editor.findChild(QTabWidget)
    assert tabs is not None and tabs.count() >= 5
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        qtbot.wait(10)
        found += _texts(editor)
    assert len(found) > 200
    assert _english(found) == []
    win.close()
    win.runner.wait()
