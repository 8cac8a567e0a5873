"""A commitment's completion on the IRM scale, merged over its milestones, is read from a
column headed as a completion level in any language ("Niveau d'achèvement", "Completion
status", "Nivel de cumplimiento"), also when no % column comes before it, and from a
verdict column ("CSO assessment"); French progress headers ("Taux d'exécution") give the %."""

from __future__ import annotations

import datetime as dt

import pytest

from .ogp_tracker_helpers import imported, workbook

D = dt.datetime

CASES = {
    "fr": (["N°", "Engagement", "Jalons", "Structure responsable", "Date de début",
            "Date de fin", "Taux d'exécution", "Niveau d'achèvement"],
           ("Substantiel", "Achevé"), ("substantial", "complete"), True),
    "en": (["No.", "Commitment", "Milestone", "Lead agency", "Start date", "End date",
            "Completion status"], ("Limited", "Substantial"), ("limited", "substantial"), False),
    "es": (["N°", "Compromiso", "Hito", "Institución responsable", "Fecha de inicio",
            "Fecha de término", "Nivel de cumplimiento"], ("Sustancial", "Completo"),
           ("substantial", "complete"), False),
    "en-verdict": (["No.", "Commitment", "Milestone", "Lead agency", "Start date", "End date",
                    "CSO assessment"], ("Limited", "Complete"), ("limited", "complete"), False),
    "pt": (["Nº", "Compromisso", "Marco", "Instituição responsável", "Data de início",
            "Data de término", "Grau de cumprimento"], ("Limitado", "Substancial"),
           ("limited", "substantial"), False),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(CASES))
def test_completion_merged_per_commitment(tmp_path, lang):
    head, words, want, has_pct = CASES[lang]
    pct = ["45 %"] if has_pct else []
    first = [
        ("1", "Budget ouvert", "Publier le budget", "Ministère A", D(2019, 6, 30)),
        ("2", "Données ouvertes", "Lancer le portail", "Ministère B", D(2019, 12, 31)),
    ]
    rows = [["Plan de suivi"], head]
    for (code, title, milestone, lead, end), word in zip(first, words, strict=True):
        rows.append([code, title, milestone, lead, D(2019, 1, 1), end, *pct, word])
        if code == "1":
            rows.append([None, None, "Diffuser le budget", None, D(2019, 7, 1),
                         D(2019, 12, 31), *pct, None])  # fmt: skip
    last = "H" if has_pct else "G"
    path = workbook(
        tmp_path / "c.xlsx",
        {"Suivi": rows},
        merges=[("Suivi", "A3:A4"), ("Suivi", "B3:B4"), ("Suivi", f"{last}3:{last}4")],
    )
    got = imported(tmp_path, path)
    assert (got["1"]["completion"], got["2"]["completion"]) == want
    assert [ms[0] for ms in got["1"]["milestones"]] == ["Publier le budget", "Diffuser le budget"]
    if has_pct:
        assert got["1"]["milestones"][0][3] == 45.0


def test_a_completion_header_over_numbers_stays_the_progress(tmp_path):
    rows = [
        ["No.", "Commitment", "Milestone", "Start date", "End date", "Completion level"],
        ["1", "Open budget", "Publish the budget", D(2019, 1, 1), D(2019, 6, 30), "60%"],
    ]
    got = imported(tmp_path, workbook(tmp_path / "n.xlsx", {"S": rows}))
    assert got["1"]["milestones"][0][3] == 60.0
