#!/usr/bin/env bash
# Register the unpacked bundle with the desktop (per user): menu entry and .nap file type.
# Usage: packaging/linux/install-desktop-entry.sh /path/to/matrix-app   (the bundle folder)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bundle="$(cd "${1:?bundle folder}" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$apps"
sed "s|^Exec=matrix-app|Exec=\"$bundle/matrix-app\"|" "$here/matrix-app.desktop" > "$apps/matrix-app.desktop"
xdg-mime install --novendor "$here/matrix-app-mime.xml"
xdg-mime default matrix-app.desktop application/x-matrix-app-project
update-desktop-database "$apps" 2>/dev/null || true
echo "Installed $apps/matrix-app.desktop and the .nap file type."
