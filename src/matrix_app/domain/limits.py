"""Sizes any value may reach, wherever it comes from (an edit, a workbook, a received file).

One place, so that what a user can type is exactly what opening a file accepts: a file our
own code wrote is never refused for a value our editor let through.
"""

#: Characters in one text field: about 40 printed pages, far above any real title or
#: narrative, far below what would stall a report or a table cell.
MAX_TEXT_CHARS = 100_000

#: One journal value: a create entry carries a whole row as JSON.
MAX_JOURNAL_VALUE_CHARS = 4_000_000

#: Evidence files larger than this are refused: a project travels by e-mail.
MAX_EVIDENCE_BYTES = 20 * 1024 * 1024

#: Longest chain of commitments continuing earlier ones (plans run 2 years; 50 is a century).
MAX_CONTINUES_DEPTH = 50
