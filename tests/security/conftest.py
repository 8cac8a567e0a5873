"""Fixtures of the hostile-input tests."""

from __future__ import annotations

import signal

import pytest


@pytest.fixture
def alarm():
    """Fail instead of hanging: a hostile file or workbook is refused or read within seconds."""

    def _timeout(*_a):
        raise AssertionError("took more than 20 s: hostile input must not hang us")

    old = signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)
