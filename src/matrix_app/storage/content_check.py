"""Are a file's values ones our own edits could have written? Checked in SQL, on every open.

A file made by another program can hold anything its schema admits: text in a date column,
a date such as 2015-02-31, a vocabulary value we do not know, a 10 MB title, a row whose
parent is missing, a result under a result of another commitment, a cycle of "continues",
the same id in two tables. Every view, report and export assumes what our editing API
guarantees, so such a file would fail later with a traceback, or worse, quietly. These
checks state those guarantees as SQL predicates built from our own models (never from
names read from the file) and run as one scan per table: about as costly as the integrity
check opening already does. What they know of the models (columns, kinds, entities) is the
stored copy ``content_stored.py`` (kept equal to the models by a test), so checking a file
imports neither SQLAlchemy nor SQLModel nor the models.

The same limits bind a user's edit (``services.values.coerce``), so no file our own code
writes is refused here.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..domain import limits
from ..domain.vocabulary import FIELD_VOCAB, PARENT_LEVEL
from . import content_links
from .content_stored import CONTENT_FIELDS, ENTITIES, TABLES
from .errors import ProjectFileError

Execute = Callable[..., sqlite3.Cursor]
#: (name, kind, nullable, foreign keys as "table.column"): one column, as stored.
Column = tuple[str, str, bool, tuple[str, ...]]

#: Columns holding an id: text of letters, digits, '-' or '_' (ours are 32 hex digits).
_ID_COLUMNS = {"id", "row_id", "batch", "origin", "merge_batch", "source_instance", "chain"}
#: Columns holding an ISO timestamp that is parsed for display (the journal's "when"); the
#: rows' own stamps are only compared as text, so their length is all that is bounded.
_STAMP_COLUMNS = {"at"}
#: Journal values carry a whole row as JSON on create.
_JSON_COLUMNS = {("journal", "old_value"), ("journal", "new_value")}
JOURNAL_ACTIONS = ("create", "update", "delete", "restore")


@dataclass(frozen=True)
class Problem:
    table: str
    row: str
    column: str | None
    reason: str  # a REASONS key

    def describe(self, lang: str = "en") -> str:
        en, es = REASONS[self.reason]
        where = f"{self.table} {self.row[:12]}"
        if self.column:
            where += f" ({self.column})"
        return f"{where}: {es if lang == 'es' else en}"


REASONS = {
    "type": ("a value of the wrong type", "un valor de tipo incorrecto"),
    "missing": ("a required value is empty", "falta un valor obligatorio"),
    "date": ("not a valid date", "no es una fecha válida"),
    "stamp": ("not a valid timestamp", "no es una marca de tiempo válida"),
    "number": ("not a finite number", "no es un número finito"),
    "vocabulary": ("a value this version does not know", "un valor que esta versión no conoce"),
    "too_long": ("a text longer than the limit", "un texto más largo que el límite"),
    "id": ("not a valid id", "no es un identificador válido"),
    "json": ("a damaged journal value", "un valor del historial dañado"),
    "blob": (
        "an evidence file whose size does not match its content or exceeds the limit",
        "un archivo de evidencia cuyo tamaño no coincide con su contenido o excede el límite",
    ),
    "parent": ("points to a row that does not exist", "apunta a un registro que no existe"),
    "level": (
        "a logframe row under a row of the wrong level or of another commitment",
        "una fila del marco lógico bajo una fila de otro nivel o de otro compromiso",
    ),
    "commitment": (
        "belongs to another commitment than the row it hangs under",
        "pertenece a otro compromiso que el registro del que depende",
    ),
    "cycle": ("a loop of commitments continuing each other", "un ciclo de compromisos"),
    "duplicate": ("the same id is used in two tables", "el mismo identificador en dos tablas"),
    "entity": ("a journal entry about an unknown table or field", "una entrada sobre otra tabla"),
    **content_links.REASONS,
}


#: SQL names of ``_bad_id`` and ``_bad_ids``, registered on the connection by ``add_functions``.
_BAD_ID, _BAD_IDS = "matrix_bad_id", "matrix_bad_ids"
_NOT_ID_CHAR = re.compile(r"[^0-9A-Za-z_-]").search


def _bad_id(value: object) -> bool:
    """True for a text holding a character an id may not have. SQLite's ``GLOB
    '*[^0-9A-Za-z_-]*'`` says the same four times slower (it decodes the class at every
    position), and id columns are most of what a file holds: the journal alone has five."""
    return type(value) is str and _NOT_ID_CHAR(value) is not None


def _bad_ids(*values: object) -> bool:
    """``_bad_id`` of any of ``values``: one call per row for all its id columns."""
    for value in values:
        if type(value) is str and _NOT_ID_CHAR(value) is not None:
            return True
    return False


def add_functions(conn: sqlite3.Connection) -> None:
    """Make the functions the checks' SQL calls known to ``conn`` (before ``value_problems``)."""
    conn.create_function(_BAD_ID, 1, _bad_id, deterministic=True)
    conn.create_function(_BAD_IDS, -1, _bad_ids, deterministic=True)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _in_list(values: object) -> str:
    return "(" + ", ".join(_quote(str(v)) for v in values) + ")"


def _column_rules(table: str, column: Column) -> list[tuple[str, str]]:
    """(reason, SQL predicate true for a bad value) for one of our columns.

    Predicates after the first are NULL (not true) for an empty value, so the first - the
    storage type, which says whether empty is allowed - is the only one about NULL. Few
    operations per value: this runs over every row of the file on every open.
    """
    name, kind, nullable, foreign_keys = column
    c = name if name != "key" else '"key"'
    storage = {"boolean": "integer", "integer": "integer", "date": "text", "blob": "blob"}
    types = "'integer', 'real'" if kind == "float" else f"'{storage.get(kind, 'text')}'"
    if nullable:
        types += ", 'null'"
    rules = [("type" if nullable else "missing", f"typeof({c}) NOT IN ({types})")]
    if kind == "boolean":
        rules.append(("type", f"{c} NOT IN (0, 1)"))
    elif kind == "float":
        rules.append(("number", f"abs({c}) > 1e308"))
    elif kind == "date":
        rules.append(("date", f"{c} IS NOT date({c}, '+0 days') AND {c} NOT NULL OR {c} < '0001'"))
    elif kind == "string":
        if name in _ID_COLUMNS or name.endswith("_id") or foreign_keys:
            rules.append(("id", f"length({c}) > 64 OR {_BAD_ID}({c})"))
        elif name in _STAMP_COLUMNS:
            rules.append(("stamp", f"length({c}) > 40 OR julianday({c}) IS NULL AND {c} NOT NULL"))
        elif (table, name) in _JSON_COLUMNS:
            # Parsing every value would double the cost of opening; readers of journal
            # values parse them defensively, and a merge checks each entry it takes.
            rules.append(("too_long", f"length({c}) > {limits.MAX_JOURNAL_VALUE_CHARS}"))
        else:
            rules.append(("too_long", f"length({c}) > {limits.MAX_TEXT_CHARS}"))
        vocab = FIELD_VOCAB.get((table, name))
        if vocab is not None:
            rules.append(("vocabulary", f"{c} NOT IN {_in_list(e.value for e in vocab)}"))
    return rules


def _table_rules(table: str) -> list[tuple[str, str | None, str]]:
    """(reason, column, predicate) for every check of one table."""
    out = [(r, col[0], p) for col in TABLES[table] for r, p in _column_rules(table, col)]
    if table == "journal":
        fields = _in_list(f"{name}.{f}" for name in ENTITIES for f in CONTENT_FIELDS[name])
        out.append(("entity", "entity", f"entity NOT IN {_in_list(ENTITIES)}"))
        out.append(("entity", "action", f"action NOT IN {_in_list(JOURNAL_ACTIONS)}"))
        out.append(
            ("entity", "field", f"action = 'update' AND entity || '.' || field NOT IN {fields}")
        )
    elif table == "blob":
        out.append(("id", "sha256", "length(sha256) != 64 OR sha256 GLOB '*[^0-9a-f]*'"))
        out.append(("blob", "size", f"size != length(data) OR size > {limits.MAX_EVIDENCE_BYTES}"))
    elif table == "conflict":
        out.append(("entity", "entity", f"entity NOT IN {_in_list(ENTITIES)}"))
        out.append(("vocabulary", "kind", "kind NOT IN ('field', 'delete')"))
    elif table in ("evidence", "report_profile"):
        sha = "sha256" if table == "evidence" else "logo_sha256"
        out.append(("id", sha, f"length({sha}) != 64 OR {sha} GLOB '*[^0-9a-f]*'"))
    return out


def _where(rules: list[tuple[str, str | None, str]], by_row: bool = True) -> tuple[str, list[str]]:
    """The rules as one WHERE, and the id columns whose characters it leaves out.

    ``by_row``: the characters of a row's ids are checked in the WHERE, in one call per row
    (a call per column costs a fifth more on the journal); the CASE naming the rule still
    has them all. Otherwise they are left to ``_bad_id_somewhere``, which checks a whole
    table's ids in bulk, three to five times faster than a call per row."""
    parts, ids = [], []
    for _r, column, predicate in rules:
        tail = f" OR {_BAD_ID}({column})"
        if predicate.endswith(tail):
            parts.append(predicate[: -len(tail)])
            ids.append(str(column))
        else:
            parts.append(predicate)
    if ids and by_row:
        parts.append(f"{_BAD_IDS}({', '.join(ids)})")
    return " OR ".join(f"({p})" for p in parts), ids


#: Rows whose ids ``_bad_id_somewhere`` joins into one text at a time (about 3 MB of text).
_ID_CHUNK = 20000
_ID_CHARS = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-"


def _bad_id_somewhere(execute: Execute, db: str, table: str, ids: list[str]) -> bool:
    """Whether any of ``table``'s ``ids`` columns holds a character an id may not have: the
    rule ``_bad_id`` states, checked for every row at once. SQLite joins a chunk of rows' ids
    into one text (``group_concat``, nothing between them: any character that is not allowed
    stays in the text) and ``bytes.translate`` deletes the allowed ones at C speed; what is
    left is a bad character. Values that are not text are the type rule's (SQLite writes a
    number as its digits); a blob that is not UTF-8, or anything else odd, answers True and
    the per-row query, which names the row, decides."""
    joined = " || ".join(f"coalesce(CAST({c} AS TEXT), '')" for c in ids)
    after: int | None = None
    while True:
        rows = "" if after is None else f"WHERE rowid > {int(after)}"
        sql = (
            f"SELECT max(r), group_concat(v, '') FROM (SELECT rowid AS r, {joined} AS v "
            f"FROM {db}.{table} {rows} ORDER BY rowid LIMIT {_ID_CHUNK})"
        )
        try:
            after, text = execute(sql).fetchone()
            if text is not None and text.encode("ascii").translate(None, _ID_CHARS):
                return True
        except (sqlite3.OperationalError, UnicodeError):  # not UTF-8, not ASCII
            return True
        if after is None:
            return False


def _present_columns(execute: Execute, db: str, table: str) -> set[str]:
    """The columns ``table`` has in the file: an older schema, checked before it is
    upgraded, lacks the columns later versions added."""
    return {r[1] for r in execute(f"PRAGMA {db}.table_info({table})").fetchall()}


def _key(table: str) -> str:
    return {"blob": "sha256", "meta": '"key"', "journal_mark": "chain"}.get(table, "id")


def value_problems(
    execute: Execute,
    tables: set[str],
    db: str = "main",
    limit: int = 5,
    only: str | None = None,
) -> list[Problem]:
    """Rows of ``db`` whose values our editing API could not have written (at most ``limit``).

    ``only``: a temporary table of keys (column ``id``) to check instead of every row: a
    merge checks just the rows and entries it takes from the other file.
    """
    found: list[Problem] = []
    for table in TABLES:
        if table not in tables:
            continue
        present = _present_columns(execute, db, table)
        rules = [r for r in _table_rules(table) if r[1] is None or r[1] in present]
        if not rules:
            continue
        # One scan per table; a CASE names the first rule a bad row breaks.
        case = " ".join(f"WHEN {p} THEN {i}" for i, (_r, _c, p) in enumerate(rules))
        subset = f"{_key(table)} IN (SELECT id FROM temp.{only}) AND " if only else ""
        select = f"SELECT CAST({_key(table)} AS TEXT), CASE {case} END FROM {db}.{table} WHERE"
        # The whole file: ids in bulk, the per-row query again only where one is bad.
        where, ids = _where(rules, by_row=only is not None)
        bad = execute(f"{select} {subset}({where}) LIMIT ?", (limit - len(found),)).fetchall()
        if not bad and ids and only is None and _bad_id_somewhere(execute, db, table, ids):
            where, _ids = _where(rules)
            bad = execute(f"{select} ({where}) LIMIT ?", (limit - len(found),)).fetchall()
        for key, i in bad:
            reason, column, _p = rules[i]
            found.append(Problem(table, str(key), column, reason))
        if len(found) >= limit:
            break
    return found


def _level_pairs() -> str:
    pairs = [
        f"(c.level = {_quote(k)} AND p.level = {_quote(v)})" for k, v in PARENT_LEVEL.items() if v
    ]
    return " OR ".join(pairs)


#: The commitment a row belongs to is that of the row it hangs under (set when created).
_DERIVED = [
    ("indicator", "result_id", "result"),
    ("target", "indicator_id", "indicator"),
    ("target_revision", "target_id", "target"),
    ("measurement", "indicator_id", "indicator"),
    ("evidence", "result_id", "result"),
    ("evidence", "indicator_id", "indicator"),
]


def _structure_queries(
    db: str, only: str | None, tables: set[str]
) -> Iterator[tuple[str, str, str | None, str]]:
    """(table, reason, column, SQL yielding bad ids) for the rules that span rows; with
    ``only``, just those involving a row whose id is in that temporary table. ``tables``:
    those the file has (an older schema lacks later ones)."""
    near = f"(c.id IN (SELECT id FROM temp.{only}) OR p.id IN (SELECT id FROM temp.{only})) AND "
    near = near if only else ""
    yield (
        "result",
        "level",
        "parent_id",
        f"SELECT c.id FROM {db}.result c JOIN {db}.result p ON p.id = c.parent_id "
        f"WHERE {near}(p.commitment_id != c.commitment_id OR NOT ({_level_pairs()}))",
    )
    for table, fk, parent in _DERIVED:
        yield (
            table,
            "commitment",
            "commitment_id",
            f"SELECT c.id FROM {db}.{table} c JOIN {db}.{parent} p ON p.id = c.{fk} "
            f"WHERE {near}p.commitment_id != c.commitment_id",
        )
    yield (
        "commitment",
        "cycle",
        "continues_id",
        f"WITH RECURSIVE chain(start, cur, depth) AS ("
        f"SELECT id, continues_id, 1 FROM {db}.commitment WHERE continues_id IS NOT NULL "
        + (f"AND id IN (SELECT id FROM temp.{only}) " if only else "")
        + f"UNION ALL SELECT chain.start, c.continues_id, chain.depth + 1 FROM chain "
        f"JOIN {db}.commitment c ON c.id = chain.cur "
        f"WHERE c.continues_id IS NOT NULL AND chain.cur != chain.start "
        f"AND chain.depth <= {limits.MAX_CONTINUES_DEPTH}) "
        f"SELECT start FROM chain WHERE cur = start OR depth > {limits.MAX_CONTINUES_DEPTH}",
    )
    yield from content_links.link_queries(db, tables, only)
    subset = f" WHERE id IN (SELECT id FROM temp.{only})" if only else ""
    union = " UNION ALL ".join(f"SELECT id FROM {db}.{t}{subset}" for t in ENTITIES if t in tables)
    yield ("*", "duplicate", "id", f"SELECT id FROM ({union}) GROUP BY id HAVING count(*) > 1")


def _tables(execute: Execute, db: str) -> set[str]:
    return {
        r[0]
        for r in execute(f"SELECT name FROM {db}.sqlite_master WHERE type = 'table'").fetchall()
    }


def _missing_parents(execute: Execute, db: str, only: str | None) -> Iterator[Problem]:
    if only is None:
        for table, rowid, parent, _fk in execute(f"PRAGMA {db}.foreign_key_check").fetchall():
            if table in TABLES:
                key = _key(table)
                row = execute(
                    f"SELECT CAST({key} AS TEXT) FROM {db}.{table} WHERE rowid = ?", (rowid,)
                ).fetchone()
                yield Problem(table, str((row or [rowid])[0]), f"→ {parent}", "parent")
        return
    # Parents are never removed (tombstones), so only the rows checked can lack one.
    for table, columns in TABLES.items():
        if table not in ENTITIES:
            continue
        for name, _kind, _nullable, foreign_keys in columns:
            for fk in foreign_keys:
                parent, pcol = fk.split(".")
                sql = (
                    f"SELECT c.id FROM {db}.{table} c WHERE c.id IN (SELECT id FROM temp.{only}) "
                    f"AND c.{name} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                    f"{db}.{parent} p WHERE p.{pcol} = c.{name})"
                )
                for (row_id,) in execute(sql).fetchall():
                    yield Problem(table, str(row_id), f"→ {parent}", "parent")


def structure_problems(
    execute: Execute, db: str = "main", limit: int = 5, only: str | None = None
) -> list[Problem]:
    """Rows breaking a rule across rows: missing parents, wrong levels, cycles, shared ids;
    with ``only`` (a temporary table of ids), the rules involving those rows."""
    found: list[Problem] = []
    for problem in _missing_parents(execute, db, only):
        found.append(problem)
        if len(found) >= limit:
            return found
    for table, reason, column, sql in _structure_queries(db, only, _tables(execute, db)):
        for (row_id,) in execute(f"{sql} LIMIT ?", (limit - len(found),)).fetchall():
            found.append(Problem(table, str(row_id), column, reason))
        if len(found) >= limit:
            break
    return found


def describe(problems: list[Problem], lang: str = "en") -> str:
    return "; ".join(p.describe(lang) for p in problems[:3])


def check_content(
    conn: sqlite3.Connection, path: Path, tables: set[str], structure: bool = True
) -> None:
    """Refuse (ProjectFileError 'bad_content') a file holding values our edits never write:
    in ``tables``, and across rows unless ``structure`` is False (the rules that span rows
    read only the tables a window shows: ``file_check.LATER_TABLES`` need none)."""
    try:
        add_functions(conn)
        problems = value_problems(conn.execute, tables)
        if structure and not problems:
            problems = structure_problems(conn.execute)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise ProjectFileError("corrupt", path=path, detail=str(exc)[:120]) from exc
    if problems:
        raise ProjectFileError("bad_content", path=path, problems=problems)
