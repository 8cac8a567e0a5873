"""A merge can be undone from the Edit menu (issue 18, issue 12): the project is copied just
before the merge; Undo puts that copy back and the window reloads, and the edits made before
the merge stay on the undo stack below it."""

from __future__ import annotations

import shutil

import pytest

from matrix_app.domain import models as m
from matrix_app.services.digest import content_digest
from matrix_app.services.exchange import restore_points
from matrix_app.services.project import Project
from matrix_app.ui.actions import exchange as exchange_ui
from matrix_app.ui.actions import exchange_dialogs


def digest_of(path) -> str:
    with Project.open(path, read_only=True) as p, p.read() as s:
        return content_digest(s)


def menu_action(window, menu_text: str, starts: str):
    """The action of a menu-bar menu, found as a user finds it: by the menu's and its text."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == menu_text)
    menu.aboutToShow.emit()  # what opening the menu does (actions update their text)
    found = [a for a in menu.actions() if a.text().replace("&", "").startswith(starts)]
    assert found, [a.text() for a in menu.actions()]
    return found[0]


@pytest.fixture
def merged(window, asked, sample_copy, tmp_path, monkeypatch):
    """The sample open, one edit made in the window, then merged with a copy edited apart."""
    window.open_path(sample_copy)
    window.settle()
    doc = window.document
    first = doc.project.rows(m.Commitment)[0]
    assert doc.update(m.Commitment, first.id, "edit title", title="Edited before the merge")
    theirs = tmp_path / "theirs.nap"
    shutil.copyfile(sample_copy, theirs)
    with Project.open(theirs, author="Luis") as p:
        second = p.rows(m.Commitment)[1]
        p.update(m.Commitment, second.id, title="Luis's title", description="Luis's text")
        p.update(m.Indicator, p.rows(m.Indicator)[0].id, name="Luis's indicator")
    before = digest_of(sample_copy)
    monkeypatch.setattr(exchange_ui, "ask_other_file", lambda *a: theirs)
    merge = window.exchange_actions.merge_action
    assert merge in window.file_menu.actions() and merge.isEnabled()  # File › Merge…
    merge.trigger()
    window.settle()
    assert doc.project.get(m.Commitment, second.id).title == "Luis's title"
    assert digest_of(sample_copy) != before
    return {"before": before, "first": first.id, "second": second.id, "theirs": theirs}


def test_summary_headline_counts_what_its_table_lists(window, asked, merged):
    (summary,) = [a[0] for n, a in asked.calls if n == "run_dialog"]
    assert isinstance(summary, exchange_dialogs.SummaryDialog)
    cells = sum(
        int(summary.table.item(r, c).text() or 0)
        for r in range(summary.table.rowCount())
        for c in range(4)  # added, updated, deleted, restored
    )
    assert cells == summary.rows_changed == 2  # one commitment, one indicator
    assert summary.headline.text().startswith("2 rows changed by the merge from theirs.nap")
    assert "(3 changes)" in summary.headline.text()  # 3 fields behind those 2 rows


def test_undo_merge_from_the_edit_menu_restores_the_file_and_keeps_earlier_undo(
    window, asked, merged, sample_copy
):
    doc = window.document
    assert doc.undo_stack.count() == 2  # the edit before the merge, and the merge
    point = restore_points(sample_copy)
    assert len(point) == 1 and point[0].name.startswith("chile.before-merge-")
    action = menu_action(window, "&Edit", "Undo merge of theirs.nap")
    assert action is window.undo_action and action.isEnabled()
    action.trigger()
    window.settle()
    assert asked.names().count("confirm") == 1
    assert digest_of(sample_copy) == merged["before"]
    assert restore_points(sample_copy) == []  # used up: the project is that copy now
    assert doc.project.get(m.Commitment, merged["second"]).title != "Luis's title"
    assert window.tree.model.plans  # the window reloaded the restored file
    assert doc.undo_stack.count() == 1 and doc.undo_stack.index() == 1
    assert window.undo_action.text() == "Undo edit title"
    # The edit made before the merge is still undoable, with the keyboard.
    assert doc.project.get(m.Commitment, merged["first"]).title == "Edited before the merge"
    menu_action(window, "&Edit", "Undo").trigger()
    window.settle()
    assert doc.project.get(m.Commitment, merged["first"]).title != "Edited before the merge"
    # The restored project goes on working: a new edit is saved.
    assert doc.update(m.Commitment, merged["first"], "again", title="After the undo")
    assert doc.project.get(m.Commitment, merged["first"]).title == "After the undo"


def test_declining_the_undo_keeps_the_merge(window, asked, merged, sample_copy, qtbot):
    doc = window.document
    after = digest_of(sample_copy)
    undo = menu_action(window, "&Edit", "Undo merge of theirs.nap")
    assert undo is window.undo_action
    asked.confirm_answer = False
    undo.trigger()
    qtbot.waitUntil(lambda: doc.undo_stack.index() == 2)  # stepped back over the refusal
    assert asked.names().count("confirm") == 1
    assert digest_of(sample_copy) == after
    assert window.undo_action.text() == "Undo merge of theirs.nap"
    asked.confirm_answer = True
    window.undo_action.trigger()
    window.settle()
    assert digest_of(sample_copy) == merged["before"]
    assert doc.undo_stack.count() == 1


def test_undo_merge_after_later_edits_says_so_and_undoes_them_too(
    window, asked, merged, sample_copy
):
    doc = window.document
    assert doc.update(m.Commitment, merged["second"], "later", title="Edited after the merge")
    assert window.undo_action.text() == "Undo later"
    action = menu_action(window, "&Edit", "Undo merge of theirs.nap and the edit after it")
    assert action.isVisible() and action.isEnabled()
    action.trigger()
    window.settle()
    (confirm,) = asked.of("confirm")
    assert "The edit made after the merge is undone too." in confirm[2]
    assert digest_of(sample_copy) == merged["before"]
    assert doc.undo_stack.count() == 1 and doc.undo_stack.index() == 1


def test_merging_the_same_file_again_leaves_no_restore_point(window, asked, merged, sample_copy):
    menu_action(window, "&File", "Merge changes from file").trigger()
    window.settle()
    assert len(restore_points(sample_copy)) == 1
    assert window.document.undo_stack.count() == 2


def test_the_undo_speaks_spanish(spanish, window, asked, merged):
    assert window.undo_action.text() == "Deshacer combinación de theirs.nap"
    (summary,) = [a[0] for n, a in asked.calls if n == "run_dialog"]
    assert summary.headline.text().startswith("2 filas modificadas al combinar desde theirs.nap")
