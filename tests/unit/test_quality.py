from matrix_app.domain import models as m
from matrix_app.services.snapshot_read import load_snapshot


def codes_of(project):
    with project.read() as s:
        return {f.code for f in load_snapshot(s).findings()}


def test_complete_small_matrix_has_few_findings(small_project):
    found = codes_of(small_project)
    assert "commitment_no_lead" not in found
    assert "output_no_indicator" not in found
    assert "purpose_no_indicator" in found  # the purpose has no indicator in the fixture


def test_findings_follow_the_matrix(small_project):
    p, ids = small_project, small_project.ids
    p.update(m.Indicator, ids["indicator"], baseline_value=None, unit="")
    p.update(m.Result, ids["activity"], start_date=None)
    p.create(m.Target, indicator_id=ids["indicator"], value=5)
    found = codes_of(p)
    assert {
        "indicator_no_baseline",
        "indicator_no_unit",
        "activity_no_dates",
        "target_no_date",
    } <= found


def test_messages_in_both_languages(small_project):
    with small_project.read() as s:
        finding = next(f for f in load_snapshot(s).findings() if f.code == "purpose_no_indicator")
    assert "has no indicator" in finding.message("en")
    assert "no tiene indicador" in finding.message("es")
    assert "  " not in finding.message("en")
