import datetime as dt

import pytest

from matrix_app.domain.vocabulary import Completion, Level
from matrix_app.services.excel.parse import (
    parse_bool,
    parse_date,
    parse_number,
    vocabulary_parser,
)


@pytest.mark.parametrize(
    ("text", "decimal", "expected"),
    [
        ("86,7", ",", 86.7),
        ("86,7", ".", 86.7),  # a comma that does not group by three is a decimal comma
        ("86.7 %", ".", 86.7),
        ("86,7%", ",", 86.7),
        ("1.233", ",", 1233.0),  # Spanish thousands
        ("1.233", ".", 1.233),
        ("1,233", ".", 1233.0),  # English thousands
        ("1,233", ",", 1.233),
        ("46.636", ",", 46636.0),
        ("1.234.567,5", ",", 1234567.5),
        ("1,234,567.5", ".", 1234567.5),
        ("  225 ", ".", 225.0),
        ("1 233", ",", 1233.0),
        (86.7, ",", 86.7),
        (90, ".", 90.0),
        ("-3,5", ",", -3.5),
    ],
)
def test_numbers_as_people_type_them(text, decimal, expected):
    assert parse_number(text, decimal) == pytest.approx(expected)


@pytest.mark.parametrize("bad", ["abc", "", "%", "1,2,3.4.5", True, float("nan"), "12 municipios"])
def test_non_numbers_are_refused(bad):
    with pytest.raises(ValueError, match="number"):
        parse_number(bad)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (dt.datetime(2016, 7, 31, 0, 0), dt.date(2016, 7, 31)),
        (dt.date(2016, 7, 31), dt.date(2016, 7, 31)),
        ("2016-07-31", dt.date(2016, 7, 31)),
        ("2016-07-31T00:00:00", dt.date(2016, 7, 31)),
        ("31/07/2016", dt.date(2016, 7, 31)),
        ("31-07-2016", dt.date(2016, 7, 31)),
        ("31.07.2016", dt.date(2016, 7, 31)),
        ("07/31/2016", dt.date(2016, 7, 31)),  # only month-first makes sense
        ("01/07/2016", dt.date(2016, 7, 1)),  # day first otherwise
        ("julio 2016", dt.date(2016, 7, 31)),
        ("Julio de 2016", dt.date(2016, 7, 31)),
        ("July 2016", dt.date(2016, 7, 31)),
        ("febrero 2016", dt.date(2016, 2, 29)),
        ("31 de julio de 2016", dt.date(2016, 7, 31)),
        ("July 31, 2016", dt.date(2016, 7, 31)),
        ("sept. 2015", dt.date(2015, 9, 30)),
        ("2016-07", dt.date(2016, 7, 31)),
        ("07/2016", dt.date(2016, 7, 31)),
        ("2016", dt.date(2016, 12, 31)),
        (42582, dt.date(2016, 7, 31)),  # an Excel serial in a text cell
    ],
)
def test_dates_as_people_type_them(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("bad", ["31/13/2016", "mañana", "julio", "32 julio 2016", "", True])
def test_bad_dates_are_refused(bad):
    with pytest.raises(ValueError, match="date"):
        parse_date(bad)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("juin 2017", dt.date(2017, 6, 30)),
        ("décembre 2016", dt.date(2016, 12, 31)),
        ("févr. 2016", dt.date(2016, 2, 29)),
        ("août 2016", dt.date(2016, 8, 31)),
        ("2e semestre 2016", dt.date(2016, 12, 31)),
        ("junho de 2017", dt.date(2017, 6, 30)),
        ("dez/2016", dt.date(2016, 12, 31)),
        ("out-2016", dt.date(2016, 10, 31)),
        ("primeiro semestre de 2016", dt.date(2016, 6, 30)),
        ("fin de 2016", dt.date(2016, 12, 31)),
        ("finales de 2016", dt.date(2016, 12, 31)),
        ("end of 2016", dt.date(2016, 12, 31)),
        ("mediados de 2016", dt.date(2016, 6, 30)),
        ("mid-2016", dt.date(2016, 6, 30)),
    ],
)
def test_french_and_portuguese_months_and_parts_of_a_year(text, expected):
    assert parse_date(text) == expected


def test_booleans_in_both_languages():
    assert parse_bool("Sí") is True
    assert parse_bool("VERDADERO") is True
    assert parse_bool("no") is False
    assert parse_bool(0) is False
    with pytest.raises(ValueError, match="bool"):
        parse_bool("quizás")


def test_vocabulary_accepts_identifier_and_labels_in_any_case_or_accents():
    parse, allowed = vocabulary_parser([Level])
    assert parse("output") == "output"
    assert parse("Componente") == "output"
    assert parse("PROPOSITO") == "purpose"
    assert parse("Propósito") == "purpose"
    assert parse(" activity ") == "activity"
    with pytest.raises(ValueError, match="vocabulary"):
        parse("Resultado intermedio")
    assert "Output / Componente" in allowed
    parse, _ = vocabulary_parser([Completion])
    assert parse("Sin evidencia disponible") == "no_evidence"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal however it is written (the blind corpus: "1.º semestre de 2019")
        ("1.º semestre de 2019", dt.date(2019, 6, 30)),
        ("1.er semestre 2019", dt.date(2019, 6, 30)),
        ("1º Semestre 2019", dt.date(2019, 6, 30)),
        ("2.ª mitad de 2016", dt.date(2016, 12, 31)),
        ("segunda mitad de 2016", dt.date(2016, 12, 31)),
        ("II semestre 2016", dt.date(2016, 12, 31)),
        # number and the unit's letter
        ("2S 2016", dt.date(2016, 12, 31)),
        ("3T 2017", dt.date(2017, 9, 30)),
        ("4Q 2016", dt.date(2016, 12, 31)),
        ("2C 2016", dt.date(2016, 8, 31)),
        ("5B 2016", dt.date(2016, 10, 31)),
        # bimestres and cuatrimestres of budgets and plans
        ("1er bimestre 2016", dt.date(2016, 2, 29)),
        ("6to bimestre de 2016", dt.date(2016, 12, 31)),
        ("3er cuatrimestre 2016", dt.date(2016, 12, 31)),
        ("2º quadrimestre de 2018", dt.date(2018, 8, 31)),
        # the whole year
        ("Año 2016", dt.date(2016, 12, 31)),
        ("ano de 2016", dt.date(2016, 12, 31)),
        ("Year 2016", dt.date(2016, 12, 31)),
    ],
)
def test_periods_end_on_their_last_day(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "bad", ["3S 2016", "4C 2016", "7B 2016", "5 trimestre 2016", "3er semestre 2016", "20 2016"]
)
def test_periods_that_do_not_fit_in_a_year_are_refused(bad):
    with pytest.raises(ValueError, match="date"):
        parse_date(bad)
