"""publish: the monitoring as a static website (file:// ready) plus an open-data package."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from ..messages import MatrixError, current_language
from .common import OK, fail, open_project


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "publish",
        help="write the monitoring as a static website with open data (CSV + datapackage.json)",
        description="Write (or update) a static website of the project's action plans in "
        "OUTDIR: plans, commitments, indicators, evidence, institutions, in Spanish and "
        "English, plus OUTDIR/data/ (one CSV per entity and datapackage.json). Private "
        "fields are left out unless an --include option says otherwise.",
    )
    p.add_argument("file", help="project file (.nap)")
    p.add_argument("outdir", help="folder of the site (created if missing; updated in place)")
    p.add_argument(
        "--plan",
        action="append",
        default=[],
        metavar="ID",
        help="publish only this action plan (repeat for several; default: every plan)",
    )
    p.add_argument(
        "--lang",
        action="append",
        choices=("es", "en"),
        default=[],
        help="a language of the site (repeat: --lang es --lang en; the first is the default; "
        "default: both)",
    )
    p.add_argument(
        "--date",
        default=None,
        help="date schedules and indicator statuses are computed at, YYYY-MM-DD (default: today)",
    )
    p.add_argument(
        "--include-emails", action="store_true", help="publish focal points' e-mail addresses"
    )
    p.add_argument(
        "--include-notes",
        action="store_true",
        help="publish internal notes (plan notes, IRM notes, evidence notes)",
    )
    p.add_argument(
        "--include-quality", action="store_true", help="publish the matrix quality findings"
    )
    p.add_argument(
        "--include-authors",
        action="store_true",
        help="publish who made the last change of each page (change-journal author names)",
    )
    p.add_argument(
        "--include-consultation",
        action="store_true",
        help="publish the public consultation's comments and responses (never their authors)",
    )
    p.add_argument(
        "--include-reports",
        action="store_true",
        help="add each plan's self-assessment reports as PDF files (mid-term, end of term: "
        "the periods the plan has texts for), linked from its report pages",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="publish into a folder holding files Monitoring Matrix did not write (kept as they are)",
    )
    p.set_defaults(handler=cmd_publish)


def cmd_publish(args: argparse.Namespace) -> int:
    from ..services.publish import Privacy, PublishOptions, publish_site

    es = current_language() == "es"
    when = None
    if args.date:
        try:
            when = dt.date.fromisoformat(args.date)
        except ValueError:
            return fail(
                f"--date {args.date}: se espera una fecha AAAA-MM-DD."
                if es
                else f"--date {args.date}: expected a date YYYY-MM-DD."
            )
    options = PublishOptions(
        langs=tuple(args.lang) or ("es", "en"),
        plan_ids=tuple(args.plan),
        when=when,
        privacy=Privacy(
            emails=args.include_emails,
            notes=args.include_notes,
            quality=args.include_quality,
            authors=args.include_authors,
            consultation=args.include_consultation,
        ),
        force=args.force,
        reports=args.include_reports,
    )
    try:
        with open_project(args.file, read_only=True) as project:
            result = publish_site(project, args.outdir, options)
    except MatrixError as exc:
        return fail(exc)
    if es:
        print(
            f"{result.home}: {result.pages} páginas, {result.commitments} compromisos, "
            f"{result.files} archivos ({result.written} escritos, {result.removed} eliminados), "
            f"{result.size / 1e6:.1f} MB"
        )
    else:
        print(
            f"{result.home}: {result.pages} pages, {result.commitments} commitments, "
            f"{result.files} files ({result.written} written, {result.removed} removed), "
            f"{result.size / 1e6:.1f} MB"
        )
    left_out = left_out_text(result, "es" if es else "en")
    if left_out:
        print(left_out)
    sys.stdout.flush()
    return OK


def left_out_text(result, lang: str) -> str:
    """What the publication left out of the evidence and why ("" when nothing)."""
    parts = []
    if result.files_undecided:
        parts.append(
            f"{result.files_undecided} archivo(s) de evidencia no publicados: nadie los ha "
            "marcado como públicos todavía (márquelos en la lista de evidencias)"
            if lang == "es"
            else f"{result.files_undecided} evidence file(s) not published: nobody has marked "
            "them public yet (mark them in the evidence list)"
        )
    if result.evidence_internal:
        parts.append(
            f"{result.evidence_internal} evidencia(s) marcadas como internas no publicadas"
            if lang == "es"
            else f"{result.evidence_internal} evidence item(s) marked internal not published"
        )
    return "; ".join(parts) + "." if parts else ""
