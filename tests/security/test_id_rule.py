"""The rule on an id's characters, now a Python function the check's SQL calls, says what
SQLite's GLOB said - and more: GLOB stopped at a NUL character, so "abc\\0<script>" passed -
and still names the row it refuses."""

from __future__ import annotations

import sqlite3

from hostile import edit, make_pair, odd_id
from hypothesis import given, settings
from hypothesis import strategies as st

from matrix_app.storage import content_check
from matrix_app.storage.content_check import add_functions, value_problems

_GLOB = "length(?1) > 64 OR ?1 GLOB '*[^0-9A-Za-z_-]*'"
_OURS = f"length(?1) > 64 OR {content_check._BAD_ID}(?1)"


def _connection() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    add_functions(conn)
    return conn


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.text(max_size=80),
        st.text(alphabet="0123456789abcdefXYZ_-", max_size=80),
        st.text(alphabet="0123456789abcdef-_ é/.<>'\"\t\n\0", max_size=40),
    )
)
def test_the_function_agrees_with_glob_on_any_text(text):
    conn = _connection()
    glob, ours = conn.execute(f"SELECT {_GLOB}, {_OURS}", (text,)).fetchone()
    if "\0" in text:
        assert ours, repr(text)  # GLOB reads up to the NUL only
    else:
        assert bool(glob) == bool(ours), repr(text)


def test_a_nul_hides_nothing_after_it():
    conn = _connection()
    glob, ours = conn.execute(f"SELECT {_GLOB}, {_OURS}", ("ab\0<script>",)).fetchone()
    assert not glob and ours


def test_values_of_other_types_are_left_to_the_type_rule():
    conn = _connection()
    for value in (None, 12, 1.5, b"\xff<"):
        assert not conn.execute(f"SELECT {content_check._BAD_ID}(?)", (value,)).fetchone()[0]


def test_an_id_with_markup_is_named_in_the_file_and_in_the_merge_attach(tmp_path):
    _project, pkg, _ids = make_pair(tmp_path)
    edit(pkg, odd_id)
    conn = sqlite3.connect(pkg)
    add_functions(conn)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    problems = value_problems(conn.execute, tables, limit=10)
    assert problems and {p.reason for p in problems} == {"id"}, problems
    assert {p.table for p in problems} >= {"indicator", "target", "journal"}
    # The merge reads the received file attached as "other".
    conn.execute("ATTACH DATABASE ? AS other", (str(pkg),))
    assert value_problems(conn.execute, tables, "other", limit=1)[0].reason == "id"


_VALUES = st.one_of(
    st.none(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False),
    st.binary(max_size=8),
    st.text(alphabet="0123456789abcdefXYZ_-", max_size=40),
    st.text(max_size=20),
    st.text(alphabet="0123456789abcdef-_ é/.<>'\"\t\n\0", max_size=20),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_VALUES, _VALUES), max_size=12), st.integers(1, 5))
def test_the_bulk_scan_finds_a_bad_id_wherever_the_row_rule_does(rows, chunk):
    """Opening checks a whole table's ids at once (``_bad_id_somewhere``) and asks the
    per-row rule only to name the row: it must never miss a row the rule refuses, over any
    mix of values and chunk boundaries. (It may answer True for a value of another type,
    which the type rule refuses first - a blob, a number written "1.5": the per-row query
    then decides.)"""
    conn = _connection()
    conn.execute("CREATE TABLE t (a, b)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", rows)
    bad_rows = conn.execute(
        f"SELECT count(*) FROM t WHERE {content_check._BAD_IDS}(a, b)"
    ).fetchone()[0]
    old = content_check._ID_CHUNK
    content_check._ID_CHUNK = chunk
    try:
        found = content_check._bad_id_somewhere(conn.execute, "main", "t", ["a", "b"])
    finally:
        content_check._ID_CHUNK = old
    if bad_rows:
        assert found, rows
    elif all(v is None or type(v) in (str, int) for row in rows for v in row):
        assert not found, rows


def test_a_bad_id_past_the_first_chunk_is_named(tmp_path, monkeypatch):
    _project, pkg, _ids = make_pair(tmp_path)
    conn = sqlite3.connect(pkg)
    last = conn.execute("SELECT max(rowid) FROM journal").fetchone()[0]
    conn.execute("UPDATE journal SET batch = 'x/../y' WHERE rowid = ?", (last,))
    conn.commit()
    add_functions(conn)
    monkeypatch.setattr(content_check, "_ID_CHUNK", 3)
    problems = value_problems(conn.execute, {"journal"})
    assert [(p.table, p.column, p.reason) for p in problems] == [("journal", "batch", "id")]
