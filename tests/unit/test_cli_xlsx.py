"""export-xlsx and template-xlsx through the command line: a real process, its exit code, its
message, and the workbook it wrote re-opened with openpyxl."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

import matrix_app
from matrix_app.domain import models as m
from matrix_app.paths import sample_project
from matrix_app.services.project import Project

SRC = str(Path(matrix_app.__file__).parents[1])


def cli(*args: str, lang: str = "en", cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": SRC, "MATRIX_LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "matrix_app", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
    )


@pytest.fixture
def sample(tmp_path) -> Path:
    path = tmp_path / "sample.nap"
    shutil.copy(sample_project(), path)
    return path


def test_export_xlsx_writes_a_workbook_of_the_project(sample, tmp_path):
    before = sample.read_bytes()
    out = tmp_path / "export.xlsx"
    done = cli("export-xlsx", str(sample), str(out))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.startswith(f"{out}: action_plan 2, institution 13, commitment 7,")
    book = load_workbook(out, read_only=True)
    try:
        commitments = book["Commitments"]
        header = [c.value for c in next(commitments.iter_rows(max_row=1))]
        rows = [r for r in commitments.iter_rows(min_row=2, values_only=True) if any(r)]
        titles = sorted(r[header.index("Title")] for r in rows)
    finally:
        book.close()
    with Project.open(sample, read_only=True) as project:
        assert titles == sorted(c.title for c in project.rows(m.Commitment))
    assert len(titles) == 7
    assert sample.read_bytes() == before  # exported read-only


def test_export_xlsx_in_spanish_without_logframes(sample, tmp_path):
    out = tmp_path / "exportación.xlsx"
    done = cli("export-xlsx", str(sample), str(out), "--no-logframes", lang="es")
    assert done.returncode == 0, done.stderr
    with_logframes = tmp_path / "full.xlsx"
    assert cli("export-xlsx", str(sample), str(with_logframes)).returncode == 0
    short = load_workbook(out, read_only=True)
    full = load_workbook(with_logframes, read_only=True)
    try:
        assert len(short.sheetnames) < len(full.sheetnames)
    finally:
        short.close()
        full.close()


@pytest.mark.parametrize(
    ("where", "en", "es"),
    [
        ("missing-folder", "Cannot write", "No se puede escribir"),
        ("a-folder", "Is a directory", "Elija una carpeta"),
    ],
)
def test_export_xlsx_to_a_bad_path_is_exit_2(sample, tmp_path, where, en, es):
    out = tmp_path / "nowhere" / "x.xlsx" if where == "missing-folder" else tmp_path
    for lang, words in (("en", en), ("es", es)):
        done = cli("export-xlsx", str(sample), str(out), lang=lang)
        assert done.returncode == 2
        assert done.stdout == ""
        assert words in done.stderr and str(out) in done.stderr
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert not (tmp_path / "nowhere").exists()


def test_export_xlsx_of_a_missing_project_is_exit_2(tmp_path):
    out = tmp_path / "x.xlsx"
    done = cli("export-xlsx", str(tmp_path / "none.nap"), str(out))
    assert done.returncode == 2
    assert "none.nap: no such file" in done.stderr
    assert not out.exists()


def test_template_xlsx_writes_a_blank_workbook(tmp_path):
    out = tmp_path / "plantilla.xlsx"
    done = cli("template-xlsx", str(out), "--lang", "es")
    assert (done.returncode, done.stdout, done.stderr) == (0, f"{out}\n", "")
    book = load_workbook(out)
    try:
        assert book.sheetnames
        assert all(ws.max_row >= 1 for ws in book.worksheets)
    finally:
        book.close()


def test_template_xlsx_lists_the_project_s_institutions(sample, tmp_path):
    blank = tmp_path / "blank.xlsx"
    listed = tmp_path / "listed.xlsx"
    assert cli("template-xlsx", str(blank)).returncode == 0
    done = cli("template-xlsx", str(listed), "--project", str(sample))
    assert done.returncode == 0, done.stderr

    def values(path: Path) -> set[str]:
        book = load_workbook(path, read_only=True)
        try:
            return {
                str(v)
                for ws in book.worksheets
                for row in ws.iter_rows(values_only=True)
                for v in row
                if v is not None
            }
        finally:
            book.close()

    added = values(listed) - values(blank)
    assert any("Ministerio" in v for v in added), sorted(added)[:20]


def test_template_xlsx_bad_paths_are_exit_2(tmp_path):
    cases = [
        (("template-xlsx", str(tmp_path / "no" / "t.xlsx")), "Cannot write"),
        (("template-xlsx", str(tmp_path)), "Is a directory"),
        (
            ("template-xlsx", str(tmp_path / "t.xlsx"), "--project", str(tmp_path / "none.nap")),
            "none.nap: no such file",
        ),
    ]
    for args, words in cases:
        done = cli(*args)
        assert done.returncode == 2, args
        assert words in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []
