"""report: the self-assessment report of an action plan (PDF or Word .docx), in Spanish or English."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from ..messages import MatrixError, current_language
from .common import OK, fail, open_project


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report", help="write the self-assessment report of an action plan (.pdf or .docx)"
    )
    p.add_argument("file", help="project file (.nap)")
    p.add_argument("out", help="file to write: .pdf, or .docx for an editable Word document")
    p.add_argument(
        "--lang", choices=("es", "en"), default=None, help="report language (default: yours)"
    )
    p.add_argument(
        "--kind",
        choices=("mid-term", "end-of-term"),
        default="mid-term",
        help="which self-assessment (selects the narratives of that period)",
    )
    p.add_argument("--plan", default=None, help="id of the action plan (default: the latest plan)")
    p.add_argument(
        "--date",
        default=None,
        help="date of the report and of the figures, YYYY-MM-DD (default: today)",
    )
    p.add_argument(
        "--deterministic",
        action="store_true",
        help="same project, same bytes (fixed document id and timestamps)",
    )
    p.add_argument(
        "--draft",
        action="store_true",
        help="a draft for the public consultation (watermark, consultation dates on the cover)",
    )
    p.add_argument(
        "--sections",
        default=None,
        help="comma-separated parts to print (default: all but the annex); parts: "
        + ", ".join(PART_KEYS),
    )
    p.set_defaults(handler=cmd_report)


#: The report's part keys (services.report.outline.all_keys, without importing reportlab).
PART_KEYS = (
    "development",
    "consultation",
    "relevance",
    "progress",
    "commitments",
    "next",
    "results",
    "participation",
    "lessons",
    "annex",
)


def cmd_report(args: argparse.Namespace) -> int:
    from ..services.report import ReportError, ReportOptions, report_format, write_report

    lang = args.lang or current_language()
    kind = report_format(args.out)
    if kind is None:
        return fail(ReportError("bad_format", path=args.out))
    when = None
    if args.date:
        try:
            when = dt.date.fromisoformat(args.date)
        except ValueError:
            text = (
                f"--date {args.date}: se espera una fecha AAAA-MM-DD."
                if current_language() == "es"
                else f"--date {args.date}: expected a date YYYY-MM-DD."
            )
            return fail(text)
    sections = None
    if args.sections is not None:
        sections = frozenset(k.strip() for k in args.sections.split(",") if k.strip())
        unknown = sorted(sections - set(PART_KEYS))
        if unknown:
            return fail(
                ReportError("bad_sections", sections=", ".join(unknown), known=", ".join(PART_KEYS))
            )
    options = ReportOptions(
        lang=lang,
        kind=args.kind,
        plan_id=args.plan,
        when=when,
        deterministic=args.deterministic,
        sections=sections,
        draft=args.draft,
    )
    try:
        with open_project(args.file, read_only=True) as project:
            result = write_report(project, args.out, options)
    except MatrixError as exc:
        return fail(exc)
    if kind == "docx":
        noun = "compromisos" if current_language() == "es" else "commitments"
        print(f"{result.path}: {result.commitments} {noun}")
    else:
        pages = "páginas" if current_language() == "es" else "pages"
        print(f"{result.path}: {result.pages} {pages}")
    sys.stdout.flush()
    return OK
