#!/usr/bin/env bash
# SMDR capture benchmark (issue: SMDR capture). On one generated SMDR file of SIZE_MB:
#   parse rate  = kxcti-bench-parse (split + parse every line)  vs  `wc -l` on the same file
#   import rate = `kxcti-server import` into a new database      vs  the sqlite3 shell's `.import`
#                 of the same rows as CSV into a new database
# Both baselines are measured in the same run. Goals: parse >= 0.25 x wc -l; import >= 0.5 x .import.
# usage: bench/smdr_bench.sh [BUILD_DIR] [SIZE_MB]     (default build, 1024)
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

now() { date +%s.%N; }
secs() { echo "$2 - $1" | bc -l; }

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

t0=$(now); wc -l "$smdr" >/dev/null; t1=$(now)
wc_s=$(secs "$t0" "$t1")
t0=$(now); "$parse" "$smdr" >"$work/parse.out"; t1=$(now)
parse_s=$(secs "$t0" "$t1")
cat "$work/parse.out"

# The same rows as CSV (fixed columns of layout B cut out), for the sqlite3 baseline.
awk 'BEGIN{OFS=","} length($0)>=56 && substr($0,3,1)=="/" {
       gsub(/"/,"\"\"");
       print substr($0,1,8),substr($0,10,7),substr($0,17,5),substr($0,23,2),"\"" substr($0,26,20) "\"",substr($0,47,8),substr($0,56,10),substr($0,78,3)
     }' "$smdr" >"$csv"
csv_rows=$(wc -l <"$csv")
rm -f "$work/sqlite.db" "$work/kxcti.db" "$work/kxcti.db-wal" "$work/kxcti.db-shm"
t0=$(now)
sqlite3 "$work/sqlite.db" "create table r(date,time,ext,co,dial,duration,cost,cd);" ".mode csv" ".import $csv r"
t1=$(now)
sqlite_s=$(secs "$t0" "$t1")
t0=$(now)
"$server" import "$smdr" --db "$work/kxcti.db" --data-dir "$work" 2>"$work/import.log" </dev/null
t1=$(now)
import_s=$(secs "$t0" "$t1")
tail -n 3 "$work/import.log"

printf '\n%-44s %10s %14s\n' "measure" "seconds" "lines/s"
printf '%-44s %10.2f %14.0f\n' "wc -l (baseline)" "$wc_s" "$(echo "$lines / $wc_s" | bc -l)"
printf '%-44s %10.2f %14.0f\n' "kxcti-bench-parse (split + parse)" "$parse_s" "$(echo "$lines / $parse_s" | bc -l)"
printf '%-44s %10.2f %14.0f\n' "sqlite3 .import of $csv_rows CSV rows (baseline)" "$sqlite_s" "$(echo "$csv_rows / $sqlite_s" | bc -l)"
printf '%-44s %10.2f %14.0f\n' "kxcti-server import (journal + parse + rows)" "$import_s" "$(echo "$lines / $import_s" | bc -l)"
printf '\nparse  ratio: %.3f x wc -l      (goal >= 0.25)\n' "$(echo "$wc_s / $parse_s" | bc -l)"
printf 'import ratio: %.3f x .import    (goal >= 0.50; rows: %s lines vs %s csv rows)\n' \
       "$(echo "($lines / $import_s) / ($csv_rows / $sqlite_s)" | bc -l)" "$lines" "$csv_rows"
