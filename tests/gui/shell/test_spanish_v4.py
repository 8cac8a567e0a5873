"""The schema-4 screens speak Spanish: the editor in translations mode on every tab, the
consultation comments, the report settings, the report texts (both reports, with their
placeholders and translations), the tree's plan menu and the Tools menu."""

from __future__ import annotations

from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QTabWidget
from test_spanish_everywhere import _english, _texts

from matrix_app.ui.commitment.editor import CommitmentEditor
from matrix_app.ui.plan_windows import PlanWindows


def test_v4_screens_speak_spanish(qtbot, settings, asked, spanish, sample_copy, monkeypatch):
    from matrix_app.ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    win.open_path(sample_copy)
    win.settle()
    found: list[str] = [a.text().replace("&", "") for a in win.tools_menu.actions()]
    plan = win.tree.model.plans[-1]
    win.show_commitment(plan.commitments[0].id)
    win.settle()
    editor = win.content.currentWidget()
    editor.show_translations(True)
    assert editor.translate_button.text() == "Traducciones (inglés)"
    tabs = editor.findChild(QTabWidget)
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        qtbot.wait(10)
        found += _texts(editor)
    menus = []
    monkeypatch.setattr(PlanWindows, "exec_menu", lambda self, menu, at: menus.append(menu))
    win.tree.select(plan.id)
    QApplication.sendEvent(
        win.tree.view,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard,
            win.tree.view.rect().center(),
            win.tree.view.mapToGlobal(win.tree.view.rect().center()),
        ),
    )
    found += [a.text().replace("&", "") for a in menus[-1].actions() if a.text()]
    for window in (win.tree.open_consultation(), win.tree.open_report_settings()):
        found += _texts(window)
        window.close()
    texts = win.tree.open_report_texts(plan.id)
    texts.translations_box.setChecked(True)
    for period in ("mid_term", "end_of_term"):
        texts.set_period(period)
        found += _texts(texts)
    found += [texts.period.itemText(i) for i in range(texts.period.count())]
    found += [e.placeholderText() for e in texts.edits.values() if e.placeholderText()]
    found += [win.tree.report_texts_action.toolTip(), win.plan_actions.report_texts.statusTip()]
    texts.close()
    assert len(found) > 250
    assert _english(found) == []
    assert "Comentarios de la consulta…" in found and "Ajustes del informe…" in found
    assert "Textos del informe…" in found and "Co-creación y consulta pública" in found
    assert "Reuniones del foro multiactor" in found and "Qué funcionó, qué no y por qué" in found
    assert "Publicación" in found and "Relevancia para los valores OGP" in found
    CommitmentEditor.translations_shown = False
    win.close()
    win.runner.wait()
