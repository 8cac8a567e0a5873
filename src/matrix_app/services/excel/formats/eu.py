"""EU logframe (2016+ template) and the French "cadre logique".

"Results chain" / "Logique d'intervention", "Indicators", "Baselines (incl. reference
year)", "Current value / reference date", "Targets (incl. reference year)", "Sources and
means of verification", "Assumptions"; Impact / Outcome(s) / Outputs with merged labels;
"72% (2015)" is a value with its reference year (31 December 2015); the current value is a
measurement at its reference date, written after it or in a "Reference date" column. An
"Activities | Means | Costs" block (or "Medios: ..." / "Costes: ..." cells on the activity
rows) holds activities: its Means and Costs are not indicators and are listed as not
imported. The template in Spanish: "Cadena de resultados", "Valores de referencia (incluido
año de referencia)", "Valor actual", "Metas", "Hipótesis"."""

from __future__ import annotations

from .columns import column_match, read  # noqa: F401 - ``read`` is this format's reader

NAME = "eu"
WORDS = ("results chain", "logique d'intervention", "intervention logic", "baselines",
         "current value", "indicateurs objectivement", "objectively verifiable",
         "hypotheses", "sources et moyens", "cadena de resultados", "valor actual",
         "valores de referencia", "cadeia de resultados", "valeur actuelle")  # fmt: skip


def recognize(grid, sheet):
    return column_match(NAME, grid, sheet, WORDS, 0.85, 0.0) if grid else None
