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


class IrmPart:
    """Builds the "IRM assessment" and "Computed" groups and shows the computed verdicts."""

    def _build_irm(self) -> QGroupBox:
        irm = QGroupBox(QCoreApplication.translate("OverviewTab", "IRM assessment"))
        form = QFormLayout(irm)
        not_set = QCoreApplication.translate("OverviewTab", "Not assessed")
        self._row(
            form,
            "irm_specificity",
            QCoreApplication.translate("OverviewTab", "Specificit&y:"),
            vocab_combo(v.Specificity, not_set),
        )
        self._row(
            form,
            "irm_potential_impact",
            QCoreApplication.translate("OverviewTab", "Potential &impact:"),
            vocab_combo(v.PotentialImpact, not_set),
        )
        self._row(
            form,
            "irm_completion_mid_term",
            QCoreApplication.translate("OverviewTab", "Comp&letion (mid-term):"),
            vocab_combo(v.Completion, not_set),
        )
        self._row(
            form,
            "irm_completion_end_of_term",
            QCoreApplication.translate("OverviewTab", "Completion (end o&f term):"),
            vocab_combo(v.Completion, not_set),
        )
        on_time = QComboBox()
        on_time.addItem(not_set, None)
        on_time.addItem(QCoreApplication.translate("OverviewTab", "Yes"), True)
        on_time.addItem(QCoreApplication.translate("OverviewTab", "No"), False)
        self._row(
            form, "irm_on_time", QCoreApplication.translate("OverviewTab", "On ti&me:"), on_time
        )
        self._row(
            form,
            "irm_opened_government",
            QCoreApplication.translate("OverviewTab", "Did it open &government?"),
            vocab_combo(v.OpenedGovernment, not_set),
        )
        starred = QComboBox()
        starred.addItem(QCoreApplication.translate("OverviewTab", "No published verdict"), None)
        starred.addItem(QCoreApplication.translate("OverviewTab", "Starred"), True)
        starred.addItem(QCoreApplication.translate("OverviewTab", "Not starred"), False)
        self._row(
            form,
            "irm_starred",
            QCoreApplication.translate("OverviewTab", "IRM starred &verdict:"),
            starred,
        )
        self._row(
            form,
            "irm_notes",
            QCoreApplication.translate("OverviewTab", "I&RM notes:"),
            TextEdit(lines=2),
        )
        return irm

    def _build_computed(self) -> QGroupBox:
        computed = QGroupBox(QCoreApplication.translate("OverviewTab", "Computed"))
        form = QFormLayout(computed)
        self.starred_rule = QLabel()
        self.starred_rule.setWordWrap(True)
        self.starred_rule.setAccessibleName(
            QCoreApplication.translate("OverviewTab", "Starred by the IRM rule")
        )
        self.schedule = QLabel()
        self.schedule.setWordWrap(True)
        self.schedule.setAccessibleName(
            QCoreApplication.translate("OverviewTab", "Schedule status")
        )
        form.addRow(
            QCoreApplication.translate("OverviewTab", "Starred by the rule:"), self.starred_rule
        )
        form.addRow(QCoreApplication.translate("OverviewTab", "Schedule:"), self.schedule)
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
                QCoreApplication.translate("OverviewTab", "medium or high specificity"),
            ),
            (relevant, QCoreApplication.translate("OverviewTab", "relevant to an OGP value")),
            (
                c.irm_potential_impact
                in (v.PotentialImpact.MODERATE, v.PotentialImpact.TRANSFORMATIVE),
                QCoreApplication.translate(
                    "OverviewTab", "moderate or transformative potential impact"
                ),
            ),
            (
                data.assessed_completion() in (v.Completion.SUBSTANTIAL, v.Completion.COMPLETE),
                QCoreApplication.translate("OverviewTab", "substantial or complete implementation"),
            ),
        ]
        verdict = (
            QCoreApplication.translate("OverviewTab", "Yes")
            if data.starred_by_rule()
            else QCoreApplication.translate("OverviewTab", "No")
        )
        lines = [f"<b>{verdict}</b>"]
        lines += [("✔ " if ok else "✘ ") + text for ok, text in checks]
        if c.irm_starred is not None and c.irm_starred != data.starred_by_rule():
            lines.append(
                QCoreApplication.translate(
                    "OverviewTab", "The IRM's published verdict differs and prevails."
                )
            )
        self.starred_rule.setText("<br>".join(lines))
        today = dt.date.today()
        status = data.schedule(today)
        elapsed = rules.time_elapsed(c.start_date, c.end_date, today)
        done = data.work_done()
        detail = []
        if elapsed is not None:
            detail.append(
                QCoreApplication.translate("OverviewTab", "time elapsed %1").replace(
                    "%1", fmt.percent_text(elapsed, 0)
                )
            )
        if done is not None:
            detail.append(
                QCoreApplication.translate("OverviewTab", "work done %1").replace(
                    "%1", fmt.percent_text(done, 0)
                )
            )
        text = f"<b>{fmt.vocab(status)}</b>"
        if detail:
            text += " (" + ", ".join(detail) + ")"
        self.schedule.setText(text)
