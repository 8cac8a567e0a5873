#!/usr/bin/env bash
# Build the one-folder bundle (build_installer.spec), then prove it works without Python:
# the console twin runs info, check and report on the bundled sample project, and the GUI
# executable starts headless and quits cleanly. Fails (exit 1) on any check that fails, and
# when the folder is over MAX_MB megabytes (default 120).
# Usage: packaging/build_and_check.sh [PYTHON]   (PYTHON: the interpreter with PyInstaller)
# Runs on Linux and macOS (packaging/macos/build.sh calls it; Windows: packaging/windows/build.ps1).
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${1:-${PYTHON:-python3}}"
case "$PY" in */*) PY="$(cd "$(dirname "$PY")" && pwd)/$(basename "$PY")";; esac
DIST="dist/matrix-app"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# Portable to macOS (BSD stat and date, bash 3.2): file sizes with wc, milliseconds with
# bash's EPOCHREALTIME where there is one, else Python.
bytes() { wc -c < "$1" | tr -d ' '; }
ms() {
  if [ -n "${EPOCHREALTIME:-}" ]; then t="${EPOCHREALTIME/./}"; echo $(( t / 1000 ));
  else "$PY" -c 'import time; print(time.time_ns() // 1000000)'; fi
}
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --log-level WARN --workpath build/installer --distpath dist \
  build_installer.spec
echo "build: $(( $(date +%s) - start )) s"

CLI="$DIST/matrix-app-cli"
GUI="$DIST/matrix-app"
SAMPLE="$DIST/_internal/sample_projects/chile-nap-2014-2016.nap"
[ -x "$CLI" ] && [ -x "$GUI" ] && [ -f "$SAMPLE" ] || { echo "bundle incomplete"; exit 1; }
ls "$DIST/_internal/resources/i18n/"*.qm >/dev/null || { echo "no translations in the bundle"; exit 1; }

# Run from an empty folder with a clean environment: nothing may come from the source tree.
cp "$SAMPLE" "$WORK/sample.nap"
run() { (cd "$WORK" && env -i HOME="$WORK" PATH=/usr/bin:/bin LANG=C.UTF-8 \
  XDG_CONFIG_HOME="$WORK/config" XDG_RUNTIME_DIR="$WORK" QT_QPA_PLATFORM=offscreen "$@"); }

run "$OLDPWD/$CLI" --version
run "$OLDPWD/$CLI" info "$WORK/sample.nap" > "$WORK/info.txt"
grep -q "content_digest" "$WORK/info.txt" || { echo "info printed no digest"; exit 1; }
code=0; run "$OLDPWD/$CLI" check "$WORK/sample.nap" > "$WORK/check.txt" || code=$?
[ "$code" -le 1 ] && grep -q "integrity: ok" "$WORK/check.txt" || { echo "check failed ($code)"; exit 1; }
run env MATRIX_LANG=es "$OLDPWD/$CLI" info "$WORK/missing.nap" 2> "$WORK/err.txt" && exit 1
grep -q "no existe" "$WORK/err.txt" || { echo "no Spanish refusal"; exit 1; }
# Every build has the report command: a --help without it is a broken build, not a skip.
run "$OLDPWD/$CLI" --help > "$WORK/help.txt"
grep -qE "^ +report +" "$WORK/help.txt" || { echo "report: not in --help"; exit 1; }
run "$OLDPWD/$CLI" report "$WORK/sample.nap" "$WORK/report.pdf"
head -c 5 "$WORK/report.pdf" | grep -q "%PDF" || { echo "report is not a PDF"; exit 1; }
echo "report: $(bytes "$WORK/report.pdf") bytes"
# The Word report (python-docx's own template parts travel as data) and the Excel export.
run "$OLDPWD/$CLI" report "$WORK/sample.nap" "$WORK/report.docx"
head -c 2 "$WORK/report.docx" | grep -q "PK" || { echo "report.docx is not a document"; exit 1; }
run "$OLDPWD/$CLI" export-xlsx "$WORK/sample.nap" "$WORK/export.xlsx"
head -c 2 "$WORK/export.xlsx" | grep -q "PK" || { echo "export.xlsx is not a workbook"; exit 1; }
# The published site: its templates and styles travel in resources/, Jinja2 with the code.
grep -qE "^ +publish +" "$WORK/help.txt" || { echo "publish: not in --help"; exit 1; }
run "$OLDPWD/$CLI" publish "$WORK/sample.nap" "$WORK/site"
grep -q "<html" "$WORK/site/es/index.html" || { echo "publish: no Spanish home page"; exit 1; }
[ -f "$WORK/site/data/datapackage.json" ] || { echo "publish: no data package"; exit 1; }
echo "publish: $(find "$WORK/site" -type f | wc -l) files"
# A mistyped command is a usage error (exit 2), not a GUI opened on a file of that name.
code=0; run "$OLDPWD/$CLI" publsh "$WORK/sample.nap" out 2> "$WORK/err.txt" || code=$?
[ "$code" -eq 2 ] && grep -q "publsh" "$WORK/err.txt" || { echo "typo: exit $code"; exit 1; }
run env MATRIX_LANG=es "$OLDPWD/$GUI" --smoke-test | tee "$WORK/smoke.txt"
grep -q "language es, [1-9]" "$WORK/smoke.txt" || { echo "GUI smoke test: no translations"; exit 1; }
# The cut-down ICU data (Linux, packaging/icu_slim.py) still sorts Spanish (ñ after n,
# accents with their letter), upper-cases it and breaks lines (ui/text_services.py).
grep -q "Spanish collation ok .*case ok .*line breaks ok" "$WORK/smoke.txt" ||
  { echo "GUI smoke test: text services"; exit 1; }

# Figures for the release note: folder and zip size, start-up time of the console twin.
size=$(du -sm "$DIST" | cut -f1)
rm -f dist/matrix-app.zip
(cd dist && "$PY" -m zipfile -c matrix-app.zip matrix-app/)
zip_mb=$(( $(bytes dist/matrix-app.zip) / 1048576 ))
t0=$(ms); run "$OLDPWD/$CLI" --version >/dev/null; t1=$(ms)
t2=$(ms); run "$OLDPWD/$GUI" --smoke-test >/dev/null; t3=$(ms)
t4=$(ms); run "$OLDPWD/$CLI" info "$WORK/sample.nap" >/dev/null; t5=$(ms)
echo "folder: ${size} MB, zip: ${zip_mb} MB, cli --version: $(( t1 - t0 )) ms," \
  "cli info on the sample: $(( t5 - t4 )) ms," \
  "gui start to first window and quit: $(( t3 - t2 )) ms"
# The size gate: MAX_MB (default 120, the goal): over it, the build fails.
max_mb="${MAX_MB:-120}"
if [ "$size" -gt "$max_mb" ]; then
  echo "bundle too big: ${size} MB, over the ${max_mb} MB limit"
  exit 1
fi
echo "bundle OK (${size} MB, limit ${max_mb} MB)"
