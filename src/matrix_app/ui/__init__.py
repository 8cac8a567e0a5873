"""The Qt face of Monitoring Matrix. The only package that imports PySide6."""
