"""The words of World Bank results frameworks (PAD annex 1, ISR) and IDB results matrices:
section rows, header roles, the PDO's row, the fiscal-year sub-headers."""

from __future__ import annotations

import re

YR = re.compile(r"^(?:yr|ano|year)\s*(\d+)")  # "YR1", "Año 1" (Spanish PADs)
COMPONENT = re.compile(r"^(?:component|componente|sub-?component)\s*\d+", re.IGNORECASE)
#: "Intermediate Result (Component One): ..." (PADs 2010-2017): the text after the colon.
IR_COMPONENT = re.compile(
    r"^intermediate results?\s*\((?:component|componente)[^)]*\)\s*:\s*(.+)$",
    re.IGNORECASE | re.DOTALL,
)
#: "Intermediate Result indicator One: ..." before an indicator's name.
NAME_LABEL = re.compile(
    r"^(?:pdo|intermediate results?)\s+(?:level\s+)?(?:results?\s+)?indicators?\s*[\w.]*\s*:\s*",
    re.IGNORECASE,
)
#: The 2018+ PADs' unit after the name: "Share of procedures online (Percentage)".
NAME_UNIT = re.compile(
    r"\s*\(((?:percentage|number|text|yes/no|amount|days|hectare|kilomet)[^()]*(?:\([^()]*\))?)\)$",
    re.IGNORECASE,
)
SECTIONS = ("pdo level results indicators", "intermediate results indicators", "pdo indicators",
             "intermediate indicators", "intermediate results", "intermediate result indicators",
             "project development objective indicators", "indicadores de resultados",
             "indicadores del odp", "indicadores intermedios")  # fmt: skip
PLAN = ("monitoring & evaluation plan", "monitoring and evaluation plan")
#: A second header row under "Cumulative Target Values" / "Intermediate Targets": "YR1",
#: "Year 2", "Año 3", each perhaps with its fiscal year ("YR1 (FY18)"), a fiscal year alone
#: ("FY18", "FY2018"), "End Target", or the years numbered 1, 2, 3.
FY = r"(?:fy|af|ae)\s*'?(?:\d{2}|\d{4})"
SUBHEAD = re.compile(
    rf"(?:(?:yr|year|ano)\s*\d+(?:\s*[(\[]?\s*(?:{FY}|\d{{4}})\s*[)\]]?)?|{FY}|end target"
    r"|\d{1,2})"
)
#: A first header "ID" / "Code" / "No." / "#" over PDO1, IR1: the model has no indicator
#: code, so the column is listed as not read and the name is the next column.
ID_HEAD = re.compile(r"(?:indicator\s+)?(?:id|code|codigo|no\.?|n[°º]\.?|nr\.?|#|ref\.?)")
#: The PDO's row: "Project Development Objective (PDO)", "PDO", "PDO:", "PDO statement",
#: "Objetivo de desarrollo del proyecto (ODP)", "ODP"; not a section of its indicators.
PDO_ROW = re.compile(
    r"^(?:project development objective|objetivo de desarrollo del proyecto|(?:pdo|odp)\b"
    r"|(?:project|program|programme) objective|objetivo (?:general )?del (?:proyecto|programa)"
    r"|objetivo general\s*:)"
)  # IDB: "Objetivo del proyecto:", "Project objective:", "Objetivo general:"
UNDATED = "kept without a date: the PAD numbers the years 1, 2, 3 and says no baseline year"
ROLES = (("unit", ("unit", "unidad")), ("frequency", ("frequency", "frecuencia")),
         ("means_of_verification", ("methodology for data", "medios de verificacion",
                                    "medio de verificacion", "means of verification")),
         ("data_source", ("data source", "datasource", "methodology", "fuente de datos")),
         ("responsible", ("responsib", "responsab")),
         ("end", ("end target", "meta final", "final target", "end of project", "eop target")),
         ("base_year", ("ano linea de base", "ano de linea de base", "ano de la linea de base",
                        "baseline year", "year of baseline", "ano base")),
         ("baseline", ("baseline", "linea de base", "linea base")),
         ("actual", ("actual", "valor real", "valor efectivo")))  # fmt: skip
#: The first header of an indicator table: the PAD's, the IDB results matrix's.
HEADS = ("indicator name", "nombre del indicador", "indicadores", "indicador", "indicators",
         "indicator")  # fmt: skip
SPANISH_HEADS = ("nombre del indicador", "indicadores", "indicador")  # 12,5 and 1.233
#: An IDB results matrix's section rows, alone across the table: its results (impact,
#: outcomes) and its products (outputs, under their components); indicators below measure
#: the objective until a component row.
IDB_SECTION = re.compile(
    r"(?:resultados?(?: esperados| intermedios| finales)?|impactos?|efectos?|productos?|"
    r"results?|outcomes?|impacts?|outputs?|products?|"
    r"(?:indicadores de )?(?:impacto|resultados?|productos?)|"
    r"(?:impact|outcome|output|result)s? indicators)\s*:?"
)
#: The ISR's row kinds beside each indicator: its values, their dates, a comment.
KINDS = {"value": "value", "valor": "value", "date": "date", "fecha": "date",
          "comment": "comment", "comentario": "comment", "comments": "comment"}  # fmt: skip
UNDATED_ACTUAL = ("write its date on the Date row below", "escriba su fecha en la fila Fecha")
