import datetime as dt

import pytest
from openpyxl import load_workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.errors import Cancelled
from matrix_app.services.excel.export import export_workbook
from matrix_app.services.excel.layout import SHEETS, columns, sheet_name

HOSTILE = ["=1+2", "+SUM(A1:A2)", "-2+3", "@SUM(A1)", "\t=cmd", "\r=cmd", '=HYPERLINK("http://x")']


def test_data_sheets_have_ids_parents_types_and_layout(exported):
    project, path = exported
    wb = load_workbook(path)
    for table in SHEETS:
        ws = wb[sheet_name(table, "en")]
        assert ws.freeze_panes == "B2"
        headers = [c.value for c in ws[1]]
        assert headers == [c.header("en") for c in columns(table)]
        assert ws.column_dimensions["A"].width > 20
    ws = wb["Indicators"]
    row = {h.value: c for h, c in zip(ws[1], ws[2], strict=True)}
    assert row["id"].value == project.ids["indicator"]
    assert row["Logframe row id"].value == project.ids["output"]
    assert row["Baseline"].data_type == "n" and row["Baseline"].value == 30.3
    assert isinstance(row["Baseline date"].value, dt.datetime)  # a real date, not text
    assert row["Baseline date"].is_date
    assert row["Direction"].value == "Increase"
    results = wb["Logframe rows"]
    levels = [r[3] for r in results.iter_rows(min_row=2, values_only=True)]
    assert levels == ["Goal", "Purpose", "Output", "Activity"]


def test_vocabulary_columns_have_dropdowns_from_a_hidden_sheet(exported):
    _, path = exported
    wb = load_workbook(path)
    lists = wb["Lists"]
    assert lists.sheet_state == "hidden"
    ws = wb["Logframe rows"]
    level_col = [c.value for c in ws[1]].index("Level") + 1
    letter = ws.cell(1, level_col).column_letter
    dv = [d for d in ws.data_validations.dataValidation if f"{letter}2" in str(d.sqref)]
    assert len(dv) == 1 and dv[0].type == "list"
    ref = dv[0].formula1
    assert ref.startswith("'Lists'!$")
    col = ref.split("!$")[1].split("$")[0]
    values = [c.value for c in lists[col][1:] if c.value]
    assert values == ["Goal", "Purpose", "Output", "Activity"]
    assert "Instructions" in wb.sheetnames and wb.sheetnames[0] == "Instructions"


def test_spanish_export_labels_sheets_headers_and_values(small_project, tmp_path):
    path = tmp_path / "es.xlsx"
    export_workbook(small_project, path, "es")
    wb = load_workbook(path)
    assert "Compromisos" in wb.sheetnames and "Listas" in wb.sheetnames
    lf = wb["MML 1"]
    cells = [c for row in lf.iter_rows(values_only=True) for c in row if c]
    assert "Matriz de marco lógico" in cells
    assert ["Nivel", "Resumen narrativo", "Indicadores", "Medios de verificación", "Supuestos"] == [
        c.value for c in lf[5]
    ]
    assert [r[0] for r in lf.iter_rows(min_row=6, values_only=True)] == [
        "Fin",
        "Propósito",
        "Componente 1",
        "Actividad 1.1",
    ]
    indicators = lf["C8"].value
    assert "línea base 30,3 %" in indicators and "meta 90 %" in indicators
    assert lf.row_dimensions[8].height >= 30  # wrapped indicator text gets room
    assert lf.page_setup.orientation == "landscape"
    assert lf.print_title_rows == "$5:$5"


def test_english_logframe_sheet(exported):
    _, path = exported
    lf = load_workbook(path)["LF 1"]
    assert lf["A1"].value == "Logframe matrix"
    assert lf["A2"].value == "Commitment 1: Municipal transparency"
    assert [c.value for c in lf[5]][:3] == ["Level", "Narrative summary", "Indicators"]


def test_user_text_never_becomes_a_formula(small_project, tmp_path):
    c = small_project.ids["commitment"]
    for i, text in enumerate(HOSTILE):
        small_project.create(m.Evidence, commitment_id=c, kind="note", title=text, note=f"n{i}")
    small_project.update(m.Commitment, c, title='=WEBSERVICE("http://evil")')
    path = tmp_path / "x.xlsx"
    export_workbook(small_project, path, "en")
    wb = load_workbook(path)
    ws = wb["Evidence"]
    titles = {r[5].value: r[5] for r in ws.iter_rows(min_row=2)}
    for text in HOSTILE:
        # XML turns a carriage return into a line feed, so it is written as _x000D_
        cell = titles[text.replace("\r", "_x000D_")]
        assert cell.data_type == "s", text
        assert cell.quotePrefix
    title = wb["Commitments"]["D2"]
    assert title.data_type == "s" and title.value.startswith("=WEBSERVICE")
    lf_title = wb["LF 1"]["A2"]
    assert lf_title.data_type == "s"
    # no cell of any sheet is a formula
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            assert all(cell.data_type != "f" for cell in row), sheet.title


def test_control_characters_and_carriage_returns_survive_a_round_trip(small_project, tmp_path):
    from matrix_app.services.excel.importing import import_workbook
    from matrix_app.services.project import Project

    from .conftest import digest

    texts = ["line 1\r\nline 2", "\r=cmd", "bell\x07 and tab\x0b", "literal _x000D_ text"]
    for text in texts:
        small_project.create(m.Evidence, commitment_id=small_project.ids["commitment"], title=text)
    path = tmp_path / "x.xlsx"
    export_workbook(small_project, path, "en")
    with Project.new(tmp_path / "n.nap") as fresh:
        import_workbook(fresh, path)
        assert sorted(e.title for e in fresh.rows(m.Evidence)) == sorted(texts)
        assert digest(fresh) == digest(small_project)


def test_cancelled_export_leaves_no_file(small_project, tmp_path):
    path = tmp_path / "x.xlsx"
    with pytest.raises(Cancelled):
        export_workbook(small_project, path, "en", cancelled=lambda: True)
    assert not path.exists()
    assert list(tmp_path.glob("*.xlsx")) == []


def test_progress_reaches_the_total(small_project, tmp_path):
    seen = []
    export_workbook(small_project, tmp_path / "x.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1]
