"""The installer's pieces that can be checked without building it (packaging/build_and_check.sh
builds and checks the real bundle): the GUI's smoke-test exit, the .nap file-type metadata."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

from matrix_app.services.project import Project
from matrix_app.storage import migrations

ROOT = Path(__file__).resolve().parents[2]
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def test_gui_smoke_test_starts_and_quits(tmp_path):
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT / "src"),
        "QT_QPA_PLATFORM": "offscreen",
        "MATRIX_LANG": "es",
        "XDG_CONFIG_HOME": str(tmp_path),
        "HOME": str(tmp_path),
    }
    run = subprocess.run(
        [sys.executable, "-m", "matrix_app", "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "shown on offscreen, language es" in run.stdout
    catalogues = int(run.stdout.split("language es, ")[1].split()[0])
    assert catalogues >= 1


def test_mime_magic_matches_a_real_project_file(tmp_path):
    path = tmp_path / "p.nap"
    Project.new(path).close()
    head = path.read_bytes()[:100]
    tree = ET.parse(ROOT / "packaging" / "linux" / "matrix-app-mime.xml")
    mime = tree.getroot().find(f"{MIME}mime-type")
    assert mime is not None and mime.get("type") == "application/x-matrix-app-project"
    assert mime.find(f"{MIME}glob").get("pattern") == "*.nap"
    outer = mime.find(f"{MIME}magic/{MIME}match")
    inner = outer.find(f"{MIME}match")
    assert head.startswith(outer.get("value").encode())
    offset, value = int(inner.get("offset")), inner.get("value").encode()
    assert head[offset : offset + len(value)] == value
    assert int.from_bytes(value, "big") == migrations.APPLICATION_ID


def test_desktop_entry_opens_nap_files():
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "linux" / "matrix-app.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].startswith("matrix-app ") and "%f" in desktop["Exec"]
    assert "application/x-matrix-app-project" in desktop["MimeType"].split(";")


def test_spec_declares_nap_document_type_for_macos():
    tree = ast.parse((ROOT / "build_installer.spec").read_text())
    text = ast.unparse(tree)
    assert "'CFBundleDocumentTypes'" in text and "'CFBundleTypeExtensions': ['nap']" in text
    assert "upx=False" in text and "console=True" in text and "console=False" in text
