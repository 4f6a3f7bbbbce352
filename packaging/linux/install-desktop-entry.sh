#!/usr/bin/env bash
# Put KP Stamps in the desktop's application menu: installs kpstamps.desktop and the icon
# (hicolor theme, SVG + 256 px PNG) for the current user, or under PREFIX (e.g. /usr/local).
# Usage: bash install-desktop-entry.sh [PATH/TO/kpstamps]
#   default: the kpstamps on PATH, else the one-folder build next to this folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exe="${1:-$(command -v kpstamps || true)}"
if [ -z "$exe" ]; then
  for candidate in "$here/../kpstamps" "$here/../dist/kpstamps/kpstamps"; do
    [ -x "$candidate" ] && exe="$(cd "$(dirname "$candidate")" && pwd)/kpstamps" && break
  done
fi
[ -n "$exe" ] && [ -x "$exe" ] || { echo "kpstamps not found; pass its path" >&2; exit 1; }
prefix="${PREFIX:-$HOME/.local}"
install -Dm644 "$here/kpstamps.svg" "$prefix/share/icons/hicolor/scalable/apps/kpstamps.svg"
install -Dm644 "$here/kpstamps.png" "$prefix/share/icons/hicolor/256x256/apps/kpstamps.png"
entry="$(mktemp)"
trap 'rm -f "$entry"' EXIT
sed -e "s|^Exec=kpstamps|Exec=\"$exe\"|" -e "s|^TryExec=kpstamps|TryExec=$exe|" "$here/kpstamps.desktop" >"$entry"
install -Dm644 "$entry" "$prefix/share/applications/kpstamps.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
echo "installed $prefix/share/applications/kpstamps.desktop (Exec=$exe)"
