"""Alt+letter in the main window's menus, in English and in Spanish: within one menu (and
on the menu bar) no two entries share a letter. Qt only highlights the first of two entries
that share one, so a repeated letter turns "Alt+A, S" from "publish" into a cycle through
"Publicar sitio web…" and "Salir"."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtWidgets import QMenu

from matrix_app.ui.i18n import LanguageSetup


def mnemonic(text: str) -> str | None:
    plain = text.replace("&&", "")
    i = plain.find("&")
    return plain[i + 1].lower() if 0 <= i < len(plain) - 1 else None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter:
            found[letter].append(text)
    return {k: v for k, v in found.items() if len(v) > 1}


def action_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if a.isVisible() and a.text()]


def menus_under(menu: QMenu, path: str) -> list[tuple[str, QMenu]]:
    found = [(path, menu)]
    for action in menu.actions():
        if action.menu() is not None:
            found += menus_under(action.menu(), f"{path} > {action.text()}")
    return found


@pytest.fixture(params=["en", "es"])
def window(request, qapp, qtbot, settings, asked, sample_copy):
    """The main window on the sample, its interface in ``request.param``."""
    from matrix_app.ui.main_window import MainWindow

    setup = LanguageSetup(qapp, request.param).install()
    try:
        win = MainWindow(settings)
        qtbot.addWidget(win)
        win.show()
        win.open_path(sample_copy)
        win.settle()
        yield win
        win.close()
        win.runner.wait()
    finally:
        setup.remove()


def test_every_menu_has_unique_mnemonics(window):
    win = window
    bar = [a for a in win.menuBar().actions() if a.isVisible()]
    problems = {"menu bar": clashes([a.text() for a in bar])}
    checked = 0
    for top in bar:
        for path, menu in menus_under(top.menu(), top.text()):
            menu.aboutToShow.emit()  # menus filled when shown (recent files, plans)
            texts = action_texts(menu)
            checked += len(texts)
            problems[path] = clashes(texts)
    plan = win.tree.model.plans[-1]
    for row_id in (plan.id, plan.commitments[0].id):
        win.tree.select(row_id)
        menu = win.tree.context_menu()
        texts = action_texts(menu)
        checked += len(texts)
        problems[f"tree menu of {row_id}"] = clashes(texts)
    assert checked > 30
    assert {k: v for k, v in problems.items() if v} == {}


def dialog_clashes(dialog) -> dict[str, list[str]]:
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    texts = [w.text() for w in dialog.findChildren(QLabel) if w.isVisibleTo(dialog)]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton) if w.isVisibleTo(dialog)]
    texts += [w.title() for w in dialog.findChildren(QGroupBox) if w.isVisibleTo(dialog)]
    assert len(texts) > 3
    return clashes(texts)


def test_the_file_menus_dialogs_have_unique_mnemonics(window, settings):
    from matrix_app.ui.settings_dialog import PreferencesDialog

    win = window
    dialogs = {
        "report": win.report_action.make_dialog(),
        "publish": win.publish_action.make_dialog(),
        "preferences": PreferencesDialog(settings, win),
    }
    problems = {}
    for name, dialog in dialogs.items():
        dialog.show()
        problems[name] = dialog_clashes(dialog)
        dialog.close()
        dialog.deleteLater()
    assert {k: v for k, v in problems.items() if v} == {}
