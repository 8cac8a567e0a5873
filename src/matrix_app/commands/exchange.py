"""package and merge: send an institution its part of the project, and bring copies back."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..messages import MatrixError, current_language
from .common import BAD_INPUT, FOUND_PROBLEMS, OK, fail, open_project, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "package",
        help="write the part of a project one institution works on (lead or support)",
    )
    p.add_argument("file")
    p.add_argument("out", help="the package file to write (.nap); must not exist")
    p.add_argument("--institution", required=True, help="institution name or acronym")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_package)

    p = sub.add_parser("merge", help="bring in the changes made in another copy or a package")
    p.add_argument("file")
    p.add_argument("other", help="the copy or package to merge from (only read)")
    p.add_argument(
        "--prefer",
        choices=("ours", "theirs"),
        help="settle conflicts with this side's value (otherwise exit 1 and list them)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_merge)


def cmd_package(args: argparse.Namespace) -> int:
    from ..services.exchange import package

    try:
        with open_project(args.file, read_only=True) as project:
            summary = package(project, Path(args.out), args.institution)
    except MatrixError as exc:
        return fail(exc)
    if args.json:
        print_json(summary.to_json())
    else:
        print(
            f"{summary.path}: {summary.institution}, {len(summary.commitments)} commitments "
            f"({', '.join(summary.commitments)}), {summary.blobs} evidence files"
        )
    return OK


def cmd_merge(args: argparse.Namespace) -> int:
    from ..services.exchange import merge_with_restore_point

    try:
        with open_project(args.file) as project:
            if project.read_only:
                from ..storage.errors import ProjectFileError, read_only_reason

                raise ProjectFileError(
                    "read_only",
                    path=project.path,
                    why=read_only_reason(project.read_only_why or ""),
                )
            summary, point = merge_with_restore_point(project, Path(args.other), prefer=args.prefer)
            open_list = _open_conflicts(project, summary) if summary.unresolved else []
    except MatrixError as exc:
        return fail(exc)
    data = summary.to_json()
    data["open"] = open_list
    data["restore_point"] = str(point.path) if point is not None else None
    if args.json:
        print_json(data)
    else:
        _print_summary(data)
        if point is not None:
            print(point.restore_hint(current_language()))
    if summary.unresolved:
        return FOUND_PROBLEMS
    return OK


def _open_conflicts(project, summary) -> list[dict]:
    from ..services.exchange import list_conflicts

    return [
        {
            "id": c.id,
            "kind": c.kind,
            "entity": c.entity,
            "row": c.label,
            "row_id": c.row_id,
            "field": c.field,
            "ours": {"value": c.ours_value, "author": c.ours_author, "at": c.ours_at},
            "theirs": {"value": c.theirs_value, "author": c.theirs_author, "at": c.theirs_at},
            "deleted_by": c.deleted_by,
            "applied": c.applied,
        }
        for c in list_conflicts(project)
        if c.source_instance == summary.source_instance
    ]


def _print_summary(data: dict) -> None:
    print(f"{data['incoming_changes']} changes from {data['source']}")
    for entity, n in data["entities"].items():
        parts = ", ".join(f"{k} {v}" for k, v in n.items() if v)
        print(f"{entity:>24}: {parts}")
    if data["blobs_added"]:
        print(f"{'evidence files':>24}: {data['blobs_added']}")
    for c in data["open"]:
        what = f"{c['entity']}.{c['field']}" if c["field"] else f"{c['entity']} deleted"
        print(
            f"CONFLICT {what} [{c['row']}]: ours {c['ours']['value']!r} "
            f"({c['ours']['author']}, {c['ours']['at'][:16]}) / theirs {c['theirs']['value']!r} "
            f"({c['theirs']['author']}, {c['theirs']['at'][:16]})"
        )
    if data["open"]:
        print(
            f"{len(data['open'])} open conflicts: run again with --prefer ours|theirs, "
            "or settle them in the application."
        )


__all__ = ["BAD_INPUT", "register"]
