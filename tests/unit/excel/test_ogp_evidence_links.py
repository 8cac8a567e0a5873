"""Evidence as hyperlinks: a cell reading "Ver evidencia", "Link", "Lien" or "Acessar"
whose hyperlink has an address gives that address as the milestone's evidence (a link);
a descriptive text linked keeps its text as the title; a link inside the workbook points
at no address and the text stays the evidence."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from matrix_app.services.excel.links import sheet_links
from matrix_app.services.excel.safety import sheet_parts

from .ogp_tracker_helpers import imported, workbook

D = dt.datetime
HEADS = {
    "es": (["N°", "Compromiso", "Hito", "Fecha de inicio", "Fecha de término", "Evidencia"],
           "Ver evidencia"),
    "en": (["No.", "Commitment", "Milestone", "Start date", "End date", "Evidence link"],
           "Link"),
    "fr": (["N°", "Engagement", "Jalons", "Date de début", "Date de fin", "Justificatifs"],
           "Lien"),
    "pt": (["Nº", "Compromisso", "Marco", "Data de início", "Data de término", "Evidência"],
           "Acessar"),
}  # fmt: skip
A, B = "https://example.org/informe-1.pdf", "https://example.org/actas"


@pytest.mark.parametrize("lang", sorted(HEADS))
def test_the_link_address_is_the_evidence(tmp_path, lang):
    head, label = HEADS[lang]
    rows = [
        ["Tracker"],
        head,
        ["1", "Open data", "Publish", D(2018, 1, 1), D(2018, 6, 30), label],
        [None, None, "Consult", D(2018, 1, 1), D(2018, 6, 30), "Actas de las mesas"],
        [None, None, "Evaluate", D(2018, 1, 1), D(2018, 6, 30), "Informe interno"],
    ]
    path = workbook(
        tmp_path / "l.xlsx",
        {"S": rows},
        merges=[("S", "A3:A5"), ("S", "B3:B5")],
        links={("S", "F3"): A, ("S", "F4"): B, ("S", "F5"): "#'S'!A1"},
    )
    got = imported(tmp_path, path)
    assert got["1"]["evidence"] == sorted([
        ("Publish", A, A), ("Consult", "Actas de las mesas", B),
        ("Evaluate", "Informe interno", ""),
    ])  # fmt: skip


def test_a_link_over_a_range_and_a_sheet_without_links(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Linked"
    ws["B2"] = "x"
    ws["B2"].hyperlink = A
    wb.create_sheet("Plain")["A1"] = "y"
    path = tmp_path / "r.xlsx"
    wb.save(path)
    parts = sheet_parts(path)
    links = sheet_links(path, parts["Linked"])
    assert (links.get(1, 1), links.get(0, 0)) == (A, "")
    assert sheet_links(path, parts["Plain"]).get(0, 0) == ""
    ranged = links.__class__([(2, 0, 4, 1, B)])
    assert [ranged.get(r, c) for r, c in ((3, 1), (5, 1), (2, 2))] == [B, "", ""]
