"""The OGP commitment template filled in as a vertical form, one sheet per commitment
(English, Spanish, French): one commitment per sheet with its code, title, lead, the
supporting actors named under "Other Actors Involved", its milestones with their dates, and
the answers the Commitment has fields for (problem, description, objective, span, contact)."""

from __future__ import annotations

import datetime as dt

import pytest

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project

from .ogp_tracker_helpers import imported, workbook

d = dt.date
LABELS = {
    "en": ["Number and Name of Commitment", "Commitment Start and End Date",
           "Lead implementing agency/actor",
           "What is the public problem that the commitment will address?",
           "What is the commitment?",
           "How will the commitment contribute to solve the public problem?",
           "Milestone activity with a verifiable deliverable", "Start Date:", "End Date:",
           "Contact information", "Name of responsible person from implementing agency",
           "Email and Phone", "Other Actors Involved", "State actors involved",
           "CSOs, private sector, multilaterals, working groups"],
    "es": ["Nombre y número del compromiso", "Fecha de inicio y término del compromiso",
           "Institución o actor responsable de la implementación",
           "¿Cuál es la problemática que el compromiso aborda?", "¿Cuál es el compromiso?",
           "¿Cómo contribuirá a resolver la problemática?", "Actividad y producto entregable",
           "Fecha de inicio:", "Fecha final:", "Información de contacto",
           "Nombre de la persona responsable", "Correo electrónico y teléfono",
           "Otros actores involucrados", "Actores de gobierno",
           "OSC, sector privado, organizaciones multilaterales, grupos de trabajo"],
    "fr": ["Numéro et intitulé de l'engagement", "Date de début et de fin de l'engagement",
           "Structure responsable de la mise en œuvre",
           "Quel est le problème public que l'engagement vise à résoudre ?",
           "Quel est l'engagement ?",
           "Comment l'engagement contribuera-t-il à résoudre le problème public ?",
           "Activité avec un livrable vérifiable", "Date de début :", "Date de fin :",
           "Informations de contact", "Nom de la personne responsable",
           "Courriel et téléphone", "Autres acteurs impliqués", "Acteurs étatiques",
           "OSC, secteur privé, groupes de travail"],
}  # fmt: skip


def _form(lang: str, n: int, title: str, lead: str, milestones) -> list[list]:
    (num, span, who, problem, what, how, act, start, end, contact, person, email, others,
     state, csos) = LABELS[lang]  # fmt: skip
    return [["Template"], [], [num, f"{n}. {title}"], [span, "2018 – 2020"], [who, lead],
            [problem, "The problem."], [what, "The commitment."], [how, "The way."],
            [act, start, end], *[[x, s, e] for x, s, e in milestones],
            [contact], [person, "Ana Pérez"], [email, "ana@example.org, +504 2222"],
            [others, state, "Ministry of Justice\nTax Authority"],
            [None, csos, "Integrity Initiative"]]  # fmt: skip


@pytest.mark.parametrize("lang", sorted(LABELS))
def test_one_commitment_per_form_sheet(tmp_path, lang):
    sheets = {
        "C1": _form(lang, 1, "Beneficial ownership", "Registrar",
                    [("Draft the rules", "30/09/2017", "30/06/2018"),
                     ("Launch the register", "31/07/2018", "30/06/2019")]),
        "C2": _form(lang, 2, "Petroleum data", "Finance Ministry",
                    [("Publish receipts", dt.datetime(2017, 10, 1), "31/12/2018")]),
    }  # fmt: skip
    n1, n2 = len(sheets["C1"]), len(sheets["C2"])
    path = workbook(
        tmp_path / "f.xlsx", sheets, merges=[("C1", f"A{n1 - 1}:A{n1}"), ("C2", f"A{n2 - 1}:A{n2}")]
    )
    got = imported(tmp_path, path)
    assert got["1"]["title"] == "Beneficial ownership"
    assert got["1"]["lead"] == ["Registrar"]
    assert got["1"]["support"] == ["Integrity Initiative", "Ministry of Justice", "Tax Authority"]
    assert got["1"]["milestones"] == [
        ("Draft the rules", d(2017, 9, 30), d(2018, 6, 30), None),
        ("Launch the register", d(2018, 7, 31), d(2019, 6, 30), None),
    ]
    assert got["2"]["milestones"] == [("Publish receipts", d(2017, 10, 1), d(2018, 12, 31), None)]
    with Project.open(tmp_path / "p.nap", read_only=True) as project:
        c = next(c for c in project.rows(m.Commitment) if c.code == "1")
        assert (c.status_quo, c.description, c.objective) == ("The problem.", "The commitment.",
                                                              "The way.")  # fmt: skip
        assert (c.start_date, c.end_date) == (d(2018, 1, 1), d(2020, 12, 31))
        assert (c.focal_point_name, c.focal_point_email) == ("Ana Pérez", "ana@example.org")


def test_a_form_without_milestones_header_is_not_this_format(tmp_path):
    rows = [["Number and Name of Commitment", "1. Open data"], ["Notes", "none"]]
    with Project.new(tmp_path / "p.nap") as project:
        with pytest.raises(Exception):  # noqa: B017 - refused: no commitment found
            import_workbook(project, workbook(tmp_path / "x.xlsx", {"S": rows}))
