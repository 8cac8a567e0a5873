"""Files attached in the main window: the window's runner does the work (its progress dialog
belongs to the window, editing is locked meanwhile and comes back), Edit > Undo takes the
whole batch away (issue 16)."""

from __future__ import annotations

import pathlib
import threading

from PySide6.QtCore import Qt

from matrix_app.domain import models as m
from matrix_app.services.project import Project
from matrix_app.ui.commitment.evidence import EvidenceTab


def on_disk(path, cls, **where):
    with Project.open(path, read_only=True) as p:
        return p.rows(cls, **where)


def test_attach_in_the_window_locks_editing_until_the_files_land(
    window, sample_copy, qtbot, tmp_path, monkeypatch
):
    files = [tmp_path / f"acta-{i}.pdf" for i in range(2)]
    for f in files:
        f.write_bytes(b"%PDF-1.4 " + f.name.encode() * 10_000)
    window.open_path(sample_copy)
    window.settle()
    commitment = window.tree.model.plans[1].commitments[0]
    before = len(on_disk(sample_copy, m.Evidence, commitment_id=commitment.id))
    window.show_commitment(commitment.id)
    window.settle()
    tab = window.editor.tabs["evidence"]
    window.editor.tab_widget.setCurrentWidget(tab)
    monkeypatch.setattr(EvidenceTab, "choose_files", lambda self: [str(f) for f in files])
    monkeypatch.setattr(EvidenceTab, "ask_public", lambda self, names: True)
    reached, release = threading.Event(), threading.Event()
    real_open = pathlib.Path.open

    def opened(path, *args, **kwargs):
        if path.name == files[1].name:
            reached.set()
            assert release.wait(5), "the file was opened on the GUI thread"
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", opened)
    qtbot.mouseClick(tab.add_file_button, Qt.MouseButton.LeftButton)
    assert reached.wait(5)
    task = tab.attaching
    assert task in window.runner.active and task.dialog.parentWidget() is window
    assert not window.pages.isEnabled()  # no edit can slip in while the files are stored
    release.set()
    window.settle()
    assert window.pages.isEnabled() and tab.attaching is None
    added = on_disk(sample_copy, m.Evidence, commitment_id=commitment.id)
    assert len(added) == before + 2
    assert tab.current.file_name == files[-1].name
    window.undo_action.trigger()  # one step: both files go
    window.settle()
    assert len(on_disk(sample_copy, m.Evidence, commitment_id=commitment.id)) == before
