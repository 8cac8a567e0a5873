"""The page machinery: page templates, running header/footer, outline, contents, progress.

``ReportDoc.multiBuild`` lays the story out until the table of contents and the page total
are stable (usually three passes); every laid-out flowable reports progress and checks the
cancel flag, so a long report can be stopped at once.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Table,
)
from reportlab.platypus.doctemplate import FrameBreak

from ...messages import MatrixError
from .canvas_text import draw_text, text_width
from .fonts import BOLD, REGULAR
from .formatting import truncate
from .para import Paragraph
from .styles import ACCENT, MUTED, RULE


class Cancelled(MatrixError):
    """The user stopped the report; nothing was written."""

    TEMPLATES = {
        "cancelled": (
            "The report was cancelled; no file was written.",
            "Se canceló el informe; no se escribió ningún archivo.",
        )
    }

    def __init__(self) -> None:
        super().__init__("cancelled")


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


PAGE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm


class ReportDoc(BaseDocTemplate):
    def __init__(
        self,
        target,
        *,
        header: str,
        header_right: str,
        footer_left: str,
        page_label: Callable[[int, int], str],
        counter: PageCounter,
        created: str = "",
        watermark: str = "",
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        progress_span: tuple[int, int] = (0, 100),
        **kw,
    ) -> None:
        super().__init__(
            target,
            pagesize=PAGE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            creator="Monitoring Matrix",
            producer="Monitoring Matrix (reportlab)",
            displayDocTitle=1,
            initialFontName=REGULAR,
            pageCompression=1,
            initialFontSize=9.5,
            **kw,
        )
        self.created = created
        self.watermark = watermark
        self.header = truncate(header, 240)
        self._fitted_header: str | None = None
        self.header_right = header_right
        self.footer_left = footer_left
        self.page_label = page_label
        self.counter = counter
        counter.doc = self
        self._progress = progress
        self._cancelled = cancelled or (lambda: False)
        self._span = progress_span
        self._pass = 0
        self.layout_only = False
        self._reached = -1
        self._size = 1
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.keepTogetherClass = KeepWithNext
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=self._cover_page),
                PageTemplate("body", [frame], onPage=self._body_page),
            ]
        )
        self.setProgressCallBack(self._on_progress)

    # -- progress and cancel -----------------------------------------------------------
    #: Passes a report usually needs (layout with the contents pre-filled, then the output).
    EXPECTED_PASSES = 2

    def _on_progress(self, kind: str, value: int) -> None:
        if kind == "PASS":
            self._pass = value
            self.layout_only = value == 1
        elif kind == "SIZE_EST":
            self._size = max(1, value)
        elif kind == "PROGRESS":
            if self._cancelled():
                raise Cancelled()
            if self._progress is not None:
                # split flowables go back on the list, and a rare extra pass may follow:
                # report only forward movement
                passes = max(self.EXPECTED_PASSES, self._pass)
                done = (self._pass - 1) * self._size + value
                lo, hi = self._span
                share = min(1.0, done / (passes * self._size))
                reached = lo + round((hi - lo) * share)
                if reached > self._reached:
                    self._reached = reached
                    self._progress(reached, 100)

    # -- outline and contents ----------------------------------------------------------
    def afterFlowable(self, flowable: Flowable) -> None:
        mark = getattr(flowable, "bookmark", None)
        if mark is None:
            return
        key, level, plain, toc = mark
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(truncate(plain, 120), key, level=level, closed=level > 0)
        if toc is not None:
            self.notify("TOCEntry", (level, toc, self.page, key))

    # -- page decoration ---------------------------------------------------------------
    def _document_setup(self, canv) -> None:
        """Once per output: open the bookmarks panel on start and attach XMP metadata."""
        if getattr(canv, "_matrix_setup", False):
            return
        canv._matrix_setup = True
        canv.showOutline()
        from reportlab.pdfbase.pdfdoc import XMP

        from .xmp import xmp_packet

        packet = xmp_packet(
            title=self.title or "",
            author=self.author or "",
            subject=self.subject or "",
            keywords=list(self.keywords or []),
            lang=self.lang or "en",
            created=self.created,
            tool=self.creator,
        )
        canv._doc.Catalog.Metadata = XMP(creator=lambda doc: packet.encode("utf-8"))

    def _draw_watermark(self, canv) -> None:
        """A draft's mark across the page, light enough to read the text under it."""
        if not self.watermark:
            return
        from reportlab.lib.colors import Color

        canv.saveState()
        canv.setFillColor(Color(0.75, 0.1, 0.1, alpha=0.13))
        canv.translate(PAGE[0] / 2, PAGE[1] / 2)
        canv.rotate(52)
        size = 54.0
        while size > 20 and text_width(self.watermark, BOLD, size) > PAGE[1] * 0.85:
            size -= 2
        canv.setFont(BOLD, size)
        canv.drawCentredString(0, -size / 3, self.watermark)
        canv.restoreState()

    def _cover_page(self, canv, doc) -> None:
        self._document_setup(canv)
        self._draw_watermark(canv)
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(0, PAGE[1] - 14 * mm, PAGE[0], 14 * mm, stroke=0, fill=1)
        canv.restoreState()

    def _body_page(self, canv, doc) -> None:
        self._document_setup(canv)
        self._draw_watermark(canv)
        width, height = PAGE
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        y_head = height - MARGIN_TOP + 8 * mm
        canv.setFont(BOLD, 7.5)
        canv.setFillColor(ACCENT)
        right = truncate(self.header_right, 60)
        right_w = canv.stringWidth(right, REGULAR, 7.5)
        if self._fitted_header is None:
            room = width - 2 * MARGIN_X - right_w - 12
            head = self.header
            while head and text_width(head, BOLD, 7.5) > room:
                head = truncate(head, len(head) - 4)
            self._fitted_header = head
        draw_text(canv, MARGIN_X, y_head, self._fitted_header, BOLD, 7.5)
        canv.setFont(REGULAR, 7.5)
        canv.setFillColor(MUTED)
        canv.drawRightString(width - MARGIN_X, y_head, right)
        canv.line(MARGIN_X, y_head - 2.5 * mm, width - MARGIN_X, y_head - 2.5 * mm)
        y_foot = MARGIN_BOTTOM - 10 * mm
        canv.line(MARGIN_X, y_foot + 4 * mm, width - MARGIN_X, y_foot + 4 * mm)
        canv.drawRightString(
            width - MARGIN_X, y_foot, self.page_label(doc.page, max(self.counter.total, doc.page))
        )
        draw_text(canv, MARGIN_X, y_foot, truncate(self.footer_left, 80), REGULAR, 7.5)
        canv.restoreState()
