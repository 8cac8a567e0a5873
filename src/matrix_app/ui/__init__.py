"""The Qt face of Monitoring Matrix. The only package that imports PySide6."""

from .none_guard import protect_none

protect_none()
