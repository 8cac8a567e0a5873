"""Schema 4 in the report: the consultation, the coordinator's profile, the new commitment
fields and translations of the content (PDF and Word, both languages)."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest
from PIL import Image
from pypdf import PdfReader

from matrix_app.domain import models as m
from matrix_app.services import report_profile, translations
from matrix_app.services.report import ReportOptions, write_report

D = dt.date


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (120, 60), (29, 78, 137)).save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def v4(project):
    plan = project.create(
        m.ActionPlan,
        title="Plan de Gobierno Abierto",
        government="Chile",
        coordinating_body="SEGPRES",
    )
    c = project.create(
        m.Commitment,
        plan_id=plan.id,
        code="1",
        title="Portal de transparencia municipal",
        description="Un portal para los municipios.",
        ogp_access_to_information=True,
        relevance_access_to_information="Publica información de los municipios.",
        budget="USD 120.000 (BID)",
        national_plan_links="Agenda de Modernización del Estado 2022",
        sdgs="16.6; 16.10",
        partners="Fundación Ciudadano Inteligente <contacto@fci.cl>",
        irm_opened_government="major",
    )
    for day, who, org, comment, response in (
        (D(2015, 9, 2), "Ana Pérez", "Chile Transparente", "Falta el presupuesto.", "Se agregó."),
        (D(2015, 9, 5), "Luis Soto", "", "Publicar las actas del foro.", ""),
    ):
        project.create(
            m.ConsultationComment,
            plan_id=plan.id,
            period="mid_term",
            author=who,
            organisation=org,
            received_on=day,
            comment=comment,
            response=response,
        )
    report_profile.set_profile(
        project,
        plan.id,
        issuing_body="Comisión de Gobierno Abierto",
        cover_text="Documento preparado con la mesa de la sociedad civil.",
        consultation_start=D(2015, 9, 1),
        consultation_end=D(2015, 9, 15),
    )
    report_profile.set_logo(project, plan.id, _png())
    translations.set_translation(
        project, "commitment", c.id, "title", "en", "Municipal transparency portal"
    )
    project.ids = {"plan": plan.id, "c": c.id}
    return project


def _pdf(project, tmp_path, lang, **kw):
    out = tmp_path / f"r-{lang}.pdf"
    write_report(project, out, ReportOptions(lang=lang, when=D(2015, 9, 30), **kw))
    reader = PdfReader(str(out))
    return reader, [" ".join(p.extract_text().split()) for p in reader.pages]


def test_the_consultation_and_the_new_fields_are_printed(v4, tmp_path):
    _, pages = _pdf(v4, tmp_path, "es")
    text = " ".join(pages)
    assert "Consulta pública de este informe" in text
    assert "Comentarios recibidos en la consulta pública de este informe (2), del 1 de " in text
    for bit in ("Ana Pérez", "Chile Transparente", "2 de septiembre de 2015", "Se agregó."):
        assert bit in text, bit
    assert "Luis Soto" in text and "Aún sin respuesta." in text
    for bit in (
        "Relevancia para los valores OGP",
        "Publica información de los municipios.",
        "USD 120.000 (BID)",
        "Agenda de Modernización del Estado 2022",
        "16.6; 16.10",
        "Fundación Ciudadano Inteligente <contacto@fci.cl>",
        "¿Abrió el gobierno? (MRI) Significativo",
    ):
        assert bit in text, bit
    not_written = pages[1].split("Aún no redactado para este informe: ")[1].split(".")[0]
    assert "Co-creación y consulta pública" in not_written
    assert "Consulta pública de este informe" not in not_written  # it is written


def test_the_profile_is_on_the_cover_and_the_tool_only_in_the_colophon(v4, tmp_path):
    reader, pages = _pdf(v4, tmp_path, "es", draft=True)
    cover = pages[0]
    assert "Emitido por Comisión de Gobierno Abierto" in cover
    assert "Documento preparado con la mesa de la sociedad civil." in cover
    assert "Borrador para consulta pública del 1 de septiembre de 2015 al 15 de septiembre" in cover
    images = [
        x
        for x in reader.pages[0]["/Resources"].get("/XObject", {}).values()
        if x.get_object()["/Subtype"] == "/Image"
    ]
    assert images  # the logo
    assert all("Monitoring Matrix" not in p for p in pages[:-1])
    assert "Comisión de Gobierno Abierto · 30 de septiembre de 2015" in pages[2]  # footer
    assert "con Monitoring Matrix" in pages[-1]  # the colophon


def test_a_report_in_the_other_language_uses_translations_and_counts_the_rest(v4, tmp_path):
    _, pages = _pdf(v4, tmp_path, "en")
    text = " ".join(pages)
    assert "Commitment 1: Municipal transparency portal" in text
    assert "Portal de transparencia municipal" not in text
    assert "[ES] Un portal para los municipios." in text
    assert "Texts not yet translated" in pages[1]
    # the printed texts with no English: the plan's title, government and coordinating body;
    # the commitment's description, relevance, budget, national plans and partners; the
    # two comments and the one response (the title is translated)
    untranslated = 3 + 5 + 3
    assert f"{untranslated} of this report's texts have no English translation" in pages[1]
    for bit in ("[ES] Un portal para los municipios.", "[ES] USD 120.000", "[ES] Se agregó."):
        assert bit in text, bit
    _, es = _pdf(v4, tmp_path, "es")
    assert "[ES]" not in " ".join(es) and "Textos aún sin traducir" not in es[1]
    translations.set_translation(v4, "commitment", v4.ids["c"], "budget", "en", "USD 120,000")
    _, again = _pdf(v4, tmp_path, "en")
    assert f"{untranslated - 1} of this report's texts" in again[1]
    assert "USD 120,000" in " ".join(again)


def test_the_word_report_has_the_same_parts_and_fields(v4, tmp_path):
    out = tmp_path / "r.docx"
    write_report(v4, out, ReportOptions(lang="en", when=D(2015, 9, 30), draft=True))
    d = docx.Document(str(out))
    paras = [p.text for p in d.paragraphs]
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    text = " ".join(paras + cells)
    assert "Public consultation on this report" in paras
    assert "Ana Pérez" in text and "Se agregó." in text and "No response yet." in text
    assert "Issued by" in cells and "Comisión de Gobierno Abierto" in cells
    assert "Draft for public consultation from 1 September 2015 to 15 September 2015." in paras
    assert "Commitment 1: Municipal transparency portal" in paras
    assert "USD 120.000 (BID)" in text and "16.6; 16.10" in text
    assert any("have no English translation yet" in p for p in paras[:20])
    assert d.inline_shapes  # the logo and the chart pictures
    footer = " ".join(p.text for p in d.sections[0].footer.paragraphs)
    assert "Monitoring Matrix" not in footer and "Comisión de Gobierno Abierto" in footer


def test_the_profile_chooses_the_parts(v4, tmp_path):
    report_profile.set_profile(v4, v4.ids["plan"], sections="progress;annex")
    _, pages = _pdf(v4, tmp_path, "en")
    text = " ".join(pages)
    assert "Annex: matrix quality findings" in text
    assert "Public consultation on this report" not in text
    _, chosen = _pdf(v4, tmp_path, "en", sections=frozenset({"consultation"}))
    assert "Public consultation on this report" in " ".join(chosen)  # the dialog's choice wins
