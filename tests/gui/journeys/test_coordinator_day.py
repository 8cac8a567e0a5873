"""A coordinator's day, only through real input, in English and in Spanish (issue 12).

Filter and sort the dashboard, build the report, export to Excel, package one institution's
commitments, edit the package as the institution would, merge it back and settle the
conflict it brings; then open the files again and check what they hold.
"""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from test_focal_point_day import CTRL, click, click_index, click_tab, type_into

from matrix_app.domain import models as m
from matrix_app.services.exchange import list_conflicts
from matrix_app.services.project import Project
from matrix_app.ui.actions import excel as excel_actions
from matrix_app.ui.actions import exchange as exchange_actions
from matrix_app.ui.actions import exchange_conflicts, exchange_dialogs
from matrix_app.ui.actions.report import ReportAction

TEXTS = {
    "en": {
        "agency": "Municipal portal, as the agency sees it",
        "ours": "Coordinator's title",
        "other": "Document management, revised by the agency",
        "search": "Portal",
    },
    "es": {
        "agency": "Portal municipal, según la agencia",
        "ours": "Título de la coordinación",
        "other": "Gestión documental, revisada por la agencia",
        "search": "Portal",
    },
}


def activate(qtbot, window):
    """The window manager's part: the main window is active again once a dialog closed."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def open_with_ctrl_o(qtbot, window, asked, path):
    activate(qtbot, window)
    asked.open_path = path
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_O, CTRL)
    window.settle()
    assert window.document.project.path == path


def click_header(qtbot, view, column):
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.viewport().rect().center().__class__(x, header.height() // 2),
    )


def menu_action(menu, action):
    """The action as the menu holds it (a real click on a menu is not possible offscreen)."""
    assert action in menu.actions(), action.text()
    assert action.isEnabled(), action.text()
    return action


def ok_button(dialog):
    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Ok)


def test_a_coordinators_day(window, asked, sample_copy, lang, qtbot, tmp_path, monkeypatch):
    words = TEXTS[lang]
    open_with_ctrl_o(qtbot, window, asked, sample_copy)
    tree = window.tree
    with Project.open(sample_copy, read_only=True) as p:
        plan = next(x for x in p.rows(m.ActionPlan) if "2014" in x.title)
    click_index(qtbot, tree.view, tree.model.find(plan.id))
    window.settle()
    dash = window.dashboard
    assert window.content.currentWidget() is dash
    model = dash.model
    everything = len(model.rows)

    # -- filter: words typed in the search box, an institution chosen with the keyboard ---
    qtbot.mouseClick(dash.search, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dash.search, words["search"])
    assert 0 < len(model.rows) < everything
    assert all(words["search"].lower() in r.title.lower() for r in model.rows)
    click(qtbot, dash.clear_button)
    assert len(model.rows) == everything and not dash.search.text()
    qtbot.mouseClick(dash.institution, Qt.MouseButton.LeftButton)
    for popup in [w for w in (dash.institution.view().window(),) if w.isVisible()]:
        popup.hide()
    qtbot.keyClick(dash.institution, Qt.Key.Key_Down)
    chosen = dash.institution.currentData()
    assert chosen and 0 < len(model.rows) <= everything
    assert all(chosen in r.institutions for r in model.rows)
    click(qtbot, dash.clear_button)

    # -- sort: a click on the Title header, then another for the other way ---------------
    title_col = 1
    click_header(qtbot, dash.table, title_col)
    titles = [r.title for r in model.rows]
    first = titles
    click_header(qtbot, dash.table, title_col)
    titles = [r.title for r in model.rows]
    assert titles == list(reversed(first)) and titles != first
    assert sorted(titles, key=str.casefold) in (titles, list(reversed(titles)))

    # -- the report: the dialog's path typed, Build report clicked ------------------------
    pdf = tmp_path / ("informe.pdf" if lang == "es" else "report.pdf")
    said = []

    def fill_report(self, dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        type_into(qtbot, dialog.path, str(pdf))
        click(qtbot, ok_button(dialog))
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(ReportAction, "exec_dialog", fill_report)
    monkeypatch.setattr(ReportAction, "ask_open", lambda self, text: said.append(text) or False)
    menu_action(window.file_menu, window.report_action.action).trigger()
    window.settle(120000)
    assert pdf.read_bytes()[:5] == b"%PDF-" and said and pdf.name in said[0]

    # -- Excel export -------------------------------------------------------------------
    xlsx = tmp_path / "matriz.xlsx"
    offered = []
    monkeypatch.setattr(excel_actions, "ask_save_path", lambda *a: str(xlsx))
    monkeypatch.setattr(excel_actions, "offer_open", lambda *a: offered.append(a) or False)
    menu_action(window.file_menu, window.excel_actions.export_action).trigger()
    window.settle(120000)
    assert offered
    book = load_workbook(xlsx, read_only=True)
    cells = {
        str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row if c
    }
    with Project.open(sample_copy, read_only=True) as p:
        assert {c.title for c in p.rows(m.Commitment)} <= cells
    book.close()

    # -- package the institution with the most commitments --------------------------------
    package = tmp_path / "paquete.nap"
    choices = exchange_dialogs.package_choices(window.document.project)
    most = max(range(len(choices)), key=lambda i: choices[i][2])

    def fill(dialog):
        if isinstance(dialog, exchange_dialogs.PackageDialog):
            dialog.show()
            qtbot.waitExposed(dialog)
            dialog.combo.setFocus()
            for _ in range(most):
                qtbot.keyClick(dialog.combo, Qt.Key.Key_Down)
            assert dialog.institution() == choices[most][0]
            click(qtbot, ok_button(dialog))
            dialog.hide()

    asked.fill_dialog = fill
    asked.save_path = package
    menu_action(window.file_menu, window.exchange_actions.package_action).trigger()
    window.settle()
    assert asked.of("show_info"), asked.names()
    with Project.open(package, read_only=True) as p:
        packed = sorted(p.rows(m.Commitment), key=lambda c: c.code)
    assert len(packed) == choices[most][2] >= 2
    one, two = packed[0], packed[1]

    # -- the institution edits the package: two titles typed in the overview --------------
    open_with_ctrl_o(qtbot, window, asked, package)
    for commitment, title in ((one, words["agency"]), (two, words["other"])):
        tree = window.tree  # a new tree for each file opened
        click_index(qtbot, tree.view, tree.model.find(commitment.id))
        window.settle()
        overview = click_tab(qtbot, window.editor, "overview")
        type_into(qtbot, overview.fields["title"], title, Qt.Key.Key_Return)
        window.settle()
    with Project.open(package, read_only=True) as p:
        assert p.get(m.Commitment, one.id).title == words["agency"]

    # -- meanwhile the coordinator retitles the first one too -----------------------------
    open_with_ctrl_o(qtbot, window, asked, sample_copy)
    tree = window.tree
    click_index(qtbot, tree.view, tree.model.find(one.id))
    window.settle()
    overview = click_tab(qtbot, window.editor, "overview")
    type_into(qtbot, overview.fields["title"], words["ours"], Qt.Key.Key_Return)
    window.settle()

    # -- merge the package back; the conflict settled with "Keep theirs" and Apply ---------
    def settle_dialogs(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        if isinstance(dialog, exchange_dialogs.SummaryDialog):
            assert dialog.conflicts_button is not None
            click(qtbot, dialog.conflicts_button)
        elif isinstance(dialog, exchange_conflicts.ConflictsDialog):
            row = next(
                i for i, c in enumerate(dialog.model.conflicts) if c.theirs_value == words["agency"]
            )
            click_index(qtbot, dialog.table, dialog.model.index(row, 0))
            click(qtbot, dialog.theirs_button)
            click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Apply))
        dialog.hide()

    asked.fill_dialog = settle_dialogs
    monkeypatch.setattr(exchange_actions, "ask_other_file", lambda parent: package)
    activate(qtbot, window)
    menu_action(window.file_menu, window.exchange_actions.merge_action).trigger()
    window.settle()
    kinds = [type(args[0]).__name__ for args in asked.of("run_dialog")]
    assert kinds[-2:] == ["SummaryDialog", "ConflictsDialog"], kinds

    # -- both files, opened again ---------------------------------------------------------
    with Project.open(sample_copy, read_only=True) as p:
        assert p.get(m.Commitment, one.id).title == words["agency"]
        assert p.get(m.Commitment, two.id).title == words["other"]
        assert not list_conflicts(p)
        titles = [
            (e.old_value, e.new_value)
            for e in p.history(one.id)
            if e.entity == "commitment" and e.field == "title"
        ]
        seen = {v for pair in titles for v in pair if v}
        assert any(words["ours"] in v for v in seen) and any(words["agency"] in v for v in seen)
    with Project.open(package, read_only=True) as p:
        assert p.get(m.Commitment, one.id).title == words["agency"]
