"""The Excel import wizard on a 1280x800 screen, in both languages (issue 12's screenshot pass).

Seen on the pictures: on the column-mapping page the wizard was 752 px tall, so Next/Import/
Cancel were below the bottom of a 1280x800 screen; the preview's counts left half the table
empty; "Current value (date)" was English in the Spanish wizard; "1 problem(s)" / "(1 pages)"
did not use plural forms. Driven through the real buttons.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWizard

from matrix_app.messages import set_language
from matrix_app.services.project import Project
from matrix_app.ui.excel_import_wizard import ExcelImportWizard

HANDMADE = Path(__file__).parents[1] / "data" / "excel_formats" / "handmade_hoja1.xlsx"
#: the room a 1280x800 screen leaves a dialog under its title bar and over a panel
SCREEN_ROOM = 800 - 60


@pytest.fixture(params=["en", "es"])
def lang(request, qapp):
    from matrix_app.ui.i18n import LanguageSetup

    setup = LanguageSetup(qapp, request.param).install()
    set_language(request.param)
    yield request.param
    set_language(None)
    setup.remove()


def run_task(title, fn, done, **options):
    done(fn(lambda *a: None, lambda: False))


def wizard_on(qtbot, tmp_path, path: Path) -> ExcelImportWizard:
    project = Project.new(tmp_path / "p.nap", title="Test")
    wizard = ExcelImportWizard(project, run_task)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.mouseClick(wizard.file_page.path_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    return wizard


def next_page(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_mapping_page_fits_a_1280x800_screen(qtbot, tmp_path, lang):
    wizard = wizard_on(qtbot, tmp_path, HANDMADE)
    next_page(qtbot, wizard)
    assert wizard.currentId() == ExcelImportWizard.MAPPING
    assert wizard.minimumSizeHint().height() <= SCREEN_ROOM
    assert wizard.default_size().height() <= wizard.screen().availableGeometry().height()
    wizard.resize(wizard.width(), min(wizard.height(), SCREEN_ROOM))
    qtbot.wait(20)
    for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton):
        b = wizard.button(button)
        assert b.isVisible() and wizard.rect().contains(b.geometry()), button
    wizard.project.close()


def test_preview_counts_fill_the_table(qtbot, tmp_path, lang):
    wizard = wizard_on(qtbot, tmp_path, HANDMADE)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.currentId() == ExcelImportWizard.PREVIEW
    table = wizard.preview_page.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    header = table.horizontalHeader()
    used = sum(header.sectionSize(i) for i in range(header.count()))
    assert abs(used - table.viewport().width()) <= 2
    wizard.project.close()


def test_every_mapping_label_is_translated(qtbot, tmp_path, lang):
    if lang != "es":
        pytest.skip("Spanish only")
    wizard = wizard_on(qtbot, tmp_path, HANDMADE)
    next_page(qtbot, wizard)
    texts = {label.text() for label in wizard.mapping_page.findChildren(QLabel)}
    english = {
        "Level",
        "Narrative summary",
        "Indicators",
        "Means of verification",
        "Assumptions",
        "Baseline",
        "Current value (date)",
        "Target",
        "Target date",
        "Unit",
        "Commitment",
        "Numbers",
        "Levels",
        "Sheet",
        "Header row",
    }
    assert not texts & english
    wizard.project.close()


@pytest.mark.parametrize("n", [1, 2])
def test_problem_count_uses_plural_forms(lang, n):
    text = QCoreApplication.translate(
        "ExcelImportWizard",
        "%n problem(s): fix them in the workbook and try again; nothing will be imported.",
        "",
        n,
    )
    expected = {
        ("en", 1): "1 problem: fix it",
        ("en", 2): "2 problems: fix them",
        ("es", 1): "1 problema: corríjalo",
        ("es", 2): "2 problemas: corríjalos",
    }[lang, n]
    assert text.startswith(expected)


@pytest.mark.parametrize("n", [1, 16])
def test_report_done_question_uses_plural_forms(qtbot, lang, n):
    from PySide6.QtWidgets import QMainWindow

    from matrix_app.ui.actions.report import ReportAction

    window = QMainWindow()
    qtbot.addWidget(window)
    window.document = None
    window.file_menu = window.menuBar().addMenu("File")
    action = ReportAction(window)
    asked = []
    action.ask_open = lambda text: asked.append(text) and False
    action.finished(SimpleNamespace(path=Path("/tmp/r.pdf"), pages=n))
    expected = {
        ("en", 1): "(1 page)",
        ("en", 16): "(16 pages)",
        ("es", 1): "(1 página)",
        ("es", 16): "(16 páginas)",
    }[lang, n]
    assert expected in asked[0]
