"""A merge can be undone: a restore point is made before it (issue 18)."""

from __future__ import annotations

import json
import shutil

import pytest

from exchange_helpers import build_base, copy, digest, file_hash
from matrix_app.cli import main
from matrix_app.domain import models as m
from matrix_app.services.exchange import merge_with_restore_point, restore, restore_points
from matrix_app.services.exchange import restore_point as rp
from matrix_app.services.project import Project
from matrix_app.storage.errors import ProjectFileError


@pytest.fixture
def pair(tmp_path):
    ids = build_base(tmp_path / "base.nap")
    ours = copy(tmp_path / "base.nap", tmp_path / "ours.nap")
    theirs = copy(tmp_path / "base.nap", tmp_path / "theirs.nap")
    with Project.open(theirs, author="Luis") as p:
        p.update(m.Indicator, ids["indicator1"], name="Luis")
        p.update(m.Commitment, ids["c1"], title="Luis's title")
    return ours, theirs, ids


@pytest.mark.parametrize("lang", ["en", "es"])
def test_cli_merge_says_where_the_restore_point_is_and_how_to_restore(
    pair, capsys, monkeypatch, lang
):
    ours, theirs, _ = pair
    monkeypatch.setenv("MATRIX_LANG", lang)
    before = digest(ours)
    assert main(["merge", str(ours), str(theirs)]) == 0
    out = capsys.readouterr().out
    [point] = restore_points(ours)
    assert point.name.startswith("ours.before-merge-") and point.suffix == ".nap"
    assert str(point) in out
    if lang == "es":
        assert "Punto de restauración" in out and "reemplace ours.nap" in out
    else:
        assert "Restore point" in out and "replace ours.nap" in out
    assert digest(point) == before  # the copy holds the project as it was
    assert digest(ours) != before
    shutil.copyfile(point, ours)  # what the printed hint says to do
    assert digest(ours) == before


def test_json_names_the_restore_point_and_merging_again_makes_none(pair, capsys):
    ours, theirs, _ = pair
    assert main(["merge", str(ours), str(theirs), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["restore_point"] == str(restore_points(ours)[0])
    assert main(["merge", str(ours), str(theirs), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["restore_point"] is None
    assert len(restore_points(ours)) == 1  # the one of the merge that changed something


def test_restore_puts_the_pre_merge_file_back(pair):
    ours, theirs, ids = pair
    before = digest(ours)
    with Project.open(ours) as p:
        summary, point = merge_with_restore_point(p, theirs)
    assert summary.incoming == 2 and point is not None and point.digest == before
    restore(point)
    assert digest(ours) == before
    assert not point.path.exists() and restore_points(ours) == []
    with Project.open(ours) as p:  # opens for editing and works
        assert p.get(m.Indicator, ids["indicator1"]).name != "Luis"
        p.update(m.Indicator, ids["indicator1"], name="after")


def test_restore_refuses_a_copy_of_another_project(pair, tmp_path):
    ours, theirs, _ = pair
    with Project.open(ours) as p:
        _, point = merge_with_restore_point(p, theirs)
    other = tmp_path / "other.nap"
    build_base(other)
    before = file_hash(ours)
    with pytest.raises(rp.RestorePointError) as err:
        restore(rp.RestorePoint(other, ours, "", point.project_id))
    assert err.value.code == "not_this_project"
    assert file_hash(ours) == before


def test_no_restore_point_no_merge(pair, monkeypatch, capsys):
    """The copy cannot be made (disk full): the merge is refused and nothing is written."""
    ours, theirs, _ = pair
    before = file_hash(ours)

    def full(src, dest, **kwargs):
        raise ProjectFileError("disk_full_copy", path=dest)

    monkeypatch.setattr(rp, "copy_database", full)
    assert main(["merge", str(ours), str(theirs)]) == 2
    err = capsys.readouterr().err
    assert "merge was not started" in err and "the disk is full" in err
    assert "Traceback" not in err
    assert file_hash(ours) == before and restore_points(ours) == []
    monkeypatch.setenv("MATRIX_LANG", "es")
    assert main(["merge", str(ours), str(theirs)]) == 2
    assert "No se empezó la combinación" in capsys.readouterr().err


def test_refused_merge_leaves_no_restore_point(pair, tmp_path, capsys):
    ours, _, _ = pair
    build_base(tmp_path / "unrelated.nap")
    before = file_hash(ours)
    assert main(["merge", str(ours), str(tmp_path / "unrelated.nap")]) == 2
    assert file_hash(ours) == before and restore_points(ours) == []


def test_only_the_newest_restore_points_are_kept(pair, tmp_path):
    ours, theirs, ids = pair
    for n in range(rp.KEEP + 2):
        with Project.open(theirs) as p:
            p.update(m.Indicator, ids["indicator1"], name=f"Luis {n}")
        with Project.open(ours) as p:
            _, point = merge_with_restore_point(p, theirs)
        assert point is not None
    points = restore_points(ours)
    assert len(points) == rp.KEEP and point.path == points[0]
    # Another project's restore points beside it are not touched.
    assert restore_points(tmp_path / "ours2.nap") == []


def test_a_failed_merge_not_verified_keeps_its_restore_point_and_names_it(pair, monkeypatch):
    """If the file cannot be verified as it was after a failed merge, the way back stays."""
    from matrix_app.services.exchange import RestorePointError
    from matrix_app.storage import write_check

    ours, theirs, _ = pair

    def fails(project, *args, **kwargs):
        raise ProjectFileError("disk_full", path=project.path)

    monkeypatch.setattr(rp, "merge", fails)
    monkeypatch.setattr(
        write_check,
        "settle_failed_write",
        lambda path, before, engine=None: write_check.Aftermath(
            write_check.DAMAGED, write_check.journal_of(path), "page 3 is garbage"
        ),
    )
    with Project.open(ours) as p, pytest.raises(RestorePointError) as err:
        merge_with_restore_point(p, theirs)
    [point] = restore_points(ours)
    en, es = err.value.message("en"), err.value.message("es")
    assert "the disk is full" in en and "damaged (page 3 is garbage)" in en
    assert str(point) in en and str(point) in es and "dañado" in es
    assert "as it was" not in en


def test_a_failed_merge_verified_removes_its_restore_point(pair, monkeypatch):
    ours, theirs, _ = pair

    def fails(project, *args, **kwargs):
        raise ProjectFileError("disk_full", path=project.path)

    monkeypatch.setattr(rp, "merge", fails)
    with Project.open(ours) as p, pytest.raises(ProjectFileError) as err:
        merge_with_restore_point(p, theirs)
    assert err.value.code == "disk_full" and "as it was before" in err.value.message("en")
    assert restore_points(ours) == []


def test_the_restored_file_opens_without_checking_again_what_restore_checked(pair, monkeypatch):
    """restore() checks the copy; opening the project it became did it all again (on 2,000
    commitments about 2 s more while the window waited, Undo merge)."""
    from matrix_app.storage import file_check

    ours, theirs, _ = pair
    with Project.open(ours) as p:
        _, point = merge_with_restore_point(p, theirs)
    restore(point)
    runs = []
    monkeypatch.setattr(file_check, "health_check", lambda *a: runs.append("integrity"))
    with Project.open(ours):
        pass
    assert runs == []


def test_a_copy_changed_after_its_check_is_checked_again_once_restored(pair, monkeypatch):
    from matrix_app.storage import checked_files, file_check

    ours, theirs, _ = pair
    with Project.open(ours) as p:
        _, point = merge_with_restore_point(p, theirs)
    real = checked_files.unchanged_since_checked
    monkeypatch.setattr(  # as if another program wrote to the copy after restore checked it
        checked_files, "unchanged_since_checked", lambda path: False
    )
    restore(point)
    monkeypatch.setattr(checked_files, "unchanged_since_checked", real)
    runs = []
    monkeypatch.setattr(file_check, "health_check", lambda *a: runs.append("integrity"))
    with Project.open(ours):
        pass
    assert runs == ["integrity"]


def test_undoing_a_merge_checks_nothing_this_installation_wrote(pair, monkeypatch):
    from matrix_app.storage import file_check

    ours, theirs, _ = pair
    with Project.open(ours) as p:
        _, point = merge_with_restore_point(p, theirs)
    runs = []
    monkeypatch.setattr(file_check, "health_check", lambda *a: runs.append("integrity"))
    restore(point)
    with Project.open(ours):
        pass
    assert runs == []
