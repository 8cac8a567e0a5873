"""Settings (typed, defaults, upgrade), interface language and locale formatting."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings, Qt

from matrix_app import messages
from matrix_app.ui import formatting
from matrix_app.ui.i18n import resolve_language
from matrix_app.ui.settings import MAX_RECENT, SETTINGS_VERSION, Settings
from matrix_app.ui.settings_dialog import PreferencesDialog


def test_defaults(settings):
    assert settings.author == ""
    assert settings.language == ""
    assert settings.recent_files == []
    assert settings.window_geometry.isEmpty()
    assert settings.store.value("settings_version") in (SETTINGS_VERSION, str(SETTINGS_VERSION))


def test_round_trip_and_recent_list(tmp_path):
    s = Settings.at(tmp_path / "s.ini")
    s.author = "  Ana  "
    s.language = "es"
    for n in range(MAX_RECENT + 3):
        s.add_recent(tmp_path / f"p{n}.nap")
    s.add_recent(tmp_path / "p3.nap")  # moves to the top, no duplicate
    s.sync()
    again = Settings.at(tmp_path / "s.ini")
    assert again.author == "Ana"
    assert again.language == "es"
    assert len(again.recent_files) == MAX_RECENT
    assert again.recent_files[0] == str(tmp_path / "p3.nap")
    assert len(set(again.recent_files)) == MAX_RECENT
    again.remove_recent(tmp_path / "p3.nap")
    assert str(tmp_path / "p3.nap") not in again.recent_files
    again.language = "fr"
    assert again.language == ""


def test_upgrade_from_unversioned_settings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "old.ini"
    old = QSettings(str(path), QSettings.Format.IniFormat)
    old.setValue("recent_files", ["a.nap", "a.nap", str(tmp_path / "b.nap")])
    old.sync()
    s = Settings.at(path)
    assert s.recent_files == [str(tmp_path / "a.nap"), str(tmp_path / "b.nap")]
    assert int(s.store.value("settings_version")) == SETTINGS_VERSION


def test_preferences_dialog_apply(qtbot, settings):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.author.accessibleName() == "Author name"
    dialog.author.setText("Jorge")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.language_changed()
    dialog.apply()
    assert settings.author == "Jorge" and settings.language == "en"


def test_resolve_language(monkeypatch):
    assert resolve_language("es") == "es"
    monkeypatch.setenv("MATRIX_LANG", "es_CL.UTF-8")
    assert resolve_language("") == "es"
    monkeypatch.setenv("MATRIX_LANG", "en")
    assert resolve_language("") == "en"


def test_numbers_follow_the_language(spanish):
    assert formatting.percent(0.867, 1) == "86,7\u00a0%"
    assert formatting.number(1233.5, 1) == "1.233,5"
    assert messages.current_language() == "es"


def test_english_numbers(qapp):
    from matrix_app.ui.i18n import LanguageSetup

    setup = LanguageSetup(qapp, "en").install()
    try:
        assert formatting.percent(0.867, 1) == "86.7%"
    finally:
        setup.remove()


def test_window_speaks_spanish(qtbot, settings, asked, spanish, sample_copy):
    from matrix_app.ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert win.file_menu.title() == "&Archivo"
    assert win.edit_menu.title() == "&Edición"
    assert win.start.open_button.text() == "&Abrir proyecto…"
    win.open_path(sample_copy)
    win.settle()
    win.tree.add_plan()
    assert win.undo_action.text() == "Deshacer Agregar plan"
    assert win.tree.model.plans[-1].title == "Nuevo plan"
    assert win.dashboard.model.headerData(0, Qt.Orientation.Horizontal) == "Código"
    win.close()
    win.runner.wait()


def test_every_shell_string_is_translated():
    """The shipped catalogue has no unfinished or empty translation."""
    import xml.etree.ElementTree as ET

    from matrix_app.paths import resources_dir

    ts = resources_dir() / "i18n" / "matrix_shell_es.ts"
    qm = ts.with_suffix(".qm")
    assert ts.exists() and qm.exists()
    root = ET.parse(ts).getroot()
    messages_ = root.findall(".//message")
    assert len(messages_) > 100
    missing = [
        m.findtext("source")
        for m in messages_
        if m.find("translation").get("type") in ("unfinished",)
        or not "".join(m.find("translation").itertext()).strip()
    ]
    assert missing == []
    assert os.path.getmtime(qm) >= os.path.getmtime(ts) - 1


def test_publish_menu_and_catalogue_speak_spanish(qtbot, settings, asked, spanish):
    """File › Publish website… is translated, and its catalogue has no unfinished entry."""
    import xml.etree.ElementTree as ET

    from matrix_app.paths import resources_dir
    from matrix_app.ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    texts = [a.text() for a in win.file_menu.actions()]
    assert "Pu&blicar sitio web…" in texts
    ts = resources_dir() / "i18n" / "matrix_publish_es.ts"
    root = ET.parse(ts).getroot()
    assert not [m for m in root.iter("translation") if m.get("type") == "unfinished"]
    win.close()
    win.runner.wait()
