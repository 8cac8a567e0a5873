"""An OGP tracker kept as blocks: each commitment's title line, a "Lead department:" label
line and the header again over its milestones. Every block is its own commitment led by
the institution its label names; the repeated header is no milestone and no error."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project

BLOCKS = {
    "en": (
        ["Milestone", "Start date", "End date", "% complete", "Evidence"],
        "Commitment {n}: {title}",
        "Lead department: {lead}",
    ),
    "es": (
        ["Hito", "Fecha de inicio", "Fecha de término", "% de avance", "Medio de verificación"],
        "Compromiso {n}: {title}",
        "Organismo responsable: {lead}",
    ),
}
COMMITMENTS = [
    ("4", "Open contracting", "Cabinet Office",
     [("Publish award data", "2017-01-01", "2017-06-30", 100)]),
    ("5", "Natural resource transparency", "Department for Business",
     [("Publish the EITI report", "2017-01-01", "2017-12-31", 100),
      ("Consult on beneficial ownership", "2017-03-01", "2018-03-31", 40)]),
]  # fmt: skip


def _workbook(path, lang):
    header, title, lead = BLOCKS[lang]
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws.append(["National Action Plan 2016-18 – progress tracker"])
    for code, name, who, milestones in COMMITMENTS:
        ws.append([])
        ws.append([title.format(n=code, title=name)])
        ws.append([lead.format(lead=who)])
        ws.append(header)
        for text, start, end, done in milestones:
            ws.append([text, start, end, done, None])
    wb.save(path)
    return path


@pytest.mark.parametrize("lang", ["en", "es"])
def test_each_block_is_a_commitment_with_its_own_lead(tmp_path, lang):
    path = _workbook(tmp_path / f"blocks-{lang}.xlsx", lang)
    with Project.new(tmp_path / "p.nap") as project:
        import_workbook(project, path)
        institutions = {i.id: i.name for i in project.rows(m.Institution)}
        leads = {
            link.commitment_id: institutions[link.institution_id]
            for link in project.rows(m.CommitmentInstitution)
            if link.role == "lead"
        }
        got = {
            c.code: (c.title, leads.get(c.id), sorted(
                (r.narrative, r.start_date, r.end_date, r.progress)
                for r in project.rows(m.Result) if r.commitment_id == c.id
            ))
            for c in project.rows(m.Commitment)
        }  # fmt: skip
    want = {
        code: (name, who, sorted(
            (text, dt.date.fromisoformat(s), dt.date.fromisoformat(e), float(done))
            for text, s, e, done in milestones
        ))
        for code, name, who, milestones in COMMITMENTS
    }  # fmt: skip
    assert got == want
