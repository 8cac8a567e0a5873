# ruff: noqa: F811  (pytest fixtures imported from commitment_helpers)
"""The editor's error banner belongs to the field and tab that raised it (issue 12).

Typed with the keyboard into the real fields: a refused value shows the banner, correcting
that value (or typing a valid one again) takes it away, so does a saved edit of another
field (the refused one shows its saved value again); another tab never shows it.
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


def test_banner_goes_after_a_good_edit_of_another_field(env, qtbot):
    bar = env.editor.message_bar
    fields = tab(env, "overview").fields
    type_into(qtbot, fields["focal_point_email"], "not an address")
    assert bar.isVisible() and "not an address" in bar.text()
    assert fields["focal_point_email"].text() == ""  # put back to what is saved
    type_into(qtbot, fields["title"], "Portal de Transparencia")
    env.settle()
    assert not bar.isVisible(), "the e-mail shows its saved value; the user moved on"


def test_banner_stays_when_the_next_edit_is_refused_or_unchanged(env, qtbot):
    bar = env.editor.message_bar
    fields = tab(env, "overview").fields
    type_into(qtbot, fields["end_date"], "31/31/2016")
    assert bar.isVisible()
    message = bar.text()
    # leaving the field (now back at the saved date) with Tab is no correction
    qtbot.keyClick(fields["end_date"], Qt.Key.Key_Tab)
    assert bar.isVisible() and bar.text() == message
    # typing the title it already has saves nothing: no good edit, the message stays
    type_into(qtbot, fields["title"], "Transparency Portal")
    env.settle()
    assert bar.isVisible() and bar.text() == message


def test_banner_goes_when_the_saved_date_is_typed_again(env, qtbot):
    bar = env.editor.message_bar
    end = tab(env, "overview").fields["end_date"]
    type_into(qtbot, end, "2016-02-30")  # no such day
    assert bar.isVisible()
    shown = end.text()
    type_into(qtbot, end, shown)  # the user retypes the date that is saved: valid again
    env.settle()
    assert not bar.isVisible()
    assert saved_end(env) == dt.date(2016, 6, 30)


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
