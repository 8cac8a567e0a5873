"""The PDF report: content in both languages, escaping, fonts, determinism, cancel."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader
from report_fixtures import HOSTILE, SPECIAL

from matrix_app.domain import models as m
from matrix_app.services.report import Cancelled, ReportError, ReportOptions, write_report
from matrix_app.services.report.labels import TEXTS
from matrix_app.services.report.outline import all_keys

WHEN = dt.date(2015, 9, 30)


def build(project, tmp_path, lang="es", name=None, **kw):
    out = tmp_path / (name or f"report-{lang}.pdf")
    result = write_report(project, out, ReportOptions(lang=lang, when=WHEN, **kw))
    return out, result


def pdf_text(path) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(str(path))
    return reader, [p.extract_text() for p in reader.pages]


def flat(pages: list[str]) -> str:
    return " ".join(" ".join(pages).split())


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_commitment_indicator_figure_and_heading_is_printed(rich, tmp_path, lang):
    out, result = build(rich, tmp_path, lang, sections=all_keys())
    reader, pages = pdf_text(out)
    assert result.pages == len(reader.pages) > 5
    text = flat(pages)
    for c in rich.rows(m.Commitment):
        assert " ".join(c.title.split()) in text
    for ind in rich.rows(m.Indicator):
        assert ind.name in text
    i = 1 if lang == "es" else 0
    for key in ("contents", "summary", "part.development", "part.relevance", "part.progress"):
        assert TEXTS[key][i] in text, key
    for key in ("part.commitments", "part.annex", "logframe", "sub.mid_term.process"):
        assert TEXTS[key][i] in text, key
    for key in ("col.baseline", "col.targets", "col.verification", "col.assumptions"):
        assert TEXTS[key][i] in text, key
    if lang == "es":
        figures = ["86,7 %", "46.636", "31 de julio de 2016", "30,3 %", "Página 3 de"]
        figures += ["Informe de autoevaluación de medio término", "Componente 1", "Propósito"]
        figures += ["Revisada el 15 de mayo de 2015 (antes 198 al 31 de diciembre de 2014)"]
        figures += ["Sustancial", "94,5 %"]
    else:
        figures = ["86.7%", "46,636", "31 July 2016", "30.3%", "Page 3 of"]
        figures += ["Mid-term self-assessment report", "Output 1", "Purpose"]
        figures += ["Revised on 15 May 2015 (was 198 by 31 December 2014)", "Substantial"]
    for figure in figures:
        assert figure.replace("\u00a0", " ") in text.replace("\u00a0", " "), figure
    assert "PISEE" in text  # the reason of the revised target
    assert "SHA-256 " + rich.rows(m.Evidence, kind="file")[0].sha256[:12] in text
    # the annex lists the quality findings in the report's language
    assert ("no tiene institución responsable" if lang == "es" else "has no lead") in text
    # page X of Y is right on the last page
    assert (
        f"{len(pages)} de {len(pages)}" if lang == "es" else f"{len(pages)} of {len(pages)}"
    ) in pages[-1]


def test_narratives_follow_the_kind_of_report(rich, tmp_path):
    out, _ = build(rich, tmp_path, "es", kind="end-of-term")
    text = flat(pdf_text(out)[1])
    assert "Informe final: consulta pública en línea." in text
    assert "La mesa de trabajo se reunió cada trimestre." not in text
    assert "Informe de autoevaluación de término" in text


def test_user_text_is_printed_literally_and_cannot_inject(rich, tmp_path):
    out, _ = build(rich, tmp_path, "en")
    reader, pages = pdf_text(out)
    text = "\n".join(pages)
    assert HOSTILE in text
    assert '<para><img src="/etc/passwd"/></para> & <a href="file:///etc/passwd">x</a>' in text
    for page in reader.pages:  # no images were loaded, no link points at a file
        resources = page["/Resources"]
        # the only XObjects are the charts' own forms (markers, legend), never an image
        for name, xobject in (resources.get("/XObject") or {}).items():
            assert name.startswith("/FormXob.MatrixChart"), name
            assert xobject.get_object()["/Subtype"] == "/Form"
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            if action is not None and "/URI" in action:
                assert action["/URI"].startswith("https://")
    titles = [o.title for o in _walk(reader.outline)]
    # nothing translated at all: printed as it is (no mark on every line), still literal
    assert f"Commitment 9: {HOSTILE}" in titles


def _walk(outline):
    for item in outline:
        if isinstance(item, list):
            yield from _walk(item)
        else:
            yield item


def test_outline_has_every_section_and_commitment(rich, tmp_path):
    out, _ = build(rich, tmp_path, "es", sections=all_keys())
    reader = PdfReader(str(out))
    titles = [o.title for o in _walk(reader.outline)]
    for key in ("contents", "part.development", "part.progress", "part.commitments"):
        assert TEXTS[key][1] in titles
    assert TEXTS["part.annex"][1] in titles
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"  # bookmarks shown on start
    assert "Compromiso 1: Modelo de gestión de transparencia municipal" in titles
    assert "Compromiso 4: Portal de Transparencia" in titles


def test_fonts_are_embedded_and_special_characters_extract(rich, tmp_path):
    out, _ = build(rich, tmp_path, "es")
    reader, pages = pdf_text(out)
    fonts = {}
    for page in reader.pages:
        for f in page["/Resources"]["/Font"].values():
            f = f.get_object()
            fonts[f["/BaseFont"]] = f
    assert fonts
    for name, font in fonts.items():
        assert "DejaVuSans" in name, name
        assert font["/Subtype"] == "/TrueType"
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), name
    assert SPECIAL in "\n".join(pages)


def test_metadata_and_language(rich, tmp_path):
    out, _ = build(rich, tmp_path, "es")
    reader = PdfReader(str(out))
    meta = reader.metadata
    assert meta.title.startswith("Segundo Plan de Acción de Gobierno Abierto 2014-2016")
    assert meta.author == "Comisión Defensora Ciudadana y Transparencia (SEGPRES)"
    assert "Autoevaluación" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "es"
    xmp = reader.xmp_metadata  # the XMP packet says the same as the Info dictionary
    assert xmp is not None
    assert xmp.dc_title["x-default"] == meta.title
    assert xmp.dc_creator == [meta.author]
    assert xmp.dc_language == ["es"]
    assert xmp.pdf_keywords.startswith("Alianza para el Gobierno Abierto")
    out_en, _ = build(rich, tmp_path, "en")
    assert PdfReader(str(out_en)).trailer["/Root"]["/Lang"] == "en"


def test_deterministic_mode_gives_the_same_bytes(rich, tmp_path):
    a, _ = build(rich, tmp_path, "es", name="a.pdf", deterministic=True)
    b, _ = build(rich, tmp_path, "es", name="b.pdf", deterministic=True)
    assert a.read_bytes() == b.read_bytes()
    c, _ = build(rich, tmp_path, "en", name="c.pdf", deterministic=True)
    assert c.read_bytes() != a.read_bytes()


def test_a_plan_without_commitments_gives_a_valid_report(project, tmp_path):
    project.create(m.ActionPlan, title="Plan vacío")
    for lang, sentence in (
        ("es", "Este plan de acción aún no tiene compromisos."),
        ("en", "This action plan has no commitments yet."),
    ):
        out, result = build(project, tmp_path, lang, sections=all_keys())
        text = flat(pdf_text(out)[1])
        assert sentence in text
        assert TEXTS["annex.none"][1 if lang == "es" else 0] in text
        assert result.commitments == 0


def test_long_tables_split_with_repeated_headers_and_long_text_flows(project, tmp_path):
    plan = project.create(m.ActionPlan, title="Large")
    with project.write() as w:
        c = w.create(m.Commitment, plan_id=plan.id, code="1", title="Many indicators")
        purpose = w.create(
            m.Result,
            commitment_id=c.id,
            level="purpose",
            narrative="Una frase larga que se repite. " * 600,  # taller than a page
        )
        for k in range(70):
            ind = w.create(
                m.Indicator,
                result_id=purpose.id,
                name=f"Indicator number {k}",
                unit="%",
                baseline_value=0,
                baseline_date=dt.date(2014, 1, 1),
            )
            w.create(m.Target, indicator_id=ind.id, due_date=dt.date(2016, 1, 1), value=50)
    out, _ = build(project, tmp_path, "en")
    _, pages = pdf_text(out)
    with_rows = [p for p in pages if re.search(r"Indicator number \d+", p)]
    assert len(with_rows) >= 2
    header_pages = [p for p in with_rows if "Latest actual" in p]
    assert len(header_pages) >= 2  # the header row repeats on every page of the table
    for k in range(70):
        assert f"Indicator number {k}" in " ".join(pages)


def test_progress_reaches_the_end(rich, tmp_path):
    seen: list[tuple[int, int]] = []
    write_report(
        rich,
        tmp_path / "p.pdf",
        ReportOptions(when=WHEN),
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen[-1] == (100, 100)
    done = [d for d, _ in seen]
    assert done == sorted(done) and len(set(done)) > 10


@pytest.mark.parametrize("stop_after", [1, 40])
def test_cancel_writes_nothing(rich, tmp_path, stop_after):
    calls = []
    out = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        write_report(
            rich,
            out,
            ReportOptions(when=WHEN),
            progress=lambda d, t: calls.append(d),
            cancelled=lambda: len(calls) >= stop_after,
        )
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix != ".nap"] == []


def test_a_failed_write_leaves_the_old_file_and_no_temp(rich, tmp_path, monkeypatch):
    out = tmp_path / "r.pdf"
    out.write_bytes(b"old")

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("matrix_app.services.report.builder.os.replace", boom)
    with pytest.raises(ReportError) as err:
        write_report(rich, out, ReportOptions(when=WHEN))
    assert "No space left" in err.value.message("en")
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf", "rich.nap"]


def test_bad_options_and_plans_are_refused(rich, project, tmp_path):
    with pytest.raises(ReportError) as err:
        write_report(rich, tmp_path / "x.pdf", ReportOptions(plan_id="nope"))
    assert "nope" in err.value.message("en") and rich.ids["plan"] in err.value.message("en")
    with pytest.raises(ReportError):
        write_report(rich, tmp_path / "x.pdf", ReportOptions(lang="fr"))
    with pytest.raises(ReportError):
        write_report(rich, tmp_path / "x.pdf", ReportOptions(kind="yearly"))
    with pytest.raises(ReportError) as err:
        write_report(project, tmp_path / "x.pdf", ReportOptions())
    assert err.value.code == "no_plan"
    with pytest.raises(ReportError) as err:
        write_report(rich, rich.path, ReportOptions())
    assert err.value.code == "over_project"
    assert not (tmp_path / "x.pdf").exists()


def test_the_report_service_does_not_need_qt(tmp_path):
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import matrix_app.services.report, matrix_app.commands.report\n"
        "assert not any(k.startswith('PySide6') and sys.modules[k] for k in sys.modules)\n"
    )
    import os
    from pathlib import Path

    import matrix_app

    env = {**os.environ, "PYTHONPATH": str(Path(matrix_app.__file__).parents[1])}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr


def test_no_text_in_the_report_is_smaller_than_7_points(rich, tmp_path):
    """Charts included: every font size set in every page's content is at least 7 pt."""
    out, _ = build(rich, tmp_path, "en", sections=all_keys())
    sizes = set()
    for page in PdfReader(str(out)).pages:
        data = page.get_contents().get_data().decode("latin-1")
        sizes.update(float(s) for s in re.findall(r"/F\d+(?:\+\d+)? ([\d.]+) Tf", data))
    assert sizes and min(sizes) >= 7, sorted(sizes)
