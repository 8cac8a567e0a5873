"""Merge examples: what is applied, what is a conflict, and what is refused."""

from __future__ import annotations

import sqlite3
import struct

import pytest

from exchange_helpers import build_base, copy, digest, file_hash, make_old
from matrix_app.domain import models as m
from matrix_app.services.exchange import Cancelled, ExchangeError, list_conflicts, merge, settle
from matrix_app.services.project import Project
from matrix_app.storage.errors import ProjectFileError


@pytest.fixture
def pair(tmp_path):
    ids = build_base(tmp_path / "base.nap")
    a = copy(tmp_path / "base.nap", tmp_path / "a.nap")
    b = copy(tmp_path / "base.nap", tmp_path / "b.nap")
    return a, b, ids


def test_brings_in_new_rows_edits_moves_deletions_and_files(pair):
    a, b, ids = pair
    with Project.open(b, author="Luis") as p:
        p.update(m.Commitment, ids["c1"], title="Municipal transparency", objective="More")
        new = p.create(m.Result, commitment_id=ids["c1"], level="output", parent_id=ids["purpose1"])
        p.move(m.Result, new.id, 0)
        p.delete(m.Measurement, ids["measurement2"])
        with p.write() as w:
            ev = w.add_file(ids["c1"], "minutes.pdf", b"new file bytes")
            w.add_file(ids["c2"], "same.pdf", b"new file bytes")  # same bytes: one blob
    with Project.open(a, author="Ana") as p:
        summary = merge(p, b)
        assert p.get(m.Commitment, ids["c1"]).title == "Municipal transparency"
        assert p.get(m.Result, new.id).position < p.get(m.Result, ids["output1"]).position
        assert p.get(m.Measurement, ids["measurement2"]) is None
        assert p.blob(p.get(m.Evidence, ev.id).sha256) == b"new file bytes"
        with p.read() as s:
            assert s.connection().exec_driver_sql("SELECT count(*) FROM blob").scalar() == 3
    data = summary.to_json()
    assert data["entities"]["commitment"]["updated"] == 1
    assert data["entities"]["result"]["added"] == 1
    assert data["entities"]["measurement"]["deleted"] == 1
    assert data["entities"]["evidence"]["added"] == 2
    assert data["blobs_added"] == 1
    assert data["conflicts"] == [] and not summary.unresolved
    assert digest(a) == digest(b)


def test_second_merge_changes_nothing(pair):
    a, b, ids = pair
    with Project.open(b) as p:
        p.update(m.Indicator, ids["indicator1"], name="Renamed")
    with Project.open(a) as p:
        merge(p, b)
    before = file_hash(a)
    with Project.open(a) as p:
        again = merge(p, b)
    assert again.incoming == 0 and again.to_json()["entities"] == {}
    assert file_hash(a) == before


def test_field_conflict_keeps_both_values_and_later_change_applies(pair):
    a, b, ids = pair
    with Project.open(a, author="Ana") as p:
        p.update(m.Commitment, ids["c1"], title="Ana's title")
    with Project.open(b, author="Luis") as p:
        p.update(m.Commitment, ids["c1"], title="Luis's title", objective="only Luis")
    with Project.open(a, author="Ana") as p:
        summary = merge(p, b)
        assert summary.unresolved
        [c] = list_conflicts(p)
        assert (c.ours_value, c.ours_author) == ("Ana's title", "Ana")
        assert (c.theirs_value, c.theirs_author) == ("Luis's title", "Luis")
        assert c.ours_at < c.theirs_at and c.applied == "theirs"
        row = p.get(m.Commitment, ids["c1"])
        assert (row.title, row.objective) == ("Luis's title", "only Luis")  # nothing waits
        settle(p, {c.id: "ours"})
        assert p.get(m.Commitment, ids["c1"]).title == "Ana's title"
        assert list_conflicts(p) == []
        assert list_conflicts(p, include_settled=True)[0].resolution == "ours"


@pytest.mark.parametrize("prefer, expected", [("ours", "A"), ("theirs", "B")])
def test_prefer_settles(pair, prefer, expected):
    a, b, ids = pair
    with Project.open(a) as p:
        p.update(m.Target, ids["target1"], value=100)
        p.update(m.Indicator, ids["indicator1"], name="A")
    with Project.open(b) as p:
        p.update(m.Indicator, ids["indicator1"], name="B")
    with Project.open(a) as p:
        summary = merge(p, b, prefer=prefer)
        assert not summary.unresolved and summary.conflicts[0]["resolution"] == prefer
        assert p.get(m.Indicator, ids["indicator1"]).name == expected
        assert p.get(m.Target, ids["target1"]).value == 100


def test_prefer_later_settles_conflicts_left_open(pair):
    a, b, ids = pair
    with Project.open(a) as p:
        p.update(m.Indicator, ids["indicator1"], name="A")
    with Project.open(b) as p:
        p.update(m.Indicator, ids["indicator1"], name="B")
    with Project.open(a) as p:
        assert merge(p, b).unresolved
        assert not merge(p, b, prefer="ours").unresolved
        assert p.get(m.Indicator, ids["indicator1"]).name == "A"


def test_edit_against_delete_keeps_rows_until_settled(pair):
    a, b, ids = pair
    with Project.open(a, author="Ana") as p:
        p.delete(m.Result, ids["output1"])  # with its activity, indicator, target, measurement
    with Project.open(b, author="Luis") as p:
        p.update(m.Target, ids["target1"], value=75)
        extra = p.create(
            m.Result, commitment_id=ids["c1"], level="activity", parent_id=ids["output1"]
        )
    with Project.open(a, author="Ana") as p:
        summary = merge(p, b)
        [c] = list_conflicts(p)
        assert c.kind == "delete" and c.deleted_by == "ours" and c.theirs_author == "Luis"
        assert p.get(m.Target, ids["target1"]).value == 75  # kept, with their edit
        assert p.get(m.Result, extra.id) is not None
        assert summary.to_json()["entities"]["result"]["restored"] >= 1
        settle(p, {c.id: "ours"})  # accept the deletion: everything under it goes too
        for cls, key in ((m.Result, "output1"), (m.Target, "target1")):
            assert p.get(cls, ids[key]) is None
        assert p.get(m.Result, extra.id) is None


@pytest.mark.parametrize("prefer", [None, "ours", "theirs"])
def test_conflicts_settle_the_same_from_both_sides(tmp_path, pair, prefer):
    a, b, ids = pair
    with Project.open(a) as p:
        p.delete(m.Indicator, ids["indicator2"])
        p.update(m.Commitment, ids["c1"], title="A's")
    with Project.open(b) as p:
        p.create(m.Measurement, indicator_id=ids["indicator2"], measured_on="2016-01-01", value=60)
        p.update(m.Commitment, ids["c2"], title="Edited elsewhere")
        p.update(m.Commitment, ids["c1"], title="B's")
    mirror = {None: None, "ours": "theirs", "theirs": "ours"}[prefer]
    # Concurrently: A merges the original B, B merges the original A, settled alike.
    a2, b2 = copy(a, tmp_path / "a2.nap"), copy(b, tmp_path / "b2.nap")
    with Project.open(a2) as p:
        merge(p, b, prefer=prefer)
    with Project.open(b2) as p:
        merge(p, a, prefer=mirror)
    assert digest(a2) == digest(b2)
    # One after the other: A merges B, then B merges the merged A.
    with Project.open(b) as p:
        merge(p, a2)
    assert digest(b) == digest(a2)
    with Project.open(a2, read_only=True) as p:
        alive = p.get(m.Indicator, ids["indicator2"]) is not None
        title = p.get(m.Commitment, ids["c1"]).title
    assert alive == (prefer != "ours")
    assert title == {None: "B's", "ours": "A's", "theirs": "B's"}[prefer]


def test_creation_under_a_row_deleted_on_the_other_side_is_a_conflict(pair):
    a, b, ids = pair
    with Project.open(a) as p:
        p.create(m.Target, indicator_id=ids["indicator1"], due_date="2015-12-31", value=50)
    with Project.open(b) as p:
        p.delete(m.Indicator, ids["indicator1"])
    with Project.open(a) as p:
        merge(p, b)
        [c] = list_conflicts(p)
        assert c.kind == "delete" and c.deleted_by == "theirs"
        assert p.get(m.Indicator, ids["indicator1"]) is not None


@pytest.mark.parametrize("same_title", [True, False])
def test_unrelated_project_is_refused_and_nothing_changes(tmp_path, pair, same_title):
    a, _, _ = pair
    other = tmp_path / "other.nap"
    build_base(other)  # built again: same title and row ids, another project
    if not same_title:
        with Project.open(other) as p, p.write() as w:
            w.set_meta("title", "Otro plan")
    before = file_hash(a)
    with Project.open(a) as p:
        with pytest.raises(ExchangeError) as err:
            merge(p, other)
    en, es = err.value.message("en"), err.value.message("es")
    if same_title:
        assert err.value.code == "unrelated_same_title"
        assert "only has the same title (“Base”)" in en and "created separately" in en
        assert "solo tiene el mismo título (“Base”)" in es
    else:
        assert err.value.code == "unrelated" and "another project (“Otro plan”)" in en
        assert "otro proyecto" in es
    assert file_hash(a) == before


def _foreign(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def _newer(path):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version=99")
    conn.commit()
    conn.close()


def _corrupt(path):
    data = bytearray(path.read_bytes())
    path.write_bytes(bytes(data[: len(data) // 2]))


def _garbage(path):
    path.write_bytes(b"not a database at all" * 10)


@pytest.mark.parametrize(
    "spoil, code",
    [(_foreign, "foreign"), (_newer, "newer"), (_corrupt, "corrupt"), (_garbage, "not_sqlite")],
)
def test_bad_other_file_is_refused_as_opening_does(tmp_path, pair, spoil, code):
    a, b, ids = pair
    with Project.open(b) as p:
        p.update(m.Commitment, ids["c1"], title="x")
    if spoil is _foreign:
        b = tmp_path / "foreign.db"
    spoil(b)
    before = file_hash(a)
    with Project.open(a) as p, pytest.raises(ProjectFileError) as err:
        merge(p, b)
    assert err.value.code == code
    assert file_hash(a) == before


def test_same_file_is_refused(pair):
    a, _, _ = pair
    with Project.open(a) as p, pytest.raises(ExchangeError) as err:
        merge(p, a)
    assert err.value.code == "same_file"


def test_cancel_rolls_back(pair):
    a, b, ids = pair
    with Project.open(b) as p:
        p.update(m.Commitment, ids["c1"], title="x")
    before = file_hash(a)
    calls = []

    def progress(done, total):
        calls.append((done, total))

    with Project.open(a) as p, pytest.raises(Cancelled):
        merge(p, b, progress=progress, cancel=lambda: len(calls) >= 5)
    assert file_hash(a) == before
    assert calls and all(done <= total for done, total in calls)


def test_read_only_target_is_refused(pair):
    a, b, _ = pair
    with Project.open(a, read_only=True) as p, pytest.raises(ProjectFileError) as err:
        merge(p, b)
    assert err.value.code == "read_only"


def test_older_format_other_file_is_read_from_an_upgraded_copy(pair):
    a, b, ids = pair
    with Project.open(b) as p:
        p.update(m.Commitment, ids["c1"], title="From an old file")
    make_old(b, 1)
    before = file_hash(b)
    with Project.open(a) as p:
        merge(p, b)
        assert p.get(m.Commitment, ids["c1"]).title == "From an old file"
    assert file_hash(b) == before
    assert not list(b.parent.glob("b.v1-backup*"))


def test_header_of_refused_file_is_untouched(pair):
    a, b, _ = pair
    _newer(b)
    head = b.read_bytes()[:100]
    with Project.open(a) as p, pytest.raises(ProjectFileError):
        merge(p, b)
    assert b.read_bytes()[:100] == head
    assert struct.unpack(">i", head[60:64])[0] == 99


def test_damaged_pages_inside_the_other_file_are_refused(pair):
    a, b, ids = pair
    with Project.open(b) as p:
        p.update(m.Commitment, ids["c1"], title="x")
    data = bytearray(b.read_bytes())
    page = struct.unpack(">H", data[16:18])[0]
    for start in range(page * 2, len(data), page):  # every page after the schema's
        data[start : start + 64] = b"\xff" * 64
    b.write_bytes(bytes(data))
    before = file_hash(a)
    with Project.open(a) as p, pytest.raises(ProjectFileError) as err:
        merge(p, b)
    assert err.value.code == "corrupt"
    assert file_hash(a) == before
