"""The exchange actions speak Spanish: every string has a translation in the compiled catalogue."""

from __future__ import annotations

import ast
from pathlib import Path

from defusedxml import ElementTree
from PySide6.QtCore import QCoreApplication, QTranslator

from matrix_app.paths import resources_dir
from matrix_app.services.exchange import ConflictView
from matrix_app.ui.actions import exchange as ui
from matrix_app.ui.actions import exchange_text

TS = resources_dir() / "i18n" / "matrix_exchange_es.ts"
QM = resources_dir() / "i18n" / "matrix_exchange_es.qm"


def _strings_in_code() -> list[str]:
    trees = [  # the exchange actions and the windows they open
        ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(Path(ui.__file__).parent.glob("exchange*.py"))
    ]
    return [
        node.args[0].value
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "_tr"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ]


def test_catalogue_is_complete():
    root = ElementTree.parse(TS).getroot()
    messages = {
        m.findtext("source"): m.findtext("translation")
        for ctx in root.iter("context")
        if ctx.findtext("name") == exchange_text.CONTEXT
        for m in ctx.iter("message")
    }
    code = set(_strings_in_code())
    assert code and code <= set(messages), code - set(messages)
    assert all((messages[s] and messages[s] != s) or s == "No" for s in code)
    for source in code:  # the placeholders survive translation
        for part in ("{file}", "{n}", "{name}", "{count}", "{what}", "{field}", "{codes}"):
            assert (part in source) == (part in messages[source]), source


def test_compiled_catalogue_translates_the_menu(qtbot):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    translator = QTranslator()
    assert translator.load(str(QM))
    app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Exchange", "Merging…") == "Combinando…"
        assert exchange_text.entity_label("indicator") == "Indicador"
        assert exchange_text.field_label("due_date") == "fecha meta"
    finally:
        app.removeTranslator(translator)
    assert exchange_text.entity_label("indicator") == "Indicator"
    assert QM.stat().st_mtime >= TS.stat().st_mtime - 5


def _delete_conflict(keeper: dict) -> ConflictView:
    return ConflictView(
        id="c", kind="delete", entity="result", row_id="r", field=None, label="1 › P",
        ours_value=keeper, ours_author="Ana", ours_at="2015-01-01T00:00:00+00:00",
        theirs_value=None, theirs_author="Luis", theirs_at="2015-01-02T00:00:00+00:00",
        deleted_by="theirs", applied="ours", resolution=None, source_name="b.nap",
        source_instance="x",
    )  # fmt: skip


def test_a_batch_kept_for_a_change_under_it_says_so_in_both_languages(qtbot):
    from PySide6.QtWidgets import QApplication

    below = {"edited": "result", "field": "narrative", "action": "update", "below": True}
    on_it = dict(below, below=False)
    restored = dict(below, field=None, action="restore")
    assert exchange_text.side_text(_delete_conflict(below), "ours") == (
        "Edited logframe row under it: narrative summary"
    )
    assert exchange_text.side_text(_delete_conflict(on_it), "ours") == "Edited: narrative summary"
    assert (
        exchange_text.side_text(_delete_conflict(restored), "ours")
        == "Restored logframe row under it"
    )
    assert exchange_text.side_text(_delete_conflict(below), "theirs").startswith("Deleted")
    app = QApplication.instance()
    translator = QTranslator()
    assert translator.load(str(QM))
    app.installTranslator(translator)
    try:
        assert exchange_text.side_text(_delete_conflict(below), "ours") == (
            "Editó fila de la matriz dentro: resumen narrativo"
        )
    finally:
        app.removeTranslator(translator)


def test_every_table_and_field_of_a_conflict_has_a_name_in_both_languages(qapp):
    """The conflicts dialog names each table and field of the file (schema 4's included),
    never by its column name, in English and in Spanish."""
    from matrix_app.domain import models as m
    from matrix_app.ui.i18n import LanguageSetup

    def names():
        return {
            (table, field): (exchange_text.entity_label(table), exchange_text.field_label(field))
            for table, cls in m.ENTITIES.items()
            for field in m.content_fields(cls)
        }

    english = names()
    setup = LanguageSetup(QCoreApplication.instance(), "es").install()
    try:
        spanish = names()
    finally:
        setup.remove()
    assert ("report_profile", "logo_sha256") in english and ("translation", "lang") in english
    for key, (table, field) in english.items():
        assert table != key[0] and "_" not in table and table[:1].isupper(), key
        assert "_" not in field, key
        es_table, es_field = spanish[key]  # a field with no label would read the same
        assert es_table != table, key  # translated
        assert es_field != field or field in ("URL", "SHA-256"), key
    assert english[("report_profile", "cover_text")] == ("Report settings", "cover text")
    assert spanish[("report_profile", "cover_text")] == ("Ajustes del informe", "texto de portada")
    assert spanish[("consultation_comment", "received_on")] == (
        "Comentario de la consulta",
        "recibido el",
    )
    assert spanish[("translation", "lang")] == ("Traducción", "idioma")
    assert spanish[("action_plan", "coordinating_body")][1] == "organismo coordinador"
