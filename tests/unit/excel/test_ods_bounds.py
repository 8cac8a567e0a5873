"""An .ods from another agency is untrusted input too: calamine parses its whole content
part on opening, so ``ods_bounds`` scans it first, with the .xlsx limits.

The repetition attributes are the format's own lever: one cell repeated to the last column
in a row repeated 100,000 times is 1.6 billion cells, which calamine tries to build (it
failed past 3 GB in a trial). Each forged file is a few KB; refusals are one sentence naming
the sheet, exit 2 on the command line under a memory cap, the project unchanged."""

from __future__ import annotations

import hashlib
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

import matrix_app
from matrix_app.services.excel.errors import ExcelFileError
from matrix_app.services.excel.importing import detect
from matrix_app.services.project import Project

from .ods_books import Rep, cell, ods, table

SHEET = "Hoja1"
HEAD = [["Nivel", "Objetivo", "Indicador"], ["Fin", "Acercar la justicia", None]]


def _book(tmp_path: Path, body: str, **kw) -> Path:
    rows = "".join(
        f"<table:table-row>{''.join(cell(v) for v in r)}</table:table-row>" for r in HEAD
    )
    return ods(tmp_path / "hostile.ods", [table(SHEET, rows + body)], **kw)


def repeated_everywhere(tmp_path):
    x = cell("x", 16384)
    return _book(
        tmp_path, f'<table:table-row table:number-rows-repeated="100000">{x}</table:table-row>'
    )


def million_rows(tmp_path):
    x = cell("x", 9)
    return _book(
        tmp_path, f'<table:table-row table:number-rows-repeated="1000000">{x}</table:table-row>'
    )


def repeated_text(tmp_path):
    x = cell("y" * 30_000)
    return _book(
        tmp_path, f'<table:table-row table:number-rows-repeated="2000">{x}</table:table-row>'
    )


def far_row(tmp_path):
    gap = '<table:table-row table:number-rows-repeated="1048575"><table:table-cell/></table:table-row>'
    return _book(tmp_path, gap + f"<table:table-row>{cell('x')}</table:table-row>")


def wide_row(tmp_path):
    return _book(tmp_path, f"<table:table-row>{cell('x', 16384)}</table:table-row>")


CASES = [
    (repeated_everywhere, "too_many_cells", "past 2000000 cells"),
    (wide_row, "too_many_columns", "right of column GR"),
    (million_rows, "too_many_cells", "past 2000000 cells"),
    (repeated_text, "too_much_text", "past 50 million characters"),
    (far_row, "too_many_rows", "A1048578"),
]


@pytest.mark.parametrize(("build", "code", "words"), CASES, ids=[c[1] for c in CASES])
def test_a_repeated_cell_costs_what_it_repeats(tmp_path, build, code, words):
    with pytest.raises(ExcelFileError) as refused:
        detect(build(tmp_path))
    assert refused.value.code == code
    text = refused.value.message("en")
    assert f"sheet “{SHEET}”" in text and words in text, text


def test_an_empty_formatted_tail_costs_nothing(tmp_path):
    tail = Rep(1_048_570, [Rep(16384)])
    book = ods(tmp_path / "tail.ods", [table(SHEET, [*HEAD, tail])])
    assert detect(book).kind == "logframe"


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda p: _book(p, "", prolog='<!DOCTYPE x [<!ENTITY a "b">]>'), "hostile_xml"),
        (lambda p: _book(p, '<table:table-row table:number-rows-repeated="-3"/>'), "unreadable"),
        (lambda p: _book(p, "<table:table-row><table:table-cell>"), "unreadable"),  # cut short
        (lambda p: ods(p / "empty.ods", [], extra={}).with_name("empty.ods"), None),
    ],
    ids=["doctype", "negative-repeat", "not-well-formed", "no-sheet"],
)
def test_a_broken_or_hostile_content_is_one_sentence(tmp_path, make, code):
    book = make(tmp_path)
    if code is None:  # no sheet at all: nothing to import, said as such
        assert detect(book).kind == "other"
        return
    with pytest.raises(ExcelFileError) as refused:
        detect(book)
    assert refused.value.code == code
    assert "Traceback" not in refused.value.message("es")


def test_a_big_small_part_is_refused(tmp_path):
    filler = os.urandom(9 * 1024 * 1024).hex()  # 18 MB that does not compress away
    book = _book(tmp_path, "", extra={"styles.xml": f"<?xml version='1.0'?><!-- {filler} --><x/>"})
    with pytest.raises(ExcelFileError) as refused:
        detect(book)
    assert refused.value.code == "part_too_big" and "styles.xml" in refused.value.message("en")


def _cap_memory() -> None:
    cap = 2 * 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def test_the_command_line_refuses_it_and_the_project_is_unchanged(tmp_path):
    nap = tmp_path / "plan.nap"
    Project.new(nap, title="Plan").close()
    before = hashlib.sha256(nap.read_bytes()).hexdigest()
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(matrix_app.__file__).parents[1]),
        "MATRIX_LANG": "es",
    }
    done = subprocess.run(
        [sys.executable, "-m", "matrix_app", "import-xlsx", str(nap), str(repeated_everywhere(tmp_path))],
        capture_output=True, text=True, timeout=90, env=env, preexec_fn=_cap_memory,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    assert f"la hoja “{SHEET}”" in done.stderr
    assert hashlib.sha256(nap.read_bytes()).hexdigest() == before
