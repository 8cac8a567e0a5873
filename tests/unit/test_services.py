import json

import pytest

from matrix_app.domain import models as m
from matrix_app.services.author import resolve_author
from matrix_app.services.digest import content_digest
from matrix_app.services.project import MAX_EVIDENCE_BYTES, Project
from matrix_app.services.values import InvalidValue
from matrix_app.storage.errors import ProjectFileError


def digest(project):
    with project.read() as s:
        return content_digest(s)


def test_create_fills_commitment_and_position(small_project):
    p, ids = small_project, small_project.ids
    t2 = p.create(m.Target, indicator_id=ids["indicator"], due_date="2015-12-31", value=80)
    assert t2.commitment_id == ids["commitment"]
    second = p.create(
        m.Result, commitment_id=ids["commitment"], level="output", parent_id=ids["purpose"]
    )
    first = p.get(m.Result, ids["output"])
    assert second.position > first.position


def test_update_journals_old_and_new(small_project):
    p, ids = small_project, small_project.ids
    old = p.update(m.Commitment, ids["commitment"], title="New title", completion="limited")
    assert old == {"title": "Municipal transparency", "completion": "not_started"}
    entries = [e for e in p.history(ids["commitment"]) if e.action == "update"]
    by_field = {e.field: e for e in entries}
    assert json.loads(by_field["title"].old_value) == "Municipal transparency"
    assert json.loads(by_field["title"].new_value) == "New title"
    assert by_field["title"].author == "Test Author"


def test_update_with_same_value_changes_nothing(small_project):
    p, ids = small_project, small_project.ids
    before = len(p.history())
    assert p.update(m.Commitment, ids["commitment"], title="Municipal transparency") == {}
    assert len(p.history()) == before


def test_delete_cascades_and_restore_brings_all_back(small_project):
    p, ids = small_project, small_project.ids
    before = digest(p)
    batch = p.delete(m.Result, ids["output"])
    assert p.get(m.Result, ids["activity"]) is None
    assert p.get(m.Indicator, ids["indicator"]) is None
    assert p.get(m.Measurement, ids["measurement"]) is None
    assert p.get(m.Result, ids["output"], include_deleted=True).deleted_at
    p.restore(batch)
    assert digest(p) == before


def test_move_changes_only_the_moved_row(small_project):
    p, ids = small_project, small_project.ids
    b = p.create(
        m.Result,
        commitment_id=ids["commitment"],
        level="output",
        parent_id=ids["purpose"],
        narrative="B",
    )
    c = p.create(
        m.Result,
        commitment_id=ids["commitment"],
        level="output",
        parent_id=ids["purpose"],
        narrative="C",
    )
    n = len(p.history())
    p.move(m.Result, c.id, 0)
    order = [r.narrative for r in p.rows(m.Result, level="output")]
    assert order == ["C", "Model installed", "B"]
    assert len(p.history()) == n + 1
    assert b.id


def test_revise_target_keeps_history(small_project):
    p, ids = small_project, small_project.ids
    rev = p.revise_target(ids["target"], 225, "2016-06-30", "PISEE platform attack")
    assert (rev.old_value, rev.new_value, rev.reason) == (90, 225, "PISEE platform attack")
    assert p.get(m.Target, ids["target"]).value == 225
    with pytest.raises(InvalidValue):
        p.revise_target(ids["target"], 1, None, "   ")


@pytest.mark.parametrize(
    "fields",
    [
        {"completion": "half"},
        {"start_date": "31/31/2015"},
        {"start_date": "2016-01-01", "end_date": "2015-01-01"},
        {"irm_specificity": "huge"},
    ],
)
def test_bad_values_are_refused_and_nothing_changes(small_project, fields):
    p, ids = small_project, small_project.ids
    before = digest(p)
    with pytest.raises(InvalidValue) as err:
        p.update(m.Commitment, ids["commitment"], **fields)
    assert err.value.message("es") != err.value.message("en")
    assert digest(p) == before


def test_bad_parent_level_refused(small_project):
    p, ids = small_project, small_project.ids
    with pytest.raises(InvalidValue):
        p.create(
            m.Result, commitment_id=ids["commitment"], level="activity", parent_id=ids["purpose"]
        )


def test_a_failing_write_rolls_back_everything(small_project):
    p, ids = small_project, small_project.ids
    before = digest(p)
    with pytest.raises(InvalidValue), p.write() as w:
        w.update(m.Commitment, ids["commitment"], title="half-done")
        w.create(m.Result, commitment_id=ids["commitment"], level="output")
        w.update(m.Indicator, ids["indicator"], baseline_value="not a number")
    assert digest(p) == before
    assert p.get(m.Commitment, ids["commitment"]).title == "Municipal transparency"


def test_evidence_file_stored_once_by_hash(small_project, tmp_path):
    p, ids = small_project, small_project.ids
    f = tmp_path / "acta.pdf"
    f.write_bytes(b"%PDF-1.4 minutes")
    e1 = p.add_file_evidence(ids["commitment"], f)
    e2 = p.add_file_evidence(ids["commitment"], f, title="Same again")
    assert e1.sha256 == e2.sha256 and e1.size == 16
    assert p.blob(e1.sha256) == b"%PDF-1.4 minutes"
    with p.read() as s:
        assert s.connection().exec_driver_sql("select count(*) from blob").scalar() == 1


def test_evidence_size_limit(small_project, tmp_path):
    big = tmp_path / "big.bin"
    with open(big, "wb") as fh:
        fh.truncate(MAX_EVIDENCE_BYTES + 1)
    with pytest.raises(InvalidValue) as err:
        small_project.add_file_evidence(small_project.ids["commitment"], big)
    assert "MB" in str(err.value)


def test_bulk_create_is_journaled(project):
    plan = project.create(m.ActionPlan, title="P")
    with project.write() as w:
        ids = w.bulk_create(
            m.Commitment, [{"plan_id": plan.id, "code": str(i), "title": f"C{i}"} for i in range(5)]
        )
    assert sorted(c.code for c in project.rows(m.Commitment)) == ["0", "1", "2", "3", "4"]
    assert len(ids) == 5
    creates = [e for e in project.history() if e.entity == "commitment" and e.action == "create"]
    assert len(creates) == 5
    # as ``create`` journals it: a commitment's creation belongs to that commitment's history
    assert {e.commitment_id for e in creates} == set(ids)
    one = project.create(m.Commitment, plan_id=plan.id, title="one by one")
    assert [e.commitment_id for e in project.history() if e.row_id == one.id] == [one.id]
    with pytest.raises(InvalidValue), project.write() as w:
        w.bulk_create(m.Commitment, [{"plan_id": plan.id, "completion": "bogus"}])


def test_read_only_project_refuses_writes(small_project):
    path = small_project.path
    small_project.close()
    with Project.open(path, read_only=True) as ro:
        with pytest.raises(ProjectFileError) as err:
            ro.create(m.ActionPlan, title="x")
        assert "read-only" in str(err.value)


def test_author_resolution(monkeypatch):
    assert resolve_author("  Ana  ") == "Ana"
    monkeypatch.setenv("MATRIX_AUTHOR", "Env Person")
    assert resolve_author(None) == "Env Person"
    monkeypatch.delenv("MATRIX_AUTHOR")
    assert resolve_author("") not in ("", None)
