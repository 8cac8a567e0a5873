"""Build an OGP tracker sheet in the test and import it: what each commitment became."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project


def workbook(path: Path, sheets: dict[str, list[list[Any]]], merges=(), links=None) -> Path:
    """``sheets``: title -> rows; ``merges``: (sheet, range); ``links``: (sheet, ref) -> url."""
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    for title, rng in merges:
        wb[title].merge_cells(rng)
    for (title, ref), url in (links or {}).items():
        wb[title][ref].hyperlink = url
    wb.save(path)
    return path


def imported(tmp_path: Path, path: Path) -> dict[str, dict[str, Any]]:
    """Code -> title, lead, support (sorted), completion, milestones and evidence."""
    with Project.new(tmp_path / "p.nap") as project:
        import_workbook(project, path)
        names = {i.id: i.name for i in project.rows(m.Institution)}
        results = {r.id: r for r in project.rows(m.Result)}
        out = {}
        for c in project.rows(m.Commitment):
            links = [x for x in project.rows(m.CommitmentInstitution) if x.commitment_id == c.id]
            out[c.code] = {
                "title": c.title,
                "lead": [names[x.institution_id] for x in links if x.role == "lead"],
                "support": sorted(names[x.institution_id] for x in links if x.role != "lead"),
                "completion": c.completion,
                "milestones": [
                    (r.narrative, r.start_date, r.end_date, r.progress)
                    for r in sorted(results.values(), key=lambda r: r.position)
                    if r.commitment_id == c.id
                ],
                "evidence": sorted(
                    (results[e.result_id].narrative, e.title, e.url)
                    for e in project.rows(m.Evidence, commitment_id=c.id)
                ),
            }
    return out
