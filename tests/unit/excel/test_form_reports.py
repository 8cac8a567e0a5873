"""Progress reports exported from a form (Google Forms in several languages, KoboToolbox):
one row per report. A milestone reported twice is one milestone with the latest report's
progress (by the timestamp, not the row order) and the evidence given; the timestamp,
e-mail, Kobo session times and ids, and the period a report covers take no role and are
listed as not imported, saying why."""

from __future__ import annotations

import datetime as dt

import pytest

from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project

from .ogp_tracker_helpers import imported, workbook

D = dt.datetime
FORMS = {
    "es": ["Marca temporal", "Dirección de correo electrónico", "Compromiso", "Hito",
           "Período que reporta", "Porcentaje de avance", "Enlace a la evidencia"],
    "en": ["Timestamp", "Email Address", "Commitment", "Milestone", "Reporting period",
           "Progress (%)", "Evidence link"],
    "fr": ["Horodateur", "Adresse e-mail", "Engagement", "Jalon", "Période couverte",
           "Taux de réalisation", "Lien vers la preuve"],
    "pt": ["Carimbo de data/hora", "Endereço de e-mail", "Compromisso", "Marco",
           "Período do relatório", "Percentual de execução", "Link da evidência"],
}  # fmt: skip
URL = "https://example.org/actas"


@pytest.mark.parametrize("lang", list(FORMS))
def test_a_form_response_sheet_keeps_the_latest_report(tmp_path, lang):
    rows = [FORMS[lang],
            # the later report comes first: the timestamp decides, not the row
            [D(2022, 7, 6, 8, 45), "a@x.org", "1. Open budgets", "Hold assemblies",
             "Abril-junio 2022", 100, URL],
            [D(2022, 4, 4, 9, 12), "a@x.org", "1. Open budgets", "Hold assemblies",
             "Enero-marzo 2022", 30, None],
            [D(2022, 4, 5, 14, 3), "b@x.org", "2. Open data", "Publish datasets",
             "Enero-marzo 2022", 20, None]]  # fmt: skip
    path = workbook(tmp_path / "forms.xlsx", {"Form responses 1": rows})
    with Project.new(tmp_path / "q.nap") as project:
        report = import_workbook(project, path)
    got = imported(tmp_path, path)
    assert got["1"]["milestones"] == [("Hold assemblies", None, None, 100.0)]
    assert [e[2] for e in got["1"]["evidence"]] == [URL]
    assert got["2"]["milestones"] == [("Publish datasets", None, None, 20.0)]
    unused = {w.column for w in report.warnings if w.issue.code == "unused_column"}
    assert {"A", "B", "E"} <= unused
    (said,) = [w for w in report.warnings if w.issue.code == "repeated_report"]
    assert said.row == 2 and "2, 3" in said.message("en")


def _kobo(i, day, com, mil, pct):
    return [f"{day}T09:01:12.331+00:00", f"{day}T09:07:40.018+00:00", day, "user", com, mil,
            "Finance", pct, 10480 + i, f"uuid-{i}", f"{day}T09:07:44", "submitted", i]  # fmt: skip


def test_a_kobo_export_keeps_the_latest_report_and_no_session_dates(tmp_path):
    head = ["start", "end", "today", "username", "Commitment", "Milestone", "Lead MDA",
            "Percentage complete", "_id", "_uuid", "_submission_time", "_status", "_index"]  # fmt: skip
    rows = [head,
            _kobo(1, "2021-03-30", "Commitment 3: Open contracting", "Publish plans", 40),
            _kobo(2, "2021-03-30", "Commitment 3: Open contracting", "Adopt OCDS", 0),
            _kobo(3, "2021-07-01", "Commitment 3: Open contracting", "Publish plans", 100)]  # fmt: skip
    path = workbook(tmp_path / "kobo.xlsx", {"form": rows})
    with Project.new(tmp_path / "q.nap") as project:
        report = import_workbook(project, path)
    got = imported(tmp_path, path)["3"]
    assert got["milestones"] == [
        ("Publish plans", None, None, 100.0),
        ("Adopt OCDS", None, None, 0.0),
    ]
    assert got["lead"] == ["Finance"]
    unused = {w.column for w in report.warnings if w.issue.code == "unused_column"}
    assert set("ABCDIJKLM") <= unused


def test_a_plan_without_form_columns_keeps_its_start_and_end(tmp_path):
    rows = [["Commitment", "Milestone", "Start", "End", "Progress"],
            ["1. Open data", "Publish", "01/02/2021", "30/06/2021", 50]]  # fmt: skip
    got = imported(tmp_path, workbook(tmp_path / "plan.xlsx", {"Plan": rows}))
    assert got["1"]["milestones"] == [("Publish", dt.date(2021, 2, 1), dt.date(2021, 6, 30), 50.0)]
