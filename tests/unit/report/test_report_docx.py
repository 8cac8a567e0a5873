"""The report as a Word document: the same content as the PDF, in an editable .docx."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import stat
import zipfile

import docx  # a dependency of the app: missing is a failure, not a skip
import pytest
from test_report_any_text import MARKUP, SCRIPTS, build_plan

from matrix_app.cli import main
from matrix_app.domain import models as m
from matrix_app.domain.limits import MAX_TEXT_CHARS
from matrix_app.paths import sample_project
from matrix_app.services.project import Project
from matrix_app.services.report import ReportOptions, choose_plan, report_format, write_report
from matrix_app.services.report.formatting import clean

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def all_text(doc) -> str:
    """Every text of the body, tables included, whitespace collapsed."""
    from docx.text.paragraph import Paragraph

    body = doc.element.body
    return " ".join(" ".join(Paragraph(p, doc).text for p in body.iter(f"{W}p")).split())


def xml_text(doc) -> str:
    return " ".join(t.text or "" for t in doc.element.body.iter(f"{W}t"))


def headings(doc, level: int) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name == f"Heading {level}"]


def norm(value: str) -> str:
    return " ".join(clean(value).split())


@pytest.fixture
def sample(tmp_path):
    assert sample_project().is_file(), f"no sample project at {sample_project()}"
    path = tmp_path / "sample.nap"
    shutil.copy(sample_project(), path)
    with Project.open(path, read_only=True) as p:
        yield p


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_sample_as_word_has_everything(sample, tmp_path, lang):
    out = tmp_path / f"sample-{lang}.docx"
    result = write_report(sample, out, ReportOptions(lang=lang, when=dt.date(2015, 9, 30)))
    assert result.path == out and result.commitments > 0
    doc = docx.Document(str(out))
    text = all_text(doc)

    h1 = headings(doc, 1)
    assert ("Compromisos" if lang == "es" else "Commitments") in h1
    assert len(h1) >= 4  # process, summary, commitments, annex
    h2 = " | ".join(headings(doc, 2))
    plan = choose_plan(sample, None).plan
    commitments = sample.rows(m.Commitment, plan_id=plan.id)
    assert len(commitments) == result.commitments
    indicator_names = []
    for c in commitments:
        assert norm(c.title) in h2, c.title  # every commitment is a Heading 2
        assert norm(c.title) in text
        for ind in sample.rows(m.Indicator, commitment_id=c.id):
            indicator_names.append(norm(ind.name))
            assert norm(ind.name) in text, ind.name
    assert indicator_names
    assert headings(doc, 3)

    # the indicator tables: a header row that repeats, the indicators' names in the rows
    head = "Indicador" if lang == "es" else "Indicator"
    tables = [t for t in doc.tables if t.rows and t.rows[0].cells[0].text == head]
    assert tables
    for t in tables:
        assert t.rows[0]._tr.find(f"{W}trPr/{W}tblHeader") is not None
    cells = " ".join(" ".join(c.text for c in row.cells) for t in tables for row in t.rows)
    for name in indicator_names:
        assert name in " ".join(cells.split())

    # charts as images, a TOC field, page numbers in the footer
    assert len(doc.inline_shapes) >= 2
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        body = z.read("word/document.xml").decode()
        footers = " ".join(z.read(n).decode() for n in names if n.startswith("word/footer"))
        settings = z.read("word/settings.xml").decode()
        images = [n for n in names if n.startswith("word/media/")]
    assert images and all(z_name.endswith(".png") for z_name in images)
    assert 'TOC \\o "1-3"' in body
    assert "PAGE" in footers and "NUMPAGES" in footers
    assert "updateFields" in settings
    # the cover
    assert doc.paragraphs[1].style.name == "Title"
    assert norm(plan.title) in text
    assert ("Informe de autoevaluación" if lang == "es" else "self-assessment report") in text
    assert doc.core_properties.language == ("es-ES" if lang == "es" else "en-GB")


def test_same_file_mode_as_the_pdf_and_no_temporary_left(rich, tmp_path):
    pdf, word = tmp_path / "r.pdf", tmp_path / "r.docx"
    write_report(rich, pdf, ReportOptions(when=dt.date(2015, 9, 30)))
    write_report(rich, word, ReportOptions(when=dt.date(2015, 9, 30)))
    if os.name == "posix":
        assert stat.S_IMODE(word.stat().st_mode) == stat.S_IMODE(pdf.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    assert word.read_bytes()[:2] == b"PK"


def test_a_failed_word_report_leaves_the_old_file(rich, tmp_path, monkeypatch):
    from matrix_app.services.report import docx_writer

    out = tmp_path / "r.docx"
    out.write_bytes(b"old")

    def boom(*a, **k):
        raise RuntimeError("boom")

    monkeypatch.setattr(docx_writer.DocxReport, "summary", boom)
    with pytest.raises(RuntimeError):
        write_report(rich, out, ReportOptions(when=dt.date(2015, 9, 30)))
    assert out.read_bytes() == b"old"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".r.docx")]


def test_the_rich_plan_in_word_keeps_revisions_links_and_narratives(rich, tmp_path):
    out = tmp_path / "r.docx"
    write_report(rich, out, ReportOptions(lang="es", when=dt.date(2015, 9, 30)))
    doc = docx.Document(str(out))
    text = all_text(doc)
    assert "<b>R&D</b>" in text  # markup typed by a user is text, printed as typed
    with zipfile.ZipFile(out) as z:
        rels = z.read("word/_rels/document.xml.rels").decode()
    assert 'TargetMode="External"' in rels  # evidence links are real hyperlinks


@pytest.mark.parametrize("lang", ["es", "en"])
def test_cli_writes_word_by_the_extension(rich, tmp_path, capsys, lang):
    rich.close()
    out = tmp_path / "informe.DOCX"
    code = main(["report", str(rich.path), str(out), "--lang", lang, "--date", "2016-08-31"])
    assert code == 0
    assert "informe.DOCX" in capsys.readouterr().out
    doc = docx.Document(str(out))
    assert ("31 de agosto de 2016" if lang == "es" else "31 August 2016") in all_text(doc)


@pytest.mark.parametrize(("ui", "words"), [("en", "name it .pdf or .docx"), ("es", "nómbrelo")])
def test_cli_refuses_other_extensions(rich, tmp_path, capsys, monkeypatch, ui, words):
    rich.close()
    monkeypatch.setenv("MATRIX_LANG", ui)
    from matrix_app import messages

    monkeypatch.setattr(messages, "current_language", lambda: ui)
    import matrix_app.commands.common as common

    monkeypatch.setattr(common, "current_language", lambda: ui)
    for name in ("r.odt", "r.txt", "r"):
        out = tmp_path / name
        assert main(["report", str(rich.path), str(out)]) == 2
        assert not out.exists()
        err = capsys.readouterr().err
        assert words in err and name in err
        assert err.count("\n") == 1


def test_report_format():
    assert report_format("a.pdf") == "pdf"
    assert report_format("a.PDF") == "pdf"
    assert report_format("a.docx") == "docx"
    assert report_format("a.doc") is None
    assert report_format("a") is None


HOSTILE = "".join(MARKUP) + "".join(SCRIPTS)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_long_and_hostile_text_does_not_break_the_word_report(tmp_path, lang):
    """100,000 characters in every field, markup, right-to-left and control characters."""
    long = (HOSTILE + " palabra ") * (MAX_TEXT_CHARS // (len(HOSTILE) + 9) + 1)
    long = long[:MAX_TEXT_CHARS]

    def text(name: str) -> str:
        if name in ("c.title", "ind.name", "c.description", "plan.mid_term.process"):
            return long
        if name in ("goal.narrative", "c.mid_term.progress"):
            return f"שקיפות ממשלתית الشفافية {name} {HOSTILE}"  # right-to-left first
        return f"{name} {HOSTILE}"

    p = build_plan(tmp_path / "hostile.nap", text)
    p.close()
    out = tmp_path / "hostile.docx"
    assert main(["report", str(p.path), str(out), "--lang", lang, "--date", "2015-09-30"]) == 0
    doc = docx.Document(str(out))
    body = all_text(doc)
    # nothing typed is lost: the whole 100,000-character title and indicator name are there
    full = norm(long)
    assert body.count(full) >= 3  # title (heading and summary), indicator name, description
    assert norm(f"ind.unit {HOSTILE}") in body
    assert '<img src="/etc/passwd"/>' in body
    # right-to-left paragraphs are marked as such
    with zipfile.ZipFile(out) as z:
        xml = z.read("word/document.xml").decode()
    assert "<w:rtl/>" in xml and "<w:bidi/>" in xml
    assert norm(f"שקיפות ממשלתית الشفافية goal.narrative {HOSTILE}") in body
    # no control character reached the XML
    assert "\x00" not in xml and "\x07" not in xml


def test_the_indicator_chart_png_is_drawn():
    from PIL import Image

    from matrix_app.domain.rules import Point
    from matrix_app.services.report.docx_writer import completion_png, indicator_png
    from matrix_app.services.report.fonts import register_fonts

    register_fonts()
    png = indicator_png(
        Point(dt.date(2014, 1, 1), 0),
        [Point(dt.date(2016, 1, 1), 10)],
        [Point(dt.date(2015, 1, 1), 4)],
        "es",
    )
    image = Image.open(io.BytesIO(png)).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 20) or []
    assert len(colours) > 20  # lines, markers, text: not a blank image
    bars = Image.open(io.BytesIO(completion_png({"complete": 2, "limited": 1}, "en")))
    assert bars.width > 400


def test_deterministic_word_report_gives_the_same_bytes(rich, tmp_path):
    a, b = tmp_path / "a.docx", tmp_path / "b.docx"
    options = ReportOptions(when=dt.date(2015, 9, 30), deterministic=True)
    write_report(rich, a, options)
    write_report(rich, b, options)
    assert a.read_bytes() == b.read_bytes()
    assert docx.Document(str(a)).core_properties.created.date() == dt.date(2015, 9, 30)
