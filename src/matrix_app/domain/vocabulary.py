"""OGP and logframe vocabularies, with their English and Spanish labels.

Values are stable lowercase identifiers stored in the project file; labels are for people
(reports, workbooks, the GUI) and may change without touching any file.
"""

from __future__ import annotations

from enum import StrEnum


class Level(StrEnum):
    GOAL = "goal"
    PURPOSE = "purpose"
    OUTPUT = "output"
    ACTIVITY = "activity"


#: The level a result of each level hangs under (None: top of the matrix).
PARENT_LEVEL: dict[Level, Level | None] = {
    Level.GOAL: None,
    Level.PURPOSE: None,
    Level.OUTPUT: Level.PURPOSE,
    Level.ACTIVITY: Level.OUTPUT,
}


class Completion(StrEnum):
    NO_EVIDENCE = "no_evidence"
    NOT_STARTED = "not_started"
    LIMITED = "limited"
    SUBSTANTIAL = "substantial"
    COMPLETE = "complete"
    WITHDRAWN = "withdrawn"


class Specificity(StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class PotentialImpact(StrEnum):
    NONE = "none"
    MINOR = "minor"
    MODERATE = "moderate"
    TRANSFORMATIVE = "transformative"


class OpenedGovernment(StrEnum):
    WORSENED = "worsened"
    DID_NOT_CHANGE = "did_not_change"
    MARGINAL = "marginal"
    MAJOR = "major"
    OUTSTANDING = "outstanding"


class Dimension(StrEnum):
    EFFICACY = "efficacy"
    EFFICIENCY = "efficiency"
    QUALITY = "quality"
    ECONOMY = "economy"


class Direction(StrEnum):
    INCREASE = "increase"
    DECREASE = "decrease"


class Role(StrEnum):
    LEAD = "lead"
    SUPPORT = "support"


class InstitutionKind(StrEnum):
    MINISTRY = "ministry"
    AUTONOMOUS = "autonomous"
    MUNICIPALITY = "municipality"
    CIVIL_SOCIETY = "civil_society"
    ACADEMIA = "academia"
    INTERNATIONAL = "international"


class EvidenceKind(StrEnum):
    FILE = "file"
    LINK = "link"
    NOTE = "note"


class Period(StrEnum):
    MID_TERM = "mid_term"
    END_OF_TERM = "end_of_term"


class PlanSection(StrEnum):
    PROCESS = "process"
    MEETINGS = "meetings"
    LESSONS = "lessons"
    NEXT_STEPS = "next_steps"


class CommitmentSection(StrEnum):
    PROGRESS = "progress"
    CHALLENGES = "challenges"
    NEXT_STEPS = "next_steps"


class OgpValue(StrEnum):
    ACCESS_TO_INFORMATION = "access_to_information"
    CIVIC_PARTICIPATION = "civic_participation"
    PUBLIC_ACCOUNTABILITY = "public_accountability"
    TECHNOLOGY_INNOVATION = "technology_innovation"


class Status(StrEnum):
    """Where an indicator stands at a date against its target path."""

    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    NO_DATA = "no_data"


class Schedule(StrEnum):
    """Time elapsed against work done."""

    NOT_STARTED_YET = "not_started_yet"
    ON_SCHEDULE = "on_schedule"
    BEHIND_SCHEDULE = "behind_schedule"
    FINISHED = "finished"
    OVERDUE = "overdue"
    NO_DATES = "no_dates"


class Language(StrEnum):
    """A language a text is written in (the project's own, or a translation's)."""

    EN = "en"
    ES = "es"


class TranslatableTable(StrEnum):
    """Tables whose texts may carry a translation (schema 4)."""

    ACTION_PLAN = "action_plan"
    INSTITUTION = "institution"
    COMMITMENT = "commitment"
    RESULT = "result"
    INDICATOR = "indicator"
    TARGET_REVISION = "target_revision"
    MEASUREMENT = "measurement"
    EVIDENCE = "evidence"
    NARRATIVE = "narrative"
    CONSULTATION_COMMENT = "consultation_comment"


LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "Language": {"en": ("English", "Inglés"), "es": ("Spanish", "Español")},
    "Level": {
        "goal": ("Goal", "Fin"),
        "purpose": ("Purpose", "Propósito"),
        "output": ("Output", "Componente"),
        "activity": ("Activity", "Actividad"),
    },
    "Completion": {
        "no_evidence": ("No evidence available", "Sin evidencia disponible"),
        "not_started": ("Not started", "No iniciado"),
        "limited": ("Limited", "Limitado"),
        "substantial": ("Substantial", "Sustancial"),
        "complete": ("Complete", "Completo"),
        "withdrawn": ("Withdrawn", "Retirado"),
    },
    "Specificity": {
        "none": ("None", "Ninguna"),
        "low": ("Low", "Baja"),
        "medium": ("Medium", "Media"),
        "high": ("High", "Alta"),
    },
    "PotentialImpact": {
        "none": ("None", "Ninguno"),
        "minor": ("Minor", "Menor"),
        "moderate": ("Moderate", "Moderado"),
        "transformative": ("Transformative", "Transformador"),
    },
    "OpenedGovernment": {
        "worsened": ("Worsened", "Empeoró"),
        "did_not_change": ("Did not change", "No cambió"),
        "marginal": ("Marginal", "Marginal"),
        "major": ("Major", "Significativo"),
        "outstanding": ("Outstanding", "Sobresaliente"),
    },
    "Dimension": {
        "efficacy": ("Efficacy", "Eficacia"),
        "efficiency": ("Efficiency", "Eficiencia"),
        "quality": ("Quality", "Calidad"),
        "economy": ("Economy", "Economía"),
    },
    "Direction": {
        "increase": ("Increase", "Aumentar"),
        "decrease": ("Decrease", "Disminuir"),
    },
    "Role": {"lead": ("Lead", "Responsable"), "support": ("Support", "Colaborador")},
    "InstitutionKind": {
        "ministry": ("Ministry / agency", "Ministerio / servicio"),
        "autonomous": ("Autonomous body", "Organismo autónomo"),
        "municipality": ("Municipality", "Municipalidad"),
        "civil_society": ("Civil society", "Sociedad civil"),
        "academia": ("Academia", "Academia"),
        "international": ("International organisation", "Organismo internacional"),
    },
    "EvidenceKind": {
        "file": ("File", "Archivo"),
        "link": ("Link", "Enlace"),
        "note": ("Note", "Nota"),
    },
    "Period": {
        "mid_term": ("Mid-term", "Medio término"),
        "end_of_term": ("End of term", "Término"),
    },
    "PlanSection": {
        "process": (
            "Participation and consultation during implementation",
            "Participación y consulta durante la implementación",
        ),
        "meetings": ("Working-group meetings", "Reuniones de la mesa de trabajo"),
        "lessons": ("Lessons learned", "Lecciones aprendidas"),
        "next_steps": ("Next steps", "Próximos pasos"),
    },
    "CommitmentSection": {
        "progress": ("Progress summary", "Resumen de avance"),
        "challenges": ("Challenges", "Dificultades"),
        "next_steps": ("Next steps", "Próximos pasos"),
    },
    "OgpValue": {
        "access_to_information": ("Access to information", "Acceso a la información"),
        "civic_participation": ("Civic participation", "Participación ciudadana"),
        "public_accountability": ("Public accountability", "Rendición de cuentas"),
        "technology_innovation": (
            "Technology and innovation",
            "Tecnología e innovación",
        ),
    },
    "Status": {
        "achieved": ("Achieved", "Logrado"),
        "on_track": ("On track", "En curso"),
        "behind": ("Behind", "Atrasado"),
        "no_data": ("No data", "Sin datos"),
    },
    "Schedule": {
        "not_started_yet": ("Not started yet", "Aún no comienza"),
        "on_schedule": ("On schedule", "A tiempo"),
        "behind_schedule": ("Behind schedule", "Atrasado"),
        "finished": ("Finished", "Terminado"),
        "overdue": ("Overdue", "Vencido"),
        "no_dates": ("No dates", "Sin fechas"),
    },
}

LANGUAGES = ("en", "es")


def label(value: StrEnum | str | None, lang: str = "en") -> str:
    """The human label of a vocabulary value in ``lang`` ("en" or "es")."""
    if value is None or value == "":
        return ""
    if isinstance(value, StrEnum):
        table = LABELS.get(type(value).__name__, {})
        key = value.value
    else:
        key = value
        table = next((t for t in LABELS.values() if key in t), {})
    pair = table.get(key)
    if pair is None:
        return str(key)
    return pair[1] if lang == "es" else pair[0]


def labels_of(enum: type[StrEnum], lang: str = "en") -> list[tuple[str, str]]:
    """(value, label) pairs for every member of ``enum``, in declaration order."""
    return [(m.value, label(m, lang)) for m in enum]


#: Vocabulary constraint per (table, field): what an edit, an import and opening a file accept.
FIELD_VOCAB: dict[tuple[str, str], type[StrEnum]] = {
    ("institution", "kind"): InstitutionKind,
    ("commitment", "completion"): Completion,
    ("commitment", "irm_specificity"): Specificity,
    ("commitment", "irm_potential_impact"): PotentialImpact,
    ("commitment", "irm_completion_mid_term"): Completion,
    ("commitment", "irm_completion_end_of_term"): Completion,
    ("commitment", "irm_opened_government"): OpenedGovernment,
    ("commitment_institution", "role"): Role,
    ("result", "level"): Level,
    ("indicator", "direction"): Direction,
    ("indicator", "dimension"): Dimension,
    ("evidence", "kind"): EvidenceKind,
    ("narrative", "period"): Period,
    ("translation", "entity"): TranslatableTable,
    ("translation", "lang"): Language,
    ("consultation_comment", "period"): Period,
}
