"""Issue 14, what was wrong: the report as of its date, its layout, the IRM's word, the mode."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat

import pytest
from pypdf import PdfReader

from matrix_app.domain import models as m
from matrix_app.domain import rules
from matrix_app.domain.rules import Point, Revision
from matrix_app.domain.vocabulary import Status
from matrix_app.services.report import ReportOptions, choose_plan, write_report

D = dt.date


def pages_of(path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages]


def build(project, tmp_path, when, lang="es", kind="mid-term", name="r.pdf"):
    out = tmp_path / name
    write_report(project, out, ReportOptions(lang=lang, kind=kind, when=when))
    return pages_of(out)


# -- the rules -------------------------------------------------------------------------


def test_status_is_judged_against_the_targets_due_by_the_date():
    # 56 % measured at the end of 2014; 70 % due on 31 July 2016; the report of 30 Sep 2016
    targets = [Point(D(2016, 7, 31), 70)]
    measured = [Point(D(2014, 12, 31), 56)]
    got = rules.status_at(30.3, D(2012, 12, 31), targets, measured, D(2016, 9, 30))
    assert got == Status.BEHIND
    # the same value at the time it was measured was on track
    early = rules.status_at(30.3, D(2012, 12, 31), targets, measured, D(2014, 12, 31))
    assert early == Status.ON_TRACK


def test_a_target_as_of_a_date_undoes_later_revisions():
    revs = [
        Revision(D(2015, 5, 15), 198, D(2014, 12, 31)),
        Revision(D(2015, 11, 1), 225, D(2015, 12, 31)),
    ]
    assert rules.target_as_of(230, D(2016, 6, 30), revs, D(2015, 1, 1)) == (198, D(2014, 12, 31))
    assert rules.target_as_of(230, D(2016, 6, 30), revs, D(2015, 6, 1)) == (225, D(2015, 12, 31))
    assert rules.target_as_of(230, D(2016, 6, 30), revs, D(2016, 1, 1)) == (230, D(2016, 6, 30))
    undated = [Revision(None, 1, None)]
    assert rules.target_as_of(5, D(2016, 1, 1), undated, D(2015, 1, 1)) == (5, D(2016, 1, 1))


# -- the as-of view ----------------------------------------------------------------------


def test_the_plan_as_of_a_date_leaves_out_what_came_later(rich):
    plan = choose_plan(rich, rich.ids["plan"]).as_of(D(2015, 5, 1))
    c4 = next(c for c in plan.commitments if c.id == rich.ids["c4"])
    assert c4.measurements.get(rich.ids["i4"], []) == []  # measured 31 May and 31 July 2015
    (target,) = c4.targets[rich.ids["i4"]]
    assert (target.value, target.due_date) == (198, D(2014, 12, 31))  # revised 15 May 2015
    assert c4.revisions == {}
    c1 = next(c for c in plan.commitments if c.id == rich.ids["c1"])
    assert [x.value for x in c1.measurements[rich.ids["i1"]]] == [56]
    assert c1.evidence == []  # dated June and July 2015


def test_a_report_shows_no_value_measured_after_its_date(rich, tmp_path):
    text = " ".join(build(rich, tmp_path, D(2015, 7, 15)))
    # 52 organisations and 46,636 requests were measured on 31 July 2015
    assert "31 de julio de 2015" not in text
    assert "46.636" not in text
    assert "Organismos de la administración central conectados" in text
    assert "Portal de Transparencia del Estado" not in text  # evidence dated 31 July 2015
    later = " ".join(build(rich, tmp_path, D(2015, 9, 30), name="later.pdf"))
    assert "46.636" in later and "31 de julio de 2015" in later


def test_the_row_figures_agree_with_each_other(rich, tmp_path):
    # as of 15 July 2015 the latest value is 14 (31 May): the row shows it, its progress and
    # a status computed from it, never "no data" beside a value
    pages = build(rich, tmp_path, D(2015, 7, 15), lang="en")
    row = re.search(r"central conectados Purpose.{0,300}", " ".join(pages))
    assert row is not None
    assert "31 May 2015" in row.group(0)
    assert "No data" not in row.group(0)
    assert "6.2%" in row.group(0)  # 14 of 225


def test_a_target_revised_after_the_date_shows_as_it_was(rich, tmp_path):
    text = " ".join(build(rich, tmp_path, D(2015, 5, 1), lang="en"))
    assert "198 by 31 December 2014" in text
    assert "Revised on" not in text and "PISEE" not in text


def test_end_of_term_status_against_targets_due(project, tmp_path):
    plan = project.create(m.ActionPlan, title="Plan")
    with project.write() as w:
        c = w.create(m.Commitment, plan_id=plan.id, code="1", title="Municipios")
        r = w.create(m.Result, commitment_id=c.id, level="purpose", narrative="p")
        ind = w.create(
            m.Indicator,
            result_id=r.id,
            name="Municipios con el modelo",
            unit="%",
            baseline_value=30.3,
            baseline_date=D(2012, 12, 31),
        )
        w.create(m.Target, indicator_id=ind.id, due_date=D(2016, 7, 31), value=70)
        w.create(m.Measurement, indicator_id=ind.id, measured_on=D(2014, 12, 31), value=56)
    text = " ".join(build(project, tmp_path, D(2016, 9, 30), "en", "end-of-term"))
    assert "Behind" in text and "On track" not in text


# -- the IRM's word and ours ---------------------------------------------------------------


def test_starred_says_whose_verdict_it_is(rich, tmp_path):
    with rich.write() as w:  # c1 has IRM ratings but no verdict; c4 gets the IRM's verdict
        w.update(m.Commitment, rich.ids["c4"], irm_starred=False)
    text = " ".join(build(rich, tmp_path, D(2016, 7, 31), "en", "end-of-term"))
    assert "Yes by our estimate" in text and "the file holds no IRM verdict" in text
    assert "No: the IRM's verdict" in text
    assert "Not assessed: no IRM verdict or ratings in this file" in text  # c9
    assert "Starred commitment Yes " not in text
    assert "starred according to the IRM: 0; by our estimate" in text


# -- layout ---------------------------------------------------------------------------------


def test_tables_sit_inside_the_margins(rich, tmp_path, monkeypatch):
    from reportlab.lib.units import mm

    from matrix_app.services.report import document, flowables

    placed = []
    draw_on = flowables.ReportTable.drawOn

    def record(self, canvas, x, y, _sW=0):
        placed.append((x, x + self._width))
        return draw_on(self, canvas, x, y, _sW)

    monkeypatch.setattr(flowables.ReportTable, "drawOn", record)
    write_report(rich, tmp_path / "r.pdf", ReportOptions(lang="en", when=D(2015, 9, 30)))
    left, right = 20 * mm, document.PAGE[0] - 20 * mm
    assert len(placed) > 10
    for x0, x1 in placed:
        assert x0 == pytest.approx(left, abs=0.01)
        assert x1 <= right + 0.01


def test_a_row_split_over_pages_keeps_its_label_and_one_header_per_page(project, tmp_path):
    plan = project.create(m.ActionPlan, title="Plan")
    with project.write() as w:
        c = w.create(m.Commitment, plan_id=plan.id, code="1", title="Compromiso")
        w.create(
            m.Result,
            commitment_id=c.id,
            level="purpose",
            narrative="Texto del propósito. " * 40,
            assumptions="Supuesto largo que se repite muchas veces. " * 25,
        )
        out_ = w.create(
            m.Result,
            commitment_id=c.id,
            level="output",
            narrative="Componente con mucho texto. " * 40,
            assumptions="Otro supuesto largo que se repite. " * 28,
        )
        w.create(m.Result, commitment_id=c.id, level="activity", parent_id=out_.id, narrative="a")
    pages = build(project, tmp_path, D(2015, 9, 30), lang="en")
    logframe = [p for p in pages if "Narrative summary" in p]
    for p in logframe:
        assert p.count("Narrative summary") == 1  # never a second header mid-page
    continued = [p for p in pages if "(cont.)" in p]
    # the long output spills over: three logframe pages, the last two marked as continued
    assert (len(logframe), len(continued)) == (3, 2)


def test_placeholders_do_not_fill_pages(project, tmp_path):
    plan = project.create(m.ActionPlan, title="Plan sin textos")
    with project.write() as w:
        for i in range(3):
            w.create(m.Commitment, plan_id=plan.id, code=str(i + 1), title=f"Compromiso {i + 1}")
    pages = build(project, tmp_path, D(2015, 9, 30))
    text = " ".join(pages)
    assert "Aún no se registra para este compromiso" in text
    assert "Matriz de marco lógico" not in text  # no empty headings
    # unwritten parts leave no heading and no page: one line under the contents says so
    assert "Elaboración del plan de acción" not in text
    assert "El foro multiactor" not in " ".join(pages[2:])
    assert "Aún no redactado para este informe: Co-creación y consulta pública" in pages[1]
    assert "El proceso" not in text and "Aún no se ha redactado" not in text
    # the relevance table and the summary share a page after the contents
    assert any("Relevancia y ambición" in p and "Resumen de los compromisos" in p for p in pages)


def test_a_long_plan_title_keeps_the_cover_on_one_page(project, tmp_path):
    title = "Plan de Acción Nacional de Gobierno Abierto de la República " * 8  # 480 chars
    project.create(m.ActionPlan, title=title, government="Chile")
    pages = build(project, tmp_path, D(2015, 9, 30))
    assert "Fecha del informe" in pages[0]
    assert "Textos completos de la portada" in pages[1]
    assert " ".join(title.split()) in " ".join(pages[1:3])
    assert "Índice" in pages[2]


# -- the file ---------------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="file modes")
@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_the_report_gets_the_users_normal_permissions(rich, tmp_path, umask):
    old = os.umask(umask)
    try:
        out = tmp_path / "r.pdf"
        write_report(rich, out, ReportOptions(when=D(2015, 9, 30)))
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
