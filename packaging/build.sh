#!/usr/bin/env bash
# Build the one-folder app with PyInstaller into packaging/dist/kpstamps/ and smoke-test it:
# --version, `info` on a fresh data home (creates a catalogue: migrations + reference data),
# and an order form in Chinese if the order-form command exists.
# Uses the Python of the active virtual environment (or $PYTHON); needs the app installed
# there (`pip install -e .`).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
py="${PYTHON:-python}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

"$py" -m pip install -q "pyinstaller>=6"
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$here/dist" --workpath "$here/build" "$here/kpstamps.spec"

app="$here/dist/kpstamps/kpstamps"
# The desktop entry, its icon and their installer travel with the folder (see linux/).
mkdir -p "$here/dist/kpstamps/linux"
cp "$here/linux/kpstamps.desktop" "$here/linux/kpstamps.svg" "$here/linux/kpstamps.png" \
  "$here/linux/install-desktop-entry.sh" "$here/dist/kpstamps/linux/"
echo "== built: $app ($(du -sh "$here/dist/kpstamps" | cut -f1))"
"$app" --version

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
"$app" --home "$home" info

# The window, headless: it must still be running after a few seconds (timeout's 124), with
# no traceback (every feature module is importable in the frozen app).
set +e
QT_QPA_PLATFORM=offscreen timeout "${GUI_SECONDS:-8}" "$app" --home "$home" 2>"$home/gui.log"
status=$?
set -e
if [ "$status" -ne 124 ] || grep -q -e "Traceback" -e "uncaught exception" "$home/gui.log"; then
  echo "== the window did not start (exit $status):" >&2
  cat "$home/gui.log" >&2
  exit 1
fi
echo "== window started and kept running"

if "$app" --help | grep -q "order-form"; then
  out="$home/order-zh.pdf"
  "$app" --home "$home" order-form --lang zh --series Ba79 Ba80 --out "$out"
  test -s "$out"
  echo "== order form: $out ($(stat -c %s "$out") bytes)"
fi
echo "== smoke test passed"
