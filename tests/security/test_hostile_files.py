"""A received file is untrusted: refused with one sentence, and nothing changes anywhere.

Each attack of ``hostile.ATTACKS`` is sent as a package would be: ``info``, ``check``,
``report``, ``export-xlsx`` and ``merge`` must exit 2 with one sentence (no traceback),
within seconds, and leave both the received file and the coordinator's project
byte-for-byte as they were.
"""

from __future__ import annotations

import sqlite3

import pytest
from hostile import ATTACKS, edit, forged_blob, journal_entry, make_pair, sha
from sqlmodel import select

from matrix_app.cli import main
from matrix_app.domain import models as m
from matrix_app.services.exchange import merge
from matrix_app.services.exchange.errors import ExchangeError
from matrix_app.services.exchange.package import package
from matrix_app.services.project import Project
from matrix_app.storage.errors import ProjectFileError


def _run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    err = capsys.readouterr().err
    return code, err


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_hostile_file_is_refused_and_nothing_changes(attack, tmp_path, capsys, alarm):
    project, pkg, _ids = make_pair(tmp_path)
    edit(pkg, ATTACKS[attack])
    before = {p: sha(p) for p in (project, pkg)}
    for argv in (
        ("info", str(pkg)),
        ("check", str(pkg)),
        ("report", str(pkg), str(tmp_path / "r.pdf")),
        ("export-xlsx", str(pkg), str(tmp_path / "x.xlsx")),
        ("merge", str(project), str(pkg)),
    ):
        code, err = _run(capsys, *argv)
        assert code == 2, (argv, err)
        assert "Traceback" not in err and err.count("\n") == 1, err
        assert "Nothing was changed" in err, err
    assert {p: sha(p) for p in (project, pkg)} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cplt.nap", "project.nap"]


def test_the_issue_example_view_injection_deletes_nothing(tmp_path, capsys):
    """The example from the issue: before, merge said 'commitment: added 1' and every
    commitment of the project was deleted. Now: refused, and every commitment is there."""
    project, pkg, ids = make_pair(tmp_path)
    edit(pkg, ATTACKS["view_injection"])
    code, err = _run(capsys, "merge", str(project), str(pkg))
    assert code == 2 and "view 'commitment'" in err
    with Project.open(project, read_only=True) as p:
        assert {c.id for c in p.rows(m.Commitment)} == {ids["c1"], ids["c2"]}


def test_refusals_speak_spanish(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("MATRIX_LANG", "es")
    project, pkg, _ids = make_pair(tmp_path)
    edit(pkg, ATTACKS["bad_date"])
    code, err = _run(capsys, "merge", str(project), str(pkg))
    assert code == 2 and "no es una fecha válida" in err and "No se modificó nada" in err


def test_a_forged_evidence_file_is_refused_and_the_real_one_still_arrives(tmp_path):
    """Stored, a forged blob would stand for the real file, which would then be dropped as
    'already there' when it arrived from someone else."""
    project, pkg, ids = make_pair(tmp_path)
    real = tmp_path / "real.nap"
    real.write_bytes(pkg.read_bytes())
    # Both carry a new evidence file, the same SHA-256; one carries other bytes.
    for path in (pkg, real):
        with Project.open(path, author="CPLT") as p:
            p.add_file_evidence(ids["c1"], _write(tmp_path / "acta.pdf", b"%PDF real minutes"))
    edit(pkg, forged_blob)
    before = sha(project)
    with Project.open(project, author="Coordinator") as p:
        with pytest.raises(ExchangeError) as err:
            merge(p, pkg)
        assert err.value.code == "bad_blob"
        assert sha(project) == before
        merge(p, real)
        with p.read() as s:
            for blob in s.exec(select(m.Blob)):
                assert __import__("hashlib").sha256(blob.data).hexdigest() == blob.sha256
        titles = {e.file_name for e in p.rows(m.Evidence)}
        assert "acta.pdf" in titles


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_a_forged_journal_mark_cannot_hide_another_agencys_edits(tmp_path):
    """Mallory has a copy of CPLT's file, so she knows its journal mark. She puts it in her
    own file as if she held CPLT's journal; before, once her file was merged, CPLT's file
    then merged as '0 incoming' and its edits never arrived."""
    project, cplt, ids = make_pair(tmp_path)
    with Project.open(cplt, author="CPLT") as p:
        p.create(m.Measurement, indicator_id=ids["indicator1"], measured_on="2016-01-31", value=70)
    mallory = tmp_path / "mallory.nap"
    with Project.open(project, author="Coordinator") as p:
        package(p, mallory, "SEGPRES")
    with Project.open(mallory, author="Mallory") as p:
        p.update(m.Commitment, ids["c2"], title="Mallory's edit")
    conn = sqlite3.connect(cplt)
    chain = conn.execute(
        "SELECT chain FROM journal_mark WHERE own = 1 ORDER BY seq DESC LIMIT 1"
    ).fetchone()[0]
    conn.close()

    def forge(c: sqlite3.Connection) -> None:
        top = c.execute("SELECT max(seq) FROM journal").fetchone()[0]
        c.execute("DELETE FROM journal_mark WHERE seq = ?", (top,))
        c.execute("INSERT INTO journal_mark (chain, seq, own) VALUES (?, ?, 1)", (chain, top))

    edit(mallory, forge)
    with Project.open(project, author="Coordinator") as p:
        merge(p, mallory)
        summary = merge(p, cplt)
        assert summary.incoming > 0
        values = {x.value for x in p.rows(m.Measurement, indicator_id=ids["indicator1"])}
        assert 70 in values


def test_rows_breaking_foreign_keys_are_named_and_the_next_merge_works(tmp_path):
    """Before: 'being written by another program', and the other file stayed attached, so
    every later merge in the same window failed."""
    project, pkg, ids = make_pair(tmp_path)
    good = tmp_path / "good.nap"
    good.write_bytes(pkg.read_bytes())
    with Project.open(good, author="CPLT") as p:
        p.update(m.Commitment, ids["c1"], title="Edited by CPLT")

    def orphan(c: sqlite3.Connection) -> None:
        """A new measurement (journaled) under an indicator neither file has."""
        c.execute("PRAGMA foreign_keys=OFF")
        row_id = "a" * 32
        c.execute(
            "INSERT INTO measurement (id, created_at, updated_at, indicator_id, commitment_id, "
            "comment, reported_by) VALUES (?, '2020-01-01', '2020-01-01', ?, ?, '', '')",
            (row_id, "f" * 32, ids["c1"]),
        )
        journal_entry(c, "measurement", row_id)

    edit(pkg, orphan)
    with Project.open(project, author="Coordinator") as p:
        with pytest.raises(ExchangeError) as err:
            merge(p, pkg)
        assert err.value.code == "bad_rows" and "does not exist" in err.value.message("en")
        merge(p, good)  # the same open project, the next merge
        assert p.get(m.Commitment, ids["c1"]).title == "Edited by CPLT"


def test_a_file_whose_rows_pass_alone_but_clash_with_ours_is_refused_whole(tmp_path):
    """Each file is consistent; together an id would stand in two tables."""
    project, pkg, ids = make_pair(tmp_path)

    def clash(c: sqlite3.Connection) -> None:
        c.execute("PRAGMA foreign_keys=OFF")
        c.execute(
            "INSERT INTO institution (id, created_at, updated_at, name, acronym, kind) "
            "VALUES (?, '2020-01-01', '2020-01-01', 'Clash', '', 'ministry')",
            (ids["c2"],),  # commitment 2 is not in CPLT's package, but it is in the project
        )
        journal_entry(c, "institution", ids["c2"])

    edit(pkg, clash)
    before = sha(project)
    with Project.open(project, author="Coordinator") as p:
        with pytest.raises(ExchangeError) as err:
            merge(p, pkg)
    assert err.value.code == "bad_rows" and "two tables" in err.value.message("en")
    assert sha(project) == before


def test_connections_never_trust_a_files_schema(tmp_path):
    project, _pkg, _ids = make_pair(tmp_path)
    with Project.open(project) as p, p.read() as s:
        assert s.connection().exec_driver_sql("PRAGMA trusted_schema").scalar() == 0


def test_only_a_file_as_we_left_it_skips_the_content_check(tmp_path, monkeypatch):
    """Opening checks every row unless the file is exactly as this installation last checked
    or wrote it; any other program's write - even one that restores the file's size and
    modification time - makes it check again (SQLite's change counter moves)."""
    import os

    from matrix_app.storage import file_check

    calls = []
    real = file_check.check_content
    monkeypatch.setattr(file_check, "check_content", lambda *a: calls.append(1) or real(*a))
    project, _pkg, ids = make_pair(tmp_path)
    with Project.open(project) as p:
        p.update(m.Commitment, ids["c1"], title="Edited here")
    calls.clear()
    Project.open(project).close()
    assert calls == []  # as we left it
    st = os.stat(project)
    edit(project, lambda c: c.execute("UPDATE commitment SET title = 'Edited there'"))
    os.utime(project, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert os.stat(project).st_size == st.st_size
    Project.open(project).close()
    assert calls == [1]
    edit(project, ATTACKS["bad_date"])
    with pytest.raises(ProjectFileError):
        Project.open(project)


def test_schema_text_that_is_not_utf8_is_a_damaged_file(tmp_path, capsys):
    """Found by the fuzz test: one byte 0x80 in the schema's text was an internal error."""
    project, pkg, _ids = make_pair(tmp_path)
    raw = bytearray(pkg.read_bytes())
    at = raw.find(b"CREATE TABLE action_plan")
    raw[at + 20] = 0x80
    pkg.write_bytes(bytes(raw))
    before = {p: sha(p) for p in (project, pkg)}
    for argv in (("info", str(pkg)), ("merge", str(project), str(pkg))):
        code, err = _run(capsys, *argv)
        assert code == 2 and "damaged" in err, err
    assert {p: sha(p) for p in (project, pkg)} == before
