"""The text services the installer's smoke test checks, here against the full ICU data."""

from __future__ import annotations

from matrix_app.ui import text_services as ts


def test_spanish_order_case_and_line_breaks(qapp):
    assert ts.spanish_sorted(["oso", "ñandú", "nube", "azul", "Ávila", "ábaco"]) == [
        "ábaco", "Ávila", "azul", "nube", "ñandú", "oso",
    ]  # fmt: skip
    assert ts.line_breaks("uno dos") == [4]
    ok, line = ts.text_services_check()
    assert ok, line
    assert line == (
        "text: Spanish collation ok (ábaco < Ávila < azul < nube < ñandú < oso), "
        "case ok (ÑANDÚ), line breaks ok"
    )
