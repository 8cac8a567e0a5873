"""The Chile sample project's reports: every commitment and indicator, in both languages."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from pypdf import PdfReader

from matrix_app.domain import models as m
from matrix_app.paths import sample_project
from matrix_app.services.project import Project
from matrix_app.services.report import ReportOptions, write_report


def test_the_sample_is_shipped():
    """The sample is committed and bundled: without it this module must fail, not skip."""
    assert sample_project().is_file(), sample_project()


@pytest.fixture
def sample(tmp_path):
    assert sample_project().is_file(), f"no sample project at {sample_project()}"
    path = tmp_path / "sample.nap"
    shutil.copy(sample_project(), path)
    with Project.open(path, read_only=True) as p:
        yield p


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_plan_of_the_sample_reports_everything(sample, tmp_path, lang):
    for plan in sample.rows(m.ActionPlan):
        out = tmp_path / f"{plan.id}-{lang}.pdf"
        options = ReportOptions(lang=lang, plan_id=plan.id, when=dt.date(2015, 9, 30))
        write_report(sample, out, options)
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(out)).pages).split())
        commitments = sample.rows(m.Commitment, plan_id=plan.id)
        assert commitments
        for c in commitments:
            assert c.title in text
            for ind in sample.rows(m.Indicator, commitment_id=c.id):
                assert ind.name in text
        assert ("Índice" if lang == "es" else "Contents") in text
