"""The report's own flowables: bookmarked headings, tables that split inside a row, headings
kept with what follows, and the page counter that keeps ``multiBuild`` going.

Kept apart from the page machinery (``document.py``) so the sections can build their story
without the document template.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, KeepTogether, Table
from reportlab.platypus.doctemplate import FrameBreak

from .para import Paragraph

if TYPE_CHECKING:
    from .document import ReportDoc


class Heading(Paragraph):
    """A heading that becomes a PDF bookmark and, when ``toc`` is set, a contents entry.

    ``plain`` is the bookmark title (plain text); ``toc`` is escaped markup for the contents.
    """

    def __init__(
        self, markup: str, style, key: str, level: int, plain: str, toc: str | None
    ) -> None:
        super().__init__(markup, style)
        self.bookmark = (key, level, plain, toc)


#: Least height (points) of either part of a table row split across pages: no slivers.
SPLIT_MIN = 36


class ReportTable(Table):
    """A Table whose rows can split across pages, that skips drawing in the layout pass.

    Every cell holds a list of flowables (a bare flowable in a split row would be dropped by
    reportlab), rows taller than what is left of a page split inside the row, and the part of
    a split row on the next page repeats the row's label (``continued`` of the label cell).
    The first pass only collects page numbers for the contents and the page total (its
    output is discarded), so drawing tables and charts then would be wasted time.
    """

    #: Column whose cell names the row (repeated, marked "cont.", under a split row).
    label_col = 0

    def __init__(self, data, *args, **kw) -> None:
        if not kw.get("normalizedData"):
            data = [[_as_list(cell) for cell in row] for row in data]
        kw.setdefault("splitInRow", SPLIT_MIN)
        super().__init__(data, *args, **kw)

    def _calc(self, availWidth: float, availHeight: float) -> None:
        # Column widths are fixed, so row heights depend on the width alone: measure once
        # (a heading kept with its table, the split and the drawing each ask again).
        if getattr(self, "_measured_at", None) == availWidth:
            return
        super()._calc(availWidth, availHeight)
        self._measured_at = availWidth

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = self._split_tall_row(availWidth, availHeight) or super().split(
            availWidth, availHeight
        )
        if len(parts) == 2 and isinstance(parts[1], Table):
            _label_continuation(parts[0], parts[1], self.label_col)
        return parts

    def _split_tall_row(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Split inside a tall row that does not fit rather than before it.

        reportlab first splits between rows; the rest of the table, its header repeated,
        then lands in the space left on the same page and splits again there, drawing a
        second header in the middle of the page. A row taller than TALL_ROW starts here.
        """
        if not self.splitInRow:
            return []
        self._calc(availWidth, availHeight)
        if self._width > availWidth + 0.01:
            return []
        n = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=1)
        heights = self._rowHeights
        head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        if n >= len(heights) or n < head or heights[n] < TALL_ROW:
            return []
        if availHeight - sum(heights[:n]) < SPLIT_MIN:
            return []
        return self._splitRows(availHeight, doInRowSplit=1)

    def draw(self) -> None:
        doc = getattr(self.canv, "_doctemplate", None)
        if getattr(doc, "layout_only", False):
            return
        super().draw()


#: A row at least this tall (points) splits across pages instead of moving whole.
TALL_ROW = 160


def _as_list(cell):
    if isinstance(cell, Flowable):
        return [cell]
    if isinstance(cell, tuple):
        return list(cell)
    return cell


def _label_continuation(top: Table, rest: Table, col: int) -> None:
    """Under a row split in two, give the part on the next page its label again."""
    head = rest.repeatRows if isinstance(rest.repeatRows, int) else len(rest.repeatRows)
    if not top._cellvalues or len(rest._cellvalues) <= head:
        return
    below = rest._cellvalues[head][col]
    if below not in ((), [], "", None):
        return
    above = top._cellvalues[-1][col]
    for f in above if isinstance(above, (list, tuple)) else ():
        continued = getattr(f, "continued", None)
        if continued is not None:
            rest._cellvalues[head][col] = [Paragraph(continued, f.style)]
            return


class KeepWithNext(KeepTogether):
    """What keepWithNext builds: a heading held with the start of what follows it.

    reportlab's KeepTogether moves the heading to the next page whenever the whole group does
    not fit, leaving most of a page empty before a long text or table. This one keeps the
    heading here when the next flowable can start under it (it splits), and breaks the page
    only when nothing of it would follow the heading.
    """

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)  # KeepTogether.wrap forces a split; _H is the real height
        content = list(self._content)
        if self._H <= aH:
            return content
        if len(content) < 2:
            return super().split(aW, aH)
        heads, last = content[:-1], content[-1]
        used = 0.0
        for f in heads:
            _, h = f.wrapOn(self.canv, aW, aH)
            used += h + f.getSpaceBefore() + f.getSpaceAfter()
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        room = aH - used - last.getSpaceBefore() - 1
        if room > 0:
            parts = last.splitOn(self.canv, aW, room)
            if len(parts) >= 2:
                return [*heads, *parts]
        if at_top:
            return content  # a fresh page would not help: let it flow
        return [FrameBreak(), *content]


class PageCounter(Flowable):
    """An invisible indexing flowable: keeps multiBuild going until "of Y" is right."""

    def __init__(self) -> None:
        super().__init__()
        self.total = 0  # pages of the previous pass: what the footers print
        self._previous = -1
        self.doc: ReportDoc | None = None

    def isIndexing(self) -> int:
        return 1

    def isSatisfied(self) -> int:
        return int(self._previous == self.total)

    def beforeBuild(self) -> None:
        pass

    def afterBuild(self) -> None:
        pages = self.doc.page if self.doc is not None else 0
        self._previous, self.total = self.total, pages

    def notify(self, kind: str, stuff: object) -> None:
        pass

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass
