"""Issue 16: the first views read only some columns, straight from the sqlite3 cursor
(``services/view_columns.py``, ``storage/light_read.py``); every figure they show must be
what reading every column through SQLAlchemy's ORM gives."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

import pytest

from matrix_app.domain import models as m
from matrix_app.paths import sample_project
from matrix_app.services import translations as tr
from matrix_app.services.project import Project
from matrix_app.services.snapshot_read import load_snapshot
from matrix_app.services.view_columns import NARROW
from matrix_app.ui.project_data import build_project_data, load_commitment_updates

TODAY = dt.date(2015, 9, 1)  # inside the sample's plan: progress and schedule vary
TABLES = {cls.__tablename__: cls for cls in m.Row.__subclasses__() if hasattr(cls, "__table__")}


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "sample.nap"
    shutil.copyfile(sample_project(), path)
    with Project.open(path, author="Ana") as p:
        yield p


@pytest.fixture
def generated(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    try:
        from generate import generate
    finally:
        sys.path.pop(0)
    path = generate(tmp_path / "g.nap", 12, journal=False)
    with Project.open(path, author="Ana") as p:
        yield p


def _both(p: Project):
    with p.read() as s:
        whole = build_project_data(load_snapshot(s), TODAY)  # ORM objects, every column
    with p.read() as s:
        narrow = build_project_data(load_snapshot(s, plain=True, narrow=True), TODAY)
    return whole, narrow


def _assert_same(p: Project) -> None:
    whole, narrow = _both(p)
    assert narrow.rows == whole.rows
    assert narrow.findings == whole.findings
    assert narrow.by_commitment == whole.by_commitment
    assert narrow.codes == whole.codes
    assert sum(map(len, whole.rows.values())) > 0


def test_narrow_read_gives_every_figure_of_the_whole_read_on_the_sample(sample):
    _assert_same(sample)


def test_narrow_read_on_a_generated_project(generated):
    _assert_same(generated)


def test_narrow_read_of_a_bilingual_project_finds_the_same_untranslated_texts(sample):
    commitment = sample.rows(m.Commitment)[0]
    tr.set_translation(sample, "commitment", commitment.id, "title", "en", "A title")
    whole, narrow = _both(sample)
    assert any(f.code == "text_not_translated" for f in whole.findings)
    assert narrow.findings == whole.findings


def test_narrow_rows_hold_the_values_and_types_sqlalchemy_returns(sample):
    with sample.read() as s:
        whole = load_snapshot(s)
    with sample.read() as s:
        narrow = load_snapshot(s, plain=True, narrow=True)
    pairs = 0
    for wp, np_ in zip(whole.plans, narrow.plans, strict=True):
        for wc, nc in zip(wp.commitments, np_.commitments, strict=True):
            groups = [
                (wc.results, nc.results),
                (wc.indicators, nc.indicators),
                (wc.evidence, nc.evidence),
                ([t for ts in wc.targets.values() for t in ts],
                 [t for ts in nc.targets.values() for t in ts]),
                ([x for xs in wc.measurements.values() for x in xs],
                 [x for xs in nc.measurements.values() for x in xs]),
            ]  # fmt: skip
            for rows, light in groups:
                assert len(rows) == len(light)
                for row, lite in zip(rows, light, strict=True):
                    for name in NARROW[row.__tablename__]:
                        a, b = getattr(row, name), getattr(lite, name)
                        assert (a, type(a)) == (b, type(b)), (row.__tablename__, name)
                        pairs += 1
    assert pairs > 500


def test_an_edit_re_reads_the_commitment_as_the_whole_load_shows_it(sample):
    whole, _ = _both(sample)
    cid = next(iter(whole.by_commitment))
    update = load_commitment_updates(sample, {cid}, TODAY)[cid]
    assert update is not None
    assert update.row == whole.row(cid)
    assert update.findings == whole.by_commitment[cid]


def _progress_by_points(c, ind, when):
    """What ``indicator_progress`` computed before it read the rows in place."""
    from matrix_app.domain import rules

    targets, actual = c.indicator_points(ind)
    last = rules.latest(actual, when)
    if last is None or not targets:
        return None
    final = max(targets, key=lambda p: p.date)
    return rules.progress(ind.baseline_value, final.value, last.value, ind.direction)


@pytest.mark.parametrize("which", ["sample", "generated"])
def test_indicator_progress_is_the_rules_figure(which, request):
    p = request.getfixturevalue(which)
    with p.read() as s:
        snapshot = load_snapshot(s, plain=True, narrow=True)
    checked = 0
    for plan in snapshot.plans:
        for c in plan.commitments:
            for ind in c.indicators:
                for when in (None, dt.date(2015, 1, 1), TODAY, dt.date(2030, 1, 1)):
                    assert c.indicator_progress(ind, when) == _progress_by_points(c, ind, when)
                    checked += c.indicator_progress(ind, when) is not None
    assert checked > 10
