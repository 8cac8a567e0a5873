"""A rich plan for report tests: real Chilean figures, a revised target, files, links, texts."""

from __future__ import annotations

import datetime as dt

from matrix_app.domain import models as m
from matrix_app.services.project import Project

SPECIAL = "á é í ó ú ü ñ ¿ ¡ € “ ” — … ≥ ≤ → Ł"
HOSTILE = '<b>R&D</b> <img src="x"> <font color=red>'

LONG_TEXT = "\n\n".join(
    f"Párrafo {i}: la mesa de trabajo revisó el avance de los compromisos con las "
    "instituciones responsables y la sociedad civil; se acordaron ajustes a los plazos y a "
    "las metas intermedias, y se registraron las evidencias en la matriz de monitoreo. " * 3
    for i in range(1, 13)
)


def build_rich(project: Project) -> dict[str, str]:
    ids: dict[str, str] = {}
    with project.write() as w:
        plan = w.create(
            m.ActionPlan,
            title="Segundo Plan de Acción de Gobierno Abierto 2014-2016",
            government="Chile",
            period_start=dt.date(2014, 7, 1),
            period_end=dt.date(2016, 6, 30),
            coordinating_body="Comisión Defensora Ciudadana y Transparencia (SEGPRES)",
        )
        ids["plan"] = plan.id
        cplt = w.create(
            m.Institution, name="Consejo para la Transparencia", acronym="CPLT", kind="autonomous"
        )
        subdere = w.create(
            m.Institution,
            name="Subsecretaría de Desarrollo Regional y Administrativo",
            acronym="SUBDERE",
        )
        segpres = w.create(
            m.Institution,
            name="Ministerio Secretaría General de la Presidencia",
            acronym="SEGPRES",
        )
        for section, text in (
            ("process", "La mesa de trabajo se reunió cada trimestre. " + SPECIAL),
            ("meetings", LONG_TEXT),
            ("lessons", "Las metas deben tener fecha y línea base."),
        ):
            w.create(m.Narrative, plan_id=plan.id, period="mid_term", section=section, text=text)
        w.create(
            m.Narrative,
            plan_id=plan.id,
            period="end_of_term",
            section="process",
            text="Informe final: consulta pública en línea.",
        )

        # 1. Municipal transparency: figures from the U4 report
        c1 = w.create(
            m.Commitment,
            plan_id=plan.id,
            code="1",
            title="Modelo de gestión de transparencia municipal",
            status_quo="La transparencia activa en municipios era de 30,3 % en 2012.",
            objective="Instalar un modelo de gestión de transparencia en los municipios.",
            description="Modelo desarrollado por el CPLT con apoyo de SUBDERE.\nSegunda línea.",
            ogp_access_to_information=True,
            ogp_public_accountability=True,
            themes="Gobernanza subnacional; Desarrollo de capacidades",
            start_date=dt.date(2014, 7, 1),
            end_date=dt.date(2016, 7, 31),
            focal_point_name="María Pérez",
            focal_point_email="mperez@example.cl",
            completion="substantial",
            irm_specificity="medium",
            irm_potential_impact="moderate",
            position=1,
        )
        ids["c1"] = c1.id
        w.create(m.CommitmentInstitution, commitment_id=c1.id, institution_id=cplt.id, role="lead")
        w.create(
            m.CommitmentInstitution, commitment_id=c1.id, institution_id=subdere.id, role="support"
        )
        w.create(m.Result, commitment_id=c1.id, level="goal", narrative="Municipios transparentes")
        p1 = w.create(
            m.Result,
            commitment_id=c1.id,
            level="purpose",
            narrative="Los municipios aplican el modelo de gestión de transparencia",
            assumptions="Los alcaldes respaldan el modelo",
        )
        o1 = w.create(
            m.Result,
            commitment_id=c1.id,
            level="output",
            parent_id=p1.id,
            narrative="Modelo instalado en municipios",
            assumptions="Presupuesto aprobado",
        )
        w.create(
            m.Result,
            commitment_id=c1.id,
            level="activity",
            parent_id=o1.id,
            narrative="Capacitar a los funcionarios municipales",
            start_date=dt.date(2014, 7, 1),
            end_date=dt.date(2015, 12, 31),
            progress=75,
        )
        i1 = w.create(
            m.Indicator,
            result_id=p1.id,
            name="Municipios con el modelo instalado",
            unit="%",
            formula="municipios con modelo / 345 * 100",
            baseline_value=30.3,
            baseline_date=dt.date(2012, 12, 31),
            means_of_verification="Registros de control de gestión del CPLT",
        )
        ids["i1"] = i1.id
        for due, value in ((dt.date(2014, 12, 31), 70), (dt.date(2015, 12, 31), 80)):
            w.create(m.Target, indicator_id=i1.id, due_date=due, value=value)
        w.create(m.Target, indicator_id=i1.id, due_date=dt.date(2016, 7, 31), value=90)
        w.create(m.Measurement, indicator_id=i1.id, measured_on=dt.date(2014, 12, 31), value=56)
        w.create(m.Measurement, indicator_id=i1.id, measured_on=dt.date(2015, 5, 31), value=86.7)
        w.create(
            m.Narrative,
            commitment_id=c1.id,
            period="mid_term",
            section="progress",
            text="86,7 % de los municipios adhirieron al modelo (mayo de 2015).",
        )
        w.create(
            m.Narrative,
            commitment_id=c1.id,
            period="mid_term",
            section="challenges",
            text=LONG_TEXT,
        )
        w.create(
            m.Evidence,
            commitment_id=c1.id,
            kind="link",
            title="Portal de Transparencia del Estado",
            date=dt.date(2015, 7, 31),
            url="https://www.portaltransparencia.cl/PortalPdT/web/guest/home?x=1&y=2",
        )
        w.add_file(
            c1.id,
            "acta-mesa-2015.pdf",
            b"%PDF-1.4 acta",
            title="Acta de la mesa de trabajo",
            date=dt.date(2015, 6, 30),
        )

        # 4. Transparency Portal: the revised target after the 2015 platform attack
        c4 = w.create(
            m.Commitment,
            plan_id=plan.id,
            code="4",
            title="Portal de Transparencia",
            objective="Instalación y uso del Portal por todos los organismos.",
            ogp_access_to_information=True,
            ogp_technology_innovation=True,
            start_date=dt.date(2014, 7, 1),
            end_date=dt.date(2016, 6, 30),
            completion="complete",
            position=2,
        )
        ids["c4"] = c4.id
        w.create(m.CommitmentInstitution, commitment_id=c4.id, institution_id=cplt.id, role="lead")
        w.create(
            m.CommitmentInstitution, commitment_id=c4.id, institution_id=segpres.id, role="support"
        )
        p4 = w.create(
            m.Result, commitment_id=c4.id, level="purpose", narrative="Organismos usan el Portal"
        )
        i4 = w.create(
            m.Indicator,
            result_id=p4.id,
            name="Organismos de la administración central conectados",
            unit="organismos",
            baseline_value=0,
            baseline_date=dt.date(2014, 7, 1),
            means_of_verification="Reportes del Portal",
        )
        ids["i4"] = i4.id
        t4 = w.create(m.Target, indicator_id=i4.id, due_date=dt.date(2014, 12, 31), value=198)
        w.revise_target(
            t4.id,
            225,
            dt.date(2015, 12, 31),
            "Ataque a la plataforma PISEE a inicios de 2015: desconexión de 145 organismos.",
            dt.date(2015, 5, 15),
        )
        w.create(m.Measurement, indicator_id=i4.id, measured_on=dt.date(2015, 5, 31), value=14)
        w.create(m.Measurement, indicator_id=i4.id, measured_on=dt.date(2015, 7, 31), value=52)
        i4b = w.create(
            m.Indicator,
            result_id=p4.id,
            name="Solicitudes de información procesadas",
            unit="solicitudes",
            baseline_value=0,
            baseline_date=dt.date(2014, 7, 1),
            means_of_verification="Estadísticas del Portal",
        )
        w.create(m.Target, indicator_id=i4b.id, due_date=dt.date(2016, 6, 30), value=50000)
        w.create(m.Measurement, indicator_id=i4b.id, measured_on=dt.date(2015, 7, 31), value=46636)
        w.create(
            m.Narrative,
            commitment_id=c4.id,
            period="mid_term",
            section="next_steps",
            text="Conectar 225 organismos a partir de un piloto de 17.",
        )

        # A commitment whose user text tries to inject markup, with special characters
        c9 = w.create(
            m.Commitment,
            plan_id=plan.id,
            code="9",
            title=HOSTILE,
            objective=SPECIAL,
            description='<para><img src="/etc/passwd"/></para> & <a href="file:///etc/passwd">x</a>',
            position=3,
        )
        ids["c9"] = c9.id
        w.create(m.Result, commitment_id=c9.id, level="output", narrative=HOSTILE)
    return ids
