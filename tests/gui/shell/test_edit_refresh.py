"""An edit refreshes every view from the commitments it concerns, and they show what a full
reload of the file would show (``bench/gui_edit.py`` times the same path)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from matrix_app.domain import models as m
from matrix_app.services.project import Project
from matrix_app.services.touched import commitments_touched
from matrix_app.ui.project_data import load_project_data


def open_sample(window, path):
    window.open_path(path)
    window.settle()
    assert window.data is not None


def a_commitment_with_findings(window):
    plan = window.tree.model.plans[-1]  # the plan whose dashboard is shown
    mine = {c.id for c in plan.commitments}
    return next(f.commitment_id for f in window.quality.model.findings if f.commitment_id in mine)


def test_title_typed_in_the_editor_reaches_every_view_without_a_reload(
    window, sample_copy, qtbot, qtmodeltester
):
    open_sample(window, sample_copy)
    cid = a_commitment_with_findings(window)
    window.tree.select(cid)
    window.settle()
    field = window.editor.tabs["overview"].fields["title"]
    resets: list[str] = []
    window.dashboard.model.modelReset.connect(lambda: resets.append("dashboard"))
    window.quality.model.modelReset.connect(lambda: resets.append("quality"))
    window.tree.model.modelReset.connect(lambda: resets.append("tree"))
    before = window.data
    other = next(r for r in before.rows[window.dashboard.plan_id] if r.id != cid)

    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "Portal de transparencia renovado")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    window.settle()

    title = "Portal de transparencia renovado"
    with Project.open(sample_copy, read_only=True) as p:
        assert p.get(m.Commitment, cid).title == title
        fresh = load_project_data(p)
    # lines redrawn, nothing rebuilt (the quality panel is rebuilt only when the edit
    # changes which findings there are: a v4 project also checks translations of the title)
    assert "dashboard" not in resets and "tree" not in resets
    if [f.code for f in before.findings] == [f.code for f in window.data.findings]:
        assert "quality" not in resets
    assert window.data is not before
    assert window.data.row(other.id) is other  # untouched commitments are not re-read
    dash = window.dashboard.model
    row = next(n for n, r in enumerate(dash.rows) if r.id == cid)
    assert dash.index(row, 1).data() == title
    assert title in window.tree.model.find(cid).data()
    mine = [f for f in window.quality.model.findings if f.commitment_id == cid]
    assert mine and all(title in f.message("es") for f in mine)
    assert title in window.editor.heading.text()
    # the same as reading the whole file again
    assert window.data.rows == fresh.rows
    assert window.data.findings == fresh.findings
    assert [f.params for f in window.data.findings] == [f.params for f in fresh.findings]
    qtmodeltester.check(dash)
    qtmodeltester.check(window.quality.model)


def test_adding_a_commitment_reloads_the_project(window, sample_copy, qtbot):
    open_sample(window, sample_copy)
    tree = window.tree
    plan = tree.model.plans[-1]
    count = len(window.data.rows[plan.id])
    tree.select(plan.id)
    qtbot.mouseClick(tree.buttons[1], Qt.MouseButton.LeftButton)  # Add commitment
    window.settle()
    assert len(window.data.rows[plan.id]) == count + 1
    assert window.dashboard.model.rowCount() == count + 1


def test_which_commitments_a_change_concerns(sample_copy):
    with Project.open(sample_copy, read_only=True) as p:
        indicator = p.rows(m.Indicator)[0]
        assert commitments_touched(p, "indicator", {indicator.id}) == {indicator.commitment_id}
        assert commitments_touched(p, "commitment", {"a", "b"}) == {"a", "b"}
        assert commitments_touched(p, "institution", {p.rows(m.Institution)[0].id}) is None
        assert commitments_touched(p, "*", None) is None
        assert commitments_touched(p, "indicator", None) is None
