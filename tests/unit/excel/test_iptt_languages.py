"""A USAID IPTT is read the same in French, Spanish and Portuguese as in English (blind set
3's French "TSIP"): the title line ("Activité :"), the baseline's year and value, each fiscal
year's target and quarters (AF = année / año / ano fiscal, ending 30 September), the
end-of-project target and the section rows. An indicator's number in its own column is no
part of its name, and that column is listed as not imported (the project keeps no code for
an indicator)."""

from __future__ import annotations

from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project

NB = "\u00a0"


def _import(tmp_path, rows, merges=()):
    wb = Workbook()
    ws = wb.active
    ws.title = "Suivi"
    for row in rows:
        ws.append(row)
    for rng in merges:
        ws.merge_cells(rng)
    path = tmp_path / "iptt.xlsx"
    wb.save(path)
    project = Project.new(tmp_path / "p.nap")
    report = import_workbook(project, path)
    return project, report


def _dump(project):
    results = {r.id: r for r in project.rows(m.Result)}
    out = {}
    for i in project.rows(m.Indicator):
        out[i.name] = {
            "of": (results[i.result_id].level, results[i.result_id].narrative),
            "baseline": (i.baseline_value, i.baseline_date and i.baseline_date.isoformat()),
            "targets": sorted((t.due_date.isoformat(), t.value)
                              for t in project.rows(m.Target, indicator_id=i.id)),
            "actuals": sorted((x.measured_on.isoformat(), x.value)
                              for x in project.rows(m.Measurement, indicator_id=i.id)),
        }  # fmt: skip
    return out


def test_a_french_iptt_lands_like_the_english_one(tmp_path):
    rows = [
        ["Tableau de suivi des indicateurs de performance"],
        ["Nom de l'activité : Gouvernance locale redevable"],
        ["Code", "Indicateur", "Unité", "Valeur de référence", None, "AF2018", None, None,
         "AF2019", "Cible de fin de projet (AF2020)"],
        [None, None, None, "Année", "Valeur", "Cible", "T1", "T2", "Cible", None],
        ["But : La gouvernance locale est renforcée"],
        ["OS 2 : Les communes gèrent leurs budgets de façon transparente"],
        ["2.1", "Citoyens ayant participé aux débats", "Nombre", "AF2017", f"1{NB}233",
         f"2{NB}000", "310", "n.d.", f"4{NB}000", f"6{NB}500"],
        ["RI 2.1 : Les citoyens votent le budget communal"],
        ["2.1.1", "2.1.1 Taux d'exécution du budget", "%", "AF2017", f"12,5{NB}%", f"20{NB}%",
         f"14,2{NB}%", None, f"30{NB}%", f"40{NB}%"],
    ]  # fmt: skip
    project, report = _import(tmp_path, rows, ["D3:E3", "F3:H3", "A5:J5", "A6:J6", "A8:J8"])
    with project:
        (c,) = project.rows(m.Commitment)
        assert c.title == "Gouvernance locale redevable"
        got = _dump(project)
        assert got["Citoyens ayant participé aux débats"] == {
            "of": ("purpose", "Les communes gèrent leurs budgets de façon transparente"),
            "baseline": (1233.0, "2017-09-30"),
            "targets": [("2018-09-30", 2000.0), ("2019-09-30", 4000.0), ("2020-09-30", 6500.0)],
            "actuals": [("2017-12-31", 310.0)],
        }
        assert got["Taux d'exécution du budget"] == {  # its number, written twice, is gone
            "of": ("output", "Les citoyens votent le budget communal"),
            "baseline": (12.5, "2017-09-30"),
            "targets": [("2018-09-30", 20.0), ("2019-09-30", 30.0), ("2020-09-30", 40.0)],
            "actuals": [("2017-12-31", 14.2)],
        }
        levels = sorted(r.level for r in project.rows(m.Result))
        assert levels == ["goal", "output", "purpose"]
    unused = [w for w in report.warnings if w.issue.code == "unused_column"]
    assert any("Code" in str(w.issue.params) for w in unused)


def test_a_spanish_iptt_with_ano_fiscal_and_a_life_of_project_target(tmp_path):
    rows = [
        ["Tabla de seguimiento de indicadores (IPTT)"],
        ["Actividad: Municipios transparentes"],
        ["N°", "Indicador", "Unidad", "Línea de base", None, "Año fiscal 2018", None, None,
         "Meta de vida del proyecto"],
        [None, None, None, "Año", "Valor", "Meta", "T1", "T2", None],
        ["OD 1: Los municipios publican sus cuentas"],
        ["1.1", "Municipios con portal", "%", "AF2017", "12,5 %", "20 %", "14 %", None, "40 %"],
    ]  # fmt: skip
    project, _report = _import(tmp_path, rows, ["D3:E3", "F3:H3", "A5:I5"])
    with project:
        got = _dump(project)
        assert got == {
            "Municipios con portal": {
                "of": ("purpose", "Los municipios publican sus cuentas"),
                "baseline": (12.5, "2017-09-30"),
                "targets": [("2018-09-30", 40.0)],  # the LOP target replaces the last year's
                "actuals": [("2017-12-31", 14.0)],
            }
        }


def test_a_portuguese_iptt_and_a_number_column_in_english(tmp_path):
    rows = [
        ["Indicator Performance Tracking Table (IPTT)"],
        ["Atividade: Orçamento aberto"],
        ["#", "Indicador", "Linha de base", "AF2019", None, "Meta final do projeto (AF2020)"],
        [None, None, "Valor", "Meta", "Real", None],
        ["RI 1.1 – Os cidadãos acompanham o orçamento"],
        ["7", "Cidadãos formados", "1.233", "2.000", "1.800", "3.000"],
    ]  # fmt: skip
    project, _report = _import(tmp_path, rows, ["D3:E3", "A5:F5"])
    with project:
        (c,) = project.rows(m.Commitment)
        assert c.title == "Orçamento aberto"
        got = _dump(project)
        assert got["Cidadãos formados"]["targets"] == [("2019-09-30", 2000.0),
                                                       ("2020-09-30", 3000.0)]  # fmt: skip
        assert got["Cidadãos formados"]["actuals"] == [("2019-09-30", 1800.0)]
        assert got["Cidadãos formados"]["baseline"][0] == 1233.0


def test_a_number_in_the_name_cell_alone_is_kept_as_written(tmp_path):
    rows = [
        ["Indicator Performance Tracking Table (IPTT)"],
        ["Activity: Open budgets"],
        ["No.", "Indicator", "Baseline", "FY2019 Target"],
        ["IR 1.1: Citizens follow the budget"],
        ["1.1.1", "Citizens trained", 10, 20],
        ["1.1.2", "1.1.9 Budget hearings held", 1, 4],  # another number: the name's own
    ]  # fmt: skip
    project, _report = _import(tmp_path, rows, ["A4:D4"])
    with project:
        assert sorted(_dump(project)) == ["1.1.9 Budget hearings held", "Citizens trained"]
