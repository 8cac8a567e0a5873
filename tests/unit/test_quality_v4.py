"""Quality findings of schema 4: file evidence not marked public or internal, and texts
without a translation in a bilingual project."""

from __future__ import annotations

import pytest

from exchange_helpers import build_base
from matrix_app.domain import models as m
from matrix_app.services import translations as tr
from matrix_app.services.project import Project
from matrix_app.services.snapshot_read import load_snapshot
from matrix_app.services.summary import project_check


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.nap"
    ids = build_base(path)
    with Project.open(path) as p:
        yield p, ids


def _findings(p: Project, code: str, translations: bool = True) -> list:
    with p.read() as s:
        return [f for f in load_snapshot(s).findings(translations) if f.code == code]


def test_a_file_not_marked_public_or_internal_is_a_warning(project):
    p, ids = project
    found = {f.row_id: f for f in _findings(p, "evidence_not_marked")}
    assert set(found) == {ids["evidence1"], ids["evidence2"]}
    f = found[ids["evidence1"]]
    assert f.severity == "warning" and f.commitment_id == ids["c1"]
    assert "report1.pdf" in f.message("en") and "sitio web" in f.message("es")
    p.update(m.Evidence, ids["evidence1"], public=False)  # internal is a decision too
    p.create(m.Evidence, commitment_id=ids["c1"], kind="link", url="https://x.org", title="L")
    assert [f.row_id for f in _findings(p, "evidence_not_marked")] == [ids["evidence2"]]
    # not in the report's annex nor on the website: a withheld file's title stays internal
    assert _findings(p, "evidence_not_marked", translations=False) == []


def test_no_translation_findings_in_a_project_kept_in_one_language(project):
    p, _ids = project
    assert _findings(p, "text_not_translated") == []


def test_once_one_text_is_translated_the_others_are_listed(project):
    p, ids = project
    tr.set_translation(p, "commitment", ids["c1"], "title", "en", "One")
    found = {
        (f.entity, f.row_id, f.params["field_en"]) for f in _findings(p, "text_not_translated")
    }
    assert ("commitment", ids["c1"], "Title") not in found  # translated
    assert ("commitment", ids["c2"], "Title") in found
    assert ("result", ids["purpose1"], "Narrative summary") in found
    assert ("action_plan", ids["plan"], "Title") in found  # plan-level texts too
    assert ("commitment", ids["c1"], "Main objective") not in found  # empty: nothing to do
    assert not any(f[2] == "Code" for f in found)  # codes are not prose
    (c2,) = [
        f
        for f in _findings(p, "text_not_translated")
        if f.row_id == ids["c2"] and f.params["field_en"] == "Title"
    ]
    assert c2.severity == "info" and c2.commitment_id == ids["c2"]
    assert c2.message("en") == "Title of commitment 2 Commitment 2 has no English translation."
    assert c2.message("es") == "Título del compromiso 2 Commitment 2 no tiene traducción al inglés."
    # the report's annex and the website call findings() without the state: unchanged
    with p.read() as s:
        assert all(f.code != "text_not_translated" for f in load_snapshot(s).findings())


def test_a_coordinator_can_ask_before_the_first_translation(project):
    p, _ids = project
    tr.set_bilingual(p, True)
    assert _findings(p, "text_not_translated")
    tr.set_bilingual(p, False)
    assert _findings(p, "text_not_translated") == []


def test_an_english_project_is_checked_for_spanish(project):
    p, ids = project
    tr.set_content_lang(p, "en")
    tr.set_translation(p, "commitment", ids["c1"], "title", "es", "Uno")
    (f,) = [x for x in _findings(p, "text_not_translated") if x.row_id == ids["c2"]][:1]
    assert f.params["lang"] == "es" and "Spanish" in f.message("en")


def test_check_lists_them(project):
    p, ids = project
    tr.set_translation(p, "commitment", ids["c1"], "title", "en", "One")
    codes = {f["code"] for f in project_check(p)["findings"]}
    assert {"text_not_translated", "evidence_not_marked"} <= codes


def test_info_counts_the_new_tables(project):
    from matrix_app.services.summary import project_info

    p, ids = project
    tr.set_translation(p, "commitment", ids["c1"], "title", "en", "One")
    tr.set_translation(p, "commitment", ids["c2"], "title", "en", "Two")
    tr.clear(p, "commitment", ids["c2"], "title", "en")
    p.create(m.ConsultationComment, plan_id=ids["plan"], comment="Hola")
    counts = project_info(p)["counts"]
    assert counts["translation"] == 1 and counts["consultation_comment"] == 1
    assert counts["report_profile"] == 0
