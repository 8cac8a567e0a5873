"""Hostile or broken files are refused with a clear message, before parsing where possible."""

import struct
import zipfile

import openpyxl
import pytest
from openpyxl import Workbook, load_workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.errors import ExcelFileError
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.excel.safety import check_workbook_file

from .conftest import digest, rewrite_part, set_cell_formula, sheet_part

BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)


def _code(excinfo) -> str:
    return excinfo.value.code


def test_formulas_are_taken_as_cached_values_with_a_warning(exported, tmp_path):
    project, path = exported
    part = sheet_part(path, "Measurements")
    forged = rewrite_part(
        path, tmp_path / "f.xlsx", part,
        lambda xml: set_cell_formula(xml, "E2", 'WEBSERVICE("http://evil")+1', "91.5"),
    )  # fmt: skip
    report = import_workbook(project, forged)
    assert project.get(m.Measurement, project.ids["measurement"]).value == 91.5
    (w,) = report.warnings
    assert (w.sheet, w.issue.code) == ("Measurements", "formula")
    assert "E2" in w.message("en") and "nunca se ejecutan" in w.message("es")


def test_openpyxl_parses_through_defusedxml():
    assert openpyxl.xml.DEFUSEDXML is True


def test_xml_bomb_is_refused(exported, tmp_path):
    project, path = exported
    part = sheet_part(path, "Plans")
    bomb = rewrite_part(
        path, tmp_path / "bomb.xlsx", part,
        lambda xml: BOMB + xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else BOMB + xml,
    )  # fmt: skip
    before = digest(project)
    with pytest.raises(ExcelFileError) as info:
        import_workbook(project, bomb)
    assert _code(info) == "hostile_xml"
    assert digest(project) == before
    # and if our check were bypassed, openpyxl itself refuses it through defusedxml
    from defusedxml import DefusedXmlException

    with pytest.raises(ValueError) as raw:
        load_workbook(bomb)
    cause = raw.value.__cause__ or raw.value.__context__
    assert isinstance(cause, DefusedXmlException)


def test_bomb_in_shared_strings_is_refused(tmp_path):
    wb = Workbook()
    wb.active["A1"] = "x"
    wb.save(tmp_path / "s.xlsx")
    bad = rewrite_part(
        tmp_path / "s.xlsx", tmp_path / "b.xlsx", "xl/workbook.xml",
        lambda xml: BOMB + xml.split(b"?>", 1)[-1],
    )  # fmt: skip
    with pytest.raises(ExcelFileError) as info:
        check_workbook_file(bad)
    assert _code(info) == "hostile_xml"


def test_zip_bomb_is_refused_before_parsing(tmp_path):
    path = tmp_path / "zipbomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (30 * 1024 * 1024))  # ~30 KB zipped
    assert path.stat().st_size < 100_000
    with pytest.raises(ExcelFileError) as info:
        check_workbook_file(path)
    assert _code(info) == "too_big"


def test_declared_uncompressed_size_is_checked_without_inflating(exported, tmp_path):
    _, path = exported
    data = bytearray(path.read_bytes())
    # Forge the central directory: every entry claims to unpack to 3 GB.
    offset = 0
    while (offset := data.find(b"PK\x01\x02", offset)) != -1:
        struct.pack_into("<I", data, offset + 24, 3_000_000_000)
        offset += 4
    forged = tmp_path / "forged.xlsx"
    forged.write_bytes(bytes(data))
    with pytest.raises(ExcelFileError) as info:
        check_workbook_file(forged)
    assert _code(info) == "too_big"
    assert "MB" in info.value.message("es")


def test_limit_is_a_parameter(exported):
    _, path = exported
    with pytest.raises(ExcelFileError):
        check_workbook_file(path, max_uncompressed=1000)


def test_old_xls_file(tmp_path):
    path = tmp_path / "old.xlsx"
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    path.write_bytes(header + "Workbook".encode("utf-16-le") + b"\0" * 2000)
    with pytest.raises(ExcelFileError) as info:
        check_workbook_file(path)
    assert _code(info) == "xls"
    assert ".xlsx" in info.value.message("es")


def test_password_protected_workbook(tmp_path):
    # Excel stores an encrypted .xlsx as an OLE container with EncryptionInfo/EncryptedPackage.
    path = tmp_path / "secret.xlsx"
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    body = "EncryptionInfo".encode("utf-16-le") + b"\0" * 64
    body += "EncryptedPackage".encode("utf-16-le") + b"\0" * 2000
    path.write_bytes(header + body)
    with pytest.raises(ExcelFileError) as info:
        check_workbook_file(path)
    assert _code(info) == "encrypted"
    assert "contraseña" in info.value.message("es")


def test_csv_renamed_to_xlsx(tmp_path):
    path = tmp_path / "data.xlsx"
    path.write_text("Nivel;Resumen narrativo\nFin;Transparencia\n", encoding="utf-8")
    with pytest.raises(ExcelFileError) as info:
        check_workbook_file(path)
    assert _code(info) == "csv"


def test_truncated_workbook(exported, tmp_path):
    _, path = exported
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(ExcelFileError) as info:
        check_workbook_file(cut)
    assert _code(info) == "truncated"


@pytest.mark.parametrize(
    ("content", "code"), [(b"", "empty"), (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "not_xlsx")]
)
def test_empty_and_foreign_files(tmp_path, content, code):
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    with pytest.raises(ExcelFileError) as info:
        check_workbook_file(path)
    assert _code(info) == code


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", "<w/>")
    with pytest.raises(ExcelFileError) as info:
        check_workbook_file(path)
    assert _code(info) == "not_xlsx"


def test_missing_file(tmp_path):
    with pytest.raises(ExcelFileError) as info:
        check_workbook_file(tmp_path / "nope.xlsx")
    assert _code(info) == "missing"
