"""Why a package or merge was refused or stopped, in words a user can act on (en/es)."""

from __future__ import annotations

from ...messages import MatrixError


class ExchangeError(MatrixError):
    TEMPLATES = {
        "unrelated": (
            "{other} belongs to another project (“{other_title}”), not to “{title}”: only copies "
            "and packages of the same project can be merged. Nothing was changed.",
            "{other} pertenece a otro proyecto (“{other_title}”), no a “{title}”: solo se pueden "
            "combinar copias y paquetes del mismo proyecto. No se modificó nada.",
        ),
        "unrelated_same_title": (
            "{other} belongs to another project that only has the same title (“{title}”): it "
            "was created separately (project {other_id}, this one is {id}). Only copies and "
            "packages of the same project can be merged. Nothing was changed.",
            "{other} pertenece a otro proyecto que solo tiene el mismo título (“{title}”): se "
            "creó por separado (proyecto {other_id}; este es {id}). Solo se pueden combinar "
            "copias y paquetes del mismo proyecto. No se modificó nada.",
        ),
        "same_file": (
            "{other} is the project itself; choose the copy you received. Nothing was changed.",
            "{other} es el mismo proyecto; elija la copia que recibió. No se modificó nada.",
        ),
        "unknown_institution": (
            "No institution called “{name}” in {path}. Known institutions: {known}.",
            "No hay ninguna institución llamada “{name}” en {path}. Instituciones: {known}.",
        ),
        "no_commitments": (
            "“{name}” is not lead or support of any commitment in {path}; there is nothing to "
            "package.",
            "“{name}” no es responsable ni colaboradora de ningún compromiso en {path}; no hay "
            "nada que empaquetar.",
        ),
        "bad_choice": (
            "“{choice}” is not a way to settle a conflict; use “ours” or “theirs”.",
            "“{choice}” no es una forma de resolver un conflicto; use “ours” o “theirs”.",
        ),
        "bad_rows": (
            "{other} cannot be merged: what it would bring breaks the rules every edit keeps "
            "({detail}). Nothing was changed; ask the sender to open the file in Monitoring "
            "Matrix and send it again.",
            "{other} no se puede combinar: lo que traería rompe las reglas que toda edición "
            "respeta ({detail}). No se modificó nada; pida al remitente que abra el archivo en "
            "Monitoring Matrix y se lo envíe de nuevo.",
        ),
        "bad_blob": (
            "{other} cannot be merged: the evidence file “{name}” in it is damaged (its "
            "content does not match its fingerprint {sha}). Nothing was changed; ask the "
            "sender to send the file again.",
            "{other} no se puede combinar: el archivo de evidencia “{name}” que contiene está "
            "dañado (su contenido no coincide con su huella {sha}). No se modificó nada; pida "
            "al remitente que envíe el archivo de nuevo.",
        ),
        "unknown_conflict": (
            "There is no conflict {id} in this project.",
            "No hay ningún conflicto {id} en este proyecto.",
        ),
    }


class Cancelled(MatrixError):
    """The user pressed Cancel: the transaction was rolled back, nothing was changed."""

    TEMPLATES = {
        "cancelled": (
            "Cancelled; nothing was changed.",
            "Cancelado; no se modificó nada.",
        ),
    }

    def __init__(self) -> None:
        super().__init__("cancelled")
