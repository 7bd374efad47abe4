#!/usr/bin/env bash
# Build the one-folder Frontdesk bundle (dist/frontdesk/) and smoke-test it.
#
#   packaging/build.sh              build, then smoke-test the frozen app
#   packaging/build.sh --no-build   smoke-test the existing dist/frontdesk only
#
# PYTHON selects the interpreter (default: the project's .venv). PyInstaller is
# installed into it at the version pinned in pyproject's "package" extra when missing.
# The smoke test runs on Qt's offscreen platform with the built-in sandbox and
# throw-away data folders, so it needs no display and leaves the user's data alone.
# It runs in German (SMOKE_LANGUAGE overrides) to prove the bundled .qm catalogues load.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
DIST="$ROOT/dist"
BUNDLE="$DIST/frontdesk"
BUILD=1
SMOKE_LANGUAGE="${SMOKE_LANGUAGE:-de}"
[[ "${1:-}" == "--no-build" ]] && BUILD=0
cd "$ROOT"

log() { printf '\n== %s\n' "$*"; }

pinned_pyinstaller() {
    "$PYTHON" - <<'EOF'
import tomllib
with open("pyproject.toml", "rb") as file:
    print(" ".join(tomllib.load(file)["project"]["optional-dependencies"]["package"]))
EOF
}

if (( BUILD )); then
    wanted="$(pinned_pyinstaller)"
    have="pyinstaller==$("$PYTHON" -c 'import PyInstaller; print(PyInstaller.__version__)' 2>/dev/null || true)"
    if [[ "$have" != "$wanted" ]]; then
        log "installing $wanted"
        "$PYTHON" -m pip install -q "$wanted"
    fi

    log "compiling translations"
    "$PYTHON" packaging/compile_translations.py

    log "building $BUNDLE"
    started=$SECONDS
    "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath "$DIST" --workpath "$ROOT/build/pyinstaller" packaging/frontdesk.spec
    build_seconds=$(( SECONDS - started ))
    echo "built in ${build_seconds} s"
fi

[[ -x "$BUNDLE/frontdesk" ]] || { echo "no bundle at $BUNDLE" >&2; exit 1; }
echo "bundle size: $(du -sh "$BUNDLE" | cut -f1) ($(find "$BUNDLE" -type f | wc -l) files)"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

smoke() {  # smoke NAME COMMAND...: runs one smoke test, keeps its report and stderr
    local name="$1"; shift
    local status=0
    QT_QPA_PLATFORM=offscreen FRONTDESK_SMOKE_LANGUAGE="$SMOKE_LANGUAGE" \
        timeout 180 "$@" --smoke-test --sandbox \
        >"$WORK/$name.out" 2>"$WORK/$name.err" || status=$?
    grep '^FRONTDESK-SMOKE ' "$WORK/$name.out" | tail -n1 | cut -d' ' -f2- >"$WORK/$name.json" || true
    if (( status != 0 )) || [[ ! -s "$WORK/$name.json" ]]; then
        echo "$name smoke test failed (exit $status)" >&2
        cat "$WORK/$name.out" "$WORK/$name.err" >&2
        return 1
    fi
    if grep -E -q 'Traceback|Segmentation fault|QThread: Destroyed' "$WORK/$name.err"; then
        echo "$name app did not exit cleanly:" >&2
        cat "$WORK/$name.err" >&2
        return 1
    fi
}

log "smoke test from source (reference)"
smoke source "$PYTHON" packaging/frontdesk_launcher.py
log "smoke test of the frozen app"
smoke frozen "$BUNDLE/frontdesk"

"$PYTHON" - "$WORK/source.json" "$WORK/frozen.json" <<'EOF'
import json
import sys

source, frozen = (json.load(open(path, encoding="utf-8")) for path in sys.argv[1:])
assert frozen["frozen"] and not source["frozen"], "the reports came from the wrong runs"
print(
    f"frozen app: window shown after {frozen['window_shown_s']} s, "
    f"{frozen['rows']} rows from the sandbox after {frozen['sandbox_answered_s']} s"
)
print(f"keyring backend: {frozen['keyring']['selected']}")
language = frozen["language"]
print(f"language: {language['loaded']} ({language['translated']})")
if language != source["language"] or language["loaded"] != language["requested"]:
    print("the frozen app did not load the translations the source run did:", file=sys.stderr)
    print(json.dumps({"source": source["language"], "frozen": language}, indent=2), file=sys.stderr)
    sys.exit(1)
if language["loaded"] != "en" and any(k == v for k, v in language["translated"].items()):
    print(f"texts left untranslated in {language['loaded']}: {language['translated']}", file=sys.stderr)
    sys.exit(1)
for warning in frozen["qt_warnings"]:
    print(f"Qt warning: {warning}")
if frozen["keyring"] != source["keyring"]:
    print("keyring backends differ between the frozen app and the source run:", file=sys.stderr)
    print(json.dumps({"source": source["keyring"], "frozen": frozen["keyring"]}, indent=2), file=sys.stderr)
    sys.exit(1)
print("keyring backends match the source run")
EOF

log "OK: $BUNDLE passed the smoke test"
