import datetime as dt

import pytest
from openpyxl import load_workbook

from matrix_app.domain import models as m
from matrix_app.services import translations
from matrix_app.services.excel.errors import Cancelled, ImportProblems
from matrix_app.services.excel.export import export_workbook
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.excel.template import write_template
from matrix_app.services.project import Project

from .conftest import digest, journal_count


def _rich(project):
    """More of the model: a revised target, a second plan, narratives, links, institutions."""
    ids = project.ids
    project.revise_target(ids["target"], 85, "2016-07-31", "Platform attack in 2015")
    plan2 = project.create(m.ActionPlan, title="NAP 2012-2013")
    old = project.create(m.Commitment, plan_id=plan2.id, code="2.4", title="Transparency Portal")
    project.update(m.Commitment, ids["commitment"], continues_id=old.id, irm_starred=True,
                   irm_specificity="medium", themes="FOI; e-government")  # fmt: skip
    project.create(m.Narrative, plan_id=ids["plan"], period="mid_term", section="process",
                   text="Mesa de trabajo\nmensual")  # fmt: skip
    ev = project.create(m.Evidence, commitment_id=ids["commitment"], kind="link",
                        title="Portal", url="https://www.portaltransparencia.cl", date="2015-07-31")  # fmt: skip
    project.create(m.Measurement, indicator_id=ids["indicator"], measured_on="2015-07-31",
                   value=88.1, evidence_id=ev.id, comment="+ 2 points")  # fmt: skip
    project.create(m.Institution, name="SEGPRES", acronym="SEGPRES", kind="ministry")
    # schema 4: the commitment's relevance and SDGs, evidence marked public, a consultation
    # comment and translations (of a commitment text and of a plan-level row)
    project.update(m.Commitment, ids["commitment"], sdgs="16.6; 16.10", budget="USD 1.000",
                   relevance_civic_participation="Mesas\nregionales", partners="CT")  # fmt: skip
    project.update(m.Evidence, ev.id, public=False)
    comment = project.create(m.ConsultationComment, plan_id=ids["plan"], period="end_of_term",
                             author="M. Pérez", received_on="2016-08-01", comment="Más datos",
                             response="Publicados")  # fmt: skip
    translations.set_translation(project, "commitment", ids["commitment"], "title", "en", "Open")
    translations.set_translation(project, "consultation_comment", comment.id, "comment", "en",
                                 "More data")  # fmt: skip
    return project


@pytest.mark.parametrize("lang", ["en", "es"])
def test_export_then_import_into_a_new_project_gives_the_same_digest(small_project, tmp_path, lang):
    _rich(small_project)
    path = tmp_path / "x.xlsx"
    export_workbook(small_project, path, lang)
    with Project.new(tmp_path / "new.nap") as fresh:
        report = import_workbook(fresh, path)
        assert report.written and not report.problems
        assert digest(fresh) == digest(small_project)
        assert report.totals().added == sum(
            len(small_project.rows(cls)) for cls in m.ENTITIES.values()
        )
        # and a second import changes nothing
        again = import_workbook(fresh, path)
        assert again.totals().added == 0 and again.totals().updated == 0
        assert digest(fresh) == digest(small_project)


def test_edited_export_updates_rows_by_id_and_never_duplicates(exported, tmp_path):
    project, path = exported
    wb = load_workbook(path)
    ws = wb["Measurements"]
    ws["E2"] = 87.5  # value
    ws = wb["Indicators"]
    ws["D2"] = "% of municipalities applying the model"  # name
    wb["Logframe rows"].append(
        ["", project.ids["commitment"], project.ids["output"], "Actividad", "Publish the guide"]
    )
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    before = len(project.rows(m.Measurement)), len(project.rows(m.Result))
    journal_before = journal_count(project)
    report = import_workbook(project, edited)
    assert report.counts["measurement"].updated == 1
    assert report.counts["indicator"].updated == 1
    assert report.counts["result"].added == 1
    assert report.counts["result"].unchanged == 4
    assert (len(project.rows(m.Measurement)), len(project.rows(m.Result))) == (
        before[0],
        before[1] + 1,
    )
    assert project.get(m.Measurement, project.ids["measurement"]).value == 87.5
    new = next(r for r in project.rows(m.Result) if r.narrative == "Publish the guide")
    assert new.level == "activity" and new.parent_id == project.ids["output"]
    assert new.position == 2.0  # after its sibling
    entries = project.history()[: journal_count(project) - journal_before]
    updates = {(e.entity, e.field) for e in entries if e.action == "update"}
    assert updates == {("measurement", "value"), ("indicator", "name")}
    # importing the same edited file again: nothing added, nothing updated
    again = import_workbook(project, edited)
    assert again.totals().added == 0 and again.totals().updated == 0


def test_every_problem_is_listed_and_nothing_changes(exported, tmp_path):
    project, path = exported
    wb = load_workbook(path)
    wb["Measurements"]["E2"] = "mucho"  # not a number
    wb["Measurements"]["D2"] = "31/02/2015"  # not a date
    wb["Logframe rows"]["D2"] = "Objetivo"  # unknown level
    wb["Indicators"]["B2"] = "f" * 32  # dangling id
    wb["Targets"].append([wb["Targets"]["A2"].value, wb["Targets"]["B2"].value])  # duplicate id
    wb["Commitments"]["Q2"] = "done-ish"  # completion
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    before, journal_before = digest(project), journal_count(project)
    with pytest.raises(ImportProblems) as info:
        import_workbook(project, bad)
    problems = info.value.problems
    found = {(p.sheet, p.row, (p.column or "")[:1], p.issue.code) for p in problems}
    assert ("Measurements", 2, "E", "number") in found
    assert ("Measurements", 2, "D", "date") in found
    assert ("Logframe rows", 2, "D", "vocabulary") in found
    assert ("Indicators", 2, "B", "dangling") in found
    assert ("Targets", 3, "A", "duplicate_id") in found
    assert ("Commitments", 2, "Q", "vocabulary") in found
    assert digest(project) == before and journal_count(project) == journal_before
    msg = problems[0].message("es")
    assert "hoja" in msg and "fila" in msg and "columna" in msg
    assert "mucho" in " ".join(p.message("en") for p in problems)


def test_dry_run_reports_and_writes_nothing(exported, tmp_path):
    _project, path = exported
    with Project.new(tmp_path / "new.nap") as fresh:
        report = import_workbook(fresh, path, dry_run=True)
        assert report.dry_run and not report.written
        assert report.counts["result"].added == 4
        assert fresh.rows(m.Result) == [] and fresh.history() == []


def test_cancel_during_import_rolls_back(exported, tmp_path):
    _, path = exported
    with Project.new(tmp_path / "new.nap") as fresh:
        calls = {"n": 0}

        def cancel_when_writing():
            calls["n"] += 1
            return calls["n"] > 6  # the reading and checking phases pass, writing is cancelled

        with pytest.raises(Cancelled):
            import_workbook(fresh, path, cancelled=cancel_when_writing)
        assert fresh.rows(m.ActionPlan) == [] and fresh.history() == []


def test_dates_and_numbers_typed_as_text_in_a_spanish_workbook(small_project, tmp_path):
    path = tmp_path / "es.xlsx"
    export_workbook(small_project, path, "es")
    wb = load_workbook(path)
    ws = wb["Mediciones"]
    ws["D2"] = "julio 2016"
    ws["E2"] = "1.233"
    wb["Metas"]["D2"] = "31/07/2016"
    wb["Metas"]["E2"] = "86,7 %"
    wb.save(path)
    import_workbook(small_project, path)
    x = small_project.get(m.Measurement, small_project.ids["measurement"])
    assert (x.measured_on, x.value) == (dt.date(2016, 7, 31), 1233.0)
    t = small_project.get(m.Target, small_project.ids["target"])
    assert (t.due_date, t.value) == (dt.date(2016, 7, 31), 86.7)


def test_file_evidence_without_its_file_is_skipped_with_a_warning(small_project, tmp_path):
    doc = tmp_path / "acta.txt"
    doc.write_text("acta")
    small_project.add_file_evidence(small_project.ids["commitment"], doc)
    path = tmp_path / "x.xlsx"
    export_workbook(small_project, path)
    with Project.new(tmp_path / "new.nap") as fresh:
        report = import_workbook(fresh, path)
        assert [w.issue.code for w in report.warnings] == ["file_not_here"]
        assert fresh.rows(m.Evidence) == []
    # onto the project that has the file, it is simply unchanged
    report = import_workbook(small_project, path)
    assert report.counts["evidence"].unchanged == 1 and not report.warnings


def test_rows_deleted_in_the_project_stay_deleted(exported):
    project, path = exported
    project.delete(m.Measurement, project.ids["measurement"])
    report = import_workbook(project, path)
    assert [w.issue.code for w in report.warnings] == ["deleted_here"]
    assert project.get(m.Measurement, project.ids["measurement"]) is None


@pytest.mark.parametrize("lang", ["en", "es"])
def test_template_imports_cleanly_and_again_without_duplicates(project, tmp_path, lang):
    path = tmp_path / "template.xlsx"
    write_template(path, lang)
    wb = load_workbook(path)
    assert wb.sheetnames[0] in ("Instructions", "Instrucciones")
    assert any(ws.data_validations.dataValidation for ws in wb.worksheets)
    report = import_workbook(project, path)
    assert not report.problems
    commitment = next(iter(project.rows(m.Commitment)))
    results = project.rows(m.Result, commitment_id=commitment.id)
    assert sorted(r.level for r in results) == ["activity", "goal", "output", "purpose"]
    output = next(r for r in results if r.level == "output")
    assert project.rows(m.Indicator, result_id=output.id)[0].baseline_value == 30.3
    again = import_workbook(project, path)
    assert again.totals().added == 0


def test_template_for_a_project_lists_its_plans(small_project, tmp_path):
    path = tmp_path / "template.xlsx"
    write_template(path, "es", small_project)
    assert load_workbook(path)["Planes"]["A2"].value == small_project.ids["plan"]
    report = import_workbook(small_project, path)
    assert report.counts["action_plan"].unchanged == 1
    assert report.counts["commitment"].added == 1
    assert len(small_project.rows(m.ActionPlan)) == 1
