"""An import checks the workbook's container once and reads its zip directory a few times,
not once per sheet (issue 16: on the 2,000-commitment workbook the two checks cost 0.3 s
each and the 20 directory reads 0.3 s); a file changed after its check is checked again."""

from __future__ import annotations

import os
import zipfile

import pytest
from openpyxl import Workbook

from matrix_app.services.excel import safety
from matrix_app.services.excel.errors import ExcelFileError
from matrix_app.services.excel.export import export_workbook
from matrix_app.services.excel.importing import import_workbook


@pytest.mark.parametrize("remembered", range(14, 19))
def test_an_import_opens_the_zip_a_few_times_whatever_its_sheets(
    project, tmp_path, monkeypatch, remembered
):
    """Also after other workbooks were checked in this process (the record is bounded: a full
    record once forgot the file being imported between its two looks, 7 opens)."""
    monkeypatch.setattr(safety, "_PASSED", {("other", i): None for i in range(remembered)})
    book = tmp_path / "all.xlsx"
    export_workbook(project, book)
    with zipfile.ZipFile(book) as zf:
        sheets = sum(n.startswith("xl/worksheets/") for n in zf.namelist())
    assert sheets >= 10
    opened = []
    real = zipfile.ZipFile.__init__

    def counting(self, *a, **k):
        opened.append(a[0] if a else None)
        real(self, *a, **k)

    monkeypatch.setattr(zipfile.ZipFile, "__init__", counting)
    import_workbook(project, book, dry_run=True)
    assert len(opened) <= 6, len(opened)  # was 21 for this workbook: one per sheet scanned


def test_a_workbook_changed_after_its_check_is_checked_again(tmp_path):
    path = tmp_path / "b.xlsx"
    wb = Workbook()
    wb.active["A1"] = "Nivel"
    wb.save(path)
    safety.check_workbook_file(path)
    safety.check_workbook_file(path)  # remembered
    st = path.stat()
    with zipfile.ZipFile(path, "a") as zf:  # now with a DOCTYPE in a part it parses
        zf.writestr("xl/theme/theme9.xml", '<!DOCTYPE x [<!ENTITY a "b">]><x/>')
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # even with the old mtime
    with pytest.raises(ExcelFileError) as refused:
        safety.check_workbook_file(path)
    assert refused.value.code == "hostile_xml"
