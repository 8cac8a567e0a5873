"""Fixtures of the report tests (the plan itself is built in ``report_fixtures``)."""

from __future__ import annotations

import pytest
from report_fixtures import build_rich

from matrix_app.services.project import Project


@pytest.fixture
def rich(tmp_path):
    p = Project.new(tmp_path / "rich.nap")
    p.ids = build_rich(p)
    yield p
    p.close()
