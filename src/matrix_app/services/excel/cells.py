"""Text in cells: what must never become a formula, and OOXML's escape of what XML cannot carry.

OWASP "CSV injection": spreadsheet programs treat text starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return as a formula (now or when someone edits the cell). The
export (``xlsx_writer``) writes all text as text, and such text also with Excel's quote
prefix, so it stays text.
"""

from __future__ import annotations

import re

RISKY_START = ("=", "+", "-", "@", "\t", "\r")

# XML cannot carry a carriage return (it reads back as a line feed) or most control
# characters; OOXML writes them as _xHHHH_, and the underscore of a literal "_xHHHH_" as
# "_x005F_" (every such underscore, even one inside another: "_x005F_x0041_").
_NEEDS_ESCAPE = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_")
_UNDERSCORE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]")


def needs_escape(text: str) -> bool:
    return _NEEDS_ESCAPE.search(text) is not None


def escape_text(text: str) -> str:
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    text = _UNDERSCORE.sub("_x005F_", text)
    return _CONTROL.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)


def is_risky(text: str) -> bool:
    return text.startswith(RISKY_START)
