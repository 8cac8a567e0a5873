"""The words of OGP follow-up sheets, in Spanish, English, French and Portuguese: what each
header means, the IRM's completion scale, theme, total, notes and signature rows, and how a
period written in one cell ("julio 2014 - diciembre 2015") splits into its two dates. Headers
also in Indonesian and Russian (a Russian stem, "выполнени", matches its cases: a word longer
than four letters matches anywhere in a header)."""

from __future__ import annotations

import re
from typing import Any

from ....domain.vocabulary import Completion
from ..logframe_words import COMMITMENT_LABELS, LABEL  # noqa: F401 - shared with the logframes
from ..parse import normalize

#: Header words per role, checked in this order against the normalized header.
RULES = (
    ("milestone", ("hito", "milestone", "jalon", "actividad", "activity", "entregable",
                   "deliverable", "atividade", "marco", "marcos", "meta", "metas", "hitos",
                   "jalons", "linea de accion",
                   "acciones", "action", "actuacion", "actuaciones", "kegiatan", "tonggak",
                   "мероприят", "веха", "вехи", "этап", "действия", "mesure", "mesures")),
    ("start", ("fecha inicio", "fecha de inicio", "inicio", "start", "debut", "mulai",
               "начал")),
    ("end", ("fecha termino", "fecha de termino", "termino", "end date", "fin", "end",
             "final", "finalizacion", "finalisation",
             "fecha de cumplimiento", "fecha de entrega", "fecha limite", "fecha de conclusion",
             "due date", "deadline", "conclusao", "fim", "selesai", "berakhir", "batas waktu",
             "завершени", "окончани", "срок исполнения", "срок выполнения")),
    ("period", ("plazo", "periodo", "duracion", "cronograma", "calendario", "timeline",
                "timeframe", "period", "prazo", "calendrier", "echeance", "jangka waktu",
                "waktu pelaksanaan", "срок", "сроки")),
    ("progress", ("avance", "completion", "progress", "cumplimiento", "complete",
                  "realisation", "execucao", "ejecucion", "porcentaje", "percentual",
                  "capaian", "kemajuan", "realisasi", "persentase", "выполнени", "исполнени",
                  "прогресс", "taux d'execution", "taux de realisation", "avancement")),
    ("evidence", ("medio de verificacion", "medios de verificacion", "verificacion",
                  "verification", "verificacao", "verificador", "verificable", "verifiable",
                  "evidence", "evidencia", "preuve", "enlace", "link",
                  "justificatif", "justificatifs", "justificative", "justificatives",
                  "justificativo", "comprobante", "bukti", "verifikasi", "подтвержд",
                  "средства проверки", "источник проверки", "доказательств", "ссылка")),
    ("institution", ("institucion", "institution", "responsable", "organismo", "agency",
                     "agencia", "lead", "implementing", "orgao", "entidad", "responsavel",
                     "responsible", "body", "organisme", "entidade", "instituicao",
                     "ministerio", "ministry", "ministere", "dependencia", "organization",
                     "organisation", "organizacion", "organizacao", "penanggung jawab",
                     "porteuse", "porteur", "chef de file",
                     "instansi", "lembaga", "kementerian", "ответствен",
                     "исполнитель", "орган", "ведомство", "министерство")),
    ("commitment", ("compromiso", "compromisso", "commitment", "engagement", "komitmen",
                    "обязательств")),
    ("code", ("n°", "nº", "n.o", "n.o.", "no.", "no", "nro", "nro.", "numero", "#", "n")),
    ("theme", ("axe", "axes", "axe strategique", "eje", "ejes", "eje tematico", "axis",
               "theme", "tema", "eixo", "eixo tematico", "pilier", "pilar")),
)  # fmt: skip
#: Header words that name their role only as the whole header: the "Mesure" of Morocco's
#: platform is a milestone, the "Unité de mesure" of a logframe is not; "Thème" alone is
#: a theme column, not "Theme of the commitment".
WHOLE_ONLY = frozenset(("mesure", "mesures", "axe", "axes", "axe strategique", "eje", "ejes",
                        "eje tematico", "axis", "theme", "tema", "eixo", "eixo tematico",
                        "pilier", "pilar"))  # fmt: skip
#: A period column that is a deadline ("Prazo", "Plazo", "Échéance"): beside a start
#: column and no end column, it gives the end date.
DEADLINE = re.compile(r"\b(?:plazo|prazo|echeance|termo|delai)\b")
#: Why a column is listed as not imported.
WHY = {
    "status": ("the status is worked out from progress and dates",
               "el estado se calcula a partir del avance y las fechas"),
    "comments": ("a milestone has no comment field; write it in the commitment's narrative",
                 "un hito no tiene campo de comentarios; escríbalo en la narrativa del "
                 "compromiso"),
    "marks": ("it only numbers the milestones described beside it; the app numbers them itself",
              "solo numera los hitos descritos a su lado; la aplicación los numera por sí "
              "misma"),
    "completion": ("a commitment's completion is a level of the IRM scale (not started, "
                   "limited, substantial, complete); a count or % of its milestones is worked "
                   "out from them",
                   "el cumplimiento de un compromiso es un nivel de la escala del IRM (no "
                   "iniciado, limitado, sustancial, completo); un conteo o % de sus hitos se "
                   "calcula a partir de ellos"),
    "total": ("a total of the milestones above, worked out from them, not a milestone",
              "un total de los hitos de arriba, que se calcula a partir de ellos; no es un hito"),
}  # fmt: skip
#: A header naming a commitment's completion level on the IRM scale ("Nivel de cumplimiento",
#: "Completion status", "Niveau d'achèvement", "Grau de cumprimento"): the completion, not
#: the % - when the words under it are the scale's (``completion_of``).
COMPLETION_HEADER = re.compile(
    r"\b(?:nivel|grado|grau|niveau|level|estado|status|statut|etat|situacao) (?:de |d'|do |da |of )?"
    r"(?:cumplimiento|completitud|cumprimento|conclusao|achevement|completion|realisation|"
    r"mise en oeuvre)\b|\b(?:completion|achevement) (?:level|status|statut)\b"
)
#: The header of a verdict on each commitment ("CSO assessment", "Évaluation de la société
#: civile", "Valoración"): its scale words are the commitment's completion.
VERDICT = re.compile(
    r"\b(?:assessment|verdict|evaluation|valoracion|evaluacion|avaliacao|appreciation|"
    r"rating|calificacion)\b"
)
STATUS_HEADERS = ("estado", "status", "statut", "situacao", "situacion", "etat", "статус",
                  "состояние")  # fmt: skip
COMMENT_HEADERS = ("observacion", "comment", "remarque", "nota", "observacao", "commentaire",
                   "keterangan", "catatan", "примечани", "комментари", "замечани")  # fmt: skip
#: Header of a column of supporting institutions ("Instituciones de apoyo", "Other actors
#: involved"): linked to the commitment as support, one per line or ";".
SUPPORT = re.compile(
    r"\b(?:apoyo|support|supporting|otros actores|other actors|corresponsables?|"
    r"co-?responsables?|apoio|outros atores|partenaires|autres acteurs|contrapartes?|"
    r"instansi pendukung|lembaga pendukung|соисполнител\w*|"
    r"associees?|structures? associees?|colaboradoras?|collaborating|partner agencies|"
    r"(?:organizaciones|instituciones|organisations|organizations|organizacoes|entidades|"
    r"actores|acteurs|atores)(?: [a-z]+)?(?: de la| de| da| of| du)? (?:sociedad civil|"
    r"societe civile|sociedade civil|civil society))\b"
    r"|^(?:partner |supporting )?(?:csos?|oscs?|ngos?|ongs?)$"
)
SPLIT_NAMES = re.compile(r"\s*(?:\n|;|•|\s/\s)\s*")
#: A legal form after a comma ("GESOC, A.C.", "Acme, Inc."): part of the name before it.
LEGAL_FORM = re.compile(
    r"^(?:a\.\s?c\.?|s\.\s?a\.?(?: de c\.\s?v\.?)?|s\.\s?c\.?|i\.\s?a\.\s?p\.?|inc\.?|"
    r"ltd\.?|llc|plc|asbl|gmbh|ltda\.?|s\.?a\.?r\.?l\.?)$",
    re.IGNORECASE,
)


def support_names(text: str, commas: bool) -> list[str]:
    """The names in a cell of supporting institutions: one per line, ";" or " / "; with
    ``commas`` (a column whose cells use no line or ";" between names, or one label line)
    also one per comma - a legal form after a comma stays with its name."""
    out: list[str] = []
    for part in SPLIT_NAMES.split(text):
        pieces = [p.strip() for p in part.split(",")] if commas else [part.strip()]
        names: list[str] = []
        for piece in pieces:
            if names and LEGAL_FORM.match(piece):
                names[-1] = f"{names[-1]}, {piece}"
            elif piece:
                names.append(piece)
        out += names
    return out


def lists_by_line(texts: list[str]) -> bool:
    """Whether a column's cells separate names by line or ";" (then a comma is inside a
    name: "Fundar, Centro de Análisis e Investigación")."""
    return any(len(SPLIT_NAMES.split(t)) > 1 for t in texts)


#: "N°", "Nº", "No.", "No", "Nro", "Número", "#", "Código", "Id" - not "Nombre" nor "Nota".
NUMBER = re.compile(
    r"(?:\bn\s*[°º]|\bn[.o]\.?(?=\s|$)|\bn\.o\.?(?=\s|$)|\bnro\.?(?=\s|$)|\bnumero\b|#|\bcodigo\b|"
    r"\bid\b)"  # "N.º" is "n.o" once normalized
)
SECTION = re.compile(
    r"^\s*(?:compromiso|compromisso|commitment|engagement|komitmen|обязательство)\b",
    re.IGNORECASE,
)
COMMITMENT_WORD = re.compile(
    r"\b(?:compromiso|compromisso|commitment|engagement|komitmen|обязательств[оа])\b"
)
#: Of two commitment columns, the one that holds the name ("Nombre del compromiso").
NAME_WORDS = re.compile(
    r"\b(?:nombre|name|titulo|title|nom|intitule|nome|denominacion|nama|наименование|название)\b"
)
#: Headers that make a "Meta" column a logframe target, not a milestone.
LOGFRAME_HEADERS = re.compile(r"indicador|indicator|indicateur|linea (?:de )?base|baseline")
#: A list mark alone in a milestone column ("a)", "(b)", "1.", "ii.", "1.2", "-"): the
#: milestone's number, its description in a column beside it.
MARK = re.compile(
    r"^\s*(?:\(?[a-z]{1,2}[.)]|\(?[ivxlc]{1,5}[.)]|\d{1,2}(?:\.\d{1,2})*[.)]?|[-–•*·▪◦●])\s*$",
    re.IGNORECASE,
)
#: The header of that description: "Descripción de la meta", "Milestone description",
#: "Description du jalon", "Descrição do marco"; a bare "Descripción" right of the marks.
DESCRIPTION = re.compile(
    r"\b(?:descripcion|description|descricao|detalle|detail|details|nombre|name|nom|nome|"
    r"titulo|title|intitule|denominacion|enunciado)\b"
)
MILESTONE_WORD = re.compile(
    r"\b(?:hitos?|metas?|milestones?|jalons?|marcos?|actividad(?:es)?|activit(?:y|ies)|"
    r"atividades?|activites?|entregables?|deliverables?|acciones|accion|actions?)\b"
)
SIGNATURE = re.compile(r"^[_\-–—.\s]{4,}$")  # "____________": a signature line
#: A theme row between commitments: "Eje 1: Gestión pública...", "Área temática 2 - ...".
THEME = re.compile(
    r"^\s*(?:ejes?(?:\s+tem[aá]ticos?)?|[aá]reas?(?:\s+tem[aá]ticas?)?|temas?|pilar|axis|"
    r"themes?|axes?|eixos?(?:\s+tem[aá]ticos?)?)\s*(?:n[°º]\s*)?[0-9ivx]*\s*[:.\-–]\s*(.+)$",
    re.IGNORECASE | re.DOTALL,
)
#: A total row under the milestones: "Avance total del compromiso", "Promedio", "Overall
#: progress" (not "General guidelines published" nor "Total de municipios capacitados").
TOTAL = re.compile(
    r"^(?:(?:%|avance|progreso|porcentaje(?: de avance)?|cumplimiento|progress|completion)"
    r"\s+(?:total|promedio|general|global|medio)\b.*"
    r"|(?:total|promedio|subtotal|average|overall|media)(?:\s+(?:del compromiso|"
    r"of the commitment|general|progress|completion|avance|%))?\s*[:%]?"
    r"|(?:avance|progreso|progress|completion|cumplimiento)\s+(?:del compromiso|"
    r"of the commitment)\s*[:%]?"
    r"|(?:average|overall|mean|total|moyenne|media)\s+(?:progress|completion|de avance|"
    r"del avance|d'avancement|de execucao|do avanco)\b.*"  # "Average progress of the plan"
    r"|(?:progression|avancement|avanco|execucao)\s+(?:moyen(?:ne)?|medi[oa]|total|global|"
    r"geral)\b.*)$"
)
#: The text of a link that only says it is one ("Ver evidencia", "Link", "Enlace", "Voir le
#: document", "Clique aqui"): the link's address is the evidence, and its title.
LINK_LABEL = re.compile(
    r"^(?:(?:ver|see|view|voir|consultar|consulter|acceder|acessar|abrir|open|ir a|go to|"
    r"clic|click|clique|cliquez|haga clic)(?: (?:el|la|los|las|le|les|the|o|a|aqui|aca|here|ici|"
    r"en|on|sur|para|pour))*\s*)?(?:aqui|aca|here|ici|evidencias?|evidences?|evidencia|"
    r"enlaces?|links?|liens?|ligas?|vinculos?|documentos?|documents?|archivos?|files?|"
    r"fichiers?|preuves?|justificatifs?|medios? de verificacion|verificacion|sitio|site|"
    r"pagina|page|url|web)?\s*[.:>»]*$"
)
#: An end date that is no date: the milestone goes on.
OPEN_ENDED = {"permanente", "continuo", "continua", "en curso", "ongoing", "continuous",
              "permanent", "en ejecucion", "em andamento", "en cours", "a demanda"}  # fmt: skip
#: The two dates of a period in one cell: "julio 2014 - diciembre 2015", "ene-2015 a jun-2016".
PERIOD_SPLIT = re.compile(r"\s+(?:-|–|—|a|al|hasta|to|until|au|à|ate|até)\s+", re.IGNORECASE)
#: The IRM's completion words (and the plans' own), English, Spanish, French, Portuguese.
_COMPLETION = {
    "no iniciado": Completion.NOT_STARTED, "not started": Completion.NOT_STARTED,
    "sin iniciar": Completion.NOT_STARTED, "non demarre": Completion.NOT_STARTED,
    "nao iniciado": Completion.NOT_STARTED, "limitado": Completion.LIMITED,
    "limited": Completion.LIMITED, "limite": Completion.LIMITED,
    "sustancial": Completion.SUBSTANTIAL, "substantial": Completion.SUBSTANTIAL,
    "substantiel": Completion.SUBSTANTIAL, "substancial": Completion.SUBSTANTIAL,
    "completo": Completion.COMPLETE, "completado": Completion.COMPLETE,
    "complete": Completion.COMPLETE, "completed": Completion.COMPLETE,
    "cumplido": Completion.COMPLETE, "concluido": Completion.COMPLETE,
    "acheve": Completion.COMPLETE, "sin evidencia": Completion.NO_EVIDENCE,
    "no evidence available": Completion.NO_EVIDENCE, "no evidence": Completion.NO_EVIDENCE,
    "retirado": Completion.WITHDRAWN, "withdrawn": Completion.WITHDRAWN,
}  # fmt: skip
#: A milestone's state written where its % goes: only these two are a figure.
PROGRESS_OF = {Completion.COMPLETE: 100.0, Completion.NOT_STARTED: 0.0}


def completion_of(value: Any) -> str:
    """The completion a cell names ("Sustancial" -> "substantial"), else ""."""
    if not isinstance(value, str):
        return ""
    return _COMPLETION.get(normalize(value).strip(" .:;"), "")


def _has(text: str, word: str) -> bool:
    """A header holds a word: a short one ("end", "fin", "hito") as a whole word - not the
    "end" of "Dependencia" - a longer one anywhere ("verificacion" in "medios de ...")."""
    if len(word) > 4:
        return word in text
    return re.search(r"(?<![a-z])" + re.escape(word) + r"(?![a-z])", text) is not None


#: A progress header that names the commitment ("Avance del compromiso", "Progress of the
#: commitment", "Avancement de l'engagement"): the commitment's, not its milestones'.
_OF_COMMITMENT = re.compile(
    r"\b(?:del|of(?: the)?|de l'|de|do|da)\s*(?:compromiso|compromisso|commitment|engagement)\b"
    r"|\bcommitment (?:progress|completion)\b"
)


def header_role(text: str, taken: dict[str, int]) -> str | None:
    """The role a normalized header names, given the roles already taken in its row."""
    for role, words in RULES:
        if not (
            text in words or any(_has(text, w) for w in words if len(w) > 2 and w not in WHOLE_ONLY)
        ):
            continue
        if role == "progress" and _OF_COMMITMENT.search(text):
            return None if "completion" in taken else "completion"  # "Avance del compromiso"
        if role not in taken:
            return role
        if role == "progress" and "completion" not in taken:
            return "completion"  # "% de avance del hito" and "Nivel de cumplimiento"
    return None
