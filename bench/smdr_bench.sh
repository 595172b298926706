#!/usr/bin/env bash
# SMDR capture benchmark (issue: SMDR capture). On one generated SMDR file of SIZE_MB:
#   parse rate  = kxcti-bench-parse (split + parse every line)  vs  `wc -l` on the same file
#   import rate = `kxcti-server import` into a new database      vs  the sqlite3 shell's `.import`
#                 of the same rows as CSV into a new database
# Both baselines are measured in the same run. Goals: parse >= 0.25 x wc -l; import >= 0.5 x .import.
# usage: bench/smdr_bench.sh [BUILD_DIR] [SIZE_MB]     (default build, 1024)
#   needs the targets kxcti-server, kxcti-pbxsim and kxcti-bench-parse built in BUILD_DIR;
#   KXCTI_BENCH_DIR=DIR keeps the generated input (and the databases) there for a second run.
set -euo pipefail
build=${1:-build}
size_mb=${2:-1024}
work=${KXCTI_BENCH_DIR:-$(mktemp -d /tmp/kxcti-bench.XXXXXX)}
mkdir -p "$work"
sim=$build/simulator/kxcti-pbxsim
server=$build/server/kxcti-server
parse=$build/bench/kxcti-bench-parse
smdr=$work/smdr.txt
csv=$work/smdr.csv

# run NAME CMD...: runs CMD, keeping its wall and CPU (user + sys) seconds in NAME_wall, NAME_cpu.
# CPU time is shown beside wall time because on a shared machine wall time measures the neighbours too.
run() {
    local name=$1; shift
    /usr/bin/time -f "%e %U %S" -o "$work/$name.time" "$@"
    read -r wall user sys <"$work/$name.time"
    printf -v "${name}_wall" '%s' "$wall"
    printf -v "${name}_cpu" '%s' "$(echo "$user + $sys" | bc -l)"
}
load() { cut -d' ' -f1-3 /proc/loadavg; }

if [ ! -s "$smdr" ] || [ "$(( $(stat -c %s "$smdr") / 1048576 ))" -lt "$size_mb" ]; then
    echo "generating ${size_mb} MB of layout-B SMDR in $smdr ..."
    # One generated block (varied calls, page headers), repeated to the size asked for.
    "$sim" --generate 200000 --seed 7 --layout B --page 60 --rate 0 --out "$work/block.txt"
    block_bytes=$(stat -c %s "$work/block.txt")
    : >"$smdr"
    while [ "$(stat -c %s "$smdr")" -lt $(( size_mb * 1048576 )) ]; do cat "$work/block.txt" >>"$smdr"; done
fi
lines=$(wc -l <"$smdr")
bytes=$(stat -c %s "$smdr")
echo "input: $smdr, $bytes bytes, $lines lines"
cat "$smdr" >/dev/null   # warm the page cache so both sides read from memory

echo "load average before: $(load)"

run wc wc -l "$smdr"
run parse "$parse" "$smdr" >"$work/parse.out"
cat "$work/parse.out"

# The same rows as CSV (fixed columns of layout B cut out), for the sqlite3 baseline.
awk 'BEGIN{OFS=","} length($0)>=56 && substr($0,3,1)=="/" {
       gsub(/"/,"\"\"");
       print substr($0,1,8),substr($0,10,7),substr($0,17,5),substr($0,23,2),"\"" substr($0,26,20) "\"",substr($0,47,8),substr($0,56,10),substr($0,78,3)
     }' "$smdr" >"$csv"
csv_rows=$(wc -l <"$csv")
rm -f "$work/sqlite.db" "$work/kxcti.db" "$work/kxcti.db-wal" "$work/kxcti.db-shm"
run sqlite sqlite3 "$work/sqlite.db" "create table r(date,time,ext,co,dial,duration,cost,cd);" ".mode csv" ".import $csv r"
run import "$server" import "$smdr" --db "$work/kxcti.db" --data-dir "$work" 2>"$work/import.log" </dev/null
tail -n 3 "$work/import.log"
echo "load average after: $(load)"
echo "database sizes: sqlite3 .import $(stat -c %s "$work/sqlite.db") bytes, kxcti $(stat -c %s "$work/kxcti.db") bytes"

printf '\n%-44s %10s %10s %14s\n' "measure" "wall s" "cpu s" "lines/s (wall)"
row() { printf '%-44s %10.2f %10.2f %14.0f\n' "$1" "$2" "$3" "$(echo "$4 / $2" | bc -l)"; }
row "wc -l (baseline)" "$wc_wall" "$wc_cpu" "$lines"
row "kxcti-bench-parse (split + parse)" "$parse_wall" "$parse_cpu" "$lines"
row "sqlite3 .import of $csv_rows CSV rows (baseline)" "$sqlite_wall" "$sqlite_cpu" "$csv_rows"
row "kxcti-server import (journal + parse + rows)" "$import_wall" "$import_cpu" "$lines"
printf '\nparse  ratio: %.3f x wc -l      (wall; %.3f by CPU time; goal >= 0.25)\n' \
       "$(echo "$wc_wall / $parse_wall" | bc -l)" "$(echo "$wc_cpu / $parse_cpu" | bc -l)"
printf 'import ratio: %.3f x .import    (wall; %.3f by CPU time; goal >= 0.50; rows: %s lines vs %s csv rows)\n' \
       "$(echo "($lines / $import_wall) / ($csv_rows / $sqlite_wall)" | bc -l)" \
       "$(echo "($lines / $import_cpu) / ($csv_rows / $sqlite_cpu)" | bc -l)" "$lines" "$csv_rows"
