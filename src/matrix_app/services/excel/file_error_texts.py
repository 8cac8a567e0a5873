"""The words of each refusal of a workbook as a file (``ExcelFileError``), EN and ES.

Each says what is wrong and what to do about it, before anything in the cells is read.
"""

FILE_TEMPLATES: dict[str, tuple[str, str]] = {
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
        "{path} has {count} sheets, more than the {limit} a workbook may have; it was not opened.",
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
