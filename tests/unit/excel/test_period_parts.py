"""Parts of a month or a year as plans write them: "fin juin 2022", "end of June 2022",
"finales de junio de 2022" are that month (its last day); "début 2022", "early 2022",
"principios de 2022" the first quarter's end; "mi-2022" 30 June. A French follow-up sheet
with "Structure porteuse", partners split by ";" and such dates imports whole."""

from __future__ import annotations

import datetime as dt

import pytest

from matrix_app.services.excel.parse import parse_date

from .ogp_tracker_helpers import imported, workbook


@pytest.mark.parametrize(
    ("text", "day"),
    [("fin juin 2022", "2022-06-30"), ("Fin janv. 2023", "2023-01-31"),
     ("end of June 2022", "2022-06-30"), ("late Feb 2024", "2024-02-29"),
     ("finales de junio de 2022", "2022-06-30"), ("fim de junho de 2022", "2022-06-30"),
     ("mi-juin 2022", "2022-06-30"), ("début mars 2023", "2023-03-31"),
     ("début 2022", "2022-03-31"), ("early 2022", "2022-03-31"),
     ("principios de 2022", "2022-03-31"), ("inicios de 2022", "2022-03-31"),
     ("mi-2022", "2022-06-30"), ("fin 2022", "2022-12-31"), ("1er trimestre 2022", "2022-03-31")],
)  # fmt: skip
def test_parts_of_months_and_years(text, day):
    assert parse_date(text).isoformat() == day


@pytest.mark.parametrize(
    "text", ["fin de semaine", "end of project", "début juin", "mi-parcours 2"]
)
def test_a_part_word_without_a_date_stays_an_error(text):
    with pytest.raises(ValueError):
        parse_date(text)


def test_a_french_matrice_de_suivi_imports_whole(tmp_path):
    rows = [["N°", "Engagement", "Structure porteuse", "Structures partenaires", "Jalons",
             "Date de début", "Date de fin", "Niveau de réalisation"],
            ["1", "Engagement n°1 : Budgets publiés", "Ministère des Finances",
             "Cour des comptes ; Forum civil", "Publier les rapports", "début 2022",
             "fin juin 2022", "100\u00a0%"],
            [None, None, None, None, "Publier le budget citoyen", "mi-2022", "mars 2023",
             "n.d."]]  # fmt: skip
    path = workbook(tmp_path / "sn.xlsx", {"Matrice": rows}, merges=[("Matrice", "C2:C3")])
    got = imported(tmp_path, path)["1"]
    assert got["lead"] == ["Ministère des Finances"]
    assert got["support"] == ["Cour des comptes", "Forum civil"]
    assert got["milestones"] == [
        ("Publier les rapports", dt.date(2022, 3, 31), dt.date(2022, 6, 30), 100.0),
        ("Publier le budget citoyen", dt.date(2022, 6, 30), dt.date(2023, 3, 31), None),
    ]
