# Shared by bin/run and bin/test (sourced, not run): the virtualenv, requirements and
# translations, each step skipped when already done.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root_apt_install() {
    # Debian packages the project needs beside Python; installed once, only when missing.
    if [ "$(id -u)" -ne 0 ]; then
        echo "Missing system packages: $*; install them with: sudo apt-get install -y $*" >&2
        return 1
    fi
    say "apt-get install $*"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_venv() {
    if [ ! -x "$PY" ]; then
        say "creating $VENV"
        python3 -m venv "$VENV"
    fi
    # --no-deps: requirements.txt is the full pinned closure; resolving camel-tools'
    # declared dependencies would pull torch and transformers, which Iqtibas never uses.
    local stamp="$VENV/.requirements.sha256"
    local want
    want="$(sha256sum "$ROOT/requirements.txt" | cut -d' ' -f1)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        say "pip install --no-deps -r requirements.txt"
        "$PY" -m pip install --quiet --disable-pip-version-check --no-deps -r "$ROOT/requirements.txt"
        echo "$want" > "$stamp"
    fi
}

has_translations() {
    find "$ROOT/locale" "$ROOT/newsroom" -name '*.po' -print -quit 2>/dev/null | grep -q .
}

ensure_gettext() {
    if has_translations && ! command -v msgfmt >/dev/null; then
        as_root_apt_install gettext
    fi
}

compile_messages() {
    if has_translations; then
        (cd "$ROOT" && "$PY" manage.py compilemessages -v 0 \
            --ignore .venv --ignore node_modules --ignore staticfiles --ignore test-results)
    fi
}
