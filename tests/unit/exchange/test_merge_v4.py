"""Schema 4's rows through package and merge: translations, report profiles and logos,
consultation comments, the new commitment and evidence fields."""

from __future__ import annotations

import pytest

from exchange_helpers import build_base, copy, digest
from matrix_app.domain import models as m
from matrix_app.services import report_profile as rp
from matrix_app.services import translations as tr
from matrix_app.services.exchange import list_conflicts, merge, package
from matrix_app.services.project import Project

PNG = b"\x89PNG\r\n\x1a\n" + b"\3" * 40


@pytest.fixture
def sides(tmp_path):
    base = tmp_path / "base.nap"
    ids = build_base(base)
    return copy(base, tmp_path / "a.nap"), copy(base, tmp_path / "b.nap"), ids


def _both_ways(a, b, tmp_path):
    a2, b2 = copy(a, tmp_path / "a2.nap"), copy(b, tmp_path / "b2.nap")
    with Project.open(a2) as p:
        ab = merge(p, b)
        ab_conflicts = list_conflicts(p)
    with Project.open(b2) as p:
        ba = merge(p, a)
    assert digest(a2) == digest(b2)
    return a2, ab, ab_conflicts, ba


def test_one_text_translated_on_both_sides_is_one_row_and_one_conflict(sides, tmp_path):
    a, b, ids = sides
    with Project.open(a, author="Ana") as p:
        tr.set_translation(p, "commitment", ids["c1"], "title", "en", "Transparency")
    with Project.open(b, author="Luis") as p:
        tr.set_translation(p, "commitment", ids["c1"], "title", "en", "Openness")
    merged, ab, conflicts, ba = _both_ways(a, b, tmp_path)
    assert len(ab.conflicts) == 1 and len(ba.conflicts) == 1
    (c,) = conflicts
    assert (c.entity, c.field) == ("translation", "text")
    assert {c.ours_value, c.theirs_value} == {"Transparency", "Openness"}
    assert {c.ours_author, c.theirs_author} == {"Ana", "Luis"}
    with Project.open(merged, verify=True) as p:
        assert len(p.rows(m.Translation)) == 1


def test_the_same_translation_on_both_sides_is_no_conflict(sides, tmp_path):
    a, b, ids = sides
    for side in (a, b):
        with Project.open(side) as p:
            tr.set_translation(p, "result", ids["output1"], "narrative", "en", "Output")
    _merged, ab, _c, ba = _both_ways(a, b, tmp_path)
    assert ab.conflicts == [] and ba.conflicts == []


def test_a_field_changed_after_creating_on_one_side_wins_without_conflict(sides, tmp_path):
    """Both made the plan's report profile; only Ana set the issuing body."""
    a, b, ids = sides
    with Project.open(a) as p:
        rp.set_profile(p, ids["plan"], issuing_body="SEGPRES")
    with Project.open(b) as p:
        rp.set_profile(p, ids["plan"], cover_text="Borrador")
    merged, ab, _c, ba = _both_ways(a, b, tmp_path)
    assert ab.conflicts == [] and ba.conflicts == []
    with Project.open(merged) as p:
        row = rp.profile(p, ids["plan"])
        assert (row.issuing_body, row.cover_text) == ("SEGPRES", "Borrador")


def test_a_logo_travels_with_the_profile(sides, tmp_path):
    a, b, ids = sides
    with Project.open(b) as p:
        rp.set_logo(p, ids["plan"], PNG)
    with Project.open(a) as p:
        summary = merge(p, b)
        assert summary.blobs_added == 1
        assert rp.logo_bytes(p, ids["plan"]) == PNG


def test_new_fields_and_comments_merge(sides, tmp_path):
    a, b, ids = sides
    with Project.open(b) as p:
        p.update(m.Commitment, ids["c1"], sdgs="16.6", partners="Chile Transparente")
        p.update(m.Evidence, ids["evidence1"], public=True)
        p.create(m.ConsultationComment, plan_id=ids["plan"], comment="More data", author="X")
    with Project.open(a) as p:
        p.update(m.Commitment, ids["c1"], budget="USD 5,000")
    merged, ab, _c, _ba = _both_ways(a, b, tmp_path)
    assert ab.conflicts == []
    with Project.open(merged) as p:
        c = p.get(m.Commitment, ids["c1"])
        assert (c.sdgs, c.partners, c.budget) == ("16.6", "Chile Transparente", "USD 5,000")
        assert p.get(m.Evidence, ids["evidence1"]).public is True
        assert [x.comment for x in p.rows(m.ConsultationComment)] == ["More data"]


def test_a_package_carries_its_commitments_translations_and_the_plan_rows(sides, tmp_path):
    a, _b, ids = sides
    with Project.open(a) as p:
        tr.set_translation(p, "commitment", ids["c1"], "title", "en", "One")
        tr.set_translation(p, "commitment", ids["c2"], "title", "en", "Two")
        tr.set_translation(p, "action_plan", ids["plan"], "title", "en", "NAP")
        p.create(m.ConsultationComment, plan_id=ids["plan"], comment="Hola")
        rp.set_logo(p, ids["plan"], PNG)
        summary = package(p, tmp_path / "cplt.nap", "CPLT")
    assert summary.rows["translation"] == 2 and summary.rows["consultation_comment"] == 1
    with Project.open(tmp_path / "cplt.nap", author="CPLT", verify=True) as p:
        assert {t.text for t in p.rows(m.Translation)} == {"One", "NAP"}
        assert rp.logo_bytes(p, ids["plan"]) == PNG
        tr.set_translation(p, "commitment", ids["c1"], "title", "en", "Commitment one")
    with Project.open(a) as p:
        assert merge(p, tmp_path / "cplt.nap").conflicts == []
        with p.read() as s:
            assert tr.get(s, "commitment", ids["c1"], "title", "en") == "Commitment one"
            assert tr.get(s, "commitment", ids["c2"], "title", "en") == "Two"
