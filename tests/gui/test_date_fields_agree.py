# ruff: noqa: F811  (pytest fixtures imported from commitment_helpers)
"""Every date field writes a date the way the rest of the window does (issue 12).

The screenshot pass showed the baseline date, the commitment's dates and the evidence date
as "01-07-2014" while the tables, the dashboard and the report dialog said "1 jul 2014", and
the conflicts dialog said "2026-12-02 00:49" where History says "2 dic 2026 00:49". Typed
with the keyboard into the real fields, in both languages.
"""

from __future__ import annotations

import datetime as dt

import pytest
from commitment_helpers import env, tab  # noqa: F401
from PySide6.QtCore import QDate, Qt

from matrix_app.domain import models as m
from matrix_app.messages import set_language
from matrix_app.ui.commitment import fmt

SHOWN = {"en": "30 Jun 2016", "es": "30 jun 2016"}


def type_into(qtbot, widget, text):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


@pytest.fixture(params=["en", "es"])
def lang(request):
    set_language(request.param)
    yield request.param
    set_language(None)


def test_date_fields_show_the_date_as_the_tables_do(env, qtbot, lang):
    env.editor.refresh()
    end = tab(env, "overview").fields["end_date"]
    assert end.text() == SHOWN[lang] == fmt.date_text(dt.date(2016, 6, 30))
    # the shown form can be typed back, and so can ISO and the numeric form
    type_into(qtbot, end, {"en": "31 Dec 2016", "es": "31 dic 2016"}[lang])
    env.settle()
    assert env.project.get(m.Commitment, env.cid).end_date == dt.date(2016, 12, 31)
    assert end.text() == fmt.date_text(dt.date(2016, 12, 31))
    type_into(qtbot, end, "2016-11-30")
    env.settle()
    assert env.project.get(m.Commitment, env.cid).end_date == dt.date(2016, 11, 30)
    assert end.text() == {"en": "30 Nov 2016", "es": "30 nov 2016"}[lang]


def test_baseline_date_field_agrees(env, qtbot, lang):
    env.doc.create(m.Result, "Add purpose", commitment_id=env.cid, level="purpose")
    env.settle()
    t = tab(env, "indicators")
    ind = t.add_indicator()
    env.settle()
    field = t.sheet["baseline_date"]
    type_into(qtbot, field, {"en": "30-06-2016", "es": "30-06-2016"}[lang])
    env.settle()
    if lang == "es":  # the Spanish numeric form; English reads ISO and the shown form
        assert env.project.get(m.Indicator, ind).baseline_date == dt.date(2016, 6, 30)
        assert field.text() == SHOWN[lang]
    type_into(qtbot, field, SHOWN[lang])
    env.settle()
    assert env.project.get(m.Indicator, ind).baseline_date == dt.date(2016, 6, 30)
    assert field.text() == SHOWN[lang]


def test_report_dialog_date_agrees_with_the_fields(qtbot, tmp_path, lang):
    from PySide6.QtCore import QLocale

    from matrix_app.ui.actions.report import ReportDialog
    from matrix_app.ui.i18n import locale_for

    saved = QLocale()
    QLocale.setDefault(locale_for(lang))
    try:
        dialog = ReportDialog([("p1", "Plan")], tmp_path, "plan", lang)
        qtbot.addWidget(dialog)
        dialog.date.setDate(QDate(2016, 6, 30))
        assert dialog.date.text() == fmt.date_text(dt.date(2016, 6, 30)) == SHOWN[lang]
    finally:
        QLocale.setDefault(saved)


def test_conflict_stamps_read_as_history_does(lang):
    from matrix_app.ui.actions.exchange_text import show_stamp

    at = "2016-06-30T12:00:00+00:00"
    assert show_stamp("Ana", at) == "Ana · " + fmt.local_time_text(at)
    assert "2016-06-30" not in show_stamp("Ana", at)
