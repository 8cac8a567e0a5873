"""Screenshots of every commitment-editor tab, in English and Spanish, on the sample project.

    PYTHONPATH=src python tools/screenshots_commitment.py [OUT_DIR]

Works on a copy of ``sample_projects/chile-nap-2014-2016.nap`` (commitment 4, the
Transparency Portal, whose target was revised after the 2015 platform attack), where the
measurements of that indicator are made to cite their evidence (the sample has no citations),
and writes ``docs/screenshots/commitment-<tab>-<lang>.png``.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from matrix_app.domain import models as m
from matrix_app.messages import set_language
from matrix_app.paths import sample_project
from matrix_app.services.project import Project
from matrix_app.ui.commitment import install_translator
from matrix_app.ui.commitment.editor import CommitmentEditor
from matrix_app.ui.document import Document

ROOT = Path(__file__).resolve().parents[1]


def wait(app: QApplication, seconds: float = 0.25) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()


def cite_evidence(path: Path) -> None:
    """On the copy: the revised indicator's measurements cite their means of verification,
    the latest one the stored file, earlier ones the note (the platform attack)."""
    with Project.open(path, author="Screenshots") as project:
        commitment = next(c for c in project.rows(m.Commitment) if c.code == "4")
        evidence = project.rows(m.Evidence, commitment_id=commitment.id)
        file = next((e for e in evidence if e.kind == "file"), None)
        note = next((e for e in evidence if e.kind == "note"), None)
        revised = {r.target_id for r in project.rows(m.TargetRevision)}
        targets = [t for t in project.rows(m.Target) if t.id in revised]
        for t in targets[:1]:
            shown = project.rows(m.Measurement, indicator_id=t.indicator_id)
            shown.sort(key=lambda x: x.measured_on or dt.date.min)
            for x in shown:
                cited = file if x is shown[-1] else note
                if cited is not None:
                    project.update(m.Measurement, x.id, evidence_id=cited.id)


def shoot(app: QApplication, path: Path, lang: str, out: Path) -> list[Path]:
    set_language(lang)
    translator = install_translator(lang)
    doc = Document(Project.open(path, read_only=False, author="Screenshots"))
    try:
        commitment = next(c for c in doc.project.rows(m.Commitment) if c.code == "4")
        editor = CommitmentEditor(doc, commitment.id)
        editor.resize(1280, 820)
        editor.show()
        ind = editor.tabs["indicators"]
        revised = next(
            (
                i
                for i in editor.data.indicators
                if any(editor.data.revisions.get(t.id) for t in editor.data.targets.get(i.id, []))
            ),
            None,
        )
        written = []
        for key in editor.tabs:
            editor.tab_widget.setCurrentWidget(editor.tabs[key])
            if key == "indicators" and revised is not None:
                ind.select("indicator", revised.id)
            if key == "evidence":
                tab = editor.tabs["evidence"]
                files = [e for e in editor.data.evidence if e.kind == "file"]
                if files:
                    tab.select("evidence", files[0].id)
            wait(app)
            target = out / f"commitment-{key}-{lang}.png"
            editor.grab().save(str(target))
            written.append(target)
        editor.close()
        editor.deleteLater()
        wait(app, 0.05)
        return written
    finally:
        doc.close()
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
        set_language(None)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "sample.nap"
        shutil.copy(sample_project(), copy)
        cite_evidence(copy)
        for lang in ("en", "es"):
            for path in shoot(app, copy, lang, out):
                print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
