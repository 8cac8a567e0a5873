"""export-xlsx, import-xlsx and template-xlsx: workbooks in and out, headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..messages import MatrixError, current_language
from .common import BAD_INPUT, OK, fail, open_project, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export-xlsx", help="export a project to an Excel workbook")
    p.add_argument("file")
    p.add_argument("out")
    p.add_argument("--lang", choices=("es", "en"), default=None)
    p.add_argument("--no-logframes", action="store_true", help="only the data sheets")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import-xlsx", help="import a workbook, .xlsx or .ods (all or nothing)")
    p.add_argument("file")
    p.add_argument("workbook")
    p.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    p.add_argument("--plan", default=None, help="plan id for imported logframe matrices")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("template-xlsx", help="a blank workbook to fill in without the app")
    p.add_argument("out")
    p.add_argument("--lang", choices=("es", "en"), default=None)
    p.add_argument("--project", default=None, help="list this project's plans and institutions")
    p.set_defaults(handler=cmd_template)


def cmd_export(args: argparse.Namespace) -> int:
    from ..services.excel.export import export_workbook

    lang = args.lang or current_language()
    try:
        with open_project(args.file, read_only=True) as project:
            counts = export_workbook(project, Path(args.out), lang, logframes=not args.no_logframes)
    except MatrixError as exc:
        return fail(exc)
    print(f"{args.out}: " + ", ".join(f"{t} {n}" for t, n in counts.items()))
    return OK


def cmd_import(args: argparse.Namespace) -> int:
    from ..services.excel.errors import ImportProblems
    from ..services.excel.importing import import_workbook

    lang = current_language()
    try:
        with open_project(args.file, read_only=args.dry_run) as project:
            report = import_workbook(
                project, Path(args.workbook), dry_run=args.dry_run, plan_id=args.plan
            )
    except ImportProblems as exc:
        if args.json and exc.report is not None:
            print_json(exc.report.as_dict(lang))  # type: ignore[attr-defined]
        for problem in exc.problems:
            print(f"matrix-app: {args.workbook}: {problem.message(lang)}", file=sys.stderr)
        print(f"matrix-app: {exc.message(lang)}", file=sys.stderr)
        return BAD_INPUT
    except MatrixError as exc:
        return fail(exc)
    if args.json:
        print_json(report.as_dict(lang))
        return OK
    es = lang == "es"
    for w in report.warnings:
        print(f"{'aviso' if es else 'warning'}: {w.message(lang)}", file=sys.stderr)
    head = ("agregadas", "actualizadas", "sin cambios") if es else ("added", "updated", "unchanged")
    print(f"{'':>24}  {head[0]:>10} {head[1]:>12} {head[2]:>11}")
    for table, c in report.counts.items():
        print(f"{table:>24}  {c.added:>10} {c.updated:>12} {c.unchanged:>11}")
    for note in report.notes:
        print(note.message(lang))
    if report.dry_run:
        print("simulación: no se escribió nada" if es else "dry run: nothing was written")
    return OK


def cmd_template(args: argparse.Namespace) -> int:
    from ..services.excel.template import write_template

    lang = args.lang or current_language()
    try:
        if args.project:
            with open_project(args.project, read_only=True) as project:
                write_template(Path(args.out), lang, project)
        else:
            write_template(Path(args.out), lang)
    except MatrixError as exc:
        return fail(exc)
    print(args.out)
    return OK
