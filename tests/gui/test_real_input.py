# ruff: noqa: F811  (pytest fixtures imported from commitment_helpers)
"""Real mouse clicks and key presses in the commitment editor (issue 12).

Each test clicks a row with the mouse, presses a button, and checks what landed in the
project file by opening it again through the services API.
"""

from __future__ import annotations

from commitment_helpers import env, tab  # noqa: F401
from PySide6.QtCore import Qt

from matrix_app.domain import models as m
from matrix_app.services.project import Project

NAMES = ("Portal de Transparencia", "Ataque a la plataforma PISEE", "Agencias conectadas")


def click_row(qtbot, view, row, column=1, parent=None):
    model = view.model()
    index = model.index(row, column) if parent is None else model.index(row, column, parent)
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid(), "row not on screen"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def on_disk(env, cls, **where):
    """Rows of ``cls`` as a fresh reader of the file sees them (not the editor's cache)."""
    project = Project.open(env.path, read_only=True)
    try:
        return project.rows(cls, **where)
    finally:
        project.close()


def indicators(env):
    out = env.project.create(m.Result, commitment_id=env.cid, level="output", narrative="Portal")
    ids = [env.project.create(m.Indicator, result_id=out.id, name=n).id for n in NAMES]
    env.editor.refresh()
    env.settle()
    return tab(env, "indicators"), ids


def test_indicator_click_shows_the_row_clicked(env, qtbot):
    t, _ids = indicators(env)
    names = [r.name for r in t.list_model.rows()]
    for target in (1, 2, 0, 1):
        click_row(qtbot, t.list_view, target)
        assert t.current.name == names[target]
        assert t.sheet["name"].text() == names[target]
    # the keyboard still works
    qtbot.keyClick(t.list_view, Qt.Key.Key_Down)
    assert t.current.name == names[2]


def test_remove_indicator_removes_the_one_clicked_after_asking(env, qtbot):
    t, _ids = indicators(env)
    click_row(qtbot, t.list_view, 1)
    env.confirm_answer = False
    click(qtbot, t.remove_button)
    assert env.asked and NAMES[1] in env.asked[-1][1]
    assert len(on_disk(env, m.Indicator)) == 3
    env.confirm_answer = True
    click(qtbot, t.remove_button)
    env.settle()
    assert sorted(i.name for i in on_disk(env, m.Indicator)) == sorted([NAMES[0], NAMES[2]])


def test_measurement_lands_on_the_indicator_clicked(env, qtbot):
    t, ids = indicators(env)
    click_row(qtbot, t.list_view, 1)
    click(qtbot, t.add_measure_button)
    env.settle()
    qtbot.keyClick(t.measure_view, Qt.Key.Key_Escape)  # leave the cell editor it opened
    [row] = on_disk(env, m.Measurement)
    assert row.indicator_id == ids[1]
    click_row(qtbot, t.list_view, 2)
    click(qtbot, t.add_target_button)
    env.settle()
    [target] = on_disk(env, m.Target)
    assert target.indicator_id == ids[2]


def evidence(env):
    ids = [
        env.project.create(
            m.Evidence, commitment_id=env.cid, kind="note", title=n, note=f"about {n}"
        ).id
        for n in NAMES
    ]
    env.editor.refresh()
    env.settle()
    return tab(env, "evidence"), ids


def test_evidence_click_shows_and_removes_the_row_clicked(env, qtbot):
    t, ids = evidence(env)
    for target in (1, 2, 0, 1):
        click_row(qtbot, t.view, target)
        assert t.current.id == ids[target]
        assert t.fields["title"].text() == NAMES[target]
    env.confirm_answer = False
    click(qtbot, t.remove_button)
    assert len(env.asked) == 1 and NAMES[1] in env.asked[0][1]
    assert len(on_disk(env, m.Evidence)) == 3
    env.confirm_answer = True
    click(qtbot, t.remove_button)
    env.settle()
    assert sorted(e.title for e in on_disk(env, m.Evidence)) == sorted([NAMES[0], NAMES[2]])
    # Del on the keyboard asks too and removes the row the keyboard selected
    click_row(qtbot, t.view, 0)
    qtbot.keyClick(t.view, Qt.Key.Key_Down)
    selected = t.current.title
    qtbot.keyClick(t.view, Qt.Key.Key_Delete)
    env.settle()
    assert len(env.asked) == 3 and selected in env.asked[-1][1]
    assert [e.title for e in on_disk(env, m.Evidence)] == [n for n in NAMES if n == NAMES[0]]


def test_add_file_button_attaches_the_chosen_file(env, qtbot, tmp_path, monkeypatch):
    t = tab(env, "evidence")
    acta = tmp_path / "acta.pdf"
    acta.write_bytes(b"%PDF-1.4 acta")
    monkeypatch.setattr(t, "choose_files", lambda: [str(acta)])
    click(qtbot, t.add_file_button)
    env.settle()
    [ev] = on_disk(env, m.Evidence)
    assert (ev.kind, ev.file_name, ev.size) == ("file", "acta.pdf", 13)


def test_typed_title_goes_to_the_evidence_clicked(env, qtbot):
    t, ids = evidence(env)
    click_row(qtbot, t.view, 2)
    title = t.fields["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Acta del consejo")
    click_row(qtbot, t.view, 0)  # leaving the box saves it, on the row it belonged to
    env.settle()
    rows = {e.id: e.title for e in on_disk(env, m.Evidence)}
    assert rows[ids[2]] == "Acta del consejo"
    assert rows[ids[0]] == NAMES[0]
    assert t.current.id == ids[0]


def test_logframe_remove_row_removes_the_row_clicked(env, qtbot):
    lf = tab(env, "logframe")
    ids = [
        env.project.create(m.Result, commitment_id=env.cid, level="goal", narrative=n).id
        for n in NAMES
    ]
    env.editor.refresh()
    env.settle()
    click_row(qtbot, lf.view, 1)
    assert lf.selected_id() == ids[1]
    click(qtbot, lf.remove)
    env.settle()
    assert sorted(r.narrative for r in on_disk(env, m.Result)) == sorted([NAMES[0], NAMES[2]])


def test_remove_target_and_measurement_remove_the_row_clicked(env, qtbot):
    t, ids = indicators(env)
    for due, value in (("2015-06-30", 100), ("2016-06-30", 225)):
        env.project.create(m.Target, indicator_id=ids[0], due_date=due, value=value)
    for day, value in (("2015-01-31", 10), ("2015-07-31", 52), ("2016-01-31", 90)):
        env.project.create(m.Measurement, indicator_id=ids[0], measured_on=day, value=value)
    env.editor.refresh()
    env.settle()
    click_row(qtbot, t.list_view, t.list_model.row_of(ids[0]))
    click_row(qtbot, t.target_view, 1, column=t.target_model.column_of("value"))
    qtbot.keyClick(t.target_view, Qt.Key.Key_Escape)
    click(qtbot, t.remove_target_button)
    env.settle()
    assert [x.value for x in on_disk(env, m.Target)] == [100]
    click_row(qtbot, t.measure_view, 1, column=t.measure_model.column_of("value"))
    qtbot.keyClick(t.measure_view, Qt.Key.Key_Escape)
    click(qtbot, t.remove_measure_button)
    env.settle()
    assert sorted(x.value for x in on_disk(env, m.Measurement)) == [10, 90]


def test_remove_institution_removes_the_row_clicked(env, qtbot):
    names = ("CPLT", "SEGPRES", "SUBDERE")
    for role, name in zip(("lead", "support", "support"), names, strict=True):
        inst = env.project.create(m.Institution, name=name, acronym=name)
        env.project.create(
            m.CommitmentInstitution, commitment_id=env.cid, institution_id=inst.id, role=role
        )
    env.editor.refresh()
    env.settle()
    ov = tab(env, "overview")
    click_row(qtbot, ov.inst_view, 1, column=0)
    click(qtbot, ov.inst_remove)
    env.settle()
    left = {i.id: i.name for i in on_disk(env, m.Institution)}
    assert sorted(left[x.institution_id] for x in on_disk(env, m.CommitmentInstitution)) == [
        "CPLT",
        "SUBDERE",
    ]
