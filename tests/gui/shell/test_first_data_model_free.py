"""Issue 16: on a file this installation left as it was, tree, dashboard and quality panel
are filled before SQLAlchemy is imported (the Document attaches when it has loaded); the
window is read-only until then. In a fresh process: this one has imported SQLAlchemy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from matrix_app.services.project import Project

SRC = Path(__file__).resolve().parents[3] / "src"

CHILD = r"""
import json, sys
from PySide6.QtCore import QTimer
from matrix_app.ui.app import make_application
from matrix_app.ui.main_window import MainWindow
from matrix_app.ui.settings import Settings

app = make_application([])
window = MainWindow(Settings.at(sys.argv[2]))
window.show()
seen = {}

def loaded(data):
    if "first" not in seen:
        seen["first"] = {
            "sqlalchemy": "sqlalchemy" in sys.modules or "sqlmodel" in sys.modules,
            "document": window.document is not None,
            "rows": window.dashboard.model.rowCount(),
            "tree": sum(len(p.commitments) for p in window.tree.model.plans),
            "quality": len(data.findings),
            "add_plan": window.tree.add_plan_action.isEnabled(),
        }

def attached(doc):
    if doc is not None:
        seen["attached"] = {"add_plan": window.tree.add_plan_action.isEnabled(),
                            "sqlalchemy": "sqlalchemy" in sys.modules}
        QTimer.singleShot(0, app.quit)

window.data_loaded.connect(loaded)
window.document_changed.connect(attached)
QTimer.singleShot(0, lambda: window.open_path(sys.argv[1]))
QTimer.singleShot(30000, app.quit)
app.exec()
window.close()
print("SEEN " + json.dumps(seen))
"""


def test_first_data_reaches_the_views_before_sqlalchemy_is_imported(sample_copy, tmp_path):
    state = tmp_path / "state"
    env = dict(
        os.environ,
        PYTHONPATH=str(SRC),
        QT_QPA_PLATFORM="offscreen",
        MATRIX_STATE_DIR=str(state),
    )
    os.environ["MATRIX_STATE_DIR"] = str(state)
    try:
        Project.open(sample_copy).close()  # checked and remembered, as a user's own file
    finally:
        del os.environ["MATRIX_STATE_DIR"]
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(sample_copy), str(tmp_path / "s.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    line = next((x for x in out.stdout.splitlines() if x.startswith("SEEN ")), None)
    assert line is not None, out.stderr
    seen = json.loads(line.removeprefix("SEEN "))
    first = seen["first"]
    assert first["sqlalchemy"] is False
    assert first["document"] is False
    assert first["rows"] > 0 and first["tree"] > 0 and first["quality"] > 0
    assert first["add_plan"] is False  # read-only until the Document is attached
    assert seen["attached"] == {"add_plan": True, "sqlalchemy": True}
