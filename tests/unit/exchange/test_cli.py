"""matrix-app package / merge: exit codes, messages and JSON."""

from __future__ import annotations

import json

from exchange_helpers import build_base, copy, file_hash
from matrix_app.cli import main
from matrix_app.domain import models as m
from matrix_app.services.project import Project


def test_package_and_merge_round_trip(tmp_path, capsys):
    ids = build_base(tmp_path / "base.nap")
    out = tmp_path / "cplt.nap"
    assert main(["package", str(tmp_path / "base.nap"), str(out), "--institution", "CPLT"]) == 0
    assert "cplt.nap" in capsys.readouterr().out
    with Project.open(out, author="Agency") as p:
        p.update(m.Target, ids["target1"], value=95)
    assert main(["merge", str(tmp_path / "base.nap"), str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["entities"]["target"]["updated"] == 1 and data["open"] == []


def test_unknown_institution_exits_2_listing_known(tmp_path, capsys):
    build_base(tmp_path / "base.nap")
    code = main(
        ["package", str(tmp_path / "base.nap"), str(tmp_path / "x.nap"), "--institution", "Nope"]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert "Nope" in err and "CPLT" in err and "SEGPRES" in err
    assert not (tmp_path / "x.nap").exists()


def test_conflicts_exit_1_with_json_then_prefer_settles(tmp_path, capsys):
    ids = build_base(tmp_path / "base.nap")
    a = copy(tmp_path / "base.nap", tmp_path / "a.nap")
    b = copy(tmp_path / "base.nap", tmp_path / "b.nap")
    with Project.open(a, author="Ana") as p:
        p.update(m.Indicator, ids["indicator1"], name="Ana")
    with Project.open(b, author="Luis") as p:
        p.update(m.Indicator, ids["indicator1"], name="Luis")
    assert main(["merge", str(a), str(b), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    [c] = data["open"]
    assert (c["field"], c["ours"]["value"], c["theirs"]["value"]) == ("name", "Ana", "Luis")
    assert c["ours"]["author"] == "Ana" and c["theirs"]["author"] == "Luis" and c["row"]
    assert main(["merge", str(a), str(b)]) == 1
    assert "CONFLICT indicator.name" in capsys.readouterr().out
    assert main(["merge", str(a), str(b), "--prefer", "ours", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["open_conflicts"] == 0
    with Project.open(a, read_only=True) as p:
        assert p.get(m.Indicator, ids["indicator1"]).name == "Ana"


def test_unrelated_file_exits_2_and_changes_nothing(tmp_path, capsys):
    build_base(tmp_path / "a.nap")
    build_base(tmp_path / "b.nap")
    before = file_hash(tmp_path / "a.nap")
    assert main(["merge", str(tmp_path / "a.nap"), str(tmp_path / "b.nap")]) == 2
    assert "another project" in capsys.readouterr().err
    assert file_hash(tmp_path / "a.nap") == before
