"""Where bundled files live: the source tree, an installed package, or a PyInstaller bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def app_root() -> Path:
    """The folder that holds ``resources/`` and ``sample_projects/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]  # src/matrix_app/paths.py -> repository root


def resources_dir() -> Path:
    return app_root() / "resources"


def sample_project() -> Path:
    return app_root() / "sample_projects" / "chile-nap-2014-2016.nap"


def state_dir() -> Path:
    """The user's own folder for what the application keeps between runs that is not a
    setting (the record of checked files, the error log); ``MATRIX_STATE_DIR`` overrides."""
    override = os.environ.get("MATRIX_STATE_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "matrix-app"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "matrix-app"
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "matrix-app"


def log_dir() -> Path:
    """Where an internal error's details are written (``MATRIX_LOG_DIR`` overrides)."""
    override = os.environ.get("MATRIX_LOG_DIR")
    if override:
        return Path(override)
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Logs" / "matrix-app"
    return state_dir() / "logs"


def is_sample_project(path: Path | str) -> bool:
    """Whether ``path`` is the bundled sample itself (not a copy of it): that file is shipped
    (and in the source tree, tracked), so the application opens the user's own copy instead."""
    sample = sample_project()
    try:
        return Path(path).resolve() == sample.resolve() or os.path.samefile(path, sample)
    except OSError:
        return False
