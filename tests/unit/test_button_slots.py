"""No button or action hands its ``checked`` bool to a slot that takes a parameter (issue 12).

PySide passes a signal's arguments to as many parameters as the slot accepts, so
``clicked.connect(self.add_files)`` with ``def add_files(self, paths=None)`` called
``add_files(False)``. Read every module of ``ui/`` and check each ``clicked``, ``triggered``
and ``toggled`` connection to a method of the same class.
"""

from __future__ import annotations

import ast
from pathlib import Path

import matrix_app.ui

UI = Path(matrix_app.ui.__file__).parent
BOOL_SIGNALS = {"clicked", "triggered", "toggled"}
#: senders whose ``clicked`` carries something else: item views (QModelIndex), calendars (QDate)
NOT_BUTTONS = ("table", "view", "cal")


def bool_connections():
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            methods = {n.name: n for n in cls.body if isinstance(n, ast.FunctionDef)}
            for node in ast.walk(cls):
                if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                    continue
                func = node.func
                signal = func.value
                if (
                    func.attr == "connect"
                    and isinstance(signal, ast.Attribute)
                    and signal.attr in BOOL_SIGNALS
                    and node.args
                    and not ast.unparse(signal.value).split(".")[-1].startswith(NOT_BUTTONS)
                ):
                    yield path, node.lineno, cls, methods, node.args[0]


def test_bool_signals_reach_no_parameter():
    bad = []
    seen = 0
    for path, line, cls, methods, target in bool_connections():
        seen += 1
        where = f"{path.relative_to(UI)}:{line}"
        if isinstance(target, ast.Lambda):
            # ``lambda x=1: ...`` would receive the bool in x; ``lambda _checked=False`` is meant
            first = target.args.args[:1]
            if first and not first[0].arg.startswith("_"):
                bad.append(f"{where}: lambda parameter {first[0].arg!r} receives the bool")
            continue
        if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
            if target.value.id != "self" or target.attr not in methods:
                continue  # a signal, or a method of another class (Qt's own slots)
            args = methods[target.attr].args
            params = [a.arg for a in args.args[1:]]
            first = args.args[1:2]
            if (
                len(params) == 1
                and isinstance(first[0].annotation, ast.Name)
                and first[0].annotation.id == "bool"
            ):
                continue  # ``def _shown(self, on: bool)``: written to receive the bool
            if params or args.vararg:
                bad.append(f"{where}: {cls.name}.{target.attr}({', '.join(params)})")
    assert seen > 30
    assert not bad, "slots that would receive clicked/triggered(bool):\n" + "\n".join(bad)
