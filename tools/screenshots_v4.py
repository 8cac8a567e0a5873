"""Screenshots of the schema-4 screens, in English and Spanish, on a copy of the sample.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src python tools/screenshots_v4.py [OUT_DIR]

Writes ``v4-<screen>-<lang>.png`` to ``docs/screenshots/`` (or OUT_DIR): the commitment
overview in translations mode (top, and scrolled to the OGP values and the budget), the
logframe with its translation columns, the evidence list with its Publication column, the
consultation comments and the report settings of the latest plan. One process per language.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1400, 900)


def shoot(lang: str, out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from matrix_app.domain import models as m
    from matrix_app.paths import sample_project
    from matrix_app.ui.app import make_application
    from matrix_app.ui.i18n import LanguageSetup
    from matrix_app.ui.main_window import MainWindow
    from matrix_app.ui.settings import Settings

    app = make_application([])
    app.setStyle("Fusion")
    LanguageSetup(app, lang).install()

    def save(widget, name: str) -> None:
        QApplication.processEvents()
        widget.grab().save(str(out / f"v4-{name}-{lang}.png"))

    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / sample_project().name
        shutil.copyfile(sample_project(), project)
        window = MainWindow(Settings.at(Path(tmp) / "settings.ini"))
        window.resize(*SIZE)
        window.show()
        window.open_path(project)
        window.settle()
        doc = window.document
        plan = window.tree.model.plans[-1]
        window.show_commitment(plan.commitments[0].id)
        window.settle()
        editor = window.editor
        editor.show_translations(True)
        overview = editor.tabs["overview"]
        save(window, "overview")
        overview.scroll.ensureWidgetVisible(overview.groups["values"])
        save(window, "overview-values")
        for key in ("logframe", "evidence"):
            editor.tab_widget.setCurrentWidget(editor.tabs[key])
            save(window, key)
        doc.create(
            m.ConsultationComment,
            "Add",
            plan_id=plan.id,
            author="María Pérez",
            organisation="Fundación Ciudadanía Inteligente",
            received_on=dt.date(2016, 9, 3),
            comment="El portal debería publicar los datos en formatos abiertos.",
            response="Se incorporó en el compromiso 4.",
        )
        dialog = window.tree.open_consultation(plan.id)
        dialog.show_translations.setChecked(True)
        window.settle()
        save(dialog, "consultation")
        dialog.close()
        dialog = window.tree.open_report_settings(plan.id)
        save(dialog, "report-settings")
        dialog.close()
        editor.show_translations(False)
        window.close()


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--lang":
        shoot(sys.argv[2], Path(sys.argv[3]))
        return 0
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        PYTHONPATH=str(ROOT / "src"),
        MATRIX_AUTHOR="Screenshots",
    )
    for lang in ("en", "es"):
        subprocess.run([sys.executable, __file__, "--lang", lang, str(out)], check=True, env=env)
        print(f"{out}/v4-*-{lang}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
