#!/bin/sh
# Live fan-out of a real `kxcti-server run` (docs/performance.md, "Live fan-out"): one PBX line
# in -> the event on N clients, over the binary protocol and over the NCID feed.
#
#   bench/fanout_bench.sh BUILD_DIR [CLIENTS] [EVENTS] [INTERVAL_MS]     (default 1000 200 20)
#
# It starts kxcti-server run on a scratch data directory with a [link] of type listen (the
# bench plays the PBX, pushing layout A "RC" lines as a buffer box would), the clients' port and
# the NCID feed (gateway lines accepted, for ../shared/bench/fanout_bench.py) on loopback with
# caps raised for N clients from one machine; then runs
#   1. kxcti-bench-fanout binary: N kxcti-cli-kind sessions logged in with the live feature;
#   2. kxcti-bench-fanout ncid:   N NCID clients, the same PBX lines;
#   3. fanout_bench.py:           N NCID clients, rings injected as NCID gateway lines (the
#                                 harness ncidd's figures came from), if python3 is there.
# Each prints p50 / p99 / max latency, missed events and the server's RSS.
set -eu

build=${1:?usage: $0 BUILD_DIR [CLIENTS] [EVENTS] [INTERVAL_MS]}
clients=${2:-1000}
events=${3:-200}
interval=${4:-20}
here=$(cd "$(dirname "$0")" && pwd)
server=$build/server/kxcti-server
bench=$build/bench/kxcti-bench-fanout
[ -x "$server" ] && [ -x "$bench" ] || { echo "$0: build kxcti-server and kxcti-bench-fanout in $build first" >&2; exit 2; }

work=$(mktemp -d /tmp/kxcti-fanout.XXXXXX)
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$work"' EXIT INT TERM
pbx_port=${KXCTI_BENCH_PBX_PORT:-23901}
clients_port=${KXCTI_BENCH_CLIENTS_PORT:-23902}
ncid_port=${KXCTI_BENCH_NCID_PORT:-23903}
cat >"$work/kxcti.conf" <<EOF
[server]
demo_simulator = no
[link bench]
type = listen
address = 127.0.0.1
port = $pbx_port
max_connections = 2
[clients]
address = 127.0.0.1
port = $clients_port
max_connections = $((clients + 16))
max_per_address = $((clients + 16))
login_attempts_per_minute = 1000
[ncid]
enabled = yes
port = $ncid_port
max_connections = $((clients + 16))
max_per_address = $((clients + 16))
call_log_lines = 0
accept_gateway = yes
EOF
export KXCTI_PASSWORD=bench-password-1
"$bench" add-user "$work/kxcti.db" bench   # creates the database

ulimit -n $((2 * clients + 512))
"$server" run --config "$work/kxcti.conf" --data-dir "$work" 2>"$work/server.log" &
pid=$!
until grep -q "running; stop with" "$work/server.log"; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.2
done
echo "kxcti-server run (pid $pid): $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"

"$bench" binary --pbx-port "$pbx_port" --port "$clients_port" -n "$clients" -k "$events" \
    --interval-ms "$interval" --pid "$pid" --sources 8 || true
"$bench" ncid --pbx-port "$pbx_port" --port "$ncid_port" -n "$clients" -k "$events" \
    --interval-ms "$interval" --pid "$pid" --sources 8 || true
if command -v python3 >/dev/null && [ -f "$here/../../shared/bench/fanout_bench.py" ]; then
    python3 "$here/../../shared/bench/fanout_bench.py" --port "$ncid_port" -n "$clients" -k "$events" \
        --interval-ms "$interval" --pid "$pid" --label "ncid-gateway" --drain-s 60 -q || true
fi
kill -TERM "$pid"
wait "$pid" || true
grep -E "slow clients dropped|stopped:" "$work/server.log" || true
