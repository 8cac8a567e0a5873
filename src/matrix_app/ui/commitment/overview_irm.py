"""The IRM's assessment of a commitment on the overview tab, and the verdicts computed from it.

A part of ``OverviewTab`` (a mixin, so the tab keeps one namespace for tests and shortcuts);
its texts keep the tab's translation context.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel

from ...domain import rules
from ...domain import vocabulary as v
from ...services.snapshot import CommitmentData
from . import fmt
from .widgets import TextEdit, vocab_combo

# lupdate reads translate("OverviewTab", ...) calls through this short name too
translate = QCoreApplication.translate


class IrmPart:
    """Builds the "IRM assessment" and "Computed" groups and shows the computed verdicts."""

    def _build_irm(self) -> QGroupBox:
        irm = QGroupBox(translate("OverviewTab", "IRM assessment"))
        form = QFormLayout(irm)
        not_set = translate("OverviewTab", "Not assessed")
        for field, text, vocab in (
            ("irm_specificity", translate("OverviewTab", "Specificit&y:"), v.Specificity),
            (
                "irm_potential_impact",
                translate("OverviewTab", "Potential &impact:"),
                v.PotentialImpact,
            ),
            (
                "irm_completion_mid_term",
                translate("OverviewTab", "Comp&letion (mid-term):"),
                v.Completion,
            ),
            (
                "irm_completion_end_of_term",
                translate("OverviewTab", "Completion (end o&f term):"),
                v.Completion,
            ),
        ):
            self._row(form, field, text, vocab_combo(vocab, not_set))
        on_time = QComboBox()
        on_time.addItem(not_set, None)
        on_time.addItem(translate("OverviewTab", "Yes"), True)
        on_time.addItem(translate("OverviewTab", "No"), False)
        self._row(form, "irm_on_time", translate("OverviewTab", "On ti&me:"), on_time)
        self._row(
            form,
            "irm_opened_government",
            translate("OverviewTab", "Did it open &government?"),
            vocab_combo(v.OpenedGovernment, not_set),
        )
        starred = QComboBox()
        starred.addItem(translate("OverviewTab", "No published verdict"), None)
        starred.addItem(translate("OverviewTab", "Starred"), True)
        starred.addItem(translate("OverviewTab", "Not starred"), False)
        self._row(
            form,
            "irm_starred",
            translate("OverviewTab", "IRM starred &verdict:"),
            starred,
        )
        self._row(
            form,
            "irm_notes",
            translate("OverviewTab", "I&RM notes:"),
            TextEdit(lines=2),
        )
        return irm

    def _build_computed(self) -> QGroupBox:
        computed = QGroupBox(translate("OverviewTab", "Computed"))
        form = QFormLayout(computed)
        self.starred_rule = QLabel()
        self.starred_rule.setWordWrap(True)
        self.starred_rule.setAccessibleName(translate("OverviewTab", "Starred by the IRM rule"))
        self.schedule = QLabel()
        self.schedule.setWordWrap(True)
        self.schedule.setAccessibleName(translate("OverviewTab", "Schedule status"))
        form.addRow(translate("OverviewTab", "Starred by the rule:"), self.starred_rule)
        form.addRow(translate("OverviewTab", "Schedule:"), self.schedule)
        return computed

    def _show_computed(self, data: CommitmentData) -> None:
        c = data.commitment
        relevant = any(
            getattr(c, f)
            for f in (
                "ogp_access_to_information",
                "ogp_civic_participation",
                "ogp_public_accountability",
                "ogp_technology_innovation",
            )
        )
        checks = [
            (
                c.irm_specificity in (v.Specificity.MEDIUM, v.Specificity.HIGH),
                translate("OverviewTab", "medium or high specificity"),
            ),
            (relevant, translate("OverviewTab", "relevant to an OGP value")),
            (
                c.irm_potential_impact
                in (v.PotentialImpact.MODERATE, v.PotentialImpact.TRANSFORMATIVE),
                translate("OverviewTab", "moderate or transformative potential impact"),
            ),
            (
                data.assessed_completion() in (v.Completion.SUBSTANTIAL, v.Completion.COMPLETE),
                translate("OverviewTab", "substantial or complete implementation"),
            ),
        ]
        verdict = (
            translate("OverviewTab", "Yes")
            if data.starred_by_rule()
            else translate("OverviewTab", "No")
        )
        lines = [f"<b>{verdict}</b>"]
        lines += [("✔ " if ok else "✘ ") + text for ok, text in checks]
        if c.irm_starred is not None and c.irm_starred != data.starred_by_rule():
            lines.append(
                translate("OverviewTab", "The IRM's published verdict differs and prevails.")
            )
        self.starred_rule.setText("<br>".join(lines))
        today = dt.date.today()
        status = data.schedule(today)
        elapsed = rules.time_elapsed(c.start_date, c.end_date, today)
        done = data.work_done()
        detail = []
        if elapsed is not None:
            detail.append(
                translate("OverviewTab", "time elapsed %1").replace(
                    "%1", fmt.percent_text(elapsed, 0)
                )
            )
        if done is not None:
            detail.append(
                translate("OverviewTab", "work done %1").replace("%1", fmt.percent_text(done, 0))
            )
        text = f"<b>{fmt.vocab(status)}</b>"
        if detail:
            text += " (" + ", ".join(detail) + ")"
        self.schedule.setText(text)
