"""Cases the merge property tests found, replayed as plain examples (no hypothesis).

Each case applies abstract ops to two copies of the property tests' base file, the way the
property tests do, and checks every property on it: nothing lost, no live row under a
deleted parent, merging twice changes nothing, both directions converge settled alike.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exchange_helpers import build_base, copy, digest, file_hash, snapshot
from matrix_app.domain import models as m
from matrix_app.services.exchange import list_conflicts, merge
from matrix_app.services.project import Project

from .test_merge_properties import _assert_no_orphans, _check_nothing_lost, two_sides


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("base") / "base.nap"
    return path, build_base(path)


def pick(path: Path, table: str, row_id: str) -> int:
    """The pick that makes an op choose ``row_id`` among the live rows (as ``apply_ops`` sorts)."""
    with Project.open(path, read_only=True) as p:
        ids = sorted(r.id for r in p.rows(m.ENTITIES[table]))
    return ids.index(row_id)


def check_every_property(base: Path, folder: Path, ops_a: list, ops_b: list) -> list:
    """Run all merge properties on one example; returns the conflicts A kept."""
    a, b = two_sides(base, folder, ops_a, ops_b)
    s0, sa, sb = snapshot(base), snapshot(a), snapshot(b)
    for prefer, mirror in ((None, None), ("ours", "theirs"), ("theirs", "ours")):
        a2, b2 = copy(a, folder / "a2.nap"), copy(b, folder / "b2.nap")
        with Project.open(a2) as p:
            merge(p, b, prefer=prefer)
        with Project.open(b2) as p:
            merge(p, a, prefer=mirror)
        assert digest(a2) == digest(b2), prefer
        _assert_no_orphans(a2)
        _assert_no_orphans(b2)
        before = file_hash(a2)
        with Project.open(a2) as p:
            assert merge(p, b).incoming == 0
        assert file_hash(a2) == before
    with Project.open(a, author="Ana") as p:
        merge(p, b)
        conflicts = list_conflicts(p, include_settled=True)
    _check_nothing_lost(s0, sa, sb, snapshot(a), conflicts, a)
    _assert_no_orphans(a)
    with Project.open(b) as p:
        merge(p, a)
    assert digest(b) == digest(a)
    _assert_no_orphans(b)
    return conflicts


@pytest.mark.parametrize("deleted", ["purpose1", "output1"])
@pytest.mark.parametrize("edit_in_a", [False, True])
def test_row_created_then_deleted_with_its_commitment_follows_its_deleted_indicator(
    base, tmp_path, deleted, edit_in_a
):
    """A deletes a result holding indicator 1 (and may edit commitment 1); B adds a measurement
    under indicator 1, then deletes commitment 1. Keeping B's batch for A's edit must not
    bring the measurement back under the indicator both sides deleted."""
    path, ids = base
    ops_a = [("delete", "result", pick(path, "result", ids[deleted]))]
    if edit_in_a:
        ops_a.insert(0, ("update", 0, pick(path, "commitment", ids["c1"]), "alpha"))
    ops_b = [
        ("create", "measurement", pick(path, "indicator", ids["indicator1"]), 10),
        ("delete", "commitment", pick(path, "commitment", ids["c1"])),
    ]
    conflicts = check_every_property(path, tmp_path, ops_a, ops_b)
    measurement = "b" + "1".zfill(31)
    with Project.open(tmp_path / "a.nap", read_only=True) as p:
        assert p.get(m.Measurement, measurement) is None
        assert p.get(m.Indicator, ids["indicator1"]) is None
        assert (p.get(m.Commitment, ids["c1"]) is not None) == edit_in_a
    assert [c.kind for c in conflicts] == (["delete"] if edit_in_a else [])


def test_both_sides_delete_a_result_after_adding_under_it_and_one_edited_inside(base, tmp_path):
    """Both sides add an output under purpose 1 and then delete purpose 1; A also edited a
    target under it first. A's edit keeps B's batch, but all B's batch holds that A did not
    delete is B's own new output, whose parent both deleted: it stays deleted."""
    path, ids = base
    with Project.open(path, read_only=True) as p:
        results = sorted(r.id for r in p.rows(m.Result))
    purpose = sorted([ids["purpose1"], ids["purpose2"]]).index(ids["purpose1"])

    def delete_purpose(new_id: str) -> tuple:
        return ("delete", "result", sorted([*results, new_id]).index(ids["purpose1"]))

    ops_a = [
        ("create", "output", purpose, 10),
        ("update", 5, pick(path, "target", ids["target1"]), 10),
        delete_purpose("a" + "1".zfill(31)),
    ]
    ops_b = [("create", "output", purpose, 10), delete_purpose("b" + "1".zfill(31))]
    check_every_property(path, tmp_path, ops_a, ops_b)
    with Project.open(tmp_path / "a.nap", read_only=True) as p:
        for row_id in (ids["purpose1"], "a" + "1".zfill(31), "b" + "1".zfill(31)):
            assert p.get(m.Result, row_id) is None


def test_a_child_deleted_earlier_on_the_deleting_side_is_no_live_child(base, tmp_path):
    """A deletes measurement 1, then indicator 1 (with target 1); B deletes target 1 only.
    Measurement 1 is live in B but A deleted it in an earlier batch: A's indicator deletion
    left nothing of B's behind, so neither direction may call it a conflict."""
    path, ids = base
    ops_a = [
        ("delete", "measurement", pick(path, "measurement", ids["measurement1"])),
        ("delete", "indicator", pick(path, "indicator", ids["indicator1"])),
    ]
    ops_b = [("delete", "target", pick(path, "target", ids["target1"]))]
    conflicts = check_every_property(path, tmp_path, ops_a, ops_b)
    assert conflicts == []
    with Project.open(tmp_path / "a.nap", read_only=True) as p:
        for cls, name in ((m.Indicator, "indicator1"), (m.Measurement, "measurement1")):
            assert p.get(cls, ids[name]) is None


def test_a_restore_keeps_the_row_and_the_parent_the_other_side_deleted(base, tmp_path):
    """A deletes measurement 1 and undoes it; B deletes measurement 1, then indicator 1.
    A's restore clashes with B's measurement batch, which is kept, and so is the batch that
    deleted its indicator: both live, as two open conflicts, alike in both directions."""
    path, ids = base
    ops_a = [
        ("delete", "measurement", pick(path, "measurement", ids["measurement1"])),
        ("restore", 0),
    ]
    ops_b = [
        ("delete", "measurement", pick(path, "measurement", ids["measurement1"])),
        ("delete", "indicator", pick(path, "indicator", ids["indicator1"])),
    ]
    conflicts = check_every_property(path, tmp_path, ops_a, ops_b)
    assert sorted(c.entity for c in conflicts) == ["indicator", "measurement"]
    with Project.open(tmp_path / "a.nap", read_only=True) as p:
        assert p.get(m.Measurement, ids["measurement1"]) is not None
        assert p.get(m.Indicator, ids["indicator1"]) is not None


@pytest.mark.parametrize("depth", [1, 2])
def test_an_edit_keeps_the_parents_the_other_side_deleted_in_earlier_batches(base, tmp_path, depth):
    """A edits activity 1; B deletes it, then its output, (then the purpose), one batch each.
    The activity's batch is a conflict and is kept, so the batches that deleted its parents
    are kept too: A's edit stays, under live parents, in both directions."""
    path, ids = base
    ops_a = [("update", 2, pick(path, "result", ids["activity1"]), "alpha")]
    ops_b = []
    with Project.open(path, read_only=True) as p:
        live = sorted(r.id for r in p.rows(m.Result))
    for name in ("activity1", "output1", "purpose1")[: depth + 1]:
        ops_b.append(("delete", "result", live.index(ids[name])))
        live.remove(ids[name])
    conflicts = check_every_property(path, tmp_path, ops_a, ops_b)
    assert [c.kind for c in conflicts] == ["delete"] * (depth + 1)
    with Project.open(tmp_path / "a.nap", read_only=True) as p:
        assert p.get(m.Result, ids["activity1"]).narrative == "alpha"
        assert p.get(m.Result, ids["output1"]) is not None


def test_settling_parent_and_child_batches_apart_never_leaves_a_row_in_the_air(base, tmp_path):
    """The three conflicts of the depth-2 case settled one by one, in the worst order:
    accepting the purpose's deletion takes the kept activity with it; keeping the activity
    afterwards brings its output and purpose back with it."""
    from matrix_app.services.exchange import settle

    path, ids = base
    with Project.open(path, read_only=True) as p:
        live = sorted(r.id for r in p.rows(m.Result))
    ops_b = []
    for name in ("activity1", "output1", "purpose1"):
        ops_b.append(("delete", "result", live.index(ids[name])))
        live.remove(ids[name])
    a, b = two_sides(
        path, tmp_path, [("update", 2, pick(path, "result", ids["activity1"]), "alpha")], ops_b
    )
    with Project.open(a) as p:
        merge(p, b)
        by_row = {c.row_id: c for c in list_conflicts(p)}
        assert set(by_row) == {ids["activity1"], ids["output1"], ids["purpose1"]}
        settle(p, {by_row[ids["purpose1"]].id: "theirs"})  # B deleted it: accept
        assert p.get(m.Result, ids["activity1"]) is None
    _assert_no_orphans(a)
    with Project.open(a) as p:
        settle(p, {by_row[ids["activity1"]].id: "ours"})  # keep A's edited activity
        assert p.get(m.Result, ids["activity1"]).narrative == "alpha"
        assert p.get(m.Result, ids["purpose1"]) is not None
    _assert_no_orphans(a)
