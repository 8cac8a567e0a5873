"""A commitment's code and title from the lines above a logframe's header.

``commitment_heading`` reads them from "Compromiso 3: ...", a project's label ("Project
title: ...", "Proyecto: ..."), a template's name followed by the title ("Marco lógico -
...") or the sheet's name; ``named_title`` gives the name after a project's label.
"""

from __future__ import annotations

import re
from typing import Any

from .parse import normalize

_TITLE = re.compile(
    r"^\s*(?:compromiso|compromisso|commitment|engagement)\s*(?:n[°ºo]?\.?|#)?\s*([0-9]+(?:\.[0-9]+)*)\s*[:.\-–—]?\s*(.*)$",
    re.IGNORECASE | re.DOTALL,
)


#: A project's or action's name after its label: "Project title: ...", "Proyecto: ...",
#: "NOMBRE DEL PROGRAMA: ...", "Programa presupuestario: ..." (Mexico's MIR), "Acción 7: ..."
#: (the number is the code); AfDB's "Pays et titre du projet : ...".
_NAMED_TITLE = re.compile(
    r"(?:^|\s[-–—]\s)\s*(?:(?:pays|country|pa[ií]s)\s+(?:et|and|y|e)\s+)?(?:(?:budget|budgetary)\s+(?:programme|program)|"
    r"project|programme|program|proyecto|programa|projet|programme|projeto|action|grant|"
    r"acci[oó]n|(?:clave y )?(?:nombre|denominaci[oó]n) del (?:proyecto|programa)|"
    r"nome do (?:projeto|programa)|"
    r"intitul[eé] du projet|titre du projet|t[ií]tulo del proyecto)"
    r"(?:\s+(?:presupuestari[oa]|presupuestal|budg[eé]taire|or[cç]ament[aá]ri[oa]|budget))?"
    r"(?:\s+(?:title|name|titre|nom))?(?:\s+(?:and|et|y|e)\s+[^:]{1,40}?)?"  # "... and Atlas Number"
    r"(?:\s*\([^()]{1,12}\))?\s*(?:n[°º]?\s*)?(\d+)?\s*:\s*(\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_LABELLED = re.compile(r"^\s*[^:\d]{2,40}:\s*\S")  # "Responsable: Unidad X", "Fecha: ..."
_TITLE_WORD = re.compile(r"\b(?:compromiso|compromisso|commitment|engagement)\b", re.IGNORECASE)
#: A template's name before a project's title: "Indicative logframe matrix – Support to
#: …", "Marco lógico - …", "Cadre logique : …", "Results framework: …", "Quadro lógico – …".
_TEMPLATE_NAME = re.compile(
    r"\b(?:logframe|log-?frame|logical framework|marco logico|matriz(?: de)? (?:marco logico|"
    r"resultados|indicadores|planificacion|seguimiento|monitoreo)|matriz logica|cadre logique|"
    r"matrice (?:du )?cadre logique|matrice des resultats|cadre (?:de|des) resultats|"
    r"results? (?:framework|matrix|chain)|marco de resultados|quadro logico|"
    r"matriz de quadro logico|quadro de resultados|matriz do marco logico)\b"
)
_TITLE_SPLIT = re.compile(r"\s+[-–—]\s+|\s*[:–—]\s+")
#: What after a template's name is not a project's title: its annex, version or date.
_NOT_A_TITLE = re.compile(
    r"(?:anexo|annex|annexe|ap[eé]ndice|appendix|version|versi[oó]n|vers[aã]o|v\.?\s*\d|"
    r"draft|borrador|brouillon|rascunho|updated|actualizad[oa]|mise a jour|atualizad[oa]|"
    r"[\d\s/.-]+$)",
    re.IGNORECASE,
)


def _after_template(text: str) -> str:
    """The project's title after a template's name and a dash or colon, else ""."""
    parts = _TITLE_SPLIT.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or not _TEMPLATE_NAME.search(normalize(parts[0])):
        return ""
    after = parts[1].strip()
    if _TEMPLATE_NAME.search(normalize(after)) or _NOT_A_TITLE.match(after):
        return ""
    return after if len(re.findall(r"[^\W\d_]{3,}", after)) >= 2 else ""


def commitment_heading(rows: list[list[Any]], sheet: str) -> tuple[str, str]:
    """Code and title of the commitment from the rows above the header (or the sheet name)."""
    lines = [[str(v).strip() for v in row if isinstance(v, str) and v.strip()] for row in rows]
    texts = [text for line in lines for text in line]
    for line in lines:
        for i, text in enumerate(line):
            start = _TITLE_WORD.search(text)
            if start and (m_ := _TITLE.match(text[start.start() :])):
                title = m_.group(2).strip()
                if not title and i + 1 < len(line):
                    title = line[i + 1]  # "Compromiso 1:" | "Datos abiertos": two cells
                return m_.group(1), title or text
    skip = (
        "matriz",
        "marco logico",
        "logframe",
        "logical framework",
        "cadre logique",
        "ministerio",
        "ministry",
        "ministere",
        "gobierno de",
        "government of",
        "matrice",
        "results framework",
        "monitoring framework",
        "performance framework",
        "cadre de resultats",
        "marco de resultados",
        "quadro de resultados",
    )
    labelled = [  # "Project:" | "Civil society ...": a label with its value in the next cell
        f"{text} {line[i + 1]}" if text.endswith(":") and i + 1 < len(line) else text
        for line in lines
        for i, text in enumerate(line)
    ]
    for text in labelled:
        if named := _NAMED_TITLE.search(text):  # also "Logframe matrix - Action 12: ..."
            code, title = named.group(1) or "", named.group(2).strip()
            if not code and (lead := _CODE_DASH.match(title)):
                code, title = lead.group(1), title[lead.end() :]  # "Programa: 4001 - ..."
            return code, title
    for text in texts:
        if after := _after_template(text):  # "Indicative logframe matrix – Support to …"
            return "", after
    texts = [_beside_kind(t, skip) for t in texts]
    plain = [
        t for t in texts
        if not any(s in normalize(t) for s in skip) and not _LABELLED.match(t)
    ]  # fmt: skip
    generic = re.fullmatch(
        r"(?:hoja|sheet|feuil(?:le)?|planilha|plan|tabelle|foglio|anexo|annex|annexe)\s*\d+\w?",
        normalize(sheet),
    )  # "Anexo 2a" is the annex's number, not the commitment's
    digits = None if generic else re.search(r"\d+(?:\.\d+)*", sheet)
    if digits and re.fullmatch(r"(?:19|20)\d{2}", digits.group(0)):
        digits = None  # "MIR 2017": the year of the sheet, not a commitment's number
    code = digits.group(0) if digits else ""
    return code, (plain[0] if plain else sheet)


def named_title(text: str) -> str:
    """The name after a project's label ("Proyecto: …", "Project title: …"), else ""."""
    named = _NAMED_TITLE.search(text)
    return named.group(2).strip() if named else ""


_DASH = re.compile(r"\s+[-–—]\s+")
#: "4001 - Transparência ...": a programme's code before its name (not "2020 - 2023 ...").
_CODE_DASH = re.compile(r"^(?!(?:19|20)\d{2}\s*[-–—]\s*\d{2,4}\b)(\d+(?:\.\d+)*)\s*[-–—]\s+(?=\S)")


def _beside_kind(text: str, kinds: tuple[str, ...]) -> str:
    """A title line's name without the kind of sheet a dash sets beside it: "NHMAP –
    Logical Framework" and "Matrice de suivi des indicateurs – Projet X" name the project."""
    parts = _DASH.split(text, maxsplit=1)
    if len(parts) == 2:
        kind = [any(k in normalize(p) for k in kinds) for p in parts]
        if kind.count(True) == 1:
            name = parts[kind.index(False)].strip()
            # "Anexo II – Matriz …", "Logframe – version 2": beside the kind, no name
            return text if _NOT_A_TITLE.match(name) else name
    return text
