"""The commitment editor: one commitment in tabs, every edit an undoable Document command.

The editor holds no state of its own beyond what it shows: it re-reads the commitment when
the Document says something changed (coalesced to one read per event-loop turn), so undo,
redo and edits made elsewhere in the window all show up here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QToolButton, QVBoxLayout, QWidget

from ...services.snapshot import CommitmentData
from ..document import Document
from ..plan.translations import TranslationIndex, language_name, other_lang
from .base import EditorTab
from .data import load_commitment
from .widgets import MessageBar

#: Which tab shows the rows of each entity.
TAB_OF_ENTITY = {
    "commitment": "overview",
    "commitment_institution": "overview",
    "institution": "overview",
    "result": "logframe",
    "indicator": "indicators",
    "target": "indicators",
    "target_revision": "indicators",
    "measurement": "indicators",
    "evidence": "evidence",
    "narrative": "narratives",
    "translation": "overview",
    "journal": "history",
}


class CommitmentEditor(QWidget):
    """Overview, logframe matrix, indicators, evidence, narratives and history of one commitment."""

    #: Whether the translation twins are shown; the next editor opens the same way.
    translations_shown = False

    def __init__(self, document: Document, commitment_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        from .evidence import EvidenceTab
        from .history import HistoryTab
        from .indicators import IndicatorsTab
        from .logframe import LogframeTab
        from .narratives import NarrativesTab
        from .overview import OverviewTab

        self.document = document
        self.commitment_id = commitment_id
        self.data: CommitmentData | None = None
        self.read_only = False
        self._asked_read_only = False
        #: Show Document errors in the editor's message bar (a shell with its own dialog
        #: for ``Document.error`` may turn this off).
        self.show_document_errors = True
        self.setAccessibleName(self.tr("Commitment editor"))
        #: The language translations are written in, and the commitment's translations.
        self.translation_lang = other_lang(document.project)
        self.translations = TranslationIndex([], self.translation_lang)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        layout.addLayout(top)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Commitment"))
        top.addWidget(self.heading, 1)
        self.translate_button = QToolButton()
        self.translate_button.setCheckable(True)
        self.translate_button.setText(
            self.tr("Translations (%1)").replace("%1", language_name(self.translation_lang))
        )
        self.translate_button.setToolTip(
            self.tr(
                "Show an editor for the %1 translation under every text that reports and "
                "the website print (Ctrl+Shift+L)"
            ).replace("%1", language_name(self.translation_lang))
        )
        toggle = QShortcut(QKeySequence("Ctrl+Shift+L"), self)
        toggle.setContext(Qt.ShortcutContext.WindowShortcut)
        toggle.activated.connect(self.translate_button.toggle)
        self.translate_button.toggled.connect(lambda _checked: self.show_translations(_checked))
        top.addWidget(self.translate_button, 0, Qt.AlignmentFlag.AlignTop)
        self.message_bar = MessageBar(self)
        layout.addWidget(self.message_bar)
        self.tab_widget = QTabWidget()
        self.tab_widget.setAccessibleName(self.tr("Commitment sections"))
        self.tab_widget.setDocumentMode(True)
        layout.addWidget(self.tab_widget, 1)
        # a message is about what the user was doing on the tab it came from: moving to
        # another tab takes it away (another commitment is another editor, without it)
        self.tab_widget.currentChanged.connect(lambda _i: self.message_bar.clear())
        self._stale: set[str] = set()  # tabs not loaded since the commitment last changed

        self.tabs: dict[str, EditorTab] = {
            "overview": OverviewTab(self),
            "logframe": LogframeTab(self),
            "indicators": IndicatorsTab(self),
            "evidence": EvidenceTab(self),
            "narratives": NarrativesTab(self),
            "history": HistoryTab(self),
        }
        titles = {
            "overview": self.tr("&Overview"),
            "logframe": self.tr("&Logframe matrix"),
            "indicators": self.tr("&Indicators and progress"),
            "evidence": self.tr("E&vidence"),
            "narratives": self.tr("&Narratives"),
            "history": self.tr("&History"),
        }
        for key, tab in self.tabs.items():
            self.tab_widget.addTab(tab, titles[key])
            tab.setAccessibleName(titles[key].replace("&", ""))
        self.tab_widget.currentChanged.connect(self._load_shown_tab)

        # Ctrl+PgDn / Ctrl+PgUp change tabs wherever focus is in the window (a table or
        # a scroll area would otherwise take the key as "page down")
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)  # from the tree too, while shown
            sc.activated.connect(lambda s=step: self.step_tab(s))

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        document.changed.connect(self._changed)
        document.error.connect(self._document_error)
        self.refresh()
        self.translate_button.setChecked(CommitmentEditor.translations_shown)
        self.show_translations(CommitmentEditor.translations_shown)
        self.set_read_only(document.read_only)

    # -- public API ----------------------------------------------------------------------
    def show_item(self, entity: str, row_id: str) -> bool:
        """Switch to the tab that holds ``row_id`` of ``entity`` and select it."""
        if self.refresh_pending():
            self.refresh()
        key = TAB_OF_ENTITY.get(entity)
        if key is None:
            return False
        tab = self.tabs[key]
        self.tab_widget.setCurrentWidget(tab)
        return tab.select(entity, row_id)

    def set_read_only(self, read_only: bool) -> None:
        """Disable (or enable again) every edit in every tab."""
        self._asked_read_only = bool(read_only)
        self._apply_read_only()

    def _apply_read_only(self) -> None:
        # a read-only file, or a commitment that was deleted, stays read-only whatever is asked
        self.read_only = self._asked_read_only or self.document.read_only or self.data is None
        for tab in self.tabs.values():
            tab.set_read_only(self.read_only)

    def refresh(self) -> None:
        """Re-read the commitment and show it in every tab."""
        self._refresh_timer.stop()
        data = load_commitment(self.document.project, self.commitment_id)
        if data is None:
            self.data = None
            self.heading.setText(self.tr("This commitment has been deleted."))
            self._apply_read_only()
            return
        was_missing = self.data is None
        self.data = data
        self.translations = TranslationIndex.for_commitment(
            self.document.project, self.commitment_id
        )
        c = data.commitment
        self.heading.setText(f"{c.code} {c.title}".strip() or self.tr("(untitled commitment)"))
        # only the tab in sight reads its rows now; the others when they are shown (a tab
        # can cost tens of milliseconds: every edit would pay for all six)
        current = self.tab_widget.currentWidget()
        self._stale = {key for key, tab in self.tabs.items() if tab is not current}
        for tab in self.tabs.values():
            if tab is current:
                tab.load(data)
        if was_missing:
            self._apply_read_only()

    def _load_shown_tab(self, _index: int) -> None:
        key = self.current_tab()
        if key in self._stale and self.data is not None:
            self._stale.discard(key)
            self.tabs[key].load(self.data)

    def show_translations(self, visible: bool) -> None:
        """Show (or hide) the translation editors of every tab."""
        CommitmentEditor.translations_shown = bool(visible)
        if self.translate_button.isChecked() != bool(visible):
            self.translate_button.setChecked(bool(visible))
        for tab in self.tabs.values():
            tab.show_translations(bool(visible))

    def refresh_pending(self) -> bool:
        """A re-read is due: a change was just made, or files being attached will land."""
        return self._refresh_timer.isActive() or self.tabs["evidence"].attaching is not None

    def current_tab(self) -> str:
        widget = self.tab_widget.currentWidget()
        return next(k for k, t in self.tabs.items() if t is widget)

    def step_tab(self, step: int) -> None:
        """Go to the next (``step`` 1) or previous (-1) tab, wrapping around."""
        count = self.tab_widget.count()
        if count:
            self.tab_widget.setCurrentIndex((self.tab_widget.currentIndex() + step) % count)

    def show_message(self, text: str, error: bool = True, source: object = None) -> None:
        """Show ``text`` above the tabs; ``source`` (tab, field) lets a later good edit clear it."""
        self.message_bar.show_message(text, error, source)

    def clear_message(self, tab: QWidget, field: str | None = None) -> None:
        """A good edit of ``field`` on ``tab``: take away that field's message, or the tab's."""
        if field is not None:
            self.message_bar.clear((tab, field))
        self.message_bar.clear((tab, None))

    def edit_saved(self) -> None:
        """A good edit anywhere: a message about a refused value is stale (that field was put
        back to its saved value), so it goes; a notice with no field stays."""
        self.message_bar.clear_sourced()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and not self.message_bar.isHidden():
            self.message_bar.clear()
            return
        super().keyPressEvent(event)

    # -- signals -------------------------------------------------------------------------
    def _changed(self, _table: str, _ids: object) -> None:
        self._refresh_timer.start()

    def _document_error(self, text: str) -> None:
        if self.show_document_errors and self.isVisible():
            self.show_message(text, error=True)
