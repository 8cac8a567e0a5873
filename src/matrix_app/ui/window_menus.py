"""The main window's menus: File, Edit, View, Tools, Help, the recent files, preferences.

A mixin of ``MainWindow`` (``ui/main_window.py``), split from it by responsibility; its
strings are in the catalogue under this class's context.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from .. import __version__
from ..paths import sample_project
from ..services.author import resolve_author
from . import dialogs
from .actions import FEATURE_ACTION_MODULES
from .settings_dialog import PreferencesDialog


class WindowMenus:
    """Builds the menus and their actions; the commands they call live in the window."""

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | str | QKeySequence.StandardKey | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New project…"),
            self.new_project,
            QKeySequence.StandardKey.New,
            self.tr("Create an empty project file"),
        )
        self.open_action = self._action(
            self.tr("&Open…"),
            self.open_dialog,
            QKeySequence.StandardKey.Open,
            self.tr("Open a project file"),
        )
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.sample_action = self._action(
            self.tr("Open &sample project"),
            self.open_sample,
            None,
            self.tr("Open your own copy of Chile's 2014-2016 action plan"),
        )
        self.sample_action.setEnabled(sample_project().exists())
        self.save_copy_action = self._action(
            self.tr("Save &a copy…"),
            self.save_copy,
            QKeySequence("Ctrl+Shift+S"),
            self.tr("Write a copy of the project to another file"),
        )
        self.close_action = self._action(
            self.tr("&Close project"), self.close_project, QKeySequence.StandardKey.Close
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.addAction(self.quit_action)  # Ctrl+Q even while the menu bar is locked
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.sample_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.save_copy_action)

        edit = bar.addMenu(self.tr("&Edit"))
        self.edit_menu = edit
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("Redo"))
        # The platform's Redo keys plus Ctrl+Y and Ctrl+Shift+Z, each once: a key listed twice
        # is an ambiguous shortcut and does nothing (Windows' Redo already is Ctrl+Y).
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for extra in ("Ctrl+Y", "Ctrl+Shift+Z"):
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.redo_action.setShortcuts(redo_keys)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self.preferences_action = self._action(
            self.tr("&Preferences…"), self.edit_preferences, QKeySequence("Ctrl+,")
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit.addAction(self.preferences_action)

        view = bar.addMenu(self.tr("&View"))
        self.view_menu = view
        self.quality_action = self.quality_dock.toggleViewAction()
        self.quality_action.setText(self.tr("&Quality panel"))
        self.quality_action.setShortcut(QKeySequence("F8"))
        view.addAction(self.quality_action)

        self.tools_menu = bar.addMenu(self.tr("&Tools"))

        help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu = help_menu
        self.about_action = self._action(self.tr("&About Monitoring Matrix"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)
        self._update_actions()

    def _install_features(self) -> None:
        """Let each working feature add its actions, then keep Close/Quit at the bottom."""
        for name in FEATURE_ACTION_MODULES:
            importlib.import_module(f"matrix_app.ui.actions.{name}").install(self)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.file_menu.addAction(self.quit_action)
        self.tools_menu.menuAction().setVisible(bool(self.tools_menu.actions()))

    def _update_actions(self) -> None:
        has = self.document is not None
        self.save_copy_action.setEnabled(has)
        self.close_action.setEnabled(has or self.preview is not None)
        self.recent_menu.menuAction().setEnabled(bool(self.settings.recent_files))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for n, path in enumerate(self.settings.recent_files, start=1):
            text = f"&{n} {Path(path).name}" if n < 10 else Path(path).name
            action = self.recent_menu.addAction(text)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("Clear &list"))
        clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self.start.set_recent([])
        self._update_actions()

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self.settings, self)
        if not dialogs.run_dialog(dialog):
            return
        language_changed = dialog.language_changed()
        dialog.apply()
        if self.document is not None:
            self.document.project.author = resolve_author(self.settings.author or None)
        if language_changed:
            dialogs.show_info(
                self,
                self.tr("Preferences"),
                self.tr("The new language will be used the next time you start the application."),
            )

    def show_about(self) -> None:
        dialogs.about(
            self,
            self.tr("About Monitoring Matrix"),
            self.tr(
                "<b>Monitoring Matrix</b> {version}<br>Logical-framework monitoring of Open "
                "Government Partnership action-plan commitments.<br>Every change is saved "
                "in the project file at once and recorded in its history."
            ).format(version=__version__),
        )
