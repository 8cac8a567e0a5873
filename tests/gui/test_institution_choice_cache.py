# ruff: noqa: F811  (pytest fixtures imported from commitment_helpers)
"""The editor's "add institution" choice is read once per change of the institution table
(every edit refreshes the editor; re-reading them all was a fifth of an edit's time in a
2,000-commitment project), and still follows every change that can alter it."""

from __future__ import annotations

from commitment_helpers import env, tab  # noqa: F401

from matrix_app.domain import models as m


def choices(overview) -> list[str]:
    return [overview.inst_pick.itemText(i) for i in range(overview.inst_pick.count())]


def test_the_choice_follows_institution_edits_and_undo_but_is_not_reread(env, monkeypatch):
    overview = tab(env, "overview")
    env.doc.create(m.Institution, "Add institution", name="Contraloría", kind="ministry")
    env.qtbot.waitUntil(lambda: "Contraloría" in choices(overview))
    reads = []
    real_rows = env.doc.project.rows
    monkeypatch.setattr(
        env.doc.project,
        "rows",
        lambda cls, **kw: (
            (reads.append(cls) if cls is m.Institution else None) or real_rows(cls, **kw)
        ),
    )
    commitment_id = env.editor.commitment_id
    env.doc.update(m.Commitment, commitment_id, "Edit title", title="Otro título")
    env.doc.institutions()
    assert m.Institution not in reads  # an edit elsewhere keeps the list
    env.doc.update(
        m.Institution,
        next(i.id for i in env.doc.institutions() if i.name == "Contraloría"),
        "Rename",
        name="Contraloría General",
    )
    env.qtbot.waitUntil(lambda: "Contraloría General" in choices(overview))
    env.doc.undo_stack.undo()
    env.qtbot.waitUntil(lambda: "Contraloría" in choices(overview))
    env.doc.notify("*")  # an import or a merge: everything is read again
    reads.clear()
    env.doc.institutions()
    assert reads == [m.Institution]
