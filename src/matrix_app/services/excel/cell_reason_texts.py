"""The reason given for each problem in a cell, row or reference (``CellIssue``), EN and ES.

A reason is shown after where it was found and its value ("sheet X, row 4, column C: "5,2":
not a number"), so it starts in lower case and has no final full stop.
"""

CELL_REASONS: dict[str, tuple[str, str]] = {
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
        "la columna “{header}” (celdas con datos: {count}; p. ej. {cells}) no se importó: {why}",
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
        "la meta de fin de proyecto reemplaza la meta {value} de este año: ambas caen el {date}",
    ),
    "ambiguous_date": (
        "the column “{header}” gives no date this value could be measured at ({hint})",
        "la columna “{header}” no da una fecha para este valor ({hint})",
    ),
}
