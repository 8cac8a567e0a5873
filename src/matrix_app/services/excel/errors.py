"""What can go wrong with a workbook, in words a user can act on (English and Spanish).

File-level refusals (not a workbook, too big, password-protected...) raise ``ExcelFileError``
before anything is parsed. Problems inside the cells are collected as ``Problem`` rows - every
one of them, with sheet, row, column, value and reason - and raised together as
``ImportProblems`` so that nothing is written while any remains.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...messages import MatrixError, current_language


class ExcelFileError(MatrixError):
    TEMPLATES = {
        "missing": ("{path}: no such file.", "{path}: el archivo no existe."),
        "empty": (
            "{path} is empty (0 bytes): it is not a workbook.",
            "{path} está vacío (0 bytes): no es un libro Excel.",
        ),
        "xls": (
            "{path} is an old-format Excel file (.xls). Open it in Excel or LibreOffice and "
            "save it as an .xlsx workbook, then import that.",
            "{path} es un archivo Excel de formato antiguo (.xls). Ábralo en Excel o LibreOffice, "
            "guárdelo como libro .xlsx e importe ese archivo.",
        ),
        "encrypted": (
            "{path} is protected with a password. Open it in Excel, remove the password "
            "(File > Info > Protect workbook) and save it, then import it again.",
            "{path} está protegido con contraseña. Ábralo en Excel, quite la contraseña "
            "(Archivo > Información > Proteger libro) y guárdelo; luego impórtelo de nuevo.",
        ),
        "csv": (
            "{path} is a text (CSV) file with an .xlsx name, not a workbook. Open it in Excel "
            "or LibreOffice and save it as .xlsx.",
            "{path} es un archivo de texto (CSV) con nombre .xlsx, no un libro Excel. Ábralo en "
            "Excel o LibreOffice y guárdelo como .xlsx.",
        ),
        "not_xlsx": (
            "{path} is neither an Excel workbook (.xlsx) nor a LibreOffice spreadsheet (.ods).",
            "{path} no es un libro Excel (.xlsx) ni una hoja de cálculo de LibreOffice (.ods).",
        ),
        "truncated": (
            "{path} is incomplete or damaged (it may have been cut short while downloading or "
            "copying). Ask for the file again.",
            "{path} está incompleto o dañado (puede haberse cortado al descargarlo o copiarlo). "
            "Pida el archivo de nuevo.",
        ),
        "too_big": (
            "{path} would unpack to {size} MB, more than the {limit} MB a workbook may hold; "
            "it was not opened.",
            "{path} se descomprimiría en {size} MB, más que los {limit} MB permitidos para un "
            "libro; no se abrió.",
        ),
        # Bounds checked before any cell is read (see bounds.py); each names the sheet.
        "too_many_rows": (
            "{path}: sheet “{sheet}” has data in cell {cell}, below row {limit}, the most a "
            "sheet may have; the workbook was not opened. Delete the rows below row {limit} "
            "(or split the sheet) and import it again.",
            "{path}: la hoja “{sheet}” tiene datos en la celda {cell}, más abajo de la fila "
            "{limit}, el máximo que puede tener una hoja; el libro no se abrió. Borre las filas "
            "bajo la fila {limit} (o divida la hoja) e impórtelo de nuevo.",
        ),
        "too_many_columns": (
            "{path}: sheet “{sheet}” has data in cell {cell}, right of column {last} (column "
            "{limit}), the last a sheet may use; the workbook was not opened. Delete the columns "
            "after {last} and import it again.",
            "{path}: la hoja “{sheet}” tiene datos en la celda {cell}, a la derecha de la "
            "columna {last} (columna {limit}), la última que puede usar una hoja; el libro no se "
            "abrió. Borre las columnas después de {last} e impórtelo de nuevo.",
        ),
        "too_big_sheet": (
            "{path}: sheet “{sheet}” has data in cell {cell}, so it spans {rows} rows by "
            "{columns} columns, which brings the workbook past {limit} cells to read; it was "
            "not opened. Delete what lies below or right of the data, or split the workbook.",
            "{path}: la hoja “{sheet}” tiene datos en la celda {cell}, así que abarca {rows} "
            "filas por {columns} columnas, lo que lleva el libro por encima de las {limit} "
            "celdas que se pueden leer; no se abrió. Borre lo que está bajo los datos o a su "
            "derecha, o divida el libro.",
        ),
        "too_many_cells": (
            "{path}: sheet “{sheet}” brings the workbook past {limit} cells, the most a "
            "workbook may have; it was not opened. Split it into smaller workbooks.",
            "{path}: la hoja “{sheet}” lleva el libro por encima de las {limit} celdas, el "
            "máximo que puede tener un libro; no se abrió. Divídalo en libros más pequeños.",
        ),
        "too_many_elements": (
            "{path}: sheet “{sheet}” holds more than {limit} XML elements (cells, formats, "
            "links, merged ranges); the workbook was not opened.",
            "{path}: la hoja “{sheet}” contiene más de {limit} elementos XML (celdas, formatos, "
            "vínculos, celdas combinadas); el libro no se abrió.",
        ),
        "too_much_text": (
            "{path}: sheet “{sheet}” brings the text in the workbook's cells past {limit} "
            "million characters (a text repeated in many cells counts each time); it was not "
            "opened.",
            "{path}: la hoja “{sheet}” lleva el texto de las celdas del libro por encima de los "
            "{limit} millones de caracteres (un texto repetido en muchas celdas cuenta cada "
            "vez); no se abrió.",
        ),
        "cell_too_long": (
            "{path}: sheet “{sheet}”, cell {cell} holds {size} characters, more than the "
            "{limit} Excel allows in a cell; the workbook was not opened.",
            "{path}: la hoja “{sheet}”, celda {cell}, contiene {size} caracteres, más que los "
            "{limit} que Excel permite en una celda; el libro no se abrió.",
        ),
        "string_too_long": (
            "{path}: text number {index} of its shared-text table holds {size} characters, "
            "more than the {limit} Excel allows in a cell; the workbook was not opened.",
            "{path}: el texto número {index} de su tabla de textos compartidos tiene {size} "
            "caracteres, más que los {limit} que Excel permite en una celda; el libro no se abrió.",
        ),
        "strings_too_big": (
            "{path}: its shared-text table holds more than {limit} million characters; the "
            "workbook was not opened.",
            "{path}: su tabla de textos compartidos contiene más de {limit} millones de "
            "caracteres; el libro no se abrió.",
        ),
        "too_many_sheets": (
            "{path} has {count} sheets, more than the {limit} a workbook may have; it was not "
            "opened.",
            "{path} tiene {count} hojas, más que las {limit} que puede tener un libro; no se abrió.",
        ),
        "part_too_big": (
            "{path}: its part {part} unpacks to {size} MB, more than the {limit} MB such a part "
            "may hold; the workbook was not opened.",
            "{path}: su parte {part} se descomprime en {size} MB, más que los {limit} MB que "
            "puede ocupar; el libro no se abrió.",
        ),
        "hostile_xml": (
            "{path} contains XML constructs that are not allowed in a workbook (entity "
            "definitions, as in an “XML bomb”); it was not opened.",
            "{path} contiene construcciones XML que no se permiten en un libro (definiciones de "
            "entidades, como en una “bomba XML”); no se abrió.",
        ),
        "unreadable": (
            "{path} could not be read as a workbook ({detail}).",
            "{path} no se pudo leer como libro Excel ({detail}).",
        ),
        "no_sheet": (
            "{path} has no sheet named “{sheet}”.",
            "{path} no tiene una hoja llamada “{sheet}”.",
        ),
        "unknown_layout": (
            "{path} is neither a Monitoring Matrix workbook nor a logframe matrix that could be "
            "recognised; use the import wizard to map its columns.",
            "{path} no es un libro de Monitoring Matrix ni una matriz de marco lógico reconocible; "
            "use el asistente de importación para indicar sus columnas.",
        ),
        "cannot_write": (
            "Cannot write {path} ({detail}). Choose a folder where you can write.",
            "No se puede escribir {path} ({detail}). Elija una carpeta con permiso de escritura.",
        ),
    }


class Cancelled(MatrixError):
    TEMPLATES = {
        "cancelled": (
            "Cancelled; nothing was changed.",
            "Cancelado; no se modificó nada.",
        )
    }

    def __init__(self) -> None:
        super().__init__("cancelled")


class CellIssue(MatrixError):
    """The reason a single cell, row or reference is wrong (or worth a warning)."""

    TEMPLATES = {
        "number": ("not a number", "no es un número"),
        "ambiguous_number": (
            "thousands or decimals? This sheet writes decimals both with a point and with a "
            "comma; write the number without a thousands separator (12450 or 12.45)",
            "¿miles o decimales? Esta hoja escribe los decimales con punto y también con coma; "
            "escriba el número sin separador de miles (12450 o 12,45)",
        ),
        "date": (
            "not a date (write it as 2016-07-31, 31/07/2016, julio 2016, Q3 2016, "
            "2do semestre 2016 or FY2016)",
            "no es una fecha (escríbala como 2016-07-31, 31/07/2016, julio 2016, Q3 2016, "
            "2do semestre 2016 o FY2016)",
        ),
        "month_cell": (
            'a date cell shown as a month (no day, as "mmm-yy") is read as that month\'s '
            "last day, as a month written as text is: {date}",
            'una celda de fecha que se muestra como mes (sin día, como "mmm-aa") se lee '
            "como el último día de ese mes, como un mes escrito como texto: {date}",
        ),
        "serial_text": (
            "five digits written as text in a date column are read as an Excel day count, "
            "as in a date cell: {date}",
            "cinco cifras escritas como texto en una columna de fechas se leen como un número "
            "de día de Excel, como en una celda de fecha: {date}",
        ),
        "bool": ("not yes or no", "no es sí o no"),
        "vocabulary": ("not one of: {allowed}", "no es uno de: {allowed}"),
        "required": ("cannot be empty", "no puede quedar vacío"),
        "duplicate_id": (
            "the id is repeated (also in row {other})",
            "el id está repetido (también en la fila {other})",
        ),
        "not_translatable": (
            "not a text of that table that can be translated",
            "no es un texto de esa tabla que se pueda traducir",
        ),
        "same_lang": (
            "the project's texts are already in this language; a translation is into the other",
            "los textos del proyecto ya están en este idioma; una traducción es al otro",
        ),
        "empty_translation": (
            "an empty translation is left as it is (delete translations in the app)",
            "una traducción vacía se deja como está (las traducciones se borran en la aplicación)",
        ),
        "dangling": (
            "no {entity} with this id in the workbook or the project",
            "no hay {entity} con este id en el libro ni en el proyecto",
        ),
        "bad_parent": (
            "a {level} cannot be placed under a {parent}",
            "un(a) {level} no puede ir bajo un(a) {parent}",
        ),
        "other_commitment": (
            "belongs to another commitment than its parent",
            "pertenece a otro compromiso que su elemento superior",
        ),
        "dates_order": (
            "ends ({end}) before it starts ({start})",
            "termina ({end}) antes de comenzar ({start})",
        ),
        "file_not_here": (
            "the evidence file “{name}” travels only inside project files, not in workbooks; "
            "this row was skipped",
            "el archivo de evidencia “{name}” viaja solo dentro de archivos de proyecto, no en "
            "libros Excel; se omitió esta fila",
        ),
        "formula": (
            "{count} formula(s) (e.g. {cells}); their last computed values were used, formulas "
            "are never run",
            "{count} fórmula(s) (p. ej. {cells}); se usaron sus últimos valores calculados, las "
            "fórmulas nunca se ejecutan",
        ),
        "unknown_column": (
            "column “{value}” is not known and was ignored",
            "la columna “{value}” no se reconoce y se ignoró",
        ),
        "missing_column": (
            "the sheet has no column “{value}”",
            "la hoja no tiene columna “{value}”",
        ),
        "no_header": (
            "no header row with narrative / indicators / means of verification / assumptions "
            "was found in the first rows",
            "no se encontró en las primeras filas una fila de encabezado con resumen narrativo / "
            "indicadores / medios de verificación / supuestos",
        ),
        "no_level": (
            "the level (Fin/Goal, Propósito/Purpose, Componente/Output, Actividad/Activity) "
            "is not known",
            "no se reconoce el nivel (Fin, Propósito, Componente, Actividad)",
        ),
        "no_parent_level": (
            "a {level} needs a {parent} above it in the matrix",
            "el nivel {level} necesita un nivel {parent} sobre él en la matriz",
        ),
        "deleted_here": (
            "this row was deleted in the project; importing brings it back",
            "esta fila fue eliminada en el proyecto; importarla la recupera",
        ),
        "empty_sheet": ("the sheet has no rows to import", "la hoja no tiene filas que importar"),
        # Nothing is dropped silently: what a format reader leaves out is listed, with why.
        "missing_value": (
            "means “no value yet”; the {what} was left empty",
            "significa “sin valor aún”; se dejó en blanco {what}",
        ),
        "unit_dropped": (
            "read as the number {number}; the unit or currency “{dropped}” written with it was "
            "left out of the value",
            "se leyó como el número {number}; la unidad o moneda “{dropped}” escrita con él se "
            "dejó fuera del valor",
        ),
        "repeated_report": (
            "this milestone is reported in rows {rows}: it is imported once, with the progress "
            "of the latest report (row {latest}, by the time in column {stamp}) and the "
            "evidence of all",
            "este hito se reporta en las filas {rows}: se importa una vez, con el avance del "
            "último informe (fila {latest}, según la hora de la columna {stamp}) y la "
            "evidencia de todos",
        ),
        "fraction_progress": (
            "read as {number}%: a progress written as a fraction is the steps done over those "
            "planned ({done} of {of})",
            "se leyó como {number} %: un avance escrito como fracción es lo hecho sobre lo "
            "previsto ({done} de {of})",
        ),
        "percent_word": (
            "read as {number}%: “{word}” means per cent",
            "se leyó como {number} %: “{word}” indica un porcentaje",
        ),
        "footnote_mark": (
            "read as the number {number}; the footnote mark “{mark}” after it was left out of "
            "the value{note}",
            "se leyó como el número {number}; la llamada de nota “{mark}” que lo sigue se dejó "
            "fuera del valor{note}",
        ),
        "progress_word": (
            "names a state, not a percentage; the progress was left empty",
            "nombra un estado, no un porcentaje; se dejó en blanco el avance",
        ),
        "notes_row": (
            "a notes row; it was set aside, not imported",
            "es una fila de notas; se dejó aparte, no se importó",
        ),
        "outside_table": (
            "below the Excel Table “{table}” ({ref}) that holds the matrix: not one of its "
            "rows, not imported",
            "está bajo la tabla de Excel “{table}” ({ref}) que contiene la matriz: no es una de "
            "sus filas, no se importó",
        ),
        "signature_row": (
            "below a signature line (who signs, and their post); it was set aside, not imported",
            "está bajo una línea de firma (quién firma y su cargo); se dejó aparte, no se importó",
        ),
        "unused_column": (
            "column “{header}” (non-empty cells: {count}, e.g. {cells}) was not imported: {why}",
            "la columna “{header}” (celdas con datos: {count}; p. ej. {cells}) no se importó: "
            "{why}",
        ),
        "translated_sheet": (
            "read as the translation of sheet “{first}”: its titles and milestones were stored "
            "as translations of that sheet's; its institution names were not imported",
            "leída como la traducción de la hoja “{first}”: sus títulos e hitos se guardaron "
            "como traducciones de los de esa hoja; sus nombres de instituciones no se importaron",
        ),
        "translated_sheet_unused": (
            "read as the translation of sheet “{first}” but written in the project's own "
            "language ({lang}): not imported, neither as commitments nor as translations",
            "leída como la traducción de la hoja “{first}”, pero escrita en el idioma propio "
            "del proyecto ({lang}): no se importó, ni como compromisos ni como traducciones",
        ),
        "unused_row": (
            "this row was not imported: {why}",
            "esta fila no se importó: {why}",
        ),
        "unused_lines": (
            "the lines after this cell's first (“{rest}”) were not imported: {why}",
            "las líneas tras la primera de esta celda (“{rest}”) no se importaron: {why}",
        ),
        "activity_plan_alone": (
            "this sheet lists activities by output number, but the workbook has {count} other "
            "matrices to place them in; import it in one workbook with its commitment's "
            "logframe",
            "esta hoja lista actividades por número de producto, pero el libro tiene {count} "
            "matrices más donde ponerlas; impórtela en un libro junto a la matriz de su "
            "compromiso",
        ),
        "skipped_row": (
            "this row was skipped, as asked in the import wizard",
            "esta fila se omitió, como se pidió en el asistente de importación",
        ),
        "hidden_sheet": (
            "hidden sheet “{value}” was not read (hidden sheets hold lists and helpers)",
            "la hoja oculta “{value}” no se leyó (las hojas ocultas guardan listas y auxiliares)",
        ),
        "unread_sheet": (
            "sheet “{value}” holds no matrix this app recognises and was not read",
            "la hoja “{value}” no contiene una matriz reconocible y no se leyó",
        ),
        "no_commitment": (
            "no commitment was found in the sheets read ({sheets}); nothing was imported. "
            "Use the import wizard to say which columns and rows hold the commitments",
            "no se encontró ningún compromiso en las hojas leídas ({sheets}); no se importó "
            "nada. Use el asistente de importación para indicar qué columnas y filas contienen "
            "los compromisos",
        ),
        "commitment_mismatch": (
            "the sheet is about commitment {number} “{title}”, but commitment {number} of the "
            "project is “{existing}”; nothing was imported, so as not to overwrite a different "
            "commitment. Put the project's title in the sheet, or change its code",
            "la hoja trata del compromiso {number} “{title}”, pero el compromiso {number} del "
            "proyecto es “{existing}”; no se importó nada, para no sobrescribir otro "
            "compromiso. Escriba en la hoja el título del proyecto, o cambie su código",
        ),
        "target_replaced": (
            "the end-of-project target replaces this year's target {value}: both fall on {date}",
            "la meta de fin de proyecto reemplaza la meta {value} de este año: ambas caen el "
            "{date}",
        ),
        "ambiguous_date": (
            "the column “{header}” gives no date this value could be measured at ({hint})",
            "la columna “{header}” no da una fecha para este valor ({hint})",
        ),
    }

    def message(self, lang: str | None = None) -> str:
        """Parameters given as (English, Spanish) pairs are shown in the message's language."""
        lang = lang or current_language()
        saved = self.params
        self.params = {
            k: (v[1] if lang == "es" else v[0]) if isinstance(v, tuple) else v
            for k, v in saved.items()
        }
        try:
            return super().message(lang)
        finally:
            self.params = saved


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth saying) about a workbook, located as precisely as known."""

    sheet: str
    row: int | None
    column: str | None
    value: object
    issue: CellIssue
    warning: bool = False

    def message(self, lang: str | None = None) -> str:
        lang = lang or current_language()
        es = lang == "es"
        where = [f"{'hoja' if es else 'sheet'} “{self.sheet}”"]
        if self.row is not None:
            where.append(f"{'fila' if es else 'row'} {self.row}")
        if self.column:
            where.append(f"{'columna' if es else 'column'} {self.column}")
        text = ", ".join(where)
        if self.value not in (None, ""):
            shown = str(self.value)
            shown = shown if len(shown) <= 60 else shown[:57] + "..."
            text += f": “{shown}”"
        return f"{text}: {self.issue.message(lang)}."

    def as_dict(self, lang: str | None = None) -> dict[str, object]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "value": None if self.value is None else str(self.value),
            "reason": self.issue.code,
            "warning": self.warning,
            "message": self.message(lang),
        }


@dataclass
class ProblemList:
    items: list[Problem] = field(default_factory=list)

    def add(
        self,
        sheet: str,
        row: int | None,
        column: str | None,
        value: object,
        code: str,
        warning: bool = False,
        **params: object,
    ) -> None:
        # a message naming "{value}" names the located value unless told otherwise
        issue = CellIssue(code, **{"value": value, **params})
        self.items.append(Problem(sheet, row, column, value, issue, warning))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.warning]


class ImportProblems(MatrixError):
    """The workbook has problems; nothing was imported. ``problems`` lists every one."""

    TEMPLATES = {
        "problems": (
            "{path}: {count} problem(s) found; nothing was imported.",
            "{path}: se encontraron {count} problema(s); no se importó nada.",
        )
    }

    def __init__(self, path: object, problems: list[Problem]) -> None:
        self.problems = problems
        self.report: object = None  # the ImportReport, when the importer got that far
        super().__init__("problems", path=path, count=len(problems))
