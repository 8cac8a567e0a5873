"""Schema 4: upgrade from 3, the schema check of fresh and upgraded files, the value rules
of the new tables and columns."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from exchange_helpers import build_base, copy, digest, make_old
from matrix_app.domain import models as m
from matrix_app.services import report_profile, translations
from matrix_app.services.project import Project
from matrix_app.storage import migrations, schema_check
from matrix_app.storage.errors import ProjectFileError

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_projects" / "chile-nap-2014-2016.nap"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 24

#: ``commitment`` exactly as schema 3 created it (frozen: the upgrade must keep accepting it).
V3_COMMITMENT = """CREATE TABLE commitment (
	id VARCHAR(32) NOT NULL, created_at VARCHAR NOT NULL, updated_at VARCHAR NOT NULL,
	deleted_at VARCHAR, plan_id VARCHAR NOT NULL, code VARCHAR NOT NULL,
	title VARCHAR NOT NULL, status_quo VARCHAR NOT NULL, objective VARCHAR NOT NULL,
	description VARCHAR NOT NULL, ogp_access_to_information BOOLEAN NOT NULL,
	ogp_civic_participation BOOLEAN NOT NULL, ogp_public_accountability BOOLEAN NOT NULL,
	ogp_technology_innovation BOOLEAN NOT NULL, themes VARCHAR NOT NULL, start_date DATE,
	end_date DATE, focal_point_name VARCHAR NOT NULL, focal_point_email VARCHAR NOT NULL,
	completion VARCHAR NOT NULL, continues_id VARCHAR, irm_specificity VARCHAR,
	irm_potential_impact VARCHAR, irm_completion_mid_term VARCHAR,
	irm_completion_end_of_term VARCHAR, irm_on_time BOOLEAN, irm_opened_government VARCHAR,
	irm_starred BOOLEAN, irm_notes VARCHAR NOT NULL, position FLOAT NOT NULL,
	PRIMARY KEY (id), FOREIGN KEY(plan_id) REFERENCES action_plan (id),
	FOREIGN KEY(continues_id) REFERENCES commitment (id))"""
V3_EVIDENCE_TAIL = "sha256 VARCHAR, size INTEGER, PRIMARY KEY (id),"


def _sql(path: Path, *statements: str, params: tuple = ()) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement, params if "?" in statement else ())
        conn.commit()
    finally:
        conn.close()


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def base(tmp_path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "base.nap"
    return path, build_base(path)


def test_a_new_file_is_version_4_with_the_new_tables(base):
    path, _ids = base
    assert migrations.SCHEMA_VERSION == 4 and _user_version(path) == 4
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"translation", "consultation_comment", "report_profile"} <= tables
    assert schema_check.schema_problem(conn.execute, 4) is None
    conn.close()


def test_the_v3_schema_derived_for_checks_is_the_one_v3_wrote():
    allowed = schema_check.expected_objects(3)[("table", "commitment", "commitment")]
    assert schema_check.normalize(V3_COMMITMENT) in allowed
    (evidence,) = schema_check.expected_objects(3)[("table", "evidence", "evidence")]
    assert schema_check.normalize(V3_EVIDENCE_TAIL) in evidence  # no "public" column
    assert ("table", "translation", "translation") not in schema_check.expected_objects(3)


def test_a_v3_file_is_upgraded_and_keeps_its_content(base, tmp_path):
    path, ids = base
    before = digest(path)
    old = make_old(copy(path, tmp_path / "old.nap"), 3)
    assert _user_version(old) == 3
    with Project.open(old) as p:
        c = p.get(m.Commitment, ids["c1"])
        assert c is not None and c.sdgs == "" and c.partners == ""
        assert p.get(m.Evidence, ids["evidence1"]).public is None
        p.update(m.Commitment, ids["c1"], sdgs="16.6; 16.10", budget="USD 10,000")
        translations.set_translation(p, "commitment", ids["c1"], "title", "en", "One")
        p.create(m.ConsultationComment, plan_id=ids["plan"], comment="Good", period="mid_term")
    assert _user_version(old) == 4
    assert (tmp_path / "old.v3-backup.nap").exists()
    assert _user_version(tmp_path / "old.v3-backup.nap") == 3
    conn = sqlite3.connect(old)
    assert schema_check.schema_problem(conn.execute, 4) is None
    conn.close()
    with Project.open(old, verify=True) as p:  # every check runs again on the upgraded file
        assert p.get(m.Commitment, ids["c1"]).sdg_list() == ["16.6", "16.10"]
    make_old(copy(path, tmp_path / "again.nap"), 3)
    with Project.open(tmp_path / "again.nap"):
        pass
    assert digest(tmp_path / "again.nap") == before


@pytest.mark.parametrize("version", [1, 2, 3])
def test_every_older_version_reaches_4(base, tmp_path, version):
    path, ids = base
    old = make_old(copy(path, tmp_path / "old.nap"), version)
    with Project.open(old) as p:
        translations.set_translation(p, "result", ids["output1"], "narrative", "en", "Output")
    assert _user_version(old) == 4
    with Project.open(old, verify=True) as p, p.read() as s:
        assert translations.get(s, "result", ids["output1"], "narrative", "en") == "Output"


def test_the_bundled_sample_is_current_and_upgrades_from_3(tmp_path):
    assert _user_version(SAMPLE) == 4
    old = make_old(copy(SAMPLE, tmp_path / "sample.nap"), 3)
    with Project.open(old, verify=True) as p:
        assert len(p.rows(m.Commitment)) == 7
        assert all(c.relevance_civic_participation == "" for c in p.rows(m.Commitment))
    assert digest(old) == digest(SAMPLE)


@pytest.mark.parametrize(
    "tamper, problem",
    [
        ("ALTER TABLE translation ADD COLUMN extra VARCHAR", "translation"),
        ("DROP TABLE report_profile", "report_profile"),
        (
            "CREATE TRIGGER t AFTER INSERT ON translation BEGIN DELETE FROM commitment; END",
            "trigger",
        ),
        ("CREATE INDEX ix_sneaky ON consultation_comment (comment)", "ix_sneaky"),
        ("ALTER TABLE commitment DROP COLUMN partners", "commitment"),
        ("ALTER TABLE evidence ADD COLUMN public2 BOOLEAN CHECK (abs(public2) < 2)", "evidence"),
    ],
)
def test_a_tampered_v4_file_is_refused(base, tamper, problem):
    path, _ids = base
    _sql(path, tamper)
    with pytest.raises(ProjectFileError) as err:
        Project.open(path)
    assert err.value.code == "foreign_schema"
    assert problem in err.value.params["detail"]


def test_a_v3_file_claiming_version_4_is_refused(base, tmp_path):
    """Upgraded tables without the upgrade: the schema says 3, the header 4."""
    path, _ids = base
    old = make_old(copy(path, tmp_path / "old.nap"), 3)
    _sql(old, "PRAGMA user_version=4")
    with pytest.raises(ProjectFileError) as err:
        Project.open(old)
    assert err.value.code == "foreign_schema"


def _with_rows(path: Path, ids: dict[str, str]) -> dict[str, str]:
    with Project.open(path) as p:
        translations.set_translation(p, "commitment", ids["c1"], "title", "en", "One")
        comment = p.create(m.ConsultationComment, plan_id=ids["plan"], comment="Hola")
        report_profile.set_profile(p, ids["plan"], issuing_body="Ministerio")
        report_profile.set_logo(p, ids["plan"], PNG)
    return {
        "translation": m.translation_id("commitment", ids["c1"], "title", "en"),
        "comment": comment.id,
        "profile": m.profile_id(ids["plan"]),
    }


def _clone_translation(tid: str, **changes: str) -> str:
    columns = [c for c in ("id", "created_at", "updated_at", "deleted_at", "entity", "row_id")]
    columns += ["field", "lang", "text", "commitment_id", "position"]
    values = [
        f"'{v}'" if k in changes else k for k, v in {c: changes.get(c) for c in columns}.items()
    ]
    return (
        f"INSERT INTO translation ({', '.join(columns)}) SELECT {', '.join(values)} "
        f"FROM translation WHERE id = '{tid}'"
    )


BAD = {
    "lang": ("UPDATE translation SET lang = 'fr'", "vocabulary"),
    "entity": ("UPDATE translation SET entity = 'journal'", "vocabulary"),
    "not a text": ("UPDATE translation SET field = 'code'", "translated_row"),
    "no such column": ("UPDATE translation SET field = 'nothing'", "translated_row"),
    "no such row": (
        "UPDATE translation SET row_id = '0123456789abcdef0123456789abcdef'",
        "translated_row",
    ),
    "wrong table": ("UPDATE translation SET entity = 'result'", "translated_row"),
    "other commitment": ("UPDATE translation SET commitment_id = NULL", "translated_row"),
    "too long": ("UPDATE translation SET text = printf('%.*c', 100001, 'x')", "too_long"),
    "period": ("UPDATE consultation_comment SET period = 'final'", "vocabulary"),
    "date": ("UPDATE consultation_comment SET received_on = '2026-02-31'", "date"),
    "comment type": ("UPDATE consultation_comment SET comment = X'01'", "missing"),
    "public": ("UPDATE evidence SET public = 2", "type"),
    "sdgs type": ("UPDATE commitment SET sdgs = X'16'", "missing"),
    "profile plan": ("UPDATE report_profile SET plan_id = 'nothere'", "parent"),
    "logo missing": ("UPDATE report_profile SET logo_sha256 = printf('%.64c', 'a')", "parent"),
    "consultation date": ("UPDATE report_profile SET consultation_end = 'soon'", "date"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_values_in_the_new_tables_are_refused(base, case):
    path, ids = base
    _with_rows(path, ids)
    statement, reason = BAD[case]
    _sql(path, "PRAGMA foreign_keys=OFF", statement)
    with pytest.raises(ProjectFileError) as err:
        Project.open(path, verify=True)
    assert err.value.code == "bad_content"
    assert reason in {p.reason for p in err.value.params["problems"]}
    assert err.value.message("es")  # a sentence in both languages, no KeyError


def test_two_live_translations_of_one_text_are_refused(base):
    path, ids = base
    rows = _with_rows(path, ids)
    _sql(path, _clone_translation(rows["translation"], id="f" * 32))
    with pytest.raises(ProjectFileError) as err:
        Project.open(path, verify=True)
    assert [p.reason for p in err.value.params["problems"]] == ["translation_twice"]


def test_a_tombstoned_twin_translation_is_fine(base):
    path, ids = base
    rows = _with_rows(path, ids)
    _sql(path, _clone_translation(rows["translation"], id="f" * 32, deleted_at="2026-01-01"))
    Project.open(path, verify=True).close()


def test_two_live_report_profiles_of_one_plan_are_refused(base):
    path, ids = base
    rows = _with_rows(path, ids)
    _sql(
        path,
        # another id: its first digit changed (a fixed "e" collided when the id began with e)
        "INSERT INTO report_profile SELECT "
        "CASE substr(id, 1, 1) WHEN 'e' THEN 'f' ELSE 'e' END || substr(id, 2), "
        "created_at, updated_at, "
        "deleted_at, plan_id, issuing_body, cover_text, logo_sha256, sections, "
        f"consultation_start, consultation_end FROM report_profile WHERE id = '{rows['profile']}'",
    )
    with pytest.raises(ProjectFileError) as err:
        Project.open(path, verify=True)
    assert [p.reason for p in err.value.params["problems"]] == ["profile_twice"]


def test_a_logo_that_is_not_an_image_is_refused(base):
    path, ids = base
    _with_rows(path, ids)
    fake = b"<svg onload=alert(1)>" + b" " * 20
    _sql(
        path,
        "INSERT INTO blob (sha256, size, data) VALUES (?, ?, ?)",
        params=("b" * 64, len(fake), fake),
    )
    _sql(path, f"UPDATE report_profile SET logo_sha256 = '{'b' * 64}'")
    with pytest.raises(ProjectFileError) as err:
        Project.open(path, verify=True)
    assert [p.reason for p in err.value.params["problems"]] == ["logo"]


def test_a_translation_of_a_deleted_row_is_fine(base):
    path, ids = base
    with Project.open(path) as p:
        translations.set_translation(p, "result", ids["activity1"], "narrative", "en", "Act")
        p.delete(m.Result, ids["activity1"])
    Project.open(path, verify=True).close()
