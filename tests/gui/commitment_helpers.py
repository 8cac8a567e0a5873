"""Fixtures for the commitment editor tests: a project with one commitment, its editor."""

from __future__ import annotations

import pytest

from matrix_app.domain import models as m
from matrix_app.services.project import Project
from matrix_app.ui import dialogs
from matrix_app.ui.commitment.editor import CommitmentEditor
from matrix_app.ui.document import Document


class Env:
    """A project file, its Document and an editor on one commitment; ``reopen`` starts over."""

    def __init__(self, qtbot, path) -> None:
        self.qtbot = qtbot
        self.path = path
        project = Project.new(path, title="Test")
        plan = project.create(m.ActionPlan, title="NAP 2014-2016")
        c = project.create(
            m.Commitment,
            plan_id=plan.id,
            code="4",
            title="Transparency Portal",
            start_date="2014-07-01",
            end_date="2016-06-30",
        )
        self.plan_id, self.cid = plan.id, c.id
        self.asked: list[tuple[str, str]] = []  # (title, question) of each confirmation
        self.confirm_answer = True
        self.doc = Document(project)
        self.editor = self._editor()

    def _editor(self) -> CommitmentEditor:
        editor = CommitmentEditor(self.doc, self.cid)
        self.qtbot.addWidget(editor)
        editor.resize(1280, 820)
        editor.show()
        return editor

    @property
    def project(self) -> Project:
        return self.doc.project

    def settle(self) -> None:
        """Let the editor re-read the file after the edits just made."""
        self.qtbot.waitUntil(lambda: not self.editor.refresh_pending(), timeout=2000)

    def undo(self) -> None:
        self.doc.undo_stack.undo()
        self.settle()

    def redo(self) -> None:
        self.doc.undo_stack.redo()
        self.settle()

    def reopen(self) -> CommitmentEditor:
        """Close the file and the editor, open the file again, build a new editor."""
        self.editor.close()
        self.editor.deleteLater()
        self.doc.close()
        self.doc = Document(Project.open(self.path))
        self.editor = self._editor()
        return self.editor

    def close(self) -> None:
        self.editor.close()
        self.doc.close()


@pytest.fixture
def env(qtbot, tmp_path, monkeypatch):
    e = Env(qtbot, tmp_path / "editor.nap")

    def confirm(parent, title, question):
        e.asked.append((title, question))
        return e.confirm_answer

    monkeypatch.setattr(dialogs, "confirm", confirm)
    yield e
    e.close()


def tab(env: Env, key: str):
    env.editor.tab_widget.setCurrentWidget(env.editor.tabs[key])
    return env.editor.tabs[key]
