"""Typed settings over QSettings, with defaults and versioned upgrades (Picard's config style).

Code reads ``settings.author`` rather than ``QSettings().value("author")``, so every key has
one name, one type and one default. ``UPGRADES[n]`` rewrites settings written by version
``n - 1`` of this scheme; they run once, in order, when an older store is opened.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Monitoring Matrix"
APPLICATION = "Monitoring Matrix"

#: Version of the settings layout written by this code.
SETTINGS_VERSION = 1
MAX_RECENT = 8
LANGUAGES = ("", "en", "es")  # "" = follow the system


def _normalise_recent(qs: QSettings) -> None:
    """v0 -> v1: recent files became absolute, de-duplicated paths in a list."""
    raw = qs.value("recent_files", [])
    if isinstance(raw, str):
        raw = [raw] if raw else []
    seen: list[str] = []
    for item in raw or []:
        path = os.path.abspath(str(item))
        if path not in seen:
            seen.append(path)
    qs.setValue("recent_files", seen[:MAX_RECENT])


UPGRADES: dict[int, Callable[[QSettings], None]] = {1: _normalise_recent}


class Settings:
    """The user's preferences. Pass a QSettings to use another store (tests use an ini file)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)
        self.upgrade()

    @classmethod
    def at(cls, path: Path | str) -> Settings:
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def upgrade(self) -> None:
        found = self._int("settings_version", 0)
        for version in range(found + 1, SETTINGS_VERSION + 1):
            UPGRADES[version](self.store)
        if found != SETTINGS_VERSION:
            self.store.setValue("settings_version", SETTINGS_VERSION)
            self.store.sync()

    def _int(self, key: str, default: int) -> int:
        try:
            return int(self.store.value(key, default))
        except (TypeError, ValueError):
            return default

    def _str(self, key: str, default: str = "") -> str:
        value = self.store.value(key, default)
        return value if isinstance(value, str) else default

    def _bytes(self, key: str) -> QByteArray:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) else QByteArray()

    # -- preferences ---------------------------------------------------------------------
    @property
    def author(self) -> str:
        """Name written to the change journal ("" = the MATRIX_AUTHOR or OS user name)."""
        return self._str("author").strip()

    @author.setter
    def author(self, value: str) -> None:
        self.store.setValue("author", (value or "").strip())

    @property
    def language(self) -> str:
        """Interface language: "en", "es", or "" to follow the system."""
        value = self._str("language")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self.store.setValue("language", value if value in LANGUAGES else "")

    # -- recent files --------------------------------------------------------------------
    @property
    def recent_files(self) -> list[str]:
        raw = self.store.value("recent_files", [])
        if isinstance(raw, str):
            raw = [raw] if raw else []
        return [str(p) for p in raw or []][:MAX_RECENT]

    def add_recent(self, path: Path | str) -> None:
        item = os.path.abspath(str(path))
        items = [p for p in self.recent_files if p != item]
        self.store.setValue("recent_files", [item, *items][:MAX_RECENT])

    def remove_recent(self, path: Path | str) -> None:
        item = os.path.abspath(str(path))
        self.store.setValue("recent_files", [p for p in self.recent_files if p != item])

    def clear_recent(self) -> None:
        self.store.setValue("recent_files", [])

    # -- window --------------------------------------------------------------------------
    @property
    def window_geometry(self) -> QByteArray:
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self.store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.store.setValue("window/state", value)

    def layout(self, key: str) -> QByteArray:
        """A saved splitter or header state ("" when none was saved)."""
        return self._bytes(f"layout/{key}")

    def set_layout(self, key: str, value: QByteArray) -> None:
        self.store.setValue(f"layout/{key}", value)

    def sync(self) -> None:
        self.store.sync()
