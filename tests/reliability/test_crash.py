"""Crash at any moment: SIGKILL a process that edits, imports and copies; nothing acknowledged
is lost, nothing half-done remains, and the file always opens."""

from __future__ import annotations

import time

import pytest
from crashlib import run_sessions, write_figures


def _run(tmp_path, name: str, kills: int, per_session: int, seed: int):
    start = time.monotonic()
    figures = run_sessions(tmp_path, kills=kills, per_session=per_session, seed=seed)
    write_figures(name, figures, time.monotonic() - start, tmp_path)
    assert figures.kills == kills
    assert figures.files_checked == kills
    assert figures.edits_verified >= figures.edits_acknowledged > 0
    return figures


def test_crash_short(tmp_path):
    figures = _run(tmp_path, "crash-short", kills=20, per_session=10, seed=20240601)
    assert figures.killed_mid_operation > 0


@pytest.mark.slow
def test_crash_many_kill_points(tmp_path):
    figures = _run(tmp_path, "crash-slow", kills=300, per_session=25, seed=8)
    assert figures.killed_mid_operation > 50
    assert figures.journals_left_by_kill > 0
