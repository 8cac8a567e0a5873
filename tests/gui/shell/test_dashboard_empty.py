"""An empty dashboard says why and what to do, in both languages (issue 12's screenshot
pass: a new plan, or filters that hide every commitment, showed a bare table)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from matrix_app.ui.dashboard import Dashboard

HINTS = {
    "en": ("has no commitments yet", "No commitment matches the filters"),
    "es": ("aún no tiene compromisos", "Ningún compromiso coincide con los filtros"),
}


@pytest.fixture(params=["en", "es"])
def lang(request, qapp):
    if request.param == "es":
        from matrix_app.ui.i18n import LanguageSetup

        setup = LanguageSetup(qapp, "es").install()
        yield "es"
        setup.remove()
    else:
        yield "en"


def sample_data(path):
    from matrix_app.services.project import Project
    from matrix_app.ui.project_data import load_project_data

    with Project.open(path, read_only=True) as p:
        return load_project_data(p)


def test_filters_that_hide_everything_say_so(qtbot, sample_copy, lang):
    data = sample_data(sample_copy)
    plan = next(p for p in data.snapshot.plans if "2014" in p.plan.title).plan.id
    dash = Dashboard()
    qtbot.addWidget(dash)
    dash.resize(1000, 700)
    dash.show_plan(plan)
    dash.set_data(data)
    dash.show()
    qtbot.waitExposed(dash)
    assert not dash.empty_label.isVisible()
    qtbot.keyClicks(dash.search, "zzzz-nothing")
    qtbot.waitUntil(lambda: dash.model.rowCount() == 0)
    assert dash.empty_label.isVisible()
    assert HINTS[lang][1] in dash.empty_label.text()
    viewport = dash.table.viewport().rect()
    assert viewport.contains(dash.empty_label.geometry())
    qtbot.mouseClick(dash.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dash.model.rowCount() > 0)
    assert not dash.empty_label.isVisible()


def test_a_plan_without_commitments_says_how_to_add_one(qtbot, tmp_path, lang):
    from matrix_app.domain import models as m
    from matrix_app.services.project import Project
    from matrix_app.ui.project_data import load_project_data

    with Project.new(tmp_path / "p.nap", title="T") as p:
        plan = p.create(m.ActionPlan, title="Plan")
        data = load_project_data(p)
    dash = Dashboard()
    qtbot.addWidget(dash)
    dash.show_plan(plan.id)
    dash.set_data(data)
    dash.show()
    qtbot.waitExposed(dash)
    assert dash.empty_label.isVisible()
    assert HINTS[lang][0] in dash.empty_label.text()
