"""Schema 4's edits through the journal: translations, consultation comments, report
profiles and logos, each undone the way the GUI's undo commands do it."""

from __future__ import annotations

import json

import pytest

from exchange_helpers import build_base
from matrix_app.domain import models as m
from matrix_app.services import report_profile as rp
from matrix_app.services import translations as tr
from matrix_app.services.project import Project
from matrix_app.services.values import InvalidValue

PNG = b"\x89PNG\r\n\x1a\n" + b"\1" * 24
JPEG = b"\xff\xd8\xff\xe0" + b"\2" * 24


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.nap"
    ids = build_base(path)
    with Project.open(path, author="Ana") as p:
        yield p, ids


def _entries(p: Project, row_id: str) -> list[tuple[str, str | None]]:
    return [(e.action, e.field) for e in reversed(p.history()) if e.row_id == row_id]


def test_set_change_clear_and_set_again_is_one_journaled_row(project):
    p, ids = project
    tid = m.translation_id("commitment", ids["c1"], "title", "en")
    assert tr.set_translation(p, "commitment", ids["c1"], "title", "en", "One") is None
    assert tr.set_translation(p, "commitment", ids["c1"], "title", "en", "First") == "One"
    assert tr.clear(p, "commitment", ids["c1"], "title", "en") == "First"
    with p.read() as s:
        assert tr.get(s, "commitment", ids["c1"], "title", "en") is None
    assert tr.set_translation(p, "commitment", ids["c1"], "title", "en", " Again ") is None
    rows = p.rows(m.Translation, include_deleted=True)
    assert [r.id for r in rows] == [tid] and rows[0].text == " Again "
    assert rows[0].commitment_id == ids["c1"]
    assert _entries(p, tid) == [
        ("create", None),
        ("update", "text"),
        ("delete", None),
        ("restore", None),
        ("update", "text"),
    ]
    create = next(e for e in p.history() if e.row_id == tid and e.action == "create")
    assert json.loads(create.new_value)["text"] == "One" and create.author == "Ana"
    assert tid in {e.row_id for e in p.history(commitment_id=ids["c1"])}


def test_undo_is_setting_back_what_was_returned(project):
    p, ids = project
    key = ("indicator", ids["indicator1"], "name", "en")
    old = tr.set_translation(p, *key, "Share of requests")
    tr.set_translation(p, *key, old)  # undo of the first set: clears
    with p.read() as s:
        assert tr.get(s, *key) is None
    tr.set_translation(p, *key, "A")
    old = tr.set_translation(p, *key, "B")
    tr.set_translation(p, *key, old)
    with p.read() as s:
        assert tr.get(s, *key) == "A"


@pytest.mark.parametrize(
    "entity, field, lang, code",
    [
        ("commitment", "title", "es", "same_lang"),  # the texts are Spanish already
        ("commitment", "title", "fr", "vocabulary"),
        ("commitment", "code", "en", "unknown_field"),
        ("commitment", "nothing", "en", "unknown_field"),
        ("journal", "field", "en", "vocabulary"),
        ("result", "narrative", "en", "missing_row"),  # the id is a commitment's
    ],
)
def test_what_cannot_be_translated_is_refused_and_nothing_saved(project, entity, field, lang, code):
    p, ids = project
    before = len(p.history())
    with pytest.raises(InvalidValue) as err:
        tr.set_translation(p, entity, ids["c1"], field, lang, "x")
    assert err.value.code == code and err.value.message("es")
    assert len(p.history()) == before


def test_content_language_decides_the_other_language(project):
    p, ids = project
    assert tr.content_lang(p) == "es"
    assert tr.set_content_lang(p, "en") == "es"
    tr.set_translation(p, "commitment", ids["c1"], "title", "es", "Compromiso uno")
    with pytest.raises(InvalidValue):
        tr.set_translation(p, "commitment", ids["c1"], "title", "en", "x")
    index = tr.load(p)
    c = p.get(m.Commitment, ids["c1"])
    assert index.translated(c, "title", "es") == ("Compromiso uno", True)
    assert index.translated(c, "title", "en") == ("Commitment 1", True)
    assert tr.translated(c, "objective", "es", index) == ("", True)  # nothing to translate


def test_translated_falls_back_to_the_original_and_says_so(project):
    p, ids = project
    tr.set_translation(p, "commitment", ids["c1"], "title", "en", "Commitment one")
    index = tr.load(p)
    c1, c2 = p.get(m.Commitment, ids["c1"]), p.get(m.Commitment, ids["c2"])
    assert index.translated(c1, "title", "en") == ("Commitment one", True)
    assert index.translated(c2, "title", "en") == ("Commitment 2", False)
    assert index.translated(c2, "title", "es") == ("Commitment 2", True)


def test_missing_lists_texts_without_a_translation(project):
    p, ids = project
    before = {(x.entity, x.row_id, x.field) for x in tr.missing(p, "en")}
    assert ("commitment", ids["c1"], "title") in before
    assert ("commitment", ids["c1"], "objective") not in before  # empty: nothing to translate
    assert ("commitment", ids["c1"], "code") not in before  # not prose
    tr.set_translation(p, "commitment", ids["c1"], "title", "en", "One")
    after = {(x.entity, x.row_id, x.field) for x in tr.missing(p, "en")}
    assert before - after == {("commitment", ids["c1"], "title")}
    assert tr.missing(p, "es") == []


def test_deleting_a_commitment_takes_its_translations_and_undo_brings_them_back(project):
    p, ids = project
    tr.set_translation(p, "result", ids["output1"], "narrative", "en", "Output")
    batch = p.delete(m.Commitment, ids["c1"])
    assert p.rows(m.Translation) == []
    p.restore(batch)
    assert [t.text for t in p.rows(m.Translation)] == ["Output"]


def test_consultation_comments_are_ordinary_rows(project):
    p, ids = project
    c = p.create(
        m.ConsultationComment,
        plan_id=ids["plan"],
        period="end_of_term",
        author="María",
        organisation="Chile Transparente",
        received_on="2016-08-01",
        comment="Publish the data.",
    )
    assert p.update(m.ConsultationComment, c.id, response="Done.") == {"response": ""}
    with pytest.raises(InvalidValue):
        p.update(m.ConsultationComment, c.id, period="final")
    with pytest.raises(InvalidValue):
        p.update(m.ConsultationComment, c.id, received_on="2016-02-31")
    p.update(m.ConsultationComment, c.id, response="")  # the GUI's undo of the edit
    batch = p.delete(m.ActionPlan, ids["plan"])
    assert p.rows(m.ConsultationComment) == []
    p.restore(batch)
    (back,) = p.rows(m.ConsultationComment)
    assert back.comment == "Publish the data." and back.response == ""
    assert _entries(p, c.id) == [
        ("create", None),
        ("update", "response"),
        ("update", "response"),
        ("delete", None),
        ("restore", None),
    ]


def test_report_profile_is_one_row_per_plan_with_undo(project):
    p, ids = project
    assert rp.profile(p, ids["plan"]) is None
    old = rp.set_profile(p, ids["plan"], issuing_body="SEGPRES", sections="cover;commitments")
    assert old == {"issuing_body": "", "sections": ""}
    assert rp.set_profile(p, ids["plan"], cover_text="Borrador") == {"cover_text": ""}
    row = rp.profile(p, ids["plan"])
    assert row.id == m.profile_id(ids["plan"]) and row.section_list() == ["cover", "commitments"]
    rp.set_profile(p, ids["plan"], **old)  # undo of the first edit
    assert rp.profile(p, ids["plan"]).issuing_body == ""
    assert len(p.rows(m.ReportProfile, include_deleted=True)) == 1
    with pytest.raises(InvalidValue) as err:
        rp.set_profile(
            p, ids["plan"], consultation_start="2016-09-01", consultation_end="2016-08-01"
        )
    assert err.value.code == "dates_order"


def test_logo_is_a_png_or_jpeg_and_undo_puts_the_old_one_back(project, tmp_path):
    p, ids = project
    (tmp_path / "logo.png").write_bytes(PNG)
    assert rp.set_logo(p, ids["plan"], tmp_path / "logo.png") is None
    first = rp.profile(p, ids["plan"]).logo_sha256
    assert rp.set_logo(p, ids["plan"], JPEG) == first
    assert rp.logo_bytes(p, ids["plan"]) == JPEG
    rp.restore_logo(p, ids["plan"], first)  # undo
    assert rp.logo_bytes(p, ids["plan"]) == PNG
    (tmp_path / "logo.svg").write_bytes(b"<svg/>")
    with pytest.raises(InvalidValue) as err:
        rp.set_logo(p, ids["plan"], tmp_path / "logo.svg")
    assert err.value.code == "not_image" and "logo.svg" in err.value.message("en")
    assert rp.logo_bytes(p, ids["plan"]) == PNG
    rp.set_logo(p, ids["plan"], None)
    assert rp.logo_bytes(p, ids["plan"]) is None
    Project.open(p.path, read_only=True, verify=True).close()


def test_evidence_public_flag(project):
    p, ids = project
    ev = p.get(m.Evidence, ids["evidence1"])
    assert ev.public is None and not ev.publishable()
    p.update(m.Evidence, ev.id, public=True)
    assert p.get(m.Evidence, ev.id).publishable()
    link = p.create(m.Evidence, commitment_id=ids["c1"], kind="link", url="https://x.org")
    assert link.public is None and link.publishable()
    p.update(m.Evidence, link.id, public=False)
    assert not p.get(m.Evidence, link.id).publishable()


def test_new_commitment_texts_take_the_text_limit(project):
    p, ids = project
    p.update(m.Commitment, ids["c1"], sdgs="16.6; 16.10", partners="Chile Transparente")
    assert p.get(m.Commitment, ids["c1"]).sdg_list() == ["16.6", "16.10"]
    with pytest.raises(InvalidValue) as err:
        p.update(m.Commitment, ids["c1"], budget="x" * 100_001)
    assert err.value.code == "too_long"
