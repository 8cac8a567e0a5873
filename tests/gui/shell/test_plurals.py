"""Counts read right in both languages (issue 12: "1 errores… 1 sugerencias", "1 compromisos").

Messages with a count use Qt's ``%n`` plural forms (``tr("%n commitment(s)", "", n)``), with
singular and plural forms in the English and the Spanish catalogues; checked with n=1 and n=2
through the real widgets (quality panel summary, dashboard counts, tree tooltip, delete question).
"""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QCoreApplication

from matrix_app.ui.dashboard import Dashboard
from matrix_app.ui.quality_panel import QualityPanel

FORMS = {
    "en": {
        ("QualityPanel", "%n error(s)"): ("1 error", "2 errors"),
        ("QualityPanel", "%n warning(s)"): ("1 warning", "2 warnings"),
        ("QualityPanel", "%n suggestion(s)"): ("1 suggestion", "2 suggestions"),
        ("Dashboard", "%n commitment(s)"): ("1 commitment", "2 commitments"),
        (
            "Exchange",
            "%n conflict(s): both values were kept and the later change is shown for "
            "now. Choose which to keep.",
        ): ("1 conflict:", "2 conflicts:"),
        ("Exchange", "{name} – %n commitment(s)"): (
            "{name} – 1 commitment",
            "{name} – 2 commitments",
        ),
        ("Exchange", "%n change(s)"): ("1 change", "2 changes"),
    },
    "es": {
        ("QualityPanel", "%n error(s)"): ("1 error", "2 errores"),
        ("QualityPanel", "%n warning(s)"): ("1 advertencia", "2 advertencias"),
        ("QualityPanel", "%n suggestion(s)"): ("1 sugerencia", "2 sugerencias"),
        ("Dashboard", "%n commitment(s)"): ("1 compromiso", "2 compromisos"),
        ("Dashboard", "%n starred"): ("1 estelar", "2 estelares"),
        (
            "Exchange",
            "%n conflict(s): both values were kept and the later change is shown for "
            "now. Choose which to keep.",
        ): ("1 conflicto:", "2 conflictos:"),
        ("Exchange", "{name} – %n commitment(s)"): (
            "{name} – 1 compromiso",
            "{name} – 2 compromisos",
        ),
        ("Exchange", "%n change(s)"): ("1 cambio", "2 cambios"),
    },
}


@pytest.fixture(params=["en", "es"])
def lang(request, qapp):
    if request.param == "es":
        from matrix_app.ui.i18n import LanguageSetup

        setup = LanguageSetup(qapp, "es").install()
        yield "es"
        setup.remove()
    else:
        yield "en"


def test_catalogues_give_singular_and_plural(lang):
    for (context, source), (one, two) in FORMS[lang].items():
        assert QCoreApplication.translate(context, source, "", 1).startswith(one), source
        assert QCoreApplication.translate(context, source, "", 2).startswith(two), source


def sample_data(path):
    from matrix_app.services.project import Project
    from matrix_app.ui.project_data import load_project_data

    with Project.open(path, read_only=True) as p:
        return load_project_data(p)


def findings(base, n):
    """``n`` findings of each severity, made from one of the sample's."""
    from matrix_app.domain.quality import RULES

    codes = {}
    for code, rule in RULES.items():
        codes.setdefault(rule[0], code)
    return [
        dataclasses.replace(base, code=codes[severity], row_id=f"{severity}{i}")
        for severity in ("error", "warning", "info")
        for i in range(n)
    ]


@pytest.mark.parametrize("n", [1, 2])
def test_quality_summary(qtbot, sample_copy, lang, n):
    data = sample_data(sample_copy)
    data = dataclasses.replace(data, findings=findings(data.findings[0], n))
    panel = QualityPanel()
    qtbot.addWidget(panel)
    panel.set_data(data)
    expected = {
        ("en", 1): "1 error, 1 warning, 1 suggestion",
        ("en", 2): "2 errors, 2 warnings, 2 suggestions",
        ("es", 1): "1 error, 1 advertencia, 1 sugerencia",
        ("es", 2): "2 errores, 2 advertencias, 2 sugerencias",
    }[lang, n]
    assert panel.summary.text() == expected


def test_dashboard_counts_label(qtbot, sample_copy, lang):
    data = sample_data(sample_copy)
    plan = next(p for p in data.snapshot.plans if "2014" in p.plan.title).plan.id
    dash = Dashboard()
    qtbot.addWidget(dash)
    dash.show_plan(plan)
    dash.set_data(data)
    dash.show()
    expected = {"en": "5 commitments, 2 starred.", "es": "5 compromisos, 2 estelares."}[lang]
    assert dash.counts_label.text() == expected
    qtbot.keyClicks(dash.search, "zzzz-nothing")
    qtbot.waitUntil(lambda: dash.model.rowCount() == 0)
    expected = {
        "en": "0 of 5 commitments shown, 0 starred.",
        "es": "0 de 5 compromisos mostrados, 0 estelares.",
    }[lang]
    assert dash.counts_label.text() == expected


@pytest.mark.parametrize("n", [1, 2])
def test_history_count_uses_plural_forms(qtbot, tmp_path, lang, n):
    """Seen in the screenshot pass: "1 cambios, del más reciente al más antiguo."."""
    from matrix_app.domain import models as m
    from matrix_app.messages import set_language
    from matrix_app.services.project import Project
    from matrix_app.ui.commitment import install_translator
    from matrix_app.ui.commitment.editor import CommitmentEditor
    from matrix_app.ui.document import Document

    set_language(lang)
    translator = install_translator(lang)
    project = Project.new(tmp_path / "p.nap", title="T")
    plan = project.create(m.ActionPlan, title="Plan")
    c = project.create(m.Commitment, plan_id=plan.id, code="1", title="One")
    for i in range(n - 1):
        project.update(m.Commitment, c.id, title=f"One {i}")
    doc = Document(project)
    try:
        editor = CommitmentEditor(doc, c.id)
        qtbot.addWidget(editor)
        editor.tab_widget.setCurrentWidget(editor.tabs["history"])
        editor.refresh()
        text = editor.tabs["history"].count.text()
        expected = {
            ("en", 1): "1 change, newest first.",
            ("en", 2): "2 changes, newest first.",
            ("es", 1): "1 cambio, del más reciente al más antiguo.",
            ("es", 2): "2 cambios, del más reciente al más antiguo.",
        }[lang, n]
        assert text == expected
    finally:
        doc.close()
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
        set_language(None)
