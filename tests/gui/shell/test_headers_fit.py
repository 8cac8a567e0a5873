"""Issue 12: every table header of the main views shows its whole title, in Spanish and in
English, in a 1280x800 window ("Resumen narr", "Medios de ver" were cut)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView, QTreeView

from matrix_app.ui.headers import fits
from matrix_app.ui.i18n import LanguageSetup


def header_of(view):
    return view.header() if isinstance(view, QTreeView) else view.horizontalHeader()


def cut_titles(root) -> list[str]:
    QApplication.processEvents()
    QApplication.processEvents()
    bad = []
    for view in root.findChildren(QAbstractItemView):
        if not isinstance(view, QTableView | QTreeView) or not view.isVisible():
            continue
        header = header_of(view)
        if header.isHidden() or header.model() is None:
            continue
        for logical in range(header.count()):
            if header.isSectionHidden(logical) or fits(header, logical):
                continue
            title = header.model().headerData(logical, header.orientation())
            bad.append(f"{view.accessibleName()}: {title!r} in {header.sectionSize(logical)}px")
    return bad


@pytest.mark.parametrize("lang", ["es", "en"])
def test_header_titles_fit_their_sections(qapp, qtbot, settings, asked, sample_copy, lang):
    from matrix_app.ui.main_window import MainWindow

    setup = LanguageSetup(qapp, lang).install()
    try:
        win = MainWindow(settings)
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        win.open_path(sample_copy)
        win.settle()
        qtbot.waitUntil(lambda: win.data is not None, timeout=10000)
        win.quality_dock.show()
        problems = [f"dashboard/quality: {p}" for p in cut_titles(win)]
        plan = win.tree.model.plans[-1]
        win.tree.select(plan.commitments[-1].id)
        win.settle()
        editor = win.editor
        for key in editor.tabs:
            editor.tab_widget.setCurrentWidget(editor.tabs[key])
            tab = editor.tabs[key]
            if key == "indicators" and tab.list_model.rowCount():
                tab.select("indicator", tab.list_model.row_at(0).id)
            problems += [f"{key}: {p}" for p in cut_titles(tab)]
        assert not problems, "\n".join(problems)
        win.close()
        win.runner.wait()
    finally:
        setup.remove()
