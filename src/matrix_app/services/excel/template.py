"""A blank workbook a focal point can fill in without the app, and that imports cleanly.

Same sheets, headers, drop-downs and instructions as an export, with one worked example
(a commitment with its logframe, an indicator, a target and a measurement) written with
short keys instead of ids. Given a project, its plans and institutions are listed with
their real ids, so new commitments can hang under an existing plan.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ...domain.vocabulary import label
from ..project import Project
from .datasheets import VocabLists, write_data_sheet, write_instructions
from .export import load_tables
from .layout import SHEETS, columns
from .xlsx_writer import Book

EXAMPLE = {
    "en": {
        "plan": "National Action Plan 2014-2016",
        "inst": ("Transparency Council", "CPLT"),
        "title": "Example: transparency management in municipalities",
        "goal": "Citizens exercise their right of access to information",
        "purpose": "Municipalities apply a transparency management model",
        "output": "Model installed in municipalities",
        "activity": "Train municipal staff",
        "assumption": "Municipalities take part in the training",
        "indicator": "% of municipalities applying the model",
        "mov": "Management control records",
        "comment": "Example figure: replace or delete these example rows",
    },
    "es": {
        "plan": "Plan de Acción Nacional 2014-2016",
        "inst": ("Consejo para la Transparencia", "CPLT"),
        "title": "Ejemplo: gestión de la transparencia en municipios",
        "goal": "La ciudadanía ejerce su derecho de acceso a la información",
        "purpose": "Las municipalidades aplican un modelo de gestión de transparencia",
        "output": "Modelo instalado en las municipalidades",
        "activity": "Capacitar a funcionarios municipales",
        "assumption": "Las municipalidades participan en la capacitación",
        "indicator": "% de municipalidades que aplican el modelo",
        "mov": "Registros de control de gestión",
        "comment": "Cifra de ejemplo: reemplace o borre estas filas de ejemplo",
    },
}


def _example(lang: str, plan_key: str, inst_key: str) -> dict[str, list[dict[str, Any]]]:
    t = EXAMPLE[lang]
    d = dt.date
    rows: dict[str, list[dict[str, Any]]] = {table: [] for table in SHEETS}
    rows["commitment"].append(
        dict(id="C1", plan_id=plan_key, code="1", title=t["title"], objective=t["purpose"],
             start_date=d(2014, 7, 1), end_date=d(2016, 6, 30), completion="not_started",
             ogp_access_to_information=True, ogp_civic_participation=False,
             ogp_public_accountability=False, ogp_technology_innovation=False)
    )  # fmt: skip
    rows["commitment_institution"].append(
        dict(id="CI1", commitment_id="C1", institution_id=inst_key, role="lead")
    )
    rows["result"] += [
        dict(id="R1", commitment_id="C1", level="goal", narrative=t["goal"]),
        dict(id="R2", commitment_id="C1", level="purpose", narrative=t["purpose"]),
        dict(id="R3", commitment_id="C1", parent_id="R2", level="output", narrative=t["output"],
             assumptions=t["assumption"]),
        dict(id="R4", commitment_id="C1", parent_id="R3", level="activity",
             narrative=t["activity"], start_date=d(2014, 7, 1), end_date=d(2015, 6, 30),
             progress=0),
    ]  # fmt: skip
    rows["indicator"].append(
        dict(id="I1", result_id="R3", commitment_id="C1", name=t["indicator"], unit="%",
             direction="increase", dimension="efficacy", baseline_value=30.3,
             baseline_date=d(2012, 12, 31), means_of_verification=t["mov"])
    )  # fmt: skip
    rows["target"].append(
        dict(id="T1", indicator_id="I1", commitment_id="C1", due_date=d(2016, 7, 31), value=90)
    )
    rows["measurement"].append(
        dict(id="M1", indicator_id="I1", commitment_id="C1", measured_on=d(2015, 5, 31),
             value=86.7, comment=t["comment"])
    )  # fmt: skip
    return rows


def write_template(out: Path | str, lang: str = "en", project: Project | None = None) -> Path:
    out = Path(out)
    t = EXAMPLE[lang]
    data: dict[str, list[tuple]] = {table: [] for table in SHEETS}
    plan_key, inst_key = "P1", "INST1"
    if project is not None:
        have = load_tables(project)
        data["action_plan"] = have["action_plan"]
        data["institution"] = have["institution"]
    if data["action_plan"]:
        plan_key = data["action_plan"][-1][0]
    else:
        data["action_plan"] = [_tuple("action_plan", dict(id="P1", title=t["plan"]))]
    match = [r for r in data["institution"] if r[2] == t["inst"][1]]
    if match:
        inst_key = match[0][0]
    else:
        row = dict(id="INST1", name=t["inst"][0], acronym=t["inst"][1], kind="autonomous")
        data["institution"].append(_tuple("institution", row))
    for table, rows in _example(lang, plan_key, inst_key).items():
        data[table] += [_tuple(table, r) for r in rows]
    lists = VocabLists(lang)
    note = (
        (
            "Las filas de ejemplo usan claves cortas (P1, C1, R1...) en lugar de id: reemplácelas "
            "por sus propios datos. Nivel de cada fila de la matriz: "
            if lang == "es"
            else "The example rows use short keys (P1, C1, R1...) instead of ids: replace them "
            "with your own data. Level of each logframe row: "
        )
        + ", ".join(label(v, lang) for v in ("goal", "purpose", "output", "activity"))
        + "."
    )
    book = Book(out, author="Monitoring Matrix", title="Monitoring Matrix")
    try:
        write_instructions(book, lang, [note])
        for table, rows in data.items():
            write_data_sheet(
                book, table, lang, lists, rows, len(rows), lambda n: None, lambda: False
            )
        lists.write(book)
    except BaseException:
        book.discard()
        raise
    book.save()
    return out


def _tuple(table: str, values: dict[str, Any]) -> tuple:
    return (*tuple(values.get(c.field) for c in columns(table)), None)
