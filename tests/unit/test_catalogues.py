"""The interface catalogues: each translation context is shipped by one catalogue only.

Qt asks the installed translators in turn and the first that knows a context wins, so a
context kept in two catalogues would let one copy's corrections be hidden by the other's.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict

import pytest

from matrix_app.paths import resources_dir

CATALOGUES = sorted((resources_dir() / "i18n").glob("matrix_*.ts"))


@pytest.mark.parametrize("lang", sorted({ts.stem.rsplit("_", 1)[1] for ts in CATALOGUES}))
def test_each_context_is_in_one_catalogue_per_language(lang):
    owners: dict[str, list[str]] = defaultdict(list)
    for ts in CATALOGUES:
        if ts.stem.endswith(f"_{lang}"):
            for context in ET.parse(ts).iter("context"):
                owners[context.findtext("name")].append(ts.name)
    assert owners
    shared = {name: files for name, files in owners.items() if len(files) > 1}
    assert shared == {}


def test_the_shell_preset_leaves_the_excel_wizard_to_its_own_catalogue():
    import importlib.util
    from pathlib import Path

    tool = Path(__file__).resolve().parents[2] / "tools" / "i18n.py"
    spec = importlib.util.spec_from_file_location("i18n_tool", tool)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shell = {p.name for p in module.PRESETS["matrix_shell"]}
    excel = {p.name for p in module.PRESETS["matrix_excel"]}
    assert "excel_import_mapping.py" in excel and "excel_import_wizard.py" in excel
    assert not shell & excel


def test_publish_counts_agree_in_number_in_both_languages():
    from PySide6.QtCore import QTranslator

    source = "%n evidence item(s) marked internal were not published."
    said = {}
    for lang in ("en", "es"):
        translator = QTranslator()
        assert translator.load(str(resources_dir() / "i18n" / f"matrix_publish_{lang}.qm"))
        forms = [(n, translator.translate("PublishAction", source, "", n)) for n in (1, 3)]
        said[lang] = [text.replace("%n", str(n)) for n, text in forms]
    assert said["en"] == [
        "1 evidence item marked internal was not published.",
        "3 evidence items marked internal were not published.",
    ]
    assert said["es"] == [
        "1 evidencia marcada como interna no se publicó.",
        "3 evidencias marcadas como internas no se publicaron.",
    ]
