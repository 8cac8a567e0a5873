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
