#!/usr/bin/env bash
# kxcti's one entry point on a Debian 12 machine:
#   ./dev.sh run    install what is missing, build, start the server (simulator-fed if no PBX)
#   ./dev.sh test   install what is missing, build, run every test
#   ./dev.sh build  install what is missing and build
#   ./dev.sh deps   only install what is missing
set -euo pipefail
cd "$(dirname "$0")"
here=$PWD
build_dir=${KXCTI_BUILD_DIR:-$here/build}

# Debian 12 packages the build and the tests need (socat: serial tests through a real pty;
# asn1c: its unber cross-checks our CSTA encodings at test time; Qt 6 for the two desktop
# clients, with Charts, PrintSupport and Linguist's lrelease for the .qm files; xvfb and trayer:
# the Caller ID tray test runs under a real X server with a real system tray).
packages=(cmake ninja-build g++ pkg-config libboost-dev libboost-serialization-dev
          libsqlite3-dev sqlite3 catch2 socat libssl-dev ccache asn1c
          qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          libgl-dev xvfb xauth trayer fonts-dejavu-core)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

deps() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "dev.sh: installing ${missing[*]}"
        as_root apt-get update -qq
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

build() {
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$here" -B "$build_dir" -G Ninja -DKXCTI_WERROR=ON "${launcher[@]}" >/dev/null
    cmake --build "$build_dir"
}

case "${1:-}" in
deps) deps ;;
build) deps; build ;;
test)
    deps; build
    ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)" --timeout 300
    ;;
run)
    deps; build
    data_dir=${KXCTI_DATA_DIR:-$here/kxcti-data}
    shift
    server=$build_dir/server/kxcti-server
    supervisor=$build_dir/supervisor-gui/kxcti-supervisor
    # The plain demo on a desktop also opens the Supervisor (as demo-admin) and one Caller ID
    # Display (demo-operator at 401). With arguments (a real config) or KXCTI_NO_GUI=1, or with
    # no display, only the server runs, in the foreground as before.
    if [ $# -gt 0 ] || [ -n "${KXCTI_NO_GUI:-}" ] || [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] ||
       [ ! -x "$supervisor" ]; then
        exec "$server" run --data-dir "$data_dir" "$@"
    fi
    "$server" run --data-dir "$data_dir" &
    server_pid=$!
    trap 'kill -TERM "$server_pid" 2>/dev/null' INT TERM
    "$supervisor" --demo "$data_dir" &
    supervisor_pid=$!
    "$here/callerid-display/demo.sh" "$data_dir" "$build_dir" "$server_pid" &
    rc=0
    while kill -0 "$server_pid" 2>/dev/null; do wait "$server_pid"; rc=$?; done
    kill "$supervisor_pid" 2>/dev/null || true
    exit "$rc"
    ;;
*)
    sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
