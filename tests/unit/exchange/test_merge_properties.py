"""Properties of merge over random edit sequences made in two copies of one project.

Each side applies a random list of edits (field updates, new rows, deletions, undos of
deletions, moves) through the service layer; the properties compare the files' states with
the base, independently of the journal the merge reads.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchange_helpers import build_base, copy, digest, file_hash, snapshot
from matrix_app.domain import models as m
from matrix_app.services import report_profile, translations
from matrix_app.services.exchange import list_conflicts, merge, package
from matrix_app.services.project import CHILDREN, Project

# CI runs the same examples every time ("ci", the default); HYPOTHESIS_PROFILE=explore draws
# fresh random ones to hunt for new cases (replay what it finds in test_merge_cases.py).
settings.register_profile("ci", derandomize=True, max_examples=40)
settings.register_profile("explore", derandomize=False, max_examples=300)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

SETTINGS = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

TEXT = st.sampled_from(["alpha", "beta", "gamma"])
NUMBER = st.sampled_from([10, 20, 30.5])
EDITS = [
    ("commitment", "title", TEXT),
    ("commitment", "completion", st.sampled_from(["limited", "substantial", "complete"])),
    ("result", "narrative", TEXT),
    ("indicator", "name", TEXT),
    ("indicator", "baseline_value", NUMBER),
    ("target", "value", NUMBER),
    ("measurement", "value", NUMBER),
    ("evidence", "title", TEXT),
    ("narrative", "text", TEXT),
    ("commitment", "sdgs", TEXT),
    ("evidence", "public", st.sampled_from([True, False])),
    ("consultation_comment", "response", TEXT),
]
DELETABLE = ["result", "indicator", "target", "measurement", "evidence", "narrative", "commitment"]
CREATABLE = ["measurement", "target", "output", "activity", "indicator", "narrative", "comment"]
#: Translated texts: both sides translating one text make the same row (a derived id).
TRANSLATED = [("commitment", "title"), ("result", "narrative"), ("indicator", "name")]
PICK = st.integers(0, 10_000)

OPS = st.one_of(
    st.integers(0, len(EDITS) - 1).flatmap(
        lambda i: st.tuples(st.just("update"), st.just(i), PICK, EDITS[i][2])
    ),
    st.tuples(st.just("create"), st.sampled_from(CREATABLE), PICK, NUMBER),
    st.tuples(st.just("delete"), st.sampled_from(DELETABLE), PICK),
    st.tuples(st.just("restore"), PICK),
    st.tuples(st.just("move"), PICK),
    # an evidence file (few contents, so both sides often store the same bytes) and a
    # target revision (a target update plus a revision row, in one transaction)
    st.tuples(st.just("file"), PICK, NUMBER),
    st.tuples(st.just("revise"), PICK, NUMBER),
    # a translation set or cleared, and the plan's report settings (one row per plan)
    st.tuples(
        st.just("translate"), st.integers(0, 2), PICK, st.sampled_from(["", "alpha", "beta"])
    ),
    st.tuples(st.just("profile"), TEXT),
)
SIDE = st.lists(OPS, max_size=6)


def _live(p: Project, table: str, **where) -> list:
    return sorted(p.rows(m.ENTITIES[table], **where), key=lambda r: r.id)


def apply_ops(p: Project, ops: list, tag: str, log: list | None = None) -> None:
    """Apply abstract ops; ``log`` receives concrete ones (ids, values) to replay elsewhere.

    New rows get ids made from ``tag`` and a counter, so that an example always picks the
    same rows; "restore" undoes the latest delete not yet undone, as the undo stack does.
    """
    deletes: list[str] = []
    made = 0
    for op in ops:
        kind = op[0]
        if kind == "update":
            table, name, _ = EDITS[op[1]]
            rows = _live(p, table)
            if rows:
                row = rows[op[2] % len(rows)]
                p.update(m.ENTITIES[table], row.id, **{name: op[3]})
                _record(log, "update", table, row.id, {name: op[3]})
        elif kind == "create":
            what, pick, number = op[1], op[2], op[3]
            made += 1
            fields: dict = {"id": f"{tag}{made:031x}"[-32:]}
            if what in ("measurement", "target"):
                parents = _live(p, "indicator")
                date = dt.date(2015, 1, 1) + dt.timedelta(days=pick % 500)
                fields.update(indicator_id=None, value=number)
                fields["measured_on" if what == "measurement" else "due_date"] = date
                table = what
            elif what == "indicator":
                parents = [r for r in _live(p, "result") if r.level in ("purpose", "output")]
                fields.update(name=f"new indicator {number}", unit="%")
                table = "indicator"
            elif what == "narrative":
                parents = _live(p, "commitment")
                fields.update(section="progress", text=f"new narrative {number}")
                table = "narrative"
            elif what == "comment":
                parents = _live(p, "action_plan")
                fields.update(period="end_of_term", comment=f"comment {number}")
                table = "consultation_comment"
            else:
                parent_level = "purpose" if what == "output" else "output"
                parents = [r for r in _live(p, "result") if r.level == parent_level]
                fields.update(level=what, narrative=f"new {what}")
                table = "result"
            if parents:
                parent = parents[pick % len(parents)]
                if table == "result":
                    fields.update(parent_id=parent.id, commitment_id=parent.commitment_id)
                elif table == "indicator":
                    fields["result_id"] = parent.id
                elif table == "narrative":
                    fields["commitment_id"] = parent.id
                elif table == "consultation_comment":
                    fields["plan_id"] = parent.id
                else:
                    fields["indicator_id"] = parent.id
                p.create(m.ENTITIES[table], **fields)
                _record(log, "create", table, fields["id"], fields)
        elif kind == "file":
            commitments = _live(p, "commitment")
            if commitments:
                made += 1
                row_id = f"{tag}{made:031x}"[-32:]
                c = commitments[op[1] % len(commitments)]
                data = f"evidence {op[2]}".encode()
                with p.write() as w:
                    w.add_file(c.id, f"file-{op[2]}.txt", data, id=row_id)
                _record(log, "file", "evidence", row_id, {"c": c.id, "data": data})
        elif kind == "revise":
            targets = _live(p, "target")
            if targets:
                t = targets[op[1] % len(targets)]
                rev = p.revise_target(t.id, op[2], t.due_date, "new estimate")
                _record(log, "update", "target", t.id, {"value": op[2]})
                fields = {f: getattr(rev, f) for f in m.content_fields(m.TargetRevision)}
                _record(log, "create", "target_revision", rev.id, {"id": rev.id, **fields})
        elif kind == "translate":
            table, name = TRANSLATED[op[1]]
            rows = _live(p, table)
            if rows:
                row = rows[op[2] % len(rows)]
                translations.set_translation(p, table, row.id, name, "en", op[3])
                _record(log, "translate", table, row.id, {"field": name, "text": op[3]})
        elif kind == "profile":
            for plan in _live(p, "action_plan"):
                report_profile.set_profile(p, plan.id, issuing_body=op[1])
                _record(log, "profile", "", plan.id, {"issuing_body": op[1]})
        elif kind == "delete":
            rows = _live(p, op[1])
            if rows:
                row = rows[op[2] % len(rows)]
                batch = p.delete(m.ENTITIES[op[1]], row.id)
                deletes.append(batch)
                _record(log, "delete", op[1], row.id, {"batch": batch})
        elif kind == "restore":
            if deletes:
                batch = deletes.pop()
                p.restore(batch)
                _record(log, "restore", "", "", {"batch": batch})
        elif kind == "move":
            rows = [r for r in _live(p, "result") if r.level in ("output", "activity")]
            if rows:
                row = rows[op[1] % len(rows)]
                p.move(m.Result, row.id, 0)
                moved = p.get(m.Result, row.id)
                _record(log, "update", "result", row.id, {"position": moved.position})


def _record(log: list | None, *entry) -> None:
    if log is not None:
        log.append(entry)


def replay(p: Project, log: list) -> None:
    batches: dict[str, str] = {}
    for action, table, row_id, fields in log:
        if action == "update":
            p.update(m.ENTITIES[table], row_id, **fields)
        elif action == "create":
            p.create(m.ENTITIES[table], **fields)
        elif action == "delete":
            batches[fields["batch"]] = p.delete(m.ENTITIES[table], row_id)
        elif action == "restore":
            p.restore(batches[fields["batch"]])
        elif action == "translate":
            translations.set_translation(p, table, row_id, fields["field"], "en", fields["text"])
        elif action == "profile":
            report_profile.set_profile(p, row_id, **fields)
        elif action == "file":
            with p.write() as w:
                name = f"file-{fields['data'].decode().split()[-1]}.txt"
                w.add_file(fields["c"], name, fields["data"], id=row_id)


#: Scratch space in memory when there is some: these tests write many small files.
SCRATCH = "/dev/shm" if Path("/dev/shm").is_dir() else None


@pytest.fixture(scope="module", autouse=True)
def no_fsync():
    """Skip fsync in these tests only (durability is not what they test; speed matters)."""
    from matrix_app.storage import projectfile

    real = projectfile._connect

    def fast(path, read_only):
        conn = real(path, read_only)
        conn.execute("PRAGMA synchronous=OFF")
        return conn

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(projectfile, "_connect", fast)
        yield


@pytest.fixture(scope="module")
def base_file(tmp_path_factory, no_fsync):
    path = tmp_path_factory.mktemp("base") / "base.nap"
    build_base(path)
    return path


def two_sides(base: Path, folder: Path, ops_a: list, ops_b: list) -> tuple[Path, Path]:
    a, b = copy(base, folder / "a.nap"), copy(base, folder / "b.nap")
    with Project.open(a, author="Ana") as p:
        apply_ops(p, ops_a, "a")
    with Project.open(b, author="Luis") as p:
        apply_ops(p, ops_b, "b")
    return a, b


def _norm(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return float(value)
    return value


@SETTINGS
@given(ops_a=SIDE, ops_b=SIDE)
def test_no_change_is_lost(base_file, ops_a, ops_b):
    with tempfile.TemporaryDirectory(dir=SCRATCH) as tmp:
        a, b = two_sides(base_file, Path(tmp), ops_a, ops_b)
        s0, sa, sb = snapshot(base_file), snapshot(a), snapshot(b)
        with Project.open(a, author="Ana") as p:
            merge(p, b)
            conflicts = list_conflicts(p, include_settled=True)
        merged = snapshot(a)
        _check_nothing_lost(s0, sa, sb, merged, conflicts, a)
        _assert_no_orphans(a)


def _check_nothing_lost(s0, sa, sb, merged, conflicts, a) -> None:
    field_conflicts = {
        (c.row_id, c.field): (_norm(c.ours_value), _norm(c.theirs_value))
        for c in conflicts
        if c.kind == "field"
    }
    kept = {r for c in conflicts if c.kind == "delete" for _, r in _batch(a, c.id)}
    for key in set(sa) | set(sb):
        if key not in s0 and key in sa and key in sb:  # made on both sides (a derived id)
            _check_made_twice(sa[key], sb[key], merged[key], field_conflicts, kept, key)
            continue
        if key not in s0:  # a new row: as its side left it
            left = sa[key] if key in sa else sb[key]
            if left is None and key[1] in kept:
                # created, then deleted with a subtree the other side edited: the whole
                # deleted batch is kept alive until the user settles the conflict
                assert merged[key] is not None, key
            else:
                assert merged[key] == left, key
            continue
        base, ours, theirs, now = s0[key], sa[key], sb[key], merged[key]
        if base is None:
            continue
        if ours is None or theirs is None:  # deleted on one side (or both)
            other = theirs if ours is None else ours
            edited = other is not None and other != base
            if other is None:
                assert now is None, key
            elif edited:
                assert now is not None and key[1] in kept, key  # kept, as a conflict
            else:
                assert now is None or key[1] in kept, key
            if now is None:
                continue
        ours = ours or base
        theirs = theirs or base
        for name in base:
            b0, va, vb, vm = (_norm(x[name]) for x in (base, ours, theirs, now))
            conflict = field_conflicts.get((key[1], name))
            if va != b0 and vb != b0 and va != vb:
                assert conflict == (va, vb), (key, name)
            elif vb != b0:
                assert vm == vb or (conflict and conflict[1] == vb), (key, name)
            elif va != b0:
                assert vm == va or (conflict and conflict[0] == va), (key, name)


def _check_made_twice(ours, theirs, now, field_conflicts, kept, key) -> None:
    """Both sides made the row: live if either left it live (or its deletion is a kept
    conflict), and every field on which they differ is one of theirs or a conflict."""
    if ours is None and theirs is None:
        assert now is None, key
        return
    if ours is None or theirs is None:
        assert now is not None or key[1] not in kept, key
        return
    assert now is not None, key
    for name in ours:
        va, vb, vm = (_norm(x[name]) for x in (ours, theirs, now))
        if va == vb:
            assert vm == va, (key, name)
        else:
            assert vm in (va, vb), (key, name)
            assert field_conflicts.get((key[1], name)) in (None, (va, vb)), (key, name)


def _batch(path: Path, conflict_id: str) -> list:
    with Project.open(path, read_only=True) as p, p.read() as s:
        c = s.get(m.MergeConflict, conflict_id)
        return json.loads(c.batch_rows or "[]")


def _assert_no_orphans(path: Path) -> None:
    """Every live row's parent (along the delete cascade) is live: nothing hangs in the air."""
    with Project.open(path, read_only=True) as p:
        for parent_table, edges in CHILDREN.items():
            alive = {r.id for r in p.rows(m.ENTITIES[parent_table])}
            for child_table, fk in edges:
                for row in p.rows(m.ENTITIES[child_table]):
                    ref = getattr(row, fk)
                    assert ref is None or ref in alive, (child_table, row.id, fk)


@SETTINGS
@given(ops_a=SIDE, ops_b=SIDE)
def test_merging_the_same_file_twice_changes_nothing(base_file, ops_a, ops_b):
    with tempfile.TemporaryDirectory(dir=SCRATCH) as tmp:
        a, b = two_sides(base_file, Path(tmp), ops_a, ops_b)
        with Project.open(a) as p:
            merge(p, b)
        before = file_hash(a)
        with Project.open(a) as p:
            again = merge(p, b)
        assert again.incoming == 0
        assert file_hash(a) == before


@SETTINGS
@given(ops_a=SIDE, ops_b=SIDE, prefer=st.sampled_from([None, "ours", "theirs"]))
def test_both_directions_converge(base_file, ops_a, ops_b, prefer):
    mirror = {None: None, "ours": "theirs", "theirs": "ours"}[prefer]
    with tempfile.TemporaryDirectory(dir=SCRATCH) as tmp:
        a, b = two_sides(base_file, Path(tmp), ops_a, ops_b)
        a2, b2 = copy(a, Path(tmp) / "a2.nap"), copy(b, Path(tmp) / "b2.nap")
        # concurrently, settled alike
        with Project.open(a2) as p:
            merge(p, b, prefer=prefer)
        with Project.open(b2) as p:
            merge(p, a, prefer=mirror)
        assert digest(a2) == digest(b2)
        # one after the other
        with Project.open(b) as p:
            merge(p, a2)
        assert digest(b) == digest(a2)
        _assert_no_orphans(a2)


@SETTINGS
@given(ops=st.lists(OPS, max_size=8))
def test_package_edit_merge_back_gives_exactly_those_edits(base_file, ops):
    with tempfile.TemporaryDirectory(dir=SCRATCH) as tmp:
        folder = Path(tmp)
        original = copy(base_file, folder / "original.nap")
        expected = copy(base_file, folder / "expected.nap")
        with Project.open(original) as p:
            package(p, folder / "cplt.nap", "CPLT")
        log: list = []
        with Project.open(folder / "cplt.nap", author="Agency") as p:
            apply_ops(p, ops, "p", log)
        with Project.open(expected, author="Agency") as p:
            replay(p, log)
        with Project.open(original) as p:
            summary = merge(p, folder / "cplt.nap")
        assert summary.conflicts == [], (summary.conflicts, log)
        assert digest(original) == digest(expected)
        shutil.rmtree(folder, ignore_errors=True)


@SETTINGS
@given(ops_a=SIDE, ops_b=SIDE, data=st.data())
def test_settling_one_by_one_in_any_order_leaves_no_row_in_the_air(base_file, ops_a, ops_b, data):
    from matrix_app.services.exchange import settle

    with tempfile.TemporaryDirectory(dir=SCRATCH) as tmp:
        a, b = two_sides(base_file, Path(tmp), ops_a, ops_b)
        with Project.open(a) as p:
            merge(p, b)
            open_ids = [c.id for c in list_conflicts(p)]
        order = data.draw(st.permutations(open_ids))
        for conflict_id in order:
            choice = data.draw(st.sampled_from(["ours", "theirs"]))
            with Project.open(a) as p:
                settle(p, {conflict_id: choice})
            _assert_no_orphans(a)
        with Project.open(a) as p:
            assert list_conflicts(p) == []
