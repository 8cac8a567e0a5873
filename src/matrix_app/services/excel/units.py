"""A number typed with its unit or currency: "45 days", "45 días", "USD 1.2 million",
"US$ 1.200.000", "€ 2,5 millones", "1.200.000 USD", "3 hospitals".

The number is the value (times its scale word: thousand, million, billion in en/es/fr/pt);
the unit or currency is what was dropped, which the importer states in a warning. Text with
more than one number ("3 of 5", "between 10 and 20") is not read here: it stays an error.
"""

from __future__ import annotations

import re

from .parse import normalize, parse_number

_CURRENCY = (
    r"(?:us\$|u\$s|usd|eur|euros?|€|\$|£|gbp|r\$|brl|mxn|cop|pen|clp|ars|pyg|gs\.?|"
    r"dolares|dollars?|pesos|reais|reales|guaranies|soles|fcfa|xof|cfa|chf|cad|ua)"
)
#: Scale words; "mil millones" must come before "mil".
_SCALES = (
    (r"(?:mil\s+millones|billions?|bilhoes|bilhao|milliards?|bn|b)", 1e9),
    (r"(?:millions?|millones|millon|milhoes|milhao|mill?\.?|mm|m|mn)", 1e6),
    (r"(?:thousands?|mil|miles|milliers?|mille|k)", 1e3),
)
_NUMBER = r"[-+]?\d[\d\s\u00a0\u202f.,']*"
#: A unit word after the number: letters only ("days", "días", "jours", "hospitals",
#: "personas", "km"), at most three words; no digits, so "3 of 5" is not one.
_UNIT = r"[^\W\d_][^\W\d_.\-/]*\.?(?:\s+[^\W\d_][^\W\d_.\-/]*\.?){0,2}"
_BEFORE = re.compile(rf"(?P<cur>{_CURRENCY})\s*(?P<num>{_NUMBER}?)\s*(?P<scale>[a-z\s.]*)")
_AFTER = re.compile(rf"(?P<num>{_NUMBER}?)\s*(?P<scale>[a-z\s.]*?)\s*(?P<cur>{_CURRENCY})")
_PLAIN = re.compile(rf"(?P<num>{_NUMBER}?)\s*(?P<unit>{_UNIT})")
#: Words that make the text more than a number with its unit.
_NOT_UNIT = re.compile(
    r"\b(?:of|de|sur|entre|between|and|y|e|et|to|a|or|o|ou|por|per|par|mas|more|less|menos|"
    r"plus|than|que|hasta|until|up|aprox\w*|approx\w*|cerca|about|around|over|under|bajo|"
    r"sobre)\b"
)


def _scale(words: str, short: bool) -> tuple[float, str] | None:
    """The scale a text starts with and the words after it ("million people" -> 1e6,
    "people"); abbreviations ("m", "k", "bn") count only beside a currency (``short``)."""
    words = words.strip(" .")
    for pattern, factor in _SCALES:
        found = re.match(rf"({pattern})(?:\s+|$)", words)
        if found and (short or len(found[1].rstrip(".")) > 3 or found[1] == "mil"):
            return factor, words[found.end() :]
    return (1.0, words) if not short or not words else None


def _value(num: str, decimal: str) -> float:
    compact = re.sub(r"[\s\u00a0\u202f']+", "", num.strip())
    for sep in ".,":  # "1.200.000": a separator written twice groups thousands
        if compact.count(sep) > 1 and re.fullmatch(rf"[-+]?\d{{1,3}}(\{sep}\d{{3}})+", compact):
            return float(compact.replace(sep, ""))
    return parse_number(compact.rstrip(".,"), decimal)


def split_unit(value: object, decimal: str = ".") -> tuple[float, str] | None:
    """(the number, scaled; what was dropped) for text such as "USD 1.2 million" or
    "45 días"; None when the text is not one number with a unit or currency."""
    if not isinstance(value, str) or "%" in value:
        return None
    text = normalize(value).strip(" .")
    if len(re.findall(r"\d+", re.sub(r"(?<=\d)[\s.,'](?=\d)", "", text))) != 1:
        return None
    dropped = " ".join(re.sub(_NUMBER, " ", value, count=1).split())
    for rx in (_BEFORE, _AFTER):
        found = rx.fullmatch(text)
        if found and found["num"]:
            scaled = _scale(found["scale"], True)
            if scaled is None or scaled[1] not in ("", "de", "of"):  # "millones de USD"
                return None
            try:
                return _value(found["num"], decimal) * scaled[0], dropped
            except ValueError:
                return None
    found = _PLAIN.fullmatch(text)
    if found is None or _NOT_UNIT.search(found["unit"]):
        return None
    factor, _ = _scale(found["unit"], False) or (1.0, "")
    try:
        return _value(found["num"], decimal) * factor, dropped
    except ValueError:
        return None
