"""File > Package for institution…, File > Merge changes from file…, Tools > Merge conflicts….

The work runs in ``services.exchange`` off the GUI thread (``window.run_task``); this module
asks what to do, shows what happened (a summary per entity) and lets the user settle each
conflict with both values side by side, who changed them and when.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.file_names import derived_name, fit_path
from ...messages import MatrixError
from .. import dialogs

if TYPE_CHECKING:  # SQLModel and the exchange services load off the GUI thread
    from ...services.exchange import ConflictView, MergeSummary, RestorePoint

CONTEXT = "Exchange"


def _tr(text: str) -> str:
    # lupdate does not see calls of this wrapper: matrix_exchange_es.ts is kept by hand
    # (add the message there, then tools/i18n.py --release-only; a test checks it is complete)
    return QCoreApplication.translate(CONTEXT, text)


def _trn(text: str, n: int) -> str:
    """A message with a count: ``%n`` in ``text`` takes the plural form of ``n``."""
    return QCoreApplication.translate(CONTEXT, text, "", n)


def entity_label(table: str) -> str:
    labels = {
        "action_plan": _tr("Action plan"),
        "institution": _tr("Institution"),
        "commitment": _tr("Commitment"),
        "commitment_institution": _tr("Responsible institution"),
        "result": _tr("Logframe row"),
        "indicator": _tr("Indicator"),
        "target": _tr("Target"),
        "target_revision": _tr("Target revision"),
        "measurement": _tr("Measurement"),
        "evidence": _tr("Evidence"),
        "narrative": _tr("Narrative"),
        "translation": _tr("Translation"),
        "consultation_comment": _tr("Consultation comment"),
        "report_profile": _tr("Report settings"),
    }
    if table in labels:
        return labels[table]
    from ..commitment.labels import entity_label as editor_label  # every table, translated

    name = editor_label(table)
    return name[:1].upper() + name[1:]


def field_label(name: str | None) -> str:
    labels = {
        "title": _tr("title"),
        "name": _tr("name"),
        "narrative": _tr("narrative summary"),
        "assumptions": _tr("assumptions"),
        "objective": _tr("objective"),
        "description": _tr("description"),
        "completion": _tr("completion"),
        "value": _tr("value"),
        "due_date": _tr("due date"),
        "measured_on": _tr("date"),
        "baseline_value": _tr("baseline"),
        "position": _tr("order"),
        "text": _tr("text"),
        "progress": _tr("progress"),
        "start_date": _tr("start date"),
        "end_date": _tr("end date"),
        # the plan's own fields (the editor's labels cover the rest, schema 4 included)
        "government": _tr("government"),
        "period_start": _tr("period start"),
        "period_end": _tr("period end"),
        "coordinating_body": _tr("coordinating body"),
        "notes": _tr("notes"),
    }
    if not name:
        return ""
    if name in labels:
        return labels[name]
    from ..commitment.labels import field_label as editor_label  # every field, translated

    return editor_label(name)


def show_value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def show_stamp(author: str, at: str) -> str:
    """“Ana · 1 May 2024 14:03” in local time, as the History tab writes it."""
    from ..commitment.fmt import local_time_text

    when = local_time_text(at) if at else at
    return f"{author or _tr('unknown')} · {when}" if when else author


def side_text(c: ConflictView, side: str) -> str:
    """What one side did, in words: its value, or a deletion, or the edit against one."""
    value = c.ours_value if side == "ours" else c.theirs_value
    if c.kind == "delete":
        if c.deleted_by == side:
            return _tr("Deleted (with everything under it)")
        if not isinstance(value, dict):
            return _tr("Kept and edited")
        what = entity_label(value.get("edited", ""))
        what = what[:1].lower() + what[1:]  # inside a sentence
        action = value.get("action")
        if action == "create":
            return _tr("Added {what} under it").format(what=what)
        if value.get("below"):  # the change that keeps this batch is on a row under it
            if action == "restore":
                return _tr("Restored {what} under it").format(what=what)
            return _tr("Edited {what} under it: {field}").format(
                what=what, field=field_label(value.get("field"))
            )
        if action == "restore":
            return _tr("Restored (undid its deletion)")
        if value.get("field"):
            return _tr("Edited: {field}").format(field=field_label(value["field"]))
        return _tr("Kept and edited")
    return show_value(value)


def what_text(c: ConflictView) -> str:
    head = entity_label(c.entity)
    if c.field:
        head = f"{head} · {field_label(c.field)}"
    return f"{head}\n{c.label}" if c.label else head


class ConflictTableModel(QAbstractTableModel):
    """Conflicts, one per row: what, our value, who/when, their value, who/when, keep."""

    WHAT, OURS, OURS_BY, THEIRS, THEIRS_BY, KEEP = range(6)
    CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, conflicts: list[ConflictView], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.conflicts = list(conflicts)
        self.choices: dict[str, str] = {c.id: c.applied for c in self.conflicts}

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.conflicts)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            _tr("What"),
            _tr("Ours (this file)"),
            _tr("Who, when"),
            _tr("Theirs (merged file)"),
            _tr("Who, when"),
            _tr("Keep"),
        ][section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.conflicts)):
            return None
        c = self.conflicts[index.row()]
        col = index.column()
        choice = self.choices.get(c.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.WHAT:
                return what_text(c)
            if col == self.OURS:
                return side_text(c, "ours")
            if col == self.OURS_BY:
                return show_stamp(c.ours_author, c.ours_at)
            if col == self.THEIRS:
                return side_text(c, "theirs")
            if col == self.THEIRS_BY:
                return show_stamp(c.theirs_author, c.theirs_at)
            if col == self.KEEP:
                return _tr("Ours") if choice == "ours" else _tr("Theirs")
        if role == Qt.ItemDataRole.FontRole and col in (self.OURS, self.THEIRS):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold((col == self.OURS) == (choice == "ours"))
            return font
        if role == self.CHOICE_ROLE:
            return choice
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def choose(self, rows: list[int], side: str) -> None:
        for row in rows:
            if 0 <= row < len(self.conflicts):
                self.choices[self.conflicts[row].id] = side
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), 0), self.index(max(rows), self.columnCount() - 1)
            )


class ConflictsDialog(QDialog):
    """Both values side by side; the user picks per conflict, then Apply settles them."""

    def __init__(self, conflicts: list[ConflictView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Merge conflicts"))
        self.resize(1000, 480)
        self.model = ConflictTableModel(conflicts, self)
        intro = QLabel(
            _tr(
                "These changes were made differently in the two files. Both values are kept; "
                "the bold one is in the project now. Choose which to keep for each, then Apply."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ConflictTableModel.WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            ConflictTableModel.KEEP, QHeaderView.ResizeMode.ResizeToContents
        )
        for col, width in ((1, 200), (2, 150), (3, 200), (4, 150)):
            self.table.setColumnWidth(col, width)
        self.table.resizeRowsToContents()
        self.table.doubleClicked.connect(self._toggle)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setMaximumHeight(90)
        self.table.selectionModel().selectionChanged.connect(self._show_detail)

        self.ours_button = QPushButton(_tr("Keep &ours"))
        self.theirs_button = QPushButton(_tr("Keep &theirs"))
        self.all_ours_button = QPushButton(_tr("All ours"))
        self.all_theirs_button = QPushButton(_tr("All theirs"))
        self.ours_button.clicked.connect(lambda: self.choose_selected("ours"))
        self.theirs_button.clicked.connect(lambda: self.choose_selected("theirs"))
        self.all_ours_button.clicked.connect(lambda: self.choose_all("ours"))
        self.all_theirs_button.clicked.connect(lambda: self.choose_all("theirs"))
        row = QHBoxLayout()
        for b in (self.ours_button, self.theirs_button, self.all_ours_button):
            row.addWidget(b)
        row.addWidget(self.all_theirs_button)
        row.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).setText(_tr("&Apply"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Decide &later"))
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        if conflicts:
            self.table.selectRow(0)

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def choose_selected(self, side: str) -> None:
        self.model.choose(self.selected_rows(), side)
        self._show_detail()

    def choose_all(self, side: str) -> None:
        self.model.choose(list(range(self.model.rowCount())), side)
        self._show_detail()

    def _toggle(self, index: QModelIndex) -> None:
        if index.column() in (ConflictTableModel.OURS, ConflictTableModel.OURS_BY):
            self.model.choose([index.row()], "ours")
        elif index.column() in (ConflictTableModel.THEIRS, ConflictTableModel.THEIRS_BY):
            self.model.choose([index.row()], "theirs")

    def _show_detail(self, *args: object) -> None:
        rows = self.selected_rows()
        if not rows:
            self.detail.clear()
            return
        c = self.model.conflicts[rows[0]]
        self.detail.setPlainText(
            _tr("Ours ({who}): {value}\nTheirs ({who2}): {value2}\nFrom: {source}").format(
                who=show_stamp(c.ours_author, c.ours_at),
                value=side_text(c, "ours"),
                who2=show_stamp(c.theirs_author, c.theirs_at),
                value2=side_text(c, "theirs"),
                source=c.source_name,
            )
        )

    def choices(self) -> dict[str, str]:
        return dict(self.model.choices)


class SummaryDialog(QDialog):
    """What a merge brought in, per entity; a button leads to the conflicts."""

    def __init__(self, summary: MergeSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Merge summary"))
        self.show_conflicts = False
        data = summary.to_json()
        layout = QVBoxLayout(self)
        entities = data["entities"]
        #: The headline counts what the table lists - rows added, updated, deleted, restored
        #: (a conflict's row is counted there when their value was taken) - so the two agree;
        #: the changes behind them (one per field changed) are said apart.
        self.rows_changed = sum(
            counts[k]
            for counts in entities.values()
            for k in ("added", "updated", "deleted", "restored")
        )
        if not summary.incoming:
            text = _tr("{file} has no changes that this project does not already have.")
        elif not self.rows_changed and summary.open_conflicts:
            # their changes clash with ours: "already here, nothing changed" would be wrong
            text = _trn(
                "The %n change(s) in {file} differ from this project's own; nothing was "
                "overwritten.",
                summary.incoming,
            )
        elif not self.rows_changed:
            text = _trn(
                "The %n change(s) in {file} were already in this project; nothing changed.",
                summary.incoming,
            )
        else:
            text = _trn("%n row(s) changed by the merge from {file}", self.rows_changed)
            text += " (" + _trn("%n change(s)", summary.incoming) + "):"
        label = QLabel(text.format(file=Path(summary.source).name))
        self.headline = label
        label.setWordWrap(True)
        layout.addWidget(label)
        if entities:
            heads = [_tr("Added"), _tr("Updated"), _tr("Deleted"), _tr("Restored")]
            heads.append(_tr("Conflicts"))
            self.table = QTableWidget(len(entities), len(heads))
            self.table.setHorizontalHeaderLabels(heads)
            self.table.setVerticalHeaderLabels([entity_label(e) for e in entities])
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            for r, counts in enumerate(entities.values()):
                keys = ("added", "updated", "deleted", "restored", "conflicts")
                for c, key in enumerate(keys):
                    item = QTableWidgetItem(str(counts[key]) if counts[key] else "")
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.table.setItem(r, c, item)
            self.table.resizeColumnsToContents()
            self.table.verticalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents
            )
            self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            self.table.setMinimumWidth(560)
            self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            rows = self.table.verticalHeader().length() + self.table.horizontalHeader().height()
            self.table.setMaximumHeight(rows + 2 * self.table.frameWidth() + 2)
            layout.addWidget(self.table)
        if data["blobs_added"]:
            layout.addWidget(QLabel(_trn("%n new evidence file(s) stored.", data["blobs_added"])))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("&Close"))
        buttons.rejected.connect(self.reject)
        self.conflicts_button: QPushButton | None = None
        if summary.open_conflicts:
            note = QLabel(
                _trn(
                    "%n conflict(s): both values were kept and the later change is shown for "
                    "now. Choose which to keep.",
                    summary.open_conflicts,
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            self.conflicts_button = buttons.addButton(
                _tr("&Resolve conflicts…"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            buttons.accepted.connect(self._resolve)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _resolve(self) -> None:
        self.show_conflicts = True
        self.accept()


class PackageDialog(QDialog):
    """Choose the institution whose commitments go into the package."""

    def __init__(self, choices: list[tuple[str, str, int]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Package for institution"))
        self.combo = QComboBox()
        for name, acronym, count in choices:
            text = f"{name} ({acronym})" if acronym else name
            self.combo.addItem(
                _trn("{name} – %n commitment(s)", count).format(name=text), userData=name
            )
        info = QLabel(
            _tr(
                "The package is a project file with the plan and only the commitments where "
                "this institution is lead or support. Send it to the institution; when it "
                "comes back, use File › Merge changes from file."
            )
        )
        info.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_tr("&Institution:"), self.combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("&Package…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def institution(self) -> str:
        return str(self.combo.currentData() or "")


def ask_other_file(parent: QWidget | None) -> Path | None:
    """The copy or package to merge from (patched in tests)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        _tr("Merge changes from file"),
        "",
        dialogs.nap_filter() + ";;" + QCoreApplication.translate("Dialogs", "All files (*)"),
    )
    return Path(name) if name else None


def package_choices(project) -> list[tuple[str, str, int]]:
    """Institutions that lead or support at least one live commitment, with the count."""
    from ...domain import models as m

    live = {c.id for c in project.rows(m.Commitment)}
    counts: dict[str, set[str]] = {}
    for link in project.rows(m.CommitmentInstitution):
        if link.commitment_id in live:
            counts.setdefault(link.institution_id, set()).add(link.commitment_id)
    out = []
    for inst in project.rows(m.Institution):
        if inst.id in counts:
            out.append((inst.name, inst.acronym, len(counts[inst.id])))
    return sorted(out, key=lambda x: x[0].casefold())


class MergeCommand(QUndoCommand):
    """A merge on the undo stack: its undo puts the restore point back (the project copied
    just before the merge), so the edits made before it stay undoable below it instead of
    being cleared. There is no redo (the command goes away when undone): merge again."""

    def __init__(self, actions: ExchangeActions, point: RestorePoint, source: str) -> None:
        super().__init__(_tr("merge of {file}").format(file=source))
        self.actions = actions
        self.point = point
        self.source = source
        self.confirmed = False  # the Undo merge action asked already
        self._skip_redo = True  # QUndoStack.push calls redo(); the merge is done

    def redo(self) -> None:
        # Only ever called by push (skipped) or to step back over an undo that was
        # declined or failed (the file still holds the merge).
        self._skip_redo = False

    def undo(self) -> None:
        if self.actions.restore_merge(self):
            self.setObsolete(True)  # removed from the stack: its file state is gone
            return
        # Declined or failed: the project still holds the merge, so step the stack back.
        stack = self.actions.document.undo_stack if self.actions.document else None
        if stack is not None:
            self._skip_redo = True
            QTimer.singleShot(0, stack.redo)


class ExchangeActions(QObject):
    """The three actions and their flows, bound to one main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.package_action = QAction(_tr("&Package for institution…"), window)
        self.package_action.setStatusTip(
            _tr("Write a project file with one institution's commitments, to send it")
        )
        self.merge_action = QAction(_tr("&Merge changes from file…"), window)
        self.merge_action.setStatusTip(
            _tr("Bring in the changes made in a copy or package of this project")
        )
        self.conflicts_action = QAction(_tr("Merge &conflicts…"), window)
        self.conflicts_action.setStatusTip(_tr("Choose which value to keep for each conflict"))
        self.undo_merge_action = QAction(_tr("Undo &merge…"), window)
        self.undo_merge_action.setVisible(False)
        self.undo_merge_action.setStatusTip(
            _tr("Put the project back as it was just before the last merge")
        )
        self.package_action.triggered.connect(self.package)
        self.merge_action.triggered.connect(self.merge)
        self.conflicts_action.triggered.connect(self.resolve)
        self.undo_merge_action.triggered.connect(self.undo_merge)
        window.file_menu.addSeparator()
        window.file_menu.addAction(self.package_action)
        window.file_menu.addAction(self.merge_action)
        window.tools_menu.addAction(self.conflicts_action)
        edit_menu = getattr(window, "edit_menu", None)
        if edit_menu is not None:  # after Undo/Redo, before the separator
            actions = edit_menu.actions()
            before = next((a for a in actions if a.isSeparator()), None)
            edit_menu.insertAction(before, self.undo_merge_action)
        self._stack = None
        window.document_changed.connect(self._watch_stack)
        window.document_changed.connect(self.update_actions)
        self._watch_stack(window.document)
        self.update_actions()

    @property
    def document(self):
        return self.window.document

    def _watch_stack(self, doc: object = None) -> None:
        stack = doc.undo_stack if doc is not None else None  # type: ignore[attr-defined]
        if stack is self._stack:
            return
        if self._stack is not None:
            try:
                self._stack.indexChanged.disconnect(self.update_actions)
            except (RuntimeError, TypeError):
                pass
        self._stack = stack
        if stack is not None:
            stack.indexChanged.connect(self.update_actions)

    def update_actions(self, *args: object) -> None:
        doc = self.document
        self.package_action.setEnabled(doc is not None)
        writable = doc is not None and not doc.read_only
        self.merge_action.setEnabled(writable)
        if writable:  # the exchange services (and SQLModel) load only once a project is open
            from ...services.exchange import list_conflicts

            self.conflicts_action.setEnabled(bool(list_conflicts(doc.project)))
        else:
            self.conflicts_action.setEnabled(False)
        # Right after a merge, Edit › Undo itself reads "Undo merge of FILE"; once edits
        # follow it, this item offers to go back past them to before the merge.
        found = self.last_merge()
        later = doc.undo_stack.index() - found[0] - 1 if doc is not None and found else 0
        self.undo_merge_action.setVisible(found is not None and later > 0)
        self.undo_merge_action.setEnabled(writable and found is not None and later > 0)
        if found is not None and later > 0:
            self.undo_merge_action.setText(
                _trn("Undo &merge of {file} and the %n edit(s) after it…", later).format(
                    file=found[1].source
                )
            )

    def last_merge(self) -> tuple[int, MergeCommand] | None:
        """The newest merge that can still be undone: (its index on the stack, command)."""
        doc = self.document
        if doc is None:
            return None
        stack = doc.undo_stack
        for i in range(stack.index() - 1, -1, -1):
            cmd = stack.command(i)
            if isinstance(cmd, MergeCommand):
                return i, cmd
        return None

    # -- undo a merge --------------------------------------------------------------------
    def undo_merge(self) -> None:
        """Edit › Undo merge…: ask, then undo down to and including the last merge."""
        found = self.last_merge()
        doc = self.document
        if found is None or doc is None:
            return
        index, cmd = found
        later = doc.undo_stack.index() - index - 1
        if not self._confirm_undo(cmd, later):
            return
        cmd.confirmed = True
        stack = doc.undo_stack
        stack.setIndex(index)
        if stack.index() == index and stack.count() > index:
            # Restored: the edits undone on the way were made on the merged file, so they
            # cannot be redone on this one. Pushing an obsolete command drops them.
            cut = QUndoCommand()
            cut.setObsolete(True)
            stack.push(cut)

    def _confirm_undo(self, cmd: MergeCommand, later: int) -> bool:
        text = _tr(
            "Put {project} back as it was just before merging {file}? Everything the merge "
            "brought in, and any conflict choices made since, will be gone. The copy from "
            "before the merge is {copy}."
        ).format(project=cmd.point.project.name, file=cmd.source, copy=cmd.point.path.name)
        if later:
            text += " " + _trn("The %n edit(s) made after the merge are undone too.", later)
        return dialogs.confirm(self.window, _tr("Undo merge"), text)

    def restore_merge(self, cmd: MergeCommand) -> bool:
        """Replace the project file with the restore point and reopen it in place (the same
        Document, so the undo history below the merge stays). False if declined or failed;
        the project then still holds the merge."""
        from ...services.exchange import restore
        from ...services.project import Project

        doc = self.document
        if doc is None:
            return False
        if not cmd.confirmed and not self._confirm_undo(cmd, 0):
            return False
        cmd.confirmed = False
        runner = getattr(self.window, "runner", None)
        if runner is not None:  # nothing may read the file while it is replaced
            runner.cancel_all()
            runner.wait()
        old = doc.project
        path, author = old.path, old.author
        old.close()
        error: MatrixError | None = None
        try:
            restore(cmd.point)
        except MatrixError as exc:
            error = exc
        try:
            doc.project = Project.open(path, author=author)
        except MatrixError as exc:
            dialogs.show_error(self.window, _tr("Undo merge"), exc.message())
            close = getattr(self.window, "close_project", None)
            if close is not None:
                close()
            return False
        doc.notify("*")
        self.update_actions()
        if error is not None:
            dialogs.show_error(self.window, _tr("Undo merge"), error.message())
            return False
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(
                _tr("The merge of {file} was undone.").format(file=cmd.source), 5000
            )
        return True

    # -- package -------------------------------------------------------------------------
    def package(self) -> None:
        doc = self.document
        if doc is None:
            return
        choices = package_choices(doc.project)
        if not choices:
            dialogs.show_error(
                self.window,
                _tr("Package for institution"),
                _tr("No institution is lead or support of a commitment yet."),
            )
            return
        dialog = PackageDialog(choices, self.window)
        if not dialogs.run_dialog(dialog):
            return
        name = dialog.institution()
        acronym = next((a for n, a, _ in choices if n == name), "") or name
        stem = doc.project.path.stem
        file_name = derived_name(stem, f"-{_slug(acronym)}.nap")
        suggested = str(fit_path(doc.project.path.parent, file_name))
        out = dialogs.ask_save_path(self.window, _tr("Save package as"), suggested)
        if out is None:
            return
        project = doc.project

        def work(progress, cancelled):
            from ...services.exchange import package

            return package(project, out, name, progress=progress, cancel=cancelled)

        def done(summary) -> None:
            dialogs.show_info(
                self.window,
                _tr("Package for institution"),
                _trn(
                    "{file} was written for {name}: %n commitment(s) ({codes}).",
                    len(summary.commitments),
                ).format(
                    file=Path(summary.path).name,
                    name=summary.institution,
                    codes=", ".join(summary.commitments),
                ),
            )

        self.window.run_task(_tr("Packaging…"), work, done)

    # -- merge ---------------------------------------------------------------------------
    def merge(self) -> None:
        doc = self.document
        if doc is None or doc.read_only:
            return
        path = ask_other_file(self.window)
        if path is None:
            return
        project = doc.project

        def work(progress, cancelled):
            from ...services.exchange import merge_with_restore_point

            return merge_with_restore_point(
                project, path, None, progress=progress, cancel=cancelled
            )

        self.window.run_task(_tr("Merging…"), work, self._merged)

    def _merged(self, result: tuple[MergeSummary, RestorePoint | None]) -> None:
        summary, point = result
        doc = self.document
        if doc is not None and point is not None:
            # Undoable: the stack keeps the edits made before, below the merge.
            doc.undo_stack.push(MergeCommand(self, point, Path(summary.source).name))
            doc.notify("*")
        self.update_actions()
        dialog = SummaryDialog(summary, self.window)
        dialogs.run_dialog(dialog)
        if dialog.show_conflicts:
            self.resolve()

    def resolve(self) -> None:
        from ...services.exchange import list_conflicts, settle

        doc = self.document
        if doc is None:
            return
        conflicts = list_conflicts(doc.project)
        if not conflicts:
            self.update_actions()
            return
        dialog = ConflictsDialog(conflicts, self.window)
        if not dialogs.run_dialog(dialog):
            return
        try:
            settle(doc.project, dialog.choices())
        except MatrixError as exc:
            dialogs.show_error(self.window, _tr("Merge conflicts"), exc.message())
            return
        stack = doc.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() else None
        if not isinstance(top, MergeCommand):
            stack.clear()  # the settlement is not undoable edit by edit
        # Right after a merge, undoing the merge also undoes these choices (its text says so).
        doc.notify("*")
        self.update_actions()


def _slug(text: str) -> str:
    keep = "".join(ch if ch.isalnum() else "-" for ch in text.strip())
    slug = "-".join(part for part in keep.split("-") if part).lower()[:40].strip("-")
    return slug or "package"


def install(window) -> ExchangeActions:
    """Add the exchange actions to ``window`` (see ``ui.actions`` for the contract)."""
    actions = ExchangeActions(window)
    window.exchange_actions = actions
    return actions
