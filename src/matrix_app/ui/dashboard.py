"""The plan dashboard: every commitment of a plan in a sortable, filterable table, with the
count per completion level (as the IRM tables show it) and a small chart.

Figures come ready-made from ``project_data`` (computed in a worker); this module only
presents them. Double-click or Enter on a row opens the commitment.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.vocabulary import Completion, Schedule, label
from ..messages import current_language
from . import formatting, headers
from .completion_chart import CompletionChart
from .dashboard_model import COLUMNS, ID_ROLE, DashboardModel
from .project_data import CommitmentRow, ProjectData

MIN_TITLE_WIDTH = 220


class Dashboard(QWidget):
    open_commitment = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan_id: str | None = None
        self.data: ProjectData | None = None
        self.model = DashboardModel(self)
        self._fitting = False
        self._shown_choices: tuple[list[str], list[str]] = ([], [])

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search code, title or institution"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search commitments"))
        self.search.textChanged.connect(lambda t: self.model.set_filter(text=t))
        self.institution = self._combo(self.tr("Filter by institution"), "institution")
        self.theme = self._combo(self.tr("Filter by theme"), "theme")
        self.completion = self._combo(self.tr("Filter by completion"), "completion")
        self.schedule = self._combo(self.tr("Filter by schedule"), "schedule")
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)

        filter_box = QGroupBox(self.tr("Filter"))
        filters = QGridLayout(filter_box)
        for n, (text, widget) in enumerate(
            (
                (self.tr("&Search:"), self.search),
                (self.tr("&Institution:"), self.institution),
                (self.tr("&Theme:"), self.theme),
                (self.tr("C&ompletion:"), self.completion),
                (self.tr("Sc&hedule:"), self.schedule),
            )
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            row, col = (0, 0) if n == 0 else ((n + 1) // 2, 2 * ((n + 1) % 2))
            filters.addWidget(caption, row, col)
            if n == 0:
                filters.addWidget(widget, row, 1, 1, 3)
            else:
                filters.addWidget(widget, row, col + 1)
        filters.addWidget(self.clear_button, 3, 3, Qt.AlignmentFlag.AlignRight)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)

        self.table = QTableView()
        self.table.setModel(self.model)
        headers.install(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAccessibleName(self.tr("Commitments of the plan"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(40)  # first rows only: fast on 2,000
        # the title takes the room left whenever the table's width changes (maximizing,
        # the splitter, a scroll bar coming or going), visible or not at that moment
        self.table.viewport().installEventFilter(self)
        header.sectionResized.connect(self._other_resized)
        self.table.doubleClicked.connect(self._open_index)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(lambda: self._open_index(self.table.currentIndex()))

        # an empty table says why and what to do (a new plan, or filters that hide all)
        self.empty_label = QLabel(self.table.viewport())
        self.empty_label.setObjectName("dashboardEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)  # drawn in the palette's quieter colour
        self.empty_label.hide()

        self.chart = CompletionChart()
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        box = QGroupBox(self.tr("Completion"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.counts_label)
        box_layout.addWidget(self.chart)

        top = QHBoxLayout()
        top.addWidget(box, 2)
        top.addWidget(filter_box, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        for a, b in (
            (self.search, self.institution),
            (self.institution, self.theme),
            (self.theme, self.completion),
            (self.completion, self.schedule),
            (self.schedule, self.clear_button),
            (self.clear_button, self.table),
        ):
            self.setTabOrder(a, b)
        self.model.modelReset.connect(self._update_counts)

    def _combo(self, accessible: str, key: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.currentIndexChanged.connect(
            lambda _i, c=combo, k=key: self.model.set_filter(**{k: c.currentData() or ""})
        )
        return combo

    # -- data ----------------------------------------------------------------------------
    def show_plan(self, plan_id: str | None) -> None:
        self.plan_id = plan_id
        self._refresh()

    def set_data_pending(self) -> None:
        """Figures are being computed: show "Loading…" rather than stale numbers."""
        self.data = None
        self._refresh()

    def clear(self) -> None:
        self.plan_id = None
        self.data = None
        self._refresh()

    def show_loading(self) -> None:
        """No plan yet, a project on its way: "Loading…" over an empty table."""
        self.clear()
        self.heading.setText(self.tr("Loading…"))

    def set_data(self, data: ProjectData, changed: set[str] | None = None) -> None:
        """Show ``data``; ``changed``: only these commitments' rows differ from the data
        shown, so the table updates those lines and keeps its columns and filters."""
        shown = self.data
        self.data = data
        if changed is not None and shown is not None and self.plan_id:
            rows = data.rows.get(self.plan_id, [])
            if self._choices(rows) == self._shown_choices:
                self.model.update_rows(rows, changed)
                self._update_counts()
                return
        self._refresh()

    @staticmethod
    def _choices(rows: list[CommitmentRow]) -> tuple[list[str], list[str]]:
        """The institutions and themes the filters offer for ``rows``."""
        return (
            sorted({i for r in rows for i in r.institutions}, key=str.lower),
            sorted({t for r in rows for t in r.themes}, key=str.lower),
        )

    def _refresh(self) -> None:
        lang = current_language()
        plan = self.data.snapshot.plan(self.plan_id) if self.data and self.plan_id else None
        rows = self.data.rows.get(self.plan_id or "", []) if self.data else []
        institutions, themes = self._shown_choices = self._choices(rows)
        if plan is None:
            self.heading.setText(self.tr("Loading…") if self.data is None and self.plan_id else "")
            self.subheading.setText("")
        else:
            p = plan.plan
            self.heading.setText(p.title or self.tr("(untitled plan)"))
            period = ""
            if p.period_start or p.period_end:
                period = f"{formatting.date(p.period_start)} – {formatting.date(p.period_end)}"
            bits = [b for b in (p.government, period, p.coordinating_body) if b]
            self.subheading.setText(" · ".join(bits))
        chosen = dict(
            (
                self._fill_combo(self.institution, institutions),
                self._fill_combo(self.theme, themes),
                self._fill_combo(self.completion, [c.value for c in Completion], lang=lang),
                self._fill_combo(self.schedule, [s.value for s in Schedule], lang=lang),
            )
        )
        self.model.filters.update(chosen)  # one filtering pass with the rows below
        self.model.set_rows(rows)
        self._fit_columns()
        self._update_counts()

    def _fit_columns(self) -> None:
        """Size every column but the title to its cells (its header wraps, so only the
        title's longest word counts); the title takes what is left. In a narrow window the
        responsible institution gives up room first (its text elides); only below that does
        the table scroll sideways."""
        header = self.table.horizontalHeader()
        self._floors = {
            col: self._column_floor(col) for col, name in enumerate(COLUMNS) if name != "title"
        }
        self._fitting = True
        try:
            for col, width in self._floors.items():
                header.resizeSection(col, width)
        finally:
            self._fitting = False
        self._fit_lead()
        self._fit_title()

    def _fit_lead(self) -> None:
        """The institution column: its cells' width if the title keeps its minimum, else
        narrower (never below its title's longest word)."""
        floors = getattr(self, "_floors", None)
        if not floors:
            return
        header = self.table.horizontalHeader()
        lead, title = COLUMNS.index("lead"), COLUMNS.index("title")
        others = sum(header.sectionSize(c) for c in range(len(COLUMNS)) if c not in (lead, title))
        room = self.table.viewport().width() - MIN_TITLE_WIDTH - others
        least = header.longest_word(lead) + header.padding(lead) if self._wraps() else 60
        self._fitting = True
        try:
            header.resizeSection(lead, max(least, min(floors[lead], room)))
        finally:
            self._fitting = False

    def _wraps(self) -> bool:
        return hasattr(self.table.horizontalHeader(), "longest_word")

    def _column_floor(self, col: int) -> int:
        """The width column ``col`` needs: its widest cell, its title's longest word."""
        header = self.table.horizontalHeader()
        cells = self.table.sizeHintForColumn(col)
        if self._wraps():
            return max(cells, header.longest_word(col) + header.padding(col))
        return max(cells, header.sectionSizeHint(col))

    def _fit_title(self) -> None:
        header = self.table.horizontalHeader()
        title = COLUMNS.index("title")
        others = sum(header.sectionSize(c) for c in range(len(COLUMNS)) if c != title)
        room = self.table.viewport().width() - others
        self._fitting = True
        try:
            header.resizeSection(title, max(MIN_TITLE_WIDTH, room))
        finally:
            self._fitting = False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_lead()
            self._fit_title()
            self.empty_label.setGeometry(self.table.viewport().rect().adjusted(24, 24, -24, -24))
        return super().eventFilter(watched, event)

    def _other_resized(self, logical: int, _old: int, _new: int) -> None:
        if logical != COLUMNS.index("title") and not self._fitting:
            self._fit_title()

    # -- sort order kept between sessions ------------------------------------------------
    def sort_state(self) -> QByteArray:
        order = 1 if self.model.sort_order == Qt.SortOrder.DescendingOrder else 0
        return QByteArray(f"{COLUMNS[self.model.sort_column]} {order}".encode())

    def restore_sort(self, state: QByteArray) -> None:
        try:
            name, order = bytes(state.data()).decode().split()
            column = COLUMNS.index(name)
        except ValueError:
            return
        qt_order = Qt.SortOrder.DescendingOrder if order == "1" else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(column, qt_order)

    def _fill_combo(
        self, combo: QComboBox, values: list[str], lang: str | None = None
    ) -> tuple[str, str]:
        """Refill a filter's choices, keeping the chosen one if it still exists."""
        chosen = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), "")
        for v in values:
            combo.addItem(label(v, lang) if lang else v, v)
        index = combo.findData(chosen)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)
        key = {
            self.institution: "institution",
            self.theme: "theme",
            self.completion: "completion",
            self.schedule: "schedule",
        }[combo]
        return key, combo.currentData() or ""

    def clear_filters(self) -> None:
        self.search.clear()
        for combo in (self.institution, self.theme, self.completion, self.schedule):
            combo.setCurrentIndex(0)

    def _update_counts(self, *args: object) -> None:
        shown = self.model.rows
        if self.data is None:
            # Nothing known yet (the project is being checked or loaded): claiming "0
            # commitments" or "This plan has no commitments yet" would be false.
            self.chart.set_counts({})
            self.counts_label.setText("")
            self.empty_label.setVisible(False)
            return
        counts = Counter(r.completion for r in shown)
        self.chart.set_counts(dict(counts))
        total = len(self.model.all_rows)
        starred = sum(1 for r in shown if r.starred)
        if len(shown) == total:
            text = self.tr("%n commitment(s)", "", total)
        else:
            text = self.tr("{shown} of %n commitment(s) shown", "", total).format(shown=len(shown))
        text = self.tr("{commitments}, {starred}.").format(
            commitments=text, starred=self.tr("%n starred", "", starred)
        )
        self.counts_label.setText(text)
        if not total:
            hint = self.tr(
                "This plan has no commitments yet. Add one with “Add commitment” (Ctrl+Shift+N)."
            )
        else:
            hint = self.tr("No commitment matches the filters. “Clear filters” shows them all.")
        self.empty_label.setText(hint)
        self.empty_label.setGeometry(self.table.viewport().rect().adjusted(24, 24, -24, -24))
        self.empty_label.setVisible(not shown)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            row_id = self.model.data(index, ID_ROLE)
            if row_id:
                self.open_commitment.emit(row_id)
