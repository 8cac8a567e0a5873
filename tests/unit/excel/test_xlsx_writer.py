"""The xlsxwriter-based writer (issue 16): text that looks like XML, rich text, escapes or a
formula stays exactly that text; floats stay exact; a failed or cancelled export leaves
nothing behind."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import load_workbook

from matrix_app.domain import models as m
from matrix_app.services.excel import xlsx_writer
from matrix_app.services.excel.errors import Cancelled, ExcelFileError
from matrix_app.services.excel.export import export_workbook
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project

from .conftest import digest

TRICKY = [
    "<r><t>rich?</t></r>",  # xlsxwriter would write this into the XML as it is
    '<r><t>a</t></r></is></c><c r="Z9"><f>CMD()</f></c><is><r><t>b</t></r>',
    "a x005F_ b",  # openpyxl's shared-string reader drops every "x005F_"
    "literal _x005F_x0041_ and _x0041_",
    "&amp; <b> & \"quotes\" 'single'",
    "  leading and trailing  ",
    "=1+2",
    "\ufeffbom",
    "ünïcödé ✓ 中文",
]


def test_tricky_text_and_exact_floats_survive_a_round_trip(small_project, tmp_path):
    c = small_project.ids["commitment"]
    for i, text in enumerate(TRICKY):
        small_project.create(m.Evidence, commitment_id=c, kind="note", title=text, note=f"n{i}")
    ind = small_project.ids["indicator"]
    for value in (0.1 + 0.2, 1 / 3, 123456789.12345679, 1e-9, 2.0**60):
        small_project.create(
            m.Measurement, indicator_id=ind, commitment_id=c, measured_on="2015-06-30", value=value
        )
    path = tmp_path / "x.xlsx"
    export_workbook(small_project, path, "en")
    with zipfile.ZipFile(path) as z:
        sheet_xml = b"".join(z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/"))
        assert "xl/sharedStrings.xml" not in z.namelist()  # inline strings, as before
    assert b"<f>" not in sheet_xml and b"<r><t>" not in sheet_xml
    wb = load_workbook(path)
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            assert all(cell.data_type != "f" for cell in row), sheet.title
    with Project.new(tmp_path / "n.nap") as fresh:
        import_workbook(fresh, path)
        titles = {e.title for e in fresh.rows(m.Evidence)}
        assert set(TRICKY) - titles == set()
        values = {x.value for x in fresh.rows(m.Measurement)}
        assert {0.1 + 0.2, 1 / 3, 123456789.12345679, 1e-9, 2.0**60} - values == set()
        assert digest(fresh) == digest(small_project)


def test_quote_prefix_on_formula_like_text_in_every_sheet_kind(small_project, tmp_path):
    small_project.update(m.Commitment, small_project.ids["commitment"], title="@SUM(A1)")
    path = tmp_path / "x.xlsx"
    export_workbook(small_project, path, "en")
    wb = load_workbook(path)
    cell = wb["Commitments"]["D2"]
    assert cell.value == "@SUM(A1)" and cell.data_type == "s" and cell.quotePrefix
    assert wb["LF 1"]["A2"].value == "Commitment 1: @SUM(A1)"


@pytest.mark.parametrize("where", ["cancel", "save"])
def test_cancel_or_failure_leaves_no_file(small_project, tmp_path, monkeypatch, where):
    path = tmp_path / "x.xlsx"
    if where == "save":

        def broken(self):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(xlsx_writer._Workbook, "close", broken)
        with pytest.raises(ExcelFileError):
            export_workbook(small_project, path, "en")
    else:
        with pytest.raises(Cancelled):
            export_workbook(small_project, path, "en", cancelled=lambda: True)
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx"] == []


def test_an_existing_file_is_replaced_only_when_the_new_one_is_complete(small_project, tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"old")
    with pytest.raises(Cancelled):
        export_workbook(small_project, path, "en", cancelled=lambda: True)
    assert path.read_bytes() == b"old"
    export_workbook(small_project, path, "en")
    assert zipfile.is_zipfile(path)
    assert (path.stat().st_mode & 0o777) == (0o666 & ~_umask())


def _umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_text_longer_than_a_cell_is_cut_to_excels_limit_and_imports(small_project, tmp_path):
    long = ("bell\x07 " * 7000)[:40000]  # escaped, far over 32,767 characters
    c = small_project.ids["commitment"]
    small_project.create(m.Evidence, commitment_id=c, kind="note", title="long", note=long)
    path = tmp_path / "x.xlsx"
    export_workbook(small_project, path, "en")
    with Project.new(tmp_path / "n.nap") as fresh:
        import_workbook(fresh, path)
        (note,) = [e.note for e in fresh.rows(m.Evidence) if e.title == "long"]
    assert 16000 < len(note) < 32767 and long.startswith(note)  # 32,767 once escaped
