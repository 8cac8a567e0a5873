"""The report action inside the real main window: File menu, worker thread, progress, result."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader

from matrix_app.domain import models as m


def test_report_is_built_off_the_gui_thread_and_offered(
    window, sample_copy, qtbot, tmp_path, monkeypatch
):
    act = window.report_action
    assert act.action in window.file_menu.actions()
    actions = window.file_menu.actions()
    assert actions.index(act.action) < actions.index(window.close_action)
    assert not act.action.isEnabled()
    window.open_path(sample_copy)
    window.settle()
    assert act.action.isEnabled()
    plan = window.document.project.rows(m.ActionPlan)[-1]
    out = tmp_path / "informe.pdf"
    opened = []
    monkeypatch.setattr(act, "ask_open", lambda text: True)
    monkeypatch.setattr(act, "open_file", opened.append)
    act.start(plan_id=plan.id, kind="mid_term", lang="es", when=dt.date(2015, 9, 30), out=out)
    qtbot.waitUntil(lambda: bool(opened), timeout=60000)
    assert opened == [out]
    text = " ".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert plan.title in " ".join(text.split())
