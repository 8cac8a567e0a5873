"""Issue 12: the window's size and layout come back next time; the first start fits the
screen; the dashboard's title column takes the room the window gives it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from matrix_app.ui.dashboard_model import COLUMNS
from matrix_app.ui.main_window import FIRST_SIZE, TREE_SHARE, MainWindow
from matrix_app.ui.settings import Settings


def open_window(qtbot, settings, path=None):
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    if path is not None:
        win.open_path(path)
        win.settle()
        qtbot.waitUntil(lambda: win.data is not None, timeout=10000)
    QApplication.processEvents()
    return win


def drag(widget, pos):
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def quit_from_menu(qtbot, win):
    """File > Quit, as a user chooses it."""
    menu = win.file_menu
    assert win.quit_action in menu.actions()
    win.quit_action.trigger()
    win.runner.wait()
    assert not win.isVisible()


def test_first_start_fits_the_screen(qtbot, settings, asked):
    win = open_window(qtbot, settings)
    room = win.screen().availableGeometry()
    assert win.width() == max(
        win.minimumWidth(), min(room.width(), round(room.width() * FIRST_SIZE))
    )
    assert win.height() == max(
        win.minimumHeight(), min(room.height(), round(room.height() * FIRST_SIZE))
    )
    quit_from_menu(qtbot, win)


def test_size_splitter_and_sort_come_back(qtbot, tmp_path, asked, sample_copy):
    settings = Settings.at(tmp_path / "layout.ini")
    win = open_window(qtbot, settings, sample_copy)
    win.resize(1010, 690)
    QApplication.processEvents()
    # drag the splitter between tree and dashboard with the mouse
    handle = win.splitter.handle(1)
    before = win.splitter.sizes()[0]
    centre = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=centre)
    drag(handle, centre - QPoint(60, 0))  # QTest's mouseMove carries no held button
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=centre - QPoint(60, 0))
    assert win.splitter.sizes()[0] < before
    win.resize(800, 575)  # a size the offscreen screen (800x600) can give back
    QApplication.processEvents()
    sizes = win.splitter.sizes()
    # click the Completion header to sort by it
    header = win.dashboard.table.horizontalHeader()
    col = COLUMNS.index("completion")
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert win.dashboard.model.sort_column == col
    quit_from_menu(qtbot, win)

    again = open_window(qtbot, Settings.at(tmp_path / "layout.ini"), sample_copy)
    assert (again.width(), again.height()) == (800, 575)
    assert again.splitter.sizes() == sizes
    assert again.dashboard.model.sort_column == col
    quit_from_menu(qtbot, again)


def test_dashboard_title_column_follows_the_window(qtbot, settings, asked, sample_copy):
    win = open_window(qtbot, settings, sample_copy)
    table = win.dashboard.table
    header = table.horizontalHeader()
    title = COLUMNS.index("title")
    widths = []
    for width in (1000, 1700, 1100):
        win.resize(width, 760)
        QApplication.processEvents()
        qtbot.wait(10)
        widths.append(header.sectionSize(title))
        if header.length() > table.viewport().width():  # narrow: the title keeps its minimum
            continue
        assert header.length() == table.viewport().width()
    assert widths[1] > widths[0] + 500
    # resized while a commitment was shown, the dashboard still fits when it comes back
    win.tree.select(win.tree.model.plans[-1].commitments[0].id)
    win.resize(1600, 760)
    QApplication.processEvents()
    win.tree.select(win.tree.model.plans[-1].id)
    QApplication.processEvents()
    assert header.length() == table.viewport().width()
    quit_from_menu(qtbot, win)


def _cut_titles(win) -> list[str]:
    """Commitment titles wider than the room the project tree gives their row."""
    view = win.tree.view
    model = view.model()
    metrics = view.fontMetrics()
    cut = []
    for row in range(model.rowCount()):
        plan = model.index(row, 0)
        view.expand(plan)
        for child in range(model.rowCount(plan)):
            index = model.index(child, 0, plan)
            text = index.data()
            room = view.viewport().width() - view.visualRect(index).left() - 8
            if metrics.horizontalAdvance(text) > room:
                cut.append(text)
    return cut


def test_tree_takes_a_share_of_a_wide_window(qtbot, tmp_path, asked, sample_copy):
    settings = Settings.at(tmp_path / "wide.ini")
    win = open_window(qtbot, settings, sample_copy)
    win.resize(1920, 1000)
    QApplication.processEvents()
    wide = win.splitter.sizes()[0]
    assert wide >= round(sum(win.splitter.sizes()) * TREE_SHARE) - 1
    assert wide > 320
    assert _cut_titles(win) == []  # the sample's commitment titles fit at 1920 px
    win.resize(1000, 700)
    QApplication.processEvents()
    assert win.splitter.sizes()[0] < wide  # nobody dragged: the share follows the window
    quit_from_menu(qtbot, win)

    # nothing was dragged, so nothing is frozen: the next wide start is wide again
    again = open_window(qtbot, Settings.at(tmp_path / "wide.ini"), sample_copy)
    again.resize(1920, 1000)
    QApplication.processEvents()
    assert again.splitter.sizes()[0] == wide
    quit_from_menu(qtbot, again)


def test_a_dragged_tree_width_stays_when_the_window_grows(qtbot, settings, asked, sample_copy):
    win = open_window(qtbot, settings, sample_copy)
    win.resize(1010, 690)
    QApplication.processEvents()
    handle = win.splitter.handle(1)
    centre = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=centre)
    drag(handle, centre - QPoint(40, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=centre - QPoint(40, 0))
    chosen = win.splitter.sizes()[0]
    win.resize(1900, 900)
    QApplication.processEvents()
    assert win.splitter.sizes()[0] == chosen  # the user's width, not the share
    quit_from_menu(qtbot, win)
