"""Helpers for Excel tests: exports, digests, and editing workbook parts byte by byte."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from matrix_app.services.digest import content_digest
from matrix_app.services.excel.export import export_workbook
from matrix_app.services.project import Project


def digest(project: Project) -> str:
    with project.read() as s:
        return content_digest(s)


def journal_count(project: Project) -> int:
    return len(project.history())


def rewrite_part(src: Path, dest: Path, part: str, fn) -> Path:
    """Copy a zip, passing one member's bytes through ``fn`` (to forge hostile workbooks)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == part:
                data = fn(data)
            zout.writestr(info.filename, data)
    return dest


def sheet_part(path: Path, title: str) -> str:
    from matrix_app.services.excel.safety import sheet_parts

    return sheet_parts(path)[title]


def set_cell_formula(xml: bytes, ref: str, formula: str, cached: str) -> bytes:
    """Replace cell ``ref`` with a formula cell carrying a cached numeric value."""
    pattern = re.compile(rb'<c r="' + ref.encode() + rb'"[^>]*?(/>|>.*?</c>)', re.DOTALL)
    new = f'<c r="{ref}"><f>{formula}</f><v>{cached}</v></c>'.encode()
    out, n = pattern.subn(new, xml, count=1)
    assert n == 1, ref
    return out


@pytest.fixture
def exported(small_project, tmp_path):
    """The small project exported in English; returns (project, path)."""
    path = tmp_path / "export.xlsx"
    export_workbook(small_project, path, "en")
    return small_project, path
