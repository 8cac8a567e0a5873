"""A column of supporting institutions ("Supporting agencies", "Organizaciones de la
sociedad civil", "Structures associées", "Co-responsables", "Outros atores envolvidos")
links each name as support: one per line or ";", or one per comma when the column writes
its names on one line - a comma inside a name ("Fundar, Centro de Análisis") is kept when
the column separates names by line, and a legal form ("GESOC, A.C.") stays with its name."""

from __future__ import annotations

import datetime as dt

import pytest

from .ogp_tracker_helpers import imported, workbook

D = dt.datetime
HEADS = {
    "en": ("No.", "Commitment", "Milestone", "Lead agency", "Supporting agencies"),
    "es": ("N°", "Compromiso", "Hito", "Institución responsable",
           "Organizaciones de la sociedad civil"),
    "fr": ("N°", "Engagement", "Jalons", "Structure responsable", "Structures associées"),
    "es-co": ("N°", "Compromiso", "Hito", "Responsable", "Co-responsables"),
    "pt": ("Nº", "Compromisso", "Marco", "Instituição responsável", "Outros atores envolvidos"),
}  # fmt: skip


def _import(tmp_path, head, first, second):
    rows = [[*head, "Start date", "End date"],
            ["1", "Open budget", "Publish the budget", "Budget Office", first,
             D(2018, 1, 1), D(2018, 6, 30)],
            ["2", "Open data", "Launch the portal", "Data Agency", second,
             D(2018, 1, 1), D(2018, 6, 30)]]  # fmt: skip
    return imported(tmp_path, workbook(tmp_path / "s.xlsx", {"S": rows}))


@pytest.mark.parametrize("lang", sorted(HEADS))
def test_names_separated_by_commas(tmp_path, lang):
    got = _import(tmp_path, HEADS[lang], "DBM, DILG, CODE-NGO", "Acme, Inc., Open Data Lab")
    assert got["1"]["support"] == ["CODE-NGO", "DBM", "DILG"]
    assert got["2"]["support"] == ["Acme, Inc.", "Open Data Lab"]
    assert got["1"]["lead"] == ["Budget Office"]


def test_a_column_listing_by_line_keeps_commas_inside_names(tmp_path):
    got = _import(
        tmp_path,
        HEADS["es"],
        "GESOC, A.C.\nTransparencia Mexicana",
        "Fundar, Centro de Análisis e Investigación",
    )
    assert got["1"]["support"] == ["GESOC, A.C.", "Transparencia Mexicana"]
    assert got["2"]["support"] == ["Fundar, Centro de Análisis e Investigación"]
