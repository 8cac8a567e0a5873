"""A measurement cites its evidence: the id survives the evidence's deletion (so restoring it
restores the citation) but never dangles in the digest, an export, its import or the report."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from pypdf import PdfReader

from matrix_app.domain import models as m
from matrix_app.services.digest import content_digest
from matrix_app.services.excel.export import export_workbook
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project
from matrix_app.services.report import ReportOptions, write_report


def digest(project: Project) -> str:
    with project.read() as s:
        return content_digest(s)


def cite(project: Project) -> str:
    """A link evidence cited by the small project's measurement; returns the evidence id."""
    ev = project.create(
        m.Evidence,
        commitment_id=project.ids["commitment"],
        kind="link",
        title="Registro de control de gestión",
        url="https://www.cplt.cl",
    )
    project.update(m.Measurement, project.ids["measurement"], evidence_id=ev.id)
    return ev.id


def measurement_cell(path, header: str = "Evidence id", sheet: str = "Measurements"):
    ws = load_workbook(path)[sheet]
    row = {h.value: c.value for h, c in zip(ws[1], ws[2], strict=True)}
    return row[header]


def test_delete_keeps_the_id_and_restore_brings_the_citation_back(small_project):
    ev = cite(small_project)
    batch = small_project.delete(m.Evidence, ev)
    x = small_project.get(m.Measurement, small_project.ids["measurement"])
    assert x.evidence_id == ev  # kept, as a tombstone keeps the evidence
    small_project.restore(batch)
    assert small_project.get(m.Evidence, ev) is not None


def test_digest_counts_a_deleted_citation_as_none(small_project):
    ev = cite(small_project)
    cited = digest(small_project)
    small_project.delete(m.Evidence, ev)
    after_delete = digest(small_project)
    assert after_delete != cited
    small_project.update(m.Measurement, small_project.ids["measurement"], evidence_id=None)
    assert digest(small_project) == after_delete


def test_export_of_a_live_citation_names_it_and_round_trips(small_project, tmp_path):
    ev = cite(small_project)
    path = tmp_path / "x.xlsx"
    export_workbook(small_project, path, "es")
    assert measurement_cell(path, "id de la evidencia", "Mediciones") == ev
    lf = load_workbook(path)["MML 1"]
    cells = [c for row in lf.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert any(
        "último valor 86,7 % (2015-05-31; verificado en: Registro de control de gestión)" in c
        for c in cells
    )
    # the printable sheet alone, imported back: the citation is not taken for text of the row
    wb = load_workbook(path)
    for name in list(wb.sheetnames):
        if not name.startswith("MML"):
            del wb[name]
    wb.save(tmp_path / "mml.xlsx")
    report = import_workbook(small_project, tmp_path / "mml.xlsx", dry_run=True)
    assert report.kind == "logframe"
    assert report.totals().added == 0 and report.totals().updated == 0
    with Project.new(tmp_path / "fresh.nap") as fresh:
        import_workbook(fresh, path)
        assert digest(fresh) == digest(small_project)
        assert fresh.get(m.Measurement, small_project.ids["measurement"]).evidence_id == ev


def test_export_after_deleting_the_cited_evidence_imports_cleanly(small_project, tmp_path):
    ev = cite(small_project)
    batch = small_project.delete(m.Evidence, ev)
    path = tmp_path / "x.xlsx"
    export_workbook(small_project, path)
    assert measurement_cell(path) is None  # no reference to a row the workbook lacks
    lf = load_workbook(path)["LF 1"]
    cells = [c for row in lf.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert not any("Registro de control" in c for c in cells)
    # into a new project: no "dangling" problem, same content
    with Project.new(tmp_path / "fresh.nap") as fresh:
        report = import_workbook(fresh, path)
        assert report.written and not report.problems
        assert digest(fresh) == digest(small_project)
    # back into the same project: nothing changes, the kept citation stays for a restore
    report = import_workbook(small_project, path)
    assert report.counts["measurement"].unchanged == 1
    assert report.counts["measurement"].updated == 0
    small_project.restore(batch)
    x = small_project.get(m.Measurement, small_project.ids["measurement"])
    assert x.evidence_id == ev


def test_an_emptied_cell_still_removes_a_live_citation(small_project, tmp_path):
    cite(small_project)
    path = tmp_path / "x.xlsx"
    export_workbook(small_project, path)
    wb = load_workbook(path)
    ws = wb["Measurements"]
    col = [c.value for c in ws[1]].index("Evidence id") + 1
    ws.cell(row=2, column=col).value = None
    wb.save(path)
    report = import_workbook(small_project, path)
    assert report.counts["measurement"].updated == 1
    assert small_project.get(m.Measurement, small_project.ids["measurement"]).evidence_id is None


def report_text(project: Project, path, lang: str) -> str:
    write_report(project, path, ReportOptions(lang=lang, when=dt.date(2015, 9, 30)))
    pages = [p.extract_text() for p in PdfReader(str(path)).pages]
    return " ".join(" ".join(pages).split())


def test_report_names_the_evidence_of_the_latest_value(small_project, tmp_path):
    ev = cite(small_project)
    text = report_text(small_project, tmp_path / "en.pdf", "en")
    # (the project's texts are in its content language, Spanish: untranslated, marked [ES])
    assert "Verified by: [ES] Registro de control de gestión" in text
    # the indicators table: the indicator keeps its name, the evidence is under the latest value
    assert "Status [ES] % municipalities with the model Output 1 · Unit: %" in text
    assert "86.7% 31 May 2015 Verified by: [ES] Registro de control de gestión 94.5%" in text
    text = report_text(small_project, tmp_path / "es.pdf", "es")
    assert "Verificado en: Registro de control de gestión" in text
    small_project.delete(m.Evidence, ev)
    text = report_text(small_project, tmp_path / "gone.pdf", "en")
    assert "Verified by" not in text
