"""The committed sample project is exactly what its script builds, and holds the facts."""

import importlib.util
import json
from pathlib import Path

from matrix_app.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_projects" / "chile-nap-2014-2016.nap"


def _info(capsys, path):
    main(["info", "--json", str(path)])
    return json.loads(capsys.readouterr().out)


def test_sample_is_up_to_date(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location(
        "build_sample", ROOT / "sample_projects" / "build_sample.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rebuilt = module.build(tmp_path / "rebuilt.nap")
    fresh, committed = _info(capsys, rebuilt), _info(capsys, SAMPLE)
    assert fresh["content_digest"] == committed["content_digest"], (
        "sample_projects/chile-nap-2014-2016.nap is stale: run sample_projects/build_sample.py"
    )


def test_sample_holds_the_chile_facts(capsys):
    info = _info(capsys, SAMPLE)
    assert [p["title"][:5] for p in info["plans"]] == ["Plan ", "Segun"]
    codes = [c["code"] for p in info["plans"] for c in p["commitments"]]
    assert codes == ["1.3", "2.4", "1", "2", "3", "4", "5"]
    assert info["counts"]["target_revision"] == 1
    assert info["counts"]["blob"] == 1
    assert info["counts"]["institution"] == 13


def test_revised_target_and_its_reason():
    from matrix_app.domain import models as m
    from matrix_app.services.project import Project

    with Project.open(SAMPLE, read_only=True) as p:
        (rev,) = p.rows(m.TargetRevision)
        assert rev.new_value == 225 and rev.old_value == 198
        assert "PISEE" in rev.reason
        values = {x.value for x in p.rows(m.Measurement)}
        assert {86.7, 1233, 46636, 52} <= values
