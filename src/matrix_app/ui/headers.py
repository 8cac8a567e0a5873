"""Table headers that wrap long titles instead of cutting them ("Resumen narr…").

``install(view)`` gives a QTableView or QTreeView a ``WrapHeader``: titles wrap at word
boundaries onto as many lines as the narrowest section needs, the header grows to show
them, no section gets narrower than its longest word, and each title is also the section's
tooltip. Call it right after creating the view, before setting resize modes.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView, QTreeView, QWidget

WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter


class WrapHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag(int(WRAP)))
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSectionsClickable(True)
        self.setHighlightSections(False)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._grow)
        self.sectionResized.connect(lambda *_: self._relayout.start())
        self.sectionCountChanged.connect(lambda *_: self._relayout.start())

    # -- measures (the test of issue 12 uses these too) -----------------------------------
    def title(self, logical: int) -> str:
        model = self.model()
        if model is None:
            return ""
        value = model.headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole)
        return "" if value is None else str(value)

    def padding(self, logical: int) -> int:
        """Room in a section that is not text: margins, and the sort arrow where it shows."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        pad = 2 * margin + 4
        if self.isSortIndicatorShown() and self.sortIndicatorSection() == logical:
            pad += self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, self)
            pad += margin
        return pad

    def text_width(self, logical: int) -> int:
        return max(1, self.sectionSize(logical) - self.padding(logical))

    def text_height(self, logical: int) -> int:
        """Height of the title wrapped at the section's current width."""
        rect = self.fontMetrics().boundingRect(
            QRect(0, 0, self.text_width(logical), 100000), int(WRAP), self.title(logical)
        )
        return rect.height()

    def longest_word(self, logical: int) -> int:
        fm = self.fontMetrics()
        words = self.title(logical).split()
        return max((fm.horizontalAdvance(w) for w in words), default=0)

    # -- Qt ------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.model() is None or self.count() == 0:
            return hint
        extra = max(0, hint.height() - self.fontMetrics().height())
        tallest = max(
            (self.text_height(i) for i in range(self.count()) if not self.isSectionHidden(i)),
            default=0,
        )
        return QSize(hint.width(), max(hint.height(), tallest + extra))

    def _grow(self) -> None:
        """No section narrower than its longest word; then let the view lay out again when
        a title needs more (or fewer) lines."""
        stretch_floor = self.minimumSectionSize()
        for logical in range(self.count()):
            if self.isSectionHidden(logical):
                continue
            floor = self.longest_word(logical) + self.padding(logical)
            mode = self.sectionResizeMode(logical)
            if mode == QHeaderView.ResizeMode.Interactive and self.sectionSize(logical) < floor:
                self.resizeSection(logical, floor)
            elif mode == QHeaderView.ResizeMode.Stretch:
                stretch_floor = max(stretch_floor, floor)
        if stretch_floor > self.minimumSectionSize():  # a stretched section cannot be told
            self.setMinimumSectionSize(stretch_floor)
        self.geometriesChanged.emit()


def install(view: QTableView | QTreeView) -> WrapHeader:
    """Give ``view`` a wrapping header (before its resize modes are set)."""
    header = WrapHeader(view)
    if isinstance(view, QTreeView):
        view.setHeader(header)
    else:
        view.setHorizontalHeader(header)
    header.setMinimumSectionSize(max(header.minimumSectionSize(), 40))
    return header


def fits(header: QHeaderView, logical: int) -> bool:
    """Whether a section shows its whole title: on one line, or wrapped in the header's
    height with no word wider than the section."""
    text = (
        header.model().headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if header.model() is not None
        else ""
    )
    text = "" if text is None else str(text)
    if not text:
        return True
    if isinstance(header, WrapHeader):
        width = header.text_width(logical)
        return (
            header.longest_word(logical) <= width
            and header.text_height(logical) <= header.height() - 2
        )
    fm = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return fm.horizontalAdvance(text) + 2 * margin <= header.sectionSize(logical)
