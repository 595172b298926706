#!/usr/bin/env bash
# One Caller ID Display on demo extension 401 beside `kxcti-server run` in demo mode (no PBX
# configured: the built-in simulator feeds the server, which creates demo accounts on first run).
# ./dev.sh run starts it in the background when a display is available:
#
#   callerid-display/demo.sh DATA_DIR BUILD_DIR [SERVER_PID] &
#
# It waits for DATA_DIR/demo-accounts.txt, starts kxcti-callerid as demo-operator at 401 (its own
# settings file in DATA_DIR, the password in KXCTI_PASSWORD, never on the command line), shows
# the status window, and closes the display when SERVER_PID ends. Without a display, a GUI build
# or demo accounts it says why and exits 0: the server runs on regardless.
set -u
data_dir=${1:?usage: demo.sh DATA_DIR BUILD_DIR [SERVER_PID]}
build_dir=${2:?usage: demo.sh DATA_DIR BUILD_DIR [SERVER_PID]}
server_pid=${3:-}
port=${KXCTI_CALLERID_DEMO_PORT:-7430}   # [clients] port of the demo server (kxcti.conf default)
ext=${KXCTI_CALLERID_DEMO_EXT:-401}      # the simulator's office: group 601, agents 401-406
say() { echo "kxcti-callerid demo: $*" >&2; }

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then say "no display (DISPLAY unset): not started"; exit 0; fi
exe=$build_dir/callerid-display/kxcti-callerid
if [ ! -x "$exe" ]; then say "$exe is not built (a build with KXCTI_BUILD_GUI=OFF?): not started"; exit 0; fi

# The server writes the accounts file a moment after it starts (first run only; it stays).
accounts=$data_dir/demo-accounts.txt
for _ in $(seq 1 120); do
    [ -s "$accounts" ] && break
    if [ -n "$server_pid" ] && ! kill -0 "$server_pid" 2>/dev/null; then exit 0; fi
    sleep 0.5
done
password=$(awk '$1 == "demo-operator" { print $3 }' "$accounts" 2>/dev/null)
if [ -z "$password" ]; then
    say "no demo-operator in $accounts (this database has accounts of its own): not started"
    exit 0
fi

KXCTI_PASSWORD=$password "$exe" --settings "$data_dir/callerid-demo.ini" --host 127.0.0.1 --port "$port" \
    --user demo-operator --ext "$ext" --show-status &
client=$!
say "Caller ID Display for extension $ext started (pid $client)"
if [ -n "$server_pid" ]; then
    while kill -0 "$server_pid" 2>/dev/null && kill -0 "$client" 2>/dev/null; do sleep 2; done
    kill "$client" 2>/dev/null
fi
wait "$client" 2>/dev/null
exit 0
