"""Periods of a year as plans write them, and the day each ends on: months, quarters,
semesters, bimestres, cuatrimestres, fiscal years, "fin de 2016", in Spanish, English, French,
Portuguese, Indonesian and Russian ("Maret 2019", "Triwulan III 2019", "IV квартал 2019",
"2 полугодие 2020", "1st Qtr 2018").

Texts come here normalized (``parse.normalize``: lowercase, no accents, so Russian "й" is
"и"); the words below are normalized the same way when the tables are built.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata

_MONTH_WORDS = {
    1: "enero january jan ene janvier janv janeiro januari январь января январе янв",
    2: "febrero february feb fevrier fevr fev fevereiro februari peb февраль февраля "
    "феврале фев февр",
    3: "marzo march mar mars marco maret март марта марте",
    4: "abril april apr abr avril avr апрель апреля апреле апр",
    5: "mayo may mai maio mei май мая мае",
    6: "junio june jun juin junho juni июнь июня июне июн",
    7: "julio july jul juillet juil julho juli июль июля июле июл",
    8: "agosto august aug ago aout agustus agu agt ags август августа августе авг",
    9: "septiembre setiembre september sep sept set septembre setembro сентябрь сентября "
    "сентябре сен сент",
    10: "octubre october oct octobre outubro out oktober okt октябрь октября октябре окт",
    11: "noviembre november nov novembre novembro nopember ноябрь ноября ноябре ноя нояб",
    12: "diciembre december dec dic decembre dezembro dez desember des декабрь декабря декабре дек",
}


def _plain(word: str) -> str:
    """A word as ``parse.normalize`` leaves it (no accents: Russian "й" becomes "и")."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


#: Month names and abbreviations -> month number, as normalized text shows them.
MONTHS = {_plain(w): n for n, words in _MONTH_WORDS.items() for w in words.split()}
#: Words around a month and year that say nothing more: "de", "of", Russian "г." (год).
MONTH_FILLERS = {"de", "del", "of", "the", "г", "года", "год", "tahun", "bulan"}
_ORDINAL_WORDS = {
    1: "1 1er 1ro 1st primer primero first i 1o 1° 1º h1 s1 premier 1e 1eme primeiro "
    "pertama kesatu первыи первое первая первого",
    2: "2 2do 2nd segundo second ii 2o 2° 2º h2 s2 2e 2eme deuxieme second kedua второи "
    "второе вторая второго",
    3: "3 3er 3ro 3rd tercer tercero third iii 3o 3° 3º 3e 3eme troisieme terceiro ketiga "
    "третии третье третья третьего",
    4: "4 4to 4th cuarto fourth iv 4o 4° 4º 4e 4eme quatrieme quarto keempat четвертыи "
    "четвертое четвертая четвертого",
}
_ORDINAL = {_plain(w): n for n, words in _ORDINAL_WORDS.items() for w in words.split()}
#: "fin de 2016", "end of 2016", "late 2016" is 31 December; "mediados de 2016", "mid-2016",
#: "mi-2016" 30 June; "début 2016", "early 2016", "principios de 2016" the first quarter's end,
#: 31 March (the start of a year is a period like any other: its last day).
_END = r"fin(?:es|ales)?|end|fim|final|late"
_MID = r"mediados|mid|mi|meados|milieu"
_START = r"debut|early|principios?|inicios?|comienzos?|comeco|beginning|start"
YEAR_PART = re.compile(
    rf"(?:(?P<end>{_END})|(?P<mid>{_MID})|(?P<start>{_START}))"
    r"\s*-?\s*(?:de\s+|del\s+|of\s+|d')?(?P<year>\d{4})"
)
#: A part of a month is that month (its last day, as the month alone): "fin juin 2022",
#: "end of June 2022", "finales de junio de 2022", "mi-juin 2022", "début mars 2023".
MONTH_PART = re.compile(
    rf"(?:{_END}|{_MID}|{_START})\s*-?\s*(?:de\s+|del\s+|of\s+|d')?"
    r"(?P<month>[^\W\d_]+)\.?(?P<rest>\s*[-/ ]?\s*(?:de\s+|del\s+|of\s+)?'?\d{2,4})"
)
#: Halves and quarters: "semestre", "2nd Sem", "полугодие"; "trimestre", "1st Qtr",
#: "Triwulan", "Kuartal", "квартал" (and their Russian cases: "квартала", "полугодия").
_HALF = r"(?:semestre|semester|half|sem\.?|mitad|полугоди[еяи]|пол\.?)"
_QUARTER = r"(?:trimestre|quarter|qtr\.?|trim\.?|tri\.?|triwulan|kuartal|квартал[ае]?|кв\.?)"
#: Periods of a year by their length in months: semesters, quarters, and the bimestre and
#: cuatrimestre (quadrimestre) of Latin American budgets and plans.
_UNITS = (
    (_HALF, 6),
    (_QUARTER, 3),
    (r"(?:cuatrimestre|quadrimestre|quatrimestre)", 4),
    (r"(?:bimestre|bimester)", 2),
)
#: "2S 2016", "3T 2017", "4Q 2016", "2B 2016", "1C 2016": number then the unit's letter.
_LETTER_MONTHS = {"s": 6, "h": 6, "q": 3, "t": 3, "c": 4, "b": 2}
#: "Año 2016", "year 2016", "exercice 2016": the whole year, which ends on 31 December.
_WHOLE_YEAR = re.compile(
    r"(?:ano|year|annee|exercice|ejercicio|exercicio|gestion|tahun)\s+(?:de\s+|del\s+|of\s+)?"
    r"(\d{4})"
)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def full_year(y: int) -> int:
    return y + 2000 if y < 100 else y


def _ordinal(token: str) -> int | None:
    """1-6 from an ordinal however it is written: "1", "1.º", "1.er", "2do", "3rd", "2e",
    "1-й", "ke-3", "II", "segundo", "segunda", "premier", "kedua"... (a digit and a short suffix
    counts as the digit)."""
    token = re.sub(r"^ke-?(?=\d)", "", token.strip(".°º"))  # Indonesian "ke-3": third
    if m := re.fullmatch(r"([1-6])\W*[^\W\d_]{0,3}\W*", token):
        return int(m[1])
    word = token.replace(".", "")
    if word.endswith("a") and word[:-1] + "o" in _ORDINAL:  # feminine: "segunda mitad"
        word = word[:-1] + "o"
    return _ORDINAL.get(word)


def _fiscal_end(year: int, fiscal_end: tuple[int, int]) -> dt.date:
    return dt.date(year, fiscal_end[0], fiscal_end[1])


def period_end(text: str, fiscal_end: tuple[int, int]) -> dt.date | None:
    """The last day of a period written as a semester, quarter or fiscal year, or None."""
    if m := re.fullmatch(r"(?:fy|af|ef)\s*'?(\d{2}|\d{4})", text):
        return _fiscal_end(full_year(int(m[1])), fiscal_end)
    if m := re.fullmatch(r"([hs])\s*([12])\s*[-/ ]?\s*(\d{4})", text):
        return month_end(int(m[3]), 6 * int(m[2]))
    if m := re.fullmatch(r"(\d{4})\s*[-/ ]?\s*([hsqt])\s*([1-4])", text):  # "2019-T3"
        n = int(m[3])
        if m[2] in "qt":
            return month_end(int(m[1]), 3 * n)
        return month_end(int(m[1]), 6 * n) if n <= 2 else None
    if m := re.fullmatch(r"(\d{4})\s*[-/ ]?\s*([1-6])\s*([shqtcb])", text):  # "2019-3T"
        n, months = int(m[2]), _LETTER_MONTHS[m[3]]
        return month_end(int(m[1]), n * months) if n * months <= 12 else None
    if m := re.fullmatch(r"(?:q|t)\s*([1-4])\s*[-/ ]?\s*(?:de\s+|of\s+)?(?:fy\s*)?(\d{4})", text):
        return month_end(int(m[2]), 3 * int(m[1]))
    if m := re.fullmatch(r"([1-6])\s*([shqtcb])\s*[-/ ]?\s*(\d{4})", text):
        n, months = int(m[1]), _LETTER_MONTHS[m[2]]
        return month_end(int(m[3]), n * months) if n * months <= 12 else None
    if m := _WHOLE_YEAR.fullmatch(text):
        return dt.date(int(m[1]), 12, 31)
    ordinal = r"([\w.°º-]+)"
    year = r"\s+(?:de\s+|del\s+|of\s+|d')?(\d{4})(?:\s*(?:г|года?)\.?)?"
    for unit, months in _UNITS:
        found = re.fullmatch(ordinal + r"\s+" + unit + year, text)
        if found is None:
            found = re.fullmatch(unit + r"\s+" + ordinal + year, text)
        if found is not None:
            n = _ordinal(found[1])
            if n is None or n * months > 12:
                return None
            return month_end(int(found[2]), n * months)
    return None
