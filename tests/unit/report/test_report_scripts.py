"""Scripts beyond Latin: Arabic shaped and right to left, Hebrew right to left, Chinese,
Japanese and Korean in a fallback font, and a note instead of boxes when no font has them."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from matrix_app.domain import models as m
from matrix_app.services.report import ReportOptions, write_report
from matrix_app.services.report.fonts import load_fallbacks, register_fonts
from matrix_app.services.report.scripts import REPLACEMENT, font_runs, start_collecting, visual

ARABIC = "الحكومة المفتوحة تعزز الشفافية والمساءلة والمشاركة المدنية في جميع المؤسسات العامة"
HEBREW = "ממשל פתוח מחזק שקיפות ואחריותיות ציבורית ושיתוף אזרחים בכל המוסדות"
CHINESE = "开放政府伙伴关系行动计划"
JAPANESE = "オープンガバメント行動計画"
KOREAN = "열린정부 실행계획"
NOFONT = "\U00010000\U00010001"  # Linear B: no font on a usual system has it


def _cjk_font() -> bool:
    register_fonts()
    return any(ord("开") in cmap for _, cmap in load_fallbacks())


def test_characters_the_report_font_lacks_go_to_a_font_that_has_them():
    register_fonts()
    runs = font_runs("Plan " + CHINESE)
    assert runs[0] == ("", "Plan ")
    if _cjk_font():
        font, piece = runs[1]
        assert piece == CHINESE and font.startswith("MatrixSans-Fallback")
    found = start_collecting()
    runs = font_runs("a" + NOFONT)
    assert runs == [("", "a" + REPLACEMENT * 2)]
    assert found == list(NOFONT)


def test_arabic_is_shaped_and_right_to_left_lines_are_in_visual_order():
    import arabic_reshaper
    from bidi import get_display

    line = "Plan: " + ARABIC
    assert visual(line) == get_display(arabic_reshaper.reshape(line))
    assert visual(line) != line and "\ufe8d" <= max(visual(ARABIC)) <= "\ufefc"
    assert visual("Plain text") == "Plain text"


def test_a_long_right_to_left_text_wraps_in_reading_order():
    from matrix_app.services.report.bidi_paragraph import BidiParagraph
    from matrix_app.services.report.styles import make_styles

    register_fonts()
    hebrew = HEBREW.split()
    words = [f"{hebrew[i % len(hebrew)]}{i}" for i in range(80)]
    p = BidiParagraph(" ".join(words), make_styles().body)
    _w, h = p.wrap(200, 1000)
    lines = p._lines(200)
    assert len(lines) > 5 and h > 5 * 10
    assert lines[0].split()[0] == words[0]  # the first line holds the first words
    assert " ".join(lines).split() == words  # nothing lost or reordered across lines
    assert p.rtl and p._inner.style.alignment == 2  # TA_RIGHT


@pytest.fixture
def scripts_project(project):
    with project.write() as w:
        plan = w.create(m.ActionPlan, title=f"{ARABIC} {CHINESE}", government=HEBREW)
        c = w.create(
            m.Commitment,
            plan_id=plan.id,
            code="1",
            title=f"{JAPANESE} {KOREAN}",
            description=" ".join([ARABIC] * 12),
            objective=HEBREW + " " + NOFONT,
        )
        w.create(m.Result, commitment_id=c.id, level="goal", narrative=ARABIC)
        w.create(m.Narrative, plan_id=plan.id, period="mid_term", section="process", text=HEBREW)
    return project


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_report_in_any_script_prints_and_says_what_it_could_not(scripts_project, tmp_path, lang):
    out = tmp_path / f"r-{lang}.pdf"
    write_report(scripts_project, out, ReportOptions(lang=lang, when=dt.date(2015, 9, 30)))
    reader = PdfReader(str(out))
    text = " ".join(page.extract_text() for page in reader.pages)
    # right-to-left text is laid out in visual order, Arabic in its contextual forms
    assert HEBREW in text or visual(HEBREW) in text  # words in order (pypdf may undo bidi)
    assert any("\ufe70" <= ch <= "\ufefc" for ch in text)
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(font.get_object()["/BaseFont"])
    if _cjk_font():
        assert JAPANESE in text and CHINESE in text
        assert any("Fallback" not in f and "DejaVu" not in f for f in fonts) or len(fonts) > 2
    # the one script no font has: U+FFFD and a note in the front matter, never a box
    assert REPLACEMENT in text
    front = reader.pages[1].extract_text()
    assert ("Caracteres no impresos" if lang == "es" else "Characters not printed") in front
    assert "U+10000 U+10001" in front
