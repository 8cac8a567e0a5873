"""The words a classic logframe sheet is read by: what each column holds (in Spanish, English,
French and Portuguese with their usual variants; Indonesian and Russian at the end) and the
lines around a matrix (labels above it, separators, signatures). Level names are in
``logframe_level_words``."""

from __future__ import annotations

import re
from typing import Any

from .parse import normalize

ROLES = (
    "level",
    "narrative",
    "indicators",
    "means_of_verification",
    "assumptions",
    "baseline",
    "current",
    "target",
    "target_date",
    "unit",
    "commitment",
    "formula",
    "baseline_date",
    "responsible",
    "frequency",
    "data_source",
    "dimension",
    "code",
)
ROLE_LABELS = {
    "level": ("Level", "Nivel"),
    "narrative": ("Narrative summary", "Resumen narrativo"),
    "indicators": ("Indicators", "Indicadores"),
    "means_of_verification": ("Means of verification", "Medios de verificación"),
    "assumptions": ("Assumptions", "Supuestos"),
    "baseline": ("Baseline", "Línea base"),
    "current": ("Current value (date)", "Valor actual (fecha)"),
    "target": ("Target", "Meta"),
    "target_date": ("Target date", "Fecha de la meta"),
    "unit": ("Unit", "Unidad"),
    "commitment": ("Commitment", "Compromiso"),
    "formula": ("Formula", "Fórmula de cálculo"),
    "baseline_date": ("Baseline date", "Fecha de la línea base"),
    "responsible": ("Responsible", "Responsable"),
    "frequency": ("Frequency", "Frecuencia"),
    "data_source": ("Data source", "Fuente de datos"),
    "dimension": ("Dimension", "Dimensión"),
    "code": ("Code", "Código"),
}

#: Headers that name a role only when they are the whole header: "Avance" alone is the
#: value reached ("% de avance" is a completion, "Informe de avance" a document).
EXACT_HEADERS = {
    "avance": "current", "actual": "current", "achieved": "current",
    "valor alcanzado": "current", "valor logrado": "current", "valor alcancado": "current",
    "valeur atteinte": "current", "actual value": "current", "achieved value": "current",
    "dimension": "dimension", "dimensiones": "dimension", "dimensao": "dimension",
    "dimension del indicador": "dimension", "codigo": "code", "code": "code", "cod": "code",
    "cod.": "code",
    # Brazil's PPA: an indicator's plain "Fonte" is the organ that measures it, its data
    # source; Portuguese templates name a means of verification "Meios / Fontes de
    # verificação" (Spanish and English plain "Fuente" / "Source" stay means: their templates
    # mean the document that proves it)
    "fonte": "data_source", "fontes": "data_source",
}  # fmt: skip
#: A narrative column headed by a level word ("Result") or a plain "Description", read so
#: only when a Level column is apart (alone, "Description" may describe anything).
RESULT_HEADERS = (
    "result", "results", "resultado", "resultados", "resultat", "resultats",
    # Norad's "Result statement", the cadre logique's "Intitulé" / "Libellé"
    "result statement", "results statement", "statement", "intitule", "libelle", "enonce",
    "declaracion del resultado", "enunciado del resultado", "enonce du resultat",
    "description", "descripcion", "descricao", "descripcion del objetivo", "objective",
    "objectives", "objetivo", "objetivos", "objectif", "objectifs",
)  # fmt: skip

# Header keywords, checked in this order (an "objectively verifiable indicators" header is
# about indicators although it says "objective"). Matched against normalized header text.
HEADER_RULES: list[tuple[str, tuple[str, ...]]] = [
    (
        "baseline_date",  # before "baseline": "Fecha línea base" is its date, not its value
        (
            "fecha linea base",
            "fecha de linea base",
            "fecha de la linea base",
            "fecha linea de base",
            "baseline date",
            "date of baseline",
            "baseline year",
            "ano linea base",
            "ano de linea base",
            "ano de la linea base",
            "ano base",
            "annee de reference",
            "annee de base",
            "data da linha de base",
            "data linha de base",
            "data de linha de base",
            "ano da linha de base",
            "ano de base",
            "ano linha de base",
        ),
    ),
    (
        "data_source",  # before "means_of_verification": plain "Fuente" stays a means, and
        # the EU template's "Source of data" is its means of verification
        (
            "fuente de datos",
            "fuente de los datos",
            "fuentes de datos",
            "baseline source",  # the Global Fund's "Baseline Value | Year | Source"
            "source of baseline",
            "fuente de la linea base",
            "source de la reference",
            "fontes de dados",
            "data source",
            "fonte de dados",
            "fonte dos dados",
        ),
    ),
    (
        "means_of_verification",
        ("verificacion", "verification", "verificacao", "fuente", "source", "medios", "meios"),
    ),
    ("indicators", ("indicador", "indicator", "indicateur", "ovi")),
    ("formula", ("formula", "calculo")),  # DIPRES: "Fórmula de cálculo" beside the name
    (
        "assumptions",
        (
            "supuesto",
            "riesgo",
            "assumption",
            "risk",
            "hipotesis",
            "hypothese",
            "pressuposto",
            "suposto",
            # AfDB: "Risques / mesures d'atténuation", "Risks / mitigation measures"
            "risque",
            "risco",
            "mitigation",
            "attenuation",
            "mitigacion",
        ),
    ),
    ("current", ("current value", "valor actual", "valeur actuelle", "valor atual")),
    (
        "baseline",
        (
            "linea base",
            "linea de base",
            "valores de referencia",  # the EU template in Spanish
            "valor de referencia",
            "baseline",
            "linha de base",
            "linha base",
            "valeur de reference",
            "valeurs de reference",
            "valores de base",  # the EU template in Portuguese
            "valor de base",
            "valeur de base",
            "valeurs de base",
            "situacao de referencia",
            "situation de reference",
            "indice de referencia",  # Brazil's PPA: "Índice de referência"
        ),
    ),
    (
        "target_date",
        (
            "fecha meta",
            "fecha de la meta",
            "plazo",
            "target date",
            "due date",
            "ano meta",
            "ano de la meta",
            "target year",
            "ano da meta",
        ),
    ),
    ("target", ("meta", "target", "cible")),
    ("unit", ("unidad", "unit")),
    ("commitment", ("compromiso", "commitment")),
    (
        "responsible",
        (
            "responsable",
            "responsible",
            "responsavel",
            "responsibility",
            "responsabilidad",
            "responsabilite",
            "responsabilidade",
        ),
    ),
    ("frequency", ("frecuencia", "frequency", "frequencia", "frequence", "periodicidad")),
    (
        "narrative",
        (
            "resumen",
            "resumo",
            "results chain",
            "cadena de resultados",
            "cadeia de resultados",
            "chaine des resultats",
            "narrativ",
            "objetivo",
            "objective",
            "intervention",
            "logica",
            "descripcion",
            "descricao",
            "jerarquia",
            "enunciado",
        ),
    ),
    ("level", ("nivel", "level", "niveau")),
]
#: Header words of the languages that write 12,5 (Spanish, French, Portuguese).
COMMA_WORDS = ("indicador", "supuesto", "resumen", "medios", "indicateur", "hypothese",
               "pressuposto", "meios", "resumo")  # fmt: skip
CORE_ROLES = {"narrative", "indicators", "means_of_verification", "assumptions"}


#: Where a signature block starts: a line to sign on ("________", "........") or a signing
#: label ("Firma:", "Elaborado por:", "Approved by", "Visto bueno"). The rows under it are
#: the names and posts of who signs, never matrix rows. A dashed line ("-----") may separate
#: a matrix's sections, so it starts nothing.
SIGNATURE_START = re.compile(
    r"^\s*(?:.*_{4}|\.{8,}\s*$|(?:firmas?|signatures?|assinaturas?|visto bueno|v[°º]\s*b[°º]|"
    r"(?:elaborad[oa]|revisad[oa]|aprobad[oa]|validad[oa]|autorizad[oa]|aprovad[oa]) por|"
    r"(?:prepared|reviewed|approved|signed|validated) by|(?:pr[eé]par[eé]|approuv[eé]|valid[eé]) par)"
    r"\s*(?:[:_]|$))",  # "Firma de convenios" is an activity; "Firma:" is a label
    re.IGNORECASE,
)


#: A line drawn across the matrix ("----------", "=========="): set aside, ends nothing.
SEPARATOR = re.compile(r"^[\-–—=*~\s]{4,}$")


def signature_start(texts: list[str]) -> bool:
    """A row that opens a signature block: its first text a signing label or a line
    ("____ | ____", "Prepared by: | Approved by:")."""
    return bool(texts) and bool(SIGNATURE_START.match(texts[0]))


#: A date under a figure's group header: "Línea base" merged over "Valor | Año".
_DATE_WORD = re.compile(r"(?:ano|anio|year|annee|fecha|date|data|periodo|period|ejercicio)")
_DATED = {"baseline": "baseline_date", "target": "target_date"}


def dated_band(top: list[Any], row: list[Any], roles: dict[str, int]) -> dict[int, str]:
    """Under a baseline or target header merged over two columns or more, the one whose
    second header names a year or date holds that figure's date ("Línea base" over "Valor |
    Año": the year is the baseline's date); the value stays in the other (the first)."""
    out: dict[int, str] = {}
    starts = sorted(c for c, v in enumerate(top) if v not in (None, ""))
    for role, dated in _DATED.items():
        c = roles.get(role)
        if c is None or dated in roles or c not in starts:
            continue
        nxt = next((k for k in starts if k > c), max(len(top), len(row)))
        band = [k for k in range(c, nxt) if k < len(row) and isinstance(row[k], str)]
        dates = [k for k in band if _DATE_WORD.fullmatch(normalize(row[k]))]
        if len(band) >= 2 and len(dates) == 1:
            out[dates[0]] = dated
            if dates[0] == c:  # "Año | Valor": the value is in the next column
                out[next(k for k in band if k != c)] = role
    return out


#: A label line above a matrix: "Compromiso:" | "2. ...", "Organismo responsable: ...",
#: "Institución responsable:", "Responsible institution:", "Organisme responsable :".
LABEL = re.compile(
    r"^\s*(?P<what>compromiso|compromisso|commitment|engagement|organismo|institucion|"
    r"instituicao|entidad|lead agency|lead institution|lead department|lead ministry|"
    r"lead organi[sz]ation|agencia|responsable|departamento|ministerio|entidade|orgao|"
    r"institution|organisme|ministere|ministry|responsible|implementing agency|komitmen|"
    r"обязательство|penanggung jawab|instansi|ответственн\w*)\b[^:]{0,30}:\s*"
    r"(?P<rest>.*)$",
    re.DOTALL,
)
#: The label words of LABEL that name a commitment (the others name its institution).
COMMITMENT_LABELS = ("compromiso", "compromisso", "commitment", "engagement", "komitmen",
                     "обязательство")  # fmt: skip


def labelled_institution(rows: list[list[Any]]) -> tuple[str, list[tuple[int, int]]]:
    """The lead institution a label line above a matrix names ("Institución responsable:
    X", or "Responsible institution:" | "X" in the next cell) and the cells it took (0-based
    row, column); ("", []) when no line names one."""
    for r, row in enumerate(rows):
        filled = [c for c, v in enumerate(row) if v is not None and str(v).strip()]
        for i, c in enumerate(filled):
            raw = row[c]
            label = LABEL.match(normalize(raw)) if isinstance(raw, str) else None
            if label is None or label.group("what") in COMMITMENT_LABELS:
                continue
            rest = " ".join(raw[raw.index(":") + 1 :].split())
            if rest:
                return rest, [(r, c)]
            nxt = row[filled[i + 1]] if i + 1 < len(filled) else None
            if isinstance(nxt, str):
                return " ".join(nxt.split()), [(r, c), (r, filled[i + 1])]
    return "", []


#: Indonesian and Russian header words, per role (Russian as stems: "показател" is
#: "показатели", "показателей"); added to ``HEADER_RULES`` in its order.
MORE_HEADER_WORDS = {
    "baseline_date": ("tahun dasar", "tahun baseline", "базовый год", "год базового"),
    "data_source": ("sumber data", "источник данных", "источники данных"),
    "means_of_verification": ("verifikasi", "sarana verifikasi", "alat verifikasi",
                              "средства проверки", "источники проверки", "источник проверки",
                              "источник информации"),
    "indicators": ("indikator", "индикатор", "показател"),
    "assumptions": ("asumsi", "risiko", "допущени", "предположени", "риск"),
    "baseline": ("data dasar", "nilai dasar", "базов", "исходн"),
    "target_date": ("tahun target", "срок достижения", "целевой год"),
    "target": ("целев",),
    "unit": ("satuan", "единиц"),
    "responsible": ("penanggung jawab", "ответствен"),
    "frequency": ("frekuensi", "периодичност", "частота"),
    "narrative": ("ringkasan", "uraian", "logika intervensi", "rantai hasil", "описание",
                  "логика вмешательства", "цепочка результатов"),
    "level": ("tingkat", "уровень"),
}  # fmt: skip
HEADER_RULES[:] = [
    (role, keys + tuple(normalize(k) for k in MORE_HEADER_WORDS.get(role, ())))
    for role, keys in HEADER_RULES
]
