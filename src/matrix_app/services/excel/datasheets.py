"""The data sheets shared by the export and the template: headers, widths, drop-downs, lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from openpyxl.utils import get_column_letter

from ...domain.vocabulary import labels_of
from .errors import Cancelled
from .layout import INSTRUCTIONS, LISTS, SHEETS, Column, columns, sheet_name
from .xlsx_writer import Book

Tick = Callable[[int], None]


class VocabLists:
    """The hidden sheet of drop-down lists: one column per vocabulary."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.lists: dict[tuple[str, ...], tuple[str, list[str]]] = {}
        self.to_label: dict[tuple[str, ...], dict[str, str]] = {}

    def key(self, col: Column) -> tuple[str, ...]:
        return tuple(e.__name__ for e in col.vocab)

    def register(self, col: Column) -> str:
        """The range formula of ``col``'s list, adding the list on first use."""
        key = self.key(col)
        if key not in self.lists:
            pairs: dict[str, str] = {}
            for enum in col.vocab:
                for value, text in labels_of(enum, self.lang):
                    pairs.setdefault(value, text)
            letter = get_column_letter(len(self.lists) + 1)
            self.lists[key] = (letter, list(dict.fromkeys(pairs.values())))
            self.to_label[key] = pairs
        letter, values = self.lists[key]
        title = LISTS[1] if self.lang == "es" else LISTS[0]
        return f"'{title}'!${letter}$2:${letter}${len(values) + 1}"

    def labels(self, col: Column) -> dict[str, str]:
        self.register(col)
        return self.to_label[self.key(col)]

    def write(self, book: Book) -> None:
        ws = book.sheet(LISTS[1] if self.lang == "es" else LISTS[0])
        ws.ws.hide()
        cols = list(self.lists.items())
        height = max((len(v) for _, (_, v) in cols), default=0)
        ws.append(["+".join(k) for k, _ in cols])
        for i in range(height):
            ws.append([v[i] if i < len(v) else None for _, (_, v) in cols])


def header_format(book: Book) -> Any:
    return book.format(bold=True, font_color="#FFFFFF", fill="#1F4E79", wrap=True)


def converter(col: Column, lists: VocabLists) -> Callable[[Any], Any] | None:
    """How a stored value becomes a cell value in a data sheet (None: as it is)."""
    if col.kind == "vocab":
        labels = lists.labels(col)
        return lambda v: labels.get(v, v)
    if col.kind == "date":
        return lambda v: dt.date.fromisoformat(v) if v.__class__ is str else v
    return None


def write_data_sheet(
    book: Book,
    table: str,
    lang: str,
    lists: VocabLists,
    records: Iterable[tuple],
    count: int,
    tick: Tick,
    cancelled: Callable[[], bool],
) -> None:
    """One entity's sheet; ``records`` are tuples in ``columns(table)`` order."""
    sheet = book.sheet(sheet_name(table, lang))
    ws = sheet.ws
    cols = columns(table)
    ws.freeze_panes(1, 1)
    last_row = max(count + 1, 2)
    sheet.widths([c.width for c in cols])
    for i, col in enumerate(cols):
        if col.kind == "vocab":
            ws.data_validation(
                1,
                i,
                max(last_row, 1000) + 1000 - 1,
                i,
                {
                    "validate": "list",
                    "source": "=" + lists.register(col),
                    "ignore_blank": True,
                    "show_input": False,
                    "show_error": True,
                    "error_type": "warning",
                    "error_title": col.header(lang)[:32],
                    "error_message": (
                        "Elija un valor de la lista."
                        if lang == "es"
                        else "Choose a value from the list."
                    ),
                },
            )
    ws.autofilter(0, 0, last_row - 1, len(cols) - 1)
    ws.stream(book)
    ws.stream_row(0, [c.header(lang) for c in cols], header_format(book))
    convert = [(i, f) for i, f in enumerate(converter(c, lists) for c in cols) if f]
    stream_row, width = ws.stream_row, len(cols)
    n = 0
    for r, rec in enumerate(records, 1):
        if convert:
            rec = list(rec[:width])
            for i, f in convert:
                if rec[i] is not None:
                    rec[i] = f(rec[i])
        elif len(rec) > width:
            rec = rec[:width]
        stream_row(r, rec)
        n += 1
        if n % 2000 == 0:
            if cancelled():
                raise Cancelled()
            tick(2000)
    sheet.skip(n + 1)
    tick(n % 2000)


INSTRUCTION_TEXT = {
    "en": [
        ("title", "Monitoring Matrix workbook"),
        ("", ""),
        ("h", "What is in this workbook"),
        ("", "One sheet per kind of record: {sheets}."),
        (
            "",
            "Sheets whose name starts with “{lf}” show each commitment's logframe matrix for "
            "printing; they are not read back when the workbook is imported.",
        ),
        ("h", "Editing and importing back"),
        (
            "",
            "Every row has an id. Keep the ids the application wrote: importing this workbook "
            "updates the rows with those ids and never duplicates them.",
        ),
        (
            "",
            "To add a row, leave its id empty, or write a short key of your own (e.g. C2, R7) "
            "when other rows must refer to it: write the same key in their “... id” column.",
        ),
        (
            "",
            "Dates: use real dates, 2016-07-31, 31/07/2016 or “julio 2016” (a month means its "
            "last day). Numbers: 86.7, 86,7 or 86.7 % all work.",
        ),
        (
            "",
            "Columns with a drop-down (level, completion, kind, role...) accept the values of "
            "the list, in English or Spanish.",
        ),
        (
            "",
            "Yes/no columns take TRUE/FALSE, yes/no or sí/no. “Order” sorts rows among their "
            "siblings; leave it empty to put new rows last.",
        ),
        (
            "",
            "Formulas are never run on import: their last computed value is used. Evidence files "
            "themselves travel only inside project files (.nap); rows of file evidence are kept "
            "for reference.",
        ),
        (
            "",
            "Import is all or nothing: if any cell is wrong, nothing changes and every problem "
            "is listed with its sheet, row and column. Try it first with --dry-run "
            "(or the preview page of the import wizard).",
        ),
        ("h", "Columns"),
    ],
    "es": [
        ("title", "Libro de Monitoring Matrix"),
        ("", ""),
        ("h", "Qué contiene este libro"),
        ("", "Una hoja por tipo de registro: {sheets}."),
        (
            "",
            "Las hojas cuyo nombre comienza con “{lf}” muestran la matriz de marco lógico de cada "
            "compromiso para imprimirla; no se leen al importar el libro.",
        ),
        ("h", "Editar e importar de vuelta"),
        (
            "",
            "Cada fila tiene un id. Conserve los id que escribió la aplicación: al importar este "
            "libro se actualizan las filas con esos id y nunca se duplican.",
        ),
        (
            "",
            "Para agregar una fila, deje vacío su id, o escriba una clave corta propia (p. ej. C2, "
            "R7) cuando otras filas deban referirse a ella: escriba la misma clave en su columna "
            "“id del ...”.",
        ),
        (
            "",
            "Fechas: use fechas reales, 2016-07-31, 31/07/2016 o “julio 2016” (un mes significa "
            "su último día). Números: 86,7, 86.7 o 86,7 % sirven.",
        ),
        (
            "",
            "Las columnas con lista desplegable (nivel, cumplimiento, tipo, rol...) aceptan los "
            "valores de la lista, en español o inglés.",
        ),
        (
            "",
            "Las columnas sí/no aceptan VERDADERO/FALSO, sí/no o yes/no. “Orden” ordena las filas "
            "entre sus pares; déjelo vacío para poner las filas nuevas al final.",
        ),
        (
            "",
            "Las fórmulas nunca se ejecutan al importar: se usa su último valor calculado. Los "
            "archivos de evidencia viajan solo dentro de los archivos de proyecto (.nap); las "
            "filas de evidencias de tipo archivo se conservan como referencia.",
        ),
        (
            "",
            "La importación es todo o nada: si alguna celda está mal, no cambia nada y se lista "
            "cada problema con su hoja, fila y columna. Pruébela antes con --dry-run "
            "(o con la página de vista previa del asistente de importación).",
        ),
        ("h", "Columnas"),
    ],
}


def write_instructions(book: Book, lang: str, extra: list[str] | None = None) -> None:
    ws = book.sheet(INSTRUCTIONS[1] if lang == "es" else INSTRUCTIONS[0])
    ws.widths([30, 110])
    bold, wrap, quote = book.format(bold=True), book.format(wrap=True), book.quote
    sheets = ", ".join(sheet_name(t, lang) for t in SHEETS)
    lf = "MML" if lang == "es" else "LF"
    for kind, text in INSTRUCTION_TEXT[lang]:
        text = text.format(sheets=sheets, lf=lf)
        if kind in ("title", "h"):
            ws.append([text], [bold])
        else:
            ws.append([None, text or None], [None, wrap if text else None])
    for line in extra or []:
        ws.append([None, line], [None, wrap])
    for table in SHEETS:
        ws.append([sheet_name(table, lang)], [bold])
        for col in columns(table):
            ws.append([col.header(lang), col.field], [quote, quote])
