#!/bin/sh
# Reports on a year of a 200-operator centre (10 M calls) vs a raw scan of the same records.
#   bench/reports_bench.sh BUILD_DIR [DATA_DIR] [FIRST_DAY]
# BUILD_DIR holds kxcti-pbxsim, kxcti-bench-reports-load and kxcti-bench-reports; DATA_DIR (default
# /work/bench-data, never the repository) keeps the generated year: SMDR text (2.5 GB) and its
# database, built once (niced: other work shares the machine). FIRST_DAY (default 2025-03-01)
# starts the month and the year timed. Figures and how to read them: docs/performance.md.
set -eu
build=${1:?usage: bench/reports_bench.sh BUILD_DIR [DATA_DIR] [FIRST_DAY]}
data=${2:-/work/bench-data}
first=${3:-2025-03-01}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$data"
if [ ! -f "$data/year.txt.done" ]; then
    # The traffic model in virtual time, layout C (CO lines above 99 printed in full).
    nice -n 15 "$build/simulator/kxcti-pbxsim" --traffic "$here/reports_centre.ini" --layout C --seed 2025 \
        --start 2025-01-01 --out "$data/year.txt"
    touch "$data/year.txt.done"
fi
if [ ! -f "$data/year.db.done" ]; then
    # The importer (the rows `kxcti-server import` writes; an interrupted load resumes), with the
    # record indexes built once at the end instead of row by row.
    nice -n 10 "$build/bench/kxcti-bench-reports-load" "$data/year.db" "$data/year.txt"
    touch "$data/year.db.done"
fi
# --cold: drop the stored calls first and time building them; --records: the month assembled on
# the fly too, as before stored calls.
nice -n 10 "$build/bench/kxcti-bench-reports" "$data/year.db" "$first" --cold --records
