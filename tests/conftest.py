"""Shared fixtures. GUI tests run headless; every test works in its own temporary folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MATRIX_AUTHOR", "Test Author")
os.environ.setdefault("MATRIX_LANG", "en")
# The record of checked files and the error log: never the tester's own.
os.environ.setdefault("MATRIX_STATE_DIR", __import__("tempfile").mkdtemp(prefix="matrix-state-"))

import pytest

from matrix_app.domain import models as m
from matrix_app.services.project import Project


@pytest.fixture
def project(tmp_path):
    """A new, empty project file, closed after the test."""
    p = Project.new(tmp_path / "test.nap", title="Test")
    yield p
    p.close()


@pytest.fixture
def small_project(project):
    """A plan with one commitment and a small logframe: purpose, one output, one activity."""
    plan = project.create(
        m.ActionPlan, title="NAP 2014-2016", period_start="2014-07-01", period_end="2016-06-30"
    )
    inst = project.create(
        m.Institution, name="Consejo para la Transparencia", acronym="CPLT", kind="autonomous"
    )
    c = project.create(
        m.Commitment,
        plan_id=plan.id,
        code="1",
        title="Municipal transparency",
        start_date="2014-07-01",
        end_date="2016-06-30",
        ogp_access_to_information=True,
    )
    project.create(m.CommitmentInstitution, commitment_id=c.id, institution_id=inst.id, role="lead")
    goal = project.create(m.Result, commitment_id=c.id, level="goal", narrative="Transparency")
    purpose = project.create(
        m.Result, commitment_id=c.id, level="purpose", narrative="Municipalities apply the model"
    )
    out = project.create(
        m.Result,
        commitment_id=c.id,
        level="output",
        parent_id=purpose.id,
        narrative="Model installed",
    )
    act = project.create(
        m.Result,
        commitment_id=c.id,
        level="activity",
        parent_id=out.id,
        narrative="Train staff",
        start_date="2014-07-01",
        end_date="2015-06-30",
        progress=50,
    )
    ind = project.create(
        m.Indicator,
        result_id=out.id,
        name="% municipalities with the model",
        unit="%",
        baseline_value=30.3,
        baseline_date="2012-12-31",
        means_of_verification="CPLT records",
    )
    t = project.create(m.Target, indicator_id=ind.id, due_date="2016-07-31", value=90)
    x = project.create(m.Measurement, indicator_id=ind.id, measured_on="2015-05-31", value=86.7)
    project.ids = {
        "plan": plan.id,
        "commitment": c.id,
        "goal": goal.id,
        "purpose": purpose.id,
        "output": out.id,
        "activity": act.id,
        "indicator": ind.id,
        "target": t.id,
        "measurement": x.id,
        "institution": inst.id,
    }
    return project
