"""The Spanish translation is complete and the editor speaks it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication

from matrix_app.domain import models as m
from matrix_app.domain.vocabulary import Level
from matrix_app.messages import set_language
from matrix_app.paths import resources_dir
from matrix_app.services.project import Project
from matrix_app.ui.commitment import install_translator
from matrix_app.ui.commitment.editor import CommitmentEditor
from matrix_app.ui.document import Document

TS = resources_dir() / "i18n" / "matrix_commitment_es.ts"


def test_translation_file_is_complete():
    root = ET.parse(TS).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 300
    for msg in messages:
        node = msg.find("translation")
        assert node.get("type") is None, msg.findtext("source")
        forms = node.findall("numerusform")  # a message with a count: one text per form
        for text in [f.text for f in forms] if forms else [node.text]:
            assert (text or "").strip(), msg.findtext("source")


def test_editor_in_spanish(qtbot, tmp_path):
    translator = install_translator("es")
    assert translator is not None
    set_language("es")
    try:
        project = Project.new(tmp_path / "es.nap")
        plan = project.create(m.ActionPlan, title="Plan")
        c = project.create(m.Commitment, plan_id=plan.id, code="1", title="Municipal")
        doc = Document(project)
        editor = CommitmentEditor(doc, c.id)
        qtbot.addWidget(editor)
        titles = [editor.tab_widget.tabText(i) for i in range(editor.tab_widget.count())]
        assert titles[0] == "&Resumen" and titles[1] == "&Matriz de marco lógico"
        t = editor.tabs["logframe"]
        assert t.add_output.text() == "Agregar co&mponente"
        t.add_row(Level.GOAL)
        assert doc.undo_stack.undoText() == "Agregar fin"
        editor.close()
        doc.close()
    finally:
        set_language(None)
        QCoreApplication.removeTranslator(translator)
