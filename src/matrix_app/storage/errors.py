"""Why a project file could not be opened or written, in words a user can act on."""

from __future__ import annotations

from ..messages import MatrixError


class ProjectFileError(MatrixError):
    """``why_code`` (a READ_ONLY_WHY key) is put into words in the language of the message,
    not the language current when the error was raised."""

    def localized(self, lang: str) -> dict[str, object]:
        extra = super().localized(lang)
        why, cause = self.params.get("why_code"), self.params.get("cause_code")
        if why is not None:
            extra["why"] = read_only_reason(str(why), lang)
        if cause is not None:
            extra["cause"] = failure_cause(str(cause), str(self.params.get("detail", "")), lang)
        return extra

    TEMPLATES = {
        "missing": (
            "{path}: no such file. Check the name and folder, or create a project with 'new'.",
            "{path}: el archivo no existe. Revise el nombre y la carpeta, o cree un proyecto con 'new'.",
        ),
        "directory": (
            "{path} is a folder, not a project file. Choose a .nap file inside it.",
            "{path} es una carpeta, no un archivo de proyecto. Elija un archivo .nap dentro de ella.",
        ),
        "empty": (
            "{path} is empty (0 bytes): it is not a project file. Open another copy of the project.",
            "{path} está vacío (0 bytes): no es un archivo de proyecto. Abra otra copia del proyecto.",
        ),
        "not_sqlite": (
            "{path} is not a Monitoring Matrix project file (it is not a database). "
            "Open a .nap file, or bring a workbook in with File › Import from Excel "
            "('import-xlsx' on the command line).",
            "{path} no es un archivo de proyecto de Monitoring Matrix (no es una base de datos). "
            "Abra un archivo .nap, o traiga un libro Excel con Archivo › Importar desde Excel "
            "('import-xlsx' en la línea de comandos).",
        ),
        "foreign": (
            "{path} is a database of another application, not a Monitoring Matrix project. "
            "Nothing was changed.",
            "{path} es una base de datos de otra aplicación, no un proyecto de Monitoring Matrix. "
            "No se modificó nada.",
        ),
        "corrupt": (
            "{path} is damaged ({detail}); it may have been cut short while copying. "
            "Nothing was changed; open an earlier copy or ask the sender to send it again.",
            "{path} está dañado ({detail}); puede haberse cortado al copiarlo. "
            "No se modificó nada; abra una copia anterior o pida que se lo envíen de nuevo.",
        ),
        "foreign_schema": (
            "{path} was not made by Monitoring Matrix: its database holds {detail}, which this "
            "application never creates, so it is not opened. Nothing was changed; ask the "
            "sender for a copy saved by Monitoring Matrix.",
            "{path} no fue creado por Monitoring Matrix: su base de datos contiene {detail}, "
            "que esta aplicación nunca crea, así que no se abre. No se modificó nada; pida al "
            "remitente una copia guardada con Monitoring Matrix.",
        ),
        "bad_content": (
            "{path} holds values Monitoring Matrix never writes ({detail}), so it is not "
            "opened: it may have been edited by another program. Nothing was changed; ask the "
            "sender for a copy saved by Monitoring Matrix.",
            "{path} contiene valores que Monitoring Matrix nunca escribe ({detail}), así que no "
            "se abre: puede haber sido editado con otro programa. No se modificó nada; pida al "
            "remitente una copia guardada con Monitoring Matrix.",
        ),
        "newer": (
            "{path} was saved by a newer version of Monitoring Matrix (file format {found}, "
            "this version reads up to {supported}). Update the application to open it.",
            "{path} fue guardado por una versión más nueva de Monitoring Matrix (formato {found}, "
            "esta versión lee hasta {supported}). Actualice la aplicación para abrirlo.",
        ),
        "too_old": (
            "{path} uses file format {found}, older than this version can upgrade "
            "(oldest: {supported}). Open it with an earlier version first.",
            "{path} usa el formato {found}, más antiguo de lo que esta versión puede actualizar "
            "(mínimo: {supported}). Ábralo antes con una versión anterior.",
        ),
        "old_read_copy": (
            "note: {path} uses an older file format (version {found}); it was read through an "
            "upgraded temporary copy and is unchanged. Opening it for editing upgrades it (a "
            "backup copy is kept beside it).",
            "nota: {path} usa un formato antiguo (versión {found}); se leyó a través de una "
            "copia temporal actualizada y no se modificó. Al abrirlo para editar se actualiza "
            "(se guarda una copia de respaldo a su lado).",
        ),
        "old_read_only": (
            "{path} uses an older file format and must be upgraded, but it is read-only. "
            "Copy it to a folder where you can write and open the copy.",
            "{path} usa un formato antiguo y debe actualizarse, pero es de solo lectura. "
            "Cópielo a una carpeta donde pueda escribir y abra la copia.",
        ),
        "migration_failed": (
            "{path} could not be upgraded ({detail}). The file was left as it was; "
            "a backup is at {backup}.",
            "No se pudo actualizar {path} ({detail}). El archivo quedó como estaba; "
            "hay una copia de respaldo en {backup}.",
        ),
        "exists": (
            "{path} already exists. Choose another name or delete it first.",
            "{path} ya existe. Elija otro nombre o bórrelo primero.",
        ),
        "cannot_write": (
            "Cannot write {path} ({detail}). Choose a folder where you can write.",
            "No se puede escribir {path} ({detail}). Elija una carpeta con permiso de escritura.",
        ),
        "read_only": (
            "{path} is open read-only ({why}); this change was not saved.",
            "{path} está abierto en solo lectura ({why}); este cambio no se guardó.",
        ),
        "disk_full": (
            "The disk is full: the last change to {path} was not saved and the file is as it "
            "was before. Free some space and try again.",
            "El disco está lleno: el último cambio en {path} no se guardó y el archivo quedó "
            "como estaba. Libere espacio e inténtelo de nuevo.",
        ),
        "write_failed": (
            "The change to {path} could not be saved ({detail}); the file is as it was before.",
            "No se pudo guardar el cambio en {path} ({detail}); el archivo quedó como estaba.",
        ),
        "recovery_needed": (
            "{path} was left half-changed when a program stopped, and the unsaved change must "
            "be undone where the file can be written. Copy {path} and {journal} together to a "
            "folder where you can write, and open the copy there.",
            "{path} quedó a medio modificar cuando un programa se detuvo, y el cambio no "
            "guardado debe deshacerse donde el archivo pueda escribirse. Copie {path} y "
            "{journal} juntos a una carpeta con permiso de escritura y abra la copia allí.",
        ),
        "busy": (
            "{path} is being written by another program; try again in a moment.",
            "Otro programa está escribiendo en {path}; inténtelo de nuevo en un momento.",
        ),
    }


READ_ONLY_WHY = {
    "file": ("the file is read-only", "el archivo es de solo lectura"),
    "folder": ("its folder is read-only", "su carpeta es de solo lectura"),
    "locked": (
        "another window or program has it open for editing",
        "otra ventana o programa lo tiene abierto para edición",
    ),
    "requested": ("opened for reading only", "abierto solo para lectura"),
}


def read_only_reason(why: str, lang: str = "en") -> str:
    en, es = READ_ONLY_WHY.get(why, (why, why))
    return es if lang == "es" else en


#: A write that failed and whose rollback could not be verified (storage/write_check.py):
#: what state the file is in and what to do. ``cause_code`` is put into words like
#: ``why_code``. A verified rollback keeps the plain codes ("disk_full", "write_failed",
#: "read_only"), whose sentences say the file is as it was.
AFTER_FAILED_WRITE = {
    "write_pending": (
        "The change to {path} could not be saved ({cause}), and it is not undone in the file "
        "yet: until it is, {path} is only whole together with {journal}, which is beside it. "
        "Do not copy, move or send {path} alone. Free some space (or reconnect the disk, or "
        "make the folder writable), then open the project again in Monitoring Matrix: it "
        "undoes the unsaved change when it opens.",
        "No se pudo guardar el cambio en {path} ({cause}) y todavía no se ha deshecho en el "
        "archivo: hasta entonces, {path} solo está completo junto con {journal}, que está a "
        "su lado. No copie, mueva ni envíe {path} solo. Libere espacio (o vuelva a conectar "
        "el disco, o permita escribir en la carpeta) y abra de nuevo el proyecto en "
        "Monitoring Matrix: al abrirlo se deshace el cambio no guardado.",
    ),
    "write_damaged": (
        "The change to {path} could not be saved ({cause}), and the file is now damaged "
        "({check}). Do not send it. Open the restore point or an earlier copy of the project "
        "instead.",
        "No se pudo guardar el cambio en {path} ({cause}) y el archivo quedó dañado "
        "({check}). No lo envíe. Abra en su lugar el punto de restauración o una copia "
        "anterior del proyecto.",
    ),
    "write_changed": (
        "The change to {path} could not be saved ({cause}). The file is healthy, but not "
        "exactly as it was before this change (another program may have written it "
        "meanwhile): check its content before sending it.",
        "No se pudo guardar el cambio en {path} ({cause}). El archivo está sano, pero no "
        "exactamente como estaba antes de este cambio (puede que otro programa lo haya "
        "modificado entretanto): revise su contenido antes de enviarlo.",
    ),
    "write_unreachable": (
        "The change to {path} could not be saved ({cause}), and the file cannot be reached any "
        "more (was the disk or USB stick removed?). When it is back, open the project again "
        "in Monitoring Matrix: a change left half-done is undone when the file opens. Keep "
        "{journal} beside it if it is there.",
        "No se pudo guardar el cambio en {path} ({cause}) y ya no se puede acceder al archivo "
        "(¿se retiró el disco o la memoria USB?). Cuando vuelva a estar disponible, abra de "
        "nuevo el proyecto en Monitoring Matrix: un cambio que quedó a medias se deshace al "
        "abrir el archivo. Mantenga {journal} a su lado si existe.",
    ),
    "disk_full_copy": (
        "The disk is full: {path} could not be written, and nothing was left behind there "
        "(the project itself is unchanged). Free some space or choose another disk.",
        "El disco está lleno: no se pudo escribir {path} y no quedó nada a medias allí (el "
        "proyecto no cambió). Libere espacio o elija otro disco.",
    ),
}
ProjectFileError.TEMPLATES.update(AFTER_FAILED_WRITE)

FAILURE_CAUSES = {
    "disk_full": ("the disk is full", "el disco está lleno"),
    "read_only": (
        "the file or its folder can no longer be written",
        "ya no se puede escribir el archivo o su carpeta",
    ),
}


def failure_cause(code: str, detail: str = "", lang: str = "en") -> str:
    en, es = FAILURE_CAUSES.get(code, (detail or code, detail or code))
    return es if lang == "es" else en
