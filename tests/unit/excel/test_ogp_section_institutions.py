"""Section rows inside a tracker, below one header or over each block's own header: the
"Engagement N :" / "Commitment N:" row, then lines naming the lead ("Structure responsable
:", "Lead MDA:", "Entidad líder:") and the supporters ("Supporting MDAs/CSOs: A, B",
"Structures associées : …"). Those lines are the commitment's institutions, never
milestones; a commitment continued on the next sheet ("(cont.)", "(continuación)",
"(suite)") is the same commitment."""

from __future__ import annotations

import datetime as dt

import pytest

from .ogp_tracker_helpers import imported, workbook

D = dt.datetime
LABELS = {
    "fr": (["Jalons", "Date de début", "Date de fin", "Taux de réalisation"],
           "Engagement {n} : {t}", "Structure responsable : {x}", "Structures associées : {x}"),
    "en": (["Milestone", "Start date", "End date", "Progress (%)"],
           "Commitment {n}: {t}", "Lead MDA: {x}", "Supporting MDAs/CSOs: {x}"),
    "es": (["Hito", "Fecha de inicio", "Fecha de término", "Avance"],
           "Compromiso {n}: {t}", "Entidad líder: {x}", "Co-responsables: {x}"),
    "pt": (["Marco", "Data de início", "Data de término", "% de execução"],
           "Compromisso {n}: {t}", "Órgão responsável: {x}", "Outros atores envolvidos: {x}"),
}  # fmt: skip
BLOCKS = [
    ("1", "Open budget", "Budget Office", "Ministry of Finance, BudgIT",
     ["Ministry of Finance", "BudgIT"], ["Publish the citizens' budget", "Publish reports"]),
    ("2", "Open contracting", "Procurement Bureau", "Public and Private Development Centre",
     ["Public and Private Development Centre"], ["Adopt the standard"]),
]  # fmt: skip


def _rows(lang: str, repeat: bool) -> list[list]:
    head, section, lead, support = LABELS[lang]
    rows: list[list] = [["Tracker"], []] + ([] if repeat else [head])
    for n, title, who, helpers, _names, milestones in BLOCKS:
        rows += [[section.format(n=n, t=title)], [lead.format(x=who)],
                 [support.format(x=helpers)]] + ([head] if repeat else [])  # fmt: skip
        rows += [[m, D(2018, 1, 1), D(2018, 12, 31), 50] for m in milestones]
    return rows


@pytest.mark.parametrize("repeat", [False, True], ids=["one-header", "header-per-block"])
@pytest.mark.parametrize("lang", sorted(LABELS))
def test_label_lines_are_the_institutions(tmp_path, lang, repeat):
    got = imported(tmp_path, workbook(tmp_path / "s.xlsx", {"Sheet": _rows(lang, repeat)}))
    for n, title, who, _helpers, names, milestones in BLOCKS:
        assert got[n]["title"] == title
        assert got[n]["lead"] == [who]
        assert got[n]["support"] == sorted(names)
        assert [ms[0] for ms in got[n]["milestones"]] == milestones


def test_a_milestone_with_a_colon_stays_a_milestone(tmp_path):
    rows = [["Milestone", "Start date", "End date", "Progress (%)"],
            ["Commitment 1: Open budget"], ["Lead agency: Budget Office"],
            ["Training of agency staff: three regions", D(2018, 1, 1), D(2018, 6, 30), 10],
            ["Phase 2: publish the data"]]  # fmt: skip
    got = imported(tmp_path, workbook(tmp_path / "m.xlsx", {"S": rows}))
    assert got["1"]["lead"] == ["Budget Office"]
    assert [ms[0] for ms in got["1"]["milestones"]] == [
        "Training of agency staff: three regions",
        "Phase 2: publish the data",
    ]


CONTINUED = {
    "en": ("No.", "Commitment", "Milestone", "Start date", "End date", " (cont.)"),
    "es": ("N°", "Compromiso", "Meta", "Fecha inicio", "Fecha fin", " (continuación)"),
    "fr": ("N°", "Engagement", "Jalons", "Date de début", "Date de fin", " (suite)"),
}


@pytest.mark.parametrize("lang", sorted(CONTINUED))
def test_a_commitment_continued_on_the_next_sheet(tmp_path, lang):
    *head, mark = CONTINUED[lang]
    one = [
        head,
        ["1", "Water data", "Survey the stations", D(2019, 1, 1), D(2019, 6, 30)],
        [None, None, "Publish 50 stations", D(2019, 7, 1), D(2019, 12, 31)],
    ]
    two = [head, ["1", "Water data" + mark, "Build a viewer", D(2020, 1, 1), D(2020, 12, 31)]]
    path = workbook(
        tmp_path / "c.xlsx",
        {"Hoja1": one, "Hoja2": two},
        merges=[("Hoja1", "A2:A3"), ("Hoja1", "B2:B3")],
    )
    got = imported(tmp_path, path)
    assert list(got) == ["1"]
    assert got["1"]["title"] == "Water data"
    assert [ms[0] for ms in got["1"]["milestones"]] == [
        "Survey the stations",
        "Publish 50 stations",
        "Build a viewer",
    ]
