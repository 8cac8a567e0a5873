"""Hand-kept matrices: any sheet with a recognisable logframe header.

Title and notes rows, blank spacer rows, merged level cells, a header below row 1, an
Excel Table on a second sheet after a cover sheet, hidden list sheets, "Hoja1", the
commitment named in a title line ("Matriz de seguimiento – Compromiso N° 5: …"). Notes rows
("Notas:", "Fuente:") are set aside with a warning; a column the engine does not read
("Presupuesto") is listed as not imported. Read by the classic engine."""

from __future__ import annotations

from .columns import column_match, read  # noqa: F401 - ``read`` is this format's reader

NAME = "handmade"


def recognize(grid, sheet):
    return column_match(NAME, grid, sheet, (), 0.5, 0.5) if grid else None
