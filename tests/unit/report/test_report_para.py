"""The report's fast Paragraph lays text out exactly as reportlab's own (issue 16)."""

from __future__ import annotations

import random

import pytest
from reportlab.platypus import Paragraph as ReportlabParagraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

from matrix_app.services.report.fonts import register_fonts
from matrix_app.services.report.formatting import markup
from matrix_app.services.report.para import Paragraph, _clean
from matrix_app.services.report.styles import make_styles

PIECES = [
    "Transparencia",
    " ",
    "  ",
    "\t",
    "\n",
    "\xa0",
    "\u200b",
    "\u2003",
    "\u3000",
    "86,7\xa0%",
    "don't",
    '"quoted"',
    "R&D",
    "<b>",
    "ñandú ¿ ¡ € — …",
    "x" * 120,
]


def _texts(n: int) -> list[str]:
    rng = random.Random(16)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12))) for _ in range(n)]


def test_whitespace_is_cleaned_as_reportlab_cleans_it():
    for text in _texts(3000):
        assert _clean(text) == cleanBlockQuotedText(text), repr(text)


@pytest.mark.parametrize("style_name", ["cell", "cell_bold", "cell_right", "body", "h2c"])
def test_a_paragraph_breaks_into_the_same_lines_as_reportlabs(style_name):
    register_fonts()
    style = getattr(make_styles(), style_name)
    fast_paths = 0
    for text in _texts(400):
        shown = markup(text)
        ours, theirs = Paragraph(shown, style), ReportlabParagraph(shown, style)
        fast_paths += "<" not in shown and "&" not in shown and bool(_clean(shown))
        assert [f.__dict__ for f in ours.frags] == [f.__dict__ for f in theirs.frags], shown
        assert ours.text == theirs.text
        if not theirs.frags:
            continue
        for width in (60, 200):
            size = theirs.wrap(width, 500)
            assert ours.wrap(width, 500) == size
            assert ours.wrap(width, 10) == size  # kept for the width: the same answer
            assert repr(ours.blPara.lines) == repr(theirs.blPara.lines)
    assert fast_paths > 20  # the plain-text path was taken, not only the parser's
