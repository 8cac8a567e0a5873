"""What a self-assessment report holds, per kind, after OGP's self-assessment guidance.

OGP: "The mid-term self-assessment should focus on the development of the NAP, the
consultation process, the relevance and ambitiousness of the commitments, and progress to
date. The end-of-term self-assessment should focus on the final results of the reforms
completed in the NAP, consultation during implementation, and lessons learned"; both go
through a two-week public consultation (OGP, Self-Assessment Process; National Handbook,
chapter on self-assessment). The PDF and the Word writers both walk this outline, so the
two formats have the same parts in the same order.

A part is printed only when it has something to say: a part with no text and no data
leaves no heading and no placeholder page; the front matter lists, in one sentence, the
parts not yet written (``not_written``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.vocabulary import Period, PlanSection


@dataclass(frozen=True)
class Part:
    """One top-level part of the report.

    ``key`` names the part (heading ``part.<key>`` in labels, and the key a report profile
    turns on or off); ``texts`` are the plan narratives printed under it, each under the
    heading ``sub.<kind>.<section>``; ``content`` is what the writers add from the data:
    "consultation" (comments received), "relevance" (values and IRM ratings per
    commitment), "summary" (table and chart), "opened" (the IRM's "Did it open
    government?"), "commitments" (a page per commitment), "annex" (matrix quality).
    """

    key: str
    texts: tuple[str, ...] = ()
    content: tuple[str, ...] = ()


MID_TERM: tuple[Part, ...] = (
    Part("development", (PlanSection.PROCESS.value, PlanSection.MEETINGS.value)),
    Part("consultation", (), ("consultation",)),
    Part("relevance", (), ("relevance",)),
    Part("progress", (), ("summary",)),
    Part("commitments", (), ("commitments",)),
    Part("next", (PlanSection.LESSONS.value, PlanSection.NEXT_STEPS.value)),
    Part("annex", (), ("annex",)),
)

END_OF_TERM: tuple[Part, ...] = (
    Part("results", (), ("summary", "opened")),
    Part("participation", (PlanSection.PROCESS.value, PlanSection.MEETINGS.value)),
    Part("consultation", (), ("consultation",)),
    Part("commitments", (), ("commitments",)),
    Part("lessons", (PlanSection.LESSONS.value, PlanSection.NEXT_STEPS.value)),
    Part("annex", (), ("annex",)),
)

#: Parts a publication leaves out unless asked for: the quality annex is for internal use.
OFF_BY_DEFAULT = frozenset({"annex"})


def parts(kind: str, chosen: frozenset[str] | None = None) -> tuple[Part, ...]:
    """The parts of a report of ``kind`` (a Period value), in order; ``chosen``: the keys
    to print (None: every part but those off by default)."""
    outline = MID_TERM if kind == Period.MID_TERM.value else END_OF_TERM
    if chosen is None:
        return tuple(p for p in outline if p.key not in OFF_BY_DEFAULT)
    return tuple(p for p in outline if p.key in chosen)


def all_keys() -> tuple[str, ...]:
    """Every part key of either kind, in a stable order (for options and the dialog)."""
    seen: dict[str, None] = {}
    for p in (*MID_TERM, *END_OF_TERM):
        seen.setdefault(p.key, None)
    return tuple(seen)


def plan_texts(plan, kind: str, section: str) -> list[str]:
    """The plan's narratives of ``section`` written for a report of ``kind``."""
    return [
        n.text
        for n in plan.narratives
        if n.period == kind and n.section == section and n.text.strip()
    ]
