"""Package: one institution's commitments with everything under them, as a normal project."""

from __future__ import annotations

import pytest

from exchange_helpers import build_base, file_hash
from matrix_app.domain import models as m
from matrix_app.services.exchange import ExchangeError, merge, package
from matrix_app.services.project import Project
from matrix_app.storage.errors import ProjectFileError


@pytest.fixture
def base(tmp_path):
    ids = build_base(tmp_path / "base.nap")
    return tmp_path / "base.nap", ids


def test_package_holds_only_the_institutions_commitments(tmp_path, base):
    path, ids = base
    out = tmp_path / "segpres.nap"
    with Project.open(path) as p:
        summary = package(p, out, "  ministerio  secretaría general ")  # name, any case/spacing
    assert summary.commitments == ["2"] and summary.blobs == 1
    with Project.open(out) as p:  # a normal, editable project file
        assert [c.id for c in p.rows(m.Commitment)] == [ids["c2"]]
        assert p.get(m.Commitment, ids["c2"]).continues_id is None  # c1 is not in it
        assert len(p.rows(m.Institution)) == 3
        assert [r.id for r in p.rows(m.ActionPlan)] == [ids["plan"]]
        assert {n.text for n in p.rows(m.Narrative)} == {"Progress 2", "Process"}
        assert p.get(m.Measurement, ids["measurement2"]) is not None
        assert p.get(m.Measurement, ids["measurement1"]) is None
        assert p.blob(p.get(m.Evidence, ids["evidence2"]).sha256) == b"evidence 2"
        assert p.project_id == Project.open(path, read_only=True).project_id
        assert p.file.instance_id != p.meta("package.source_instance_id")
        assert p.meta("package.institution_name") == "Ministerio Secretaría General"
        assert p.meta("package.date")
        entries = {e.row_id for e in p.history()}
        assert ids["c2"] in entries and ids["c1"] not in entries
        p.update(m.Commitment, ids["c2"], title="Edited by the agency")
    with Project.open(path) as p:
        merge(p, out)
        assert p.get(m.Commitment, ids["c2"]).title == "Edited by the agency"
        assert p.get(m.Commitment, ids["c2"]).continues_id == ids["c1"]  # untouched


def test_package_by_acronym_and_the_source_stays_as_it_was(tmp_path, base):
    path, _ = base
    before = file_hash(path)
    with Project.open(path, read_only=True) as p:
        summary = package(p, tmp_path / "cplt.nap", "cplt")
    assert summary.commitments == ["1"]
    assert file_hash(path) == before


def test_unknown_institution_lists_the_known_ones(tmp_path, base):
    path, _ = base
    with Project.open(path) as p, pytest.raises(ExchangeError) as err:
        package(p, tmp_path / "x.nap", "Nobody")
    text = err.value.message("en")
    assert "Nobody" in text and "CPLT" in text and "SEGPRES" in text
    assert not (tmp_path / "x.nap").exists()


def test_institution_without_commitments_and_existing_output_are_refused(tmp_path, base):
    path, _ = base
    with Project.open(path) as p:
        with pytest.raises(ExchangeError) as err:
            package(p, tmp_path / "cgr.nap", "CGR")
        assert err.value.code == "no_commitments"
        (tmp_path / "taken.nap").write_bytes(b"keep me")
        with pytest.raises(ProjectFileError) as err:
            package(p, tmp_path / "taken.nap", "CPLT")
        assert err.value.code == "exists"
    assert (tmp_path / "taken.nap").read_bytes() == b"keep me"
    assert not list(tmp_path.glob(".matrix-package-*"))
