#!/usr/bin/env bash
# macOS: build the one-folder bundle and the .app on a Mac (PyInstaller does not
# cross-compile), with the same checks as on Linux: packaging/build_and_check.sh (console
# twin on the sample: info, check, Spanish refusal, report PDF and Word, Excel export,
# publish, a mistyped command exits 2; GUI smoke test with the text-services check; the
# size gate; the zip). Then checks the .app bundle itself.
# Usage: packaging/macos/build.sh [PYTHON]   (default: python3 from python.org or Homebrew)
# Qt brings its own libraries; no system packages are needed. ICU: Qt on macOS uses the
# system's, so there is no ICU data library to cut here (that is Linux only).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(uname -s)" = "Darwin" ] || { echo "packaging/macos/build.sh: run this on macOS" >&2; exit 2; }
PY="${1:-python3}"
if [ ! -x .venv/bin/python ]; then "$PY" -m venv .venv; fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[build]"
packaging/build_and_check.sh .venv/bin/python

APP="dist/Monitoring Matrix.app"
[ -x "$APP/Contents/MacOS/matrix-app" ] || { echo "no $APP/Contents/MacOS/matrix-app"; exit 1; }
plist="$APP/Contents/Info.plist"
/usr/bin/plutil -extract CFBundleDocumentTypes.0.CFBundleTypeExtensions.0 raw "$plist" |
  grep -qx nap || { echo ".app does not declare .nap documents"; exit 1; }
env QT_QPA_PLATFORM=offscreen MATRIX_LANG=es "$APP/Contents/MacOS/matrix-app" --smoke-test |
  grep -q "Spanish collation ok" || { echo ".app smoke test failed"; exit 1; }
echo ".app OK ($(du -sm "$APP" | cut -f1) MB)"
