"""Monitoring Matrix: logframe monitoring of OGP action-plan commitments."""

__version__ = "0.1.0"
APP_NAME = "Monitoring Matrix"
