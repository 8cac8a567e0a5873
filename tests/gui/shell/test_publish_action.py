"""File > Publish website... in the real main window: menu, dialog, worker thread, result."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from matrix_app.ui.actions import FEATURE_ACTION_MODULES


def test_publish_from_the_file_menu(window, sample_copy, qtbot, tmp_path, monkeypatch):
    assert "publish" in FEATURE_ACTION_MODULES
    act = window.publish_action
    actions = window.file_menu.actions()
    assert act.action in actions and actions.index(act.action) < actions.index(window.close_action)
    assert not act.action.isEnabled()
    window.open_path(sample_copy)
    window.settle()
    assert act.action.isEnabled()
    out = tmp_path / "sitio"
    seen: dict = {}

    def fill(dialog):
        monkeypatch.setattr(dialog, "choose_folder", lambda start: str(out))
        dialog.show()
        browse = next(b for b in dialog.findChildren(type(dialog.buttons.button(
            QDialogButtonBox.StandardButton.Ok))) if b.text() == "Browse…")  # fmt: skip
        qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
        assert dialog.folder.text() == str(out)
        qtbot.mouseClick(dialog.lang_en, Qt.MouseButton.LeftButton)  # English off
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        qtbot.mouseClick(dialog.lang_es, Qt.MouseButton.LeftButton)  # and Spanish off: no
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        qtbot.mouseClick(dialog.lang_es, Qt.MouseButton.LeftButton)
        # on the box itself (a check box only takes clicks on its indicator and text)
        qtbot.mouseClick(dialog.quality, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
        qtbot.mouseClick(dialog.consultation, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
        qtbot.mouseClick(dialog.reports, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
        seen["values"] = dialog.values()
        dialog.hide()
        return True

    opened = []
    monkeypatch.setattr(act, "exec_dialog", fill)
    monkeypatch.setattr(act, "ask_open", lambda text: seen.setdefault("text", text) is not None)
    monkeypatch.setattr(act, "open_in_browser", opened.append)
    act.action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=60000)
    assert seen["values"]["langs"] == ("es",) and seen["values"]["privacy"].quality
    assert seen["values"]["privacy"].consultation and not seen["values"]["privacy"].authors
    # the sample's one evidence file has not been marked public: left out, and said so
    assert "1 evidence file was not published: nobody has marked it public" in seen["text"]
    assert opened == [out / "es" / "index.html"]
    assert str(out) in seen["text"]
    home = (out / "es" / "index.html").read_text(encoding="utf-8")
    assert "Segundo Plan de Acción de Gobierno Abierto 2014-2016" in home
    assert not (out / "en").exists()
    assert (out / "data" / "datapackage.json").is_file()
    page = next((out / "es" / "commitments").glob("*.html")).read_text(encoding="utf-8")
    assert "Observaciones de calidad de la matriz" in page
    # the self-assessment reports ticked: the Spanish PDFs, linked from the plans' pages
    assert seen["values"]["reports"]
    pdfs = sorted((out / "reports").glob("*-es.pdf"))
    assert pdfs and all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
    assert all(f"../reports/{p.name}" in home for p in pdfs)


def test_cancel_in_the_dialog_publishes_nothing(window, sample_copy, monkeypatch, tmp_path):
    window.open_path(sample_copy)
    window.settle()
    act = window.publish_action

    def cancel(dialog):
        dialog.folder.setText(str(tmp_path / "never"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        return False

    monkeypatch.setattr(act, "exec_dialog", cancel)
    monkeypatch.setattr(act, "ask_open", lambda text: (_ for _ in ()).throw(AssertionError))
    act.action.trigger()
    window.runner.wait()
    assert not (tmp_path / "never").exists()
