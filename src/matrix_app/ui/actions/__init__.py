"""Menu actions of features (Excel, report, exchange), installed into the main window.

Each module here has ``install(window) -> None``. The window it receives offers:
``window.file_menu`` / ``window.tools_menu`` (QMenu), ``window.document`` (Document or None),
the signal ``window.document_changed(object)``, and
``window.run_task(title, fn, on_done)`` which runs ``fn(progress, cancelled)`` off the GUI
thread with a progress dialog and a Cancel button, shows errors as a dialog, and calls
``on_done(result)`` on the GUI thread. Actions are only installed for features that work.
"""

#: Feature modules whose actions the main window installs, in menu order.
FEATURE_ACTION_MODULES: tuple[str, ...] = ("excel", "report", "publish", "exchange", "plan")
