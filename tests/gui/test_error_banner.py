# ruff: noqa: F811  (pytest fixtures imported from commitment_helpers)
"""The editor's error banner belongs to the field and tab that raised it (issue 12).

Typed with the keyboard into the real fields: a refused value shows the banner, correcting
that value takes it away, an edit of another field leaves it, another tab never shows it.
"""

from __future__ import annotations

import datetime as dt

from commitment_helpers import env, tab  # noqa: F401
from PySide6.QtCore import Qt

from matrix_app.domain import models as m
from matrix_app.services.project import Project


def type_into(qtbot, widget, text):
    """Click the field, select what it holds, type ``text`` and press Return."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    assert widget.hasFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def saved_end(env):
    project = Project.open(env.path, read_only=True)
    try:
        return project.get(m.Commitment, env.cid).end_date
    finally:
        project.close()


def test_banner_goes_when_the_value_is_corrected(env, qtbot):
    bar = env.editor.message_bar
    end = tab(env, "overview").fields["end_date"]
    type_into(qtbot, end, "2013-01-01")  # before the start (2014-07-01)
    assert bar.isVisible() and "2014" in bar.text()
    assert saved_end(env) == dt.date(2016, 6, 30)  # nothing wrong was saved
    type_into(qtbot, end, "2016-12-31")
    env.settle()
    assert not bar.isVisible() and bar.text() == ""
    assert saved_end(env) == dt.date(2016, 12, 31)


def test_banner_stays_while_another_field_is_edited(env, qtbot):
    bar = env.editor.message_bar
    fields = tab(env, "overview").fields
    type_into(qtbot, fields["focal_point_email"], "not an address")
    assert bar.isVisible() and "not an address" in bar.text()
    type_into(qtbot, fields["title"], "Portal de Transparencia")
    env.settle()
    assert bar.isVisible(), "an edit of the title is not a correction of the e-mail"
    type_into(qtbot, fields["focal_point_email"], "ana@example.org")
    env.settle()
    assert not bar.isVisible()


def test_banner_does_not_follow_to_another_tab(env, qtbot):
    bar = env.editor.message_bar
    end = tab(env, "overview").fields["end_date"]
    type_into(qtbot, end, "2013-01-01")
    assert bar.isVisible()
    tabs = env.editor.tab_widget
    bar_widget = tabs.tabBar()
    logframe = list(env.editor.tabs).index("logframe")
    qtbot.mouseClick(
        bar_widget, Qt.MouseButton.LeftButton, pos=bar_widget.tabRect(logframe).center()
    )
    assert env.editor.current_tab() == "logframe"
    assert not bar.isVisible()
    # and coming back does not bring it back
    qtbot.keyClick(tabs, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert env.editor.current_tab() == "overview"
    assert not bar.isVisible()
