"""The exported workbook looks as it did when openpyxl wrote it (issue 16: xlsxwriter now does).

``golden/`` holds ``shape.describe`` of the Chile sample project's export as written by the
old openpyxl writer (commit before the switch). Every value, type, number format, style,
width, height, drop-down, hidden sheet and print setting must still be the same.
Regenerate only on purpose: ``MATRIX_REGEN_GOLDEN=1 pytest tests/unit/excel/test_export_shape.py``.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
from pathlib import Path

import pytest

from matrix_app.services.excel.export import export_workbook
from matrix_app.services.project import Project

from .shape import describe

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "sample_projects" / "chile-nap-2014-2016.nap"
GOLDEN = Path(__file__).parent / "golden"


def _normal(d):
    return json.loads(json.dumps(d))  # tuples -> lists, as in the stored file


@pytest.mark.parametrize("lang", ["es", "en"])
def test_export_looks_as_the_openpyxl_writer_made_it(tmp_path, lang):
    nap = tmp_path / "sample.nap"
    shutil.copy(SAMPLE, nap)
    out = tmp_path / "export.xlsx"
    with Project.open(nap, read_only=True) as p:
        export_workbook(p, out, lang)
    got = _normal(describe(out))
    golden = GOLDEN / f"chile-export-{lang}.json.gz"
    if os.environ.get("MATRIX_REGEN_GOLDEN"):
        golden.write_bytes(gzip.compress(json.dumps(got, indent=0).encode(), mtime=0))
    want = json.loads(gzip.decompress(golden.read_bytes()))
    assert got["sheets"] == want["sheets"]
    assert got["properties"] == want["properties"]
    for title in want["sheets"]:
        g, w = got[title], want[title]
        for key in w:
            if key == "cells":
                continue
            assert g[key] == w[key], (title, key)
        g_cells = [[*c[:3], got["styles"][c[3]]] for c in g["cells"]]
        w_cells = [[*c[:3], want["styles"][c[3]]] for c in w["cells"]]
        assert g_cells == w_cells, title
