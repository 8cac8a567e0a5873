"""Issue 16: the first tree, dashboard and quality panel are read with sqlite3 alone
(``services/first_read.py``, ``ui/first_data.py``); every figure and finding must be what the
ORM's whole read gives, and every file an ordinary open refuses is refused first."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from matrix_app.domain import models as m
from matrix_app.paths import sample_project
from matrix_app.services import first_read as fr
from matrix_app.services import translations as tr
from matrix_app.services.live_rows import plain_class
from matrix_app.services.outline import project_outline
from matrix_app.services.project import Project
from matrix_app.services.snapshot_read import load_snapshot
from matrix_app.services.translation_findings import TEXT_FIELDS
from matrix_app.services.view_columns import NARROW
from matrix_app.storage.errors import ProjectFileError
from matrix_app.storage.lock import EditLock
from matrix_app.ui.first_data import open_preview
from matrix_app.ui.project_data import build_project_data

TODAY = dt.date(2015, 9, 1)  # inside the sample's plan: progress and schedule vary
READ = ("action_plan", "institution", "commitment", "commitment_institution", "result",
        "indicator", "target", "target_revision", "measurement", "evidence", "narrative")  # fmt: skip


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "sample.nap"
    shutil.copyfile(sample_project(), path)
    return path


@pytest.fixture
def generated(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    try:
        from generate import generate
    finally:
        sys.path.pop(0)
    return generate(tmp_path / "g.nap", 12, journal=False)


def _first(path: Path):
    conn = sqlite3.connect(path)
    try:
        return fr.read_first(conn)
    finally:
        conn.close()


def _assert_same(path: Path) -> None:
    with Project.open(path, author="Ana") as p:
        with p.read() as s:
            whole = build_project_data(load_snapshot(s), TODAY)  # ORM objects, every column
        outline = project_outline(p)
    lines, snapshot, meta = _first(path)
    first = build_project_data(snapshot, TODAY)
    assert first.rows == whole.rows
    assert first.findings == whole.findings
    assert first.by_commitment == whole.by_commitment
    assert first.codes == whole.codes
    assert lines == outline
    assert meta["project_id"]
    assert sum(map(len, whole.rows.values())) > 0


def test_the_first_read_gives_every_figure_of_the_orm_on_the_sample(sample):
    _assert_same(sample)


def test_the_first_read_on_a_generated_project(generated):
    _assert_same(generated)


def test_the_first_read_of_a_bilingual_project_finds_the_same_untranslated_texts(sample):
    with Project.open(sample, author="Ana") as p:
        commitment = p.rows(m.Commitment)[0]
        tr.set_translation(p, "commitment", commitment.id, "title", "en", "A title")
    _assert_same(sample)
    _lines, snapshot, _meta = _first(sample)
    assert any(f.code == "text_not_translated" for f in build_project_data(snapshot).findings)


def test_first_rows_hold_the_values_and_types_of_the_narrow_orm_read(sample):
    with Project.open(sample) as p, p.read() as s:
        narrow = load_snapshot(s, plain=True, narrow=True)
    _lines, first, _meta = _first(sample)
    pairs = 0
    for wp, fp in zip(narrow.plans, first.plans, strict=True):
        assert vars(wp.plan) == vars(fp.plan)
        for wc, fc in zip(wp.commitments, fp.commitments, strict=True):
            assert vars(wc.commitment) == vars(fc.commitment)
            for table, (a, b) in {
                "result": (wc.results, fc.results),
                "indicator": (wc.indicators, fc.indicators),
                "evidence": (wc.evidence, fc.evidence),
                "measurement": ([x for xs in wc.measurements.values() for x in xs],
                                [x for xs in fc.measurements.values() for x in xs]),
            }.items():  # fmt: skip
                assert len(a) == len(b)
                for row, twin in zip(a, b, strict=True):
                    for name in NARROW[table]:
                        x, y = getattr(row, name), getattr(twin, name)
                        assert (x, type(x)) == (y, type(y)), (table, name)
                        pairs += 1
    assert pairs > 500


def test_stored_columns_texts_methods_and_constants_are_the_models():
    assert TEXT_FIELDS == {t: m.text_fields(t) for t in m.TRANSLATABLE_TABLES}
    for table in READ:
        cls = m.ENTITIES[table]
        assert [c for c, _ in fr.table_columns()[table]] == list(cls.__table__.columns.keys())
        twin = fr.plain_twin(table)
        for name, value in vars(plain_class(cls)).items():
            if name.startswith("_"):
                continue
            got = getattr(twin, name)
            if callable(value):  # a copy: the same byte code, constants and names
                assert _code(got.__code__) == _code(value.__code__), (table, name)
            else:
                assert got == value, (table, name)


def _code(code) -> tuple:
    """A code object's byte code, names and constants (nested code alike), not its place."""
    consts = tuple(_code(c) if hasattr(c, "co_code") else c for c in code.co_consts)
    return code.co_code, code.co_names, code.co_varnames, consts


def _damage(path: Path, how: str) -> None:
    if how == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA application_id=1")
        conn.close()
    elif how == "newer":
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA user_version=99")
        conn.close()
    elif how == "trigger":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TRIGGER t AFTER UPDATE ON meta BEGIN SELECT 1; END")
        conn.commit()
        conn.close()
    elif how == "cut":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize("how", ["foreign", "newer", "trigger", "cut"])
def test_the_preview_refuses_what_an_open_refuses_with_the_same_message(sample, how):
    _damage(sample, how)
    with pytest.raises(ProjectFileError) as opened:
        Project.open(sample).close()
    with pytest.raises(ProjectFileError) as previewed:
        open_preview(sample)
    assert previewed.value.message() == opened.value.message()
    lock = EditLock(sample)  # nothing left held
    assert lock.acquire()
    lock.release()


def test_the_preview_holds_the_edit_lock_until_released(sample):
    preview = open_preview(sample)
    try:
        with Project.open(sample) as other:
            assert other.read_only_why == "locked"
    finally:
        preview.checked.release()
    with Project.open(sample) as again:
        assert again.read_only_why is None
