"""Hand-kept OGP trackers: "Commitment : …" rows without a number (a space before the
colon) name commitments - also the one right above the header -, a theme row may name the
lead agency of the commitments under it in brackets, a theme column ("Axe", "Eje") gives
each commitment's themes and Morocco's "Mesure" is a milestone."""

from __future__ import annotations

import pytest

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project

from .ogp_tracker_helpers import workbook


def _by_title(tmp_path, path):
    with Project.new(tmp_path / "p.nap") as project:
        import_workbook(project, path)
        names = {i.id: i.name for i in project.rows(m.Institution)}
        out = {}
        for c in project.rows(m.Commitment):
            links = project.rows(m.CommitmentInstitution, commitment_id=c.id)
            out[c.title] = {
                "code": c.code,
                "themes": c.themes,
                "lead": [names[x.institution_id] for x in links if x.role == "lead"],
                "milestones": sorted(
                    (r.narrative, r.end_date and r.end_date.isoformat())
                    for r in project.rows(m.Result, commitment_id=c.id)
                ),
            }
    return out


LABELS = {
    "en": ("THEME : {t} (Lead Agency - {a} )", "Commitment : {c}",
           ["Milestone", "Start Date", "End Date", "Status"]),
    "es": ("EJE : {t} (Institución responsable: {a})", "Compromiso : {c}",
           ["Hito", "Fecha de inicio", "Fecha de término", "Estado"]),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(LABELS))
def test_unnumbered_commitment_rows_and_theme_leads(tmp_path, lang):
    theme, commitment, head = LABELS[lang]
    rows = [
        ["Tracker"],
        [],
        [theme.format(t="Integrity", a="Anti-Corruption Commission")],
        [commitment.format(c="Integrity officers in every authority")],
        head,
        ["Appoint the officers", "1/03/2019", "31/07/2019", "Complete"],
        [commitment.format(c="Online asset declarations")],
        head,
        ["Launch the portal", "1/01/2020", "30/06/2020", "Stuck"],
        [],
        [theme.format(t="Access to information", a="RTI Commission")],
        [commitment.format(c="Proactive disclosure")],
        head,
        ["Publish the guidelines", "1/09/2019", "31/03/2020", "Started"],
    ]
    got = _by_title(tmp_path, workbook(tmp_path / "t.xlsx", {"S": rows}))
    assert sorted(got) == [
        "Integrity officers in every authority", "Online asset declarations",
        "Proactive disclosure",
    ]  # fmt: skip
    first, second, third = (got[t] for t in ("Integrity officers in every authority",
                                             "Online asset declarations", "Proactive disclosure"))  # fmt: skip
    assert (first["themes"], first["lead"]) == ("Integrity", ["Anti-Corruption Commission"])
    assert (second["themes"], second["lead"]) == ("Integrity", ["Anti-Corruption Commission"])
    assert (third["themes"], third["lead"]) == ("Access to information", ["RTI Commission"])
    assert first["milestones"] == [("Appoint the officers", "2019-07-31")]
    assert third["milestones"] == [("Publish the guidelines", "2020-03-31")]


THEMED = {
    "fr": ["Axe", "N°", "Engagement", "Mesure", "Responsable", "Date de début", "Date de fin",
           "Taux d'avancement"],
    "es": ["Eje", "N°", "Compromiso", "Hito", "Responsable", "Fecha de inicio",
           "Fecha de término", "% de avance"],
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(THEMED))
def test_theme_column_and_mesure(tmp_path, lang):
    rows = [
        THEMED[lang],
        ["Transparence", "1", "Accès à l'information", "Élaborer le projet", "MTN",
         "01/01/2025", "31/12/2025", "40%"],
        ["Transparence", "1", "Accès à l'information", "Consulter", "MTN", "01/03/2025",
         "30/06/2026", "20%"],
        ["Participation", "7", "Réseau des collectivités", "Élargir le réseau", "MI",
         "01/01/2025", "31/12/2026", "55%"],
    ]  # fmt: skip
    got = _by_title(tmp_path, workbook(tmp_path / "a.xlsx", {"Export": rows}))
    assert {t: (g["code"], g["themes"], g["lead"]) for t, g in got.items()} == {
        "Accès à l'information": ("1", "Transparence", ["MTN"]),
        "Réseau des collectivités": ("7", "Participation", ["MI"]),
    }
    assert got["Accès à l'information"]["milestones"] == [
        ("Consulter", "2026-06-30"), ("Élaborer le projet", "2025-12-31"),
    ]  # fmt: skip
