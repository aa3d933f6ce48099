#!/bin/sh
# Build the station bundle: compile translations, then run PyInstaller. Usage:
#   packaging/pyinstaller/build.sh [--onefile]      (from the repository root, inside the venv)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
python=${PYTHON:-.venv/bin/python}
qm="$root/build/qm"
rm -rf "$qm" && mkdir -p "$qm"
"$python" - "$qm" <<'PY'
import shutil, sys
from pathlib import Path
from kiosk.ui.i18n import compile_translations
out = compile_translations()
for qm in Path(out).glob("*.qm"):
    shutil.copy(qm, Path(sys.argv[1]) / qm.name)
print(f"translations: {len(list(Path(sys.argv[1]).glob('*.qm')))} .qm files")
PY
if [ "${1:-}" = "--onefile" ]; then export ROSTKIOSK_ONEFILE=1; fi
ROSTKIOSK_QM_DIR="$qm" "$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$root/dist" --workpath "$root/build/pyinstaller" \
  packaging/pyinstaller/rostkiosk.spec
echo "bundle: $root/dist/$( [ "${1:-}" = "--onefile" ] && echo kiosk || echo rostkiosk/ )"
