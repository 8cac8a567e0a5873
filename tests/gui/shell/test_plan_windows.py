"""The plan's consultation comments and report settings, opened from the project tree's
context menu and the Tools menu, edited with mouse and keyboard, checked in the file."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QImage
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from v4_helpers import (
    click,
    click_index,
    edit_cell,
    focused,
    on_disk,
    type_into,
    type_text,
)

from matrix_app.domain import models as m
from matrix_app.services.project import Project
from matrix_app.ui.plan.consultation import ConsultationDialog
from matrix_app.ui.plan.report_profile import ReportProfileDialog
from matrix_app.ui.plan_windows import PlanWindows


@pytest.fixture
def project_file(tmp_path):
    path = tmp_path / "plan.nap"
    with Project.new(path, title="Test") as p:
        plan = p.create(m.ActionPlan, title="NAP 2014-2016")
        p.create(m.Commitment, plan_id=plan.id, code="1", title="Portal")
    return path


@pytest.fixture
def opened(window, project_file, monkeypatch):
    window.open_path(project_file)
    window.settle()
    menus = []

    def exec_menu(self, menu, at):  # a popup menu blocks: record it, as if it were shown
        menus.append([a for a in menu.actions() if not a.isSeparator()])

    monkeypatch.setattr(PlanWindows, "exec_menu", exec_menu)
    return window, menus


def right_click_plan(qtbot, window, menus):
    tree = window.tree
    plan = tree.model.plans[0]
    index = tree.model.find(plan.id)
    rect = tree.view.visualRect(index)
    qtbot.mouseClick(tree.view.viewport(), Qt.MouseButton.RightButton, pos=rect.center())
    # the context-menu event the platform sends with a right press
    at = rect.center()
    global_at = tree.view.viewport().mapToGlobal(at)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, global_at)
    QApplication.sendEvent(tree.view.viewport(), event)
    assert menus, "no context menu"
    assert tree.current_id() == plan.id
    return plan, menus[-1]


def test_menu_key_opens_the_plan_menu_of_the_selected_commitment(opened, qtbot):
    window, menus = opened
    tree = window.tree
    commitment = tree.model.plans[0].commitments[0]
    click_index(qtbot, tree.view, tree.model.find(commitment.id))
    tree.view.setFocus()
    # what Qt sends the focus widget for the Menu key (QTest's key events go straight to
    # the widget, past the step that turns an unused Menu key into this event)
    corner = tree.view.rect().topLeft()
    key = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, corner, tree.view.mapToGlobal(corner)
    )
    QApplication.sendEvent(tree.view, key)
    assert menus, "the Menu key opened no menu"
    assert menus[-1][:2] == [tree.consultation_action, tree.report_settings_action]
    assert tree.current_id() == commitment.id  # the selection stays
    menus[-1][1].trigger()  # "Report settings…" of the commitment's plan
    dialog = tree.plan_windows[("report", tree.model.plans[0].id)]
    assert dialog.isVisible()
    dialog.close()


def test_consultation_comments_from_the_tree(opened, qtbot, project_file, qtmodeltester):
    window, menus = opened
    plan, actions = right_click_plan(qtbot, window, menus)
    assert actions[0] is window.tree.consultation_action
    actions[0].trigger()
    dialog = window.tree.plan_windows[("consultation", plan.id)]
    assert isinstance(dialog, ConsultationDialog) and dialog.isVisible()
    qtmodeltester.check(dialog.model)
    click(qtbot, dialog.add_button)
    window.settle()
    qtbot.waitUntil(lambda: focused() is not dialog.view)  # Add opened "who" for typing
    type_text(qtbot, focused(), "María Pérez")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    model = dialog.model
    edit_cell(
        qtbot,
        dialog.view,
        model.index(0, model.column_of("organisation")),
        "Ciudadanía Inteligente",
        Qt.Key.Key_Return,
    )
    edit_cell(
        qtbot,
        dialog.view,
        model.index(0, model.column_of("received_on")),
        "2016-09-03",
        Qt.Key.Key_Return,
    )
    edit_cell(
        qtbot,
        dialog.view,
        model.index(0, model.column_of("comment")),
        "Publicar en formatos abiertos",
        None,
    )
    click_index(qtbot, dialog.view, model.index(0, 0))
    window.settle()
    [row] = on_disk(project_file, m.ConsultationComment)
    assert (row.plan_id, row.period, row.author, row.organisation) == (
        plan.id,
        "mid_term",
        "María Pérez",
        "Ciudadanía Inteligente",
    )
    assert (row.received_on, row.comment) == (dt.date(2016, 9, 3), "Publicar en formatos abiertos")
    # the translation of the comment, in its own column
    click(qtbot, dialog.show_translations)
    col = model.column_of("comment_translation")
    assert not dialog.view.isColumnHidden(col)
    edit_cell(qtbot, dialog.view, model.index(0, col), "Publish in open formats", None)
    click_index(qtbot, dialog.view, model.index(0, 0))
    window.settle()
    [tr] = on_disk(project_file, m.Translation)
    assert (tr.entity, tr.row_id, tr.field, tr.text) == (
        "consultation_comment",
        row.id,
        "comment",
        "Publish in open formats",
    )
    # another report's comments are another list
    dialog.period.setCurrentIndex(dialog.period.findData("end_of_term"))
    assert model.rowCount() == 0
    dialog.period.setCurrentIndex(dialog.period.findData("mid_term"))
    qtmodeltester.check(model)
    click_index(qtbot, dialog.view, model.index(0, 0))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)
    window.settle()
    assert on_disk(project_file, m.ConsultationComment) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.settle()
    assert [c.author for c in on_disk(project_file, m.ConsultationComment)] == ["María Pérez"]
    assert model.rowCount() == 1
    dialog.close()


def logo_file(tmp_path, name="logo.png", fmt="PNG"):
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d3f72"))
    path = tmp_path / name
    assert image.save(str(path), fmt)
    return path


def test_report_settings_from_the_tools_menu(opened, qtbot, project_file, tmp_path, monkeypatch):
    window, _menus = opened
    window.plan_actions.report_settings.trigger()
    plan = window.tree.model.plans[0]
    dialog = window.tree.plan_windows[("report", plan.id)]
    assert isinstance(dialog, ReportProfileDialog)
    type_into(qtbot, dialog.fields["issuing_body"], "Comisión de Probidad y Transparencia")
    type_into(qtbot, dialog.fields["consultation_start"], "2016-08-01")
    type_into(qtbot, dialog.fields["consultation_end"], "2016-07-01")  # before the start
    assert "before it starts" in dialog.message_bar.text()
    type_into(qtbot, dialog.fields["consultation_end"], "2016-08-31")
    # the keys the report reads; the internal annex starts off, as in the report dialog
    assert not dialog.section_boxes["annex"].isChecked()
    assert dialog.section_boxes["commitments"].isChecked()
    click(qtbot, dialog.section_boxes["relevance"])
    window.settle()
    [p] = on_disk(project_file, m.ReportProfile)
    assert (p.plan_id, p.issuing_body) == (plan.id, "Comisión de Probidad y Transparencia")
    assert (p.consultation_start, p.consultation_end) == (dt.date(2016, 8, 1), dt.date(2016, 8, 31))
    chosen = p.sections.split(";")
    assert "relevance" not in chosen and "annex" not in chosen and "commitments" in chosen
    from matrix_app.services.report.outline import all_keys

    assert set(chosen) <= set(all_keys())
    click(qtbot, dialog.defaults_button)
    window.settle()
    assert on_disk(project_file, m.ReportProfile)[0].sections == ""
    # the logo: chosen, previewed, stored, removed, undone
    image = logo_file(tmp_path)
    monkeypatch.setattr(ReportProfileDialog, "choose_file", lambda self: str(image))
    click(qtbot, dialog.choose_logo_button)
    window.settle()
    assert dialog.logo_preview.pixmap() is not None and not dialog.logo_preview.pixmap().isNull()
    [p] = on_disk(project_file, m.ReportProfile)
    with Project.open(project_file, read_only=True) as project:
        assert project.blob(p.logo_sha256) == image.read_bytes()
    click(qtbot, dialog.remove_logo_button)
    window.settle()
    assert on_disk(project_file, m.ReportProfile)[0].logo_sha256 is None
    assert dialog.logo_preview.text() == "No logo"
    window.document.undo_stack.undo()
    window.settle()
    assert on_disk(project_file, m.ReportProfile)[0].logo_sha256 == p.logo_sha256
    dialog.close()


def test_a_file_that_is_no_image_is_refused(opened, qtbot, project_file, tmp_path, monkeypatch):
    window, _menus = opened
    dialog = window.tree.open_report_settings()
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"MZ not a picture")
    monkeypatch.setattr(ReportProfileDialog, "choose_file", lambda self: str(fake))
    click(qtbot, dialog.choose_logo_button)
    assert "not a PNG or JPEG" in dialog.message_bar.text()
    assert on_disk(project_file, m.ReportProfile) == []
    dialog.close()


def test_report_settings_from_the_report_dialog(opened, qtbot, asked, project_file):
    window, _menus = opened
    action = window.report_action
    report = action.make_dialog()
    qtbot.addWidget(report)

    def fill(dialog):
        assert isinstance(dialog, ReportProfileDialog)
        dialog.show()  # as exec() shows it
        type_into(qtbot, dialog.fields["issuing_body"], "SEGPRES")
        dialog.close()

    asked.fill_dialog = fill  # the settings dialog, run over the report dialog
    report.show()
    click(qtbot, report.settings_button)
    assert len(asked.of("run_dialog")) == 1
    window.settle()
    assert [p.issuing_body for p in on_disk(project_file, m.ReportProfile)] == ["SEGPRES"]
    report.close()


def test_closing_the_project_closes_its_plan_windows(opened, qtbot):
    window, _menus = opened
    consultation = window.tree.open_consultation()
    settings = window.tree.open_report_settings()
    assert consultation.isVisible() and settings.isVisible()
    window.close_project()
    assert not consultation.isVisible() and not settings.isVisible()


def test_a_read_only_file_shows_but_does_not_edit(project_file, qtbot):
    from matrix_app.ui.document import Document

    with Project.open(project_file) as p:
        plan = p.rows(m.ActionPlan)[0]
        p.create(m.ConsultationComment, plan_id=plan.id, author="Ana")
    doc = Document(Project.open(project_file, read_only=True))
    try:
        dialog = ConsultationDialog(doc, plan.id)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.model.rowCount() == 1 and not dialog.add_button.isEnabled()
        flags = dialog.model.flags(dialog.model.index(0, 0))
        assert not flags & Qt.ItemFlag.ItemIsEditable
        settings = ReportProfileDialog(doc, plan.id)
        qtbot.addWidget(settings)
        settings.show()
        assert settings.fields["issuing_body"].isReadOnly()
        assert not settings.choose_logo_button.isEnabled()
        dialog.close()
        settings.close()
    finally:
        doc.close()


def test_an_untranslated_text_finding_opens_the_translations(window, sample_copy, qtbot):
    from matrix_app.services import translations
    from matrix_app.ui.commitment.editor import CommitmentEditor

    with Project.open(sample_copy) as p:  # one translation: the project is bilingual
        c = p.rows(m.Commitment)[0]
        translations.set_translation(p, "commitment", c.id, "title", "en", "A title")
    window.open_path(sample_copy)
    window.settle()
    finding = next(
        f
        for f in window.data.findings
        if f.code == "text_not_translated" and f.entity == "result" and f.commitment_id
    )
    window.show_finding(finding)
    window.settle()
    editor = window.editor
    assert editor.commitment_id == finding.commitment_id
    assert editor.translate_button.isChecked() and editor.current_tab() == "logframe"
    logframe = editor.tabs["logframe"]
    assert not logframe.view.isColumnHidden(logframe.model.column_of("narrative_translation"))
    assert logframe.selected_id() == finding.row_id
    CommitmentEditor.translations_shown = False


def test_the_plan_title_is_translated_in_the_report_settings(opened, qtbot, project_file):
    window, _menus = opened
    plan = window.tree.model.plans[0]
    dialog = window.tree.open_report_settings(plan.id)
    assert dialog.plan_title.text() == "NAP 2014-2016" and dialog.plan_title.isReadOnly()
    twin = dialog.plan_twins.twin("title")
    assert not twin.isVisible()
    click(qtbot, dialog.translations_box)
    assert twin.isVisible()
    type_into(qtbot, twin.edit, "National Action Plan 2014-2016")
    window.settle()
    [t] = on_disk(project_file, m.Translation)
    assert (t.entity, t.row_id, t.field, t.lang, t.text) == (
        "action_plan",
        plan.id,
        "title",
        "en",
        "National Action Plan 2014-2016",
    )
    dialog.close()
