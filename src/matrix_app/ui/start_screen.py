"""The start screen: recent projects, open a file, create a project, open the sample."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..paths import sample_project


def shown_folder(folder: Path) -> str:
    """The folder as the recent list shows it: ``~/Documentos/OGP`` for one under the home
    folder (shorter, so the part that tells projects apart shows; not on Windows, where
    ``~`` means nothing to users), else the full path."""
    if os.name == "nt":
        return str(folder)
    try:
        inside = folder.relative_to(Path.home())
    except ValueError:
        return str(folder)
    return "~" if inside == Path() else str(Path("~") / inside)


class StartScreen(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    sample_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Start"))
        title = QLabel(self.tr("Monitoring Matrix"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        blurb = QLabel(
            self.tr(
                "Monitor the commitments of an Open Government action plan with a logical "
                "framework: results, indicators, targets, measurements and evidence."
            )
        )
        blurb.setWordWrap(True)

        self.new_button = QPushButton(self.tr("&New project…"))
        self.new_button.setAccessibleName(self.tr("New project"))
        self.new_button.setToolTip(self.tr("Create an empty project file (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = QPushButton(self.tr("&Open project…"))
        self.open_button.setAccessibleName(self.tr("Open project"))
        self.open_button.setToolTip(self.tr("Open a .nap project file (Ctrl+O)"))
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button = QPushButton(self.tr("Open the &sample project"))
        self.sample_button.setAccessibleName(self.tr("Open the sample project"))
        self.sample_button.setToolTip(
            self.tr("Chile's 2014-2016 action plan, to explore the application")
        )
        self.sample_button.clicked.connect(self.sample_requested)
        self.sample_button.setEnabled(sample_project().exists())

        actions = QVBoxLayout()
        for button in (self.new_button, self.open_button, self.sample_button):
            button.setMinimumHeight(32)
            actions.addWidget(button)
        actions.addStretch(1)

        recent_label = QLabel(self.tr("&Recent projects"))
        rfont = recent_label.font()
        rfont.setBold(True)
        recent_label.setFont(rfont)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent projects"))
        self.recent.setAccessibleDescription(self.tr("Press Enter to open the chosen project."))
        self.recent.itemActivated.connect(self._chosen)
        recent_label.setBuddy(self.recent)
        self.no_recent = QLabel(self.tr("No recent projects yet."))
        self.no_recent.setEnabled(False)

        recent_box = QVBoxLayout()
        recent_box.addWidget(recent_label)
        recent_box.addWidget(self.recent, 1)
        recent_box.addWidget(self.no_recent)

        body = QHBoxLayout()
        body.addLayout(actions, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        body.addWidget(line)
        body.addLayout(recent_box, 2)

        inner = QVBoxLayout()
        inner.addWidget(title)
        inner.addWidget(blurb)
        inner.addSpacing(12)
        inner.addLayout(body, 1)
        panel = QWidget()
        panel.setLayout(inner)
        panel.setMaximumWidth(900)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 8)
        outer.addStretch(1)
        self.setTabOrder(self.new_button, self.open_button)
        self.setTabOrder(self.open_button, self.sample_button)
        self.setTabOrder(self.sample_button, self.recent)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            p = Path(path)
            item = QListWidgetItem(f"{p.name}\n{shown_folder(p.parent)}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            if not p.exists():
                missing = self.tr("(missing) {folder}").format(folder=shown_folder(p.parent))
                item.setText(f"{p.name}\n{missing}")
                item.setForeground(self.palette().color(self.palette().ColorRole.PlaceholderText))
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)
        if paths:
            self.recent.setCurrentRow(0)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
