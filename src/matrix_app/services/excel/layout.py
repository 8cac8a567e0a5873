"""The shape of a Monitoring Matrix data workbook: one sheet per entity, its columns and labels.

Sheet and column names are shown in the chosen language; on import, the English label, the
Spanish label and the field identifier are all accepted, so a workbook exported in Spanish
imports on an English desktop and vice versa.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from enum import StrEnum

from ...domain import models as m
from ...domain import vocabulary as v
from ..values import VOCAB, field_kind, is_nullable
from .parse import normalize

#: Sheet names per table (English, Spanish), in workbook order (parents first).
SHEETS: dict[str, tuple[str, str]] = {
    "action_plan": ("Plans", "Planes"),
    "institution": ("Institutions", "Instituciones"),
    "commitment": ("Commitments", "Compromisos"),
    "commitment_institution": ("Commitment institutions", "Instituciones por compromiso"),
    "result": ("Logframe rows", "Filas de la matriz"),
    "indicator": ("Indicators", "Indicadores"),
    "target": ("Targets", "Metas"),
    "target_revision": ("Target revisions", "Revisiones de metas"),
    "evidence": ("Evidence", "Evidencias"),
    "measurement": ("Measurements", "Mediciones"),
    "narrative": ("Narratives", "Narrativas"),
    "consultation_comment": ("Consultation comments", "Comentarios de la consulta"),
    "translation": ("Translations", "Traducciones"),
}
INSTRUCTIONS = ("Instructions", "Instrucciones")
LISTS = ("Lists", "Listas")

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "id": ("id", "id"),
    "title": ("Title", "Título"),
    "government": ("Government", "Gobierno"),
    "period_start": ("Period start", "Inicio del período"),
    "period_end": ("Period end", "Fin del período"),
    "coordinating_body": ("Coordinating body", "Organismo coordinador"),
    "notes": ("Notes", "Notas"),
    "position": ("Order", "Orden"),
    "name": ("Name", "Nombre"),
    "acronym": ("Acronym", "Sigla"),
    "kind": ("Kind", "Tipo"),
    "plan_id": ("Plan id", "id del plan"),
    "code": ("Code", "Código"),
    "status_quo": ("Status quo / problem", "Situación actual / problema"),
    "objective": ("Main objective", "Objetivo principal"),
    "description": ("Description", "Descripción"),
    "ogp_access_to_information": ("Access to information", "Acceso a la información"),
    "ogp_civic_participation": ("Civic participation", "Participación ciudadana"),
    "ogp_public_accountability": ("Public accountability", "Rendición de cuentas"),
    "ogp_technology_innovation": ("Technology and innovation", "Tecnología e innovación"),
    "themes": ("Themes", "Temas"),
    "start_date": ("Start date", "Fecha de inicio"),
    "end_date": ("End date", "Fecha de término"),
    "focal_point_name": ("Focal point", "Punto focal"),
    "focal_point_email": ("Focal point e-mail", "Correo del punto focal"),
    "completion": ("Completion", "Cumplimiento"),
    "continues_id": ("Continues commitment id", "id del compromiso que continúa"),
    "irm_specificity": ("IRM specificity", "MRI especificidad"),
    "irm_potential_impact": ("IRM potential impact", "MRI impacto potencial"),
    "irm_completion_mid_term": ("IRM completion (mid-term)", "MRI cumplimiento (medio término)"),
    "irm_completion_end_of_term": ("IRM completion (end of term)", "MRI cumplimiento (término)"),
    "irm_on_time": ("IRM on time", "MRI a tiempo"),
    "irm_opened_government": ("IRM did it open government", "MRI ¿abrió el gobierno?"),
    "irm_starred": ("IRM starred", "MRI estelar"),
    "irm_notes": ("IRM notes", "MRI notas"),
    "commitment_id": ("Commitment id", "id del compromiso"),
    "institution_id": ("Institution id", "id de la institución"),
    "role": ("Role", "Rol"),
    "parent_id": ("Parent row id", "id de la fila superior"),
    "level": ("Level", "Nivel"),
    "narrative": ("Narrative summary", "Resumen narrativo"),
    "assumptions": ("Assumptions", "Supuestos"),
    "progress": ("Progress %", "Avance %"),
    "result_id": ("Logframe row id", "id de la fila de la matriz"),
    "formula": ("Definition / formula", "Definición / fórmula"),
    "unit": ("Unit", "Unidad"),
    "direction": ("Direction", "Sentido"),
    "dimension": ("Dimension", "Dimensión"),
    "baseline_value": ("Baseline", "Línea base"),
    "baseline_date": ("Baseline date", "Fecha de línea base"),
    "means_of_verification": ("Means of verification", "Medios de verificación"),
    "data_source": ("Data source", "Fuente de datos"),
    "frequency": ("Frequency", "Frecuencia"),
    "responsible": ("Responsible", "Responsable"),
    "indicator_id": ("Indicator id", "id del indicador"),
    "due_date": ("Due date", "Fecha de la meta"),
    "value": ("Value", "Valor"),
    "note": ("Note", "Nota"),
    "target_id": ("Target id", "id de la meta"),
    "old_value": ("Old value", "Valor anterior"),
    "old_due_date": ("Old due date", "Fecha anterior"),
    "new_value": ("New value", "Valor nuevo"),
    "new_due_date": ("New due date", "Fecha nueva"),
    "revised_on": ("Revised on", "Fecha de revisión"),
    "reason": ("Reason", "Motivo"),
    "measured_on": ("Measured on", "Fecha de medición"),
    "comment": ("Comment", "Comentario"),
    "reported_by": ("Reported by", "Informado por"),
    "evidence_id": ("Evidence id", "id de la evidencia"),
    "date": ("Date", "Fecha"),
    "url": ("Link", "Enlace"),
    "file_name": ("File name", "Nombre del archivo"),
    "media_type": ("Media type", "Tipo de archivo"),
    "sha256": ("SHA-256", "SHA-256"),
    "size": ("Size (bytes)", "Tamaño (bytes)"),
    "period": ("Period", "Período"),
    "section": ("Section", "Sección"),
    "text": ("Text", "Texto"),
    "relevance_access_to_information": (
        "Relevance: access to information",
        "Relevancia: acceso a la información",
    ),
    "relevance_civic_participation": (
        "Relevance: civic participation",
        "Relevancia: participación ciudadana",
    ),
    "relevance_public_accountability": (
        "Relevance: public accountability",
        "Relevancia: rendición de cuentas",
    ),
    "relevance_technology_innovation": (
        "Relevance: technology and innovation",
        "Relevancia: tecnología e innovación",
    ),
    "budget": ("Budget", "Presupuesto"),
    "national_plan_links": ("Links to national plans", "Vínculo con planes nacionales"),
    "sdgs": ("SDG targets", "Metas ODS"),
    "partners": ("Non-government partners", "Socios no gubernamentales"),
    "public": ("Public", "Pública"),
    "author": ("Author", "Autor"),
    "organisation": ("Organisation", "Organización"),
    "received_on": ("Received on", "Fecha de recepción"),
    "response": ("Response", "Respuesta"),
    "entity": ("Table", "Tabla"),
    "row_id": ("Row id", "id del registro"),
    "field": ("Field", "Campo"),
    "lang": ("Language", "Idioma"),
}

#: Foreign keys: field -> table it points to (per table, for the few that differ).
REFERENCES: dict[str, str] = {
    "plan_id": "action_plan",
    "commitment_id": "commitment",
    "institution_id": "institution",
    "continues_id": "commitment",
    "parent_id": "result",
    "result_id": "result",
    "indicator_id": "indicator",
    "target_id": "target",
    "evidence_id": "evidence",
}

#: Vocabularies of columns that ``values.VOCAB`` leaves open.
EXTRA_VOCAB: dict[tuple[str, str], tuple[type[StrEnum], ...]] = {
    ("narrative", "section"): (v.PlanSection, v.CommitmentSection),
}

WIDE = {
    "title", "narrative", "assumptions", "description", "status_quo", "objective", "name",
    "means_of_verification", "notes", "text", "comment", "reason", "irm_notes", "formula", "note",
    "relevance_access_to_information", "relevance_civic_participation", "response",
    "relevance_public_accountability", "relevance_technology_innovation", "budget",
    "national_plan_links", "partners",
}  # fmt: skip


@dataclass(frozen=True)
class Column:
    field: str
    kind: str  # id | ref | str | date | float | int | bool | vocab
    nullable: bool
    vocab: tuple[type[StrEnum], ...] = ()
    ref: str | None = None

    def header(self, lang: str) -> str:
        en, es = FIELD_LABELS.get(self.field, (self.field, self.field))
        return es if lang == "es" else en

    @property
    def width(self) -> float:
        if self.kind in ("id", "ref"):
            return 34
        if self.field in WIDE:
            return 48
        if self.kind == "date":
            return 13
        if self.kind in ("float", "int", "bool"):
            return 11
        return max(14, len(self.header("en")) + 2)


def vocab_of(table: str, field: str) -> tuple[type[StrEnum], ...]:
    if (table, field) in VOCAB:
        return (VOCAB[(table, field)],)
    return EXTRA_VOCAB.get((table, field), ())


def columns(table: str) -> list[Column]:
    cls = m.ENTITIES[table]
    out = [Column("id", "id", False)]
    for name in m.content_fields(cls):
        nullable = is_nullable(cls, name)
        if name in REFERENCES:
            out.append(Column(name, "ref", nullable, ref=REFERENCES[name]))
        elif vocab := vocab_of(table, name):
            out.append(Column(name, "vocab", nullable, vocab))
        else:
            out.append(Column(name, field_kind(cls, name), nullable))
    return out


def sheet_name(table: str, lang: str) -> str:
    en, es = SHEETS[table]
    return es if lang == "es" else en


@functools.lru_cache(maxsize=1)
def _sheet_keys() -> dict[str, str]:
    out: dict[str, str] = {}
    for table, names in SHEETS.items():
        for text in (names[0], names[1], table):
            out.setdefault(normalize(text), table)
    return out


@functools.lru_cache(maxsize=8192)
def table_of_sheet(name: str) -> str | None:
    """Which table a sheet holds, from its English or Spanish name (any case or accents).

    Cached: an export of 2,000 commitments has 2,013 sheets, asked about several times."""
    return _sheet_keys().get(normalize(name))


def header_lookup(table: str) -> dict[str, Column]:
    """Normalized header text (identifier, English or Spanish label) -> column."""
    out: dict[str, Column] = {}
    for col in columns(table):
        for text in (col.field, col.header("en"), col.header("es")):
            out.setdefault(normalize(text), col)
    return out
