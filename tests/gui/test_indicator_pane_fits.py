# ruff: noqa: F811  (pytest fixtures imported from commitment_helpers)
"""The indicator sheet and its chart are never cut under the scroll bar (issue 12's
screenshot pass: at 1280x800 the editor is about 930 px wide, and the right edge of the
sheet, its combo box and the chart's last date label were hidden). The offscreen platform's
font is narrower than a desktop's, so 700 px here is the tight case 930 px was there."""

from __future__ import annotations

import pytest
from commitment_helpers import env, tab  # noqa: F401
from PySide6.QtWidgets import QApplication

from matrix_app.domain import models as m
from matrix_app.messages import set_language


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("width", [700, 930, 1560])
def test_indicator_sheet_fits_its_pane(env, qtbot, lang, width):
    set_language(lang)
    try:
        env.doc.create(m.Result, "Add purpose", commitment_id=env.cid, level="purpose")
        env.settle()
        t = tab(env, "indicators")
        env.editor.tab_widget.setCurrentWidget(t)
        t.add_indicator()
        env.settle()
        env.editor.resize(width, 760)
        QApplication.processEvents()
        qtbot.wait(20)
        viewport = t.detail_scroll.viewport()
        assert t.detail.width() <= viewport.width()
        assert t.detail.width() >= t.detail.minimumSizeHint().width()
        # the list's buttons wrap rather than push the sheet under the scroll bar
        assert t.splitter.widget(0).minimumSizeHint().width() < 250
    finally:
        set_language(None)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_no_indicator_yet_says_how_to_add_one(env, qtbot, lang):
    """The pass's empty commitment said only "No indicator selected."."""
    from PySide6.QtCore import QCoreApplication, Qt

    from matrix_app.ui.commitment import install_translator

    translator = install_translator(lang)
    set_language(lang)
    try:
        env.editor.refresh()
        t = tab(env, "indicators")
        env.editor.tab_widget.setCurrentWidget(t)
        hint = {"en": "Add one with “Add indicator”", "es": "Agregue uno con «Agregar indicador»"}
        assert hint[lang] in t.summary.text()
        env.doc.create(m.Result, "Add purpose", commitment_id=env.cid, level="purpose")
        env.settle()
        qtbot.mouseClick(t.add_button, Qt.MouseButton.LeftButton)
        env.settle()
        assert t.list_model.rowCount() == 1
        assert hint[lang] not in t.summary.text()
    finally:
        set_language(None)
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
