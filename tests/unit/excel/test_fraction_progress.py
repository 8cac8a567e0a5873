"""Progress written as a fraction of a milestone's steps ("3/5 mesas", "4/4 talleres", "0/3",
"2 of 4") is that share in per cent, with a warning stating the rule; a progress column
that names the commitment ("Avance del compromiso") is the commitment's, and a count of its
milestones there ("1/2 hitos") is listed as not imported, not read as a milestone's %."""

from __future__ import annotations

import pytest

from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.excel.value_marks import fraction_progress
from matrix_app.services.project import Project

from .ogp_tracker_helpers import imported, workbook

HEADS = {
    "es": ["N°", "Compromiso", "Responsable", "Avance del compromiso", "Hito",
           "Fecha de inicio", "Fecha de fin", "Avance del hito"],
    "en": ["No.", "Commitment", "Lead institution", "Progress of the commitment", "Milestone",
           "Start date", "End date", "Milestone progress"],
    "fr": ["N°", "Engagement", "Structure responsable", "Avancement de l'engagement", "Jalon",
           "Date de début", "Date de fin", "Taux de réalisation"],
    "pt": ["Nº", "Compromisso", "Instituição responsável", "Avanço do compromisso", "Marco",
           "Data de início", "Data de término", "Percentual de execução"],
}  # fmt: skip


@pytest.mark.parametrize("lang", list(HEADS))
def test_fractions_are_the_share_of_steps_done(tmp_path, lang):
    rows = [HEADS[lang],
            ["1", "Open budgets", "Finance", "1/2", "Install citizen tables", "15/03/2021",
             "30/09/2021", "3/5 mesas"],
            [None, None, None, None, "Train members", "01/04/2021", "31/12/2021",
             "4 / 4 talleres"],
            ["2", "Open transport", "Transit", "0/1 hitos", "Publish bus times", "01/06/2021",
             "30/06/2022", "0/3"]]  # fmt: skip
    path = workbook(tmp_path / "f.xlsx", {"Seguimiento": rows})
    with Project.new(tmp_path / "q.nap") as project:
        report = import_workbook(project, path)
    said = [w for w in report.warnings if w.issue.code == "fraction_progress"]
    assert [(w.row, w.column) for w in said] == [(2, "H"), (3, "H"), (4, "H")]
    unused = [w for w in report.warnings if w.issue.code == "unused_column"]
    assert [w.column for w in unused] == ["D"]
    got = imported(tmp_path, path)
    assert [x[3] for x in got["1"]["milestones"]] == [60.0, 100.0]
    assert [x[3] for x in got["2"]["milestones"]] == [0.0]


@pytest.mark.parametrize(
    ("text", "pct"),
    [("3/5 mesas", 60.0), ("2 of 4", 50.0), ("1 sur 3", 33.33), ("2 de 8 talleres", 25.0),
     ("5/3", None), ("0/0", None), ("3/5/2021", None), ("45%", None), ("1/2 (2020)", None)],
)  # fmt: skip
def test_fraction_progress(text, pct):
    found = fraction_progress(text)
    assert (found[0] if found else None) == pct
