"""ILPES/CEPAL "Matriz de Marco Lógico" (Manual 42; DIPRES) and the Portuguese MML.

An unlabelled level column (FIN / PROPÓSITO / COMPONENTES / ACTIVIDADES, merged over their
rows), "Resumen narrativo de objetivos", "Indicadores (fórmula)" whose cells hold, per
indicator, the dimension, the name and the formula on separate lines, "Medios de
verificación", "Supuestos". Activities numbered 1.1, 2.1 go under component 1, 2 whatever
the row order. Read by the classic engine (``logframe.stage_sheet``)."""

from __future__ import annotations

from .columns import column_match, read  # noqa: F401 - ``read`` is this format's reader

NAME = "ilpes"
WORDS = ("resumen narrativo", "resumo narrativo", "indicadores (formula)", "pressupostos",
         "meios de verificacao", "enunciado del objetivo", "formula de calculo",
         "fontes de verificacao", "supostos")  # fmt: skip


def recognize(grid, sheet):
    return column_match(NAME, grid, sheet, WORDS, 0.8, 0.0) if grid else None
