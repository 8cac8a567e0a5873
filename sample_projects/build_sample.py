"""Build ``chile-nap-2014-2016.nap``: Chile's OGP action plans 2012-13 and 2014-16.

Figures, targets and institutions come from ``shared/reference/chile-nap-facts.md`` (U4 Report
2015:2 and OGP public pages). Every id is derived from a stable key (uuid5), so rebuilding
gives the same ``content_digest``; a test rebuilds the file and compares digests, so the
committed sample never goes stale.

    python sample_projects/build_sample.py [OUT.nap]
"""

from __future__ import annotations

import datetime as dt
import sys
import uuid
from pathlib import Path
from typing import Any

from matrix_app.domain import models as m
from matrix_app.services.project import Project, Writer

NAMESPACE = uuid.UUID("6f1c2d1e-8a3b-4c5d-9e0f-1a2b3c4d5e6f")
DEFAULT_OUT = Path(__file__).with_name("chile-nap-2014-2016.nap")
AUTHOR = "Mesa de Gobierno Abierto (sample)"
D = dt.date


def sid(*key: str) -> str:
    return uuid.uuid5(NAMESPACE, "/".join(key)).hex


INSTITUTIONS = [
    ("SEGPRES", "Ministerio Secretaría General de la Presidencia", "ministry"),
    ("CDC", "Comisión Defensora Ciudadana y Transparencia", "ministry"),
    ("CPLT", "Consejo para la Transparencia", "autonomous"),
    ("SUBDERE", "Subsecretaría de Desarrollo Regional y Administrativo", "ministry"),
    ("UMGD", "Unidad de Modernización y Gobierno Digital", "ministry"),
    ("CGR", "Contraloría General de la República", "autonomous"),
    ("MUNI", "Municipalidades", "municipality"),
    ("CT", "Chile Transparente", "civil_society"),
    ("FCI", "Fundación Ciudadano Inteligente", "civil_society"),
    ("PROACCESO", "Proacceso", "civil_society"),
    ("ASONG", "Asociación de ONGs", "civil_society"),
    ("UNDP", "Programa de las Naciones Unidas para el Desarrollo", "international"),
    ("ECLAC", "Comisión Económica para América Latina y el Caribe (CEPAL)", "international"),
]


def ind(
    key: str,
    name: str,
    unit: str,
    baseline: float | None,
    baseline_date: dt.date | None,
    targets: list[tuple[dt.date, float]],
    actuals: list[tuple[dt.date, float, str]],
    formula: str = "",
    verification: str = "",
    source: str = "",
    frequency: str = "Trimestral",
    dimension: str = "efficacy",
    revisions: list[tuple[int, float, dt.date, str]] | None = None,
) -> dict[str, Any]:
    return locals()


# Each commitment: fields, institutions, and a logframe of
# goal, purpose (+ indicators), outputs (+ indicators, activities).
PLANS: list[dict[str, Any]] = [
    {
        "key": "nap1",
        "title": "Plan de Acción de Gobierno Abierto 2012-2013",
        "government": "Chile",
        "period_start": D(2012, 4, 1),
        "period_end": D(2013, 6, 30),
        "coordinating_body": "Comisión Defensora Ciudadana y Transparencia (CDC), SEGPRES",
        "notes": "Primer plan: 19 compromisos, 15 cumplidos.",
        "commitments": [
            {
                "key": "1.3",
                "code": "1.3",
                "title": "Portal de Gobierno Abierto",
                "status_quo": "La información de transparencia, participación y datos abiertos estaba dispersa en sitios de cada servicio.",
                "objective": "Ofrecer una ventanilla única de transparencia, participación y datos abiertos.",
                "description": "Portal de gobierno abierto que reúne en un solo sitio la transparencia activa, los mecanismos de participación y el catálogo de datos abiertos.",
                "themes": "Gobierno electrónico; Prestación de servicios públicos",
                "values": ("ogp_access_to_information", "ogp_technology_innovation"),
                "start": D(2012, 4, 1),
                "end": D(2013, 6, 30),
                "completion": "complete",
                "irm": {
                    "irm_specificity": "low",
                    "irm_potential_impact": "moderate",
                    "irm_completion_end_of_term": "complete",
                    "irm_on_time": True,
                    "irm_starred": True,
                    "irm_notes": "Estrella en el informe IRM 2012-2013.",
                },
                "lead": ["SEGPRES"],
                "support": [],
                "goal": "Mejorar el acceso ciudadano a la información pública y la participación.",
                "purpose": "La ciudadanía accede en un solo sitio a la información de transparencia, participación y datos abiertos.",
                "purpose_indicators": [
                    ind(
                        "visits",
                        "Visitas mensuales al portal",
                        "visitas",
                        0,
                        D(2012, 4, 1),
                        [(D(2013, 6, 30), 50000)],
                        [(D(2013, 6, 30), 52000, "Estadísticas del sitio")],
                        formula="Número de visitas únicas en el mes",
                        verification="Estadísticas de Google Analytics del portal",
                        source="SEGPRES",
                        frequency="Mensual",
                    ),
                ],
                "outputs": [
                    {
                        "narrative": "Portal gobabierto.cl en línea con sus secciones de transparencia, participación y datos.",
                        "assumptions": "Los servicios publican y actualizan su información.",
                        "indicators": [
                            ind(
                                "sections",
                                "Secciones del portal en operación",
                                "número",
                                0,
                                D(2012, 4, 1),
                                [(D(2013, 3, 31), 3)],
                                [(D(2013, 3, 31), 3, "Portal publicado")],
                                formula="Número de secciones publicadas",
                                verification="Sitio web gobabierto.cl",
                            )
                        ],
                        "activities": [
                            ("Diseño y licitación del portal", D(2012, 4, 1), D(2012, 9, 30), 100),
                            ("Puesta en marcha y difusión", D(2012, 10, 1), D(2013, 6, 30), 100),
                        ],
                    },
                ],
                "evidence": [
                    ("Portal de Gobierno Abierto", "http://www.gobabierto.cl", D(2013, 6, 30))
                ],
            },
            {
                "key": "2.4",
                "code": "2.4",
                "title": "Portal de Transparencia",
                "status_quo": "Las obligaciones de transparencia de los organismos públicos y municipios se publicaban en sitios dispersos y con formatos distintos.",
                "objective": "Consolidar en un portal web las obligaciones de transparencia de los organismos públicos y municipios.",
                "description": "Portal único de transparencia activa y solicitudes de acceso a la información.",
                "themes": "Acceso a la información; Gobierno electrónico; Gobernanza subnacional",
                "values": ("ogp_access_to_information", "ogp_technology_innovation"),
                "start": D(2012, 4, 1),
                "end": D(2013, 6, 30),
                "completion": "complete",
                "irm": {
                    "irm_specificity": "low",
                    "irm_potential_impact": "moderate",
                    "irm_completion_end_of_term": "complete",
                    "irm_on_time": True,
                    "irm_starred": True,
                },
                "lead": ["SEGPRES"],
                "support": ["CPLT"],
                "goal": "Fortalecer el derecho de acceso a la información pública.",
                "purpose": "Los organismos públicos y municipios publican sus obligaciones de transparencia en un portal común.",
                "purpose_indicators": [
                    ind(
                        "munis",
                        "Municipios adheridos al Portal de Transparencia",
                        "municipios",
                        0,
                        D(2012, 4, 1),
                        [(D(2013, 6, 30), 60)],
                        [(D(2013, 6, 30), 71, "Informe de cierre del plan")],
                        formula="Número de municipios con convenio de adhesión",
                        verification="Convenios firmados con el CPLT",
                        source="CPLT",
                    ),
                ],
                "outputs": [
                    {
                        "narrative": "Plataforma del Portal de Transparencia desarrollada.",
                        "assumptions": "Financiamiento del Banco Mundial disponible.",
                        "indicators": [
                            ind(
                                "platform",
                                "Plataforma en producción",
                                "sí/no",
                                0,
                                D(2012, 4, 1),
                                [(D(2013, 3, 31), 1)],
                                [(D(2013, 4, 30), 1, "Lanzamiento del portal")],
                                formula="1 si el portal está en producción",
                                verification="Acta de lanzamiento",
                            )
                        ],
                        "activities": [
                            (
                                "Licitación del desarrollo del portal",
                                D(2012, 4, 1),
                                D(2012, 8, 31),
                                100,
                            ),
                            ("Convenios con municipios", D(2012, 9, 1), D(2013, 6, 30), 100),
                        ],
                    },
                ],
                "evidence": [
                    (
                        "Portal de Transparencia del Estado de Chile",
                        "https://www.portaltransparencia.cl",
                        D(2013, 6, 30),
                    )
                ],
            },
        ],
    },
    {
        "key": "nap2",
        "title": "Segundo Plan de Acción de Gobierno Abierto 2014-2016",
        "government": "Chile",
        "period_start": D(2014, 7, 1),
        "period_end": D(2016, 6, 30),
        "coordinating_body": "Mesa de Gobierno Abierto (SEGPRES, sociedad civil y academia)",
        "notes": "12 compromisos adoptados por consenso en la mesa de trabajo OGP. El CPLT lidera 5 (42 %).",
        "narratives": {
            "mid_term": {
                "process": "La mesa de trabajo de gobierno abierto, con representantes del gobierno, la sociedad civil (Chile Transparente, Fundación Ciudadano Inteligente, Proacceso, ASONG) y la academia, se reunió periódicamente para dar seguimiento al plan. PNUD y CEPAL participaron como observadores.",
                "meetings": "Reuniones mensuales de la mesa; el CPLT realiza control de gestión trimestral del portal, del modelo municipal y de la hackatón, y reuniones mensuales sobre las guías de reutilización de datos.",
                "lessons": "Las matrices de seguimiento quedaron en planillas de cada institución y no se consolidaron; se requiere un sistema común de monitoreo.",
                "next_steps": "Consolidar las matrices de marco lógico de todos los compromisos y publicar el informe de autoevaluación.",
            },
        },
        "commitments": [
            {
                "key": "1",
                "code": "1",
                "title": "Gestión de la transparencia a nivel municipal",
                "status_quo": "La transparencia activa en los municipios era baja: 30,3 % de cumplimiento en 2012.",
                "objective": "Instalar un modelo de gestión de la transparencia en los municipios.",
                "description": "Modelo de gestión de transparencia municipal desarrollado por el CPLT con apoyo de SUBDERE, con capacitación y acompañamiento a los municipios.",
                "themes": "Gobernanza subnacional; Fortalecimiento de capacidades",
                "values": ("ogp_access_to_information", "ogp_public_accountability"),
                "start": D(2014, 7, 1),
                "end": D(2016, 7, 31),
                "completion": "substantial",
                "irm": {
                    "irm_specificity": "medium",
                    "irm_potential_impact": "moderate",
                    "irm_completion_mid_term": "substantial",
                    "irm_on_time": True,
                },
                "lead": ["CPLT"],
                "support": ["SUBDERE", "MUNI"],
                "focal": ("Coordinación de Gobierno Abierto, CPLT", "gobiernoabierto@cplt.cl"),
                "goal": "Mejorar la transparencia y el acceso a la información en los gobiernos locales.",
                "purpose": "Los municipios aplican un modelo de gestión de la transparencia.",
                "purpose_indicators": [
                    ind(
                        "pt",
                        "Cumplimiento de transparencia activa en municipios",
                        "%",
                        30.3,
                        D(2012, 12, 31),
                        [(D(2016, 7, 31), 70)],
                        [(D(2014, 12, 31), 56, "Fiscalización CPLT 2014")],
                        formula="Promedio de cumplimiento de transparencia activa en la fiscalización anual",
                        verification="Informe anual de fiscalización del CPLT",
                        source="CPLT",
                        frequency="Anual",
                        dimension="quality",
                    ),
                ],
                "outputs": [
                    {
                        "narrative": "Modelo de gestión de transparencia municipal instalado en los municipios.",
                        "assumptions": "Los municipios firman convenios y destinan personal a la transparencia.",
                        "indicators": [
                            ind(
                                "model",
                                "Municipios con el modelo de gestión instalado",
                                "%",
                                0,
                                D(2014, 7, 1),
                                [
                                    (D(2014, 12, 31), 70),
                                    (D(2015, 12, 31), 80),
                                    (D(2016, 7, 31), 90),
                                ],
                                [(D(2015, 5, 31), 86.7, "Control de gestión trimestral CPLT")],
                                formula="Municipios con el modelo instalado / total de municipios × 100",
                                verification="Convenios y actas de instalación del CPLT",
                                source="CPLT",
                            )
                        ],
                        "activities": [
                            (
                                "Diseño del modelo de gestión municipal",
                                D(2014, 7, 1),
                                D(2014, 10, 31),
                                100,
                            ),
                            (
                                "Firma de convenios con municipios",
                                D(2014, 9, 1),
                                D(2015, 12, 31),
                                90,
                            ),
                        ],
                    },
                    {
                        "narrative": "Funcionarios municipales capacitados en transparencia.",
                        "assumptions": "Baja rotación del personal municipal capacitado.",
                        "indicators": [
                            ind(
                                "trained",
                                "Funcionarios municipales capacitados",
                                "personas",
                                0,
                                D(2014, 7, 1),
                                [(D(2016, 7, 31), 1000)],
                                [(D(2015, 7, 31), 640, "Registro de asistencia")],
                                formula="Número de funcionarios que aprueban el curso",
                                verification="Registros del Campus CPLT",
                                source="CPLT",
                                dimension="efficiency",
                            )
                        ],
                        "activities": [
                            ("Cursos presenciales y en línea", D(2014, 10, 1), D(2016, 6, 30), 60)
                        ],
                    },
                ],
                "evidence": [
                    (
                        "Modelo de gestión en transparencia municipal",
                        "https://www.consejotransparencia.cl",
                        D(2014, 10, 31),
                    )
                ],
                "narratives": {
                    "mid_term": {
                        "progress": "86,7 % de los municipios tiene el modelo instalado (mayo 2015), por encima de la meta de 80 % para 2015. La transparencia activa municipal subió de 30,3 % (2012) a 56 % (2014).",
                        "challenges": "Rotación de personal en los municipios pequeños.",
                        "next_steps": "Alcanzar el 90 % de los municipios a julio de 2016.",
                    }
                },
            },
            {
                "key": "2",
                "code": "2",
                "title": "Estrategia de datos abiertos",
                "continues": ("nap1", "1.3"),
                "status_quo": "El portal de datos abiertos publicaba conjuntos de datos con poca reutilización ciudadana.",
                "objective": "Promover la reutilización de datos públicos con foco ciudadano.",
                "description": "Estrategia de apertura de datos que integra servicios públicos al portal datos.gob.cl y atiende solicitudes ciudadanas de datos.",
                "themes": "Datos abiertos",
                "values": ("ogp_access_to_information", "ogp_technology_innovation"),
                "start": D(2014, 7, 1),
                "end": D(2016, 6, 30),
                "completion": "substantial",
                "irm": {
                    "irm_specificity": "medium",
                    "irm_potential_impact": "moderate",
                    "irm_completion_mid_term": "limited",
                    "irm_on_time": False,
                },
                "lead": ["CPLT", "UMGD"],
                "support": ["SEGPRES"],
                "goal": "Generar valor público con la reutilización de datos del Estado.",
                "purpose": "Los servicios públicos publican datos que la ciudadanía reutiliza.",
                "purpose_indicators": [
                    ind(
                        "datasets",
                        "Conjuntos de datos publicados en datos.gob.cl",
                        "conjuntos de datos",
                        1000,
                        D(2014, 7, 1),
                        [(D(2016, 6, 30), 1500)],
                        [(D(2015, 9, 30), 1233, "Catálogo datos.gob.cl")],
                        formula="Número de conjuntos de datos en el catálogo",
                        verification="Catálogo de datos.gob.cl",
                        source="Unidad de Modernización",
                        frequency="Mensual",
                    ),
                ],
                "outputs": [
                    {
                        "narrative": "Servicios públicos integrados a la estrategia de datos abiertos.",
                        "assumptions": "Los servicios designan encargados de datos.",
                        "indicators": [
                            ind(
                                "services",
                                "Servicios con más de 50 % de avance en la integración",
                                "servicios",
                                0,
                                D(2014, 7, 1),
                                [(D(2016, 6, 30), 69)],
                                [(D(2015, 7, 31), 13, "De 69 servicios integrados")],
                                formula="Servicios con avance > 50 % en el plan de apertura",
                                verification="Reporte de avance de la Unidad de Modernización",
                                source="Unidad de Modernización",
                            )
                        ],
                        "activities": [
                            ("Plan de apertura con 69 servicios", D(2014, 9, 1), D(2016, 3, 31), 50)
                        ],
                    },
                    {
                        "narrative": "Solicitudes ciudadanas de datos atendidas.",
                        "assumptions": "Existe demanda ciudadana de datos.",
                        "indicators": [
                            ind(
                                "requests",
                                "Solicitudes ciudadanas de datos recibidas",
                                "solicitudes",
                                0,
                                D(2014, 7, 1),
                                [(D(2016, 6, 30), 60)],
                                [(D(2015, 9, 30), 40, "Registro de solicitudes")],
                                formula="Número de solicitudes de datos recibidas en el portal",
                                verification="Registro de solicitudes de datos.gob.cl",
                                source="Unidad de Modernización",
                            )
                        ],
                        "activities": [
                            (
                                "Habilitar el formulario de solicitud de datos",
                                D(2014, 10, 1),
                                D(2015, 3, 31),
                                100,
                            )
                        ],
                    },
                ],
                "evidence": [("Portal de datos abiertos", "https://datos.gob.cl", D(2015, 9, 30))],
            },
            {
                "key": "3",
                "code": "3",
                "title": "Concurso de datos abiertos y reutilización de información",
                "status_quo": "Escasa reutilización de los datos publicados por el Estado.",
                "objective": "Incentivar la reutilización de información pública mediante concursos.",
                "description": "Concurso (hackatón) de datos abiertos con instituciones públicas, desarrolladores y sociedad civil.",
                "themes": "Datos abiertos",
                "values": ("ogp_civic_participation", "ogp_technology_innovation"),
                "start": D(2014, 7, 1),
                "end": D(2016, 6, 30),
                "completion": "complete",
                "irm": {
                    "irm_specificity": "medium",
                    "irm_potential_impact": "minor",
                    "irm_completion_mid_term": "complete",
                    "irm_on_time": True,
                },
                "lead": ["CPLT"],
                "support": ["UMGD", "SEGPRES"],
                "goal": "Fomentar el uso ciudadano de la información pública.",
                "purpose": "Desarrolladores y organizaciones reutilizan datos públicos en nuevos proyectos.",
                "purpose_indicators": [
                    ind(
                        "projects",
                        "Proyectos presentados al concurso",
                        "proyectos",
                        0,
                        D(2014, 7, 1),
                        [(D(2014, 11, 30), 15)],
                        [(D(2014, 11, 30), 17, "Acta del jurado")],
                        formula="Número de proyectos que completan la hackatón",
                        verification="Acta del jurado del concurso",
                        source="CPLT",
                        frequency="Por concurso",
                    ),
                ],
                "outputs": [
                    {
                        "narrative": "Primer concurso de datos abiertos realizado (noviembre 2014).",
                        "assumptions": "Las instituciones aportan datos y premios.",
                        "indicators": [
                            ind(
                                "devs",
                                "Desarrolladores participantes",
                                "personas",
                                0,
                                D(2014, 7, 1),
                                [(D(2014, 11, 30), 60)],
                                [
                                    (
                                        D(2014, 11, 30),
                                        80,
                                        "6 instituciones, 23 propuestas, 5 premiados",
                                    )
                                ],
                                formula="Número de desarrolladores inscritos que participan",
                                verification="Registro de inscripción del concurso",
                                source="CPLT",
                            )
                        ],
                        "activities": [
                            (
                                "Convocatoria y bases del concurso",
                                D(2014, 8, 1),
                                D(2014, 10, 31),
                                100,
                            ),
                            ("Hackatón y premiación", D(2014, 11, 1), D(2014, 11, 30), 100),
                        ],
                    },
                ],
                "evidence": [
                    (
                        "Resultados del concurso de datos abiertos 2014",
                        "https://www.consejotransparencia.cl",
                        D(2014, 11, 30),
                    )
                ],
            },
            {
                "key": "4",
                "code": "4",
                "title": "Portal de Transparencia: instalación y uso por todos los organismos",
                "continues": ("nap1", "2.4"),
                "status_quo": "El Portal de Transparencia operaba con un grupo de organismos; a comienzos de 2015 un ataque a la plataforma PISEE obligó a desconectar 145 organismos.",
                "objective": "Que todos los organismos de la administración central y los municipios usen el Portal de Transparencia.",
                "description": "Instalación del Portal de Transparencia y de su sistema de solicitudes de acceso a la información en los organismos de la administración central y los municipios.",
                "themes": "Gobierno electrónico; Fortalecimiento de capacidades",
                "values": ("ogp_access_to_information", "ogp_technology_innovation"),
                "start": D(2014, 7, 1),
                "end": D(2016, 6, 30),
                "completion": "substantial",
                "irm": {
                    "irm_specificity": "high",
                    "irm_potential_impact": "transformative",
                    "irm_completion_mid_term": "substantial",
                    "irm_on_time": False,
                    "irm_notes": "El ataque a PISEE retrasó la conexión de los organismos centrales.",
                },
                "lead": ["CPLT"],
                "support": ["SEGPRES", "SUBDERE"],
                "goal": "Garantizar el acceso a la información pública en todo el Estado.",
                "purpose": "Los organismos públicos gestionan las solicitudes de acceso a la información en el Portal.",
                "purpose_indicators": [
                    ind(
                        "requests",
                        "Solicitudes de información tramitadas en el Portal",
                        "solicitudes",
                        0,
                        D(2014, 7, 1),
                        [(D(2016, 6, 30), 60000)],
                        [(D(2015, 7, 31), 46636, "90 % dirigidas a municipios")],
                        formula="Número acumulado de solicitudes tramitadas",
                        verification="Estadísticas del Portal de Transparencia",
                        source="CPLT",
                        frequency="Mensual",
                    ),
                ],
                "outputs": [
                    {
                        "narrative": "Organismos de la administración central conectados al Portal.",
                        "assumptions": "La plataforma PISEE opera de forma segura.",
                        "indicators": [
                            ind(
                                "central",
                                "Organismos de la administración central conectados",
                                "organismos",
                                17,
                                D(2015, 5, 31),
                                [(D(2014, 12, 31), 198), (D(2016, 6, 30), 198)],
                                [
                                    (D(2015, 5, 31), 14, "Piloto"),
                                    (D(2015, 7, 31), 52, "Control de gestión"),
                                ],
                                formula="Número de organismos centrales usando el sistema de solicitudes",
                                verification="Registro de organismos conectados del CPLT",
                                source="CPLT",
                                revisions=[
                                    (
                                        1,
                                        225,
                                        D(2016, 6, 30),
                                        "Un ataque a la plataforma PISEE a comienzos de 2015 obligó a desconectar 145 organismos; la meta se redefinió en conectar 225 organismos a partir de un piloto de 17 (mayo 2015).",
                                    )
                                ],
                            )
                        ],
                        "activities": [
                            ("Piloto con 17 organismos", D(2015, 3, 1), D(2015, 5, 31), 100),
                            (
                                "Conexión gradual de los organismos centrales",
                                D(2015, 6, 1),
                                D(2016, 6, 30),
                                30,
                            ),
                        ],
                    },
                    {
                        "narrative": "Municipios usando el Portal de Transparencia.",
                        "assumptions": "Los municipios cuentan con conectividad y personal.",
                        "indicators": [
                            ind(
                                "munis",
                                "Municipios que usan el Portal",
                                "%",
                                0,
                                D(2014, 7, 1),
                                [
                                    (D(2014, 12, 31), 65),
                                    (D(2015, 12, 31), 75),
                                    (D(2016, 6, 30), 90),
                                ],
                                [(D(2015, 7, 31), 81.9, "283 de 345 municipios")],
                                formula="Municipios con el Portal / 345 × 100",
                                verification="Registro de instituciones adheridas del CPLT",
                                source="CPLT",
                            )
                        ],
                        "activities": [
                            (
                                "Convenios e instalación en municipios",
                                D(2014, 7, 1),
                                D(2016, 6, 30),
                                80,
                            )
                        ],
                    },
                ],
                "files": [
                    (
                        "control-gestion-julio-2015.csv",
                        "institucion;tipo;conectadas\nAdministración central;organismo;52\n"
                        "Municipios;municipio;283\nAutonomía constitucional;organismo;2\n"
                        "Autónomos por ley;organismo;2\nTotal;;339\n",
                    )
                ],
                "notes": [
                    (
                        "Ataque a la plataforma PISEE",
                        "A comienzos de 2015 un ataque a PISEE obligó a desconectar 145 organismos; "
                        "la mesa acordó redefinir la meta en 225 organismos.",
                    )
                ],
                "evidence": [
                    (
                        "Portal de Transparencia",
                        "https://www.portaltransparencia.cl",
                        D(2015, 7, 31),
                    ),
                    (
                        "Informe de control de gestión (julio 2015): 339 instituciones",
                        "https://www.consejotransparencia.cl",
                        D(2015, 7, 31),
                    ),
                ],
                "narratives": {
                    "mid_term": {
                        "progress": "339 instituciones usan el Portal (julio 2015): 52 organismos centrales, 283 municipios, 2 organismos con autonomía constitucional y 2 autónomos por ley. 46.636 solicitudes tramitadas.",
                        "challenges": "El ataque a la plataforma PISEE obligó a desconectar 145 organismos y a redefinir la meta.",
                        "next_steps": "Conectar 225 organismos de la administración central.",
                    }
                },
            },
            {
                "key": "5",
                "code": "5",
                "title": "Modelo de gestión documental",
                "status_quo": "No existía un modelo común de gestión de archivos y documentos en los organismos públicos.",
                "objective": "Desarrollar e implementar un modelo de gestión documental para el sector público.",
                "description": "Modelo de gestión documental y de archivos, su difusión, capacitación y un piloto municipal.",
                "themes": "Gestión documental",
                "values": ("ogp_access_to_information",),
                "start": D(2014, 7, 1),
                "end": D(2016, 6, 30),
                "completion": "limited",
                "irm": {
                    "irm_specificity": "medium",
                    "irm_potential_impact": "moderate",
                    "irm_completion_mid_term": "limited",
                    "irm_on_time": True,
                },
                "lead": ["CPLT"],
                "support": ["CDC", "SEGPRES"],
                "goal": "Asegurar la disponibilidad de la información pública mediante archivos bien gestionados.",
                "purpose": "Los organismos públicos adoptan un modelo de gestión documental.",
                "purpose_indicators": [
                    ind(
                        "adopting",
                        "Organismos que adoptan el modelo (piloto municipal)",
                        "organismos",
                        0,
                        D(2014, 7, 1),
                        [(D(2016, 6, 30), 10)],
                        [],
                        formula="Número de organismos con el modelo implementado",
                        verification="Informe del piloto",
                        source="CPLT",
                        frequency="Semestral",
                    ),
                ],
                "outputs": [
                    {
                        "narrative": "Modelo de gestión documental desarrollado.",
                        "assumptions": "Acuerdo técnico con el Archivo Nacional.",
                        "indicators": [
                            ind(
                                "model",
                                "Modelo desarrollado y presentado",
                                "sí/no",
                                0,
                                D(2014, 7, 1),
                                [(D(2014, 9, 30), 1)],
                                [(D(2014, 9, 30), 1, "Presentado en septiembre de 2014")],
                                formula="1 si el modelo está aprobado y presentado",
                                verification="Documento del modelo",
                            )
                        ],
                        "activities": [
                            ("Elaboración del modelo", D(2014, 7, 1), D(2014, 9, 30), 100)
                        ],
                    },
                    {
                        "narrative": "Difusión, capacitación y piloto municipal del modelo.",
                        "assumptions": "Municipios voluntarios para el piloto.",
                        "indicators": [
                            ind(
                                "training",
                                "Sesiones de capacitación realizadas",
                                "sesiones",
                                0,
                                D(2014, 10, 1),
                                [(D(2016, 6, 30), 12)],
                                [(D(2015, 6, 30), 3, "Registro de actividades")],
                                formula="Número de sesiones de capacitación",
                                verification="Listas de asistencia",
                            )
                        ],
                        "activities": [
                            ("Difusión y capacitación", D(2015, 1, 1), D(2016, 3, 31), 30),
                            ("Piloto municipal", D(2015, 6, 1), D(2016, 6, 30), 10),
                        ],
                    },
                ],
                "evidence": [],
            },
        ],
    },
]


def build(out: Path) -> Path:
    out = Path(out)
    if out.exists():
        out.unlink()
    with Project.new(out, title="Chile NAP", author=AUTHOR) as project, project.write() as w:
        inst = {}
        for acr, name, kind in INSTITUTIONS:
            inst[acr] = w.create(
                m.Institution, id=sid("inst", acr), name=name, acronym=acr, kind=kind
            ).id
        commitment_ids: dict[tuple[str, str], str] = {}
        for plan in PLANS:
            p = w.create(
                m.ActionPlan,
                id=sid("plan", plan["key"]),
                **{
                    k: plan[k]
                    for k in (
                        "title",
                        "government",
                        "period_start",
                        "period_end",
                        "coordinating_body",
                        "notes",
                    )
                },
            )
            _narratives(w, plan.get("narratives", {}), ("plan", plan["key"]), plan_id=p.id)
            for c in plan["commitments"]:
                commitment_ids[(plan["key"], c["key"])] = _commitment(
                    w, p.id, plan["key"], c, inst, commitment_ids
                )
    return out


def _narratives(w: Writer, narratives: dict, key: tuple[str, ...], **owner: str) -> None:
    for period, sections in narratives.items():
        for section, text in sections.items():
            w.create(
                m.Narrative,
                id=sid(*key, "narr", period, section),
                period=period,
                section=section,
                text=text,
                **owner,
            )


def _commitment(w: Writer, plan_id: str, plan_key: str, c: dict, inst: dict, known: dict) -> str:
    key = ("c", plan_key, c["key"])
    fields = {v: True for v in c["values"]}
    fields.update(c.get("irm", {}))
    if "focal" in c:
        fields["focal_point_name"], fields["focal_point_email"] = c["focal"]
    if "continues" in c:
        fields["continues_id"] = known[c["continues"]]
    cm = w.create(
        m.Commitment,
        id=sid(*key),
        plan_id=plan_id,
        code=c["code"],
        title=c["title"],
        status_quo=c["status_quo"],
        objective=c["objective"],
        description=c["description"],
        themes=c["themes"],
        start_date=c["start"],
        end_date=c["end"],
        completion=c["completion"],
        **fields,
    )
    for role in ("lead", "support"):
        for acr in c[role]:
            w.create(
                m.CommitmentInstitution,
                id=sid(*key, "inst", acr),
                commitment_id=cm.id,
                institution_id=inst[acr],
                role=role,
            )
    w.create(
        m.Result,
        id=sid(*key, "goal"),
        commitment_id=cm.id,
        level="goal",
        narrative=c["goal"],
        assumptions="Continuidad de la política de gobierno abierto.",
    )
    purpose = w.create(
        m.Result,
        id=sid(*key, "purpose"),
        commitment_id=cm.id,
        level="purpose",
        narrative=c["purpose"],
        assumptions="Las instituciones mantienen su compromiso con el plan.",
    )
    for spec in c["purpose_indicators"]:
        _indicator(w, purpose.id, (*key, "purpose"), spec)
    for o, out in enumerate(c["outputs"], 1):
        okey = (*key, "out", str(o))
        output = w.create(
            m.Result,
            id=sid(*okey),
            commitment_id=cm.id,
            level="output",
            parent_id=purpose.id,
            narrative=out["narrative"],
            assumptions=out["assumptions"],
        )
        for spec in out["indicators"]:
            _indicator(w, output.id, okey, spec)
        for a, (text, start, end, progress) in enumerate(out["activities"], 1):
            w.create(
                m.Result,
                id=sid(*okey, "act", str(a)),
                commitment_id=cm.id,
                level="activity",
                parent_id=output.id,
                narrative=text,
                start_date=start,
                end_date=end,
                progress=progress,
            )
    for e, (title, url, date) in enumerate(c["evidence"], 1):
        w.create(
            m.Evidence,
            id=sid(*key, "ev", str(e)),
            commitment_id=cm.id,
            kind="link",
            title=title,
            url=url,
            date=date,
        )
    for e, (name, text) in enumerate(c.get("files", []), 1):
        ev = w.add_file(cm.id, name, text.encode("utf-8"), title=name, date=c["end"])
        w.s.flush()
        _rekey(w, ev, sid(*key, "file", str(e)))
    for e, (title, text) in enumerate(c.get("notes", []), 1):
        w.create(
            m.Evidence,
            id=sid(*key, "note", str(e)),
            commitment_id=cm.id,
            kind="note",
            title=title,
            note=text,
            date=c["start"],
        )
    _narratives(w, c.get("narratives", {}), key, commitment_id=cm.id)
    return cm.id


def _indicator(w: Writer, result_id: str, key: tuple[str, ...], spec: dict) -> None:
    ikey = (*key, "ind", spec["key"])
    i = w.create(
        m.Indicator,
        id=sid(*ikey),
        result_id=result_id,
        name=spec["name"],
        unit=spec["unit"],
        formula=spec["formula"],
        baseline_value=spec["baseline"],
        baseline_date=spec["baseline_date"],
        means_of_verification=spec["verification"],
        data_source=spec["source"],
        frequency=spec["frequency"],
        dimension=spec["dimension"],
        responsible=spec["source"],
    )
    target_ids = []
    for t, (due, value) in enumerate(spec["targets"], 1):
        target_ids.append(
            w.create(
                m.Target, id=sid(*ikey, "t", str(t)), indicator_id=i.id, due_date=due, value=value
            ).id
        )
    for n, (target_no, value, due, reason) in enumerate(spec.get("revisions") or [], 1):
        rev = w.revise_target(target_ids[target_no], value, due, reason, revised_on=D(2015, 5, 31))
        # Give the revision row a stable id so rebuilds keep the same digest.
        w.s.flush()
        _rekey(w, rev, sid(*ikey, "rev", str(n)))
    for n, (date, value, comment) in enumerate(spec["actuals"], 1):
        w.create(
            m.Measurement,
            id=sid(*ikey, "m", str(n)),
            indicator_id=i.id,
            measured_on=date,
            value=value,
            comment=comment,
            reported_by=spec["source"] or "CPLT",
        )


def _rekey(w: Writer, row: m.Row, new_id: str) -> None:
    from sqlalchemy import update

    cls = type(row)
    old = row.id
    w.s.expunge(row)
    conn = w.s.connection()
    conn.execute(update(cls).where(cls.id == old).values(id=new_id))
    conn.execute(update(m.JournalEntry).where(m.JournalEntry.row_id == old).values(row_id=new_id))


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    print(build(target))
