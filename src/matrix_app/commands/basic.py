"""new, info and check: create a project, describe it, and check its health and matrices."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..messages import MatrixError, current_language
from .common import BAD_INPUT, FOUND_PROBLEMS, OK, fail, open_project, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("new", help="create an empty project file")
    p.add_argument("file")
    p.add_argument("--title", default="", help="title of the first action plan")
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("info", help="counts, plans and content digest of a project")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_info)

    p = sub.add_parser("check", help="file integrity and matrix quality findings")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_check)


def cmd_new(args: argparse.Namespace) -> int:
    from ..domain import models as m
    from ..services.project import Project

    try:
        with Project.new(Path(args.file), title=args.title) as project:
            if args.title:
                project.create(m.ActionPlan, title=args.title)
    except MatrixError as exc:
        return fail(exc)
    print(args.file)
    return OK


def cmd_info(args: argparse.Namespace) -> int:
    from ..services.summary import project_info
    from ..storage.projectfile import read_header

    try:
        with open_project(args.file, read_only=True) as project:
            info = project_info(project)
            info["path"] = str(Path(args.file))  # not a temporary copy's
            info["schema_version"] = read_header(Path(args.file)).user_version
    except MatrixError as exc:
        return fail(exc)
    if args.json:
        print_json(info)
        return OK
    lang = current_language()
    from ..domain.vocabulary import label

    print(f"{info['path']}  (format {info['schema_version']})")
    for plan in info["plans"]:
        print(f"\n{plan['title']}  [{plan['period_start'] or '?'} - {plan['period_end'] or '?'}]")
        for c in plan["commitments"]:
            print(f"  {c['code']:>5}  {c['title']}  - {label(c['completion'], lang)}")
        counts = ", ".join(
            f"{label(k, lang)}: {v}" for k, v in plan["completion_counts"].items() if v
        )
        print(f"  {counts}")
    print()
    for entity, n in info["counts"].items():
        print(f"{entity:>24}: {n}")
    print(f"{'content_digest':>24}: {info['content_digest']}")
    return OK


def cmd_check(args: argparse.Namespace) -> int:
    from ..services.summary import project_check

    try:
        with open_project(args.file, read_only=True, verify=True) as project:
            report = project_check(project, current_language())
            report["path"] = str(Path(args.file))
    except MatrixError as exc:
        return fail(exc)
    if args.json:
        print_json(report)
    else:
        print(f"integrity: {report['integrity']}")
        for f in report["findings"]:
            print(f"{f['severity']:>7}  {f['message']}")
        print(f"{len(report['findings'])} findings")
    if report["integrity"] != "ok":
        return BAD_INPUT
    return FOUND_PROBLEMS if report["problems"] else OK
