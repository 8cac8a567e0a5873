"""The report's charts as PNG pictures for the Word report, and pictures added in
constant time (python-docx scans the whole document per picture)."""

from __future__ import annotations

from collections.abc import Sequence

from ...domain.rules import Point


class _ShapesCanvas:
    """Enough of a reportlab canvas for ``IndicatorChart.draw`` to draw into a Drawing."""

    def __init__(self, drawing) -> None:
        from reportlab.lib.colors import black

        self.d = drawing
        self.state = {
            "font": ("Helvetica", 8),
            "fill": black,
            "stroke": black,
            "lw": 1,
            "dash": None,
        }
        self.stack: list[dict] = []

    def saveState(self) -> None:
        self.stack.append(dict(self.state))

    def restoreState(self) -> None:
        self.state = self.stack.pop()

    def setFont(self, name: str, size: float) -> None:
        self.state["font"] = (name, size)

    def setLineWidth(self, w: float) -> None:
        self.state["lw"] = w

    def setStrokeColor(self, c) -> None:
        self.state["stroke"] = c

    def setFillColor(self, c) -> None:
        self.state["fill"] = c

    def setDash(self, *args) -> None:
        self.state["dash"] = list(args) if args else None

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        from reportlab.graphics.shapes import Line

        s = self.state
        self.d.add(
            Line(
                x1,
                y1,
                x2,
                y2,
                strokeColor=s["stroke"],
                strokeWidth=s["lw"],
                strokeDashArray=s["dash"],
            )
        )

    def lines(self, segments) -> None:
        for seg in segments:
            self.line(*seg)

    def rect(self, x, y, w, h, stroke: int = 1, fill: int = 0) -> None:
        from reportlab.graphics.shapes import Rect

        s = self.state
        self.d.add(
            Rect(
                x,
                y,
                w,
                h,
                fillColor=s["fill"] if fill else None,
                strokeColor=s["stroke"] if stroke else None,
                strokeWidth=s["lw"],
            )
        )

    def circle(self, x, y, r, stroke: int = 1, fill: int = 0) -> None:
        from reportlab.graphics.shapes import Circle

        s = self.state
        self.d.add(
            Circle(
                x,
                y,
                r,
                fillColor=s["fill"] if fill else None,
                strokeColor=s["stroke"] if stroke else None,
                strokeWidth=s["lw"],
            )
        )

    def _string(self, x: float, y: float, value: str, anchor: str) -> None:
        from reportlab.graphics.shapes import String

        name, size = self.state["font"]
        self.d.add(
            String(
                x,
                y,
                value,
                fontName=name,
                fontSize=size,
                fillColor=self.state["fill"],
                textAnchor=anchor,
            )
        )

    def drawString(self, x, y, value) -> None:
        self._string(x, y, value, "start")

    def drawRightString(self, x, y, value) -> None:
        self._string(x, y, value, "end")

    def drawCentredString(self, x, y, value) -> None:
        self._string(x, y, value, "middle")


def _png(drawing) -> bytes:
    from .raster import drawing_png

    return drawing_png(drawing)


def indicator_png(
    baseline: Point | None, targets: Sequence[Point], actual: Sequence[Point], lang: str
) -> bytes:
    from reportlab.graphics.shapes import Drawing

    from .charts import IndicatorChart

    chart = IndicatorChart(baseline, targets, actual, lang, 240)
    d = Drawing(chart.width + 18, chart.height)  # room for the last date label
    chart.canv = _ShapesCanvas(d)
    chart.draw()
    return _png(d)


def completion_png(counts: dict[str, int], lang: str) -> bytes:
    from .charts import completion_chart

    return _png(completion_chart(counts, lang, 440))


def _linear_pictures(doc) -> None:
    """Make adding a picture cost the same however many the document already holds.

    python-docx looks for a duplicate by hashing every image part, numbers a new part by
    scanning the used numbers, and finds a free drawing id by an XPath over the whole
    document: three scans per picture, so a report with thousands of charts took minutes.
    Here the parts are indexed by hash, numbered in order, and drawing ids come from a counter.
    """
    from docx.opc.packuri import PackURI
    from docx.package import ImageParts

    class Parts(ImageParts):
        def __init__(self) -> None:
            super().__init__()
            self._by_sha1: dict = {}

        def append(self, item) -> None:
            super().append(item)
            self._by_sha1[item.sha1] = item

        def _get_by_sha1(self, sha1: str):
            return self._by_sha1.get(sha1)

        def _next_image_partname(self, ext: str) -> PackURI:
            return PackURI(f"/word/media/image{len(self) + 1}.{ext}")

    parts = Parts()
    for part in doc.part.package.image_parts:  # none in the default template
        parts.append(part)
    doc.part.package.__dict__["image_parts"] = parts  # python-docx's lazyproperty cache

    base = type(doc.part)
    first = base.next_id.fget(doc.part)

    class Part(base):  # type: ignore[misc, valid-type]
        @property
        def next_id(self) -> int:
            self._next = getattr(self, "_next", first) + 1
            return self._next - 1

    doc.part.__class__ = Part
