"""Issue 16: what the first window needs is all that is imported before it is shown.

SQLModel/SQLAlchemy, the Excel and PDF libraries and the templates load after the window is
shown, off the GUI thread (the project's load imports them in its worker).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import matrix_app

SRC = Path(matrix_app.__file__).resolve().parents[1]
HEAVY = ("sqlalchemy", "sqlmodel", "openpyxl", "reportlab", "jinja2", "xlsxwriter")

CODE = """
import json, sys
from PySide6.QtCore import QTimer
from matrix_app.ui.app import make_application
from matrix_app.ui.main_window import MainWindow
from matrix_app.ui.settings import Settings

app = make_application([])
window = MainWindow(Settings.at(sys.argv[1]))
window.show()
seen = {}

def shown():
    heavy = sorted({m.split('.')[0] for m in sys.modules} & set(json.loads(sys.argv[2])))
    seen['heavy'] = heavy
    seen['visible'] = window.isVisible()
    app.quit()

QTimer.singleShot(0, shown)
app.exec()
print('RESULT ' + json.dumps(seen))
"""


def test_first_window_imports_no_heavy_library(tmp_path):
    paths = [str(SRC), os.environ.get("PYTHONPATH", "")]
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(p for p in paths if p),
    )
    out = subprocess.run(
        [sys.executable, "-c", CODE, str(tmp_path / "s.ini"), json.dumps(HEAVY)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    line = next(x for x in out.stdout.splitlines() if x.startswith("RESULT "))
    seen = json.loads(line.removeprefix("RESULT "))
    assert seen["visible"]
    assert seen["heavy"] == [], f"imported before the first window was shown: {seen['heavy']}"
