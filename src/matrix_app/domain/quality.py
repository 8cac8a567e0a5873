"""Matrix quality findings: what a logframe still lacks before it can be monitored.

Works on plain model objects already loaded, so the CLI, the GUI panel and the report annex
list the same findings.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .vocabulary import Level

if TYPE_CHECKING:  # the GUI's first window imports this module without SQLModel
    from .models import Commitment, Evidence, Indicator, Measurement, Result, Row, Target

#: code -> (severity, English text, Spanish text); texts take ``{name}``.
RULES: dict[str, tuple[str, str, str]] = {
    "commitment_no_lead": (
        "error",
        "Commitment {name} has no lead institution.",
        "El compromiso {name} no tiene institución responsable.",
    ),
    "commitment_no_dates": (
        "warning",
        "Commitment {name} has no start or end date.",
        "El compromiso {name} no tiene fecha de inicio o de término.",
    ),
    "commitment_no_goal": (
        "warning",
        "The logframe of commitment {name} has no goal.",
        "La matriz del compromiso {name} no tiene fin.",
    ),
    "commitment_no_purpose": (
        "error",
        "The logframe of commitment {name} has no purpose.",
        "La matriz del compromiso {name} no tiene propósito.",
    ),
    "commitment_no_output": (
        "error",
        "The logframe of commitment {name} has no output.",
        "La matriz del compromiso {name} no tiene componentes.",
    ),
    "commitment_no_value": (
        "warning",
        "Commitment {name} is not linked to any OGP value.",
        "El compromiso {name} no se vincula a ningún valor OGP.",
    ),
    "result_no_narrative": (
        "warning",
        "A {level} of commitment {name} has no narrative summary.",
        "Un(a) {level} del compromiso {name} no tiene resumen narrativo.",
    ),
    "purpose_no_indicator": (
        "error",
        "Purpose {code} of commitment {name} has no indicator.",
        "El propósito {code} del compromiso {name} no tiene indicador.",
    ),
    "output_no_indicator": (
        "error",
        "Output {code} of commitment {name} has no indicator.",
        "El componente {code} del compromiso {name} no tiene indicador.",
    ),
    "output_no_activity": (
        "warning",
        "Output {code} of commitment {name} has no activity.",
        "El componente {code} del compromiso {name} no tiene actividades.",
    ),
    "activity_no_dates": (
        "warning",
        "Activity {code} of commitment {name} has no start or end date.",
        "La actividad {code} del compromiso {name} no tiene fecha de inicio o de término.",
    ),
    "result_no_assumptions": (
        "info",
        "Output {code} of commitment {name} states no assumptions.",
        "El componente {code} del compromiso {name} no declara supuestos.",
    ),
    "indicator_no_baseline": (
        "error",
        "Indicator “{indicator}” ({name}) has no baseline.",
        "El indicador “{indicator}” ({name}) no tiene línea base.",
    ),
    "indicator_no_target": (
        "error",
        "Indicator “{indicator}” ({name}) has no target.",
        "El indicador “{indicator}” ({name}) no tiene meta.",
    ),
    "target_no_date": (
        "warning",
        "A target of indicator “{indicator}” ({name}) has no date.",
        "Una meta del indicador “{indicator}” ({name}) no tiene fecha.",
    ),
    "indicator_no_unit": (
        "warning",
        "Indicator “{indicator}” ({name}) has no unit.",
        "El indicador “{indicator}” ({name}) no tiene unidad de medida.",
    ),
    "indicator_no_verification": (
        "error",
        "Indicator “{indicator}” ({name}) has no means of verification.",
        "El indicador “{indicator}” ({name}) no tiene medio de verificación.",
    ),
    "indicator_no_formula": (
        "info",
        "Indicator “{indicator}” ({name}) has no formula.",
        "El indicador “{indicator}” ({name}) no tiene fórmula de cálculo.",
    ),
    "indicator_no_measurement": (
        "info",
        "Indicator “{indicator}” ({name}) has no measurement yet.",
        "El indicador “{indicator}” ({name}) aún no tiene mediciones.",
    ),
    "evidence_not_marked": (
        "warning",
        "Evidence file “{evidence}” ({name}) is not marked public or internal; the website "
        "leaves it out until it is.",
        "El archivo de evidencia “{evidence}” ({name}) no está marcado como público o interno; "
        "el sitio web lo omite hasta que se marque.",
    ),
    "text_not_translated": (
        "info",
        "{field} {what} has no {lang} translation.",
        "{field} {what} no tiene traducción al {lang}.",
    ),
}

#: Language names as a finding names them (the language a translation is missing in).
LANG_NAMES = {"en": ("English", "inglés"), "es": ("Spanish", "español")}

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Finding:
    code: str
    entity: str
    row_id: str
    commitment_id: str
    params: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    @property
    def severity(self) -> str:
        return RULES[self.code][0]

    def message(self, lang: str = "en") -> str:
        _, en, es = RULES[self.code]
        params = {k: v for k, v in self.params.items() if not k.endswith(("_en", "_es"))}
        for key, value in self.params.items():  # texts given in both languages
            if key.endswith(f"_{'es' if lang == 'es' else 'en'}"):
                params[key[:-3]] = value
        if "lang" in params:
            names = LANG_NAMES.get(params["lang"], (params["lang"], params["lang"]))
            params["lang"] = names[1] if lang == "es" else names[0]
        if "level" in params:
            from .vocabulary import label

            params["level"] = label(Level(params["level"]), lang).lower()
        text = (es if lang == "es" else en).format(**params)
        return " ".join(text.split())  # an empty code leaves no double space

    def as_dict(self, lang: str = "en") -> dict[str, str]:
        return {
            "code": self.code,
            "severity": self.severity,
            "entity": self.entity,
            "id": self.row_id,
            "commitment_id": self.commitment_id,
            "message": self.message(lang),
        }


def commitment_findings(
    commitment: Commitment,
    results: Iterable[Result],
    indicators: Iterable[Indicator],
    targets: Iterable[Target],
    measurements: Iterable[Measurement],
    has_lead: bool,
    codes: dict[str, str] | None = None,
    evidence: Iterable[Evidence] = (),
) -> list[Finding]:
    """Every finding for one commitment's matrix (live rows only are passed in)."""
    name = f"{commitment.code} {commitment.title}".strip()
    cid = commitment.id
    results = list(results)
    indicators = list(indicators)
    codes = codes or {}
    out: list[Finding] = []

    def add(rule: str, entity: str, row_id: str, **params: str) -> None:
        out.append(Finding(rule, entity, row_id, cid, {"name": name, **params}))

    if not has_lead:
        add("commitment_no_lead", "commitment", cid)
    if commitment.start_date is None or commitment.end_date is None:
        add("commitment_no_dates", "commitment", cid)
    if not (
        commitment.ogp_access_to_information
        or commitment.ogp_civic_participation
        or commitment.ogp_public_accountability
        or commitment.ogp_technology_innovation
    ):
        add("commitment_no_value", "commitment", cid)
    levels = {r.level for r in results}
    if Level.GOAL not in levels:
        add("commitment_no_goal", "commitment", cid)
    if Level.PURPOSE not in levels:
        add("commitment_no_purpose", "commitment", cid)
    if Level.OUTPUT not in levels:
        add("commitment_no_output", "commitment", cid)

    ind_by_result: dict[str, list[Indicator]] = {}
    for ind in indicators:
        ind_by_result.setdefault(ind.result_id, []).append(ind)
    children: dict[str, int] = {}
    for r in results:
        if r.parent_id:
            children[r.parent_id] = children.get(r.parent_id, 0) + 1
    for r in results:
        code = codes.get(r.id, "")
        if not r.narrative.strip():
            add("result_no_narrative", "result", r.id, level=r.level, code=code)
        if r.level == Level.PURPOSE and not ind_by_result.get(r.id):
            add("purpose_no_indicator", "result", r.id, code=code)
        if r.level == Level.OUTPUT:
            if not ind_by_result.get(r.id):
                add("output_no_indicator", "result", r.id, code=code)
            if not children.get(r.id):
                add("output_no_activity", "result", r.id, code=code)
            if not r.assumptions.strip():
                add("result_no_assumptions", "result", r.id, code=code)
        if r.level == Level.ACTIVITY and (r.start_date is None or r.end_date is None):
            add("activity_no_dates", "result", r.id, code=code)

    tg_by_ind: dict[str, list[Target]] = {}
    for t in targets:
        tg_by_ind.setdefault(t.indicator_id, []).append(t)
    measured = {m.indicator_id for m in measurements}
    for ind in indicators:
        p = {"indicator": ind.name}
        if ind.baseline_value is None:
            add("indicator_no_baseline", "indicator", ind.id, **p)
        tgs = tg_by_ind.get(ind.id, [])
        if not tgs:
            add("indicator_no_target", "indicator", ind.id, **p)
        for t in tgs:
            if t.due_date is None:
                add("target_no_date", "target", t.id, **p)
        if not ind.unit.strip():
            add("indicator_no_unit", "indicator", ind.id, **p)
        if not ind.means_of_verification.strip():
            add("indicator_no_verification", "indicator", ind.id, **p)
        if not ind.formula.strip():
            add("indicator_no_formula", "indicator", ind.id, **p)
        if ind.id not in measured:
            add("indicator_no_measurement", "indicator", ind.id, **p)
    for ev in evidence:
        if ev.kind == "file" and ev.public is None:
            add("evidence_not_marked", "evidence", ev.id, evidence=ev.title or ev.file_name)
    return out


def untranslated(
    rows: Iterable[tuple[str, Row, str | None, dict[str, str]]],
    fields: dict[str, list[str]],
    have: set[tuple[str, str, str, str]],
    lang: str,
    labels: dict[str, tuple[str, str]],
) -> list[Finding]:
    """One finding per non-empty text with no translation into ``lang``.

    ``rows``: (table, row, commitment id or None, {"what_en": ..., "what_es": ...} naming the
    row); ``fields``: the translatable texts per table; ``labels``: field -> (en, es)."""
    out: list[Finding] = []
    for table, row, cid, what in rows:
        for name in fields.get(table, []):
            text = getattr(row, name, "")
            if not text or not text.strip() or (table, row.id, name, lang) in have:
                continue
            en, es = labels.get(name, (name, name))
            params = {"field_en": en, "field_es": es, "lang": lang, **what}
            out.append(Finding("text_not_translated", table, row.id, cid or "", params))
    return out
