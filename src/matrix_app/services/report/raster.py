"""reportlab Drawings to PNG with Pillow, for the charts of the Word report.

reportlab 4's renderPM needs the rlPyCairo backend (pycairo and the cairo C library), which
is not a dependency of the app and does not build everywhere. The report's charts use only
lines, rectangles, circles, polygons and horizontal strings, so a small renderer over
``renderbase.Renderer`` (which tracks the group transforms and styles) drawing with Pillow
(already required by reportlab) is enough. It draws at a larger scale and shrinks the image,
which smooths the edges.
"""

from __future__ import annotations

import io
import itertools
import math
from functools import lru_cache

from reportlab.graphics.renderbase import Renderer, StateTracker, getStateDelta
from reportlab.graphics.shapes import Drawing
from reportlab.pdfbase.pdfmetrics import stringWidth

from .fonts import BOLD, FILES, REGULAR, fonts_dir

#: Resolution of the PNG; drawing happens at twice that, then the image is halved.
DPI = 160
SCALE = 2 * DPI / 72


@lru_cache(maxsize=32)
def _font(name: str, px: int):
    from PIL import ImageFont

    file = FILES.get(name) or FILES[BOLD if "Bold" in name else REGULAR]
    return ImageFont.truetype(str(fonts_dir() / file), max(1, px))


def _rgb(colour) -> tuple[int, int, int] | None:
    if colour is None:
        return None
    r, g, b = colour.rgb()
    return round(r * 255), round(g * 255), round(b * 255)


class _PilRenderer(Renderer):
    def __init__(self, image, height: float) -> None:
        from PIL import ImageDraw

        super().__init__()
        self.image = image
        self.pen = ImageDraw.Draw(image)
        self.height = height

    # state --------------------------------------------------------------------------
    def draw_all(self, drawing: Drawing) -> None:
        self._tracker = StateTracker()
        self._drawing = drawing
        deltas = self._tracker._combined[-1]
        deltas["transform"] = deltas["ctm"] = (1, 0, 0, 1, 0, 0)
        self._tracker.push(deltas)
        for node in drawing.getContents():
            self.drawNode(node)

    def drawNode(self, node) -> None:
        self._tracker.push(getStateDelta(node))
        self.drawNodeDispatcher(node)
        self._tracker.pop()

    def _state(self) -> dict:
        return self._tracker.getState()

    def _xy(self, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = self._state()["ctm"]
        px, py = a * x + c * y + e, b * x + d * y + f
        return px * SCALE, (self.height - py) * SCALE

    def _width(self) -> int:
        s = self._state()
        a, b, c, d = s["ctm"][:4]
        w = (s.get("strokeWidth") or 1) * math.sqrt(abs(a * d - b * c)) * SCALE
        return max(1, round(w))

    def _stroke(self):
        return _rgb(self._state().get("strokeColor"))

    def _fill(self):
        return _rgb(self._state().get("fillColor"))

    # shapes ---------------------------------------------------------------------------
    def _segment(self, p: tuple[float, float], q: tuple[float, float]) -> None:
        colour = self._stroke()
        if colour is None:
            return
        dash = self._state().get("strokeDashArray")
        if dash and isinstance(dash, (list, tuple)) and len(dash) >= 2:
            if isinstance(dash[1], (list, tuple)):
                dash = dash[1]
            on, off = (float(dash[0]) * SCALE, float(dash[1]) * SCALE)
            length = math.dist(p, q)
            if length == 0 or on + off <= 0:
                return
            ux, uy = (q[0] - p[0]) / length, (q[1] - p[1]) / length
            t = 0.0
            while t < length:
                end = min(length, t + on)
                self.pen.line(
                    [(p[0] + ux * t, p[1] + uy * t), (p[0] + ux * end, p[1] + uy * end)],
                    fill=colour,
                    width=self._width(),
                )
                t += on + off
            return
        self.pen.line([p, q], fill=colour, width=self._width())

    def drawLine(self, line) -> None:
        self._segment(self._xy(line.x1, line.y1), self._xy(line.x2, line.y2))

    def _polygon(self, points: list[tuple[float, float]], close: bool) -> None:
        fill = self._fill() if close else None
        if fill is not None and len(points) > 2:
            self.pen.polygon(points, fill=fill)
        if self._stroke() is not None:
            ring = [*points, points[0]] if close else points
            for p, q in itertools.pairwise(ring):
                self._segment(p, q)

    def drawRect(self, rect) -> None:
        x, y, w, h = rect.x, rect.y, rect.width, rect.height
        corners = [self._xy(x, y), self._xy(x + w, y), self._xy(x + w, y + h), self._xy(x, y + h)]
        self._polygon(corners, True)

    def drawCircle(self, circle) -> None:
        cx, cy = self._xy(circle.cx, circle.cy)
        a, b, c, d = self._state()["ctm"][:4]
        r = circle.r * math.sqrt(abs(a * d - b * c)) * SCALE
        box = [cx - r, cy - r, cx + r, cy + r]
        self.pen.ellipse(box, fill=self._fill(), outline=self._stroke())

    def drawEllipse(self, ellipse) -> None:
        cx, cy = self._xy(ellipse.cx, ellipse.cy)
        rx, ry = ellipse.rx * SCALE, ellipse.ry * SCALE
        self.pen.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=self._fill())

    def drawPolyLine(self, polyline) -> None:
        pts = polyline.points
        self._polygon([self._xy(pts[i], pts[i + 1]) for i in range(0, len(pts) - 1, 2)], False)

    def drawPolygon(self, polygon) -> None:
        pts = polygon.points
        self._polygon([self._xy(pts[i], pts[i + 1]) for i in range(0, len(pts) - 1, 2)], True)

    def drawPath(self, path) -> None:
        return

    def drawImage(self, image) -> None:
        return

    def drawString(self, s) -> None:
        state = self._state()
        colour = _rgb(state.get("fillColor"))
        if colour is None or not s.text:
            return
        name, size = state["fontName"], state["fontSize"]
        a, b, c, d = state["ctm"][:4]
        zoom = math.sqrt(abs(a * d - b * c))
        x = s.x
        anchor = state.get("textAnchor", "start")
        if anchor in ("end", "middle", "numeric"):
            width = stringWidth(s.text, name, size)
            x -= width if anchor != "middle" else width / 2
        px, py = self._xy(x, s.y)
        font = _font(name, round(size * zoom * SCALE))
        self.pen.text((px, py), s.text, font=font, fill=colour, anchor="ls")


def drawing_png(drawing: Drawing) -> bytes:
    """The drawing as PNG bytes (white background, 200 dpi)."""
    from PIL import Image

    w, h = drawing.width, drawing.height
    image = Image.new("RGB", (max(1, round(w * SCALE)), max(1, round(h * SCALE))), "white")
    _PilRenderer(image, h).draw_all(drawing)
    image = image.reduce(2)
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=3, dpi=(DPI, DPI))
    return out.getvalue()
