"""The page machinery: page templates, running header/footer, outline, contents, progress.

The flowables it lays out (headings, tables, the page counter) are in ``flowables.py``.

``ReportDoc.multiBuild`` lays the story out until the table of contents and the page total
are stable (usually three passes); every laid-out flowable reports progress and checks the
cancel flag, so a long report can be stopped at once.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ...messages import MatrixError
from .canvas_text import draw_text, text_width
from .flowables import KeepWithNext, PageCounter
from .fonts import BOLD, REGULAR
from .formatting import truncate
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
