"""The IPTT's words in English, Spanish, French and Portuguese, so that the one reader in
``usaid`` reads a mission's table in any of them: "Indicateur", "Valeur de référence" over
"Année | Valeur", "AF2018" (année / año / ano fiscal) over "Cible | T1..T4", "Cible fin de
projet", "But :", "OS 1 :", "RI 1.1 :". Headers are compared normalized (lowercase, no
accents); section labels are matched on the cell as written, accents optional."""

from __future__ import annotations

import datetime as dt
import re

from ....domain.vocabulary import Level
from ..parse import US_FISCAL_END

NAME_HEADS = ("indicator", "indicators", "performance indicator", "indicator name",
              "indicador", "indicadores", "nombre del indicador", "indicador de desempeno",
              "indicateur", "indicateurs", "nom de l'indicateur", "indicateur de performance",
              "nome do indicador", "indicador de desempenho")  # fmt: skip
#: Name headers of tables that write 12,5 and 1.233 (or 1 233).
COMMA_HEADS = ("indicador", "indicateur", "nom", "nombre")
CODE_HEADS = ("#", "no", "no.", "n°", "n", "n.", "n.°", "nro", "nro.", "num", "num.", "numero",
              "code", "codigo", "ref", "ref.", "indicator no.", "indicator #")  # fmt: skip
UNIT = ("unit", "unidad", "unite", "unidade")
BASELINE = ("baseline", "linea de base", "linea base", "valor de base", "valor de referencia",
            "valeur de reference", "valeur de base", "situation de reference",
            "linha de base", "base de referencia")  # fmt: skip
#: The baseline's year column: "Baseline / Year", "Valeur de référence / Année".
YEAR = ("year", "ano", "annee", "fy", "af", "date", "fecha", "data")
SOURCE = ("data source", "source", "fuente", "fonte")
TARGET = ("target", "meta", "cible", "objectif", "alvo")
ACTUAL = ("actual", "real", "logrado", "alcanzado", "realise", "reel", "resultat", "atteint",
          "realizado", "alcancado")  # fmt: skip
LOP = ("life of project", "life of activity", "life of award", "lop", "loa", "end of project",
       "meta lop", "meta de vida", "meta final", "meta al final", "meta fin de", "meta de fin",
       "cible fin", "cible de fin", "cible finale", "cible totale", "fin de projet",
       "meta do projeto", "meta de fim", "meta ao fim", "meta no fim", "alvo final")  # fmt: skip
#: A second header row: one of these words in at least one cell.
SUBHEAD = re.compile(
    r"year|value|target|actual|q[1-4]|ano|valor|meta|real|annee|valeur|cible|t[1-4]|alvo"
    r"|realise|reel|resultat|logrado|realizado"
)
QUARTER = re.compile(r"(?:q|t|tr|trim)\s*([1-4])")
#: A fiscal-year header: "FY2018", "AF2018" (año / année / ano fiscal), "Año fiscal 2018".
_FISCAL = re.compile(
    r"^(?:fy|af|ef|ano fiscal|annee fiscale|annee budgetaire|exercice(?: fiscal)?"
    r"|exercicio(?: fiscal)?)\s*'?(\d{4}|\d{2})(?!\d)"
)


def fiscal_year(norm: str) -> dt.date | None:
    """The end of the US fiscal year a normalized header names (30 September), or None."""
    found = _FISCAL.match(norm)
    if found is None:
        return None
    year = int(found[1])
    return dt.date(year + 2000 if year < 100 else year, *US_FISCAL_END)


SECTION = re.compile(
    r"^\s*(goal|but|so|strategic objective|objectif strat[ée]gique|os|sub-?ir|sous-?ri|ir|"
    r"intermediate result|r[ée]sultat interm[ée]diaire|development objective|"
    r"objectif de d[ée]veloppement|do|purpose|sub-?purpose|objetivo de desarrollo|"
    r"objetivo de desenvolvimento|objetivo estrat[ée]gico|od|oe|sub-?ri|ri|"
    r"resultado interm[ée]dio|resultado intermedi[áa]rio)\s*[\d.]*\s*[:.\-–]\s*(.+)$",
    re.IGNORECASE | re.DOTALL,
)
_PURPOSE = ("so", "strategic objective", "objectif strategique", "os", "development objective",
            "objectif de developpement", "do", "purpose", "objetivo de desarrollo",
            "objetivo de desenvolvimento", "objetivo estrategico", "od", "oe")  # fmt: skip
LEVELS = {"goal": Level.GOAL, "but": Level.GOAL, **{w: Level.PURPOSE for w in _PURPOSE}}
#: The commitment's title line: "Activity Name: ...", "Activité : ...", "Nombre del proyecto:".
PROJECT = re.compile(
    r"\b(?:project|activity|proyecto|actividad|projet|activit[ée]|projeto|projecto|atividade)"
    r"(?: name| title)?\s*:\s*(.+)$",
    re.IGNORECASE | re.DOTALL,
)
#: A leading number in an indicator's name ("1.1.1 Citoyens ...", "2.1.1. Number ...").
NAME_CODE = re.compile(r"^\s*(\d+(?:\.\d+)*)\.?\s+(?=\S)")
#: Why an indicator's number is not imported (English, Spanish).
CODE_WHY = (
    "the project keeps no number for an indicator; its name is imported without it",
    "el proyecto no guarda un número para un indicador; su nombre se importa sin él",
)


def name_without_code(name: str, code: str) -> str:
    """An indicator's name without its own number (its N° column's) written before it again
    ("1.1.1 | 1.1.1 Citoyens ..."); a number with no such column is part of the name, kept
    as written."""
    found = NAME_CODE.match(name)
    if found is None or not code or found[1] != code.strip().rstrip("."):
        return name
    return name[found.end() :]
