"""Findings of the fifth blind set (tests/data/excel_blind5), each as a class: quarters,
semesters and months in Indonesian and Russian and "1st Qtr"; a month written year first
("2020/01"); a percentage in words ("45 por ciento", "45 persen", "45 процентов") and a
footnote mark after a number ("60*", "12¹", "45 (a)") kept as the number with a warning; and
follow-up sheets with Indonesian and Russian headers."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.errors import ImportProblems, ProblemList
from matrix_app.services.excel.formats.base import Cells
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.excel.logframe_read import guess_level, header_role
from matrix_app.services.excel.parse import parse_date
from matrix_app.services.project import Project

D = dt.date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("1st Qtr 2018", D(2018, 3, 31)),
        ("3rd qtr. 2018", D(2018, 9, 30)),
        ("Qtr 2 2019", D(2019, 6, 30)),
        ("Triwulan III 2019", D(2019, 9, 30)),
        ("Triwulan ke-2 2020", D(2020, 6, 30)),
        ("Kuartal 4 2020", D(2020, 12, 31)),
        ("Semester I 2019", D(2019, 6, 30)),
        ("semester kedua 2019", D(2019, 12, 31)),
        ("IV квартал 2019", D(2019, 12, 31)),
        ("I кв. 2020", D(2020, 3, 31)),
        ("1-й квартал 2021", D(2021, 3, 31)),
        ("2 полугодие 2020", D(2020, 12, 31)),
        ("первое полугодие 2020 года", D(2020, 6, 30)),
        ("Maret 2019", D(2019, 3, 31)),
        ("Agustus-2019", D(2019, 8, 31)),
        ("Desember 2019", D(2019, 12, 31)),
        ("Mei 2020", D(2020, 5, 31)),
        ("январь 2019", D(2019, 1, 31)),
        ("декабря 2020 г.", D(2020, 12, 31)),
        ("май 2021", D(2021, 5, 31)),
        ("15 марта 2019", D(2019, 3, 15)),
        ("2020/01", D(2020, 1, 31)),
        ("2020.11", D(2020, 11, 30)),
        ("01/2020", D(2020, 1, 31)),
        ("Marzo-2020", D(2020, 3, 31)),
        ("15.10.2019", D(2019, 10, 15)),
    ],
)
def test_periods_and_months_in_more_languages_end_on_their_last_day(text, day):
    assert parse_date(text) == day


@pytest.mark.parametrize(
    "text",
    ["2020/13", "V квартал 2019", "3 полугодие 2020", "Triwulan 2019", "2nd Qtr", "мартобря 2019"],
)
def test_a_period_out_of_range_or_without_its_year_stays_an_error(text):
    with pytest.raises(ValueError):
        parse_date(text)


def _cells(rows):
    return Cells([list(r) for r in rows], "S", ProblemList())


@pytest.mark.parametrize(
    ("text", "decimal", "number", "said"),
    [
        ("45 por ciento", ",", 45.0, "“por ciento” means per cent"),
        ("100 Por Ciento", ",", 100.0, "“Por Ciento” means per cent"),
        ("12.5 percent", ".", 12.5, "“percent” means per cent"),
        ("30 pour cent", ",", 30.0, "“pour cent” means per cent"),
        ("45,5 por cento", ",", 45.5, "“por cento” means per cent"),
        ("80 persen", ",", 80.0, "“persen” means per cent"),
        ("70 процентов", ",", 70.0, "“процентов” means per cent"),
    ],
)
def test_a_percent_word_is_read_as_the_number_and_said(text, decimal, number, said):
    cells = _cells([["x", text]])
    cells.decimal = decimal
    assert cells.number(0, 1, ("progress", "el avance")) == (number, None)
    [warning] = cells.problems.warnings
    assert warning.issue.code == "percent_word"
    assert said in warning.message("en")
    assert cells.is_percent(0, 1)


@pytest.mark.parametrize(
    ("text", "number", "mark"),
    [("60*", 60.0, "*"), ("12¹", 12.0, "¹"), ("45 (a)", 45.0, "(a)"), ("30 [2]", 30.0, "[2]"),
     ("75%**", 75.0, "**"), ("1.5†", 1.5, "†")],
)  # fmt: skip
def test_a_footnote_mark_after_a_number_is_left_out_with_a_warning(text, number, mark):
    cells = _cells([["x", text]])
    assert cells.number(0, 1, ("progress", "el avance"))[0] == number
    [warning] = cells.problems.warnings
    assert warning.issue.code == "footnote_mark"
    assert f"footnote mark “{mark}”" in warning.message("en")
    assert f"llamada de nota “{mark}”" in warning.message("es")


def test_the_footnote_warning_quotes_the_note_the_mark_points_to():
    cells = _cells([["a", "60*"], [], ["* Dato provisional a falta de validación"]])
    cells.number(0, 1, ("progress", "el avance"))
    [warning] = cells.problems.warnings
    assert "its note: “* Dato provisional a falta de validación”" in warning.message("en")


@pytest.mark.parametrize("text", ["60*3", "45 (12)", "3 of 5", "60 (ab)", "45 por ciento de 80"])
def test_a_value_still_unclear_stays_a_located_error(text):
    cells = _cells([["x", text]])
    assert cells.number(0, 1, ("progress", "el avance")) == (None, None)
    [error] = cells.problems.errors
    assert (error.row, error.column, error.issue.code) == (1, "B", "number")


def _import(tmp_path, rows, title="Seguimiento"):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    path = tmp_path / "book.xlsx"
    wb.save(path)
    project = Project.new(tmp_path / "p.nap")
    report = import_workbook(project, path)
    return project, report


def _milestones(project):
    return {
        r.narrative: (r.start_date, r.end_date, r.progress)
        for r in project.rows(m.Result)
        if r.level == "activity"
    }


def _institutions(project):
    names = {i.id: i.name for i in project.rows(m.Institution)}
    titles = {c.id: c.title for c in project.rows(m.Commitment)}
    return {
        titles[link.commitment_id]: names[link.institution_id]
        for link in project.rows(m.CommitmentInstitution)
        if link.role == "lead"
    }


def test_indonesian_follow_up_sheet(tmp_path):
    project, _ = _import(tmp_path, [
        ["Rencana Aksi Keterbukaan Pemerintah"],
        ["No", "Komitmen", "Instansi Pelaksana", "Kegiatan", "Tanggal Mulai",
         "Tanggal Berakhir", "Persentase Capaian", "Bukti", "Catatan"],
        ["1", "Data terbuka", "Kementerian Keuangan", "Menyusun standar", "Triwulan I 2020",
         "Juli 2020", "50 persen", "https://data.go.id", "lambat"],
        [None, None, None, "Publikasi data", "Semester ke-2 2020", "Desember 2020", "0", None,
         None],
    ])  # fmt: skip
    with project:
        assert _milestones(project) == {
            "Menyusun standar": (D(2020, 3, 31), D(2020, 7, 31), 50.0),
            "Publikasi data": (D(2020, 12, 31), D(2020, 12, 31), 0.0),
        }
        assert _institutions(project) == {"Data terbuka": "Kementerian Keuangan"}


def test_russian_follow_up_sheet(tmp_path):
    project, _ = _import(tmp_path, [
        ["План действий – мониторинг"],
        ["№", "Наименование обязательства", "Ответственный исполнитель", "Мероприятия",
         "Дата начала", "Срок исполнения", "Ход выполнения, %", "Состояние", "Комментарии"],
        ["1", "Открытые данные", "Министерство финансов", "Утвердить перечень",
         "I квартал 2021", "первое полугодие 2021", "30 процентов", "В процессе", None],
        [None, None, None, "Опубликовать наборы", "июля 2021 г.", "4 кв. 2021", "12,5", None,
         "—"],
    ], title="Мониторинг")  # fmt: skip
    with project:
        assert _milestones(project) == {
            "Утвердить перечень": (D(2021, 3, 31), D(2021, 6, 30), 30.0),
            "Опубликовать наборы": (D(2021, 7, 31), D(2021, 12, 31), 12.5),
        }
        assert _institutions(project) == {"Открытые данные": "Министерство финансов"}


def test_spanish_actuacion_column_with_words_and_footnotes(tmp_path):
    project, report = _import(tmp_path, [
        ["Plan municipal"],
        ["Nº", "Compromiso", "Unidad responsable", "Actuaciones", "Inicio", "Fin",
         "% ejecución", "Estado"],
        ["1", "Agendas públicas", "Alcaldía", "Publicar agendas", "3T 2021", "2022/02",
         "45 (a)", "En curso"],
        [None, None, None, "Publicar regalos", "1T 2022", "marzo de 2022", "100 por ciento",
         "Finalizada"],
        [],
        ["(a) Dato provisional."],
    ])  # fmt: skip
    with project:
        assert _milestones(project) == {
            "Publicar agendas": (D(2021, 9, 30), D(2022, 2, 28), 45.0),
            "Publicar regalos": (D(2022, 3, 31), D(2022, 3, 31), 100.0),
        }
    codes = {p.issue.code for p in report.warnings}
    assert {"footnote_mark", "percent_word"} <= codes


def test_an_unknown_period_word_is_a_located_error(tmp_path):
    with pytest.raises(ImportProblems) as raised:
        _import(tmp_path, [
            ["No", "Komitmen", "Penanggung Jawab", "Kegiatan", "Tanggal Mulai",
             "Tanggal Selesai", "Capaian (%)"],
            ["1", "Data", "Kominfo", "Standar", "Triwulan V 2019", "Maret 2020", "10"],
        ])  # fmt: skip
    [problem] = raised.value.problems
    assert (problem.row, problem.column, problem.issue.code) == (2, "E", "date")


@pytest.mark.parametrize(
    ("header", "role"),
    [("Indikator Kinerja", "indicators"), ("Sarana Verifikasi", "means_of_verification"),
     ("Asumsi", "assumptions"), ("Ringkasan Naratif", "narrative"), ("Data Dasar", "baseline"),
     ("Показатели", "indicators"), ("Источники проверки", "means_of_verification"),
     ("Допущения и риски", "assumptions"), ("Базовое значение", "baseline"),
     ("Целевое значение", "target"), ("Описание", "narrative"), ("Уровень", "level")],
)  # fmt: skip
def test_logframe_headers_in_indonesian_and_russian(header, role):
    from matrix_app.services.excel.parse import normalize

    assert header_role(normalize(header)) == role


@pytest.mark.parametrize(
    ("cell", "level"),
    [("Tujuan", "goal"), ("Sasaran", "purpose"), ("Keluaran", "output"),
     ("Kegiatan", "activity"), ("Цель", "goal"), ("Задачи", "purpose"),
     ("Результаты", "output"), ("Мероприятия", "activity")],
)  # fmt: skip
def test_logframe_levels_in_indonesian_and_russian(cell, level):
    found, _rest = guess_level(cell)
    assert found is not None and found.value == level
