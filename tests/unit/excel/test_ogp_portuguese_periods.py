"""A Portuguese OGP follow-up sheet: "Início" / "Fim" columns, periods written as semesters
with ordinals ("1.º semestre de 2019") and months ("janeiro de 2019"): every milestone gets
both dates, each period its last day."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project


def _workbook(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Monitorização"
    rows = [
        ["Plano de Ação Nacional – monitorização"],
        ["Marco", "Entidade responsável", "Início", "Fim", "Grau de execução", "Estado"],
        ["Compromisso 1 – Dados abertos da administração local"],
        ["Publicar conjuntos de dados", "AMA", "janeiro de 2019", "dezembro de 2019", "100%",
         "Concluído"],
        ["Criar o guia", "AMA", "1.º semestre de 2019", "2.º semestre de 2020", "0%",
         "Não iniciado"],
        ["Formar os técnicos", "AMA", "3T 2019", "Ano 2020", "50%", "Em curso"],
    ]  # fmt: skip
    for row in rows:
        ws.append(row)
    ws.merge_cells("A3:F3")
    wb.save(path)
    return path


def test_portuguese_start_and_end_columns_and_period_dates(tmp_path):
    path = _workbook(tmp_path / "pt.xlsx")
    with Project.new(tmp_path / "p.nap") as project:
        import_workbook(project, path)
        dates = {
            r.narrative: (r.start_date, r.end_date, r.progress)
            for r in project.rows(m.Result)
            if r.level == "activity"
        }
    assert dates == {
        "Publicar conjuntos de dados": (dt.date(2019, 1, 31), dt.date(2019, 12, 31), 100.0),
        "Criar o guia": (dt.date(2019, 6, 30), dt.date(2020, 12, 31), 0.0),
        "Formar os técnicos": (dt.date(2019, 9, 30), dt.date(2020, 12, 31), 50.0),
    }
