"""Dashboard, tree and quality panel models: content, filters, sorting, Qt model contracts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from matrix_app.services.project import Project
from matrix_app.ui.dashboard import Dashboard
from matrix_app.ui.dashboard_model import COLUMNS, DashboardModel
from matrix_app.ui.document import Document
from matrix_app.ui.project_data import build_project_data, code_sort_key, load_project_data
from matrix_app.ui.project_tree import ProjectTreeModel
from matrix_app.ui.quality_panel import QualityModel, QualityPanel


def sample_data(path):
    with Project.open(path, read_only=True) as p:
        return load_project_data(p)


def plan_2014(data):
    return next(p for p in data.snapshot.plans if "2014" in p.plan.title).plan.id


def test_code_sort_key_is_natural():
    codes = ["10", "2.10", "2.9", "1.3", "2", "A"]
    assert sorted(codes, key=code_sort_key) == ["1.3", "2", "2.9", "2.10", "10", "A"]


def test_project_data_figures(sample_copy):
    data = sample_data(sample_copy)
    rows = data.rows[plan_2014(data)]
    assert [r.code for r in rows] == ["1", "2", "3", "4", "5"]
    first = rows[0]
    assert first.lead == "CPLT"
    assert first.completion == "substantial"
    assert first.progress is not None and 0 < first.progress <= 1
    assert first.starred
    assert data.codes[first.id] == "1"
    assert all(f.commitment_id in data.codes for f in data.findings)


def test_dashboard_filter_and_sort(qtbot, sample_copy, qtmodeltester):
    data = sample_data(sample_copy)
    dash = Dashboard()
    qtbot.addWidget(dash)
    dash.show_plan(plan_2014(data))
    dash.set_data(data)
    qtmodeltester.check(dash.model)
    shown_model = dash.model
    assert shown_model.rowCount() == 5
    assert "5 commitments, 2 starred." == dash.counts_label.text()
    assert dash.chart.counts == {"substantial": 3, "complete": 1, "limited": 1}

    def shown():
        return [shown_model.index(r, 0).data() for r in range(shown_model.rowCount())]

    # institution (support roles count too)
    dash.institution.setCurrentIndex(dash.institution.findData("UMGD"))
    assert shown() == ["2", "3"]  # UMGD co-leads 2 and supports 3
    assert "2 of 5 commitments shown" in dash.counts_label.text()
    dash.clear_filters()
    assert shown_model.rowCount() == 5
    dash.completion.setCurrentIndex(dash.completion.findData("substantial"))
    assert shown() == ["1", "2", "4"]
    assert dash.chart.counts == {"substantial": 3}
    dash.theme.setCurrentIndex(dash.theme.findData(dash.theme.itemData(1)))
    assert shown_model.rowCount() <= 3
    dash.clear_filters()
    dash.search.setText("portal")
    assert shown() == ["4"]
    dash.clear_filters()
    dash.schedule.setCurrentIndex(dash.schedule.findData("finished"))
    assert shown() == ["3"]
    dash.clear_filters()

    progress = COLUMNS.index("progress")
    dash.table.sortByColumn(progress, Qt.SortOrder.DescendingOrder)
    values = [dash.model.sort_key(r, "progress") for r in shown_model.rows]
    assert values == sorted(values, reverse=True)
    dash.table.sortByColumn(COLUMNS.index("code"), Qt.SortOrder.DescendingOrder)
    assert shown() == ["5", "4", "3", "2", "1"]

    opened = []
    dash.open_commitment.connect(opened.append)
    dash.table.doubleClicked.emit(shown_model.index(0, 1))
    assert opened == [shown_model.rows[0].id]


def test_spanish_labels_and_numbers_in_dashboard(qtbot, sample_copy, spanish):
    data = sample_data(sample_copy)
    model = DashboardModel()
    model.set_rows(data.rows[plan_2014(data)])
    col = COLUMNS.index("completion")
    assert model.index(0, col).data() == "Sustancial"
    text = model.index(0, COLUMNS.index("progress")).data()
    assert text.endswith("\u00a0%")  # 75 % in Spanish
    assert model.headerData(col, Qt.Orientation.Horizontal) == "Cumplimiento"


def test_tree_model(qtbot, sample_copy, qtmodeltester):
    with Project.open(sample_copy) as project:
        doc = Document(project)
        model = ProjectTreeModel(doc)
        qtmodeltester.check(model)
        assert model.rowCount() == 2
        plan = model.index(1, 0)
        assert model.rowCount(plan) == 5
        first = model.index(0, 0, plan)
        assert first.data().startswith("1  ")
        assert first.parent() == plan
        assert "Completion: Substantial" in first.data(Qt.ItemDataRole.ToolTipRole)
        model.set_project_data(load_project_data(project))
        assert "Schedule:" in first.data(Qt.ItemDataRole.ToolTipRole)
        assert model.find(model.plans[1].commitments[2].id).row() == 2
        doc.close()


def test_quality_model_and_panel(qtbot, small_project, qtmodeltester):
    with small_project.read() as s:
        from matrix_app.services.snapshot_read import load_snapshot

        data = build_project_data(load_snapshot(s), today=dt.date(2015, 1, 1))
    panel = QualityPanel()
    qtbot.addWidget(panel)
    panel.set_data(data)
    qtmodeltester.check(panel.model)
    assert panel.model.rowCount() == len(data.findings) > 0
    qtmodeltester.check(panel.model)
    assert "error" in panel.summary.text()
    panel.severity.setCurrentIndex(panel.severity.findData("info"))
    assert panel.model.rowCount() > 0
    assert {f.severity for f in panel.model.findings} == {"info"}
    panel.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    texts = [panel.model.index(r, 2).data() for r in range(panel.model.rowCount())]
    assert texts == sorted(texts, key=str.lower)
    chosen = []
    panel.activated.connect(chosen.append)
    panel.table.clicked.emit(panel.model.index(0, 2))
    assert chosen and chosen[0].severity == "info"
    empty = QualityModel()
    qtmodeltester.check(empty)


def test_empty_dashboard_model(qtmodeltester):
    qtmodeltester.check(DashboardModel())
